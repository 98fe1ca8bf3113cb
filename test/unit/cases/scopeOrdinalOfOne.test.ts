// An ordinal names one project (`该集团在本省布局的第4个项目`): it counts none, so the next sentence's bare
// `项目总投资X` is that project's. A batch's ordinal (`第二批`) and a real count still make a sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

describe('an ordinal of one project', () => {
  it('reads the money after one project called the fourth of a company as that project\'s', () => {
    assert.deepEqual(rolesAndScopes('青峰冷链物流园由青峰集团承建,是这家企业在本省布局的第4个项目。项目总投资18.6亿元,用地120亩。'), [
      '18.6亿元 investment/item',
    ]);
  });

  it('still sums after a count of projects', () => {
    assert.deepEqual(rolesAndScopes('本轮动工的工业项目共6个。项目总投资9.3亿元。'), ['9.3亿元 investment/aggregate']);
  });

  it('still sums a batch named by its ordinal with its projects counted', () => {
    assert.deepEqual(rolesAndScopes('东岭镇第三批签约项目9个昨日落地,总投资约14亿元。'), ['14亿元 investment/aggregate']);
  });
});
