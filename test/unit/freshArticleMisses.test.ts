// Paragraphs written for the kinds of miss found when the engine was measured on a third set of
// fresh articles nobody had tuned on: mentions of projects that name none (a count, a verb taking
// 项目 as its object, a conjunction or a predicate next to it), lengths inside a project's name, and
// amounts written as size classes, with a space between digit groups, or as signed sums. Every
// sentence is invented in the genre, not taken from an article.
// Marked spans (`[[LABEL:text]]`) are every PARK/PROJECT/COMPANY the paragraph must yield.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { assertNames } from './namedEntityHelpers';

const money = (text: string): string[] =>
  recognize(text)
    .filter((e) => e.label === 'MONEY')
    .map((e) => `${e.text} ${e.role}/${e.scope}`);

describe('fresh-article misses: mentions of projects that name none', () => {
  it('drops a count of events or projects with a measure word before 项目', () => {
    assertNames('本季度开展两场项目推介活动,另有多场投资项目对接会。');
    assertNames('当天举办的[[PROJECT:华兴电子产业园项目]]推介会上,三轮项目洽谈接连进行。');
  });

  it('drops 项目 as the object of 坚持 希望 力促 推出 占', () => {
    assertNames('全县坚持项目为王,书记希望项目单位加快进度,力促项目早投产。');
    assertNames('签约项目占全部项目的六成,该县新包装推出项目进展顺利。');
  });

  it('drops investors by origin and supervised projects as kinds of project, also in Traditional text', () => {
    assertNames('台商投资项目投资额大,港商投资项目落地快。');
    assertNames('市裡重點督辦項目已全部開工,[[PROJECT:華興電子產業園項目]]也在其中。');
  });

  it('takes no name ending in a conjunction right before 项目', () => {
    assertNames('在投资环境说明会暨项目签约仪式上,共签下合同36份。');
    assertNames('会上介绍了园区规划及项目申报流程。');
  });

  it('drops 项目 with how many there are after it, and keeps a name followed by 多次', () => {
    assertNames('签约项目呈现“个头大、工业项目多、履约率高”的特点。');
    assertNames('[[PROJECT:华兴电子产业园项目]]多次获评优质工程。');
  });

  it('keeps the length of what is built at the head of a project\'s name', () => {
    assertNames('今年新开工的有[[PROJECT:1200米文化步行街改造项目]]、[[PROJECT:30公里环湖绿道项目]]等。');
  });
});

describe('fresh-article misses: what an amount is', () => {
  it('reads a 万 amount classing projects by size as money, and the class\'s total as a sum', () => {
    assert.deepEqual(money('今年引进项目60个,到位资金5.2亿元,其中3000万以上项目到位资金3.1亿元。'), [
      '5.2亿元 completed/aggregate',
      '3000万 threshold/aggregate',
      '3.1亿元 completed/aggregate',
    ]);
    // Without a class noun after the bound it is no size class, and with no money word no money.
    assert.deepEqual(money('全县常住人口100万以上。'), []);
  });

  it('reads digit groups split by a space in prose as one amount, not in a code or a table', () => {
    const found = recognize('全年实现税收2 380万元。').filter((e) => e.label === 'MONEY');
    assert.deepEqual(found.map((e) => [e.text, e.value, e.role]), [['2 380万元', 23800000, 'tax']]);
    assert.deepEqual(recognize('编号B12 450万元').filter((e) => e.label === 'MONEY').map((e) => e.text), ['450万元']);
    assert.deepEqual(recognize('全年实现税收2 380人次').filter((e) => e.label === 'MONEY'), []);
  });

  it('takes a sum of money after a signing, with no kind of money named, as contracted', () => {
    assert.deepEqual(money('当日集中签约8个项目,总金额达36.5亿元。'), ['36.5亿元 contract/aggregate']);
    // A kind named wins, and without a signing the sum stays of no stated kind.
    assert.deepEqual(money('当日集中签约8个项目,总投资36.5亿元。'), ['36.5亿元 investment/aggregate']);
    assert.deepEqual(money('当日集中开工8个项目,总金额达36.5亿元。'), ['36.5亿元 other/aggregate']);
  });

  it('takes the size every one of a counted group of projects reaches as a size class', () => {
    assert.deepEqual(money('据统计,42个外资项目投资额均在1000万美元以上。'), ['1000万美元 threshold/aggregate']);
    assert.deepEqual(money('据統計,42個內資項目投資額均在5000萬元以上。'), ['5000萬元 threshold/aggregate']);
  });
});
