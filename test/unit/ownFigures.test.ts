import { strict as assert } from 'node:assert';
import { OWN_HISTORY, ownFigures, PERIOD_WORDS } from '../../src/core/recognition/scopeSubject';
import { windowMarks } from '../../src/core/recognition/windowMarks';

/** ownFigures over a whole invented sentence before its amount. */
function own(sentence: string): boolean {
  return ownFigures(sentence, 0, 0, sentence.length, windowMarks(sentence, 0, sentence.length));
}

describe("a company's own figures (scope)", () => {
  it('reads its two kinds of words in one pass: no word of one starts with a unit that starts a word of the other', () => {
    const periodFirsts = new Set(PERIOD_WORDS.map((w) => w[0]));
    for (const word of OWN_HISTORY) assert.ok(!periodFirsts.has(word[0]), word);
  });

  it('a period counted from the plant’s own start is the company’s', () => {
    assert.equal(own('澄江精密铸造厂自投产以来累计纳税'), true);
  });

  it('a company named before a period word reports its own figures', () => {
    assert.equal(own('星河光电公司上半年实现营业收入'), true);
  });

  it('not when the period word comes before the company, nor with a region-wide word, nor without a period', () => {
    assert.equal(own('上半年星河光电公司实现营业收入'), false);
    assert.equal(own('全市上半年星河光电公司实现营业收入'), false);
    assert.equal(own('星河光电公司实现营业收入'), false);
  });
});
