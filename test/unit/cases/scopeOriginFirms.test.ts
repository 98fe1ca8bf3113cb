// Firms named only by where they come from (`德国企业在中国投资了X`, `多家日本企业计划以X…`) are a country's
// firms together: their money is a sum (`aggregate`); one such firm pointed at, or named after its origin,
// keeps it one owner's (`item`).
import { strict as assert } from 'node:assert';
import { rolesAndScopes } from './caseReaders';

/** `text scope` of each amount (the role is another rule's). */
const scopes = (text: string): string[] => rolesAndScopes(text).map((s) => s.replace(/ [a-z]+\//, ' '));

describe('firms named only by their origin', () => {
  it('reads the money of a country’s firms as their sum', () => {
    assert.deepEqual(scopes('他表示,截至目前,日本企业在该省的投资已超过30亿美元。'), ['30亿美元 aggregate']);
    assert.deepEqual(scopes('部长周二表示,多家韩国企业计划以42亿美元在泰国投资电池工厂。'), ['42亿美元 aggregate']);
    assert.deepEqual(scopes('法国企业在越南投资了18亿欧元。'), ['18亿欧元 aggregate']);
  });

  it('reads the same in Traditional characters (僅, 紛紛 folded)', () => {
    assert.deepEqual(scopes('甲公司、乙公司等紛紛擴大規模,僅上述日本公司在該國的累計投資已近7.5億美元。'), ['7.5億美元 aggregate']);
  });

  it('keeps one firm’s money its own', () => {
    assert.deepEqual(scopes('这家日本公司在泰国东部的第一家电池工厂投资了2.5亿美元。'), ['2.5亿美元 item']);
    assert.deepEqual(scopes('韩国企业澜川电子投资5亿美元。'), ['5亿美元 item']);
  });
});
