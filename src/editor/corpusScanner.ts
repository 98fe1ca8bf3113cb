// Corpus scan for the summary panel: every covered file of the workspace (setting
// investNews.include), from its sidecar plus the suggestions not yet reviewed. The reading,
// recognition and summing run in the corpus worker; this side lists the files, shows a
// cancellable progress notification, and feeds the worker what only the editor knows (unsaved
// documents, annotations the store just changed) so live updates never re-read unchanged files.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { CorpusWorkerClient, ScanCancelled } from '../corpusWorker/corpusWorkerClient';
import type { CorpusFile, CorpusOverride, CorpusPayload } from '../corpusWorker/corpusWorkerProtocol';
import { CONFIG_SECTION, SettingId } from './ids';

/** After a change of the workspace lexicon, the corpus is scanned again once no other change came for this long. */
const LEXICON_RESCAN_DELAY_MS = 2000;
/** Articles added or deleted on disk (a copy, a `git pull`, a script) rescan the corpus after this pause. */
const FILES_RESCAN_DELAY_MS = 500;

export type ScanState = 'running' | 'done' | 'cancelled' | 'failed';
export interface ScanProgress {
  state: ScanState;
  done: number;
  total: number;
}

/** Files named between two turns of the event loop while listing the corpus. */
const LIST_BATCH = 500;

/** Above this many UTF-16 units an open document is not cloned to the worker whole. */
const LARGE_DOCUMENT_LENGTH = 256 * 1024;
/** Lines of a large document encoded between two turns of the event loop. */
const LINES_PER_CHUNK = 4000;

/** The document's text as UTF-8 chunks, a few thousand lines each, yielding between them. */
async function textChunks(document: vscode.TextDocument): Promise<Uint8Array[]> {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (let line = 0; line < document.lineCount; line += LINES_PER_CHUNK) {
    if (line > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const last = Math.min(document.lineCount, line + LINES_PER_CHUNK);
    // Each chunk ends where the next begins: the line break belongs to the earlier chunk.
    const end = last < document.lineCount ? new vscode.Position(last, 0) : document.lineAt(document.lineCount - 1).range.end;
    chunks.push(encoder.encode(document.getText(new vscode.Range(new vscode.Position(line, 0), end))));
  }
  return chunks;
}

/** The folder's `investNews.include` glob, or undefined when it covers nothing. */
function articleGlob(folder: vscode.WorkspaceFolder): string | undefined {
  const include = vscode.workspace.getConfiguration(CONFIG_SECTION, folder.uri).get<string>(SettingId.include.slice(CONFIG_SECTION.length + 1), '**/*.txt');
  return include.trim() ? include : undefined;
}

/** Live updates wait for this pause, so a burst of review commands costs one recomputation. */
const UPDATE_DELAY_MS = 250;

export class CorpusScanner implements vscode.Disposable {
  private readonly client: CorpusWorkerClient;
  private readonly updated = new vscode.EventEmitter<CorpusPayload>();
  private readonly progressed = new vscode.EventEmitter<ScanProgress>();
  private readonly disposables: vscode.Disposable[] = [this.updated, this.progressed];
  private files = new Map<string, CorpusFile>();
  private latestPayload: CorpusPayload | undefined;
  private cancelRequested = false;
  private scanning: Promise<void> | undefined;
  private readonly dirty = new Set<string>();
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private lexiconTimer: ReturnType<typeof setTimeout> | undefined;
  private filesTimer: ReturnType<typeof setTimeout> | undefined;

  /** A new corpus payload: after a scan, or after a live update. */
  readonly onDidUpdate = this.updated.event;
  readonly onProgress = this.progressed.event;

  constructor(
    extensionUri: vscode.Uri,
    private readonly store: AnnotationStore,
    private readonly analysis: AnalysisCache,
  ) {
    this.client = new CorpusWorkerClient(vscode.Uri.joinPath(extensionUri, 'dist', 'corpusWorker.js').fsPath);
    this.disposables.push(
      store.onDidChange((uri) => this.markChanged(uri)),
      analysis.onDidChange((uri) => this.markChanged(uri)),
      vscode.workspace.onDidCloseTextDocument((document) => this.markChanged(document.uri)),
      // The lexicon changes suggestions and per-park names in every file: the corpus is scanned
      // again, once the researcher pauses (learning changes it on many accepts in a row).
      analysis.onDidChangeLexicon(() => {
        if (this.lexiconTimer) clearTimeout(this.lexiconTimer);
        this.lexiconTimer = setTimeout(() => {
          this.lexiconTimer = undefined;
          if (this.latestPayload) void this.scan();
        }, LEXICON_RESCAN_DELAY_MS);
      }),
      { dispose: () => this.lexiconTimer && clearTimeout(this.lexiconTimer) },
      { dispose: () => this.filesTimer && clearTimeout(this.filesTimer) },
      ...this.watchArticlesOnDisk(),
    );
  }

  /**
   * The corpus once scanned follows the disk: an article edited outside VS Code is read again,
   * and an article added or deleted rescans the list (only changed files are read again).
   */
  private watchArticlesOnDisk(): vscode.Disposable[] {
    const disposables: vscode.Disposable[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const include = articleGlob(folder);
      if (!include) continue;
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, include));
      disposables.push(
        watcher,
        watcher.onDidChange((uri) => this.markChanged(uri)),
        watcher.onDidCreate(() => this.rescanSoon()),
        watcher.onDidDelete(() => this.rescanSoon()),
      );
    }
    return disposables;
  }

  private rescanSoon(): void {
    if (!this.latestPayload) return;
    if (this.filesTimer) clearTimeout(this.filesTimer);
    this.filesTimer = setTimeout(() => {
      this.filesTimer = undefined;
      // A scan under way listed the files before this change: scan again after it.
      void (this.scanning ?? Promise.resolve()).then(() => this.scan({ quiet: true }));
    }, FILES_RESCAN_DELAY_MS);
  }

  get latest(): CorpusPayload | undefined {
    return this.latestPayload;
  }

  get isScanning(): boolean {
    return this.scanning !== undefined;
  }

  cancel(): void {
    this.cancelRequested = true;
  }

  /**
   * Scans the corpus (only changed files are read again); one scan at a time. A quiet scan (the
   * disk changed under a corpus already shown) reports its progress in the status bar only.
   */
  scan(options: { quiet?: boolean } = {}): Promise<void> {
    this.scanning ??= this.runScan(options.quiet === true).finally(() => {
      this.scanning = undefined;
    });
    return this.scanning;
  }

  dispose(): void {
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.client.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private async runScan(quiet: boolean): Promise<void> {
    this.cancelRequested = false;
    await vscode.window.withProgress(
      { location: quiet ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification, title: vscode.l10n.t('Invest News: scanning the corpus'), cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => this.cancel());
        const files = await this.listFiles();
        this.files = new Map(files.map((f) => [f.uri, f]));
        this.dirty.clear();
        let reported = 0;
        this.progressed.fire({ state: 'running', done: 0, total: files.length });
        try {
          const payload = await this.client.scan(
            files,
            await this.overrides(files.map((f) => f.uri), false),
            (done, total) => {
              if (total > 0) progress.report({ increment: ((done - reported) / total) * 100, message: vscode.l10n.t('{0} of {1} files', done, total) });
              reported = done;
              this.progressed.fire({ state: 'running', done, total });
            },
            () => this.cancelRequested || token.isCancellationRequested,
            this.analysis.lexicon?.lexicon,
          );
          this.latestPayload = payload;
          this.progressed.fire({ state: 'done', done: files.length, total: files.length });
          this.updated.fire(payload);
        } catch (error) {
          if (error instanceof ScanCancelled) {
            this.progressed.fire({ state: 'cancelled', done: reported, total: files.length });
            return;
          }
          this.progressed.fire({ state: 'failed', done: reported, total: files.length });
          void vscode.window.showErrorMessage(vscode.l10n.t('The corpus scan failed: {0}', (error as Error).message));
        }
      },
    );
  }

  /** Covered files of every workspace folder, each with its own include glob. */
  private async listFiles(): Promise<CorpusFile[]> {
    const files: CorpusFile[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const include = articleGlob(folder);
      if (!include) continue;
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, include));
      for (let i = 0; i < uris.length; i++) {
        // Naming 10,000 files takes the host tens of milliseconds: give the event loop a turn
        // now and then, so typing never waits for it.
        if (i > 0 && i % LIST_BATCH === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        const uri = uris[i];
        if (uri.scheme !== 'file') continue;
        files.push({ path: uri.fsPath, uri: uri.toString(), display: vscode.workspace.asRelativePath(uri), sidecarPath: this.store.sidecarUri(uri).fsPath });
      }
    }
    return files.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  }

  /**
   * What the editor knows better than the disk, for these files: an open document whose
   * analysis is already computed (free) or that has unsaved edits (the disk is stale), else,
   * when `annotations` is set, the store's annotations. Never runs the recogniser here.
   * A large document is never cloned whole: saved, the worker reads it from disk; with unsaved
   * edits its text goes as UTF-8 chunks read a few thousand lines at a time.
   */
  private async overrides(uris: readonly string[], annotations: boolean): Promise<CorpusOverride[]> {
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const result: CorpusOverride[] = [];
    for (const uri of uris) {
      const document = open.get(uri);
      const covered = document && this.analysis.isCovered(document);
      const large = covered && document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > LARGE_DOCUMENT_LENGTH;
      if (covered && large && document.isDirty) {
        const state = this.store.get(document.uri);
        result.push({ uri, kind: 'text', chunks: await textChunks(document), annotations: [...state.annotations], links: [...state.links] });
      } else if (covered && !large && (document.isDirty || this.analysis.isCurrent(document))) {
        const { items, suggestions } = this.analysis.get(document);
        const links = [...this.store.get(document.uri).links];
        result.push({ uri, kind: 'document', text: document.getText(), items: [...items], suggestions: [...suggestions], suggestedLinks: [...this.analysis.links(document)], links });
      } else if (annotations || (covered && large)) {
        const state = this.store.get(vscode.Uri.parse(uri));
        if (document || state.annotations.length > 0 || state.links.length > 0) result.push({ uri, kind: 'annotations', annotations: [...state.annotations], links: [...state.links] });
        else result.push({ uri, kind: 'disk' });
      }
    }
    return result;
  }

  private markChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.latestPayload || !this.files.has(key)) return;
    this.dirty.add(key);
    if (this.updateTimer) clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.flush(), UPDATE_DELAY_MS);
  }

  private async flush(): Promise<void> {
    this.updateTimer = undefined;
    if (this.scanning) await this.scanning;
    const uris = [...this.dirty];
    this.dirty.clear();
    if (uris.length === 0) return;
    try {
      const payload = await this.client.update(await this.overrides(uris, true));
      this.latestPayload = payload;
      this.updated.fire(payload);
    } catch (error) {
      if (!(error instanceof ScanCancelled)) console.error('invest-news: corpus update failed', error);
    }
  }
}
