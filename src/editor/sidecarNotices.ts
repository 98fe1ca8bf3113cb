// What the annotation store tells the user: a sidecar that is not valid (read-only until fixed),
// a write it refused and why, annotations it could not place again, and the question before it
// writes in an untrusted workspace. Each message offers the file or the list it is about.
import * as vscode from 'vscode';
import { CommandId } from './ids';
import { baseName } from './sidecarLocation';

/** A path as the user sees it in the workspace. */
export function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

export async function showSidecarProblem(article: vscode.Uri, sidecar: vscode.Uri, problem: string): Promise<void> {
  const open = vscode.l10n.t('Open Annotation File');
  const choice = await vscode.window.showErrorMessage(
    vscode.l10n.t('{0} is not a valid annotation file ({1}). It is left untouched; annotations of this article are read-only until it is fixed.', displayPath(sidecar), problem),
    open,
  );
  if (choice === open) await vscode.commands.executeCommand(CommandId.openSidecar, article);
}

export async function showRefusal(article: vscode.Uri, message: string): Promise<void> {
  const open = vscode.l10n.t('Open Annotation File');
  const choice = await vscode.window.showErrorMessage(message, open);
  if (choice === open) await vscode.commands.executeCommand(CommandId.openSidecar, article);
}

export async function showUnplacedNotice(article: vscode.Uri, count: number): Promise<void> {
  const show = vscode.l10n.t('Show');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} changed since it was annotated: {1} annotation(s) could not be placed again. They are kept and listed.', baseName(article), count),
    show,
  );
  if (choice === show) await vscode.commands.executeCommand(CommandId.showUnplaced, article);
}

export async function askToWriteUntrusted(sidecar: vscode.Uri): Promise<boolean> {
  const write = vscode.l10n.t('Write Annotations');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('This workspace is not trusted. Write annotations to {0}?', displayPath(sidecar)),
    { modal: true, detail: vscode.l10n.t('In an untrusted workspace the extension only highlights; it asks before it writes any file. The answer holds for this file until the window closes.') },
    write,
  );
  return choice === write;
}
