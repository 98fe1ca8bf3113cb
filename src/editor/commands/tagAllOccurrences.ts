// "Tag every occurrence" and "Reject every occurrence": from one span, give the same label (and
// status) to the other occurrences of its text in this article or in the whole corpus, after a
// preview where each can be unticked. The batch writes each article through the annotation store
// (so sidecars stay valid, open or not) and is taken back as a whole by "Undo Last Occurrence Batch".
import * as vscode from 'vscode';
import type { Occurrence, OccurrenceTarget } from '../../core/corpus/occurrences';
import { findOccurrences } from '../../core/corpus/occurrences';
import { AnnotationIds, createAnnotation } from '../../core/review/review';
import type { Annotation, AnnotationStatus } from '../../core/sidecar/sidecarSchema';
import type { Entity } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import type { AnnotationStore } from '../annotationStore';
import { articleTextOf, listCorpusArticles } from '../corpusArticles';
import { CommandId } from '../ids';
import { itemsAt, itemsOverlapping, resolveItem, targetOf } from './reviewTarget';
import { currentAuthor, entityOf } from './reviewWrites';

/** What one article's write changed, to take it back. */
interface ArticleChange {
  article: vscode.Uri;
  added: string[];
  /** The annotations as they were before the batch changed their status. */
  replaced: Annotation[];
}

interface Found {
  article: vscode.Uri;
  text: string;
  occurrence: Occurrence;
}

export type OccurrenceScope = 'article' | 'corpus';

/** The batches written, latest last: the undo command takes back the latest whole. */
const batches: ArticleChange[][] = [];

export function registerTagAllOccurrences(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): void {
  const run = (status: AnnotationStatus) => (target?: unknown, scope?: OccurrenceScope) => everyOccurrence(store, analysis, status, target, scope);
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.tagAllOccurrences, run('accepted')),
    vscode.commands.registerCommand(CommandId.rejectAllOccurrences, run('rejected')),
    vscode.commands.registerCommand(CommandId.undoOccurrenceBatch, () => undoLastBatch(store)),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new OccurrenceActions(analysis), { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
  );
}

/** Quick fixes on the span under the cursor: tag or reject every other occurrence of its text. */
class OccurrenceActions implements vscode.CodeActionProvider {
  constructor(private readonly analysis: AnalysisCache) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    // A large article's first analysis runs in slices: the lightbulb of a just opened editor must not force it.
    if (!this.analysis.isCovered(document) || this.analysis.firstAnalysisPending(document)) return [];
    const items = this.analysis.get(document).items;
    const offset = document.offsetAt(range.start);
    const [item] = range.isEmpty ? itemsAt(items, offset) : itemsOverlapping(items, offset, document.offsetAt(range.end));
    if (!item) return [];
    const target = targetOf(document, item);
    const action = (title: string, command: string) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { command, title, arguments: [target] };
      return a;
    };
    return [
      action(vscode.l10n.t('Tag every occurrence of "{0}" as {1}…', item.text, item.label), CommandId.tagAllOccurrences),
      action(vscode.l10n.t('Reject every occurrence of "{0}" as {1}…', item.text, item.label), CommandId.rejectAllOccurrences),
    ];
  }
}

/**
 * The command: resolves the span, asks for the scope (unless given), previews the occurrences,
 * writes the ticked ones. Resolves with the number of occurrences written (0 when cancelled).
 */
async function everyOccurrence(store: AnnotationStore, analysis: AnalysisCache, status: AnnotationStatus, target: unknown, scopeArg?: OccurrenceScope): Promise<number> {
  const resolved = await resolveItem(analysis, target);
  if (!resolved) return 0;
  const { document, item } = resolved;
  const scope = scopeArg ?? (await pickScope());
  if (!scope) return 0;
  const wanted: OccurrenceTarget = { text: item.text, label: item.label, status };
  const articles = scope === 'article' ? [document.uri] : await listCorpusArticles();
  const found = await findAll(store, articles, wanted);
  if (found.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No other occurrence of "{0}" to change.', item.text));
    return 0;
  }
  const chosen = await preview(found, wanted);
  if (!chosen || chosen.length === 0) return 0;
  const changes = await writeBatch(store, chosen, entityOf(item), status);
  if (changes.length === 0) return 0;
  batches.push(changes);
  const count = changes.reduce((n, c) => n + c.added.length + c.replaced.length, 0);
  const message = status === 'accepted'
    ? vscode.l10n.t('Tagged {0} occurrence(s) of "{1}" in {2} article(s).', count, item.text, changes.length)
    : vscode.l10n.t('Rejected {0} occurrence(s) of "{1}" in {2} article(s).', count, item.text, changes.length);
  const undo = vscode.l10n.t('Undo');
  void vscode.window.showInformationMessage(message, undo).then((answer) => {
    if (answer === undo) void vscode.commands.executeCommand(CommandId.undoOccurrenceBatch);
  });
  return count;
}

async function pickScope(): Promise<OccurrenceScope | undefined> {
  const items: (vscode.QuickPickItem & { scope: OccurrenceScope })[] = [
    { label: vscode.l10n.t('In this article'), scope: 'article' },
    { label: vscode.l10n.t('In every article of the workspace'), scope: 'corpus' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Where to look for the other occurrences') }))?.scope;
}

async function findAll(store: AnnotationStore, articles: readonly vscode.Uri[], wanted: OccurrenceTarget): Promise<Found[]> {
  const found: Found[] = [];
  for (const article of articles) {
    const text = await articleTextOf(article);
    if (text === undefined || !text.includes(wanted.text)) continue;
    const state = await store.load(article);
    if (state.problem) continue;
    for (const occurrence of findOccurrences(text, wanted, state.annotations)) found.push({ article, text, occurrence });
  }
  return found;
}

/**
 * Every occurrence ticked; the user unticks those that are not mentions of the name. Built with
 * createQuickPick so that the list, its ticks and its showing reach the window together: with
 * showQuickPick the list follows the empty picker in a second message, and an Enter pressed in
 * between (a fast typist, a loaded machine) accepted nothing.
 */
function preview(found: readonly Found[], wanted: OccurrenceTarget): Promise<Found[] | undefined> {
  const items = found.map((f) => ({
    label: `${vscode.workspace.asRelativePath(f.article)}:${f.occurrence.line}`,
    detail: lineAround(f.text, f.occurrence),
    found: f,
  }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.canSelectMany = true;
  pick.matchOnDetail = true;
  pick.title = wanted.status === 'accepted'
    ? vscode.l10n.t('Tag "{0}" as {1} at these places', wanted.text, wanted.label)
    : vscode.l10n.t('Reject "{0}" as {1} at these places', wanted.text, wanted.label);
  pick.items = items;
  pick.selectedItems = items;
  return new Promise((resolve) => {
    let accepted: Found[] | undefined;
    pick.onDidAccept(() => {
      accepted = pick.selectedItems.map((p) => p.found);
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(accepted);
    });
    pick.show();
  });
}

/** The occurrence with up to 20 units of its line on each side. */
function lineAround(text: string, o: Occurrence): string {
  const lineStart = text.lastIndexOf('\n', o.start - 1) + 1;
  const lineEnd = text.indexOf('\n', o.end);
  const from = Math.max(lineStart, o.start - 20);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, o.end + 20);
  return `${from > lineStart ? '…' : ''}${text.slice(from, o.start)}【${text.slice(o.start, o.end)}】${text.slice(o.end, to)}${to < (lineEnd < 0 ? text.length : lineEnd) ? '…' : ''}`;
}

/** One store write per article; the changes of the writes that went through. */
async function writeBatch(store: AnnotationStore, chosen: readonly Found[], source: Entity, status: AnnotationStatus): Promise<ArticleChange[]> {
  const byArticle = new Map<string, Found[]>();
  for (const f of chosen) {
    const group = byArticle.get(f.article.toString()) ?? [];
    byArticle.set(f.article.toString(), group);
    group.push(f);
  }
  const changes: ArticleChange[] = [];
  const author = currentAuthor();
  const now = new Date();
  for (const group of byArticle.values()) {
    const change: ArticleChange = { article: group[0].article, added: [], replaced: [] };
    const written = await store.update(change.article, (current, text) => {
      change.added = [];
      change.replaced = [];
      const next = [...current];
      const ids = new AnnotationIds(current.map((a) => a.id));
      for (const { occurrence: o } of group) {
        // The text may have changed since the preview: only a span still holding the text is written.
        if (text.slice(o.start, o.end) !== source.text) continue;
        const index = next.findIndex((a) => !a.orphaned && a.start === o.start && a.end === o.end && a.label === source.label);
        if (index >= 0) {
          change.replaced.push(next[index]);
          next[index] = { ...next[index], status, author, time: now.toISOString() };
          continue;
        }
        const annotation = createAnnotation({ ...source, start: o.start, end: o.end }, status, author, now, text, ids);
        ids.add(annotation.id);
        change.added.push(annotation.id);
        next.push(annotation);
      }
      return next;
    });
    if (written && change.added.length + change.replaced.length > 0) changes.push(change);
  }
  return changes;
}

/** Takes back the latest batch in every article it wrote. Resolves with the number of articles written back. */
async function undoLastBatch(store: AnnotationStore): Promise<number> {
  const batch = batches.pop();
  if (!batch) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No occurrence batch to undo.'));
    return 0;
  }
  let reverted = 0;
  for (const change of batch) {
    const added = new Set(change.added);
    const before = new Map(change.replaced.map((a) => [a.id, a]));
    const written = await store.update(change.article, (current) => current.filter((a) => !added.has(a.id)).map((a) => before.get(a.id) ?? a));
    if (written) reverted++;
  }
  return reverted;
}
