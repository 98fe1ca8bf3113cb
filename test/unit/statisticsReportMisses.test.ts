// Paragraphs written for the kinds of role and scope miss found in half-year and year-end work
// reports of counties and development zones (the tenth held-out set): targets set by a higher office,
// capital under contract, foreign capital in place, fixed assets formed, a month's totals. Every
// sentence is invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { attributes } from './attributeHelpers';

describe('statistics reports: a target set by a higher office', () => {
  it('takes the kind of the figure before it and sums the region, like a yearly target', () => {
    assert.deepEqual(attributes('1至9月,园区完成市外到位资金46.2亿元,完成市政府下达任务数58亿元的79.7%。其中,产业到位资金30.5亿元,同比增长12%,完成省下达的任务数36亿元的84.7%。'), [
      '46.2亿元 completed aggregate',
      '58亿元 completed aggregate',
      '30.5亿元 completed aggregate',
      '36亿元 completed aggregate',
    ]);
  });

  it('leaves money a higher office hands down a grant', () => {
    assert.deepEqual(attributes('省财政下达资金3000万元,用于园区道路建设。').map((a) => a.split(' ')[1]), ['funding']);
  });
});

describe('statistics reports: kinds of money named by the statistic', () => {
  it('reads capital attracted under contract as contract money', () => {
    assert.deepEqual(attributes('去年全县签约项目56个,合同引资96.4亿元;签约引资较上年增长三成,达12亿元。').map((a) => a.split(' ')[1]), ['contract', 'contract']);
  });

  it('reads foreign capital in place as foreign, over 到位资金', () => {
    assert.deepEqual(attributes('全年实际到位内资21亿元,外资到位资金860万美元。').map((a) => a.split(' ')[1]), ['completed', 'foreign']);
  });

  it('reads fixed assets the projects have formed as investment done', () => {
    assert.deepEqual(attributes('上半年,全区工业招商项目实际形成固定资产投资额42.8亿元,同比增长6%。').map((a) => a.split(' ')[1]), ['completed']);
  });
});

describe('statistics reports: a month\'s totals', () => {
  it('sums what a month brought in', () => {
    assert.deepEqual(attributes('本月完成到位资金9.6亿元,其中省外资金3.1亿元。当月实现到位资金5亿元。'), [
      '9.6亿元 completed aggregate',
      '3.1亿元 completed aggregate',
      '5亿元 completed aggregate',
    ]);
  });

  it('keeps one project named after the month\'s list heading its own', () => {
    assert.deepEqual(attributes('本月新开工的重点项目主要有:某某商贸投资0.6亿元在东城区新建的某某购物中心项目。').map((a) => a.split(' ')[2]), ['item']);
  });
});

describe('statistics reports: a size class counted without its noun', () => {
  it('reads `投资超X的有N个` as a size class, not money', () => {
    assert.deepEqual(attributes('新批外资项目中,合同外资超3000万美元的有9个,到位外资超1000万美元的有4个。').map((a) => a.split(' ').slice(1).join(' ')), [
      'threshold aggregate',
      'threshold aggregate',
    ]);
  });

  it('keeps money that is what something has', () => {
    assert.deepEqual(attributes('该公司投资超3000万美元的生产线已投产。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('statistics reports: a sum of another measure', () => {
  it('keeps one project\'s money its own when the sum before it is of floor space', () => {
    assert.deepEqual(attributes('某某包装公司拟在县工业园新建厂房,规划建筑面积合计4.6万平方米,项目分两期建设,总投资约3亿元。').map((a) => a.split(' ')[2]), ['item']);
  });

  it('still sums when the summing word counts money', () => {
    assert.deepEqual(attributes('三个项目投资合计12亿元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });
});

describe('company announcements: the amount of an investment contract', () => {
  it('reads `签订X亿元项目投资合同` as contracted money', () => {
    assert.deepEqual(attributes('某某股份:与青石经开区管委会签订8亿元项目投资合同').map((a) => a.split(' ')[1]), ['contract']);
    assert.deepEqual(attributes('公司拟与县政府签署3亿元投资协议。').map((a) => a.split(' ')[1]), ['contract']);
  });

  it('keeps an amount invested in a project investment', () => {
    assert.deepEqual(attributes('8亿元的投资将用于新厂建设。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('statistics reports: a batch of firms as one subject', () => {
  it('sums the money of `A、B等一批优势企业`', () => {
    assert.deepEqual(attributes('眼下,青禾、丰源、瑞康等一批优势企业都在扩规,固定资产投资超过8亿元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });

  it('keeps a part after 其中 its own', () => {
    assert.deepEqual(attributes('园区引进一批重点项目,其中青禾食品公司投资2亿元。').map((a) => a.split(' ')[2]), ['item']);
  });
});
