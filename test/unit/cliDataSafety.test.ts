// The command line never loses or corrupts a user's files: exports never replace articles or
// sidecars (nor, without --force, any file), multi-file writes are all or nothing, sidecars keep
// what this version does not know, and hostile names cannot drive the terminal.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMAT_TABLE, FORMATS } from '../../src/core/interop/annotatedArticle';
import type { InteropAnnotation } from '../../src/core/interop/annotatedArticle';
import { exportJsonl } from '../../src/core/interop/jsonl';
import { createAnnotation } from '../../src/core/review/review';
import { serializeSidecar, sidecarPathFor } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import { CLI, FIXTURES, assertOneLineError, run } from './cliRunner';

const TEXT = readFileSync(join(FIXTURES, 'utf8.txt'), 'utf8');
/** Spans of TEXT (the recogniser finds them; the tests do not depend on it finding them). */
const PARK = { label: 'PARK', start: 0, end: 5, text: TEXT.slice(0, 5) } as const;
const MONEY = { label: 'MONEY', start: 21, end: 27, text: TEXT.slice(21, 27), value: 6510000000, currency: 'CNY' } as const;
const TIME = new Date('2024-01-01T00:00:00Z');

function accepted(entity: InteropAnnotation, text = TEXT): Annotation {
  return createAnnotation(entity, 'accepted', 'test', TIME, text, []);
}

function writeSidecar(article: string, annotations: Annotation[], text = TEXT, extra: Record<string, unknown> = {}): string {
  const name = article.slice(article.lastIndexOf('/') + 1);
  const content = serializeSidecar({ format: 'invest-news-annotations', version: 1, article: name, sha256: hashText(text), annotations, ...extra });
  writeFileSync(sidecarPathFor(article), content);
  return content;
}

/** An import file in this tool's JSONL, one line per article. */
function jsonlImport(path: string, articles: { file: string; text?: string; annotations: InteropAnnotation[] }[]): void {
  writeFileSync(path, exportJsonl(articles.map((a) => ({ file: a.file, text: a.text ?? TEXT, annotations: a.annotations.map((x) => ({ ...x, status: 'accepted' as const })) }))).files[0].content);
}

/** Makes a folder unwritable (chmod, or for root chattr +i); undefined when this machine cannot. */
function lockFolder(folder: string): (() => void) | undefined {
  if (process.getuid?.() !== 0) {
    chmodSync(folder, 0o555);
    return () => chmodSync(folder, 0o755);
  }
  if (spawnSync('chattr', ['+i', folder]).status !== 0) return undefined;
  return () => void spawnSync('chattr', ['-i', folder]);
}

function listAll(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).sort();
}

describe('invest-news data safety (built CLI)', function () {
  let scratch: string;
  before(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
  });
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-safety-'));
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  function corpus(...names: string[]): string[] {
    return names.map((name) => {
      const path = join(scratch, 'corpus', name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, TEXT);
      writeSidecar(path, [accepted(MONEY)]);
      return path;
    });
  }

  describe('export', () => {
    it('never replaces an annotated article in the --out folder, even with --force', () => {
      corpus('x.txt');
      const out = join(scratch, 'other');
      mkdirSync(out);
      writeFileSync(join(out, 'x.txt'), 'another article');
      writeSidecar(join(out, 'x.txt'), []);
      for (const force of [[], ['--force']]) {
        assertOneLineError(run('export', join(scratch, 'corpus'), '--to', 'brat', '--out', out, ...force), join(out, 'x.txt'));
        assert.equal(readFileSync(join(out, 'x.txt'), 'utf8'), 'another article');
        assert.deepEqual(listAll(out), ['x.txt', 'x.txt.ann.json'], 'nothing written');
      }
    });

    it('refuses an existing --out file unless --force, naming it', () => {
      corpus('x.txt');
      const out = join(scratch, 'table.csv');
      writeFileSync(out, 'keep me');
      assertOneLineError(run('export', join(scratch, 'corpus'), '--to', 'csv', '--out', out), out);
      assert.equal(readFileSync(out, 'utf8'), 'keep me');
      const forced = run('export', join(scratch, 'corpus'), '--to', 'csv', '--out', out, '--force');
      assert.equal(forced.status, 0, forced.stderr);
      assert.match(readFileSync(out, 'utf8'), /65\.1亿元/);
    });

    it('writes no half export when one file cannot be written', () => {
      corpus('a/x.txt', 'sub/y.txt');
      const out = join(scratch, 'brat');
      mkdirSync(out);
      writeFileSync(join(out, 'sub'), 'a file where the export needs a folder');
      const result = run('export', join(scratch, 'corpus'), '--to', 'brat', '--out', out);
      assertOneLineError(result, 'sub');
      assert.deepEqual(listAll(out), ['sub'], 'annotation.conf and a/x.* were not left behind');
    });

    it('lists the formats in its help from the format table', () => {
      const help = run('export', '--help').stdout;
      for (const format of FORMATS) assert.match(help, new RegExp(`${format} +${FORMAT_TABLE[format].help.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    });

    it('exports an annotation whose offsets are stale at its text, as the editor re-anchors it', () => {
      const [article] = corpus('x.txt');
      const stale = { ...accepted(MONEY), start: MONEY.start + 2, end: MONEY.end + 2 };
      writeSidecar(article, [stale]);
      const out = join(scratch, 'out.jsonl');
      const result = run('export', article, '--to', 'jsonl', '--out', out);
      assert.equal(result.status, 0, result.stderr);
      assert.doesNotMatch(result.stdout, /skipped/);
      const line = JSON.parse(readFileSync(out, 'utf8')) as { annotations: { start: number; end: number; text: string }[] };
      assert.deepEqual(line.annotations.map((a) => [a.start, a.end, a.text]), [[MONEY.start, MONEY.end, MONEY.text]]);
    });
  });

  describe('import', () => {
    it('writes every sidecar or none', function () {
      const folder = join(scratch, 'corpus');
      for (const name of ['a/x.txt', 'b/y.txt']) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), TEXT.replace('新余', name[0] === 'a' ? '新余' : '吉安'));
      }
      const input = join(scratch, 'in.jsonl');
      jsonlImport(input, [
        { file: 'a/x.txt', annotations: [MONEY] },
        { file: 'b/y.txt', text: TEXT.replace('新余', '吉安'), annotations: [MONEY] },
      ]);
      const unlock = lockFolder(join(folder, 'b'));
      if (!unlock) this.skip();
      try {
        const result = run('import', input, '--from', 'jsonl', '--articles', folder);
        assertOneLineError(result, 'y.txt.ann.json');
        assert.doesNotMatch(result.stderr, /internal error/);
      } finally {
        unlock?.();
      }
      assert.equal(existsSync(sidecarPathFor(join(folder, 'a/x.txt'))), false, 'the first sidecar was not written either');
      assert.deepEqual(listAll(join(folder, 'a')), ['x.txt'], 'no temporary file left');
    });

    it('gives an article with a 78-character Chinese name its sidecar', () => {
      const folder = join(scratch, 'corpus');
      mkdirSync(folder);
      const name = `${'招商引资项目签约'.repeat(10).slice(0, 78)}.txt`;
      writeFileSync(join(folder, name), TEXT);
      const input = join(scratch, 'in.jsonl');
      jsonlImport(input, [{ file: name, annotations: [MONEY] }]);
      const result = run('import', input, '--from', 'jsonl', '--articles', folder);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(existsSync(sidecarPathFor(join(folder, name))));
    });

    it('reads a folder holding a file name with a line break', () => {
      const [article] = corpus('x.txt');
      writeSidecar(article, []);
      const input = join(scratch, 'input');
      mkdirSync(input);
      jsonlImport(join(input, 'first\nbatch.jsonl'), [{ file: 'x.txt', annotations: [MONEY] }]);
      const result = run('import', input, '--from', 'jsonl', '--articles', join(scratch, 'corpus'));
      assert.equal(result.status, 0, result.stderr);
      assert.match(readFileSync(sidecarPathFor(article), 'utf8'), /65\.1亿元/);
    });

    it('keeps the sidecar fields this version does not know', () => {
      const [article] = corpus('x.txt');
      const park = { ...accepted(PARK), reviewer_note: 'checked twice' };
      writeSidecar(article, [park], TEXT, { project: { name: 'q1' } });
      const input = join(scratch, 'in.jsonl');
      jsonlImport(input, [{ file: 'x.txt', annotations: [MONEY] }]);
      const result = run('import', input, '--from', 'jsonl', '--articles', join(scratch, 'corpus'));
      assert.equal(result.status, 0, result.stderr);
      const written = JSON.parse(readFileSync(sidecarPathFor(article), 'utf8')) as { project?: unknown; annotations: { text: string; reviewer_note?: string }[] };
      assert.equal(written.annotations.length, 2, 'the import was written');
      assert.deepEqual(written.project, { name: 'q1' });
      assert.equal(written.annotations.find((a) => a.text === PARK.text)?.reviewer_note, 'checked twice');
    });
  });

  describe('summary', () => {
    it('reports a non-UTF-8 sidecar in one line, totals the rest and exits 1', () => {
      const [bad] = corpus('a.txt', 'b.txt');
      writeFileSync(sidecarPathFor(bad), readFileSync(join(FIXTURES, 'latin1.txt')));
      const result = run('summary', join(scratch, 'corpus'));
      assert.equal(result.status, 1);
      const lines = result.stderr.split('\n').filter((l) => l);
      assert.equal(lines.length, 1, result.stderr);
      assert.ok(lines[0].includes(sidecarPathFor(bad)) && /UTF-8/.test(lines[0]), lines[0]);
      assert.match(result.stdout, /2 article\(s\)/);
      assert.match(result.stdout, /MONEY +1 +0/, 'the other article’s accepted amount counts');
    });

    it('warns in one line about a sidecar that names another article', () => {
      const [article] = corpus('a.txt');
      const content = readFileSync(sidecarPathFor(article), 'utf8').replace('"article": "a.txt"', '"article": "b.txt"');
      writeFileSync(sidecarPathFor(article), content);
      const result = run('summary', article);
      assert.equal(result.status, 0, result.stderr);
      const lines = result.stderr.split('\n').filter((l) => l);
      assert.equal(lines.length, 1, result.stderr);
      assert.match(lines[0], /^invest-news: warning: .*a\.txt\.ann\.json: names the article "b\.txt"/);
    });
  });

  describe('terminal output', () => {
    it('escapes control characters of file names and span texts', () => {
      const folder = join(scratch, 'corpus');
      mkdirSync(folder);
      const name = 'evil\x1b]0;owned\x07\x9b31m.txt';
      const text = `${TEXT}\x1b[2J`;
      writeFileSync(join(folder, name), text);
      const input = join(scratch, 'in.jsonl');
      jsonlImport(input, [{ file: name, text, annotations: [{ label: 'COMPANY', start: TEXT.length, end: text.length, text: '\x1b[2J' }] }]);
      const imported = run('import', input, '--from', 'jsonl', '--articles', folder);
      assert.equal(imported.status, 0, imported.stderr);
      const exported = run('export', folder, '--to', 'csv', '--out', join(scratch, 'out.csv'));
      writeFileSync(sidecarPathFor(join(folder, name)), '{');
      const summary = run('summary', folder);
      const json = run('summary', folder, '--json');
      for (const output of [imported.stdout, exported.stdout, summary.stderr, summary.stdout, json.stdout]) {
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        assert.doesNotMatch(output, /[\x00-\x09\x0b-\x1f\x7f-\x9f]/, JSON.stringify(output));
      }
      assert.ok(imported.stdout.includes('\\x1b[2J'), 'the span text is shown escaped');
      assert.ok(summary.stderr.includes('evil\\x1b]0;owned\\x07\\x9b31m.txt'), summary.stderr);
    });
  });
});
