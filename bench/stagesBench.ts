// Stages benchmark (`npm run bench:stages`): why the engine costs more than its two stages apart.
// Over the engine benchmark's corpus, the CPU time of
//  - spans: the recogniser alone, article by article;
//  - links: the links alone, on spans recognised beforehand;
//  - interleaved: spans then links, article by article (as the CLI and `npm run bench` run them);
//  - phased: the spans of every article, then the links of every article.
// If interleaved costs more than spans + links while phased does not, the excess comes from
// switching between the two stages (caches, branch predictors: the same code JIT-compiled either
// way), not from work done twice; if phased costs as much, work is repeated or kept alive too long.
// Each is the median of RUNS passes, the four taken in turn so that a burst of load from another
// process falls on all of them. A benchmark, not a test: it asserts nothing.
// MB (corpus size, default 3) and RUNS (default 7) set the sizes.
import { resolve } from 'node:path';
import { withLinks } from '../src/core/links/links';
import { recognize } from '../src/core/recognition/recognize';
import type { Entity } from '../src/core/types';
import { generateCorpus, readSampleArticles } from './benchCorpus';

const MB = 1e6;
const corpusMb = Number(process.env.MB ?? 3);
const runs = Number(process.env.RUNS ?? 7);

/** CPU seconds (user + system) of one call of `pass`. */
function cpuSeconds(pass: () => unknown): number {
  const started = process.cpuUsage();
  pass();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function main(): void {
  const corpus = generateCorpus(readSampleArticles(resolve(__dirname, '../../samples')), { minBytes: corpusMb * MB, seed: 20240601 });
  const articles = corpus.articles;
  const recognised: Entity[][] = articles.map((article) => recognize(article));
  const stages: Record<string, () => unknown> = {
    spans: () => articles.map((article) => recognize(article)),
    links: () => articles.map((article, i) => withLinks(article, recognised[i])),
    interleaved: () => articles.map((article) => withLinks(article, recognize(article))),
    phased: () => {
      const spans = articles.map((article) => recognize(article));
      return articles.map((article, i) => withLinks(article, spans[i]));
    },
  };
  // Warm-up: every stage once, so each is JIT-compiled before it is timed.
  for (const pass of Object.values(stages)) pass();
  const times: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    for (const [name, pass] of Object.entries(stages)) (times[name] ??= []).push(cpuSeconds(pass));
  }
  const at = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
  const apart = at.spans + at.links;
  console.log(`corpus: ${articles.length} articles, ${(corpus.bytes / MB).toFixed(2)} MB; median CPU seconds of ${runs} passes`);
  for (const [name, secs] of Object.entries(at)) console.log(`${name.padEnd(12)} ${secs.toFixed(3)} s  ${(corpus.bytes / MB / secs).toFixed(1)} MB/s`);
  console.log(`interleaved / (spans + links) = ${(at.interleaved / apart).toFixed(2)}, phased / (spans + links) = ${(at.phased / apart).toFixed(2)}`);
}

main();
