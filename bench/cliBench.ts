// `npm run bench:cli` (and the last part of `npm run bench`): `invest-news extract` end to end
// on generated corpora on disk, with the default --jobs (one thread per core, one per 10 MB at
// most) and with --jobs 1,
// beside the engine's own speed on one core over the same articles.
//
// The bar: end-to-end MB/s ≥ 0.7 × (cores × the engine's MB/s), and a peak RSS under 300 MB
// whatever the corpus size: so the CLI runs on two sizes (default 50 and 100 MB) and both are
// printed. The articles come from bench/templateCorpus.ts (this project's own phrase
// templates, articles as long as news runs: many of about 2 KB, a few long ones), written to a
// temporary folder that is removed at the end. The engine's MB/s is measured on the same
// articles doing what extract does with each (spans, then links), the way its threads run
// them (stage by stage over a message's files: see engineOver).
//
// On a shared machine the wall-clock figures fall with the load (printed with them); the CPU
// figures hardly do: "CPU per MB" compares the CLI's CPU time (all threads) with the engine's,
// which shows what spreading the work costs whatever the load, and its inverse is the most the
// bar's ratio could be on free cores (a run takes at least its CPU time over the cores). The bar's reference is the
// warmed engine; a one-shot run also pays, in every thread that runs the engine, for V8
// compiling it, so the engine's one pass in a fresh process is printed beside it (the least a
// thread can cost), and the CLI's CPU is compared with both; a traced run of that pass counts
// what V8's optimising compiler did in it (compiles, recompiles, deopts). One line splits a
// warmed thread's CPU per MB into reading and decoding, the engine and the lines: the CLI's own
// work beside the engine's.
// The runs without --jobs print the default they took (jobsOption.ts).
// Under each run, its CPU thread by thread (main, workers, V8's helper threads: see rssProbe.ts),
// and what it spent beyond that warmed thread's CPU per MB: per thread running the engine (the
// main thread and the workers), the fixed cost of V8 compiling the engine in it and of starting it.
// Options: --mb A,B (sizes, default 50,100), --passes N (engine passes, default 3), --keep.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FoldedText } from '../src/core/fold';
import { suggestLinks } from '../src/core/links/links';
import { recognize } from '../src/core/recognition/recognize';
import { entityLines } from '../src/cli/entityLines';
import { readArticle } from '../src/cli/files';
import { defaultJobs } from '../src/cli/jobsOption';
import { FILES_PER_MESSAGE } from '../src/cli/workerPool';
import { limitInlining } from '../src/cli/inliningBudget';
import { writeTemplateCorpus } from './templateCorpus';
import type { WrittenCorpus } from './templateCorpus';

const MB = 1e6;
const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const PROBE = join(ROOT, 'dist/bench/rssProbe.js');
/** How rssProbe.ts starts its line. */
const PROBE_PREFIX = 'rss-probe ';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const sizes = option('mb', '50,100').split(',').map(Number).filter((n) => n > 0);
const passes = Math.max(1, Math.round(Number(option('passes', '3'))));
const cores = availableParallelism();
const fmt = (value: number, digits = 1) => value.toFixed(digits);
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function filesOf(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** The corpus's article sizes in KB (1,000 bytes): median and mean, to set beside real news (see templateCorpus.ts's newsLength). */
function articleSizes(corpus: WrittenCorpus): { median: number; mean: number } {
  const sizes = filesOf(corpus.folder).map((file) => statSync(file).size).sort((a, b) => a - b);
  return { median: sizes[Math.floor(sizes.length / 2)] / 1000, mean: corpus.bytes / corpus.files / 1000 };
}

function articlesOf(folder: string): string[] {
  return filesOf(folder).map((file) => readFileSync(file, 'utf8'));
}

const cpuSeconds = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1e6;
};

/**
 * What one thread of `extract` does per MB, warmed (run after engineSpeed), CPU ms: reading and
 * decoding (readArticle), the engine as extract runs it (recognize, suggestLinks), and the lines
 * (entityLines, encoded). The first and last are the CLI's own work beside the engine's.
 */
function extractStages(corpus: WrittenCorpus): { read: number; engine: number; lines: number } {
  const files = filesOf(corpus.folder);
  // A first pass warms readArticle and entityLines up; the second is measured.
  extractStagesPass(files, corpus.bytes);
  return extractStagesPass(files, corpus.bytes);
}

/** Files per timed stage: the clock is read per stage of a chunk, not per file (three reads per file of a 2 KB article were a visible share of its read). */
const STAGE_CHUNK = 256;

function extractStagesPass(files: readonly string[], bytes: number): { read: number; engine: number; lines: number } {
  const utf8 = new TextEncoder();
  let read = 0;
  let engine = 0;
  let lines = 0;
  for (let first = 0; first < files.length; first += STAGE_CHUNK) {
    const chunk = files.slice(first, first + STAGE_CHUNK);
    const started = cpuSeconds();
    const texts = chunk.map(readArticle);
    const decoded = cpuSeconds();
    const found = texts.map((text) => {
      const folds = new Map<number, FoldedText>();
      const entities = recognize(text, undefined, folds);
      return { entities, links: suggestLinks(text, entities, folds) };
    });
    const recognised = cpuSeconds();
    chunk.forEach((file, k) => utf8.encode(`${entityLines(file, found[k].entities, found[k].links, '\n')}\n`));
    read += decoded - started;
    engine += recognised - decoded;
    lines += cpuSeconds() - recognised;
  }
  const perMb = (seconds: number) => (seconds * 1000) / (bytes / MB);
  return { read: perMb(read), engine: perMb(engine), lines: perMb(lines) };
}

/**
 * The engine as extract runs it on a few articles: stage by stage, as a thread of extract runs a
 * message's files (FILES_PER_MESSAGE; see runFileTasks): each article's spans, then each one's
 * links, reading the paragraphs its spans folded. Article by article (spans then links of one,
 * then the next), the warmed engine took 5-12% more CPU per MB on the same 5 MB (median of eight
 * alternating passes in one process: 215 against 191 ms per MB), so a reference run that way
 * understated the engine and flattered the CLI's ratio to it.
 */
function engineOver(articles: readonly string[]): void {
  for (let first = 0; first < articles.length; first += FILES_PER_MESSAGE) {
    const stage = articles.slice(first, first + FILES_PER_MESSAGE).map((text) => {
      const folds = new Map<number, FoldedText>();
      return { text, folds, entities: recognize(text, undefined, folds) };
    });
    for (const { text, entities, folds } of stage) suggestLinks(text, entities, folds);
  }
}

/**
 * The engine as extract runs it (engineOver), on one core: spans, then their links (suggestLinks: the links
 * alone, as extract writes them, not withLinks' copies of the entities, which `npm run bench`'s
 * engine line also pays, about 2% more). Best of `passes` after a warm-up, wall and CPU seconds.
 */
function engineSpeed(corpus: WrittenCorpus): { mbps: number; cpuPerMb: number } {
  const articles = articlesOf(corpus.folder);
  engineOver(articles.slice(0, Math.ceil(articles.length / 10)));
  let wall = Infinity;
  let cpu = Infinity;
  for (let pass = 0; pass < passes; pass++) {
    const started = process.hrtime.bigint();
    const before = process.cpuUsage();
    engineOver(articles);
    const used = process.cpuUsage(before);
    wall = Math.min(wall, Number(process.hrtime.bigint() - started) / 1e9);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
  }
  return { mbps: corpus.bytes / MB / wall, cpuPerMb: cpu / (corpus.bytes / MB) };
}

/** How the bench runs itself in a child process for the engine's one pass (see `onePassInThisProcess`). */
const ONE_PASS = '--engine-one-pass';

/** The engine run once over the corpus in a fresh process, as each thread of a one-shot run meets it. */
function onePassEngine(corpus: WrittenCorpus): { mbps: number; cpuPerMb: number } {
  const result = spawnSync(process.execPath, [__filename, ONE_PASS, corpus.folder], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the engine's one pass failed (status ${result.status}): ${result.stderr}`);
  const { seconds, cpuSeconds } = JSON.parse(result.stdout) as { seconds: number; cpuSeconds: number };
  return { mbps: corpus.bytes / MB / seconds, cpuPerMb: cpuSeconds / (corpus.bytes / MB) };
}

/** What V8's optimising compiler did in the engine's one pass (counts, which hardly move with the load; its ms do). */
interface CompileWork {
  compiles: number;
  /** Compiles of a function compiled before in the same pass: a deopt, or feedback that changed. */
  recompiles: number;
  deopts: number;
  /** The summed execute phases ("took a, b, c ms": b), wall time on the compiler's thread. */
  executeMs: number;
}

/** The engine's one pass again, in a fresh process with V8's --trace-opt and --trace-deopt, read from its trace. */
function onePassCompileWork(corpus: WrittenCorpus): CompileWork {
  const result = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', __filename, ONE_PASS, corpus.folder], { encoding: 'utf8', maxBuffer: 64 * MB });
  if (result.status !== 0) throw new Error(`the engine's traced pass failed (status ${result.status}): ${result.stderr}`);
  const seen = new Set<string>();
  const work: CompileWork = { compiles: 0, recompiles: 0, deopts: 0, executeMs: 0 };
  for (const line of result.stdout.split('\n')) {
    const compiled = /^\[completed compiling .*\(sfi = (\w+)\).* took [\d.]+, ([\d.]+), [\d.]+ ms\]/.exec(line);
    if (compiled) {
      work.compiles++;
      if (seen.has(compiled[1])) work.recompiles++;
      seen.add(compiled[1]);
      work.executeMs += Number(compiled[2]);
    } else if (line.startsWith('[bailout (kind: deopt')) {
      work.deopts++;
    }
  }
  return work;
}

/**
 * The child's side: one pass over the folder's articles (read before), its wall and CPU seconds
 * (all threads) on stdout. With the CLI's inlining budget, so that the CLI's ratio to it is its own overhead.
 */
function onePassInThisProcess(folder: string): void {
  limitInlining();
  const articles = articlesOf(folder);
  const started = process.hrtime.bigint();
  const before = process.cpuUsage();
  engineOver(articles);
  const used = process.cpuUsage(before);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds: (used.user + used.system) / 1e6 }));
}

/** CPU ms by thread, as rssProbe.ts samples it: the main thread, the threads there before the command line started (V8's helpers), the threads it started (its workers). */
interface ThreadCpu {
  main: number;
  helpers: number[];
  started: number[];
}

interface CliRun {
  mbps: number;
  seconds: number;
  peakRssMb: number;
  cpuPerMb: number;
  cpuSeconds: number;
  threads: ThreadCpu;
}

/** `invest-news extract FOLDER [--jobs N]`, output to /dev/null, timed from spawn to exit. */
function runExtract(corpus: WrittenCorpus, jobs?: number): CliRun {
  const sink = openSync('/dev/null', 'w');
  const args = ['--require', PROBE, CLI, 'extract', corpus.folder, ...(jobs ? ['--jobs', String(jobs)] : [])];
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', sink, 'pipe'], encoding: 'utf8', maxBuffer: 16 * MB });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(sink);
  const probe = result.stderr.split('\n').find((line) => line.startsWith(PROBE_PREFIX));
  if (result.status !== 0 || !probe) throw new Error(`extract failed (status ${result.status}): ${result.stderr}`);
  const { maxRssKb, cpuMicros, threadCpuMs } = JSON.parse(probe.slice(PROBE_PREFIX.length)) as { maxRssKb: number; cpuMicros: number; threadCpuMs: ThreadCpu };
  return { mbps: corpus.bytes / MB / seconds, seconds, peakRssMb: maxRssKb / 1024, cpuPerMb: cpuMicros / 1e6 / (corpus.bytes / MB), cpuSeconds: cpuMicros / 1e6, threads: threadCpuMs };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Where a run's CPU went, thread by thread, and what it spent beyond a warmed thread's CPU per MB
 * over the corpus (`warmedCpuPerMb`, from extractStages): per thread running the engine (the main
 * thread and each worker: see workerPool.ts), its fixed cost (V8 compiling the engine anew in
 * each, a worker's start, and the main thread's handing out and writing, spread over them).
 */
function threadLine(run: CliRun, corpus: WrittenCorpus, warmedCpuPerMb: number): string {
  const { main, helpers, started } = run.threads;
  const s = (ms: number) => fmt(ms / 1000, 2);
  const helpersThatRan = helpers.filter((ms) => ms >= 1).length;
  const unsampled = run.cpuSeconds * 1000 - main - sum(helpers) - sum(started);
  const engineThreads = 1 + started.length;
  const beyond = run.cpuSeconds - (warmedCpuPerMb * corpus.bytes) / MB / 1000;
  const workers = started.length === 0 ? 'no worker threads' : `${started.length} worker thread${started.length === 1 ? '' : 's'} ${started.map(s).join(' + ')}`;
  return (
    `cli:       its CPU by thread, s: main ${s(main)} · ${workers} · V8's helper threads (compiler, GC; ${helpersThatRan} ran) ${s(sum(helpers))} · unsampled ${s(unsampled)}; ` +
    `beyond a warmed thread's ${fmt(warmedCpuPerMb)} ms per MB: ${fmt(beyond, 2)} s = ${fmt(beyond / engineThreads, 2)} s fixed per thread running the engine`
  );
}

function main(): void {
  const scratch = mkdtempSync(join(tmpdir(), 'invest-news-cli-bench-'));
  try {
    console.log(`cli:     ${cores} core(s), load average ${load()} (1, 5, 15 min) at the start`);
    const corpora = sizes.map((mb, i) => writeTemplateCorpus(join(scratch, `corpus${i}`), mb * MB, 20260101 + i));
    for (const c of corpora) {
      const size = articleSizes(c);
      console.log(`cli:     corpus of ${c.files} articles, ${fmt(c.bytes / MB)} MB (template generator; articles of median ${fmt(size.median)} KB, mean ${fmt(size.mean)} KB, as news runs)`);
    }
    const engine = engineSpeed(corpora[0]);
    console.log(`cli:     engine alone ${fmt(engine.mbps)} MB/s on one core (spans and links, as extract runs it; best of ${passes}, warmed up) → bar 0.7 × ${cores} × ${fmt(engine.mbps)} = ${fmt(0.7 * cores * engine.mbps)} MB/s`);
    const stages = extractStages(corpora[0]);
    const warmedCpuPerMb = stages.read + stages.engine + stages.lines;
    console.log(`cli:     one thread of extract, warmed, CPU per MB: read + decode ${fmt(stages.read)} ms, engine ${fmt(stages.engine)} ms, lines + encode ${fmt(stages.lines)} ms (the CLI's own: ${fmt((100 * (stages.read + stages.lines)) / stages.engine, 0)}% of the engine's)`);
    const onePass = onePassEngine(corpora[0]);
    console.log(`cli:     engine alone, one pass in a fresh process (what each thread of a one-shot CLI run meets): ${fmt(onePass.mbps)} MB/s, CPU per MB ${fmt(onePass.cpuPerMb / engine.cpuPerMb, 2)}× the warmed engine's`);
    const work = onePassCompileWork(corpora[0]);
    console.log(`cli:     its TurboFan work: ${work.compiles} compiles (${work.recompiles} of functions compiled before), ${work.deopts} deopts, execute phases summing to ${fmt(work.executeMs, 0)} ms (wall: grows with the load)`);
    // On free cores a run takes at least its CPU time over the cores, and the engine its CPU time: whatever the load, the CPU says the most the ratio could be.
    const cpuRatios = (run: CliRun) =>
      `CPU per MB ${fmt(run.cpuPerMb / engine.cpuPerMb, 2)}× the engine's (${fmt(run.cpuPerMb / onePass.cpuPerMb, 2)}× its one pass): on free cores at most ${fmt(engine.cpuPerMb / run.cpuPerMb, 2)} × (cores × engine)`;
    const single = runExtract(corpora[0], 1);
    console.log(`cli:     extract --jobs 1, ${fmt(corpora[0].bytes / MB, 0)} MB: ${fmt(single.mbps)} MB/s (${fmt(single.seconds)} s), peak RSS ${fmt(single.peakRssMb, 0)} MB, ${cpuRatios(single)}`);
    console.log(threadLine(single, corpora[0], warmedCpuPerMb));
    for (const corpus of corpora) {
      const spread = runExtract(corpus);
      const ratio = spread.mbps / (cores * engine.mbps);
      console.log(
        `cli:     extract (default --jobs: ${defaultJobs(filesOf(corpus.folder))}), ${fmt(corpus.bytes / MB, 0)} MB: ${fmt(spread.mbps)} MB/s (${fmt(spread.seconds)} s) = ${fmt(ratio, 2)} × (cores × engine) [bar ≥ 0.7: ${ratio >= 0.7 ? 'met' : 'not met'}] · ` +
          `${fmt(spread.mbps / single.mbps, 2)}× --jobs 1 · peak RSS ${fmt(spread.peakRssMb, 0)} MB [bar < 300: ${spread.peakRssMb < 300 ? 'met' : 'not met'}] · ${cpuRatios(spread)}`,
      );
      console.log(threadLine(spread, corpus, warmedCpuPerMb));
    }
    console.log(`cli:     load average ${load()} at the end`);
  } finally {
    if (!process.argv.includes('--keep')) rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[2] === ONE_PASS) onePassInThisProcess(process.argv[3]);
else main();
