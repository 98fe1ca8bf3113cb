// The kind of money in a region's statistics and targets: a year's or an office's target, a period's figure with its growth.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('a yearly target a figure is compared with', () => {
  it('takes the kind of the figure before it, and sums the park like its year', () => {
    assert.deepEqual(attributes('1-6月,园区实现工业总产值31.2亿元,完成年任务80亿元的39%;实现税金8200万元,完成年任务2.1亿元的39.1%。'), [
      '31.2亿元 revenue aggregate',
      '80亿元 revenue aggregate',
      '8200万元 tax aggregate',
      '2.1亿元 tax aggregate',
    ]);
  });
});

describe('a period\'s fixed investment reported with its growth', () => {
  it('reads fixed investment followed by a growth rate as done, one project\'s as planned', () => {
    assert.deepEqual(attributes('1-9月,全县工业固定资产投资额126.4亿元,同比增长8.6%。'), ['126.4亿元 completed aggregate']);
    assert.deepEqual(attributes('某某纺织项目固定资产投资3.2亿元,建设厂房两栋。'), ['3.2亿元 investment item']);
  });

  it('reads the growth over the same period of last year (比上年同期增长) as a growth rate too', () => {
    assert.deepEqual(attributes('一季度,青河新区工业固定资产投资22.7亿元,比上年同期增长9.3%。').map((a) => a.split(' ')[1]), ['completed']);
    assert.deepEqual(attributes('前三季度全县固定资产投资48亿元,较去年同期增长6%。').map((a) => a.split(' ')[1]), ['completed']);
  });
});

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
  it('reads the goods a bonded zone lets in and out (`进出区货物总值`) as trade, other, after output or a completion verb', () => {
    assert.deepEqual(attributes('上半年,完成工业总产值86亿元、进出区货物总值94亿美元。保税区完成进出区货物总值94亿美元,同比增长21%。').map((a) => a.split(' ').slice(0, 2).join(' ')), [
      '86亿元 revenue', '94亿美元 other', '94亿美元 other',
    ]);
  });

  it('reads capital attracted under contract as contract money', () => {
    assert.deepEqual(attributes('去年全县签约项目56个,合同引资96.4亿元;签约引资较上年增长三成,达12亿元。').map((a) => a.split(' ')[1]), ['contract', 'contract']);
  });

  it('reads foreign capital in place as foreign, over 到位资金', () => {
    assert.deepEqual(attributes('全年实际到位内资21亿元,外资到位资金860万美元。').map((a) => a.split(' ')[1]), ['completed', 'foreign']);
  });

  it('reads fixed assets the projects have formed as investment done', () => {
    assert.deepEqual(attributes('上半年,全区工业招商项目实际形成固定资产投资额42.8亿元,同比增长6%。').map((a) => a.split(' ')[1]), ['completed']);
  });

  it('reads fixed-asset investment achieved (`实现固定资产投资`) as investment done, and the target it is set against too', () => {
    assert.deepEqual(attributes('1至6月,全县实现固定资产投资38.16亿元,增长4.1%。').map((a) => a.split(' ')[1]), ['completed']);
    assert.deepEqual(attributes('前三季度,园区实现工业固定资产投资2.37亿元,完成年任务9亿元的26.3%。').map((a) => a.split(' ')[1]), ['completed', 'completed']);
  });

  it('keeps a level to pass (`实现…投资突破`) and investment attracted (`实现引进投资额`) as investment', () => {
    assert.deepEqual(attributes('此批项目将助力实现全县固定资产投资突破500亿元。').map((a) => a.split(' ')[1]), ['investment']);
    assert.deepEqual(attributes('今年以来,平均每月实现引进投资额5.2亿元。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('a target an office allotted', () => {
  it('reads a target allotted by a higher office (市分配任务) as of the kind of the figure before it', () => {
    assert.deepEqual(attributes('1-9月,全镇实际利用外资2310万美元,完成县分配任务3000万美元的77%,同比增长12%。'), [
      '2310万美元 foreign aggregate',
      '3000万美元 foreign aggregate',
    ]);
  });
});

describe('a ranking of categories by the figure of the sentence before', () => {
  it('gives each ranked industry the kind of money ranked, as that industry\'s total', () => {
    assert.deepEqual(
      attributes('1至6月,8条重点产业链项目到位资金812.4亿元,占全市的47.1%。排名前三的产业链为:绿色建材(205.6亿元)、电子信息(187.2亿元)、生物医药(96.35亿元)。'),
      ['812.4亿元 completed aggregate', '205.6亿元 completed aggregate', '187.2亿元 completed aggregate', '96.35亿元 completed aggregate'],
    );
  });

  it('leaves a list of named projects with their amounts each one\'s own', () => {
    assert.deepEqual(
      attributes('本次签约项目总投资60亿元。分别是青岚新材料(12亿元)、北辰光电(8亿元)、云栖智造(5亿元)。').slice(1).map((a) => a.split(' ')[2]),
      ['item', 'item', 'item'],
    );
  });
});

describe('foreign capital: a year\'s target named after the amount, and reinvestment', () => {
  it('gives a year\'s target named right after the amount the kind of the figure before, as the region\'s whole', () => {
    assert.deepEqual(
      attributes('今年前五月,某某市合同利用外资金额18.3亿美元,同比增长35%,已超额完成16.5亿美元的年度计划任务。'),
      ['18.3亿美元 foreign aggregate', '16.5亿美元 foreign aggregate'],
    );
    assert.deepEqual(attributes('同期实际利用外资6.1亿美元,完成年度计划14.8亿美元的41.2%。').map((a) => a.split(' ')[1]), ['foreign', 'foreign']);
  });

  it('keeps a bare goal after the amount one project\'s', () => {
    assert.deepEqual(attributes('该项目投产后将实现年产值12亿元的目标。').map((a) => a.split(' ')[2]), ['item']);
  });

  it('reads what foreign-invested firms reinvest as foreign capital', () => {
    assert.deepEqual(attributes('去年,各开发区实际使用外资和外商投资企业再投资312.4亿美元,同比增长2.1%。').map((a) => a.split(' ')[1]), ['foreign']);
  });
});

describe('capital put up, an inclusive bound, a period\'s investment with its growth', () => {
  it('reads 出资 as investment', () => {
    assert.deepEqual(attributes('其中,澄禾集团计划出资8亿元在青溪建造食品产业园。'), ['8亿元 investment item']);
  });

  it('reads a bound marked (含) before 以上 as a size class', () => {
    assert.deepEqual(attributes('前三季度共引进注册资本1亿元(含)以上项目52个。'), ['1亿元 threshold aggregate']);
  });

  it('reads a short form of fixed or industrial investment followed by its growth as investment done', () => {
    assert.deepEqual(attributes('全县工业投资额86.3亿元,增长12.5%;固定投资 9.6 亿元,同比增长 7%。'), [
      '86.3亿元 completed aggregate',
      '9.6 亿元 completed aggregate',
    ]);
    assert.deepEqual(attributes('该项目工业投资额3亿元。'), ['3亿元 investment item']);
  });
});

describe('a target of signings, outward investment', () => {
  it('reads a signing target compared with its result as signed money', () => {
    assert.deepEqual(attributes('洽谈会上,全州集中签约项目12个,签约金额达36.4亿元,完成签约目标30亿元的121.3%。'), [
      '36.4亿元 contract aggregate',
      '30亿元 contract aggregate',
    ]);
  });

  it('reads a region\'s investment abroad as other money', () => {
    assert.deepEqual(attributes('全市进出口总值12.6亿美元;对外直接投资3150万美元,增长9%。'), [
      '12.6亿美元 other aggregate',
      '3150万美元 other aggregate',
    ]);
  });
});
