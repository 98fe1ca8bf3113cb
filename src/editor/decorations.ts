// Highlights: every MONEY, PARK, PROJECT and COMPANY span in the visible articles, one look per
// label × review status. Decoration types are created once and reused; an update only calls
// `setDecorations`. Colours come from `contributes.colors`, so every theme can restyle them.
//
// Update rules: switching editors paints at once; typing repaints once the analysis cache's
// per-document debounce fires; only visible editors are touched; on a huge article the
// viewport is painted first and the rest right after.
import * as vscode from 'vscode';
import type { ReviewItem, ReviewStatus } from '../core/review';
import { LABELS } from '../core/types';
import type { Label } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { CONFIG_SECTION, SettingId } from './ids';

/** Above this many UTF-16 units, the first paint covers the viewport before the full analysis. */
export const HUGE_DOCUMENT_LENGTH = 500_000;
/** Lines painted around the visible ranges in that first paint. */
const VIEWPORT_MARGIN_LINES = 200;

const STATUSES: readonly ReviewStatus[] = ['suggested', 'accepted', 'rejected'];

/** Colour ids contributed in package.json, e.g. `investNews.moneyBackground`. */
export function colorId(label: Label, part: 'Background' | 'Border'): string {
  return `investNews.${label.toLowerCase()}${part}`;
}

type TypeTable = Record<Label, Record<ReviewStatus, vscode.TextEditorDecorationType>>;

function createDecorationTypes(): TypeTable {
  const table = {} as TypeTable;
  for (const label of LABELS) {
    const border = new vscode.ThemeColor(colorId(label, 'Border'));
    const background = new vscode.ThemeColor(colorId(label, 'Background'));
    const common = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, borderRadius: '2px' };
    table[label] = {
      // A machine suggestion: only outlined, dashed, so it reads as "not decided yet".
      suggested: vscode.window.createTextEditorDecorationType({
        ...common,
        border: '1px dashed',
        borderColor: border,
        overviewRulerColor: border,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      }),
      // Accepted: filled, with a solid outline, so it still shows on a selection.
      accepted: vscode.window.createTextEditorDecorationType({
        ...common,
        backgroundColor: background,
        border: '1px solid',
        borderColor: border,
        overviewRulerColor: border,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
      }),
      // Rejected: struck and faded (or not painted at all, per `investNews.rejectedDisplay`).
      rejected: vscode.window.createTextEditorDecorationType({
        ...common,
        textDecoration: 'line-through',
        opacity: '0.55',
      }),
    };
  }
  return table;
}

export class DecorationPainter implements vscode.Disposable {
  private readonly types = createDecorationTypes();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingFullPaint = new Map<vscode.TextEditor, ReturnType<typeof setTimeout>>();
  private readonly lastPainted = new WeakMap<vscode.TextEditor, readonly ReviewItem[]>();
  private readonly fullPaints = new WeakMap<vscode.TextEditor, FullPaint>();
  private readonly touched = new WeakMap<vscode.TextEditor, { first: number; last: number }>();

  constructor(private readonly analysis: AnalysisCache) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.paint(editor)),
      analysis.onDidChange((uri) => this.paintUri(uri)),
      vscode.workspace.onDidChangeTextDocument((event) => this.noteEdit(event)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SettingId.rejectedDisplay) || event.affectsConfiguration(SettingId.include)) this.paintAll();
      }),
    );
    this.paintAll();
  }

  /** The items of the last full paint of an editor (what the user sees); integration tests read it. */
  painted(editor: vscode.TextEditor): readonly ReviewItem[] | undefined {
    return this.lastPainted.get(editor);
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  dispose(): void {
    for (const timer of this.pendingFullPaint.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
    for (const byStatus of Object.values(this.types)) for (const type of Object.values(byStatus)) type.dispose();
  }

  private paintUri(uri: vscode.Uri): void {
    const key = uri.toString();
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === key) this.paint(editor);
    }
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!this.analysis.isCovered(document)) {
      // Clear only what we painted (the file left investNews.include); other editors cost nothing.
      if (this.lastPainted.has(editor)) {
        this.apply(editor, this.emptyBuckets());
        this.lastPainted.delete(editor);
        this.fullPaints.delete(editor);
      }
      return;
    }
    if (!this.analysis.isCurrent(document) && documentLength(document) > HUGE_DOCUMENT_LENGTH) {
      const viewport = viewportLines(editor);
      const first = this.analysis.needsFirstAnalysis(document);
      const patched = first ? undefined : this.patchViewport(editor, viewport);
      if (first || patched) {
        // The viewport now; the full analysis (and overview ruler) on the next tick.
        this.apply(editor, patched ?? this.bucket(document, this.analysis.peekLines(document, viewport.first, viewport.last)));
        this.scheduleFullPaint(editor);
        return;
      }
    }
    this.paintFully(editor);
  }

  private paintFully(editor: vscode.TextEditor): void {
    const items = this.analysis.get(editor.document).items;
    const buckets = this.bucket(editor.document, items);
    this.apply(editor, buckets);
    this.lastPainted.set(editor, items);
    this.fullPaints.set(editor, { lineCount: editor.document.lineCount, buckets });
    this.touched.delete(editor);
  }

  private scheduleFullPaint(editor: vscode.TextEditor): void {
    const pending = this.pendingFullPaint.get(editor);
    if (pending) clearTimeout(pending);
    this.pendingFullPaint.set(editor, setTimeout(() => {
      this.pendingFullPaint.delete(editor);
      if (vscode.window.visibleTextEditors.includes(editor)) this.paintFully(editor);
    }, 0));
  }

  /**
   * After typing in a huge article: the last full paint outside the viewport (VS Code has moved
   * those decorations with the text already; lines below shift by the number of lines added)
   * plus a fresh scan of the viewport lines. Undefined when an edit since the last full paint
   * fell outside the viewport: then only a full paint is right.
   */
  private patchViewport(editor: vscode.TextEditor, viewport: { first: number; last: number }): Buckets | undefined {
    const last = this.fullPaints.get(editor);
    const touched = this.touched.get(editor);
    if (!last || !touched || touched.first < viewport.first || touched.last > viewport.last) return undefined;
    const lineDelta = editor.document.lineCount - last.lineCount;
    const fresh = this.bucket(editor.document, this.analysis.peekLines(editor.document, viewport.first, viewport.last));
    const buckets: Buckets = new Map();
    for (const [type, ranges] of last.buckets) {
      const before = ranges.filter((r) => r.start.line < viewport.first);
      const after = ranges.filter((r) => r.start.line > viewport.last - lineDelta).map((r) => (lineDelta ? new vscode.Range(r.start.translate(lineDelta), r.end.translate(lineDelta)) : r));
      buckets.set(type, [...before, ...(fresh.get(type) ?? []), ...after]);
    }
    return buckets;
  }

  /** Lines touched by edits since the last full paint (new coordinates, widened conservatively). */
  private noteEdit(event: vscode.TextDocumentChangeEvent): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== event.document || !this.fullPaints.has(editor)) continue;
      let touched = this.touched.get(editor);
      for (const change of event.contentChanges) {
        const added = change.text.split('\n').length - 1 - (change.range.end.line - change.range.start.line);
        const first = change.range.start.line;
        const last = change.range.start.line + change.text.split('\n').length - 1;
        touched = touched
          ? { first: Math.min(touched.first, first), last: Math.max(touched.last + Math.max(0, added), last) }
          : { first, last };
      }
      if (touched) this.touched.set(editor, touched);
    }
  }

  private emptyBuckets(): Buckets {
    const buckets: Buckets = new Map();
    for (const label of LABELS) for (const status of STATUSES) buckets.set(this.types[label][status], []);
    return buckets;
  }

  private bucket(document: vscode.TextDocument, items: readonly ReviewItem[]): Buckets {
    const showRejected = vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<string>('rejectedDisplay', 'struck') !== 'hidden';
    const buckets = this.emptyBuckets();
    for (const item of items) {
      if (item.status === 'rejected' && !showRejected) continue;
      buckets.get(this.types[item.label][item.status])?.push(new vscode.Range(document.positionAt(item.start), document.positionAt(item.end)));
    }
    return buckets;
  }

  private apply(editor: vscode.TextEditor, buckets: Buckets): void {
    for (const [type, ranges] of buckets) editor.setDecorations(type, ranges);
  }
}

type Buckets = Map<vscode.TextEditorDecorationType, vscode.Range[]>;

interface FullPaint {
  readonly lineCount: number;
  readonly buckets: Buckets;
}

/** Without `getText()`, which would copy a 5 MB string just to measure it. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function viewportLines(editor: vscode.TextEditor): { first: number; last: number } {
  const ranges = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(0, 0, 0, 0)];
  const first = Math.max(0, Math.min(...ranges.map((r) => r.start.line)) - VIEWPORT_MARGIN_LINES);
  const last = Math.min(editor.document.lineCount - 1, Math.max(...ranges.map((r) => r.end.line)) + VIEWPORT_MARGIN_LINES);
  return { first, last };
}

export function registerDecorations(context: vscode.ExtensionContext, analysis: AnalysisCache): DecorationPainter {
  const painter = new DecorationPainter(analysis);
  context.subscriptions.push(painter);
  return painter;
}
