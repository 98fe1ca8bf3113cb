import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultJobs, jobsOf } from '../../src/cli/jobsOption';

const MB = 1_000_000;

/** Files named by their size in bytes, and a sizeOf that reads the name and counts its calls. */
function sized(...bytes: number[]): { files: string[]; sizeOf: (file: string) => number; measured: () => number } {
  let calls = 0;
  return {
    files: bytes.map((b, i) => `${i}-${b}.txt`),
    sizeOf: (file) => {
      calls++;
      return Number(file.slice(file.indexOf('-') + 1, -'.txt'.length));
    },
    measured: () => calls,
  };
}

describe('--jobs', () => {
  it('is a whole number from 1 when given, undefined when not', () => {
    assert.equal(jobsOf('extract', '3'), 3);
    assert.equal(jobsOf('extract', undefined), undefined);
    for (const bad of ['0', '-2', '1.5', 'two', '']) assert.throws(() => jobsOf('extract', bad), /--jobs must be a whole number from 1/);
  });

  it('by default takes one thread per 10 MB of articles, at least one, one per core at most', () => {
    const cases: readonly (readonly [bytes: number[], cores: number, jobs: number])[] = [
      [[], 4, 1],
      [[3 * MB], 4, 1],
      [[4 * MB, 5 * MB, 0.9 * MB], 4, 1],
      [[4 * MB, 5 * MB, 1 * MB], 4, 1],
      [[12 * MB, 9 * MB], 4, 2],
      [[12 * MB, 9 * MB, 10 * MB], 4, 3],
      [[25 * MB], 2, 2],
      [[200 * MB], 8, 8],
      [[19 * MB], 1, 1],
    ];
    for (const [bytes, cores, jobs] of cases) {
      const { files, sizeOf } = sized(...bytes);
      assert.equal(defaultJobs(files, cores, sizeOf), jobs, `${bytes.join(' + ')} bytes on ${cores} cores`);
    }
  });

  it('measures a large corpus on a sample of its files: a few hundred stats, whatever its size', () => {
    const many = sized(...Array.from({ length: 50_000 }, (_, i) => (i % 2 === 0 ? 1000 : 5000)));
    assert.equal(defaultJobs(many.files, 8, many.sizeOf), 8);
    assert.ok(many.measured() <= 512, `${many.measured()} files measured`);
    // 9,000 files of 3 KB: 27 MB, estimated from the sample.
    const some = sized(...Array.from({ length: 9000 }, () => 3000));
    assert.equal(defaultJobs(some.files, 4, some.sizeOf), 2);
    assert.ok(some.measured() <= 512, `${some.measured()} files measured`);
  });

  it('reads the sizes of files on disk, and counts a file it cannot read as empty', () => {
    const folder = mkdtempSync(join(tmpdir(), 'invest-news-jobs-default-'));
    try {
      const big = join(folder, 'big.txt');
      writeFileSync(big, Buffer.alloc(10 * MB, 0x61));
      assert.equal(defaultJobs([big, join(folder, 'missing.txt')], 4), 1);
      assert.equal(defaultJobs([big, big], 4), 2);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
