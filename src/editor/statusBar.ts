// Status bar: how far the review of the active article has come (accepted and still-unreviewed
// spans). Clicking jumps to the next unreviewed span. Hidden for files that are not articles.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { CommandId, SettingId } from './ids';

export function registerStatusBar(context: vscode.ExtensionContext, analysis: AnalysisCache): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem('investNews.review', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Invest News review progress');
  item.command = CommandId.nextUnreviewed;

  let pending: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = () => {
    if (!pending) pending = setTimeout(() => { pending = undefined; refresh(); }, 0);
  };
  const refresh = () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !analysis.isCovered(editor.document)) {
      item.hide();
      return;
    }
    if (!analysis.isCurrent(editor.document)) {
      // The first analysis of a large article runs in slices: its onDidChange brings the counts.
      void analysis.analyse(editor.document);
      return;
    }
    const items = analysis.get(editor.document).items;
    const accepted = items.filter((i) => i.status === 'accepted').length;
    const unreviewed = items.filter((i) => i.status === 'suggested').length;
    item.text = `$(check) ${accepted}  $(circle-large-outline) ${unreviewed}`;
    item.tooltip = vscode.l10n.t('{0} accepted, {1} unreviewed. Click to go to the next unreviewed span.', accepted, unreviewed);
    item.show();
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(refresh),
    analysis.onDidChange((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString()) return;
      // On the next tick: on a huge article the highlights repaint the viewport first, and the
      // full analysis the counts need must not hold their messages back.
      refreshSoon();
    }),
    { dispose: () => pending && clearTimeout(pending) },
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(SettingId.include) && refresh()),
  );
  // The first counts need the active article's analysis: on the next tick, so that activation
  // itself never waits for a recognition.
  refreshSoon();
  return item;
}
