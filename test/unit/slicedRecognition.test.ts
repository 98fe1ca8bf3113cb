// A first analysis in slices (the editor runs it on later ticks so that a large article's
// viewport paints first): the same result as recognising at once, pauses between slices, and a
// run given up half way leaves the analysis as it was.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { finish, recognize, Recognizer } from '../../src/core/recognition/recognize';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));
// A currency declared in one paragraph `(下同)` must reach the paragraphs of later slices.
const article = `总投资5亿美元（下同）。\n${samples.join('\n')}\n再投资3亿。`;

function pauses<T>(steps: Generator<void, T>): { pauses: number; value: T } {
  let count = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses: count, value: step.value };
    count++;
  }
}

describe('recognition in slices', () => {
  it('gives what recognize gives, pausing about once per slice (currency carried across slices)', () => {
    const { pauses: count, value } = pauses(new Recognizer().recognizeInSlices(article, 2000));
    assert.deepEqual(value, recognize(article));
    assert.ok(count >= Math.floor(article.length / 2000) - 1 && count <= Math.ceil(article.length / 2000), `${count} pauses for ${article.length} units`);
    assert.equal(value.at(-1)?.currency, 'USD', 'the (下同) currency of the first paragraph reaches the last slice');
  });

  it('does not pause when the slice is the whole text', () => {
    assert.equal(pauses(new Recognizer().recognizeInSlices(article, Infinity)).pauses, 0);
  });

  /** An analysis of a short text with a run over the article stopped after two slices. */
  function halfWay(): { analysis: IncrementalAnalysis; before: readonly unknown[]; steps: Generator<void, undefined> } {
    const analysis = new IncrementalAnalysis();
    analysis.update('总投资5亿元。');
    const before = analysis.suggestions;
    const steps = analysis.recognizeAllInSlices(article, 2000);
    steps.next();
    steps.next();
    return { analysis, before, steps };
  }

  it('IncrementalAnalysis takes the new text only after the last slice', () => {
    const { analysis, before, steps } = halfWay();
    assert.equal(analysis.suggestions, before, 'half way: still the previous text');
    finish(steps);
    assert.deepEqual(analysis.suggestions, recognize(article));
    assert.deepEqual(analysis.links().length, analysis.suggestions.length);
  });

  it('a run given up half way changes nothing; the next update is exact', () => {
    const { analysis, before } = halfWay();
    assert.equal(analysis.suggestions, before);
    const edited = `${article}\n追加投资7亿元。`;
    analysis.update(edited);
    assert.deepEqual(analysis.suggestions, recognize(edited));
  });
});
