// The benchmarks' generated corpus (bench/templateCorpus.ts): articles as long as news runs, the
// same files for the same seed. `npm run bench:cli` compares the command line with the engine on
// it, so its article sizes decide how much per-file work a MB holds.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../../bench/benchCorpus';
import { newsLength, writeTemplateCorpus } from '../../bench/templateCorpus';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

describe('template corpus for benchmarks', () => {
  it('draws article lengths as news runs: 6 to 160 sentences, median about 16, some short and a few long', () => {
    const random = seededRandom(7);
    const lengths = Array.from({ length: 10000 }, () => newsLength(random)).sort((a, b) => a - b);
    assert.ok(lengths[0] >= 6 && lengths[lengths.length - 1] <= 160, `within 6-160: ${lengths[0]}-${lengths[lengths.length - 1]}`);
    const median = lengths[lengths.length / 2];
    assert.ok(median >= 14 && median <= 18, `median ${median}`);
    assert.ok(lengths.filter((n) => n <= 8).length > 1000, 'many short articles');
    assert.ok(lengths.filter((n) => n >= 60).length > 200, 'a few long ones');
    assert.ok(lengths.every(Number.isInteger));
  });

  it('writes articles of about 2 KB (median) and the same files for the same seed', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'invest-news-template-'));
    try {
      const first = writeTemplateCorpus(join(scratch, 'a'), 300_000, 11);
      const again = writeTemplateCorpus(join(scratch, 'b'), 300_000, 11);
      const files = filesUnder(first.folder);
      assert.equal(files.length, first.files);
      assert.ok(first.bytes >= 300_000);
      const sizes = files.map((file) => statSync(file).size).sort((a, b) => a - b);
      const median = sizes[Math.floor(sizes.length / 2)];
      assert.ok(median > 1200 && median < 3500, `median article ${median} bytes`);
      assert.deepEqual({ files: again.files, bytes: again.bytes }, { files: first.files, bytes: first.bytes });
      const againFiles = filesUnder(again.folder);
      files.forEach((file, i) => assert.equal(readFileSync(againFiles[i], 'utf8'), readFileSync(file, 'utf8'), `${file} written again the same`));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
