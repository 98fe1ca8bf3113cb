// Messages between the corpus scanner (extension host, or the benchmark in plain Node) and the
// corpus worker thread (src/editor/corpusWorker.ts → dist/corpusWorker.js). Both ends are our
// own code in one process, so plain types suffice here (the webview protocol, which crosses a
// trust boundary, is validated with zod).
import type { ReviewItem } from '../core/review';
import type { Annotation } from '../core/sidecarSchema';
import type { Totals } from '../core/totals';
import type { Row } from '../webview/protocol';

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
  | { uri: string; kind: 'document'; text: string; items: ReviewItem[] }
  | { uri: string; kind: 'annotations'; annotations: Annotation[] }
  /** Forget the override: read the file from disk again (a document was closed unsaved). */
  | { uri: string; kind: 'disk' };

export interface PayloadLimits {
  /** Most table rows sent to the panel (the rest are counted in `omittedRows`). */
  rows: number;
  /** Most per-file totals kept in the payload (the rest counted in `omittedFiles`). */
  files: number;
}

export type ToWorker =
  | { type: 'scan'; id: number; files: CorpusFile[]; overrides: CorpusOverride[]; limits: PayloadLimits }
  /** Recompute the totals with new overrides, without touching the disk. */
  | { type: 'update'; id: number; overrides: CorpusOverride[]; limits: PayloadLimits }
  | { type: 'cancel'; id: number };

export interface CorpusPayload {
  totals: Totals;
  rows: Row[];
  omittedRows: number;
  omittedFiles: number;
  /** Files that could not be read or decoded, or whose sidecar is corrupt. */
  problems: { path: string; message: string }[];
  /** Files read and recognised in this pass; the others came from the cache. */
  scanned: number;
  reused: number;
  /** Milliseconds the worker spent computing totals and rows. */
  totalsMs: number;
}

export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; payload: CorpusPayload }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string };
