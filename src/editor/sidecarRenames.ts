// A sidecar belongs to its article by name, so renaming or moving an article (Explorer, a
// refactoring, anything that goes through VS Code's file operations) must carry the sidecar
// along, or the article shows nothing accepted. The move joins the rename's own edit (one undo
// for both); a folder renamed under `investNews.sidecarFolder` takes its mirrored folder along.
// After the move the sidecar's `article` field is brought up to date by a normal store write.
// Deleting an article never deletes its sidecar: it is kept, the user is told, and
// **Show Annotation Files Without an Article** lists it.
import * as vscode from 'vscode';
import { sharedSidecarPath } from '../core/sidecar/annotators';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecarFormat';
import type { AnnotationStore } from './annotationStore';
import { CommandId } from './ids';

export function registerSidecarRenames(context: vscode.ExtensionContext, store: AnnotationStore): void {
  context.subscriptions.push(
    vscode.workspace.onWillRenameFiles((event) => event.waitUntil(sidecarMoves(store, event.files))),
    vscode.workspace.onDidRenameFiles((event) => void refreshMoved(store, event.files)),
    vscode.workspace.onWillDeleteFiles((event) => event.waitUntil(noteDeletions(store, event.files))),
  );
}

type Rename = { readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri };

/** The sidecar renames that go with `files`: one per renamed article with a sidecar, one per mirrored folder. */
async function sidecarMoves(store: AnnotationStore, files: readonly Rename[]): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const movedByUser = new Set(files.map((f) => f.oldUri.toString()));
  for (const { oldUri, newUri } of files) {
    if (oldUri.path.endsWith(SIDECAR_SUFFIX)) continue; // The user moves a sidecar by hand: theirs to place.
    const kind = await fileType(oldUri);
    if (kind === vscode.FileType.File) {
      const from = store.sidecarUri(oldUri);
      const to = store.sidecarUri(newUri);
      if (!sameUri(from, to) && !movedByUser.has(from.toString()) && (await fileType(from)) === vscode.FileType.File && (await fileType(to)) === undefined) {
        edit.renameFile(from, to, { ignoreIfExists: true });
      }
    } else if (kind === vscode.FileType.Directory) {
      const from = mirroredFolder(store, oldUri);
      const to = mirroredFolder(store, newUri);
      // Beside their articles, sidecars move with the folder by themselves.
      if (from && to && !sameUri(from, to) && (await fileType(from)) === vscode.FileType.Directory && (await fileType(to)) === undefined) {
        edit.renameFile(from, to, { ignoreIfExists: true });
      }
    }
  }
  return edit;
}

/** The folder under `investNews.sidecarFolder` that holds the sidecars of `folder`'s articles; undefined when they sit beside them. */
function mirroredFolder(store: AnnotationStore, folder: vscode.Uri): vscode.Uri | undefined {
  // Every annotator's sidecars (annotators/NAME/ inside it) move with the mirrored folder.
  const probe = store.sidecarUri(vscode.Uri.joinPath(folder, '_'));
  const mirrored = probe.with({ path: sharedSidecarPath(probe.path).slice(0, -`/_${SIDECAR_SUFFIX}`.length) });
  return sameUri(mirrored, folder) ? undefined : mirrored;
}

/** The renamed articles' sidecars name their article: a write records the new name (valid sidecars only). */
async function refreshMoved(store: AnnotationStore, files: readonly Rename[]): Promise<void> {
  for (const { newUri } of files) {
    if ((await fileType(newUri)) !== vscode.FileType.File || (await fileType(store.sidecarUri(newUri))) !== vscode.FileType.File) continue;
    const state = await store.load(newUri);
    if (!state.problem && vscode.workspace.isTrusted) await store.update(newUri, (current) => [...current]);
  }
}

/** An article about to be deleted keeps its sidecar: say so once the deletion is under way. */
async function noteDeletions(store: AnnotationStore, files: readonly vscode.Uri[]): Promise<vscode.WorkspaceEdit> {
  const kept: vscode.Uri[] = [];
  for (const uri of files) {
    if (uri.path.endsWith(SIDECAR_SUFFIX) || (await fileType(uri)) !== vscode.FileType.File) continue;
    const sidecar = store.sidecarUri(uri);
    if ((await fileType(sidecar)) === vscode.FileType.File) kept.push(sidecar);
  }
  if (kept.length > 0) void tellKept(kept);
  return new vscode.WorkspaceEdit();
}

async function tellKept(sidecars: readonly vscode.Uri[]): Promise<void> {
  const show = vscode.l10n.t('Show Files Without an Article');
  const names = sidecars.map((uri) => vscode.workspace.asRelativePath(uri, false)).join(', ');
  const choice = await vscode.window.showWarningMessage(vscode.l10n.t('The annotation file is kept, not deleted with its article: {0}', names), show);
  if (choice === show) await vscode.commands.executeCommand(CommandId.showOrphanedSidecars);
}

async function fileType(uri: vscode.Uri): Promise<vscode.FileType | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    return stat.type & vscode.FileType.Directory ? vscode.FileType.Directory : vscode.FileType.File;
  } catch {
    return undefined;
  }
}

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}
