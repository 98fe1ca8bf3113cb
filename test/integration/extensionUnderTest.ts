// Helpers shared by integration tests: the extension under test and the sample articles of the
// temporary workspace (a fresh copy of test/integration/fixtures/workspace/ per run).
import * as vscode from 'vscode';

export const EXTENSION_ID = 'invest-news.invest-news-annotator';

export function extensionUnderTest(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return extension;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs an opened folder');
  return folder.uri;
}

/** The .txt articles of the test workspace, sorted by name. */
export async function sampleArticles(): Promise<vscode.Uri[]> {
  const files = await vscode.workspace.findFiles('*.txt');
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** Polls `condition` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
