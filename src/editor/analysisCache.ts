// One analysis per document version, shared by every editor feature (highlights, hovers, quick
// fixes, status bar, commands, panel). Nobody else runs the recogniser on an open article.
//
// Each open article keeps an IncrementalAnalysis fed with the document's content changes: after
// a one-character edit in a 5 MB article only the touched paragraph is recognised again, the
// spans after it are shifted. Suggestions are keyed by document version; the merge with the
// sidecar annotations is redone only when the store hands out a different annotations array.
import * as vscode from 'vscode';
import type { ChangedRegion, IncrementalAnalysis, LineDocument, TextChange } from '../core/recognition/incrementalAnalysis';
import type { Recognizer } from '../core/recognition/recognize';
import { mergeReview, mergeReviewAfterEdit } from '../core/review/review';
import type { ReviewItem } from '../core/review/review';
import type { Annotation } from '../core/sidecar/sidecarSchema';
import type { AmountLinks, Entity } from '../core/types';
import type { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import type { AnnotationStore } from './annotationStore';
import { incrementalAnalysis, recognition } from './deferredModules';
import { CONFIG_SECTION, SettingId } from './ids';

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The engine's spans for this version of the text. */
  readonly suggestions: readonly Entity[];
  /** Suggestions merged with the stored annotations, sorted by start. */
  readonly items: readonly ReviewItem[];
  /**
   * Set when this analysis was derived from the one of version `region.fromVersion` by edits:
   * outside [start, end) (new offsets) the text and suggestions are the old ones, those after
   * `end` moved by `delta`. Lets the highlights reuse what they painted for that version.
   */
  readonly region?: ChangedRegion & { readonly fromVersion: number };
}

/** Typing is debounced per document: consumers hear of a text change once the user pauses. */
export const TYPING_DEBOUNCE_MS = 150;

/**
 * Above this many UTF-16 units (about 300 KB of Chinese text), an article's first analysis runs
 * in the background (see `analyse`) and the highlights paint the viewport first.
 */
export const LARGE_DOCUMENT_LENGTH = 100_000;

/**
 * A first analysis in the background recognises this many UTF-16 units per slice before it
 * checks the clock (about 10 ms of work on a laptop: a slice is far cheaper than the check).
 */
const BACKGROUND_SLICE_LENGTH = 16_384;
/** ...and hands the thread back once a run of slices has taken this long. */
const BACKGROUND_SLICE_MS = 12;

/** Recorded edits kept between two analyses of a document, at most. */
const MAX_PENDING_CHANGES = 1000;

/** Article schemes the extension covers: files it can write a sidecar beside. */
const COVERED_SCHEMES = new Set(['file', 'vscode-remote']);
const ARTICLE_LANGUAGE = 'investment-news';

/** Where the analysis reads the workspace lexicon (lexiconFile.ts). */
export interface LexiconSource {
  readonly matcher: LexiconMatcher | undefined;
  readonly onDidChange: vscode.Event<void>;
}

interface Entry {
  readonly analysis: IncrementalAnalysis;
  /** The lexicon the analysis was made with: another one needs a new analysis. */
  readonly lexicon: LexiconMatcher | undefined;
  /** Scans only viewports after edits (see peekLines). */
  viewportRecognizer?: Recognizer;
  version: number;
  suggestions: readonly Entity[];
  /** Content changes since `version`, in order, and the version they lead to (undefined: unknown). */
  changes: TextChange[] | undefined;
  changesTo: number;
  region: DocumentAnalysis['region'];
  annotations: readonly Annotation[] | undefined;
  result: DocumentAnalysis | undefined;
  /** The last merge: its version, items and the annotations it merged. */
  previous?: { version: number; items: readonly ReviewItem[]; annotations: readonly Annotation[] };
  /** A first analysis running in slices (see `analyse`), for the document version it reads. */
  background?: BackgroundRun;
}

interface BackgroundRun {
  readonly version: number;
  readonly steps: Generator<void, undefined>;
  readonly done: Promise<void>;
  /** Set once the run has taken its result (in slices, or finished by `get`) or was given up. */
  settled: boolean;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /**
   * Fires with a document's uri when its analysis may differ: at once when its annotations
   * changed (a review command, the sidecar changed on disk) or the settings changed, and once
   * typing pauses (TYPING_DEBOUNCE_MS) after text edits. Call `get` to read the new result.
   */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly lexiconSource: LexiconSource = { matcher: undefined, onDidChange: () => ({ dispose() {} }) },
  ) {
    this.disposables.push(
      // A new lexicon can change the suggestions anywhere: every open article is analysed again.
      lexiconSource.onDidChange(() => {
        for (const document of vscode.workspace.textDocuments) if (this.entries.has(document.uri.toString())) this.changed.fire(document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        this.recordChanges(event);
        if (event.contentChanges.length > 0 && this.isCovered(event.document)) this.scheduleChange(event.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      store.onDidChange((uri) => this.onStoreChange(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(SettingId.include)) return;
        for (const document of vscode.workspace.textDocuments) this.changed.fire(document.uri);
      }),
    );
  }

  /** The workspace lexicon the analyses are made with (undefined: none). */
  get lexicon(): LexiconMatcher | undefined {
    return this.lexiconSource.matcher;
  }

  /** Fires when the workspace lexicon changed (after the open articles' onDidChange). */
  get onDidChangeLexicon(): vscode.Event<void> {
    return this.lexiconSource.onDidChange;
  }

  /** The canonical name of a spelling in the workspace lexicon, for totals per park. */
  canonicalName(text: string): string | undefined {
    return this.lexiconSource.matcher?.canonicalName(text);
  }

  /** True when the document is an article the extension covers (setting `investNews.include`). */
  isCovered(document: vscode.TextDocument): boolean {
    if (!COVERED_SCHEMES.has(document.uri.scheme)) return false;
    if (document.languageId === ARTICLE_LANGUAGE) return true;
    const include = vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<string>('include', '**/*.txt');
    if (!include.trim()) return false;
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    // Relative to the article's workspace folder, so `articles/**/*.txt` means what it says.
    const pattern: vscode.GlobPattern = folder ? new vscode.RelativePattern(folder, include) : include;
    return vscode.languages.match({ pattern }, document) > 0;
  }

  /** The analysis of the document's current version; computed on first request, then shared. */
  get(document: vscode.TextDocument): DocumentAnalysis {
    const entry = this.entryFor(document);
    if (entry.version !== document.version) {
      const run = this.takeBackgroundRun(entry, document.version);
      // A background run of this version is finished here rather than started again: one analysis per version.
      const region = run ? recognition().finish(run.steps) : this.updateNow(entry, document);
      this.tookVersion(entry, document.version, region);
    }
    const annotations = this.store.get(document.uri).annotations;
    if (!entry.result || entry.annotations !== annotations) {
      // After an edit, the items before the edited paragraphs are kept from the last merge.
      const previous = entry.region && entry.previous?.version === entry.region.fromVersion ? entry.previous : undefined;
      const items = previous ? mergeReviewAfterEdit(previous, entry.suggestions, annotations, entry.region?.start ?? 0) : mergeReview(entry.suggestions, annotations);
      entry.annotations = annotations;
      const result: { -readonly [K in keyof DocumentAnalysis]: DocumentAnalysis[K] } = {
        uri: document.uri,
        version: document.version,
        suggestions: entry.suggestions,
        items,
      };
      if (entry.region) result.region = entry.region;
      entry.result = result;
      entry.previous = { version: result.version, items, annotations };
    }
    return entry.result;
  }

  /**
   * The analysis of the document's current version without holding the extension host for long:
   * when it is not known yet and would need a full recognition (the first one of an article), the
   * text is recognised in slices on later ticks, handing the thread back between them (the
   * highlights paint the viewport meanwhile, see decorations.ts). Resolves once the analysis is
   * current, and fires `onDidChange` then; `get` during the run finishes that same run. Resolves
   * too when the text changed before the end (the run is given up; ask again).
   */
  analyse(document: vscode.TextDocument): Promise<void> {
    const entry = this.entryFor(document);
    if (entry.version === document.version) return Promise.resolve();
    if (entry.background && !entry.background.settled && entry.background.version === document.version) return entry.background.done;
    if (entry.version >= 0) {
      // Edits since the last analysis: the incremental update is quick.
      this.get(document);
      return Promise.resolve();
    }
    return this.startBackgroundRun(entry, document);
  }

  /**
   * Links of the document's current suggestions (parallel to `get(document).suggestions`): whose
   * money each amount is. Computed once per document version, on first request, then shared.
   */
  links(document: vscode.TextDocument): readonly (AmountLinks | undefined)[] {
    this.get(document);
    return this.entryFor(document).analysis.links();
  }

  /** True when `get` would answer from memory (no recognition needed for this version). */
  isCurrent(document: vscode.TextDocument): boolean {
    const entry = this.entries.get(document.uri.toString());
    return entry?.version === document.version && entry.lexicon === this.lexiconSource.matcher;
  }

  /** True until the document's first full analysis. */
  needsFirstAnalysis(document: vscode.TextDocument): boolean {
    const entry = this.entries.get(document.uri.toString());
    return !entry || entry.version < 0 || entry.lexicon !== this.lexiconSource.matcher;
  }

  /**
   * True while a large article has not had its first analysis: features that only read it on
   * demand (quick fixes, hovers) answer nothing for that moment rather than recognise the whole
   * article at once and hold up the first paint; `analyse` starts (or joins) the sliced run.
   */
  firstAnalysisPending(document: vscode.TextDocument): boolean {
    return this.needsFirstAnalysis(document) && documentLength(document) > LARGE_DOCUMENT_LENGTH;
  }

  /**
   * Review items on lines [firstLine, lastLine] of the current text, for painting the viewport
   * of a huge article without waiting for (or paying for) the whole analysis: before its first
   * full analysis, and right after an edit. Only those lines are read and scanned. Before the
   * first analysis the document's own Recognizer scans them, so the full analysis that follows
   * reuses them; afterwards a second Recognizer does, so the main paragraph cache (which keeps
   * exactly the paragraphs of its last call) is not shrunk to the viewport.
   */
  peekLines(document: vscode.TextDocument, firstLine: number, lastLine: number): readonly ReviewItem[] {
    const from = document.offsetAt(new vscode.Position(firstLine, 0));
    const range = new vscode.Range(firstLine, 0, lastLine, document.lineAt(lastLine).range.end.character);
    const to = document.offsetAt(range.end);
    if (this.isCurrent(document)) return this.get(document).items.filter((item) => item.end > from && item.start < to);
    const entry = this.entryFor(document);
    const recognizer = (entry.viewportRecognizer ??= new (recognition().Recognizer)(entry.lexicon));
    const suggestions = recognizer
      .recognize(document.getText(range))
      .map((entity) => ({ ...entity, start: entity.start + from, end: entity.end + from }));
    const annotations = this.store.get(document.uri).annotations.filter((a) => a.end > from && a.start < to);
    return mergeReview(suggestions, annotations);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private startBackgroundRun(entry: Entry, document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const steps = entry.analysis.recognizeAllInSlices(incrementalAnalysis().lineSource(documentLines(document)), BACKGROUND_SLICE_LENGTH);
    let resolve!: () => void;
    const run: BackgroundRun = { version, steps, done: new Promise<void>((r) => (resolve = r)), settled: false };
    entry.background = run;
    const slice = () => {
      if (run.settled || this.entries.get(document.uri.toString()) !== entry || document.version !== version) {
        run.settled = true;
        // Finished by a `get` meanwhile: those who wait for the event (the highlights) still hear of it.
        if (entry.version === version && this.entries.get(document.uri.toString()) === entry) this.changed.fire(document.uri);
        return resolve();
      }
      const until = Date.now() + BACKGROUND_SLICE_MS;
      while (Date.now() < until) {
        if (!steps.next().done) continue;
        this.takeBackgroundRun(entry, version);
        this.tookVersion(entry, version, undefined);
        this.changed.fire(document.uri);
        return resolve();
      }
      setTimeout(slice, 0);
    };
    setTimeout(slice, 0);
    return run.done;
  }

  /** The entry's background run of `version`, marked as taken; a run of another version is given up. */
  private takeBackgroundRun(entry: Entry, version: number): BackgroundRun | undefined {
    const run = entry.background;
    entry.background = undefined;
    if (!run || run.settled) return undefined;
    run.settled = true;
    return run.version === version ? run : undefined;
  }

  private updateNow(entry: Entry, document: vscode.TextDocument): ChangedRegion | undefined {
    const changes = entry.version >= 0 && entry.changesTo === document.version ? entry.changes : undefined;
    return entry.analysis.update(incrementalAnalysis().lineSource(documentLines(document)), changes);
  }

  /** The entry now answers for `version` (its suggestions are the analysis's). */
  private tookVersion(entry: Entry, version: number, region: ChangedRegion | undefined): void {
    entry.region = region && { ...region, fromVersion: entry.version };
    entry.suggestions = entry.analysis.suggestions;
    entry.version = version;
    entry.changes = [];
    entry.changesTo = version;
    entry.result = undefined;
  }

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    const lexicon = this.lexiconSource.matcher;
    if (!entry || entry.lexicon !== lexicon) {
      entry = { analysis: new (incrementalAnalysis().IncrementalAnalysis)(lexicon), lexicon, version: -1, suggestions: [], changes: undefined, changesTo: -1, region: undefined, annotations: undefined, result: undefined };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Keeps the edits since the last analysis, so the next one re-recognises only what they touched. */
  private recordChanges(event: vscode.TextDocumentChangeEvent): void {
    // VS Code also fires this event without changes (the document became dirty or clean).
    if (event.contentChanges.length === 0) return;
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || entry.version < 0) return;
    if (!entry.changes || entry.changesTo !== event.document.version - 1) {
      // An event was missed (or the text was replaced wholesale): the next analysis is a full one.
      entry.changes = undefined;
      entry.changesTo = event.document.version;
      return;
    }
    for (const change of event.contentChanges) entry.changes.push({ offset: change.rangeOffset, removed: change.rangeLength, inserted: change.text });
    // Edits piling up in a document nobody asks about (no visible editor): a full analysis
    // later is cheaper than keeping them all.
    if (entry.changes.length > MAX_PENDING_CHANGES) entry.changes = undefined;
    entry.changesTo = event.document.version;
  }

  private scheduleChange(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.changed.fire(uri);
    }, TYPING_DEBOUNCE_MS));
  }

  private onStoreChange(uri: vscode.Uri): void {
    const key = uri.toString();
    // While the user types, the store moves annotations with the text on every keystroke:
    // fold those into the typing debounce instead of re-analysing on each one.
    if (this.timers.has(key)) return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const entry = this.entries.get(key);
    if (document && entry && entry.version >= 0 && entry.version !== document.version) this.scheduleChange(uri);
    else this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.delete(key);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    this.timers.delete(key);
  }
}

/** Without `getText()`, which would copy a 5 MB string just to measure it. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * The document as lines, as the extension host keeps it: an edit's paragraphs are read line by
 * line, never the whole text (`getText()` joins ~35,000 lines of a 5 MB article: ~20 ms).
 */
function documentLines(document: vscode.TextDocument): LineDocument {
  return {
    lineCount: document.lineCount,
    eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n',
    lineText: (line) => document.lineAt(line).text,
    lineStart: (line) => document.offsetAt(new vscode.Position(line, 0)),
    lineOf: (offset) => document.positionAt(offset).line,
    text: () => document.getText(),
  };
}

export function registerAnalysisCache(context: vscode.ExtensionContext, store: AnnotationStore, lexicon: LexiconSource): AnalysisCache {
  const cache = new AnalysisCache(store, lexicon);
  context.subscriptions.push(cache);
  return cache;
}
