// A sentence opened by `其` ("its") points back at the one plant or project the sentence before spoke of: its
// money is that one's (`item`); `其中` opens parts, and a sentence before that counts projects keeps a sum.
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('a sentence opened by 其 pointing back', () => {
  it('gives the money to the one plant spoken of before', () => {
    assert.deepEqual(scopes('预计该工厂将于明年3月开工,年底投入生产。其建筑面积约为2万平方米,预计投资8亿日元。'), ['8亿日元 item']);
  });

  it('keeps parts and counted projects as they were', () => {
    assert.deepEqual(scopes('今年全区新开工项目12个。其建设进度较快,预计投资9亿元。'), ['9亿元 aggregate']);
  });
});
