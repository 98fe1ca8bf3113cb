// writeFilesAtomically: every file or none, on real files in a temporary folder.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFilesAtomically } from '../../src/cli/atomicWrite';
import { CliError } from '../../src/cli/cliError';

describe('writeFilesAtomically', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'invest-news-atomic-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const listAll = () => (readdirSync(folder, { recursive: true }) as string[]).sort();

  it('writes every file, creating folders, and leaves no temporary file', () => {
    writeFileSync(join(folder, 'old.json'), 'old');
    writeFilesAtomically([
      { path: join(folder, 'old.json'), content: 'new' },
      { path: join(folder, 'deep/er/new.json'), content: new TextEncoder().encode('bytes') },
    ]);
    assert.equal(readFileSync(join(folder, 'old.json'), 'utf8'), 'new');
    assert.equal(readFileSync(join(folder, 'deep/er/new.json'), 'utf8'), 'bytes');
    assert.deepEqual(listAll(), ['deep', 'deep/er', 'deep/er/new.json', 'old.json']);
  });

  it('puts back the files it replaced when a later one cannot be renamed into place', () => {
    writeFileSync(join(folder, 'a.json'), 'a before');
    mkdirSync(join(folder, 'b.json'));
    writeFileSync(join(folder, 'b.json', 'inside'), 'a folder where a file should go');
    assert.throws(
      () => writeFilesAtomically([
        { path: join(folder, 'a.json'), content: 'a after' },
        { path: join(folder, 'new/c.json'), content: 'c' },
        { path: join(folder, 'b.json'), content: 'b after' },
      ]),
      (error: unknown) => error instanceof CliError && error.message.includes('b.json') && error.message.includes('nothing was written'),
    );
    assert.equal(readFileSync(join(folder, 'a.json'), 'utf8'), 'a before');
    assert.deepEqual(listAll(), ['a.json', 'b.json', 'b.json/inside'], 'no temporary file, no created folder left');
  });

  it('writes nothing when a folder cannot be created for a later file', () => {
    writeFileSync(join(folder, 'blocker'), 'a file where a folder should go');
    assert.throws(() => writeFilesAtomically([
      { path: join(folder, 'first.json'), content: 'first' },
      { path: join(folder, 'blocker/second.json'), content: 'second' },
    ]), CliError);
    assert.deepEqual(listAll(), ['blocker']);
  });

  it('writes a file whose name is near the 255-byte limit (temporary names stay short)', () => {
    const path = join(folder, `${'签'.repeat(80)}.txt.ann.json`);
    writeFileAtomic(path, '{}');
    assert.equal(readFileSync(path, 'utf8'), '{}');
    assert.equal(listAll().length, 1);
  });

  it('reports the real error, not a cleanup failure, for a name that is too long', () => {
    const path = join(folder, `${'签'.repeat(90)}.txt.ann.json`);
    assert.throws(() => writeFileAtomic(path, '{}'), (error: unknown) => error instanceof CliError && error.message.startsWith(path) && /too long/i.test(error.message));
  });

  it('refuses two files with the same name instead of writing one over the other', () => {
    assert.throws(() => writeFilesAtomically([
      { path: join(folder, 'x.txt'), content: 'first' },
      { path: join(folder, '.', 'x.txt'), content: 'second' },
    ]), (error: unknown) => error instanceof CliError && /same name/.test(error.message));
    assert.deepEqual(listAll(), []);
  });
});
