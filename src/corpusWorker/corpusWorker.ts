// The corpus worker: runs in a worker_threads Worker (dist/corpusWorker.js) so that reading,
// decoding and recognising thousands of articles, and summing them, never blocks the
// extension host's event loop. It keeps one entry per file, keyed by the article's and the
// sidecar's mtime + size, so a rescan only re-reads files that changed on disk.
//
// No `vscode` here: the benchmark (bench/corpusTotalsBench.ts) drives this same module in
// plain Node through CorpusWorkerClient.
//
// On a machine with more than one core it reads with helpers: more threads of this same file
// (workerData { role: 'loader' }), each loading the articles it is sent (read, decode,
// recognise, sidecar: the costly part) while this thread loads others and keeps the entries,
// the cache and the totals. See loaders.ts; what loading one article is, articleLoading.ts.
//
// Memory stays flat however large the corpus: an entry keeps its file's contribution as a
// compact record (src/core/totals/contributionCodec.ts: a one-byte string of a few hundred
// bytes, names numbered once per corpus in `strings`), not as objects (~7 KB an article, most
// of a 100,000-article scan's 1.3 GB), and the list of files as the text it came packed in
// (`PackedFiles`, packedFiles.ts). A result decodes the records one at a time into a
// `TotalsAccumulator`, so only one contribution is ever whole. Writing the contributions to a
// cache file and streaming them back was the other way considered: it would keep even less in
// memory, but a rescan would read the disk again and a crash would leave a file to clean up;
// in memory the worker keeps under 1 KB an article (its record about a third of it, measured by
// `npm run bench:corpus`) and a rescan stays under a second per 10,000 files.
import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import type { Lexicon } from '../core/workspaceLexicon/workspaceLexicon';
import { recognize } from '../core/recognition/recognize';
import { mergeReview } from '../core/review/review';
import type { ReviewItem } from '../core/review/review';
import { decodeContribution, encodeContribution } from '../core/totals/contributionCodec';
import { StringTable } from '../core/totals/stringTable';
import { linkedTotalsArticle } from '../core/totals/totals';
import { articleTotals } from '../core/totals/articleTotals';
import { TotalsAccumulator } from '../core/totals/totalsAccumulator';
import { withLinks } from '../core/links/links';
import { articleRecords } from '../core/totals/records';
import type { LinkedArticle } from '../core/totals/records';
import type { ArticleTotals } from '../core/totals/totalsData';
import type { Entity } from '../core/types';
import { articleOf as loadedArticleOf, FolderListing, load as loadArticle, sidecarKey, statKey } from './articleLoading';
import type { Entry } from './articleLoading';
import { HELPERS_FROM, Loaders } from './loaders';
import type { HelperData, LexiconMessage, LoadRequest, LoadResult } from './loaders';
import { PackedFiles } from './packedFiles';
import { mergeRecordRows, recordRowsOf, rowsOf } from './tableRows';
import type { RecordRow, Row } from '../webview/protocol';
import { filesOf } from './corpusWorkerProtocol';
import type { CorpusFile, CorpusOverride, CorpusPage, CorpusPayload, FromWorker, PayloadLimits, ToWorker } from './corpusWorkerProtocol';

/** Files handled between two yields to the worker's event loop (where `cancel` arrives). */
const BATCH = 16;
/** At most one progress message per this many milliseconds (each one is work for the host). */
const PROGRESS_INTERVAL_MS = 100;
/** Entries per page of a result: each page is ~100–130 KB, a millisecond or two for the host. */
const PAGE = { rows: 500, thresholds: 1000, files: 125 } as const;

/** An override from the host, with its items and contribution once computed. */
interface OverrideEntry {
  override: Exclude<CorpusOverride, { kind: 'disk' }>;
  /** The text of a `text` override, once decoded. */
  text?: string;
  suggestions?: readonly Entity[];
  items?: readonly ReviewItem[];
  totals?: ArticleTotals;
}

let entries = new Map<string, Entry>();
/**
 * The names, currencies and roles the entries' records refer to. It only grows (a name no entry
 * uses any more stays), so it starts again with the entries whenever they are all dropped (a
 * change of lexicon); its size is bounded by the distinct names the corpus ever held.
 */
let strings = new StringTable();
let corpus = new PackedFiles([], 0);
let overrides = new Map<string, OverrideEntry>();
const cancelled = new Set<number>();
/** Pages of results not yet fetched by the host, by request id. */
const pendingPages = new Map<number, CorpusPage[]>();

/** Loads one article with the scan's lexicon (see articleLoading.ts). */
function load(file: CorpusFile, key: string): Entry {
  return loadArticle(file, key, lexicon.matcher);
}

/** An entry's article: as loaded, or read again (see `Entry.article`). */
function articleOf(file: CorpusFile, entry: Entry) {
  return loadedArticleOf(file, entry, lexicon.matcher);
}

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

/** Stores a loaded entry with its contribution, and lets its article go (see `Entry.article`). */
function keep(file: CorpusFile, entry: Entry): void {
  entries.set(file.uri, entry);
  totalsOf(file, entry);
  entry.article = undefined;
}

/** An article's text, review items, and what its records are read from (the engine's entities and links, the stored links). */
interface ArticleState extends LinkedArticle {
  text: string;
}

function itemsOf(file: CorpusFile, entry: Entry | undefined): ArticleState {
  const override = overrides.get(file.uri);
  if (override?.override.kind === 'document') {
    const { text, items, suggestions = [], suggestedLinks, links = [] } = override.override;
    return suggestedLinks ? { text, items, suggestions, suggestedLinks, links } : { text, items, suggestions, links };
  }
  if (override?.override.kind === 'text') {
    if (!override.items || !override.suggestions) {
      const decoder = new TextDecoder();
      const text = override.override.chunks.map((chunk) => decoder.decode(chunk)).join('');
      override.text = text;
      override.suggestions = withLinks(text, recognize(text, lexicon.matcher));
      override.items = mergeReview(override.suggestions, override.override.annotations);
    }
    return { text: override.text ?? '', items: override.items, suggestions: override.suggestions, links: override.override.links ?? [] };
  }
  if (!entry) return { text: '', items: [], suggestions: [], links: [] };
  const article = articleOf(file, entry);
  if (override?.override.kind === 'annotations') {
    override.items ??= mergeReview(article.suggestions, override.override.annotations);
    return { text: article.text, items: override.items, suggestions: article.suggestions, links: override.override.links ?? article.links };
  }
  // Not kept: items are needed once for the contribution and again only for the few files
  // whose rows are sent; keeping 150,000 of them made every garbage collection slower.
  return { text: article.text, items: mergeReview(article.suggestions, article.annotations), suggestions: article.suggestions, links: article.links };
}

/** Overrides that replace the file's text: the disk need not be read. */
function isWholeDocument(entry: OverrideEntry | undefined): boolean {
  return entry?.override.kind === 'document' || entry?.override.kind === 'text';
}

/**
 * The file's contribution to the totals, computed once per content: an override (a few open
 * documents) keeps it as is, an entry as a compact record, decoded again on each use.
 */
function totalsOf(file: CorpusFile, entry: Entry | undefined): ArticleTotals {
  const override = overrides.get(file.uri);
  if (override?.totals && override.totals.file === file.display) return override.totals;
  if (!override && entry?.contribution !== undefined) return decodeContribution(entry.contribution, file.display, strings);
  const { text, ...linked } = itemsOf(file, entry);
  const totals = articleTotals(linkedTotalsArticle(file.display, text, { ...linked, canonicalName }));
  if (override) override.totals = totals;
  else if (entry) entry.contribution = encodeContribution(totals, strings);
  return totals;
}

/** The payload (lists cut to the limits) and its long lists split into pages. */
function payload(limits: PayloadLimits, scanned: number, reused: number, loadedByHelpers = 0): { payload: CorpusPayload; pages: CorpusPage[] } {
  const heapRetained = retainedHeap();
  const started = performance.now();
  // The lists cut here, as they are added: what crosses to the panel stays small on huge
  // corpora (the corpus totals are complete, the cut entries counted).
  const accumulator = new TotalsAccumulator({ files: limits.files, thresholds: limits.thresholds, statedAggregates: limits.thresholds });
  const rows: Row[] = [];
  let omittedRows = 0;
  const records: RecordRow[] = [];
  let omittedRecords = 0;
  const problems: CorpusPayload['problems'] = [];
  for (const file of corpus) {
    const entry = entries.get(file.uri);
    if (entry?.problem && !isWholeDocument(overrides.get(file.uri))) problems.push({ path: file.display, message: entry.problem });
    const contribution = totalsOf(file, entry);
    accumulator.add(contribution);
    // Items (the merge) are made only for the files whose rows are sent, and only for those
    // with items: their articles are read again (see Entry.article).
    const room = limits.rows - rows.length;
    // Every item has one of the four labels, so the review counts are the item count.
    const review = contribution.fileTotals.review;
    const itemCount = Object.values(review).reduce((sum, counts) => sum + counts.accepted + counts.rejected + counts.suggested, 0);
    if (room <= 0) {
      omittedRows += itemCount;
      omittedRecords += review.MONEY.accepted + review.MONEY.suggested;
      continue;
    }
    if (itemCount === 0) continue;
    const article = itemsOf(file, entry);
    const { items } = article;
    if (room >= items.length) rows.push(...rowsOf(items, file.uri, file.display));
    else {
      rows.push(...rowsOf(items.slice(0, room), file.uri, file.display));
      omittedRows += items.length - room;
    }
    // Records follow the rows: the files whose rows are sent (a record is an item's amount).
    records.push(...recordRowsOf(articleRecords(article), file.uri, file.display));
  }
  const merged = mergeRecordRows(records);
  const totals = accumulator.totals();
  const { files: omittedFiles, thresholds: omittedThresholds } = accumulator.omitted;
  const omittedListed = accumulator.omitted.statedAggregates + Math.max(0, totals.repeatedRecords.length - limits.thresholds);
  totals.repeatedRecords = totals.repeatedRecords.slice(0, limits.thresholds);
  const pages: CorpusPage[] = [];
  for (let i = 0; i < rows.length; i += PAGE.rows) pages.push({ rows: rows.slice(i, i + PAGE.rows) });
  for (let i = 0; i < merged.length; i += PAGE.rows) pages.push({ records: merged.slice(i, i + PAGE.rows) });
  for (let i = 0; i < totals.thresholds.length; i += PAGE.thresholds) pages.push({ thresholds: totals.thresholds.slice(i, i + PAGE.thresholds) });
  for (let i = 0; i < totals.files.length; i += PAGE.files) pages.push({ files: totals.files.slice(i, i + PAGE.files) });
  sampleHeap();
  return {
    payload: {
      totals: { ...totals, thresholds: [], files: [] },
      rows: [],
      omittedRows,
      records: [],
      omittedRecords,
      omittedFiles,
      omittedThresholds,
      omittedListed,
      problems,
      scanned,
      reused,
      loadedByHelpers,
      totalsMs: performance.now() - started,
      heapPeak: { ...heapPeak },
      ...(heapRetained === undefined ? {} : { heapRetained }),
    },
    pages,
  };
}

function sendResult(id: number, result: { payload: CorpusPayload; pages: CorpusPage[] }): void {
  if (result.pages.length > 0) pendingPages.set(id, result.pages);
  post({ type: 'result', id, payload: result.payload, pages: result.pages.length });
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

const loaders = new Loaders(__filename, () => lexicon.source, load);

/** The workspace lexicon of the last scan (this thread's or, in a helper, the one it was sent), and its key. */
let lexicon: { key: string; source: Lexicon | undefined; matcher: LexiconMatcher | undefined } = { key: '', source: undefined, matcher: undefined };

/** Takes a lexicon; true when it differs from the one in use. */
function setLexicon(next: Lexicon | undefined): boolean {
  const key = next && next.names.length + next.rejected.length > 0 ? JSON.stringify(next) : '';
  if (key === lexicon.key) return false;
  lexicon = { key, source: key ? next : undefined, matcher: key ? new LexiconMatcher(next!) : undefined };
  return true;
}

/**
 * Takes the scan's lexicon; a different one makes every file's suggestions stale, and is sent
 * to the helpers (before any file of this scan, so they recognise with it too).
 */
function useLexicon(next: Lexicon | undefined): void {
  if (!setLexicon(next)) return;
  entries = new Map();
  strings = new StringTable();
  loaders.useLexicon(lexicon.source);
}

/** The lexicon's canonical name of a spelling, for totals per park. */
const canonicalName = (text: string) => lexicon.matcher?.canonicalName(text);

let scanCount = 0;

/** Peak heap of this thread and of its helpers since the last scan began (see CorpusPayload.heapPeak). */
let heapPeak = { worker: 0, helpers: 0 };
function sampleHeap(): void {
  heapPeak.worker = Math.max(heapPeak.worker, getHeapStatistics().used_heap_size);
}

/** The heap after a full collection, when the process allows one on demand (see CorpusPayload.heapRetained). */
function retainedHeap(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return undefined;
  gc();
  return getHeapStatistics().used_heap_size;
}

async function scan(message: Extract<ToWorker, { type: 'scan' }>): Promise<void> {
  const { id } = message;
  const scanNumber = ++scanCount;
  heapPeak = { worker: 0, helpers: 0 };
  useLexicon(message.lexicon);
  const packed = message.files.map((chunk) => new TextDecoder().decode(chunk));
  const files = packed.flatMap(filesOf);
  overrides = new Map(message.overrides.flatMap((o) => (o.kind === 'disk' ? [] : [[o.uri, { override: o }] as const])));
  let scanned = 0;
  let reused = 0;
  let loadedByHelpers = 0;
  let reported = -Infinity;
  const listing = new FolderListing();
  const store = (file: CorpusFile, entry: Entry) => {
    // Its contribution now, between the yields, not all at the end in one long stretch
    // (where a cancel would wait for it).
    keep(file, entry);
    scanned++;
  };
  let helped = false;
  /** Wakes the wait for the helpers' last files (below) when one arrives. */
  let wake: (() => void) | undefined;
  try {
    for (let i = 0; i < files.length; i++) {
      if (i % BATCH === 0) {
        sampleHeap();
        if (performance.now() - reported >= PROGRESS_INTERVAL_MS) {
          post({ type: 'progress', id, done: Math.max(0, i - loaders.pending(scanNumber)), total: files.length });
          reported = performance.now();
        }
        await yieldToEvents();
        if (cancelled.delete(id)) {
          post({ type: 'cancelled', id });
          return;
        }
      }
      const file = files[i];
      if (isWholeDocument(overrides.get(file.uri))) continue;
      const key = `${statKey(file.path)}|${sidecarKey(file.sidecarPath, listing)}`;
      const known = entries.get(file.uri);
      if (known && known.key === key) {
        reused++;
        continue;
      }
      if (!helped && files.length - i >= HELPERS_FROM) {
        helped = true;
        loaders.begin(scanNumber, (result) => {
          store(result.file, result.entry);
          loadedByHelpers++;
          heapPeak.helpers = Math.max(heapPeak.helpers, result.heapUsed ?? 0);
          wake?.();
        });
      }
      if (!helped || !loaders.offer({ type: 'load', scan: scanNumber, file, key })) store(file, load(file, key));
    }
    // What the helpers still hold: woken by each file, and every 20 ms to see a cancel.
    while (helped && loaders.pending(scanNumber) > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 20);
      });
      if (cancelled.delete(id)) {
        post({ type: 'cancelled', id });
        return;
      }
    }
  } finally {
    if (helped) loaders.end(scanNumber);
  }
  post({ type: 'progress', id, done: files.length, total: files.length });
  corpus = new PackedFiles(packed, files.length);
  entries = entriesOf(files);
  sendResult(id, payload(message.limits, scanned, reused, loadedByHelpers));
}

/**
 * The entries of `files` only, keyed by their strings: an entry kept under the string of an
 * earlier scan would keep that scan's whole list of files alive (the strings of a list are
 * views of the one string it was unpacked from).
 */
function entriesOf(files: readonly CorpusFile[]): Map<string, Entry> {
  const kept = new Map<string, Entry>();
  for (const file of files) {
    const entry = entries.get(file.uri);
    if (entry) kept.set(file.uri, entry);
  }
  return kept;
}

function handle(message: ToWorker): void {
  switch (message.type) {
    case 'scan':
      scan(message).catch((error: unknown) => post({ type: 'error', id: message.id, message: String((error as Error)?.stack ?? error) }));
      break;
    case 'update':
      try {
        for (const o of message.overrides) {
          if (o.kind !== 'disk') {
            overrides.set(o.uri, { override: o });
            continue;
          }
          overrides.delete(o.uri);
          const file = corpus.find(o.uri);
          if (file) keep(file, load(file, `${statKey(file.path)}|${statKey(file.sidecarPath)}`));
        }
        sendResult(message.id, payload(message.limits, 0, corpus.length));
      } catch (error) {
        post({ type: 'error', id: message.id, message: String((error as Error)?.stack ?? error) });
      }
      break;
    case 'cancel':
      cancelled.add(message.id);
      pendingPages.delete(message.id);
      break;
    case 'page': {
      const pages = pendingPages.get(message.id);
      const page = pages?.[message.index];
      if (!pages || !page) {
        post({ type: 'error', id: message.id, message: `no page ${message.index} of result ${message.id}` });
        break;
      }
      pages[message.index] = {};
      if (message.index === pages.length - 1) pendingPages.delete(message.id);
      post({ type: 'page', id: message.id, index: message.index, page });
      break;
    }
  }
}

if ((workerData as HelperData | undefined)?.role === 'loader') {
  // A helper (see `Loaders`): recognises with the lexicon of the thread that started it (its
  // workerData, then each change it is sent), loads each file it is sent and posts the entry back.
  setLexicon((workerData as HelperData).lexicon);
  parentPort?.on('message', (message: LoadRequest | LexiconMessage) => {
    if (message.type === 'lexicon') setLexicon(message.lexicon);
    else {
      const entry = load(message.file, message.key);
      parentPort?.postMessage({ scan: message.scan, file: message.file, entry, heapUsed: getHeapStatistics().used_heap_size } satisfies LoadResult);
    }
  });
} else {
  parentPort?.on('message', handle);
}
