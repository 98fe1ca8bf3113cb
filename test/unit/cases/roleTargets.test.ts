// The kind of money of a target a figure is compared with.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

describe('a target of investment promotion compared with money in place', () => {
  it('reads 招商任务 as investment, though the figure before it is money in place', () => {
    assert.deepEqual(attributes('截至6月,岚溪园区实际到位资金3.1亿元,占全年招商任务5亿元的62%。'), [
      '3.1亿元 completed aggregate',
      '5亿元 investment aggregate',
    ]);
  });

  it('keeps a target with no kind of its own of the kind of the figure before it', () => {
    assert.deepEqual(attributes('截至6月,岚溪园区实际到位资金3.1亿元,占目标任务5亿元的62%。'), [
      '3.1亿元 completed aggregate',
      '5亿元 completed aggregate',
    ]);
  });
});

describe('a plan compared with no kind of money', () => {
  it('reads a yearly plan after a verb of completing works as planned investment', () => {
    assert.deepEqual(attributes('青禾物流园完成仓库主体工程,目前,青禾物流园已完成全年计划2.4亿元的87.5%。').map((a) => a.split(' ').slice(0, 2).join(' ')), [
      '2.4亿元 investment',
    ]);
  });

  it('keeps a plan compared with a figure of money in place of that figure\'s kind', () => {
    assert.deepEqual(attributes('岚溪园区实际到位资金2.1亿元,完成全年计划2.4亿元的87.5%。').map((a) => a.split(' ').slice(0, 2).join(' ')), [
      '2.1亿元 completed',
      '2.4亿元 completed',
    ]);
  });
});

describe('fixed investment listed among a period\'s achieved figures', () => {
  it('reads it as investment done', () => {
    assert.deepEqual(attributes('2022年,青禾工业园区实现工业总产值184亿元,固定资产投资23亿元,实现税收2.7亿元。').map((a) => a.split(' ').slice(0, 2).join(' ')), [
      '184亿元 revenue',
      '23亿元 completed',
      '2.7亿元 tax',
    ]);
  });

  it('keeps a project\'s fixed investment, a part of its total, planned investment', () => {
    assert.deepEqual(attributes('该项目预计实现年产值6亿元,总投资3亿元,固定资产投资2.2亿元。').map((a) => a.split(' ').slice(0, 2).join(' ')), [
      '6亿元 revenue',
      '3亿元 investment',
      '2.2亿元 investment',
    ]);
  });
});
