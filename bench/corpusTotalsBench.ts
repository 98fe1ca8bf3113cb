// Corpus totals benchmark (`npm run bench:corpus`): 10,000 articles (~30 MB) generated from the
// samples, a sidecar beside every 20th, scanned by the same worker module the extension uses
// (dist/corpusWorker.js through CorpusWorkerClient). Measures the time until the corpus totals
// are ready, a rescan with nothing changed (served from the per-file cache), and the longest
// block of this (host) thread's event loop while the worker runs.
// Goals (issue 4): totals in under 10 s on a 2-core machine; no block over 50 ms.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { recognize } from '../src/core/recognition/recognize';
import { createAnnotation } from '../src/core/review/review';
import { serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION, sidecarPathFor } from '../src/core/sidecar/sidecarSchema';
import { hashText } from '../src/core/textHash';
import { CorpusWorkerClient } from '../src/corpusWorker/corpusWorkerClient';
import type { CorpusFile } from '../src/corpusWorker/corpusWorkerProtocol';
import { generateCorpus, readSampleArticles } from './benchCorpus';

const ARTICLES = 10_000;
const GOAL_MS = 10_000;
const GOAL_BLOCK_MS = 50;

function writeCorpus(folder: string): { files: CorpusFile[]; bytes: number } {
  const samples = readSampleArticles(join(__dirname, '..', '..', 'samples'));
  // ~3,000 bytes an article: 10,000 of them make the ~30 MB the issue asks for.
  const { articles } = generateCorpus(samples, { minBytes: 31e6, sentences: [10, 26], seed: 4 });
  const files: CorpusFile[] = [];
  let bytes = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const text = articles[i % articles.length];
    const path = join(folder, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    if (i % 20 === 0) writeSidecar(path, text, i);
    files.push({ path, uri: `file://${path}`, display: `article-${String(i).padStart(5, '0')}.txt`, sidecarPath: sidecarPathFor(path) });
  }
  return { files, bytes };
}

/** A reviewed article: its first suggestions accepted, the next one rejected. */
function writeSidecar(path: string, text: string, index: number): void {
  const ids = new Set<string>();
  const now = new Date(Date.UTC(2024, 5, 1, 0, 0, index % 60));
  const annotations = recognize(text)
    .slice(0, 6)
    .map((entity, k) => {
      const annotation = createAnnotation(entity, k === 5 ? 'rejected' : 'accepted', 'bench', now, text, ids);
      ids.add(annotation.id);
      return annotation;
    });
  const sidecar = { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: path.split('/').pop() ?? path, sha256: hashText(text), annotations } as const;
  writeFileSync(sidecarPathFor(path), serializeSidecar(sidecar));
}

/** The same probe with nothing to do for `ms`: how late timers fire on this machine anyway. */
async function idleBaseline(ms: number): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  delay.disable();
  return delay.max / 1e6;
}

async function timedScan(client: CorpusWorkerClient, files: CorpusFile[]) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  // A timer that must fire on time, like the extension host's own work while a scan runs.
  let worstTick = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    worstTick = Math.max(worstTick, now - last - 10);
    last = now;
  }, 10);
  delay.enable();
  const started = performance.now();
  const payload = await client.scan(files, []);
  const elapsed = performance.now() - started;
  delay.disable();
  clearInterval(ticker);
  return { payload, elapsed, maxBlockMs: Math.max(delay.max / 1e6, worstTick), p99BlockMs: delay.percentile(99) / 1e6 };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'invest-news-corpus-'));
  try {
    const { files, bytes } = writeCorpus(folder);
    console.log(`corpus: ${files.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${Math.ceil(files.length / 20)} with sidecars`);
    const baseline = await idleBaseline(2000);
    console.log(`idle host, nothing running: max event-loop block ${baseline.toFixed(1)} ms over 2 s (the machine's own noise)`);
    const client = new CorpusWorkerClient(join(__dirname, '..', 'corpusWorker.js'));
    const first = await timedScan(client, files);
    const cny = first.payload.totals.amounts.find((a) => a.currency === 'CNY' && a.role === 'investment');
    console.log(`first scan: ${first.elapsed.toFixed(0)} ms (the final combine and rows: ${first.payload.totalsMs.toFixed(0)} ms of it, in the worker), ` +
      `${first.payload.scanned} files read (${first.payload.loadedByHelpers} by the worker's ${availableParallelism() - 1} helper thread(s)), max event-loop block ${first.maxBlockMs.toFixed(1)} ms (p99 ${first.p99BlockMs.toFixed(1)} ms)`);
    console.log(`  ${first.payload.totals.articleCount} articles, ${first.payload.rows.length} rows sent (+${first.payload.omittedRows} omitted), ` +
      `CNY investment itemised ${cny?.all.itemised ?? 0}, ${first.payload.totals.parks.length} parks, ${first.payload.problems.length} problems`);
    const t = first.payload.totals;
    const kb = (value: unknown) => `${(JSON.stringify(value).length / 1024).toFixed(0)} KB`;
    console.log(`  payload ${kb(first.payload)}: rows ${kb(first.payload.rows)}, thresholds ${t.thresholds.length} (${kb(t.thresholds)}), ` +
      `files ${t.files.length} (${kb(t.files)}), parks ${kb(t.parks)}, projects ${t.projects.length} (${kb(t.projects)})`);
    const second = await timedScan(client, files);
    console.log(`rescan, nothing changed: ${second.elapsed.toFixed(0)} ms, ${second.payload.scanned} files read, ${second.payload.reused} from cache, ` +
      `max event-loop block ${second.maxBlockMs.toFixed(1)} ms (p99 ${second.p99BlockMs.toFixed(1)} ms)`);
    // On a shared machine a busy neighbour delays this thread's timers too: the load says how busy.
    console.log(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${availableParallelism()} cores`);
    client.dispose();
    const ok = first.payload.totals.articleCount === ARTICLES && first.elapsed < GOAL_MS && Math.max(first.maxBlockMs, second.maxBlockMs) <= GOAL_BLOCK_MS && second.payload.scanned === 0;
    console.log(ok ? `PASS: under ${GOAL_MS} ms, no block over ${GOAL_BLOCK_MS} ms` : 'FAIL: a goal was missed');
    process.exitCode = ok ? 0 : 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
