import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldedText, foldText, toOriginal } from '../../src/core/fold';

describe('foldText', () => {
  const CASES: readonly (readonly [rule: string, input: string, folded: string])[] = [
    ['full-width digits and punctuation', '６５．１亿元（约）', '65.1亿元(约)'],
    ['Traditional park and money words', '中山火炬高新區簽約項目總投資億元', '中山火炬高新区签约项目总投资亿元'],
    ['Traditional place names', '無錫、長沙、寧波、樂山、瀋陽', '无锡、长沙、宁波、乐山、沈阳'],
    ['Traditional company forms', '微創醫療器械(集團)有限責任公司', '微创医疗器械(集团)有限责任公司'],
    ['Traditional boundary words', '該項目由該公司投資，並於今年舉行', '该项目由该公司投资,并于今年举行'],
    ['HTML entities', '&ldquo;橙中城&rdquo;项目', '“橙中城”项目'],
    ['pinyin glosses dropped', '產(chǎn)業(yè)園', '产业园'],
  ];
  for (const [rule, input, folded] of CASES) {
    it(rule, () => {
      assert.equal(foldText(input).text, folded);
    });
  }

  it('keeps offsets when no length changes', () => {
    const folded = foldText('衡陽高新區');
    assert.equal(folded.starts, null);
    assert.deepEqual(toOriginal(folded, 0, 5), [0, 5]);
  });

  it('maps a span over dropped glosses back to the original', () => {
    const original = '區人力資源產(chǎn)業(yè)園,';
    const folded = foldText(original);
    const start = folded.text.indexOf('人力');
    const end = folded.text.indexOf('园') + 1;
    const [s, e] = toOriginal(folded, start, end);
    assert.equal(original.slice(s, e), '人力資源產(chǎn)業(yè)園');
  });

  it('pairs every Traditional character with one Simplified character', () => {
    // Folding is 1:1 per unit, so a folded text is never longer than the original without debris.
    const sample = '億萬區園開發資項簽額經濟產業無長寧樂責類該從將並於戶舉後';
    assert.equal(foldText(sample).text.length, sample.length);
    assert.ok(!/[億萬區園開發資項簽額經濟產業無長寧樂責類該從將並於戶舉後]/.test(foldText(sample).text));
  });
});

describe('foldedText', () => {
  // Pieces that fold one to one, change lengths (entities, glosses) or look like they might.
  const PIECES = ['投资', '園區', '億元', '（', '）', '，', '６５', '&amp;', '&#8220;', '&bogus;', '萬(wàn)', '关(guān)', '(ab)', '\n', '。', 'A'];

  it('is the text foldText gives, whatever folding does to lengths', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.equal(foldedText(text), foldText(text).text);
      }),
      { numRuns: 1000 },
    );
  });

  it('folds a gloss and an entity away, as foldText does', () => {
    assert.equal(foldedText('產(chǎn)業(yè)園&ldquo;'), '产业园“');
  });
});
