// The context key `investNews.isArticle`: true while the active editor shows a covered article.
// Keybindings and menus use it in their `when` clauses, so our keys only act in articles.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { SettingId } from './ids';

export const ARTICLE_CONTEXT_KEY = 'investNews.isArticle';

export function registerArticleContextKey(context: vscode.ExtensionContext, analysis: AnalysisCache): void {
  let current: boolean | undefined;
  const refresh = () => {
    const editor = vscode.window.activeTextEditor;
    const value = !!editor && analysis.isCovered(editor.document);
    if (value === current) return;
    current = value;
    void vscode.commands.executeCommand('setContext', ARTICLE_CONTEXT_KEY, value);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(SettingId.include) && refresh()),
    // The language of an open file can change (plaintext → investment-news), and so its coverage.
    vscode.workspace.onDidOpenTextDocument(refresh),
  );
  // The first check matches the include glob (compiled on first use): on the next tick, so that
  // activation does not wait for it.
  const first = setTimeout(refresh, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
}
