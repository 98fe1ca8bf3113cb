// A figure of trade or of deals struck (`外贸进出口总额`, `现场总成交金额`) is a region's or a fair's statistic,
// like other money reported with its growth; a company's own capital stays its own.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('a figure of trade or deals', () => {
  it('reads the deals struck at a fair as their sum', () => {
    assert.deepEqual(rolesAndScopes('据初步统计,现场总成交金额为2.3亿元,签订意向订货合同总金额1.9亿元。'), [
      '2.3亿元 other/aggregate',
      '1.9亿元 other/aggregate',
    ]);
  });

  it('reads a place\'s trade figure as a sum without its growth', () => {
    assert.deepEqual(rolesAndScopes('全年争取到位资金28亿元。对外贸易进出口总额为6420万美元。'), [
      '28亿元 completed/aggregate',
      '6420万美元 other/aggregate',
    ]);
  });

  it('keeps a company\'s registered capital its own', () => {
    assert.deepEqual(rolesAndScopes('该公司注册资金总额达2亿美元。'), ['2亿美元 other/item']);
  });

  it('reads a turnover right after a share\'s quoted price as the listed company\'s trading, its own', () => {
    assert.deepEqual(rolesAndScopes('澄禾控股(01234)再涨超6%。截至发稿,涨5.2%,报3.6港元,成交额2146.8万港元。'), [
      '3.6港元 other/item',
      '2146.8万港元 other/item',
    ]);
    assert.deepEqual(rolesAndScopes('截至10时12分,跌3.1%,报价1.9港元,成交额860万。'), ['1.9港元 other/item', '860万 other/item']);
    // A turnover with no price quoted before it stays a fair's or a market's sum.
    assert.deepEqual(rolesAndScopes('截至发稿,展会现场成交额2.3亿元。'), ['2.3亿元 other/aggregate']);
  });
});
