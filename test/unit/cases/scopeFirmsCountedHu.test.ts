// `户` counts firms as `家` does (`新设企业35户`, `规上企业71户`): the money after such a count is theirs together;
// the firms one building will hold (`可容纳企业10户`) are its tenants, no batch.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('firms counted with 户', () => {
  it('reads the money after a count of firms in 户 as their sum', () => {
    assert.deepEqual(rolesAndScopes('本期,外商投资纺织业新设企业42户,投资总额2.35亿美元。'), ['2.35亿美元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('1-9月,园区规上企业58户,完成固定资产投资17.6亿元。'), ['17.6亿元 completed/aggregate']);
  });

  it('keeps one building\'s outcome when the firms counted are those it will hold', () => {
    assert.deepEqual(rolesAndScopes('岚溪电子产业园项目规划总投资12亿元。该项目建成后,可容纳企业15户以上,实现产值约18亿元。'), [
      '12亿元 investment/item',
      '18亿元 revenue/item',
    ]);
  });
});
