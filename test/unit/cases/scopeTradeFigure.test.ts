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
});
