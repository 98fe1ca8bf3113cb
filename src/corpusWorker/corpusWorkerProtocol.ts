// Messages between the corpus scanner (extension host, or the benchmark in plain Node) and the
// corpus worker thread (src/corpusWorker/corpusWorker.ts → dist/corpusWorker.js). Both ends are our
// own code in one process, so plain types suffice here (the webview protocol, which crosses a
// trust boundary, is validated with zod).
import type { Lexicon } from '../core/workspaceLexicon/workspaceLexicon';
import type { ReviewItem } from '../core/review/review';
import type { Annotation, Link } from '../core/sidecar/sidecarSchema';
import type { AmountLinks, Entity } from '../core/types';
import type { FileTotals, ThresholdEntry, Totals } from '../core/totals/totalsData';
import type { RecordRow, Row } from '../webview/protocol';

export interface CorpusFile {
  /** File-system path the worker reads. */
  path: string;
  /** The article's URI as a string (what the panel's `reveal` carries). */
  uri: string;
  /** Workspace-relative path: what the totals and the table call the file. */
  display: string;
  /** Where its sidecar would be (the setting investNews.sidecarFolder may move it). */
  sidecarPath: string;
}

/**
 * What the host knows better than the disk: an open (maybe unsaved) document's text and
 * items, or annotations the store just changed. The worker uses it instead of its own reading.
 */
export type CorpusOverride =
  /**
   * An open document's analysis; with its engine suggestions and their links (parallel), and
   * the store's links, the totals attribute its amounts as the article scope does.
   */
  | { uri: string; kind: 'document'; text: string; items: ReviewItem[]; suggestions?: Entity[]; suggestedLinks?: (AmountLinks | undefined)[]; links?: Link[] }
  /**
   * A large open document with unsaved edits: its text as UTF-8 chunks (transferred, not
   * cloned) and the store's annotations; the worker recognises it. Cloning 5 MB of text and
   * 26,000 items would stall the extension host.
   */
  | { uri: string; kind: 'text'; chunks: Uint8Array[]; annotations: Annotation[]; links?: Link[] }
  | { uri: string; kind: 'annotations'; annotations: Annotation[]; links?: Link[] }
  /** Forget the override: read the file from disk again (a document was closed unsaved). */
  | { uri: string; kind: 'disk' };

export interface PayloadLimits {
  /** Most table rows sent to the panel (the rest are counted in `omittedRows`). */
  rows: number;
  /** Most per-file totals kept in the payload (the rest counted in `omittedFiles`). */
  files: number;
  /** Most thresholds listed (the rest counted in `omittedThresholds`; thresholds are never summed). */
  thresholds: number;
}

export type ToWorker =
  /** `files` packed by `packFiles` in chunks, their buffers transferred (not copied). */
  | { type: 'scan'; id: number; files: Uint8Array[]; lexicon?: Lexicon; overrides: CorpusOverride[]; limits: PayloadLimits }
  /** Recompute the totals with new overrides, without touching the disk. */
  | { type: 'update'; id: number; overrides: CorpusOverride[]; limits: PayloadLimits }
  | { type: 'cancel'; id: number }
  /** The next page of a result (see `CorpusPage`): the host asks when it is ready for more. */
  | { type: 'page'; id: number; index: number };

export interface CorpusPayload {
  totals: Totals;
  rows: Row[];
  omittedRows: number;
  /** The records table (records reported by several articles merged, `mergeRecordRows`). */
  records: RecordRow[];
  omittedRecords: number;
  omittedFiles: number;
  omittedThresholds: number;
  /** Stated aggregates and repeated records left out of their lists (never summed, only listed). */
  omittedListed: number;
  /** Files that could not be read or decoded, or whose sidecar is corrupt. */
  problems: { path: string; message: string }[];
  /** Files read and recognised in this pass; the others came from the cache. */
  scanned: number;
  reused: number;
  /** Of `scanned`, the files the worker's helper threads loaded (one per core beyond the worker's own). */
  loadedByHelpers: number;
  /** Milliseconds the worker spent at the end: combining the per-file totals, making rows and pages. */
  totalsMs: number;
  /**
   * Peak V8 heap in bytes during this pass, sampled between batches: this thread's and the
   * largest of its helpers'. For the benchmark's memory line (the threads share one process, so
   * its RSS is one number, which the benchmark reads itself).
   */
  heapPeak?: { worker: number; helpers: number };
  /**
   * This thread's heap after a full garbage collection, taken before the totals are combined:
   * what it keeps between scans (the per-file cache). Only when the process runs with
   * `--expose-gc` (the benchmark); a collection on demand is not for the extension host.
   */
  heapRetained?: number;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  /**
   * The payload without its long lists (rows, thresholds, per-file totals), which follow in
   * `pages` pages, each asked for by the host: a multi-megabyte result arriving in one message
   * would block the extension host's event loop while it is deserialised.
   */
  | { type: 'result'; id: number; payload: CorpusPayload; pages: number }
  | { type: 'page'; id: number; index: number; page: CorpusPage }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };

/** A slice of the long lists of a payload, appended in order. */
export interface CorpusPage {
  rows?: Row[];
  records?: RecordRow[];
  thresholds?: ThresholdEntry[];
  files?: FileTotals[];
}

/**
 * Files as UTF-8 bytes (fields and files separated by NUL, which no path contains), to be
 * transferred to the worker: posting 10,000 file objects, or even the same as 2 MB of strings,
 * cost the host 20–30 ms of structured cloning in one go. Packing costs ~2 ms per 1,000 files,
 * so the host packs in chunks (FILES_PER_CHUNK) with a turn of its event loop between them.
 */
export const FILES_PER_CHUNK = 1000;

export function packFiles(files: readonly CorpusFile[]): Uint8Array {
  const parts: string[] = [];
  for (const f of files) parts.push(f.path, f.uri, f.display, f.sidecarPath);
  return new TextEncoder().encode(parts.join('\0'));
}

/**
 * The files of one chunk of `packFiles`, decoded to text (the worker keeps the text, not the
 * files: see PackedFiles in corpusWorker.ts).
 */
export function filesOf(text: string): CorpusFile[] {
  if (text.length === 0) return [];
  const parts = text.split('\0');
  const files: CorpusFile[] = [];
  for (let i = 0; i + 3 < parts.length; i += 4) files.push({ path: parts[i], uri: parts[i + 1], display: parts[i + 2], sidecarPath: parts[i + 3] });
  return files;
}
