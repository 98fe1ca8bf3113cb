// The workspace lexicon in the editor (src/core/lexicon/ for what it is): one file,
// `.invest-news/lexicon.json` in the first workspace folder, read on start and whenever it changes
// on disk, learned into as the researcher accepts and rejects names (setting
// `investNews.learnLexicon`), edited by the lexicon commands. The analysis cache reads `matcher`
// and re-analyses the open articles when it changes.
//
// Like a sidecar, the file is the researcher's data: written atomically and only when its
// content changes; a file that does not parse is reported once (file and line) and never
// written until it is fixed (learning pauses, the commands refuse with the same reason).
import * as vscode from 'vscode';
import type { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import type { Lexicon } from '../core/workspaceLexicon/workspaceLexicon';
import type { AnnotationStore, DecidedAnnotations } from './annotationStore';
import { lexiconEdits, lexiconMatcher, workspaceLexicon } from './deferredModules';
import { CommandId, CONFIG_SECTION } from './ids';
import { readTextIfExists, writeAtomically } from './sidecarFiles';

/** Kept in step with LEXICON_PATH (src/core/workspaceLexicon/workspaceLexicon.ts), which lives in the deferred bundle. */
const LEXICON_FOLDER = '.invest-news';
const LEXICON_FILE = 'lexicon.json';
/** How long the file's change events must be quiet before it is read again. */
const DISK_SETTLE_MS = 150;

export class LexiconFile implements vscode.Disposable {
  private lexicon: Lexicon | undefined;
  private current: LexiconMatcher | undefined;
  /** The file's content as last read or written (undefined: no file). */
  private lastDisk: string | undefined;
  private problemText: string | undefined;
  private shownProblem: string | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  /** Fires when the lexicon the engine uses changed (read again, learned, edited). */
  readonly onDidChange = this.changed.event;

  constructor(store: AnnotationStore) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${LEXICON_FOLDER}/${LEXICON_FILE}`);
    // Deleting the folder is reported for the folder alone.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${LEXICON_FOLDER}`, true, true, false);
    // A save or a checkout writes the file in more than one step (truncate, then write): read it
    // once the events settle, not half-written (which would report a file that is fine as corrupt).
    let settle: ReturnType<typeof setTimeout> | undefined;
    const onDisk = (uri: vscode.Uri) => {
      const own = this.uri;
      if (!own || (uri.toString() !== own.toString() && uri.toString() !== vscode.Uri.joinPath(own, '..').toString())) return;
      if (settle) clearTimeout(settle);
      settle = setTimeout(() => void this.reload(), DISK_SETTLE_MS);
    };
    this.disposables.push(
      { dispose: () => clearTimeout(settle) },
      watcher,
      folderWatcher,
      folderWatcher.onDidDelete(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidCreate(onDisk),
      watcher.onDidDelete(onDisk),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      store.onDidRecordDecisions((decided) => void this.learn(decided)),
    );
  }

  /** `.invest-news/lexicon.json` of the first workspace folder; undefined without a folder. */
  get uri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, LEXICON_FOLDER, LEXICON_FILE);
  }

  /** The matcher of the lexicon as last read (undefined: no lexicon, or one that is not valid). */
  get matcher(): LexiconMatcher | undefined {
    return this.current;
  }

  /** The lexicon as last read; undefined when there is no valid one. */
  get entries(): Lexicon | undefined {
    return this.problemText === undefined ? this.lexicon ?? workspaceLexicon().EMPTY_LEXICON : undefined;
  }

  /** Why the file cannot be used (`FILE:LINE: problem`), while it cannot. */
  get problem(): string | undefined {
    return this.problemText;
  }

  /** Reads the file again (on start, and when it changed on disk). */
  reload(): Promise<void> {
    return this.enqueue(async () => {
      this.adopt(await this.readDisk());
    });
  }

  /**
   * Applies `edit` to the lexicon as it is on disk now and writes it when it changed. Resolves
   * false when refused (no workspace folder, a file that is not valid, a failed write): the user
   * has been told why.
   */
  update(edit: (lexicon: Lexicon) => Lexicon): Promise<boolean> {
    return this.enqueue(async () => {
      const uri = this.uri;
      if (!uri) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The lexicon needs a workspace folder: open the folder of your articles.'));
        return false;
      }
      for (let attempt = 0; attempt < 3; attempt++) {
        const disk = await this.readDisk();
        if (disk !== this.lastDisk || this.lexicon === undefined) this.adopt(disk);
        if (this.problemText !== undefined) {
          void vscode.window.showErrorMessage(vscode.l10n.t('The lexicon was not changed: {0}. Fix the file; it is left untouched.', this.problemText));
          return false;
        }
        const before = this.lexicon ?? workspaceLexicon().EMPTY_LEXICON;
        const next = edit(before);
        if (next === before) return true;
        const content = workspaceLexicon().serializeLexicon(next);
        try {
          if ((await writeAtomically(uri, content, async () => (await readTextIfExists(uri)) === disk)) === 'stale') continue;
        } catch (error) {
          void vscode.window.showErrorMessage(vscode.l10n.t('The lexicon was not saved to {0}: {1}', vscode.workspace.asRelativePath(uri), (error as Error).message));
          return false;
        }
        this.adopt(content);
        return true;
      }
      void vscode.window.showErrorMessage(vscode.l10n.t('The lexicon was not saved: {0} keeps changing on disk. Try again.', vscode.workspace.asRelativePath(uri)));
      return false;
    });
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Names accepted as PARK, PROJECT or COMPANY and strings rejected as one join the lexicon. */
  private async learn({ article, annotations }: DecidedAnnotations): Promise<void> {
    if (!vscode.workspace.getConfiguration(CONFIG_SECTION, article).get<boolean>('learnLexicon', true)) return;
    if (!vscode.workspace.isTrusted || this.uri === undefined) return;
    const names = annotations.filter((a) => a.label !== 'MONEY' && !a.orphaned);
    if (names.length === 0 || this.problemText !== undefined) return;
    const { learnAccepted, learnRejected } = lexiconEdits();
    const { isLexiconLabel } = workspaceLexicon();
    await this.update((lexicon) =>
      names.reduce((next, a) => (a.status === 'rejected' ? learnRejected(next, a.text) : isLexiconLabel(a.label) ? learnAccepted(next, a.text, a.label) : next), lexicon),
    );
  }

  private async readDisk(): Promise<string | undefined> {
    const uri = this.uri;
    return uri && readTextIfExists(uri);
  }

  /** Takes the file's content as the lexicon (or its problem), and tells the engine when it changed. */
  private adopt(content: string | undefined): void {
    if (content === this.lastDisk && this.lexicon !== undefined) return;
    this.lastDisk = content;
    const { parseLexicon, EMPTY_LEXICON } = workspaceLexicon();
    const parsed = content === undefined ? { ok: true as const, lexicon: EMPTY_LEXICON } : parseLexicon(content);
    if (!parsed.ok) {
      this.problemText = `${vscode.workspace.asRelativePath(this.uri!)}:${parsed.line}: ${parsed.problem}`;
      this.lexicon = EMPTY_LEXICON;
      this.current = undefined;
      this.showProblemOnce(content ?? '');
    } else {
      this.problemText = undefined;
      this.shownProblem = undefined;
      this.lexicon = parsed.lexicon;
      this.current = parsed.lexicon.names.length + parsed.lexicon.rejected.length > 0 ? new (lexiconMatcher().LexiconMatcher)(parsed.lexicon) : undefined;
    }
    this.changed.fire();
  }

  private showProblemOnce(content: string): void {
    const key = `${content}\0${this.problemText}`;
    if (this.shownProblem === key) return;
    this.shownProblem = key;
    const open = vscode.l10n.t('Open Lexicon');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('The lexicon is not valid: {0}. It is not used, and not written until it is fixed.', this.problemText!), open)
      .then((choice) => choice === open && vscode.commands.executeCommand(CommandId.openLexicon));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

export function registerLexiconFile(context: vscode.ExtensionContext, store: AnnotationStore): LexiconFile {
  const lexicon = new LexiconFile(store);
  context.subscriptions.push(lexicon);
  // Read on the tick after activation, like the sidecars: activation does not wait for it.
  const first = setTimeout(() => void lexicon.reload(), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return lexicon;
}
