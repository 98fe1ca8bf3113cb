// Renames VS Code does not see as renames: `git mv` in a terminal, a file manager, a script.
// The file watcher reports the article deleted and another file created, in either order. When
// a new article has no sidecar and its text is exactly the text a just-deleted article's sidecar
// was written for (its sha256), that sidecar moves to it, and the user is told. Articles deleted
// through VS Code (Explorer, the workspace API) are deletions the user asked for: never paired.
import * as vscode from 'vscode';
import { hashText } from '../core/textHash';
import type { AnnotationStore } from './annotationStore';
import { sidecarSchema } from './deferredModules';
import { CONFIG_SECTION } from './ids';
import { pathExists, readArticleText, readTextIfExists } from './sidecarFiles';

/** A deletion and a creation this close together are one move. */
const PAIRING_WINDOW_MS = 5_000;

interface Deleted { readonly article: vscode.Uri; readonly sidecar: vscode.Uri; readonly sha256: string; readonly at: number }
interface Created { readonly article: vscode.Uri; readonly sha256: string; readonly at: number }

export function registerOutsideRenames(context: vscode.ExtensionContext, store: AnnotationStore): void {
  let deleted: Deleted[] = [];
  let created: Created[] = [];
  const deletedByUser = new Set<string>();
  let queue = Promise.resolve();
  const run = (task: () => Promise<void>) => (queue = queue.then(task).catch(() => undefined));

  const pair = async () => {
    const now = Date.now();
    deleted = deleted.filter((d) => now - d.at < PAIRING_WINDOW_MS);
    created = created.filter((c) => now - c.at < PAIRING_WINDOW_MS);
    for (const d of [...deleted]) {
      // Several new files with that text: the one created nearest in time to the deletion.
      const candidates: Created[] = [];
      for (const c of created.filter((x) => x.sha256 === d.sha256 && x.article.toString() !== d.article.toString())) {
        if (await pathExists(store.sidecarUri(c.article))) created = created.filter((x) => x !== c); // It has its own annotations.
        else candidates.push(c);
      }
      const c = candidates.sort((a, b) => Math.abs(a.at - d.at) - Math.abs(b.at - d.at))[0];
      if (!c) continue;
      deleted = deleted.filter((x) => x !== d);
      created = created.filter((x) => x !== c);
      const target = store.sidecarUri(c.article);
      if (!(await pathExists(d.sidecar)) || (await pathExists(d.article))) continue;
      await vscode.workspace.fs.rename(d.sidecar, target, { overwrite: false });
      const state = await store.load(c.article);
      if (!state.problem && vscode.workspace.isTrusted) await store.update(c.article, (current) => [...current]);
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} was renamed outside VS Code to {1}: its annotation file moved with it.', relative(d.article), relative(c.article)),
      );
    }
  };

  const onDeleted = (article: vscode.Uri) => run(async () => {
    if (deletedByUser.delete(article.toString())) return;
    const sidecar = store.sidecarUri(article);
    const content = await readTextIfExists(sidecar).catch(() => undefined);
    const parsed = content === undefined ? undefined : sidecarSchema().parseSidecar(content);
    if (!parsed?.ok) return;
    created = created.filter((c) => c.article.toString() !== article.toString());
    deleted.push({ article, sidecar, sha256: parsed.sidecar.sha256, at: Date.now() });
    await pair();
  });
  const onCreated = (article: vscode.Uri) => run(async () => {
    if (await pathExists(store.sidecarUri(article))) return;
    const text = await readArticleText(article);
    if (text === undefined) return;
    created.push({ article, sha256: hashText(text), at: Date.now() });
    await pair();
  });

  context.subscriptions.push(
    vscode.workspace.onWillDeleteFiles((event) => {
      for (const uri of event.files) deletedByUser.add(uri.toString());
      setTimeout(() => event.files.forEach((uri) => deletedByUser.delete(uri.toString())), PAIRING_WINDOW_MS);
    }),
  );
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const include = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>('include', '**/*.txt').trim();
    if (!include) continue;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include), false, true, false);
    context.subscriptions.push(watcher, watcher.onDidDelete(onDeleted), watcher.onDidCreate(onCreated));
  }
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
