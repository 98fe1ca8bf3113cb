// Several projects listed before an amount, with no other figure between: the amount is their sum.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';

const scopes = (text: string): string[] => attributes(text).map((a) => a.split(' ')[2]);

describe('several projects listed before an amount', () => {
  it('reads the amount after a list of named projects as their sum', () => {
    assert.deepEqual(scopes('据悉,此次开工的项目包括澜川精密轴承项目、青禾冷链仓储项目、岚峰农副产品加工项目,总投资近6亿元。'), ['aggregate']);
    assert.deepEqual(scopes('松川大道改造工程、滨湖污水管网工程和青禾物流中心项目同日开工,计划总投资20多亿元。'), ['aggregate']);
  });

  it('leaves one project with its phase or its ancillary works, and a list joined by 及, to that project', () => {
    assert.deepEqual(scopes('澜川精密轴承一期项目和二期项目,计划投资8亿元。'), ['item']);
    assert.deepEqual(scopes('青禾化工园年产30万吨乙烯工程和配套工程,投资120亿元。'), ['item']);
    assert.deepEqual(scopes('青禾年产30万吨乙烯工程及配套项目,投资120亿元。'), ['item']);
  });

  it('leaves each listed project its own amount when the figures are written between', () => {
    assert.deepEqual(scopes('其中澜川精密轴承项目投资3亿元、青禾冷链仓储项目投资2亿元。'), ['item', 'item']);
  });
});
