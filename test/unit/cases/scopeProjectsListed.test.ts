// Several projects listed before an amount, with no other figure between, or listed or counted as what it
// builds after it: the amount is their sum.
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

describe('several projects or sites the money builds, after it', () => {
  it('reads money spent on projects listed after it as their sum', () => {
    assert.deepEqual(rolesAndScopes('年中,由岚峰集团与青禾研究所合作投资2000万美元建设的岚峰生物实验项目、青禾科学院项目落户澄江新城。'), ['2000万美元 investment/aggregate']);
  });

  it('reads money that builds two or more counted sites as their sum', () => {
    assert.deepEqual(rolesAndScopes('岚峰激光:拟30亿元投建两大生产基地'), ['30亿元 investment/aggregate']);
  });

  it('leaves one project with its ancillary works, and one plant\'s lines, to that one', () => {
    assert.deepEqual(rolesAndScopes('由岚峰集团投资2000万美元建设的岚峰生物实验项目和配套工程落户澄江新城。'), ['2000万美元 investment/item']);
    assert.deepEqual(rolesAndScopes('岚峰激光拟投资5亿元建设两条生产线。'), ['5亿元 investment/item']);
  });
});

describe('a part after 其中 said to be projects named', () => {
  it('reads two projects joined by 和 after 为 as a sum, one project as its own', () => {
    assert.deepEqual(rolesAndScopes('全市签约项目30个,总投资200亿元,其中本县项目为岚峰冷链物流园项目和青禾竹木加工项目,投资总额达20亿元。'), [
      '200亿元 investment/aggregate',
      '20亿元 investment/aggregate',
    ]);
    assert.deepEqual(rolesAndScopes('全市签约项目30个,总投资200亿元,其中本县项目为岚峰冷链物流园项目,投资总额达20亿元。'), [
      '200亿元 investment/aggregate',
      '20亿元 investment/item',
    ]);
  });
});
