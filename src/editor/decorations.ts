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

  constructor(private readonly analysis: AnalysisCache) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.paint(editor)),
      analysis.onDidChange((uri) => this.paintUri(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SettingId.rejectedDisplay) || event.affectsConfiguration(SettingId.include)) this.paintAll();
      }),
    );
    this.paintAll();
  }

  /** The items last painted in an editor (what the user sees); integration tests read it. */
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
        this.apply(editor, []);
        this.lastPainted.delete(editor);
      }
      return;
    }
    if (this.analysis.needsFirstAnalysis(document) && documentLength(document) > HUGE_DOCUMENT_LENGTH) {
      // First paint of a huge article: the viewport now, everything else on the next tick.
      const { start, end } = viewportOffsets(editor);
      this.apply(editor, this.analysis.peek(document, start, end));
      const pending = this.pendingFullPaint.get(editor);
      if (pending) clearTimeout(pending);
      this.pendingFullPaint.set(editor, setTimeout(() => {
        this.pendingFullPaint.delete(editor);
        if (vscode.window.visibleTextEditors.includes(editor)) this.apply(editor, this.analysis.get(document).items);
      }, 0));
      return;
    }
    this.apply(editor, this.analysis.get(document).items);
  }

  private apply(editor: vscode.TextEditor, items: readonly ReviewItem[]): void {
    const document = editor.document;
    const showRejected = vscode.workspace.getConfiguration(CONFIG_SECTION, document.uri).get<string>('rejectedDisplay', 'struck') !== 'hidden';
    const buckets = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const label of LABELS) for (const status of STATUSES) buckets.set(this.types[label][status], []);
    for (const item of items) {
      if (item.status === 'rejected' && !showRejected) continue;
      buckets.get(this.types[item.label][item.status])?.push(new vscode.Range(document.positionAt(item.start), document.positionAt(item.end)));
    }
    for (const [type, ranges] of buckets) editor.setDecorations(type, ranges);
    this.lastPainted.set(editor, items);
  }
}

/** Without `getText()`, which would copy a 5 MB string just to measure it. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function viewportOffsets(editor: vscode.TextEditor): { start: number; end: number } {
  const document = editor.document;
  const ranges = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(0, 0, 0, 0)];
  const first = Math.max(0, Math.min(...ranges.map((r) => r.start.line)) - VIEWPORT_MARGIN_LINES);
  const last = Math.min(document.lineCount - 1, Math.max(...ranges.map((r) => r.end.line)) + VIEWPORT_MARGIN_LINES);
  return { start: document.offsetAt(new vscode.Position(first, 0)), end: document.offsetAt(document.lineAt(last).range.end) };
}

export function registerDecorations(context: vscode.ExtensionContext, analysis: AnalysisCache): DecorationPainter {
  const painter = new DecorationPainter(analysis);
  context.subscriptions.push(painter);
  return painter;
}
