// Renames VS Code does not see as renames: `git mv` in a terminal, a file manager, a script.
// The file watcher reports the article deleted and another file created, in either order and
// possibly in different batches. When a new article has no sidecar and its text is exactly the
// text a just-deleted article's sidecar was written for (its sha256), that sidecar moves to it,
// and the user is told; src/core/movePairing.ts decides which new file, after a short settling
// time, so a copy with the same text made shortly before is not taken for the move's target.
// Articles deleted through VS Code (Explorer, the workspace API) are deletions the user asked
// for: never paired.
import * as vscode from 'vscode';
import type { SeenFile } from '../core/movePairing';
import { MOVE_TIMING, pairMoves } from '../core/movePairing';
import { hashText } from '../core/textHash';
import type { AnnotationStore } from './annotationStore';
import { sidecarSchema } from './deferredModules';
import { CONFIG_SECTION } from './ids';
import { pathExists, readArticleText, readTextIfExists } from './sidecarFiles';

interface Deleted extends SeenFile { readonly uri: vscode.Uri; readonly sidecar: vscode.Uri }
interface Created extends SeenFile { readonly uri: vscode.Uri }

export function registerOutsideRenames(context: vscode.ExtensionContext, store: AnnotationStore): void {
  const moves = new OutsideMoves(store);
  context.subscriptions.push(
    moves,
    vscode.workspace.onWillDeleteFiles((event) => moves.deletedByUser(event.files)),
  );
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const include = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>('include', '**/*.txt').trim();
    if (!include) continue;
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include), false, true, false);
    context.subscriptions.push(watcher, watcher.onDidDelete((uri) => moves.deleted(uri)), watcher.onDidCreate((uri) => moves.created(uri)));
  }
}

/** The deletions and creations the watcher reported lately, paired into moves once they settle. */
class OutsideMoves implements vscode.Disposable {
  private deletions: Deleted[] = [];
  private creations: Created[] = [];
  private readonly byUser = new Set<string>();
  /** One task at a time, in the order the watcher reported: each reads files the next may move. */
  private queue = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  private disposed = false;

  constructor(private readonly store: AnnotationStore) {}

  deletedByUser(files: readonly vscode.Uri[]): void {
    for (const uri of files) this.byUser.add(uri.toString());
    setTimeout(() => files.forEach((uri) => this.byUser.delete(uri.toString())), MOVE_TIMING.windowMs);
  }

  /** `at` is taken when the watcher reports, not when the queue gets to it: pairing goes by the report's time. */
  deleted(uri: vscode.Uri): void {
    const at = Date.now();
    this.run(async () => {
      if (this.byUser.delete(uri.toString())) return;
      const sidecar = this.store.sidecarUri(uri);
      const content = await readTextIfExists(sidecar).catch(() => undefined);
      const parsed = content === undefined ? undefined : sidecarSchema().parseSidecar(content);
      if (!parsed?.ok) return;
      this.creations = this.creations.filter((c) => c.article !== uri.toString());
      this.deletions.push({ uri, article: uri.toString(), sidecar, sha256: parsed.sidecar.sha256, at });
      await this.decide();
    });
  }

  created(uri: vscode.Uri): void {
    const at = Date.now();
    this.run(async () => {
      if (await pathExists(this.store.sidecarUri(uri))) return;
      const text = await readArticleText(uri);
      if (text === undefined) return;
      this.creations.push({ uri, article: uri.toString(), sha256: hashText(text), at });
      await this.decide();
    });
  }

  private run(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch(() => undefined);
  }

  /** Moves the sidecars of the deletions that settled into a move; wakes up again for those still settling. */
  private async decide(): Promise<void> {
    if (this.deletions.length === 0) {
      this.creations = this.creations.filter((c) => Date.now() - c.at < MOVE_TIMING.windowMs);
      return;
    }
    const kept: Created[] = [];
    for (const c of this.creations) if (!(await pathExists(this.store.sidecarUri(c.uri)))) kept.push(c); // Else it has its own annotations.
    const result = pairMoves(this.deletions, kept, Date.now());
    this.deletions = result.deletions;
    this.creations = result.creations;
    for (const { deleted, created } of result.pairs) await this.move(deleted, created);
    if (result.nextDecisionAt !== undefined) this.wakeAt(result.nextDecisionAt);
  }

  private async move(d: Deleted, c: Created): Promise<void> {
    const target = this.store.sidecarUri(c.uri);
    if (!(await pathExists(d.sidecar)) || (await pathExists(d.uri)) || (await pathExists(target))) return;
    await vscode.workspace.fs.rename(d.sidecar, target, { overwrite: false });
    const state = await this.store.load(c.uri);
    if (!state.problem && vscode.workspace.isTrusted) await this.store.update(c.uri, (current) => [...current]);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} was renamed outside VS Code to {1}: its annotation file moved with it.', relative(d.uri), relative(c.uri)),
    );
  }

  private wakeAt(at: number): void {
    if (this.disposed || (this.timer && this.timerAt <= at)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.run(() => this.decide());
    }, Math.max(0, at - Date.now()) + 10);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}

function relative(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
