// An amount followed by `在`/`于`, a place and a verb of building one thing is that one thing's cost.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('money spent building one thing at a place', () => {
  it('reads `投资X在某地新建…` and `投资X于某地兴建…` as one plant’s money, not a statistic', () => {
    assert.deepEqual(rolesAndScopes('同时,与松川经济开发区管委会签署协议,计划总投资约9亿元在松川经济开发区新建年产3万吨涂料项目。'), ['9亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('澜川精机则配合客户扩厂,投资逾80亿元在青禾科技工业园区扩建新厂。'), ['80亿元 investment/item']);
    assert.deepEqual(rolesAndScopes('为扩大产能,规划投资约4.5亿元于滨湖县兴建营运总部。'), ['4.5亿元 investment/item']);
  });

  it('leaves a figure followed by projects under construction (`在建`) to the region', () => {
    assert.deepEqual(rolesAndScopes('今年该区工业投资12亿元 在建项目建设加快推进。'), ['12亿元 investment/aggregate']);
  });
});
