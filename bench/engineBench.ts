// `npm run bench`: the recogniser's throughput on one core, beside
//  - the floor: one regex pass for digits and Chinese numerals over the same text (what any
//    scanner must at least do), and
//  - the peer: Microsoft Recognizers-Text's Chinese currency model, fed one article at a time
//    (as a user would; it slows down sharply on long inputs), time-boxed because it is slow.
// A benchmark, not a test: it asserts nothing and never fails on a slow machine.
//
// Options: --mb N (corpus size, default 20), --peer-articles N (default 200),
//          --peer-seconds N (time box, default 60), --seed N.
import { resolve } from 'node:path';
import { Culture, NumberWithUnitRecognizer } from '@microsoft/recognizers-text-number-with-unit';
import { recognize } from '../src/core/recognize';
import { generateCorpus, readSampleArticles } from './benchCorpus';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const MB = 1e6;
const corpusMb = option('mb', 20);
const peerArticles = option('peer-articles', 200);
const peerSeconds = option('peer-seconds', 60);
const seed = option('seed', 20240601);

let peakHeap = 0;
function sampleMemory(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const mbps = (bytes: number, secs: number) => bytes / MB / secs;
const fmt = (value: number, digits = 2) => (value >= 100 ? value.toFixed(0) : value >= 0.1 ? value.toFixed(digits) : value.toPrecision(2));

function main(): void {
  const samplesFolder = resolve(__dirname, '../../samples');
  const t0 = process.hrtime.bigint();
  const corpus = generateCorpus(readSampleArticles(samplesFolder), { minBytes: corpusMb * MB, seed });
  console.log(`corpus: ${corpus.articles.length} articles, ${fmt(corpus.bytes / MB)} MB UTF-8 (seed ${seed}, generated in ${fmt(seconds(t0))} s)`);
  sampleMemory();

  // Warm up the JIT on a few articles, then time the whole corpus.
  for (const article of corpus.articles.slice(0, 20)) recognize(article);
  const counts: Record<string, number> = { MONEY: 0, PARK: 0, PROJECT: 0, COMPANY: 0 };
  const engineStart = process.hrtime.bigint();
  for (let i = 0; i < corpus.articles.length; i++) {
    for (const entity of recognize(corpus.articles[i])) counts[entity.label] = (counts[entity.label] ?? 0) + 1;
    if (i % 64 === 0) sampleMemory();
  }
  const engineSecs = seconds(engineStart);
  const engine = mbps(corpus.bytes, engineSecs);
  console.log(`engine:  ${fmt(engine)} MB/s (${fmt(engineSecs)} s) — found ${Object.entries(counts).map(([l, n]) => `${n} ${l}`).join(', ')}`);

  // The floor: a single regex pass for digits and Chinese numerals.
  const numerals = /[0-9０-９零〇一二两三四五六七八九十百千万亿萬億]+/g;
  let numeralRuns = 0;
  const floorStart = process.hrtime.bigint();
  for (const article of corpus.articles) {
    numerals.lastIndex = 0;
    while (numerals.exec(article) !== null) numeralRuns++;
  }
  const floorSecs = seconds(floorStart);
  const floor = mbps(corpus.bytes, floorSecs);
  console.log(`floor:   ${fmt(floor)} MB/s (${fmt(floorSecs)} s) — single regex pass, ${numeralRuns} numeral runs`);
  sampleMemory();

  // The peer, article by article over the first articles, time-boxed.
  const initStart = process.hrtime.bigint();
  const model = new NumberWithUnitRecognizer(Culture.Chinese).getCurrencyModel();
  model.parse('预热1亿元'); // build its regexes outside the timed loop
  const initSecs = seconds(initStart);
  let peerBytes = 0;
  let peerDone = 0;
  let peerFound = 0;
  const peerStart = process.hrtime.bigint();
  while (peerDone < peerArticles && peerDone < corpus.articles.length && seconds(peerStart) < peerSeconds) {
    const article = corpus.articles[peerDone];
    peerFound += model.parse(article).length;
    peerBytes += bytesOf(article);
    peerDone++;
    sampleMemory();
  }
  const peerSecs = seconds(peerStart);
  const peer = mbps(peerBytes, peerSecs);
  const boxed = peerDone < peerArticles ? ` — time box of ${peerSeconds} s reached; raise it with --peer-seconds` : '';
  console.log(`peer:    ${fmt(peer, 4)} MB/s (${peerDone} articles, ${fmt(peerBytes / MB, 3)} MB in ${fmt(peerSecs)} s; model built in ${fmt(initSecs)} s) — found ${peerFound} currency amounts${boxed}`);

  // The engine on exactly the peer's articles, for an apples-to-apples ratio too.
  const sameStart = process.hrtime.bigint();
  for (const article of corpus.articles.slice(0, peerDone)) recognize(article);
  const engineOnPeerSample = mbps(peerBytes, seconds(sameStart));
  console.log(`engine on the peer's ${peerDone} articles: ${fmt(engineOnPeerSample)} MB/s (×${fmt(engineOnPeerSample / peer, 0)} the peer)`);

  sampleMemory();
  const peakRssMb = process.resourceUsage().maxRSS / 1024; // kilobytes → MiB
  console.log(`ratios:  engine/peer ${fmt(engine / peer, 0)}× · floor/engine ${fmt(floor / engine, 1)}×`);
  console.log(`memory:  peak RSS ${fmt(peakRssMb, 0)} MiB · peak heap used ${fmt(peakHeap / 2 ** 20, 0)} MiB`);
  console.log(`engine ${fmt(engine)} MB/s · recognizers-text ${fmt(peer, 4)} MB/s · ratio ${fmt(engine / peer, 0)}×`);
}

main();
