// A deterministic synthetic corpus for benchmarks: articles built from the sample articles'
// sentences, shuffled, with the amounts varied, so every run measures the same text and no run
// can profit from the recogniser's per-paragraph cache or from repeated identical inputs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a tiny seeded PRNG (same sequence on every machine). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function readSampleArticles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(folder, f), 'utf8').replace(/^\uFEFF/, ''));
}

/** Sentences of the samples (ending punctuation kept), blank lines dropped. */
export function sentencesOf(articles: readonly string[]): string[] {
  const sentences: string[] = [];
  for (const article of articles) {
    for (const paragraph of article.split(/\r?\n/)) {
      for (const match of paragraph.matchAll(/[^。！？!?]+[。！？!?”」]*/g)) {
        const sentence = match[0].trim();
        if (sentence.length > 0) sentences.push(sentence);
      }
    }
  }
  return sentences;
}

const CHINESE_AMOUNTS = ['三', '五', '十二', '六十五', '两百', '一千', '三点五', '十几', '二十'];

/** Varies the amounts of a sentence: Arabic and Chinese numbers before 万/亿/元, now and then the currency. */
function varyAmounts(sentence: string, random: () => number): string {
  return sentence
    .replace(/\d+(?:\.\d+)?(?=\s*(?:多|余)?\s*(?:万|亿|千|百|元|美元|億|萬))/g, () => {
      const whole = 1 + Math.floor(random() * (random() < 0.5 ? 99 : 9999));
      return random() < 0.3 ? `${whole}.${1 + Math.floor(random() * 99)}` : String(whole);
    })
    .replace(/[一二两三四五六七八九十百千]+(?=(?:多|余)?[万亿])/g, () => CHINESE_AMOUNTS[Math.floor(random() * CHINESE_AMOUNTS.length)])
    .replace(/亿元/g, (m) => (random() < 0.05 ? '亿美元' : m));
}

export interface CorpusOptions {
  /** Stop once the corpus holds at least this many UTF-8 bytes. */
  minBytes: number;
  seed?: number;
  /** Sentences per article, inclusive range (the samples hold about 20–80). */
  sentences?: [number, number];
}

export interface Corpus {
  articles: string[];
  /** UTF-8 bytes of all articles (the unit of MB/s: 1 MB = 1,000,000 bytes). */
  bytes: number;
}

/** Articles of shuffled sample sentences: a headline, then paragraphs of 1–5 sentences. */
export function generateCorpus(samples: readonly string[], options: CorpusOptions): Corpus {
  const random = seededRandom(options.seed ?? 20240601);
  const pool = sentencesOf(samples);
  if (pool.length === 0) throw new Error('no sentences in the sample articles');
  const [least, most] = options.sentences ?? [20, 80];
  const pick = () => varyAmounts(pool[Math.floor(random() * pool.length)], random);
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < options.minBytes) {
    const count = least + Math.floor(random() * (most - least + 1));
    const paragraphs: string[] = [`\n\n${pick().replace(/[。！？!?]+$/, '')}`];
    let paragraph = '';
    for (let i = 0; i < count; i++) {
      paragraph += pick();
      if (random() < 0.3 || i === count - 1) {
        paragraphs.push(paragraph);
        paragraph = '';
      }
    }
    const article = `${paragraphs.join('\n\n')}\n`;
    articles.push(article);
    bytes += Buffer.byteLength(article, 'utf8');
  }
  return { articles, bytes };
}
