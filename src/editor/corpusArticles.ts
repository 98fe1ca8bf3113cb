// The workspace's articles (setting investNews.include per folder), and an article's text as the
// annotation store sees it (the open document's, else the file's): for the commands that work
// across the corpus (tag every occurrence, consistency checks).
import * as vscode from 'vscode';
import { CONFIG_SECTION, SettingId } from './ids';
import { readArticleText } from './sidecarFiles';

/** Covered article files of every workspace folder, sorted by their workspace-relative path. */
export async function listCorpusArticles(): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const include = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>(SettingId.include.slice(CONFIG_SECTION.length + 1), '**/*.txt');
    if (!include.trim()) continue;
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include))) if (uri.scheme === 'file') found.push(uri);
  }
  const key = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri);
  return found.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The open document's text when the article is open (offsets of the store refer to it), else the file's. */
export async function articleTextOf(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return open ? open.getText() : readArticleText(uri);
}
