// The annotation store: the one owner of sidecar files (`article.txt.ann.json`) in the editor.
// Every feature reads annotations with `get` and writes them with `update`; nobody else touches
// a sidecar. The researchers' tags are the research data, so the rules here are strict:
// - a write is atomic (temporary file + rename) and is refused, with the reason shown, rather
//   than clobbering a file that changed on disk since it was read (the edit is re-applied to
//   what is on disk instead) or a file that is not a valid sidecar (never overwritten);
// - live edits move annotations with the text; on save the sidecar is written for the saved text;
// - a sidecar written for other text (its sha256 differs) is re-anchored, and annotations that
//   cannot be placed are kept as `orphaned` and listed, never dropped.
//
// Offsets and hash: the sidecar stores the sha256 of exactly the text its offsets refer to.
// `update` on a modified (unsaved) article writes offsets into the text in the editor, with
// that text's hash; saving the article writes the sidecar again for the saved text. If the
// article is closed without saving, the hash tells the next load that the offsets belong to
// other text, and the annotations are re-anchored instead of being misread.
//
// One article's sidecar (its reads, writes and queue) is an ArticleSidecar (articleSidecar.ts);
// this file keeps one per article, answers the features and follows the editor's events.
import * as vscode from 'vscode';
import { annotationsAfterEdit } from '../core/review/annotationsAfterEdit';
import { withAnnotations } from '../core/links/linkEdits';
import { isEmptyChange, recordReviewChange, revertReviewChange, type ReviewChange } from '../core/review/reviewUndo';
import type { LinkedEdit } from '../core/review/sidecarContent';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecarFormat';
import type { Annotation } from '../core/sidecar/sidecarSchema';
import { hashText } from '../core/textHash';
import { ArticleSidecar, EMPTY } from './articleSidecar';
import type { ArticleAnnotations } from './articleSidecar';
import { recognition } from './deferredModules';
import { documentReader } from './documentReader';
import { SettingId } from './ids';
import { articleOfSidecar, isArticleCandidate, sidecarUriOf } from './sidecarLocation';

/** A change of the annotation list; `text` is the article text the offsets refer to. */
type Edit = (current: readonly Annotation[], text: string) => Annotation[];

/** Annotations a review write created or changed (see `onDidRecordDecisions`). */
export interface DecidedAnnotations {
  readonly article: vscode.Uri;
  readonly annotations: readonly Annotation[];
}

export interface UpdateOptions {
  /** A review action the user can undo with `undoReview` (accept, reject, relabel, remove, set role or value). */
  readonly review?: boolean;
}

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, ArticleSidecar>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires with the ARTICLE uri whenever `get(article)` returns something new. */
  readonly onDidChange = this.changed.event;

  private readonly decided = new vscode.EventEmitter<DecidedAnnotations>();
  /**
   * Fires after a write of the researcher's decisions (not a save, a rename or an undo) with the
   * annotations it created or changed, as written: what the workspace lexicon learns from.
   */
  readonly onDidRecordDecisions = this.decided.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((uri) => this.onSidecarChangedOnDisk(uri)),
      watcher.onDidCreate((uri) => this.onSidecarChangedOnDisk(uri)),
      watcher.onDidDelete((uri) => this.onSidecarChangedOnDisk(uri)),
      vscode.workspace.onDidOpenTextDocument((document) => this.onOpen(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onTextChanged(event)),
      vscode.workspace.onDidSaveTextDocument((document) => this.onSaved(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.onClosed(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SettingId.sidecarFolder) || event.affectsConfiguration(SettingId.annotator)) for (const entry of this.entries.values()) void entry.reload();
      }),
    );
    // Sidecars of the articles already open are read on the next tick, so that activation does not
    // wait for them (an article asked for before then starts its own read through `get`).
    const first = setTimeout(() => {
      for (const document of vscode.workspace.textDocuments) if (!this.entries.has(document.uri.toString())) this.onOpen(document);
    }, 0);
    this.disposables.push({ dispose: () => clearTimeout(first) });
  }

  /** Synchronous, from memory. An article not seen yet starts loading and reads as empty until `onDidChange`. */
  get(article: vscode.Uri): ArticleAnnotations {
    if (!isArticleCandidate(article)) return EMPTY;
    const entry = this.entryFor(article);
    if (!entry.loaded) void this.load(article);
    return entry.state;
  }

  /** Reads the sidecar from disk (re-anchoring it when the article changed) and returns the result. */
  load(article: vscode.Uri): Promise<ArticleAnnotations> {
    if (!isArticleCandidate(article)) return Promise.resolve(EMPTY);
    return this.entryFor(article).reload();
  }

  /**
   * Applies `edit` to the article's annotations (placed and orphaned alike) and writes the sidecar
   * atomically. When the sidecar changed on disk since it was read, it is read again and `edit` is
   * applied to that content. Resolves false when the write was refused (invalid sidecar, untrusted
   * workspace and the user declined, an invalid result, the article changed under the edit, a
   * failed write); the user has been told why.
   */
  update(article: vscode.Uri, edit: Edit, options: UpdateOptions = {}): Promise<boolean> {
    return this.updateLinked(article, (current, text) => withAnnotations(current, edit(current.annotations, text)), options);
  }

  /**
   * `update` for an edit of annotations and links together (the link commands). Links that no
   * longer fit (an end deleted or relabelled) are dropped from what is written.
   */
  updateLinked(article: vscode.Uri, edit: LinkedEdit, options: UpdateOptions = {}): Promise<boolean> {
    if (!isArticleCandidate(article)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Annotations can only be saved for article files on disk.'));
      return Promise.resolve(false);
    }
    const entry = this.entryFor(article);
    return entry.enqueue(() =>
      entry.write(edit, (change, written) => {
        if (options.review) recordReviewChange(entry.reviewHistory, change);
        this.announceDecisions(article, change, written);
      }),
    );
  }

  /** The annotations a write created or changed, for `onDidRecordDecisions`. */
  private announceDecisions(article: vscode.Uri, change: ReviewChange, written: readonly Annotation[]): void {
    if (isEmptyChange(change)) return;
    const touched = new Set([...change.created, ...change.before.map((a) => a.id)]);
    const annotations = written.filter((a) => touched.has(a.id));
    if (annotations.length > 0) this.decided.fire({ article, annotations });
  }

  /** How many review actions of the article `undoReview` can take back. */
  undoableReviews(article: vscode.Uri): number {
    return this.entries.get(article.toString())?.reviewHistory.length ?? 0;
  }

  /**
   * Takes back the article's last review action (see core/review/reviewUndo.ts) and writes the sidecar.
   * Resolves undefined when there is none, false when the write was refused (the action stays
   * undoable), true when it was taken back.
   */
  undoReview(article: vscode.Uri): Promise<boolean | undefined> {
    const entry = this.entries.get(article.toString());
    if (!entry) return Promise.resolve(undefined);
    return entry.enqueue(async () => {
      const change = entry.reviewHistory.pop();
      if (!change) return undefined;
      const written = await entry.write((current, text) => withAnnotations(current, revertReviewChange(current.annotations, change, text)));
      if (!written) entry.reviewHistory.push(change);
      return written;
    });
  }

  /** See src/editor/sidecarLocation.ts. */
  sidecarUri(article: vscode.Uri): vscode.Uri {
    return sidecarUriOf(article);
  }

  /** The article a sidecar belongs to (any annotator's sidecar included); undefined for a file that is not a sidecar. */
  articleOf(annotated: vscode.Uri): vscode.Uri | undefined {
    return articleOfSidecar(annotated);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.decided.dispose();
    this.entries.clear();
  }

  private entryFor(article: vscode.Uri): ArticleSidecar {
    const key = article.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = new ArticleSidecar(article, (changed) => this.changed.fire(changed));
      this.entries.set(key, entry);
    }
    return entry;
  }

  // ---- editor events -------------------------------------------------------------------------

  private onOpen(document: vscode.TextDocument): void {
    if (!isArticleCandidate(document.uri)) return;
    const entry = this.entries.get(document.uri.toString());
    // Re-read on (re)open: the article may have changed on disk while it was closed.
    if (entry) void entry.reload();
    else void this.load(document.uri);
  }

  /** Live edits move the annotations with the text (and an undo brings back the ones it re-creates). */
  private onTextChanged(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || (entry.state.annotations.length === 0 && entry.recentlyRemoved.length === 0)) return;
    const undo = event.reason === vscode.TextDocumentChangeReason.Undo;
    const edited = annotationsAfterEdit(entry.state.annotations, entry.recentlyRemoved, event.contentChanges, documentReader(event.document), undo, (text) => recognition().recognize(text));
    entry.recentlyRemoved = edited.recentlyRemoved;
    if (edited.removed > 0) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('{0} annotation(s) removed with the deleted text. Undo restores them.', edited.removed), 5000);
    }
    if (edited.changed) entry.setState({ ...entry.state, annotations: edited.annotations });
  }

  /** Saving the article writes the sidecar for the saved text, when its offsets or hash are out of date. */
  private onSaved(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry || !entry.loaded || entry.state.problem || entry.lastDisk === undefined) return;
    if (entry.diskHash === hashText(document.getText())) return;
    void this.update(document.uri, (current) => [...current]);
  }

  /** Closing a modified article without saving drops its text: the annotations go back to what is on disk. */
  private onClosed(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (entry?.loaded) void entry.reload();
  }

  private onSidecarChangedOnDisk(sidecar: vscode.Uri): void {
    const key = sidecar.toString();
    for (const entry of this.entries.values()) if (entry.sidecar.toString() === key) void entry.rereadChangedFile();
  }
}

export function registerAnnotationStore(context: vscode.ExtensionContext): AnnotationStore {
  const store = new AnnotationStore();
  context.subscriptions.push(store);
  return store;
}
