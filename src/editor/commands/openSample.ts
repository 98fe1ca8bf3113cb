// `investNews.openSample`: the first step of the walkthrough. Opens the first article of the
// workspace (setting investNews.include); without one (an empty window, an unrelated folder) it
// opens a copy of the sample article shipped with the extension, kept in the extension's global
// storage so the tour works anywhere and its annotation file lands somewhere harmless.
import * as vscode from 'vscode';
import { CommandId, CONFIG_SECTION, SettingId } from '../ids';

const ARTICLE_LANGUAGE = 'investment-news';
const SAMPLE_FILE = 'sample.txt';

export function registerOpenSample(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(CommandId.openSample, () => openSample(context)));
}

export async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
  const article = (await firstWorkspaceArticle()) ?? (await bundledSampleCopy(context));
  let document = await vscode.workspace.openTextDocument(article);
  // The copy lies outside any workspace folder: the language makes it an article whatever the include glob.
  if (document.languageId !== ARTICLE_LANGUAGE && !vscode.workspace.getWorkspaceFolder(article)) {
    document = await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  }
  return vscode.window.showTextDocument(document, { preview: false });
}

async function firstWorkspaceArticle(): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) return undefined;
  const include = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>(SettingId.include.slice(CONFIG_SECTION.length + 1), '**/*.txt');
  if (!include.trim()) return undefined;
  const found = await vscode.workspace.findFiles(include, '**/node_modules/**', 200);
  return found.sort((a, b) => a.path.localeCompare(b.path))[0];
}

/** Copies media/walkthrough/sample.txt into global storage once; later calls reuse the copy (and its annotations). */
async function bundledSampleCopy(context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(context.globalStorageUri, 'sample');
  const target = vscode.Uri.joinPath(folder, SAMPLE_FILE);
  try {
    await vscode.workspace.fs.stat(target);
  } catch {
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', SAMPLE_FILE), target);
  }
  return target;
}
