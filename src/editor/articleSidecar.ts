// One article's sidecar in the editor: its annotations in memory, the file's content as last
// read or written, and the queue its reads and writes run in, one after another. The store
// (annotationStore.ts) keeps one per article and feeds it the editor's events; what is read and
// what is written is decided in src/core/review/sidecarContent.ts, the messages are in
// sidecarNotices.ts.
import * as vscode from 'vscode';
import { isEmptyChange, type ReviewChange } from '../core/review/reviewUndo';
import { prepareSidecarWrite, readSidecar, writesNothingNew } from '../core/review/sidecarContent';
import type { LinkedEdit, PlacedAnnotations, PreparedWrite, WriteRefusal } from '../core/review/sidecarContent';
import type { Annotation, Sidecar } from '../core/sidecar/sidecarSchema';
import { sidecarSchema } from './deferredModules';
import { readArticleText, readTextIfExists, writeAtomically } from './sidecarFiles';
import { baseName, sidecarUriOf } from './sidecarLocation';
import { askToWriteUntrusted, displayPath, showRefusal, showSidecarProblem, showUnplacedNotice } from './sidecarNotices';

export interface SidecarProblem {
  /** The first problem parseSidecar found (or why the file cannot be read). */
  readonly message: string;
  readonly sidecar: vscode.Uri;
}

/**
 * Placed annotations at offsets into the article's current text (the open editor's, else the
 * file's), the orphaned ones (kept, listed) and the stored links (sidecar version 2) by
 * annotation id. After a live edit deleted a span, its links stay until the next write drops
 * them (an undo that brings the span back keeps them).
 */
export interface ArticleAnnotations extends PlacedAnnotations {
  /** Set while the sidecar is not valid JSON or fails the schema: the article is read-only until it is fixed. */
  readonly problem?: SidecarProblem;
}

export const EMPTY: ArticleAnnotations = Object.freeze({ annotations: Object.freeze([]), unplaced: Object.freeze([]), links: Object.freeze([]) });

/** How many writes `write` attempts when the sidecar keeps changing on disk under it. */
const MAX_WRITE_ATTEMPTS = 3;

/** Called with what a write changed and the annotations it wrote (see `write`). */
type WriteRecorder = (change: ReviewChange, written: readonly Annotation[]) => void;

export class ArticleSidecar {
  sidecar: vscode.Uri;
  state: ArticleAnnotations = EMPTY;
  loaded = false;
  /** The sidecar's content as last read from or written to disk (undefined: no file). */
  lastDisk: string | undefined;
  /** The sha256 recorded in that content. */
  diskHash: string | undefined;
  /** That content parsed: a write keeps the fields this version does not know. */
  private diskSidecar: Sidecar | undefined;
  /** Loads, reloads and writes run one after another per article. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The problem text already shown, so a corrupt file is reported once, not on every event. */
  private shownProblem: string | undefined;
  /** Annotations removed by the last text edits, restored when an undo brings their text back. */
  recentlyRemoved: Annotation[] = [];
  /** The user agreed to write this sidecar in an untrusted workspace (for this session). */
  private writeAllowed = false;
  /** Review actions written this session, latest last, for `undoReview`. */
  readonly reviewHistory: ReviewChange[] = [];

  /** `changed` runs whenever `state` becomes something new. */
  constructor(readonly article: vscode.Uri, private readonly changed: (article: vscode.Uri) => void) {
    this.sidecar = sidecarUriOf(article);
  }

  enqueue<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  reload(): Promise<ArticleAnnotations> {
    return this.enqueue(async () => {
      this.sidecar = sidecarUriOf(this.article);
      const disk = await this.readDisk();
      this.adopt(disk.content, disk.text, disk.readProblem);
      return this.state;
    });
  }

  /** The sidecar changed on disk: our own writes come back here too, so only a content that differs from ours is adopted. */
  rereadChangedFile(): Promise<void> {
    return this.enqueue(async () => {
      const disk = await this.readDisk();
      if (this.loaded && disk.content === this.lastDisk && !disk.readProblem) return;
      this.adopt(disk.content, disk.text, disk.readProblem);
    });
  }

  setState(state: ArticleAnnotations): void {
    if (this.state === state) return;
    this.state = state;
    this.changed(this.article);
  }

  /** Reads the sidecar and, when the article is not open, the article file. */
  private async readDisk(): Promise<{ content: string | undefined; text: string | undefined; readProblem?: string }> {
    const text = openDocument(this.article) ? undefined : await readArticleText(this.article);
    try {
      return { content: await readTextIfExists(this.sidecar), text };
    } catch (error) {
      return { content: undefined, text, readProblem: vscode.l10n.t('cannot be read: {0}', (error as Error).message) };
    }
  }

  /**
   * Makes the sidecar content read from disk the in-memory state. Synchronous on purpose: the
   * article text is taken now (the open editor's when there is one), so no edit slips between
   * reading the text and placing the annotations in it.
   */
  private adopt(content: string | undefined, diskText: string | undefined, readProblem?: string): void {
    const document = openDocument(this.article);
    const text = document ? document.getText() : diskText;
    this.loaded = true;
    this.lastDisk = content;
    this.diskHash = undefined;
    this.diskSidecar = undefined;
    this.recentlyRemoved = [];
    const read = readProblem !== undefined ? { kind: 'problem' as const, problem: readProblem } : content === undefined ? undefined : readSidecar(content, text, sidecarSchema());
    if (read?.kind === 'problem') {
      this.setState({ annotations: [], unplaced: [], links: [], problem: { message: read.problem, sidecar: this.sidecar } });
      if (this.shownProblem !== `${content}\0${read.problem}`) {
        this.shownProblem = `${content}\0${read.problem}`;
        void showSidecarProblem(this.article, this.sidecar, read.problem);
      }
      return;
    }
    this.shownProblem = undefined;
    if (read === undefined) {
      this.setState(EMPTY);
      return;
    }
    this.diskHash = read.sidecar.sha256;
    this.diskSidecar = read.sidecar;
    this.setState(read.state);
    if (read.newlyOrphaned > 0) void showUnplacedNotice(this.article, read.state.unplaced.length);
  }

  /**
   * Applies `edit` to what is on disk (re-read first) and writes the result atomically, again
   * when the file changed under the write; `record` hears of what a successful write changed.
   * Resolves false when the write was refused; the user has been told why.
   */
  async write(edit: LinkedEdit, record?: WriteRecorder): Promise<boolean> {
    if (!vscode.workspace.isTrusted && !this.writeAllowed) {
      if (!(await askToWriteUntrusted(this.sidecar))) return false;
      this.writeAllowed = true;
    }
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      const outcome = await this.writeOnce(edit, record);
      if (outcome !== 'stale') return outcome;
    }
    void showRefusal(this.article, vscode.l10n.t('Annotations were not saved: {0} keeps changing on disk. Try again.', displayPath(this.sidecar)));
    const last = await this.readDisk();
    this.adopt(last.content, last.text, last.readProblem); // Memory shows what is on disk, not the edit that was not saved.
    return false;
  }

  /** One attempt of `write`: 'stale' when the file changed on disk meanwhile (the next attempt reads it and applies `edit` to it). */
  private async writeOnce(edit: LinkedEdit, record?: WriteRecorder): Promise<boolean | 'stale'> {
    this.sidecar = sidecarUriOf(this.article);
    const disk = await this.readDisk();
    // From here to the write: synchronous, so the text and the annotations stay in step.
    // A closed article has no live edits to keep: its annotations are taken afresh from disk
    // (and re-anchored if the article file changed since they were read).
    const document = openDocument(this.article);
    if (!document || !this.loaded || disk.content !== this.lastDisk || disk.readProblem) this.adopt(disk.content, disk.text, disk.readProblem);
    if (this.state.problem) {
      void showRefusal(this.article, vscode.l10n.t('{0} is not a valid annotation file ({1}). It is left untouched; fix it to change annotations of this article.', displayPath(this.sidecar), this.state.problem.message));
      return false;
    }
    const text = document ? document.getText() : disk.text;
    if (text === undefined) {
      void showRefusal(this.article, vscode.l10n.t('Annotations were not saved: the article {0} cannot be read.', displayPath(this.article)));
      return false;
    }
    const prepared = prepareSidecarWrite({ state: this.state, diskSidecar: this.diskSidecar, article: baseName(this.article) }, edit, text, sidecarSchema());
    if (isRefusal(prepared)) {
      void showRefusal(this.article, refusalMessage(prepared));
      return false;
    }
    // Nothing changed (a version 1 file, for one, is only rewritten when its content changes).
    if (writesNothingNew(prepared.content, this.lastDisk, sidecarSchema())) {
      if (!isEmptyChange(prepared.change)) record?.(prepared.change, [...prepared.state.annotations, ...prepared.state.unplaced]);
      return true;
    }
    this.setState(prepared.state);
    try {
      const outcome = await writeAtomically(this.sidecar, prepared.content, async () => (await readTextIfExists(this.sidecar)) === this.lastDisk);
      if (outcome === 'stale') return 'stale';
    } catch (error) {
      void showRefusal(this.article, vscode.l10n.t('Annotations were not saved to {0}: {1}', displayPath(this.sidecar), (error as Error).message));
      const again = await this.readDisk();
      this.adopt(again.content, again.text, again.readProblem);
      return false;
    }
    this.lastDisk = prepared.content;
    this.diskHash = prepared.hash;
    record?.(prepared.change, [...prepared.state.annotations, ...prepared.state.unplaced]);
    return true;
  }
}

function openDocument(article: vscode.Uri): vscode.TextDocument | undefined {
  const key = article.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

function isRefusal(prepared: PreparedWrite | WriteRefusal): prepared is WriteRefusal {
  return 'refused' in prepared;
}

/** The reason a write was refused, in the user's language. */
function refusalMessage(refusal: WriteRefusal): string {
  switch (refusal.refused) {
    case 'failed':
      return vscode.l10n.t('Annotations were not saved: {0}', refusal.message);
    case 'invalid':
      return vscode.l10n.t('Annotations were not saved: {0}: {1}', refusal.path, refusal.message);
    case 'misplaced':
      return vscode.l10n.t('Annotations were not saved: the article changed while “{0}” was being tagged. Try again.', refusal.text);
  }
}
