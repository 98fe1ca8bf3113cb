// Jump to the next span still waiting for review (a suggestion), wrapping at the end of the
// article. The span is selected, so Ctrl+. offers its quick fixes straight away.
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { CommandId } from '../ids';
import type { ReviewDeps } from './reviewDeps';
import { activeArticleEditor } from './reviewTarget';

export type Direction = 'next' | 'previous';

/** Selects the next / previous suggestion from the cursor; answers its start offset, or -1 when none is left. */
export function revealUnreviewed(analysis: AnalysisCache, direction: Direction): number {
  const editor = activeArticleEditor(analysis);
  if (!editor) return -1;
  const document = editor.document;
  const open = analysis.get(document).items.filter((item) => item.status === 'suggested');
  if (open.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every span in this article has been reviewed.'));
    return -1;
  }
  const from = document.offsetAt(editor.selection.start);
  // A bare cursor at a span's start means that span; a selected span means "the one after it".
  const after = (start: number) => (editor.selection.isEmpty ? start >= from : start > from);
  const target = direction === 'next'
    ? open.find((item) => after(item.start)) ?? open[0]
    : [...open].reverse().find((item) => item.start < from) ?? open[open.length - 1];
  const range = new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return target.start;
}

export function registerNextUnreviewed({ analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.nextUnreviewed, (): number => revealUnreviewed(analysis, 'next'));
}
