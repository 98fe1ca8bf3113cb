// Adjudication in the editor. `investNews.adjudicate` (the article) and
// `investNews.adjudicateCorpus` (every article with two or more annotators' versions) write the
// unanimous annotations and the earlier decisions into the adjudicated sidecar at once, then walk
// the open disagreements one by one in the article's editor: each version's spans are
// highlighted (first annotator solid, second dashed, the others dotted) with the versions
// written after the place, and keys take the first annotator's version (Alt+1), the second's
// (Alt+2), both (Alt+3) or neither (Alt+0), move to the next or previous disagreement (Alt+] and
// Alt+[, decided ones included, to revise them), or pick from a list (any number of annotators).
// Each decision is written at once; the annotators' files are only read.
import * as vscode from 'vscode';
import type { AdjudicationResult } from '../../core/adjudication/adjudicate';
import type { Decision } from '../../core/adjudication/adjudicationRecord';
import type { Disagreement } from '../../core/adjudication/diffVersions';
import { describeClaims } from '../../core/adjudication/describeClaims';
import type { AnnotationStore } from '../annotationStore';
import { loadAdjudication, writeAdjudication, type ArticleAdjudication } from '../adjudicationFiles';
import { CommandId } from '../ids';
import { currentAuthor } from './reviewWrites';

/** Set while a walk is on: the take and move keys apply. */
export const ADJUDICATING_CONTEXT_KEY = 'investNews.adjudicating';

/** What the commands resolve to (read by the integration tests). */
export interface AdjudicationState {
  article: string;
  /** Index of the disagreement shown, in the article's disagreements; -1 when the walk ended. */
  index: number;
  disagreements: number;
  open: number;
}

interface Walk {
  loaded: ArticleAdjudication;
  result: AdjudicationResult;
  decisions: Decision[];
  index: number;
  /** Articles still to walk after this one (the corpus command). */
  queue: vscode.Uri[];
}

export function registerAdjudication(context: vscode.ExtensionContext, store: AnnotationStore): void {
  const walker = new AdjudicationWalker(store);
  const take = (which: (annotators: string[]) => string[]) => () => walker.decide(which);
  context.subscriptions.push(
    walker,
    vscode.commands.registerCommand(CommandId.adjudicate, (article?: vscode.Uri) => walker.startArticle(article instanceof vscode.Uri ? article : vscode.window.activeTextEditor?.document.uri)),
    vscode.commands.registerCommand(CommandId.adjudicateCorpus, () => walker.startCorpus()),
    vscode.commands.registerCommand(CommandId.takeFirstVersion, take((names) => names.slice(0, 1))),
    vscode.commands.registerCommand(CommandId.takeSecondVersion, take((names) => names.slice(1, 2))),
    vscode.commands.registerCommand(CommandId.takeBothVersions, take((names) => names)),
    vscode.commands.registerCommand(CommandId.takeNeitherVersion, take(() => [])),
    vscode.commands.registerCommand(CommandId.nextDisagreement, () => walker.move(1)),
    vscode.commands.registerCommand(CommandId.previousDisagreement, () => walker.move(-1)),
    vscode.commands.registerCommand(CommandId.pickVersion, () => walker.pick()),
    vscode.commands.registerCommand(CommandId.stopAdjudication, () => walker.stop()),
  );
}

/** The adjudicated file was edited after adjudication: rebuilding it loses those edits, so ask. */
async function confirmRebuild(target: vscode.Uri): Promise<boolean> {
  const rebuild = vscode.l10n.t('Rebuild');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} was changed after it was adjudicated. Adjudicating again rebuilds it from the annotators’ versions and the decisions: those changes would be lost.', vscode.workspace.asRelativePath(target, false)),
    { modal: true },
    rebuild,
  );
  return answer === rebuild;
}

class AdjudicationWalker implements vscode.Disposable {
  private walk: Walk | undefined;
  private readonly status = vscode.window.createStatusBarItem('investNews.adjudication', vscode.StatusBarAlignment.Left, 50);
  private readonly place = vscode.window.createTextEditorDecorationType({ backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'), isWholeLine: false });
  private readonly versionStyles = (['solid', 'dashed', 'dotted'] as const).map((borderStyle, i) =>
    vscode.window.createTextEditorDecorationType({ borderStyle, borderWidth: '0 0 2px 0', borderColor: new vscode.ThemeColor(i === 0 ? 'charts.blue' : i === 1 ? 'charts.orange' : 'charts.purple') }),
  );

  constructor(private readonly store: AnnotationStore) {
    this.status.name = vscode.l10n.t('Adjudication');
    this.status.command = CommandId.pickVersion;
  }

  async startArticle(article: vscode.Uri | undefined): Promise<AdjudicationState | undefined> {
    if (!article) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first: its annotators’ versions are adjudicated.'));
      return undefined;
    }
    return this.begin([article], true);
  }

  async startCorpus(): Promise<AdjudicationState | undefined> {
    const versions = await vscode.workspace.findFiles('**/annotators/*/*.ann.json', '**/node_modules/**');
    const articles = new Map<string, vscode.Uri>();
    for (const uri of versions) {
      const article = this.store.articleOf(uri);
      if (article) articles.set(article.toString(), article);
    }
    const sorted = [...articles.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (sorted.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No article has annotators’ versions (annotators/NAME/) in this workspace.'));
      return undefined;
    }
    return this.begin(sorted, false);
  }

  /** Merges every article of the list (unanimous annotations and earlier decisions), then walks the first with open disagreements. */
  private async begin(articles: vscode.Uri[], single: boolean): Promise<AdjudicationState | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Adjudication writes annotation files: trust this workspace first.'));
      return undefined;
    }
    this.end();
    const walks: Walk[] = [];
    for (const article of articles) {
      const walk = await this.merge(article, single);
      if (walk && walk.result.open.length > 0) walks.push(walk);
    }
    if (walks.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Adjudicated: no disagreement is open.'));
      return this.state();
    }
    this.walk = { ...walks[0], queue: walks.slice(1).map((w) => w.loaded.article) };
    await this.show();
    return this.state();
  }

  /** Loads and writes one article's adjudication; a problem is shown (and, for one article, stops). */
  private async merge(article: vscode.Uri, single: boolean): Promise<Walk | undefined> {
    const loaded = await loadAdjudication(this.store, article);
    if ('problem' in loaded) {
      if (single || !loaded.fewerThanTwo) void vscode.window.showWarningMessage(loaded.problem);
      return undefined;
    }
    if (loaded.editedSinceAdjudication && !(await confirmRebuild(loaded.target))) return undefined;
    const decisions = loaded.previousRecord?.decisions ?? [];
    const result = await writeAdjudication(loaded, decisions, currentAuthor());
    if (typeof result === 'string') {
      void vscode.window.showWarningMessage(result);
      return undefined;
    }
    if (loaded.unplaced > 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0}: {1} annotations of the annotators’ files cannot be placed in the article (its text changed) and are left out.', vscode.workspace.asRelativePath(article, false), loaded.unplaced));
    }
    if (result.staleDecisions > 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0}: {1} earlier decisions no longer apply (an annotator changed those places); they are asked again.', vscode.workspace.asRelativePath(article, false), result.staleDecisions));
    }
    const first = result.diff.disagreements.indexOf(result.open[0]);
    return { loaded, result, decisions: result.decisions, index: Math.max(0, first), queue: [] };
  }

  /** Takes the versions of the annotators `which` picks for the disagreement shown, writes, and goes to the next open one. */
  async decide(which: (annotators: string[]) => string[]): Promise<AdjudicationState | undefined> {
    const walk = this.walk;
    if (!walk) return undefined;
    const disagreement = walk.result.diff.disagreements[walk.index];
    const take = which(walk.result.diff.annotators);
    const decisions = [...walk.decisions.filter((d) => d.key !== disagreement.key), { key: disagreement.key, take, place: '' }];
    const result = await writeAdjudication(walk.loaded, decisions, currentAuthor());
    if (typeof result === 'string') {
      void vscode.window.showWarningMessage(result);
      return this.state();
    }
    walk.result = result;
    walk.decisions = result.decisions;
    const next = this.nextOpen(walk);
    if (next >= 0) {
      walk.index = next;
      await this.show();
      return this.state();
    }
    return this.nextArticle(walk);
  }

  /** The next open disagreement after the one shown (wrapping), or -1. */
  private nextOpen(walk: Walk): number {
    const all = walk.result.diff.disagreements;
    const open = new Set(walk.result.open.map((d) => d.key));
    for (let step = 1; step <= all.length; step++) {
      const i = (walk.index + step) % all.length;
      if (open.has(all[i].key)) return i;
    }
    return -1;
  }

  private async nextArticle(walk: Walk): Promise<AdjudicationState | undefined> {
    const written = vscode.workspace.asRelativePath(walk.loaded.target, false);
    while (walk.queue.length > 0) {
      const [article, ...rest] = walk.queue;
      const next = await this.merge(article, false);
      if (next && next.result.open.length > 0) {
        this.walk = { ...next, queue: rest };
        await this.show();
        return this.state();
      }
      walk.queue = rest;
    }
    this.end();
    void vscode.window.showInformationMessage(vscode.l10n.t('Every disagreement is decided: the adjudicated annotations are in {0}.', written));
    return { article: walk.loaded.article.toString(), index: -1, disagreements: walk.result.diff.disagreements.length, open: 0 };
  }

  async move(step: number): Promise<AdjudicationState | undefined> {
    const walk = this.walk;
    if (!walk) return undefined;
    const count = walk.result.diff.disagreements.length;
    walk.index = (walk.index + step + count) % count;
    await this.show();
    return this.state();
  }

  /** A list of the choices for the disagreement shown: each annotator's version, all, neither; and moving on. */
  async pick(): Promise<AdjudicationState | undefined> {
    const walk = this.walk;
    if (!walk) return undefined;
    const disagreement = walk.result.diff.disagreements[walk.index];
    const names = walk.result.diff.annotators;
    type Choice = vscode.QuickPickItem & { run: () => Promise<AdjudicationState | undefined> };
    const choices: Choice[] = [
      ...disagreement.versions.map((v) => ({ label: v.annotator, description: describeClaims(v.claims), run: () => this.decide(() => [v.annotator]) })),
      { label: names.length > 2 ? vscode.l10n.t('All') : vscode.l10n.t('Both'), run: () => this.decide(() => names) },
      { label: vscode.l10n.t('Neither'), run: () => this.decide(() => []) },
      { label: vscode.l10n.t('Next disagreement'), run: () => this.move(1) },
      { label: vscode.l10n.t('Previous disagreement'), run: () => this.move(-1) },
      { label: vscode.l10n.t('Stop adjudicating'), run: async () => this.stop() },
    ];
    const chosen = await vscode.window.showQuickPick(choices, { title: this.title(walk), placeHolder: vscode.l10n.t('Whose version to keep here') });
    return chosen ? chosen.run() : this.state();
  }

  stop(): AdjudicationState | undefined {
    const state = this.state();
    this.end();
    return state;
  }

  private state(): AdjudicationState | undefined {
    const walk = this.walk;
    if (!walk) return undefined;
    return { article: walk.loaded.article.toString(), index: walk.index, disagreements: walk.result.diff.disagreements.length, open: walk.result.open.length };
  }

  private title(walk: Walk): string {
    const decided = walk.decisions.find((d) => d.key === walk.result.diff.disagreements[walk.index].key);
    const verdict = decided ? vscode.l10n.t('decided: {0}', decided.take.length === 0 ? vscode.l10n.t('neither') : decided.take.join(' + ')) : vscode.l10n.t('open');
    return vscode.l10n.t('Disagreement {0} of {1} ({2}), {3} open', walk.index + 1, walk.result.diff.disagreements.length, verdict, walk.result.open.length);
  }

  /** Opens the article at the disagreement and paints each version's spans. */
  private async show(): Promise<void> {
    const walk = this.walk;
    if (!walk) return;
    const disagreement = walk.result.diff.disagreements[walk.index];
    const document = await vscode.workspace.openTextDocument(walk.loaded.article);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const range = new vscode.Range(document.positionAt(disagreement.start), document.positionAt(disagreement.end));
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    this.paint(editor, disagreement);
    this.status.text = `$(git-compare) ${this.title(walk)}`;
    this.status.tooltip = [...disagreement.versions.map((v, i) => `${i + 1} ${v.annotator}: ${describeClaims(v.claims)}`), vscode.l10n.t('Alt+1 / Alt+2: take that version · Alt+3: both · Alt+0: neither · Alt+] / Alt+[: next / previous')].join('\n');
    this.status.show();
    await vscode.commands.executeCommand('setContext', ADJUDICATING_CONTEXT_KEY, true);
  }

  private paint(editor: vscode.TextEditor, disagreement: Disagreement): void {
    const document = editor.document;
    const summary = disagreement.versions.map((v, i) => `${i + 1} ${v.annotator}: ${describeClaims(v.claims)}`).join('  ·  ');
    const end = document.positionAt(disagreement.end);
    editor.setDecorations(this.place, [{
      range: new vscode.Range(document.positionAt(disagreement.start), end),
      renderOptions: { after: { contentText: `  ⟵ ${summary}`, fontStyle: 'italic', color: new vscode.ThemeColor('editorCodeLens.foreground') } },
    }]);
    this.versionStyles.forEach((style, i) => {
      const versions = i < 2 ? disagreement.versions.slice(i, i + 1) : disagreement.versions.slice(2);
      editor.setDecorations(style, versions.flatMap((v) => v.claims.map((c) => ({
        range: new vscode.Range(document.positionAt(c.annotation.start), document.positionAt(c.annotation.end)),
        hoverMessage: `${v.annotator}: ${describeClaims([c])}`,
      }))));
    });
  }

  private end(): void {
    this.walk = undefined;
    this.status.hide();
    for (const editor of vscode.window.visibleTextEditors) for (const style of [this.place, ...this.versionStyles]) editor.setDecorations(style, []);
    void vscode.commands.executeCommand('setContext', ADJUDICATING_CONTEXT_KEY, false);
  }

  dispose(): void {
    this.end();
    this.status.dispose();
    this.place.dispose();
    for (const style of this.versionStyles) style.dispose();
  }
}
