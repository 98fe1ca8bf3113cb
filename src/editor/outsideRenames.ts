// Renames VS Code does not see as renames: `git mv` in a terminal, a file manager, a script.
// The file watcher reports the article deleted and another file created, in either order and
// possibly in different batches. When a new article has no sidecar and its text is exactly the
// text a just-deleted article's sidecar was written for (its sha256), that sidecar moves to it,
// and the user is told; src/core/sidecar/movePairing.ts decides which new file, after a short settling
// time, so a copy with the same text made shortly before is not taken for the move's target.
// Articles deleted through VS Code (Explorer, the workspace API) are deletions the user asked
// for: never paired.
import * as vscode from 'vscode';
import type { SeenFile } from '../core/sidecar/movePairing';
import { MOVE_TIMING, pairMoves } from '../core/sidecar/movePairing';
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

/**
 * The deletions and creations the watcher reported lately, paired into moves once they settle.
 * Events only record; the pairing runs on a timer, once per settling time however many files
 * changed (a branch switch reports thousands), so the cost stays linear in the events.
 */
class OutsideMoves implements vscode.Disposable {
  private deletions: Deleted[] = [];
  /** By article, in the order reported (so the oldest come first). */
  private creations = new Map<string, Created>();
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
      this.creations.delete(uri.toString()); // Its own earlier creation is not where it went.
      this.deletions.push({ uri, article: uri.toString(), sidecar, sha256: parsed.sidecar.sha256, at });
      this.wakeAt(at + MOVE_TIMING.settleMs);
    });
  }

  created(uri: vscode.Uri): void {
    const at = Date.now();
    this.run(async () => {
      this.forgetOldCreations(at);
      if (await pathExists(this.store.sidecarUri(uri))) return;
      const text = await readArticleText(uri);
      if (text === undefined) return;
      this.creations.delete(uri.toString());
      this.creations.set(uri.toString(), { uri, article: uri.toString(), sha256: hashText(text), at });
      if (this.deletions.length > 0) this.wakeAt(at); // A deletion kept waiting may be its move.
    });
  }

  private run(task: () => Promise<void>): void {
    this.queue = this.queue.then(task).catch(() => undefined);
  }

  /** Oldest first: stops at the first one still in the window. */
  private forgetOldCreations(now: number): void {
    for (const [key, c] of this.creations) {
      if (now - c.at < MOVE_TIMING.windowMs) break;
      this.creations.delete(key);
    }
  }

  /** Moves the sidecars of the deletions that settled into a move; wakes up again for those still settling. */
  private async decide(): Promise<void> {
    // Only a creation with a pending deletion's text can be paired: only those are checked for a sidecar of their own.
    const texts = new Set(this.deletions.map((d) => d.sha256));
    const candidates: Created[] = [];
    for (const c of this.creations.values()) {
      if (!texts.has(c.sha256)) candidates.push(c);
      else if (await pathExists(this.store.sidecarUri(c.uri))) this.creations.delete(c.article); // It has its own annotations.
      else candidates.push(c);
    }
    const result = pairMoves(this.deletions, candidates, Date.now());
    this.deletions = result.deletions;
    this.creations = new Map(result.creations.map((c) => [c.article, c]));
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
