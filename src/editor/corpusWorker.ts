// The corpus worker: runs in a worker_threads Worker (dist/corpusWorker.js) so that reading,
// decoding and recognising thousands of articles, and summing them, never blocks the
// extension host's event loop. It keeps one entry per file, keyed by the article's and the
// sidecar's mtime + size, so a rescan only re-reads files that changed on disk.
//
// No `vscode` here: the benchmark (bench/corpusTotalsBench.ts) drives this same module in
// plain Node through CorpusWorkerClient.
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { decodeArticle } from '../core/decode';
import { reanchorAnnotations } from '../core/reanchor';
import { recognize } from '../core/recognize';
import { mergeReview } from '../core/review';
import type { ReviewItem } from '../core/review';
import { parseSidecar } from '../core/sidecarSchema';
import type { Annotation } from '../core/sidecarSchema';
import { hashText } from '../core/textHash';
import { computeTotals } from '../core/totals';
import type { TotalsArticle } from '../core/totals';
import type { Entity } from '../core/types';
import { rowsOf } from '../webview/summaryView';
import type { Row } from '../webview/protocol';
import type { CorpusFile, CorpusOverride, CorpusPayload, FromWorker, PayloadLimits, ToWorker } from './corpusWorkerProtocol';

/** Files handled between two yields to the worker's event loop (where `cancel` arrives). */
const BATCH = 16;

interface Entry {
  /** `${mtimeMs}:${size}|${sidecar mtimeMs}:${size}`: unchanged key → nothing to read. */
  key: string;
  text: string;
  suggestions: readonly Entity[];
  annotations: readonly Annotation[];
  problem?: string;
  items?: readonly ReviewItem[];
}

const entries = new Map<string, Entry>();
let corpus: CorpusFile[] = [];
let overrides = new Map<string, CorpusOverride>();
const cancelled = new Set<number>();

function post(message: FromWorker): void {
  parentPort?.postMessage(message);
}

function statKey(path: string): string {
  try {
    const s = statSync(path);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return 'none';
  }
}

/** Reads, decodes and recognises one article, and reads its sidecar. Never throws. */
function load(file: CorpusFile, key: string): Entry {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    return { key, text: '', suggestions: [], annotations: [], problem: `cannot be read: ${(error as Error).message}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { key, text: '', suggestions: [], annotations: [], problem: decoded.reason };
  const text = decoded.text;
  const suggestions = recognize(text);
  const sidecar = readSidecar(file.sidecarPath, text);
  return { key, text, suggestions, ...sidecar };
}

/**
 * The sidecar's annotations placed on `text`: as stored when the article's hash matches,
 * else re-anchored (as the editor's store does). A corrupt sidecar gives no annotations and a
 * problem; the suggestions of its article still count.
 */
function readSidecar(path: string, text: string): { annotations: readonly Annotation[]; problem?: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return { annotations: [] };
  }
  const parsed = parseSidecar(raw);
  if (!parsed.ok) return { annotations: [], problem: `annotation file is not valid (${parsed.problem})` };
  const { sidecar } = parsed;
  if (sidecar.sha256 === hashText(text)) return { annotations: sidecar.annotations };
  return { annotations: reanchorAnnotations(sidecar.annotations, text).placed };
}

function itemsOf(file: CorpusFile, entry: Entry | undefined): { text: string; items: readonly ReviewItem[] } {
  const override = overrides.get(file.uri);
  if (override?.kind === 'document') return { text: override.text, items: override.items };
  if (!entry) return { text: '', items: [] };
  if (override?.kind === 'annotations') return { text: entry.text, items: mergeReview(entry.suggestions, override.annotations) };
  entry.items ??= mergeReview(entry.suggestions, entry.annotations);
  return { text: entry.text, items: entry.items };
}

function payload(limits: PayloadLimits, scanned: number, reused: number): CorpusPayload {
  const started = performance.now();
  const articles: TotalsArticle[] = [];
  const rows: Row[] = [];
  let omittedRows = 0;
  const problems: CorpusPayload['problems'] = [];
  for (const file of corpus) {
    const entry = entries.get(file.uri);
    if (entry?.problem && overrides.get(file.uri)?.kind !== 'document') problems.push({ path: file.display, message: entry.problem });
    const { text, items } = itemsOf(file, entry);
    articles.push({ file: file.display, text, items });
    const room = limits.rows - rows.length;
    if (room >= items.length) rows.push(...rowsOf(items, file.uri, file.display));
    else {
      if (room > 0) rows.push(...rowsOf(items.slice(0, room), file.uri, file.display));
      omittedRows += items.length - Math.max(0, room);
    }
  }
  const totals = computeTotals(articles);
  // What crosses to the panel stays small on huge corpora: the corpus totals are complete,
  // the per-file list is cut (and the cut counted).
  const omittedFiles = Math.max(0, totals.files.length - limits.files);
  if (omittedFiles > 0) totals.files = totals.files.slice(0, limits.files);
  return { totals, rows, omittedRows, omittedFiles, problems, scanned, reused, totalsMs: performance.now() - started };
}

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

async function scan(message: Extract<ToWorker, { type: 'scan' }>): Promise<void> {
  const { id, files } = message;
  overrides = new Map(message.overrides.map((o) => [o.uri, o]));
  let scanned = 0;
  let reused = 0;
  for (let i = 0; i < files.length; i++) {
    if (i % BATCH === 0) {
      post({ type: 'progress', id, done: i, total: files.length });
      await yieldToEvents();
      if (cancelled.delete(id)) {
        post({ type: 'cancelled', id });
        return;
      }
    }
    const file = files[i];
    if (overrides.get(file.uri)?.kind === 'document') continue;
    const key = `${statKey(file.path)}|${statKey(file.sidecarPath)}`;
    const known = entries.get(file.uri);
    if (known && known.key === key) {
      reused++;
      continue;
    }
    entries.set(file.uri, load(file, key));
    scanned++;
  }
  post({ type: 'progress', id, done: files.length, total: files.length });
  corpus = files;
  const wanted = new Set(files.map((f) => f.uri));
  for (const uri of entries.keys()) if (!wanted.has(uri)) entries.delete(uri);
  post({ type: 'result', id, payload: payload(message.limits, scanned, reused) });
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
            overrides.set(o.uri, o);
            continue;
          }
          overrides.delete(o.uri);
          const file = corpus.find((f) => f.uri === o.uri);
          if (file) entries.set(file.uri, load(file, `${statKey(file.path)}|${statKey(file.sidecarPath)}`));
        }
        post({ type: 'result', id: message.id, payload: payload(message.limits, 0, corpus.length) });
      } catch (error) {
        post({ type: 'error', id: message.id, message: String((error as Error)?.stack ?? error) });
      }
      break;
    case 'cancel':
      cancelled.add(message.id);
      break;
  }
}

parentPort?.on('message', handle);
