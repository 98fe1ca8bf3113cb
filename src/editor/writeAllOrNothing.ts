// Writing several files through vscode.workspace.fs so that they all change or none does (an
// export of many brat pairs that fails half way must not leave half an export). Each file goes
// to a short-named temporary file beside its target first; only when all are written are they
// renamed into place, and if anything fails the targets already replaced get their old content
// back, the temporary files and the folders created for them are removed, and the first error
// is rethrown (cleanup never hides it).
import * as vscode from 'vscode';
import { pathExists } from './sidecarFiles';

export interface UriWrite {
  uri: vscode.Uri;
  bytes: Uint8Array;
}

let counter = 0;

const beside = (uri: vscode.Uri, kind: 'tmp' | 'old') => vscode.Uri.joinPath(uri, '..', `.inews-${process.pid}-${Date.now().toString(36)}-${(counter++).toString(36)}.${kind}`);

export async function writeAllOrNothing(writes: readonly UriWrite[]): Promise<void> {
  const createdFolders: vscode.Uri[] = [];
  const temporaries: (vscode.Uri | undefined)[] = [];
  const committed: { target: vscode.Uri; backup?: vscode.Uri }[] = [];
  try {
    for (const [i, { uri, bytes }] of writes.entries()) {
      createdFolders.push(...(await missingFolders(vscode.Uri.joinPath(uri, '..'))));
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      temporaries[i] = beside(uri, 'tmp');
      await vscode.workspace.fs.writeFile(temporaries[i] as vscode.Uri, bytes);
    }
    for (const [i, { uri }] of writes.entries()) {
      const entry: { target: vscode.Uri; backup?: vscode.Uri } = { target: uri };
      if (await pathExists(uri)) {
        entry.backup = beside(uri, 'old');
        await vscode.workspace.fs.copy(uri, entry.backup, { overwrite: true });
      }
      committed.push(entry);
      await vscode.workspace.fs.rename(temporaries[i] as vscode.Uri, uri, { overwrite: true });
      temporaries[i] = undefined;
    }
  } catch (error) {
    await rollBack(committed, temporaries, createdFolders);
    throw error;
  }
  for (const { backup } of committed) if (backup) await quietly(() => vscode.workspace.fs.delete(backup));
}

async function rollBack(committed: readonly { target: vscode.Uri; backup?: vscode.Uri }[], temporaries: readonly (vscode.Uri | undefined)[], createdFolders: readonly vscode.Uri[]): Promise<void> {
  for (const { target, backup } of [...committed].reverse()) {
    await quietly(() => (backup ? vscode.workspace.fs.rename(backup, target, { overwrite: true }) : vscode.workspace.fs.delete(target)));
  }
  for (const temporary of temporaries) if (temporary) await quietly(() => vscode.workspace.fs.delete(temporary));
  // Deepest first, and only when empty: something else may have been put there meanwhile.
  for (const folder of [...createdFolders].sort((a, b) => b.path.length - a.path.length)) {
    await quietly(async () => {
      if ((await vscode.workspace.fs.readDirectory(folder)).length === 0) await vscode.workspace.fs.delete(folder);
    });
  }
}

/** `folder` and its missing parents, deepest first. */
async function missingFolders(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const missing: vscode.Uri[] = [];
  for (let f = folder; !(await pathExists(f)) && f.path !== '/'; f = vscode.Uri.joinPath(f, '..')) missing.push(f);
  return missing;
}

async function quietly(step: () => Thenable<void> | Promise<void>): Promise<void> {
  try {
    await step();
  } catch {
    // Cleanup after a failure: the first error is what the user needs to see.
  }
}
