// The summary panel's agreement section, host side: when an article (or the corpus) has more than
// one annotator's sidecars (annotators/NAME/), the figures of src/core/agreement/panelAgreement.ts
// over them, as an `agreement` message. Read from disk each time (each annotator's file as saved:
// agreement is between what people handed in). Fewer than two annotators: a message without
// pairs, which hides the section. An annotator's file written, added or deleted on disk (a pull,
// a colleague's save) fires `onDidChange` once the burst settles, so the panel reads again.
import * as vscode from 'vscode';
import type { PanelArticle, PanelVersion } from '../core/agreement/panelAgreement';
import { placeStoredAnnotations } from '../core/review/storedAnnotations';
import type { AgreementMessage } from '../webview/agreementProtocol';
import type { Scope } from '../webview/protocol';
import { annotatorSidecars } from './adjudicationFiles';
import type { AnnotationStore } from './annotationStore';
import { agreement, sidecarSchema } from './deferredModules';
import { readArticleText, readTextIfExists } from './sidecarFiles';

/** A `git pull` writes many annotators' files at once: one re-read after the burst. */
const CHANGE_SETTLE_MS = 300;

export class PanelAgreementSource implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/annotators/*/*.ann.json');
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly store: AnnotationStore) {
    const changedSoon = () => {
      if (this.settle) clearTimeout(this.settle);
      this.settle = setTimeout(() => this.changed.fire(), CHANGE_SETTLE_MS);
    };
    this.watcher.onDidChange(changedSoon);
    this.watcher.onDidCreate(changedSoon);
    this.watcher.onDidDelete(changedSoon);
  }

  dispose(): void {
    if (this.settle) clearTimeout(this.settle);
    this.watcher.dispose();
    this.changed.dispose();
  }

  async message(scope: Scope, article: vscode.Uri | undefined): Promise<AgreementMessage> {
    const problems: string[] = [];
    const articles: PanelArticle[] = [];
    for (const uri of scope === 'article' ? (article ? [article] : []) : await this.corpusArticles()) {
      const read = await this.read(uri, problems);
      if (read) articles.push(read);
    }
    const data = agreement().panelAgreement(articles);
    return { type: 'agreement', scope, strings: agreementStrings(), annotators: data.annotators, pairs: data.pairs, problems };
  }

  /** Articles with at least one annotator's sidecar, by path. */
  private async corpusArticles(): Promise<vscode.Uri[]> {
    const sidecars = await vscode.workspace.findFiles('**/annotators/*/*.ann.json', '**/node_modules/**');
    const articles = new Map<string, vscode.Uri>();
    for (const sidecar of sidecars) {
      const article = this.store.articleOf(sidecar);
      if (article) articles.set(article.toString(), article);
    }
    return [...articles.values()].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  }

  private async read(article: vscode.Uri, problems: string[]): Promise<PanelArticle | undefined> {
    const { versions } = await annotatorSidecars(this.store, article);
    if (versions.length === 0) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
    const text = open ? open.getText() : await readArticleText(article);
    if (text === undefined) return undefined;
    const read: PanelVersion[] = [];
    for (const { annotator, uri } of versions) {
      const parsed = sidecarSchema().parseSidecar((await readTextIfExists(uri).catch(() => undefined)) ?? '');
      if (!parsed.ok) {
        problems.push(`${vscode.workspace.asRelativePath(uri, false)}: ${parsed.problem}`);
        continue;
      }
      const { placed } = placeStoredAnnotations(parsed.sidecar.sha256, parsed.sidecar.annotations, text);
      const links = (parsed.sidecar.links ?? []).filter((l) => l.status === 'accepted').map(({ kind, from, to }) => ({ kind, from, to }));
      read.push({ annotator, annotations: placed, links });
    }
    return { file: vscode.workspace.asRelativePath(article, false), text, versions: read };
  }
}

function agreementStrings(): AgreementMessage['strings'] {
  return {
    heading: vscode.l10n.t('Agreement between annotators'),
    pair: vscode.l10n.t('{0} × {1}'),
    articles: vscode.l10n.t('Articles both annotated: {0}'),
    label: vscode.l10n.t('Label'),
    exactF1: vscode.l10n.t('Exact F1'),
    overlapF1: vscode.l10n.t('Overlap F1'),
    spans: vscode.l10n.t('Spans'),
    kappaHeading: vscode.l10n.t('Amounts both marked: Cohen’s kappa'),
    attribute: vscode.l10n.t('Attribute'),
    kappa: vscode.l10n.t('Kappa'),
    items: vscode.l10n.t('Amounts'),
    problems: vscode.l10n.t('Left out (cannot be read)'),
    role: vscode.l10n.t('Role'),
    scope: vscode.l10n.t('Scope'),
    currency: vscode.l10n.t('Currency'),
    value: vscode.l10n.t('Value'),
  };
}
