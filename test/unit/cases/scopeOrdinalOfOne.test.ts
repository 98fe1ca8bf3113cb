// An ordinal names one project (`该公司在此投资的第3个项目`): it counts none, so the next sentence's bare
// `项目总投资X` is that project's. A batch's ordinal (`第二批`) and a real count still make a sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('an ordinal of one project', () => {
  it('reads the money after one project called the third of a company as that project\'s', () => {
    assert.deepEqual(rolesAndScopes('北湖云算数据中心项目是该市重点项目,也是该公司在此投资的第3个项目。项目总投资21.4亿元,占地150亩。'), [
      '21.4亿元 investment/item',
    ]);
  });

  it('still sums after a count of projects', () => {
    assert.deepEqual(rolesAndScopes('此次集中开工项目共8个。项目总投资21.4亿元。'), ['21.4亿元 investment/aggregate']);
  });

  it('still sums a batch named by its ordinal with its projects counted', () => {
    assert.deepEqual(rolesAndScopes('该区集中开工第二批项目13个,总投资将超过27亿元。'), ['27亿元 investment/aggregate']);
  });
});
