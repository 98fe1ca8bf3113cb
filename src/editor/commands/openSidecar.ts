// `investNews.openSidecar`: opens the annotation file of an article (argument: the article uri;
// default: the active editor's article). Also the button behind every sidecar error message.
import * as vscode from 'vscode';
import type { AnnotationStore } from '../annotationStore';
import { CommandId } from '../ids';

export function registerOpenSidecar(context: vscode.ExtensionContext, store: AnnotationStore): void {
  context.subscriptions.push(vscode.commands.registerCommand(CommandId.openSidecar, (article?: vscode.Uri) => openSidecar(store, article)));
}

/** Opens the sidecar and, when `annotationId` is given, selects that annotation's id in it. */
export async function openSidecar(store: AnnotationStore, article?: vscode.Uri, annotationId?: string): Promise<vscode.TextEditor | undefined> {
  const target = article instanceof vscode.Uri ? article : vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first: its annotation file is opened.'));
    return undefined;
  }
  const sidecar = store.sidecarUri(target);
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(sidecar);
  } catch {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} has no annotation file yet: it is created when the first annotation is saved.', vscode.workspace.asRelativePath(target, false)),
    );
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  if (annotationId) {
    const at = document.getText().indexOf(JSON.stringify(annotationId));
    if (at >= 0) {
      const range = new vscode.Range(document.positionAt(at), document.positionAt(at + JSON.stringify(annotationId).length));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
    }
  }
  return editor;
}
