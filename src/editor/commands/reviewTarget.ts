// Which span a review command acts on. Hover links and quick fixes pass a SpanTarget (plain
// JSON, so it survives a `command:` link); from the palette or a keybinding the command acts on
// the span under the cursor of the active article.
import * as vscode from 'vscode';
import type { ReviewItem } from '../../core/review/review';
import { isLabel } from '../../core/types';
import type { Label } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';

export interface SpanTarget {
  /** The article's uri, as a string. */
  readonly uri: string;
  readonly start: number;
  readonly end: number;
  readonly label: Label;
}

export interface TargetedItem {
  readonly document: vscode.TextDocument;
  readonly item: ReviewItem;
}

export function targetOf(document: vscode.TextDocument, item: ReviewItem): SpanTarget {
  return { uri: document.uri.toString(), start: item.start, end: item.end, label: item.label };
}

export function isSpanTarget(value: unknown): value is SpanTarget {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.uri === 'string' && Number.isInteger(t.start) && Number.isInteger(t.end) && isLabel(t.label);
}

/**
 * Items under `offset`: spans that contain it first, then spans that end right at it (the
 * cursor just after a span still means that span). `items` is sorted by start.
 */
export function itemsAt(items: readonly ReviewItem[], offset: number): ReviewItem[] {
  const inside: ReviewItem[] = [];
  const touching: ReviewItem[] = [];
  for (const item of items) {
    if (item.start > offset) break;
    if (offset < item.end) inside.push(item);
    else if (offset === item.end) touching.push(item);
  }
  return [...inside, ...touching];
}

/** Items overlapping [start, end). */
export function itemsOverlapping(items: readonly ReviewItem[], start: number, end: number): ReviewItem[] {
  const result: ReviewItem[] = [];
  for (const item of items) {
    if (item.start >= end) break;
    if (item.end > start) result.push(item);
  }
  return result;
}

/** The active editor when it shows a covered article; otherwise tells the user and answers undefined. */
export function activeArticleEditor(analysis: AnalysisCache): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && analysis.isCovered(editor.document)) return editor;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (a file matching the setting investNews.include) first.'));
  return undefined;
}

/**
 * The review item a command acts on: the one a SpanTarget names, or the one under the cursor.
 * Tells the user and answers undefined when there is none (the text may have changed since a
 * hover was shown).
 */
export async function resolveItem(analysis: AnalysisCache, target: unknown): Promise<TargetedItem | undefined> {
  if (isSpanTarget(target)) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
    const item = analysis.get(document).items.find((i) => i.start === target.start && i.end === target.end && i.label === target.label);
    if (!item) void vscode.window.showWarningMessage(vscode.l10n.t('That span is no longer there: the text changed. Try again on the current text.'));
    return item && { document, item };
  }
  const editor = activeArticleEditor(analysis);
  if (!editor) return undefined;
  const document = editor.document;
  const [item] = itemsAt(analysis.get(document).items, document.offsetAt(editor.selection.active));
  if (!item) void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a highlighted span first.'));
  return item && { document, item };
}
