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
import * as vscode from 'vscode';
import { followAmountTexts } from '../core/review/amountFollowsText';
import { moveAnnotations, type TextReader } from '../core/review/annotationEdits';
import { keepFittingLinks, withAnnotations } from '../core/links/linkEdits';
import type { LinkedAnnotations } from '../core/links/linkEdits';
import { isEmptyChange, reviewChange, revertReviewChange, type ReviewChange } from '../core/review/reviewUndo';
import { SIDECAR_FORMAT, SIDECAR_SUFFIX, SIDECAR_VERSION } from '../core/sidecar/sidecarFormat';
import type { Annotation, Link, Sidecar } from '../core/sidecar/sidecarSchema';
import { placeStoredAnnotations } from '../core/review/storedAnnotations';
import { sharedSidecarPath } from '../core/sidecar/annotators';
import { hashText } from '../core/textHash';
import { recognition, sidecarSchema } from './deferredModules';
import { CommandId, CONFIG_SECTION, SettingId } from './ids';
import { forAnnotator, readArticleText, readTextIfExists, writeAtomically } from './sidecarFiles';

export interface SidecarProblem {
  /** The first problem parseSidecar found (or why the file cannot be read). */
  readonly message: string;
  readonly sidecar: vscode.Uri;
}

export interface ArticleAnnotations {
  /** Placed annotations, at offsets into the article's current text (the open editor's, else the file's). */
  readonly annotations: readonly Annotation[];
  /** Orphaned annotations: the article changed and their text could not be found again. Kept, listed. */
  readonly unplaced: readonly Annotation[];
  /**
   * The stored links (sidecar version 2), by annotation id. After a live edit deleted a span, its
   * links stay here until the next write drops them (an undo that brings the span back keeps them).
   */
  readonly links: readonly Link[];
  /** Set while the sidecar is not valid JSON or fails the schema: the article is read-only until it is fixed. */
  readonly problem?: SidecarProblem;
}

/** A change of the annotation list; `text` is the article text the offsets refer to. */
type Edit = (current: readonly Annotation[], text: string) => Annotation[];
/** An edit of annotations and links together; links whose ends it deletes or relabels are dropped. */
type LinkedEdit = (current: LinkedAnnotations, text: string) => LinkedAnnotations;

/** Annotations a review write created or changed (see `onDidRecordDecisions`). */
export interface DecidedAnnotations {
  readonly article: vscode.Uri;
  readonly annotations: readonly Annotation[];
}

export interface UpdateOptions {
  /** A review action the user can undo with `undoReview` (accept, reject, relabel, remove, set role or value). */
  readonly review?: boolean;
}

interface Entry {
  readonly article: vscode.Uri;
  sidecar: vscode.Uri;
  state: ArticleAnnotations;
  loaded: boolean;
  /** The sidecar's content as last read from or written to disk (undefined: no file). */
  lastDisk: string | undefined;
  /** The sha256 recorded in that content. */
  diskHash: string | undefined;
  /** That content parsed: a write keeps the fields this version does not know. */
  diskSidecar: Sidecar | undefined;
  /** Loads, reloads and writes run one after another per article. */
  queue: Promise<unknown>;
  /** The problem text already shown, so a corrupt file is reported once, not on every event. */
  shownProblem: string | undefined;
  /** Annotations removed by the last text edits, restored when an undo brings their text back. */
  recentlyRemoved: Annotation[];
  /** The user agreed to write this sidecar in an untrusted workspace (for this session). */
  writeAllowed: boolean;
  /** Review actions written this session, latest last, for `undoReview`. */
  reviewHistory: ReviewChange[];
}

/** How many review actions per article `undoReview` can take back. */
const REVIEW_HISTORY_LENGTH = 100;

/** How many writes `update` attempts when the sidecar keeps changing on disk under it. */
const MAX_WRITE_ATTEMPTS = 3;
const EMPTY: ArticleAnnotations = Object.freeze({ annotations: Object.freeze([]), unplaced: Object.freeze([]), links: Object.freeze([]) });

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
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
        if (event.affectsConfiguration(SettingId.sidecarFolder) || event.affectsConfiguration(SettingId.annotator)) for (const entry of this.entries.values()) void this.reload(entry);
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
    return this.reload(this.entryFor(article));
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
    return this.enqueue(entry, () =>
      this.write(entry, edit, (change, written) => {
        if (options.review) pushChange(entry, change);
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
    return this.enqueue(entry, async () => {
      const change = entry.reviewHistory.pop();
      if (!change) return undefined;
      const written = await this.write(entry, (current, text) => withAnnotations(current, revertReviewChange(current.annotations, change, text)));
      if (!written) entry.reviewHistory.push(change);
      return written;
    });
  }

  /**
   * Beside the article, or under `investNews.sidecarFolder` mirroring the article's path in its
   * workspace folder; in `annotators/NAME/` there when `investNews.annotator` names the user.
   */
  sidecarUri(article: vscode.Uri): vscode.Uri {
    return forAnnotator(this.sharedSidecarUri(article), article);
  }

  private sharedSidecarUri(article: vscode.Uri): vscode.Uri {
    const folderSetting = vscode.workspace.getConfiguration(CONFIG_SECTION, article).get<string>('sidecarFolder', '').trim();
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(article);
    if (!folderSetting || !workspaceFolder) return article.with({ path: `${article.path}${SIDECAR_SUFFIX}` });
    const relative = article.path.slice(workspaceFolder.uri.path.replace(/\/$/, '').length + 1);
    const base = folderSetting.startsWith('/') ? workspaceFolder.uri.with({ path: folderSetting }) : vscode.Uri.joinPath(workspaceFolder.uri, folderSetting);
    return vscode.Uri.joinPath(base, `${relative}${SIDECAR_SUFFIX}`);
  }

  /**
   * The article a sidecar belongs to (the inverse of `sidecarUri`, any annotator's sidecar
   * included); undefined for a file that is not a sidecar.
   */
  articleOf(annotated: vscode.Uri): vscode.Uri | undefined {
    if (!annotated.path.endsWith(SIDECAR_SUFFIX)) return undefined;
    const sidecar = annotated.with({ path: sharedSidecarPath(annotated.path) });
    const workspaceFolder = vscode.workspace.getWorkspaceFolder(sidecar);
    const folderSetting = workspaceFolder && vscode.workspace.getConfiguration(CONFIG_SECTION, workspaceFolder.uri).get<string>('sidecarFolder', '').trim();
    const beside = sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
    if (!folderSetting || !workspaceFolder) return beside;
    const base = this.sharedSidecarUri(vscode.Uri.joinPath(workspaceFolder.uri, '_')).path.slice(0, -`/_${SIDECAR_SUFFIX}`.length);
    if (!sidecar.path.startsWith(`${base}/`)) return beside;
    return vscode.Uri.joinPath(workspaceFolder.uri, sidecar.path.slice(base.length + 1, -SIDECAR_SUFFIX.length));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.decided.dispose();
    this.entries.clear();
  }

  // ---- loading -------------------------------------------------------------------------------

  private entryFor(article: vscode.Uri): Entry {
    const key = article.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        article,
        sidecar: this.sidecarUri(article),
        state: EMPTY,
        loaded: false,
        lastDisk: undefined,
        diskHash: undefined,
        diskSidecar: undefined,
        queue: Promise.resolve(),
        shownProblem: undefined,
        recentlyRemoved: [],
        writeAllowed: false,
        reviewHistory: [],
      };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private enqueue<T>(entry: Entry, task: () => Promise<T>): Promise<T> {
    const result = entry.queue.then(task, task);
    entry.queue = result.catch(() => undefined);
    return result;
  }

  private reload(entry: Entry): Promise<ArticleAnnotations> {
    return this.enqueue(entry, async () => {
      entry.sidecar = this.sidecarUri(entry.article);
      const disk = await this.readDisk(entry);
      this.adopt(entry, disk.content, disk.text, disk.readProblem);
      return entry.state;
    });
  }

  /** Reads the sidecar and, when the article is not open, the article file. */
  private async readDisk(entry: Entry): Promise<{ content: string | undefined; text: string | undefined; readProblem?: string }> {
    const text = this.openDocument(entry.article) ? undefined : await readArticleText(entry.article);
    try {
      return { content: await readTextIfExists(entry.sidecar), text };
    } catch (error) {
      return { content: undefined, text, readProblem: vscode.l10n.t('cannot be read: {0}', (error as Error).message) };
    }
  }

  /**
   * Makes the sidecar content read from disk the in-memory state. Synchronous on purpose: the
   * article text is taken now (the open editor's when there is one), so no edit slips between
   * reading the text and placing the annotations in it.
   */
  private adopt(entry: Entry, content: string | undefined, diskText: string | undefined, readProblem?: string): void {
    const document = this.openDocument(entry.article);
    const text = document ? document.getText() : diskText;
    entry.loaded = true;
    entry.lastDisk = content;
    entry.diskHash = undefined;
    entry.diskSidecar = undefined;
    entry.recentlyRemoved = [];
    const problemText = readProblem ?? (content === undefined ? undefined : parseProblem(content));
    if (problemText !== undefined) {
      this.setState(entry, { annotations: [], unplaced: [], links: [], problem: { message: problemText, sidecar: entry.sidecar } });
      if (entry.shownProblem !== `${content}\0${problemText}`) {
        entry.shownProblem = `${content}\0${problemText}`;
        void this.showProblem(entry, problemText);
      }
      return;
    }
    entry.shownProblem = undefined;
    if (content === undefined) {
      this.setState(entry, EMPTY);
      return;
    }
    const parsed = sidecarSchema().parseSidecar(content);
    if (!parsed.ok) return; // Unreachable: parseProblem said it is valid.
    const { sidecar } = parsed;
    entry.diskHash = sidecar.sha256;
    entry.diskSidecar = sidecar;
    // Links point at annotations by id, and placing the annotations again keeps ids: they hold either way.
    const links = sidecar.links ?? [];
    if (text === undefined) {
      this.setState(entry, { annotations: sortByStart(sidecar.annotations.filter((a) => !a.orphaned)), unplaced: sidecar.annotations.filter((a) => a.orphaned), links });
      return;
    }
    // The command line places them by the same rule (src/core/review/storedAnnotations.ts).
    const result = placeStoredAnnotations(sidecar.sha256, sidecar.annotations, text);
    this.setState(entry, { annotations: result.placed, unplaced: result.orphaned, links });
    if (result.newlyOrphaned > 0) void this.showUnplacedNotice(entry, result.orphaned.length);
  }

  private setState(entry: Entry, state: ArticleAnnotations): void {
    if (entry.state === state) return;
    entry.state = state;
    this.changed.fire(entry.article);
  }

  // ---- writing -------------------------------------------------------------------------------

  private async write(entry: Entry, edit: LinkedEdit, record?: (change: ReviewChange, written: readonly Annotation[]) => void): Promise<boolean> {
    if (!vscode.workspace.isTrusted && !entry.writeAllowed) {
      if (!(await this.askToWriteUntrusted(entry))) return false;
      entry.writeAllowed = true;
    }
    for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      entry.sidecar = this.sidecarUri(entry.article);
      const disk = await this.readDisk(entry);
      // From here to the write: synchronous, so the text and the annotations stay in step.
      // A closed article has no live edits to keep: its annotations are taken afresh from disk
      // (and re-anchored if the article file changed since they were read).
      const document = this.openDocument(entry.article);
      if (!document || !entry.loaded || disk.content !== entry.lastDisk || disk.readProblem) this.adopt(entry, disk.content, disk.text, disk.readProblem);
      if (entry.state.problem) {
        void this.showRefusal(entry, vscode.l10n.t('{0} is not a valid annotation file ({1}). It is left untouched; fix it to change annotations of this article.', this.displayPath(entry.sidecar), entry.state.problem.message));
        return false;
      }
      const text = document ? document.getText() : disk.text;
      if (text === undefined) {
        void this.showRefusal(entry, vscode.l10n.t('Annotations were not saved: the article {0} cannot be read.', this.displayPath(entry.article)));
        return false;
      }
      const prepared = this.prepare(entry, edit, text);
      if (typeof prepared === 'string') {
        void this.showRefusal(entry, prepared);
        return false;
      }
      // Nothing changed (a version 1 file, for one, is only rewritten when its content changes).
      if (prepared.content === entry.lastDisk || prepared.content === normalisedSidecar(entry.lastDisk)) {
        if (!isEmptyChange(prepared.change)) record?.(prepared.change, [...prepared.state.annotations, ...prepared.state.unplaced]);
        return true;
      }
      this.setState(entry, prepared.state);
      try {
        const outcome = await writeAtomically(entry.sidecar, prepared.content, async () => (await readTextIfExists(entry.sidecar)) === entry.lastDisk);
        if (outcome === 'stale') continue; // Changed on disk meanwhile: the next round reads it and applies `edit` to it.
      } catch (error) {
        void this.showRefusal(entry, vscode.l10n.t('Annotations were not saved to {0}: {1}', this.displayPath(entry.sidecar), (error as Error).message));
        const again = await this.readDisk(entry);
        this.adopt(entry, again.content, again.text, again.readProblem);
        return false;
      }
      entry.lastDisk = prepared.content;
      entry.diskHash = prepared.hash;
      record?.(prepared.change, [...prepared.state.annotations, ...prepared.state.unplaced]);
      return true;
    }
    void this.showRefusal(entry, vscode.l10n.t('Annotations were not saved: {0} keeps changing on disk. Try again.', this.displayPath(entry.sidecar)));
    const last = await this.readDisk(entry);
    this.adopt(entry, last.content, last.text, last.readProblem); // Memory shows what is on disk, not the edit that was not saved.
    return false;
  }

  /** Applies the edit and validates the result; a string is the reason it must not be written. */
  private prepare(entry: Entry, edit: LinkedEdit, text: string): { content: string; hash: string; state: ArticleAnnotations; change: ReviewChange } | string {
    let next: Annotation[];
    let links: Link[];
    const current = [...entry.state.annotations, ...entry.state.unplaced];
    try {
      const edited = edit({ annotations: current, links: entry.state.links }, text);
      next = [...edited.annotations];
      links = [...keepFittingLinks(edited.links, next)];
    } catch (error) {
      return vscode.l10n.t('Annotations were not saved: {0}', (error as Error).message);
    }
    const hash = hashText(text);
    const { SidecarSchema, serializeSidecar } = sidecarSchema();
    const checked = SidecarSchema.safeParse({ ...entry.diskSidecar, format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: baseName(entry.article), sha256: hash, annotations: next, links });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return vscode.l10n.t('Annotations were not saved: {0}: {1}', issue.path.join('.') || '(top level)', issue.message);
    }
    const misplaced = next.find((a) => !a.orphaned && text.slice(a.start, a.end) !== a.text);
    if (misplaced) {
      return vscode.l10n.t('Annotations were not saved: the article changed while “{0}” was being tagged. Try again.', misplaced.text);
    }
    const placed = sortByStart(next.filter((a) => !a.orphaned));
    return { content: serializeSidecar(checked.data), hash, state: { annotations: placed, unplaced: next.filter((a) => a.orphaned), links }, change: reviewChange(current, next) };
  }

  // ---- editor events -------------------------------------------------------------------------

  private onOpen(document: vscode.TextDocument): void {
    if (!isArticleCandidate(document.uri)) return;
    const entry = this.entries.get(document.uri.toString());
    // Re-read on (re)open: the article may have changed on disk while it was closed.
    if (entry) void this.reload(entry);
    else void this.load(document.uri);
  }

  /** Live edits move the annotations with the text (and an undo brings back the ones it re-creates). */
  private onTextChanged(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || (entry.state.annotations.length === 0 && entry.recentlyRemoved.length === 0)) return;
    // Only the annotations' neighbourhoods are read: the whole text of a 5 MB article costs tens of ms per keystroke.
    const read = documentReader(event.document);
    const moved = moveAnnotations(entry.state.annotations, event.contentChanges, read);
    let annotations = moved.changed ? this.followTexts(entry.state.annotations, moved.annotations) : moved.annotations;
    let changed = moved.changed;
    if (event.reason === vscode.TextDocumentChangeReason.Undo && entry.recentlyRemoved.length > 0) {
      const present = new Set(annotations.map((b) => b.id));
      const restored = entry.recentlyRemoved.filter((a) => read(a.start, a.end) === a.text && !present.has(a.id));
      if (restored.length > 0) {
        annotations = [...annotations, ...restored];
        const back = new Set(restored);
        entry.recentlyRemoved = entry.recentlyRemoved.filter((a) => !back.has(a));
        changed = true;
      }
    }
    if (moved.removed.length > 0) {
      entry.recentlyRemoved = moved.removed;
      vscode.window.setStatusBarMessage(
        vscode.l10n.t('{0} annotation(s) removed with the deleted text. Undo restores them.', moved.removed.length),
        5000,
      );
    }
    if (changed) this.setState(entry, { ...entry.state, annotations: sortByStart(annotations) });
  }

  /** Amounts whose words an edit changed take the value the engine reads in them (or are flagged; see amountFollowsText.ts). */
  private followTexts(before: readonly Annotation[], after: readonly Annotation[]): readonly Annotation[] {
    const previousText = new Map<string, string>();
    for (const annotation of before) if (annotation.label === 'MONEY') previousText.set(annotation.id, annotation.text);
    if (previousText.size === 0) return after;
    return followAmountTexts(after, previousText, (text) => recognition().recognize(text));
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
    if (entry?.loaded) void this.reload(entry);
  }

  private onSidecarChangedOnDisk(sidecar: vscode.Uri): void {
    const key = sidecar.toString();
    for (const entry of this.entries.values()) {
      if (entry.sidecar.toString() !== key) continue;
      // Our own writes come back here too: only a content that differs from ours is adopted.
      void this.enqueue(entry, async () => {
        const disk = await this.readDisk(entry);
        if (entry.loaded && disk.content === entry.lastDisk && !disk.readProblem) return;
        this.adopt(entry, disk.content, disk.text, disk.readProblem);
      });
    }
  }

  private openDocument(article: vscode.Uri): vscode.TextDocument | undefined {
    const key = article.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  // ---- telling the user ----------------------------------------------------------------------

  private async showProblem(entry: Entry, problem: string): Promise<void> {
    const open = vscode.l10n.t('Open Annotation File');
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('{0} is not a valid annotation file ({1}). It is left untouched; annotations of this article are read-only until it is fixed.', this.displayPath(entry.sidecar), problem),
      open,
    );
    if (choice === open) await vscode.commands.executeCommand(CommandId.openSidecar, entry.article);
  }

  private async showRefusal(entry: Entry, message: string): Promise<void> {
    const open = vscode.l10n.t('Open Annotation File');
    const choice = await vscode.window.showErrorMessage(message, open);
    if (choice === open) await vscode.commands.executeCommand(CommandId.openSidecar, entry.article);
  }

  private async showUnplacedNotice(entry: Entry, count: number): Promise<void> {
    const show = vscode.l10n.t('Show');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} changed since it was annotated: {1} annotation(s) could not be placed again. They are kept and listed.', baseName(entry.article), count),
      show,
    );
    if (choice === show) await vscode.commands.executeCommand(CommandId.showUnplaced, entry.article);
  }

  private async askToWriteUntrusted(entry: Entry): Promise<boolean> {
    const write = vscode.l10n.t('Write Annotations');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('This workspace is not trusted. Write annotations to {0}?', this.displayPath(entry.sidecar)),
      { modal: true, detail: vscode.l10n.t('In an untrusted workspace the extension only highlights; it asks before it writes any file. The answer holds for this file until the window closes.') },
      write,
    );
    return choice === write;
  }

  private displayPath(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, false);
  }
}

export function registerAnnotationStore(context: vscode.ExtensionContext): AnnotationStore {
  const store = new AnnotationStore();
  context.subscriptions.push(store);
  return store;
}

/**
 * Reads the document's current text between two offsets, as `getText().slice(start, end)` would,
 * without building the whole text. An offset between the \r and \n of a CRLF line break has no
 * position of its own (positionAt clamps it before the \r), so the read is widened to whole
 * positions and cut back to the offsets asked for.
 */
function documentReader(document: vscode.TextDocument): TextReader {
  return (start, end) => {
    const from = document.positionAt(start);
    let to = document.positionAt(end);
    if (document.offsetAt(to) < end) to = document.positionAt(end + 1);
    const fromOffset = document.offsetAt(from);
    return document.getText(new vscode.Range(from, to)).slice(start - fromOffset, end - fromOffset);
  };
}

/** The sidecar content as this version writes it (a version 1 file becomes version 2), or undefined. */
function normalisedSidecar(content: string | undefined): string | undefined {
  if (content === undefined) return undefined;
  const { parseSidecar, serializeSidecar } = sidecarSchema();
  const parsed = parseSidecar(content);
  return parsed.ok ? serializeSidecar(parsed.sidecar) : undefined;
}

function pushChange(entry: Entry, change: ReviewChange): void {
  if (isEmptyChange(change)) return;
  entry.reviewHistory.push(change);
  if (entry.reviewHistory.length > REVIEW_HISTORY_LENGTH) entry.reviewHistory.shift();
}

function parseProblem(content: string): string | undefined {
  const parsed = sidecarSchema().parseSidecar(content);
  return parsed.ok ? undefined : parsed.problem;
}

function isArticleCandidate(uri: vscode.Uri): boolean {
  return (uri.scheme === 'file' || uri.scheme === 'vscode-remote') && !uri.path.endsWith(SIDECAR_SUFFIX);
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function sortByStart(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort((a, b) => a.start - b.start || a.end - b.end);
}
