import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findNamedEntities } from '../../src/core/namedEntities';
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

  it('scans long texts in linear time', () => {
    const sentence = '总投资50亿元的博通科技产业园项目落户衡阳高新区,与江苏博通投资实业有限公司签约。';
    const text = sentence.repeat(20000);
    const started = process.hrtime.bigint();
    const spans = findNamedEntities(text);
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    assert.equal(spans.length, 3 * 20000);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
});
