// Paragraphs written for the role and scope misses that broke the totals a researcher reads on
// two held-out sets: a signed total in a headline with no kind of money named, and a sentence
// with no subject of its own that sums the batch of projects named in the sentence before.
// Every sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { attributes } from './attributeHelpers';

describe('totals misses: a signed total with no kind of money named', () => {
  it('reads a signing verb in the amount\'s own clause as contract money', () => {
    assert.deepEqual(attributes('南湖市在杭州招商签约86亿元 新区项目唱主角'), ['86亿元 contract aggregate']);
    assert.deepEqual(attributes('东岭开发区45.6亿总额招商项目签约'), ['45.6亿 contract aggregate']);
  });

  it('leaves an amount without a signing verb in its clause, or with a kind of money named, alone', () => {
    assert.deepEqual(attributes('南湖市在杭州签约,另有项目86亿元'), ['86亿元 other item']);
    assert.deepEqual(attributes('南湖市招商签约项目总投资86亿元'), ['86亿元 investment aggregate']);
  });
});

describe('totals misses: a sentence without a subject after a batch of projects', () => {
  it('sums the batch named in the sentence before', () => {
    assert.deepEqual(attributes('新批项目有华兴精工增资项目、瑞丰纺织有限公司,均为外资项目。总投资额2.4亿美元,利用外资1.8亿美元。'), [
      '2.4亿美元 investment aggregate',
      '1.8亿美元 foreign aggregate',
    ]);
    assert.deepEqual(attributes('这些项目科技含量高、带动力强。项目建成后,年产值可达80亿元以上,税收3亿元以上。'), [
      '80亿元 revenue aggregate',
      '3亿元 tax aggregate',
    ]);
    // A long sentence: its last amount lies more than one window from the sentence's start.
    const long = attributes(
      '这些项目科技含量高。项目建成后,年产值可达80亿元以上,税收3亿元以上,不仅能带动上下游配套企业加快集聚,' +
        '补齐冷链物流、精深加工等环节短板,推动区域特色农业提档升级,更能助力本地食品产业实现产值300亿元年度目标。',
    );
    assert.deepEqual(long.slice(-1), ['300亿元 revenue aggregate']);
  });

  it('keeps one project\'s figures its own', () => {
    assert.deepEqual(attributes('华兴精工项目主要生产汽车零部件。项目建成后,年产值可达8亿元,税收3000万元。'), [
      '8亿元 revenue item',
      '3000万元 tax item',
    ]);
    // The subject is named in the amount's own sentence: the batch before does not decide.
    assert.deepEqual(attributes('这些项目科技含量高。其中华兴精工项目总投资5亿元。'), ['5亿元 investment item']);
  });
});

describe('totals misses: a project\'s own progress and a long bracketed list', () => {
  it('reads investment already made as completed, and a plan\'s year after a progress verb as no heading', () => {
    assert.deepEqual(attributes('据介绍,瑞丰二期已投资6000万元,完成年度投资计划的65%,建成后产值可达3亿元,纳税1500万元。'), [
      '6000万元 completed item',
      '3亿元 revenue item',
      '1500万元 tax item',
    ]);
    // A year that heads the statistic still makes it the region's.
    assert.deepEqual(attributes('年度产值可达300亿元。'), ['300亿元 revenue aggregate']);
    // `已` further from the verb is about something else.
    assert.deepEqual(attributes('华兴精工项目已开工,计划投资5亿元。'), ['5亿元 investment item']);
  });

  it('gives every bracketed amount of a long list the kind of money of its heading', () => {
    const text =
      '前三季度,我县新批合同外资500万美元以上的项目共有7个,包括4个制造业项目,分别是东华精密(8000万美元)、' +
      '瑞丰织造(1200万美元)、北辰光学(1500万美元)、青禾机电(2600万美元),3个服务业项目为' +
      '金湖湾大酒店(5230.5万美元)、顺通仓储(1788万美元)、云帆信息(900万美元)。';
    const roles = recognize(text)
      .filter((e) => e.label === 'MONEY')
      .map((e) => `${e.text} ${e.role}`);
    assert.deepEqual(roles.slice(-3), ['5230.5万美元 foreign', '1788万美元 foreign', '900万美元 foreign']);
  });
});

describe('totals misses: a zone\'s capital increase', () => {
  it('reads 外资增资 as foreign capital, and a share of the same period\'s total as a period figure', () => {
    assert.deepEqual(attributes('合同外资增资2.3亿美元,占开发区同期批准合同外资总额的28%。'), ['2.3亿美元 foreign aggregate']);
    // One project's money, no share of a period's total: its own.
    assert.deepEqual(attributes('华兴精工项目外资增资2.3亿美元,用于新建厂房。'), ['2.3亿美元 foreign item']);
  });
});

describe('totals misses: fiscal shares and the scale of big projects', () => {
  it('reads a government\'s fiscal share as other money, not tax', () => {
    assert.deepEqual(
      recognize('华兴公司全年完成税收2.6亿元,区级财力8000万元。')
        .filter((e) => e.label === 'MONEY')
        .map((e) => `${e.text} ${e.role}`),
      ['2.6亿元 tax', '8000万元 other'],
    );
  });

  it('reads a bare magnitude before 大项目 as the scale of a class, a figure as one project\'s money', () => {
    assert.deepEqual(attributes('全区以千万美元大项目为主体,形成了电子、机械等产业集群。'), ['千万美元 threshold aggregate']);
    assert.deepEqual(attributes('该区签下一个50亿元大项目。'), ['50亿元 contract item']);
  });
});
