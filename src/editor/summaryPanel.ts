// The summary panel (`investNews.showSummary`): a webview with the totals of the active article
// or of the whole corpus. The host side owns the data and the security boundary:
//  - strict CSP (nonce'd script, styles and fonts from the extension only), local resources
//    limited to dist/webview and media;
//  - every message from the webview is validated (src/webview/protocol.ts) and a `reveal` may
//    only name a file the panel was sent;
//  - article text leaves here only as message data (the UI renders it with textContent).
// Live: it follows the active editor and the annotation store; the article scope reads the shared
// analysis (no recognition of its own), the corpus scope asks the corpus worker to recompute.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { articleRecords } from '../core/totals/records';
import { computeTotals } from '../core/totals/totals';
import type { HostMessage, Scope, SummaryMessage } from '../webview/protocol';
import { recordRowsOf, rowsOf } from '../corpusWorker/tableRows';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { CorpusScanner } from './corpusScanner';
import { webviewProtocol } from './deferredModules';
import { DEFAULT_LIMITS } from '../corpusWorker/corpusWorkerClient';
import type { CorpusPayload } from '../corpusWorker/corpusWorkerProtocol';
import { CommandId } from './ids';
import { PanelAgreementSource } from './panelAgreement';
import { summaryStrings } from './summaryStrings';

export const SUMMARY_VIEW_TYPE = 'investNews.summary';

/** Coalesces bursts (typing pauses, several store events) into one post. */
const ARTICLE_UPDATE_DELAY_MS = 60;

/** What tests (and other features) may ask of the panel through the extension's API. */
export interface SummaryPanelApi {
  /** The last message of this type posted to the webview (any type when omitted). */
  lastPosted(type?: HostMessage['type']): HostMessage | undefined;
  /** Resolves with the next posted message that satisfies `predicate`. */
  whenPosted(predicate: (message: HostMessage) => boolean): Promise<HostMessage>;
  /** Handles a message exactly as if the webview had sent it (validation included). */
  receive(message: unknown): Promise<void>;
  /** The panel's current HTML (for checking its Content-Security-Policy). */
  html(): string | undefined;
}

class SummaryPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private scope: Scope = 'article';
  /**
   * The panel's script said `ready`: until then live updates are not posted (nor summed), the
   * `ready` answer (init, then the current scope) brings the webview up to date.
   */
  private webviewReady = false;
  private article: vscode.Uri | undefined;
  private generation = 0;
  private articleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly posted = new Map<HostMessage['type'] | 'any', HostMessage>();
  private readonly waiters: { predicate: (m: HostMessage) => boolean; resolve: (m: HostMessage) => void }[] = [];
  /** Files whose spans the webview was shown, per scope: the only ones `reveal` may open. */
  private readonly revealable = new Map<Scope, Set<string>>([['article', new Set()], ['corpus', new Set()]]);
  private readonly agreement: PanelAgreementSource;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analysis: AnalysisCache,
    private readonly corpus: CorpusScanner,
    private readonly store: AnnotationStore,
  ) {
    this.agreement = new PanelAgreementSource(store);
    this.trackEditor(vscode.window.activeTextEditor);
    this.disposables.push(
      this.agreement,
      this.agreement.onDidChange(() => {
        if (this.panel && this.webviewReady) this.postAgreement(this.scope);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.trackEditor(editor)) this.scheduleArticle();
      }),
      analysis.onDidChange((uri) => {
        if (this.article && uri.toString() === this.article.toString()) this.scheduleArticle();
      }),
      corpus.onDidUpdate((payload) => {
        if (!this.waitsForReady()) this.postCorpus(payload);
      }),
      corpus.onProgress((p) => {
        if (!this.waitsForReady()) this.post({ type: 'progress', state: p.state, done: p.done, total: p.total });
      }),
    );
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(SUMMARY_VIEW_TYPE, vscode.l10n.t('Investment Summary'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
    this.attach(panel);
  }

  /** Takes over a panel: a new one, or one VS Code restores after a reload (serializer). */
  attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.webviewReady = false;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'summary.svg');
    panel.webview.html = this.html(panel.webview);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
  }

  get api(): SummaryPanelApi {
    return {
      lastPosted: (type) => this.posted.get(type ?? 'any'),
      whenPosted: (predicate) => new Promise((resolve) => this.waiters.push({ predicate, resolve })),
      receive: (message) => this.receive(message),
      html: () => this.panel?.webview.html,
    };
  }

  dispose(): void {
    if (this.articleTimer) clearTimeout(this.articleTimer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private webviewOptions(): vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private html(webview: vscode.Webview): string {
    const nonce = randomBytes(18).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'main.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'summary.css'));
    const csp = [
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `img-src ${webview.cspSource} data:`,
    ].join('; ');
    // Only our own URIs and the nonce are interpolated here; no data ever is.
    return `<!DOCTYPE html>
<html lang="${vscode.env.language}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  /** Follows the active editor when it shows a covered article; returns true when it changed. */
  private trackEditor(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || !this.analysis.isCovered(editor.document)) return false;
    if (this.article?.toString() === editor.document.uri.toString()) return false;
    this.article = editor.document.uri;
    return true;
  }

  private async receive(data: unknown): Promise<void> {
    const parsed = webviewProtocol().parseWebviewMessage(data);
    if (!parsed.ok) {
      console.warn(`invest-news: summary panel sent an invalid message (${parsed.problem})`);
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
        this.post({ type: 'init', strings: summaryStrings(), locale: vscode.env.language, scope: this.scope });
        this.postCurrent();
        break;
      case 'setScope':
        this.scope = message.scope;
        if (message.scope === 'corpus' && !this.corpus.latest && !this.corpus.isScanning) void this.corpus.scan();
        this.postCurrent();
        break;
      case 'requestScan':
        await this.corpus.scan();
        break;
      case 'cancelScan':
        this.corpus.cancel();
        break;
      case 'reveal':
        await this.reveal(message.file, message.start, message.end);
        break;
    }
  }

  private postCurrent(): void {
    this.postAgreement(this.scope);
    if (this.scope === 'article') this.postArticle();
    else if (this.corpus.latest) this.postCorpus(this.corpus.latest);
    else this.post(this.summary('corpus', vscode.workspace.name ?? '', null));
  }

  /** A panel is open but its script has not said `ready` yet. */
  private waitsForReady(): boolean {
    return this.panel !== undefined && !this.webviewReady;
  }

  private scheduleArticle(): void {
    if (!this.panel || !this.webviewReady) return;
    if (this.articleTimer) clearTimeout(this.articleTimer);
    this.articleTimer = setTimeout(() => {
      this.articleTimer = undefined;
      this.postArticle();
      this.postAgreement('article');
    }, ARTICLE_UPDATE_DELAY_MS);
  }

  /** Agreement between annotators, when the scope has more than one annotator's files (read from disk, so after the figures). */
  private postAgreement(scope: Scope): void {
    const article = this.article;
    void this.agreement.message(scope, article).then(
      (message) => {
        if (this.panel && this.webviewReady && this.scope === scope && (scope === 'corpus' || this.article === article)) this.post(message);
      },
      (error: unknown) => console.warn(`invest-news: agreement not shown (${(error as Error).message})`),
    );
  }

  /** The article scope: the shared analysis of the active article, summed. */
  private postArticle(): void {
    const document = this.article && vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.article?.toString());
    if (!document || !this.analysis.isCovered(document)) {
      this.post(this.summary('article', '', null));
      return;
    }
    if (this.analysis.needsFirstAnalysis(document)) {
      // Not analysed yet (a large article is recognised in slices): its onDidChange brings it back here.
      void this.analysis.analyse(document);
      return;
    }
    const display = vscode.workspace.asRelativePath(document.uri);
    const { items, suggestions } = this.analysis.get(document);
    // Whose money each amount is: the stored links over the engine's (a link command changes
    // the store, whose change reaches here through the analysis's onDidChange).
    const linked = { items, suggestions, links: this.store.get(document.uri).links, suggestedLinks: this.analysis.links(document), canonicalName: (text: string) => this.analysis.canonicalName(text) };
    // One set of records for the totals and the records table: what the table lists is what is summed.
    const records = articleRecords(linked);
    const totals = computeTotals([{ file: display, text: document.getText(), items, records }]);
    // A huge article has tens of thousands of spans: the table gets as many rows as the corpus
    // scope sends, the rest are counted (serialising them all for the webview stalled the host).
    const shown = items.length > DEFAULT_LIMITS.rows ? items.slice(0, DEFAULT_LIMITS.rows) : items;
    const shownRecords = records.length > DEFAULT_LIMITS.rows ? records.slice(0, DEFAULT_LIMITS.rows) : records;
    const file = document.uri.toString();
    this.post(this.summary('article', display, totals, {
      rows: rowsOf(shown, file, display), omittedRows: items.length - shown.length,
      records: recordRowsOf(shownRecords, file, display), omittedRecords: records.length - shownRecords.length,
    }));
  }

  private postCorpus(payload: CorpusPayload): void {
    const problems = [...payload.problems];
    if (payload.omittedFiles > 0) problems.push({ path: '…', message: vscode.l10n.t('{0} more files are counted in the totals but not listed.', payload.omittedFiles) });
    if (payload.omittedThresholds > 0) problems.push({ path: '…', message: vscode.l10n.t('{0} more thresholds are not listed (thresholds are never summed).', payload.omittedThresholds) });
    if (payload.omittedListed > 0) problems.push({ path: '…', message: vscode.l10n.t('{0} more stated totals or repeated records are not listed.', payload.omittedListed) });
    const { rows, omittedRows, records, omittedRecords } = payload;
    this.post(this.summary('corpus', vscode.workspace.name ?? '', payload.totals, { rows, omittedRows, records, omittedRecords, problems }));
  }

  private summary(scope: Scope, title: string, totals: SummaryMessage['totals'], lists: Partial<Pick<SummaryMessage, 'rows' | 'omittedRows' | 'records' | 'omittedRecords' | 'problems'>> = {}): SummaryMessage {
    const { rows = [], omittedRows = 0, records = [], omittedRecords = 0, problems = [] } = lists;
    const files = new Set(rows.map((r) => r.file));
    for (const record of records) for (const source of record.sources) files.add(source.file);
    this.revealable.set(scope, files);
    return { type: 'summary', scope, generation: ++this.generation, title, totals, rows, omittedRows, records, omittedRecords, problems };
  }

  private post(message: HostMessage): void {
    this.posted.set(message.type, message);
    this.posted.set('any', message);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (this.waiters[i].predicate(message)) this.waiters.splice(i, 1)[0].resolve(message);
    }
    void this.panel?.webview.postMessage(message);
  }

  /** Opens the article, selects the span and scrolls it into view. */
  private async reveal(file: string, start: number, end: number): Promise<void> {
    if (![...this.revealable.values()].some((files) => files.has(file))) {
      console.warn('invest-news: summary panel asked to reveal a file it was not shown');
      return;
    }
    const uri = vscode.Uri.parse(file, true);
    const document = await vscode.workspace.openTextDocument(uri);
    const length = document.getText().length;
    const range = new vscode.Range(document.positionAt(Math.min(start, length)), document.positionAt(Math.min(end, length)));
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === file)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

/**
 * Registers `investNews.showSummary`, the panel serializer (the panel survives a reload) and the
 * corpus scanner. Returns the panel's API (exposed by `activate` for tests).
 */
export function registerSummaryPanel(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): SummaryPanelApi {
  const corpus = new CorpusScanner(context.extensionUri, store, analysis);
  const panel = new SummaryPanel(context.extensionUri, analysis, corpus, store);
  context.subscriptions.push(
    corpus,
    panel,
    vscode.commands.registerCommand(CommandId.showSummary, () => panel.show()),
    vscode.window.registerWebviewPanelSerializer(SUMMARY_VIEW_TYPE, {
      deserializeWebviewPanel: async (webviewPanel) => panel.attach(webviewPanel),
    }),
  );
  return panel.api;
}
