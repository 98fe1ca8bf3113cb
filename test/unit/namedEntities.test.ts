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

  it('scans long texts in linear time', function () {
    this.timeout(60000);
    // Relative, not absolute: 8× the text must cost far less than 64× the time (a quadratic scan),
    // whatever the machine's load. The best of three runs smooths out scheduling noise.
    const sentence = '总投资50亿元的博通科技产业园项目落户衡阳高新区,与江苏博通投资实业有限公司签约。';
    const best = (text: string): number => {
      let fastest = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = process.hrtime.bigint();
        assert.equal(findNamedEntities(text).length, (3 * text.length) / sentence.length);
        fastest = Math.min(fastest, Number(process.hrtime.bigint() - started));
      }
      return fastest;
    };
    best(sentence.repeat(2000)); // warm up the JIT
    const small = best(sentence.repeat(5000));
    const large = best(sentence.repeat(40000));
    assert.ok(large / small < 24, `8× the text took ${(large / small).toFixed(1)}× the time`);
  });
});
