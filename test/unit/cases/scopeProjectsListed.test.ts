// Several projects listed before an amount, with no other figure between: the amount is their sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('several projects listed before an amount', () => {
  it('reads the amount after a list of named projects as their sum', () => {
    assert.deepEqual(rolesAndScopes('据悉,此次开工的项目包括澜川精密轴承项目、青禾冷链仓储项目、岚峰农副产品加工项目,总投资近6亿元。'), ['6亿元 investment/aggregate']);
    assert.deepEqual(rolesAndScopes('松川大道改造工程、滨湖污水管网工程和青禾物流中心项目同日开工,计划总投资20多亿元。'), ['20多亿元 investment/aggregate']);
  });

  it('leaves one project with its phase or its ancillary works, and a list joined by 及, to that project', () => {
    assert.deepEqual(rolesAndScopes('澜川精密轴承一期项目和二期项目,计划投资8亿元。'), ['8亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('青禾化工园年产30万吨乙烯工程和配套工程,投资120亿元。'), ['120亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('青禾年产30万吨乙烯工程及配套项目,投资120亿元。'), ['120亿元 investment/item']);
  });

  it('leaves each listed project its own amount when the figures are written between', () => {
    assert.deepEqual(rolesAndScopes('其中澜川精密轴承项目投资3亿元、青禾冷链仓储项目投资2亿元。'), ['3亿元 investment/item', '2亿元 investment/item']);
  });
});
