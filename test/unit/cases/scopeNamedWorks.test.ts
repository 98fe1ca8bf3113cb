// Public works named with `工程` (`某某水库工程总投资X`, `某某引水工程项目总投资X`) are one project each: their
// progress, even summed so far or set against the project's own total, is theirs (`item`); a kind of works
// (`重点工程`, `全省重大水利工程`) stays many.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('works named with 工程', () => {
  it('reads a named work’s progress as its own', () => {
    assert.deepEqual(scopes('青龙峡水库工程总投资21.5亿元,截至5月10日,累计完成投资9.8亿元,占项目总投资的45.6%。'),
      ['21.5亿元 item', '9.8亿元 item']);
    assert.deepEqual(scopes('白沙河引水工程项目总投资12.4亿元,累计完成投资3.1亿元,占项目总投资的25%;完成年度投资0.8亿元,占年度投资计划4亿元的20%。'),
      ['12.4亿元 item', '3.1亿元 item', '0.8亿元 item', '4亿元 item']);
  });

  it('keeps a kind of works or a place’s share many', () => {
    assert.deepEqual(scopes('全省重大水利工程累计完成投资36亿元,占年度计划的60%。'), ['36亿元 aggregate']);
    assert.deepEqual(scopes('重点工程项目累计完成投资18亿元。'), ['18亿元 aggregate']);
    assert.deepEqual(scopes('今年以来,工业投资完成42亿元,占全市固定资产投资的31%。'), ['42亿元 aggregate']);
  });
});
