// What the export and import commands share: finding the articles of a scope, reading an
// article's current text (the open editor's, which the store's offsets follow, else the file's),
// and the output channel that keeps the full reports.
import * as vscode from 'vscode';
import { CONFIG_SECTION, SettingId } from '../ids';
import { readArticleText } from '../sidecarFiles';

/** Articles under `folder` (or the whole workspace) matching `investNews.include`, sorted by path. */
export async function findArticles(folder?: vscode.Uri): Promise<vscode.Uri[]> {
  const include = vscode.workspace.getConfiguration(CONFIG_SECTION, folder).get<string>(SettingId.include.split('.')[1], '**/*.txt');
  const pattern: vscode.GlobPattern = folder ? new vscode.RelativePattern(folder, include) : include;
  const found = await vscode.workspace.findFiles(pattern, '**/{node_modules,.git}/**');
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The text the store's offsets refer to: the open document's, else the file's (decoded, BOM dropped). */
export async function currentText(article: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
  return open ? open.getText() : readArticleText(article);
}

export function openDocument(article: vscode.Uri): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
}

let channel: vscode.OutputChannel | undefined;

/** One output channel for export and import reports, created on first use. */
export function interopChannel(context: vscode.ExtensionContext): vscode.OutputChannel {
  if (!channel) {
    channel = vscode.window.createOutputChannel(vscode.l10n.t('Invest News: Export and Import'));
    context.subscriptions.push(channel, { dispose: () => (channel = undefined) });
  }
  return channel;
}
