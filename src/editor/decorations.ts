// Highlights: every MONEY, PARK, PROJECT and COMPANY span in the visible articles, one look per
// label × review status. Decoration types are created once and reused; an update only calls
// `setDecorations`. Colours come from `contributes.colors`, so every theme can restyle them.
//
// Update rules: switching editors paints at once; typing repaints once the analysis cache's
// per-document debounce fires; only visible editors are touched; on a large article the first
// paint covers the viewport (its lines alone are recognised), and the whole text follows once the
// analysis cache has recognised it in slices, without holding the extension host meanwhile.
// After an edit the ranges of the spans the edit did not touch are reused from the last paint.
import * as vscode from 'vscode';
import type { ReviewItem, ReviewStatus } from '../core/review/review';
import { LABELS } from '../core/types';
import type { Label } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { CONFIG_SECTION, SettingId } from './ids';
import { chunkSpans, planPaint } from './decorationChunks';
import type { ChunkedPaint, PreviousPaint } from './decorationChunks';

/**
 * Lines painted around the visible ranges in that first paint: enough for a first scroll; the
 * whole article follows a moment later, so a wider margin only delays what the user sees.
 */
const VIEWPORT_MARGIN_LINES = 40;

const STATUSES: readonly ReviewStatus[] = ['suggested', 'accepted', 'rejected'];

/** Colour ids contributed in package.json, e.g. `investNews.moneyBackground`. */
export function colorId(label: Label, part: 'Background' | 'Border'): string {
  return `investNews.${label.toLowerCase()}${part}`;
}

/**
 * The outlines of suggested and accepted spans. The decorations alone carry the labels (the
 * TextMate grammar uses neutral scopes only), so they must read at a glance: solid lines.
 */
export const OUTLINE = { suggested: '1px solid', accepted: '2px solid' } as const;

type TypeTable = Record<Label, Record<ReviewStatus, vscode.TextEditorDecorationType>>;

function createDecorationTypes(): TypeTable {
  const table = {} as TypeTable;
  for (const label of LABELS) {
    const border = new vscode.ThemeColor(colorId(label, 'Border'));
    const background = new vscode.ThemeColor(colorId(label, 'Background'));
    const common = { rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed, borderRadius: '2px' };
    table[label] = {
      // A machine suggestion: only outlined (solid: thin dashes are hard to read around CJK), so it reads as "not decided yet".
      suggested: vscode.window.createTextEditorDecorationType({
        ...common,
        border: OUTLINE.suggested,
        borderColor: border,
        overviewRulerColor: border,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
      }),
      // Accepted: filled, with a heavier solid outline, so it still shows on a selection.
      accepted: vscode.window.createTextEditorDecorationType({
        ...common,
        backgroundColor: background,
        border: OUTLINE.accepted,
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
  /** Decoration types per chunk id (see decorationChunks.ts), created when first needed. */
  private readonly types: TypeTable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly lastPainted = new WeakMap<vscode.TextEditor, readonly ReviewItem[]>();
  private readonly fullPaints = new WeakMap<vscode.TextEditor, FullPaint>();
  private readonly viewportPaints = new WeakMap<vscode.TextEditor, ViewportPaint>();

  constructor(private readonly analysis: AnalysisCache) {
    this.disposables.push(
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.paint(editor)),
      analysis.onDidChange((uri) => this.paintUri(uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SettingId.rejectedDisplay) || event.affectsConfiguration(SettingId.include)) {
          for (const editor of vscode.window.visibleTextEditors) {
            const last = this.fullPaints.get(editor);
            if (last) this.fullPaints.set(editor, { ...last, version: -1 });
          }
          this.paintAll();
        }
      }),
    );
    // The first paint recognises every visible article: do it on the next tick so activation
    // stays cheap (VS Code counts the time until activate returns).
    const firstPaint = setTimeout(() => this.paintAll(), 0);
    this.disposables.push({ dispose: () => clearTimeout(firstPaint) });
  }

  /** The items of the last full paint of an editor (what the user sees); integration tests read it. */
  painted(editor: vscode.TextEditor): readonly ReviewItem[] | undefined {
    return this.lastPainted.get(editor);
  }

  /**
   * The viewport paint of an editor's first analysis, if it had one (a large article): what it
   * painted, and whether the whole document had been analysed by then. Tests and the first-paint
   * benchmark read it.
   */
  viewportPainted(editor: vscode.TextEditor): ViewportPaint | undefined {
    return this.viewportPaints.get(editor);
  }

  /** When the last full paint of an editor was made (`performance.now()`), for the first-paint benchmark. */
  fullyPaintedAt(editor: vscode.TextEditor): number | undefined {
    return this.fullPaints.get(editor)?.time;
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    for (const table of this.types) for (const byStatus of Object.values(table)) for (const type of Object.values(byStatus)) type.dispose();
  }

  private typesOf(chunk: number): TypeTable {
    while (this.types.length <= chunk) this.types.push(createDecorationTypes());
    return this.types[chunk];
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
      const last = this.fullPaints.get(editor);
      if (last || this.lastPainted.has(editor)) {
        for (const id of last?.paint.ids ?? [0]) this.clearChunk(editor, id);
        this.lastPainted.delete(editor);
        this.fullPaints.delete(editor);
      }
      return;
    }
    // The first analysis of a large article takes a while: paint the viewport from its own scan
    // first (in chunk 0, which the full paint overwrites), and let the analysis cache recognise
    // the whole text in slices; its onDidChange brings the full paint. After edits the analysis
    // is incremental (only the touched paragraphs are recognised), so the full paint comes at once.
    if (this.analysis.firstAnalysisPending(document)) {
      const started = performance.now();
      const viewport = viewportLines(editor);
      const last = this.viewportPaints.get(editor);
      // Shown again (visible editors and active editor both fire on opening): already painted.
      if (last?.version === document.version && last.first === viewport.first && last.last === viewport.last) return;
      const items = this.analysis.peekLines(document, viewport.first, viewport.last);
      this.setChunk(editor, 0, items, items.map((item) => rangeOf(document, item)), 0, items.length);
      this.viewportPaints.set(editor, { version: document.version, ...viewport, items, wholeDocumentAnalysed: this.analysis.isCurrent(document), started, time: performance.now() });
      void this.analysis.analyse(document);
      return;
    }
    this.paintFully(editor);
  }

  private paintFully(editor: vscode.TextEditor): void {
    const document = editor.document;
    const analysis = this.analysis.get(document);
    const last = this.fullPaints.get(editor);
    if (this.lastPainted.get(editor) === analysis.items && last?.version === analysis.version) return;
    const previous: PreviousPaint<vscode.Range> | undefined = last && {
      paint: last.paint,
      region: analysis.region?.fromVersion === last.version ? analysis.region : undefined,
      lineDelta: document.lineCount - last.lineCount,
      translate: translateLines,
      sameText: last.version === analysis.version,
    };
    const plan = planPaint(analysis.items, (item) => rangeOf(document, item), previous);
    const spans = chunkSpans(plan.paint);
    for (const id of plan.cleared) this.clearChunk(editor, id);
    for (const id of plan.dirty) {
      const span = spans.get(id) ?? { from: 0, to: 0 };
      this.setChunk(editor, id, analysis.items, plan.paint.ranges, span.from, span.to);
    }
    this.lastPainted.set(editor, analysis.items);
    this.fullPaints.set(editor, { version: analysis.version, lineCount: document.lineCount, paint: plan.paint, time: performance.now() });
  }

  /** Sets the decorations of one chunk: items[from, to) and their ranges, one call per look. */
  private setChunk(editor: vscode.TextEditor, chunk: number, items: readonly ReviewItem[], ranges: readonly vscode.Range[], from: number, to: number): void {
    const showRejected = vscode.workspace.getConfiguration(CONFIG_SECTION, editor.document.uri).get<string>('rejectedDisplay', 'struck') !== 'hidden';
    const types = this.typesOf(chunk);
    const buckets = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const label of LABELS) for (const status of STATUSES) buckets.set(types[label][status], []);
    for (let i = from; i < to; i++) {
      const item = items[i];
      if (item.status === 'rejected' && !showRejected) continue;
      buckets.get(types[item.label][item.status])?.push(ranges[i]);
    }
    for (const [type, bucket] of buckets) editor.setDecorations(type, bucket);
  }

  private clearChunk(editor: vscode.TextEditor, chunk: number): void {
    const types = this.types[chunk];
    if (!types) return;
    for (const label of LABELS) for (const status of STATUSES) editor.setDecorations(types[label][status], []);
  }
}

export interface ViewportPaint {
  readonly version: number;
  /** The lines it covered (the visible ones and a margin). */
  readonly first: number;
  readonly last: number;
  readonly items: readonly ReviewItem[];
  /** False when the viewport was painted before the whole document was analysed (the point of it). */
  readonly wholeDocumentAnalysed: boolean;
  /** `performance.now()` when the editor asked for its first paint, and when the viewport was painted. */
  readonly started: number;
  readonly time: number;
}

interface FullPaint {
  readonly version: number;
  /** `performance.now()` when it was painted. */
  readonly time: number;
  readonly lineCount: number;
  readonly paint: ChunkedPaint<vscode.Range>;
}

function translateLines(range: vscode.Range, lines: number): vscode.Range {
  return new vscode.Range(range.start.line + lines, range.start.character, range.end.line + lines, range.end.character);
}

function rangeOf(document: vscode.TextDocument, item: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
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
