// One analysis per document version, shared by every editor feature (highlights, hovers, quick
// fixes, status bar, commands, panel). Nobody else runs the recogniser on an open article.
//
// Each open article keeps its own Recognizer, which caches per paragraph: after a one-character
// edit in a 5 MB article only the touched paragraph is scanned again. Suggestions are keyed by
// document version; the merge with the sidecar annotations is redone only when the store hands
// out a different annotations array.
import * as vscode from 'vscode';
import { Recognizer } from '../core/recognize';
import { mergeReview } from '../core/review';
import type { ReviewItem } from '../core/review';
import type { Annotation } from '../core/sidecarSchema';
import type { Entity } from '../core/types';
import type { AnnotationStore } from './annotationStore';
import { CONFIG_SECTION, SettingId } from './ids';

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The engine's spans for this version of the text. */
  readonly suggestions: readonly Entity[];
  /** Suggestions merged with the stored annotations, sorted by start. */
  readonly items: readonly ReviewItem[];
}

/** Typing is debounced per document: consumers hear of a text change once the user pauses. */
export const TYPING_DEBOUNCE_MS = 150;

/** Article schemes the extension covers: files it can write a sidecar beside. */
const COVERED_SCHEMES = new Set(['file', 'vscode-remote']);
const ARTICLE_LANGUAGE = 'investment-news';

interface Entry {
  readonly recognizer: Recognizer;
  /** Scans only viewports after edits (see peekLines). */
  viewportRecognizer?: Recognizer;
  version: number;
  suggestions: readonly Entity[];
  annotations: readonly Annotation[] | undefined;
  analysis: DocumentAnalysis | undefined;
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

  constructor(private readonly store: AnnotationStore) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => {
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
      entry.suggestions = entry.recognizer.recognize(document.getText());
      entry.version = document.version;
      entry.analysis = undefined;
    }
    const annotations = this.store.get(document.uri).annotations;
    if (!entry.analysis || entry.annotations !== annotations) {
      entry.annotations = annotations;
      entry.analysis = {
        uri: document.uri,
        version: document.version,
        suggestions: entry.suggestions,
        items: mergeReview(entry.suggestions, annotations),
      };
    }
    return entry.analysis;
  }

  /** True when `get` would answer from memory (no recognition needed for this version). */
  isCurrent(document: vscode.TextDocument): boolean {
    return this.entries.get(document.uri.toString())?.version === document.version;
  }

  /** True until the document's first full analysis. */
  needsFirstAnalysis(document: vscode.TextDocument): boolean {
    return (this.entries.get(document.uri.toString())?.version ?? -1) < 0;
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
    const recognizer = entry.version < 0 ? entry.recognizer : (entry.viewportRecognizer ??= new Recognizer());
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

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { recognizer: new Recognizer(), version: -1, suggestions: [], annotations: undefined, analysis: undefined };
      this.entries.set(key, entry);
    }
    return entry;
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

export function registerAnalysisCache(context: vscode.ExtensionContext, store: AnnotationStore): AnalysisCache {
  const cache = new AnalysisCache(store);
  context.subscriptions.push(cache);
  return cache;
}
