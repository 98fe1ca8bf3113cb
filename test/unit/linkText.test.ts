import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldText } from '../../src/core/fold';
import { MAX_GAP, TextStructure } from '../../src/core/links/linkText';

// Pieces that folding treats differently: Traditional and full-width characters (changed one to
// one), entities and pinyin glosses (which change lengths), and plain text, line breaks, stops.
const PIECES = ['投资', '園區', '億元', '（', '）', '，', '６５', '&amp;', '&#8220;', '&bogus;', '萬(wàn)', '关(guān)', '(ab)', '\n', '。', '项目', 'A', ' '];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('TextStructure: folded stretches', () => {
  it('reads every stretch exactly as folding that stretch on its own would', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), fc.nat({ max: 30 }), (text, a, b, length) => {
        const structure = new TextStructure(text);
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = Math.min(text.length, start + (b % (MAX_GAP + 2)));
        const gap = structure.gap(start, end);
        assert.equal(gap, end - start > MAX_GAP ? undefined : foldText(text.slice(start, end)).text);
        const paragraph = structure.paragraph(structure.paragraphOf(start));
        const from = Math.max(paragraph.start, start - length);
        assert.equal(structure.before(start, length), foldText(text.slice(from, start)).text);
        const to = Math.min(paragraph.end, start + length);
        assert.equal(structure.after(start, length), foldText(text.slice(start, Math.max(start, to))).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('folds Traditional and full-width characters in a text without entities or glosses', () => {
    const structure = new TextStructure('该園區投资６５億元，建设项目');
    assert.equal(structure.gap(1, 11), '园区投资65亿元,建');
  });

  it('still folds each stretch on its own when the text elsewhere has a gloss', () => {
    const text = '萬(wàn)元。該園區投資６５億元';
    const structure = new TextStructure(text);
    assert.equal(structure.gap(0, 7), '万元');
    assert.equal(structure.gap(8, text.length), '该园区投资65亿元');
  });
});
