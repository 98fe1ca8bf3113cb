import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findNamedEntities } from '../../src/core/recognition/namedEntities';
import { ANNOTATED_PARAGRAPHS } from './fixtures/namedEntityParagraphs';
import { namedIn, parseMarked } from './namedEntityHelpers';

describe('named entities', () => {
  describe('paragraphs not in the sample corpus', () => {
    for (const marked of ANNOTATED_PARAGRAPHS) {
      const { text, expected } = parseMarked(marked);
      it(text.slice(0, 40), () => {
        assert.deepEqual(namedIn(text), expected);
      });
    }
  });

  it('returns sorted, non-overlapping, in-bounds spans on any string', () => {
    const alphabet = [...'高新区项目有限公司集团产业园经开区与和、的“”()总投资亿元衡阳江苏博通科技 ,。1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }).map((a) => a.join('')), (text) => {
        const spans = findNamedEntities(text);
        for (let i = 0; i < spans.length; i++) {
          const s = spans[i];
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
          if (i > 0) assert.ok(spans[i - 1].end <= s.start);
        }
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => {
      assert.doesNotThrow(() => findNamedEntities(text));
    }));
  });

  it('finds every name in one long paragraph, as it does in each of its sentences', () => {
    // Adversarial for a scan that looks back over the whole text: one paragraph of 20,000
    // sentences and no line break. Each copy must yield the spans of the sentence alone, moved
    // to its place. How the cost grows with length is measured by `npm run bench` (the
    // "linear:" line), not here: a test must not depend on the machine's speed.
    const sentence = '总投资50亿元的博通科技产业园项目落户衡阳高新区,与江苏博通投资实业有限公司签约。';
    const alone = findNamedEntities(sentence);
    assert.ok(alone.length >= 3);
    const copies = 20000;
    const spans = findNamedEntities(sentence.repeat(copies));
    assert.equal(spans.length, alone.length * copies);
    for (let k = 0; k < copies; k += 997) {
      const shift = k * sentence.length;
      assert.deepEqual(spans.slice(k * alone.length, (k + 1) * alone.length), alone.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })));
    }
    assert.deepEqual(spans.at(-1), { ...alone.at(-1)!, start: alone.at(-1)!.start + (copies - 1) * sentence.length, end: alone.at(-1)!.end + (copies - 1) * sentence.length });
  });
});
