// The recogniser and the links never read a UTF-16 unit past a text's end. `charCodeAt` out of range
// returns NaN, which the rules would treat as "no such character" anyway, but V8 then compiles that
// call site as a generic call for the rest of the run (less than half the speed of the in-range
// read); `unitAt` (text.ts) is the reading for "one past the end may be asked". This guards it on the
// generated articles of the benchmark, which reach most rules.
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { generateCorpus, readSampleArticles } from '../../bench/benchCorpus';
import { suggestLinks } from '../../src/core/links/links';
import { recognize } from '../../src/core/recognition/recognize';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');

/** Runs `work` counting, per calling function, the `charCodeAt` reads outside their string. */
function outOfRangeReads(work: () => void): Map<string, number> {
  const original = String.prototype.charCodeAt;
  const sites = new Map<string, number>();
  String.prototype.charCodeAt = function (this: string, index: number): number {
    if (!(index >= 0 && index < this.length)) {
      const caller = new Error().stack?.split('\n')[2]?.trim() ?? 'unknown';
      sites.set(caller, (sites.get(caller) ?? 0) + 1);
    }
    return original.call(this, index);
  };
  try {
    work();
  } finally {
    String.prototype.charCodeAt = original;
  }
  return sites;
}

describe('reads within the text', function () {
  this.timeout(60_000);

  it('the engine (spans and links) reads no unit past a text’s end on the generated corpus', () => {
    const { articles } = generateCorpus(readSampleArticles(samplesDir), { minBytes: 400_000, seed: 7 });
    const sites = outOfRangeReads(() => {
      for (const article of articles) suggestLinks(article, recognize(article));
    });
    assert.deepEqual([...sites], [], 'read past the end (use unitAt there)');
  });

  it('the counter sees a read past the end', () => {
    const sites = outOfRangeReads(() => 'ab'.charCodeAt(2));
    assert.equal([...sites.values()].reduce((a, b) => a + b, 0), 1);
  });
});
