// `--jobs N` of the built CLI (dist/cli.js, which starts dist/cliWorker.js): the articles are
// read on worker threads, and every command prints the same bytes, in the same order, with the
// same exit status, as `--jobs 1` (everything in the main thread). Invented articles only.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeLexicon } from '../../src/core/workspaceLexicon/workspaceLexicon';
import { createAnnotation } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import { serializeSidecar, sidecarPathFor } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Label } from '../../src/core/types';
import { assertOneLineError, CLI, ROOT, run } from './cliRunner';
import type { Run } from './cliRunner';

const PLACES = ['松涛', '青岚', '桐江', '远溪', '鹿鸣'];
const TRADES = ['新能源', '生物医药', '智能装备'];

/** An invented article: amounts, a park, a company and a project, different in each. */
function article(i: number): string {
  const place = PLACES[i % PLACES.length];
  const lines = [`${place}高新区第${i + 1}季度招商综述`, ''];
  for (let s = 0; s <= i % 4; s++) {
    lines.push(`${place}恒川${TRADES[(i + s) % TRADES.length]}有限公司投资${3 + i + s}.5亿元建设的${TRADES[s % TRADES.length]}产业园项目落户${place}高新区，其中一期投资${1 + s}亿元。`);
    lines.push(`今年以来，${place}高新区共签约项目${10 + i}个，合同资金${20 + 2 * i}亿元，${5 + s}亿元以上项目${2 + s}个。`);
  }
  return `${lines.join('\n')}\n`;
}

/** A sidecar accepting each [text, label] at its first occurrence. */
function writeSidecar(file: string, text: string, spans: readonly (readonly [string, Label])[]): void {
  const ids: string[] = [];
  const annotations: Annotation[] = spans.map(([span, label]) => {
    const start = text.indexOf(span);
    assert.ok(start >= 0, `${span} is in the article`);
    const a = createAnnotation({ label, start, end: start + span.length, text: span }, 'accepted', 'tester', new Date('2026-01-01T00:00:00Z'), text, ids);
    ids.push(a.id);
    return a;
  });
  const name = file.slice(file.lastIndexOf('/') + 1);
  writeFileSync(sidecarPathFor(file), serializeSidecar({ format: 'invest-news-annotations', version: 2, article: name, sha256: hashText(text), annotations, links: [] }));
}

/** 36 articles in three folders; two reviewed, labelling one company two ways (a check finding). */
function writeCorpus(folder: string): void {
  for (let i = 0; i < 36; i++) {
    const sub = join(folder, `part${i % 3}`);
    mkdirSync(sub, { recursive: true });
    const file = join(sub, `${String(i).padStart(2, '0')}.txt`);
    const text = article(i);
    writeFileSync(file, text);
    if (i === 1) writeSidecar(file, text, [['青岚恒川生物医药有限公司', 'COMPANY']]);
    if (i === 16) writeSidecar(file, text, [['青岚恒川生物医药有限公司', 'PROJECT']]);
  }
}

function runWithEnv(env: Record<string, string>, ...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the command with --jobs 1 and --jobs 3 and asserts the same stdout, stderr and status; returns the --jobs 3 run. */
function sameWithJobs(...args: string[]): Run {
  const single = run(...args, '--jobs', '1');
  const spread = run(...args, '--jobs', '3');
  assert.equal(spread.stderr, single.stderr, `${args.join(' ')}: same stderr`);
  assert.equal(spread.stdout, single.stdout, `${args.join(' ')}: same stdout`);
  assert.equal(spread.status, single.status, `${args.join(' ')}: same exit status`);
  return spread;
}

/** Every file under `folder`, relative path → content. */
function filesIn(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(folder.length), readFileSync(join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

describe('invest-news --jobs (built CLI, worker threads)', function () {
  // Every worker thread compiles the engine anew (seconds of CPU): on a busy machine a test here can take far
  // longer than the suite's 30 s without anything being wrong. A hang still fails, later.
  this.timeout(120_000);
  let scratch: string;
  let corpus: string;
  before(function () {
    if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist/cliWorker.js'))) throw new Error('dist/cli.js or dist/cliWorker.js is missing: run `node esbuild.js` first');
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-jobs-'));
    corpus = join(scratch, 'corpus');
    writeCorpus(corpus);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('extract prints the same lines in file order with --jobs 3 as with --jobs 1 (JSONL and JSON)', () => {
    const jsonl = sameWithJobs('extract', corpus);
    assert.equal(jsonl.status, 0);
    const files = jsonl.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file);
    assert.ok(files.length > 100, `many entities, got ${files.length}`);
    const order = [...new Set(files)];
    assert.equal(order.length, 36, 'every article has entities');
    assert.deepEqual(order, [...order].sort(), 'articles in path order');
    const json = sameWithJobs('extract', corpus, '--format', 'json');
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, files.length);
  });

  it('summary gives the same totals (text and --json) with --jobs 3', () => {
    const text = sameWithJobs('summary', corpus);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /36 article\(s\)/);
    const json = sameWithJobs('summary', corpus, '--json');
    assert.equal((JSON.parse(json.stdout) as { articleCount: number }).articleCount, 36);
  });

  it('check gives the same findings and exit status 1 with --jobs 3', () => {
    const checked = sameWithJobs('check', corpus);
    assert.equal(checked.status, 1);
    assert.match(checked.stdout, /青岚恒川生物医药有限公司/);
  });

  it('export writes the same files with --jobs 3 (one file, and a folder of files)', () => {
    for (const [format, name] of [['csv', 'annotations.csv'], ['brat', '']] as const) {
      const outs = ['1', '3'].map((jobs) => {
        const out = join(scratch, `export-${format}-${jobs}`);
        const result = run('export', corpus, '--to', format, '--out', out, '--include-suggestions', '--jobs', jobs);
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stderr, /read 36\/36 articles/);
        return filesIn(out);
      });
      assert.ok(outs[0].size > 0 && (name === '' || outs[0].has(`/${name}`)), `${format} wrote its files`);
      assert.deepEqual(outs[1], outs[0], `${format}: same files, same bytes`);
    }
  });

  it('with a lexicon, every command gives the same bytes with --jobs 3 as with --jobs 1, and the lexicon reaches every worker', () => {
    const lexicon = join(scratch, 'lexicon.json');
    // A name the engine does not find alone, a company it finds rejected, two parks as one.
    writeFileSync(lexicon, serializeLexicon({
      names: [{ name: '招商综述', label: 'PROJECT' }, { name: '松涛高新区', label: 'PARK', variants: ['青岚高新区'] }],
      rejected: ['桐江恒川新能源有限公司'],
    }));
    const entities = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string; label: string; text: string });
    const plain = entities(run('extract', corpus, '--jobs', '1').stdout);
    const taught = entities(sameWithJobs('extract', corpus, '--lexicon', lexicon).stdout);
    assert.ok(!plain.some((e) => e.text === '招商综述') && plain.some((e) => e.text === '桐江恒川新能源有限公司'), 'the lexicon changes what the engine finds');
    const named = new Set(taught.filter((e) => e.label === 'PROJECT' && e.text === '招商综述').map((e) => e.file));
    assert.equal(named.size, 36, 'its name found in every article, whichever worker read it');
    assert.ok(!taught.some((e) => e.text === '桐江恒川新能源有限公司'), 'its rejected string in none');
    sameWithJobs('extract', corpus, '--lexicon', lexicon, '--format', 'json');
    const summary = sameWithJobs('summary', corpus, '--json', '--lexicon', lexicon);
    assert.equal(summary.status, 0, summary.stderr);
    const parks = (JSON.parse(summary.stdout) as { parks: { name: string }[] }).parks.map((p) => p.name);
    assert.ok(parks.includes('松涛高新区') && !parks.includes('青岚高新区'), `spellings totalled under the canonical name: ${parks.join(' ')}`);
    sameWithJobs('summary', corpus, '--lexicon', lexicon);
    const outs = ['1', '3'].map((jobs) => {
      const out = join(scratch, `export-lexicon-${jobs}`);
      const result = run('export', corpus, '--to', 'jsonl', '--out', out, '--include-suggestions', '--lexicon', lexicon, '--jobs', jobs);
      assert.equal(result.status, 0, result.stderr);
      return filesIn(out);
    });
    assert.deepEqual(outs[1], outs[0], 'export: same files, same bytes');
  });

  it('a bad lexicon stops the command in one line FILE:LINE before any worker starts, whatever --jobs', () => {
    const lexicon = join(scratch, 'bad-lexicon.json');
    writeFileSync(lexicon, '{\n  "format": "invest-news-lexicon",\n  "version": 1,\n  "names": [\n    { "name": "松涛", "label": "TOWN" }\n  ],\n  "rejected": []\n}\n');
    for (const command of ['extract', 'summary']) {
      const result = sameWithJobs(command, corpus, '--lexicon', lexicon);
      assertOneLineError(result, `${lexicon}:5: `);
      assert.equal(result.stdout, '', 'nothing printed');
    }
  });

  it('a broken article stops extract at its place, with the same output before it and one line naming it', () => {
    const folder = join(scratch, 'broken');
    mkdirSync(folder);
    for (let i = 0; i < 12; i++) writeFileSync(join(folder, `${String(i).padStart(2, '0')}.txt`), article(i));
    writeFileSync(join(folder, '05.txt'), Buffer.from([0x50, 0x4e, 0x47, 0x00, 0x01, 0x00, 0x02]));
    const result = sameWithJobs('extract', folder);
    assertOneLineError(result, join(folder, '05.txt'));
    assert.match(result.stderr, /binary file/);
    const files = new Set(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file));
    assert.deepEqual([...files], ['00', '01', '02', '03', '04'].map((n) => join(folder, `${n}.txt`)), 'the articles before it, none after');
  });

  it('an article of UTF-8 with a bad byte is named with its line by every command, whatever --jobs', () => {
    const folder = join(scratch, 'damaged');
    mkdirSync(folder);
    for (let i = 0; i < 8; i++) writeFileSync(join(folder, `${i}.txt`), article(i));
    // Line 3 of a Chinese article loses a byte: UTF-8 with one invalid sequence, not GB18030.
    const bytes = Buffer.from(article(20), 'utf8');
    const third = bytes.indexOf(0x0a, bytes.indexOf(0x0a) + 1) + 1;
    writeFileSync(join(folder, '6.txt'), Buffer.concat([bytes.subarray(0, third + 1), bytes.subarray(third + 2)]));
    for (const command of ['extract', 'summary', 'check']) {
      const result = sameWithJobs(command, folder);
      assertOneLineError(result, join(folder, '6.txt'));
      assert.match(result.stderr, /\(line 3\)/);
    }
  });

  it('a corrupt sidecar is named in one line by summary, the others still counted, exit 1, whatever --jobs', () => {
    const folder = join(scratch, 'corrupt');
    mkdirSync(folder);
    for (let i = 0; i < 6; i++) writeFileSync(join(folder, `${i}.txt`), article(i));
    const sidecar = sidecarPathFor(join(folder, '3.txt'));
    writeFileSync(sidecar, '{\n  "format": "invest-news-annotations",\n  oops\n}\n');
    const result = sameWithJobs('summary', folder);
    assert.equal(result.status, 1);
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.ok(lines[0].startsWith(`invest-news: ${sidecar}: `), lines[0]);
    assert.match(result.stdout, /6 article\(s\)/);
    assert.equal(readFileSync(sidecar, 'utf8'), '{\n  "format": "invest-news-annotations",\n  oops\n}\n', 'never rewritten');
  });

  it('a worker thread that dies is reported in one line and the exit status is 1', () => {
    const folder = join(scratch, 'crash');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), article(1));
    // Far more than the 48 MB heap the workers are given below: the worker runs out of memory.
    writeFileSync(join(folder, 'b.txt'), article(2).repeat(20000));
    const result = runWithEnv({ INVEST_NEWS_WORKER_HEAP_MB: '48' }, 'extract', folder, '--jobs', '2');
    assertOneLineError(result, `${join(folder, 'b.txt')}: a worker thread stopped`);
    assert.equal(result.status, 1);
    assert.ok(result.stdout.includes(join(folder, 'a.txt')), 'the article before it was printed');
    assert.ok(!result.stdout.includes(join(folder, 'b.txt')));
  });

  it('a worker that dies holding the next file too names the file it was on, not the one waiting', () => {
    const folder = join(scratch, 'crash-held');
    mkdirSync(folder);
    // Sent in order, one to a message: the worker holds a.txt (too large for its heap), b.txt and c.txt.
    writeFileSync(join(folder, 'a.txt'), article(2).repeat(20000));
    writeFileSync(join(folder, 'b.txt'), article(1));
    writeFileSync(join(folder, 'c.txt'), article(3));
    const result = runWithEnv({ INVEST_NEWS_WORKER_HEAP_MB: '48' }, 'extract', folder, '--jobs', '2');
    assertOneLineError(result, `${join(folder, 'a.txt')}: a worker thread stopped`);
    assert.equal(result.status, 1);
    assert.equal(result.stdout, '', 'nothing after the failed file is printed');
  });

  it('a worker that dies inside a message of several files names the file it was on, and the files it finished before it are still printed', () => {
    const folder = join(scratch, 'crash-batch');
    mkdirSync(folder);
    // 64 files, --jobs 2 (one worker and the main thread): eight to a message, the worker's first message is 00-07; it dies on 06
    // while it recognises them (each message's files are all recognised before any is linked).
    const name = (i: number) => join(folder, `${String(i).padStart(2, '0')}.txt`);
    for (let i = 0; i < 64; i++) writeFileSync(name(i), i === 6 ? article(2).repeat(20000) : article(i));
    const result = runWithEnv({ INVEST_NEWS_WORKER_HEAP_MB: '48' }, 'extract', folder, '--jobs', '2');
    assertOneLineError(result, `${name(6)}: a worker thread stopped`);
    assert.equal(result.status, 1);
    const printed = new Set(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file));
    assert.deepEqual([...printed], [0, 1, 2, 3, 4, 5].map(name), 'every file before it, in order, and nothing after');
    assert.equal(result.stdout, run('extract', ...[0, 1, 2, 3, 4, 5].map(name), '--jobs', '1').stdout, 'the same lines as --jobs 1 gives');
  });

  it('a broken article inside a message of several files stops extract at its place, the files before it printed, as --jobs 1 does', () => {
    const folder = join(scratch, 'broken-batch');
    mkdirSync(folder);
    // 64 files, --jobs 2: eight to a worker's message, sixteen to a turn of --jobs 1's; all are read and recognised
    // before any is linked, so the files after 06 are already recognised when its failure stops the output.
    const name = (i: number) => join(folder, `${String(i).padStart(2, '0')}.txt`);
    for (let i = 0; i < 64; i++) writeFileSync(name(i), article(i));
    writeFileSync(name(6), Buffer.from([0x50, 0x4e, 0x47, 0x00, 0x01, 0x00, 0x02]));
    for (const jobs of ['1', '2']) {
      const result = run('extract', folder, '--jobs', jobs);
      assertOneLineError(result, name(6));
      assert.match(result.stderr, /binary file/);
      const printed = [...new Set(result.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file))];
      assert.deepEqual(printed, [0, 1, 2, 3, 4, 5].map(name), `--jobs ${jobs}: the articles before it, in order, none after`);
      assert.equal(result.stdout, run('extract', ...[0, 1, 2, 3, 4, 5].map(name), '--jobs', '1').stdout, `--jobs ${jobs}: the lines of those articles alone`);
    }
  });

  it('--jobs 2 is the main thread and one worker: the file after the eight the worker holds is read in the main thread', () => {
    const folder = join(scratch, 'main-share');
    mkdirSync(folder);
    // Nine files, one to a message: the worker is handed 0.txt to 7.txt (a line each, which a
    // 12 MB heap holds) before the main thread takes its first file, 8.txt, too large for a
    // worker's 12 MB (it stops one) but not for the main thread's heap.
    const lines = ['今天天气很好。', '会议强调要优化营商环境。', '下午举行了座谈会。', '与会代表进行了交流。'];
    for (let i = 0; i < 8; i++) writeFileSync(join(folder, `${i}.txt`), `${lines[i % lines.length]}\n`);
    writeFileSync(join(folder, '8.txt'), article(2).repeat(2000));
    const result = runWithEnv({ INVEST_NEWS_WORKER_HEAP_MB: '12' }, 'extract', folder, '--jobs', '2');
    assert.equal(result.stderr, '', 'no thread stopped');
    assert.equal(result.status, 0);
    assert.ok(result.stdout.includes(join(folder, '8.txt')), '8.txt was read');
    assert.equal(result.stdout, run('extract', folder, '--jobs', '1').stdout, 'the same lines as --jobs 1 gives');
  });

  it('refuses a --jobs that is not a whole number from 1', () => {
    for (const jobs of ['0', '-2', 'two', '1.5']) {
      const result = run('extract', corpus, `--jobs=${jobs}`);
      assertOneLineError(result, '--jobs');
      assert.equal(result.status, 2);
    }
  });

  it('documents --jobs in the help of the four commands', () => {
    for (const command of ['extract', 'summary', 'export', 'check']) assert.match(run(command, '--help').stdout, /--jobs N/);
  });
});
