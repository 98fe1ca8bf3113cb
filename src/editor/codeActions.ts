// Quick fixes (Ctrl+.): thin adapters over the review commands. Tagging writes the sidecar, not
// the article, so every action carries a command (which validates and writes atomically)
// rather than a WorkspaceEdit.
//  - on a suggestion: accept (preferred), accept as another label, set the amount's role, reject;
//  - on an annotation: remove, change label, set role, edit value, flip accepted/rejected;
//    an amount flagged for a check of its value (core/review/amountFollowsText.ts): keep it (preferred);
//  - on a selection that is not exactly one span: tag it as MONEY / PARK / PROJECT / COMPANY;
//  - always: accept every suggestion of the label under the cursor;
//  - on an amount: link it to a project / company / park (a pick), accept its suggested links,
//    remove a link, accept every suggested link of the article.
//  Other labels are only those that can be right for the text, most likely first
//  (core/review/labelAlternatives.ts): never "65.1亿元 as Park" nor "博通科技产业园 as Amount".
import * as vscode from 'vscode';
import { alternativeLabels, looksLikeAmount } from '../core/review/labelAlternatives';
import type { LinkIndex } from '../core/links/linkReview';
import type { ReviewItem } from '../core/review/review';
import { linkKindsFor } from '../core/links/linkCandidates';
import { LINK_TARGET_LABEL } from '../core/types';
import type { Label } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { itemsAt, itemsOverlapping, targetOf } from './commands/reviewTarget';
import { recognition } from './deferredModules';
import { labelName } from './displayNames';
import { CommandId } from './ids';
import type { LinkIndexes } from './linkIndexes';

export class ReviewCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly analysis: AnalysisCache,
    private readonly links?: LinkIndexes,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.analysis.isCovered(document)) return [];
    if (this.analysis.firstAnalysisPending(document)) {
      // VS Code asks at once for the lightbulb of a just opened editor: never recognise a whole large article for that.
      void this.analysis.analyse(document);
      return [];
    }
    const items = this.analysis.get(document).items;
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    const under = range.isEmpty ? itemsAt(items, start) : itemsOverlapping(items, start, end);
    const actions: vscode.CodeAction[] = [];
    for (const item of under) actions.push(...this.itemActions(document, item));
    if (this.links) actions.push(...linkActions(document, under, this.links.get(document)));
    const exactlyOneSpan = under.length > 0 && under.every((item) => item.start === start && item.end === end);
    if (!range.isEmpty && !exactlyOneSpan) actions.push(...tagActions(document, start, end));
    const labelsHere = new Set(under.filter((item) => item.status === 'suggested').map((item) => item.label));
    for (const label of labelsHere) {
      const count = items.filter((item) => item.status === 'suggested' && item.label === label).length;
      if (count > 1) actions.push(action(vscode.l10n.t('Accept all {0} suggestions of the label {1}', count, labelName(label)), CommandId.acceptAllSuggestions, [label, document.uri.toString()]));
    }
    return actions;
  }

  private itemActions(document: vscode.TextDocument, item: ReviewItem): vscode.CodeAction[] {
    const target = targetOf(document, item);
    const name = labelName(item.label);
    const quoted = shorten(item.text);
    const others = otherLabelsFor(item.text, item.label, item.label === 'MONEY' && item.status === 'suggested');
    const actions: vscode.CodeAction[] = [];
    if (item.annotation?.checkValue) {
      const keep = action(vscode.l10n.t('Keep the value of “{0}” (checked)', quoted), CommandId.acceptSuggestion, [target]);
      keep.isPreferred = true;
      actions.push(keep);
    }
    if (item.status === 'suggested') {
      const accept = action(vscode.l10n.t('Accept {0} “{1}”', name, quoted), CommandId.acceptSuggestion, [target]);
      accept.isPreferred = true;
      actions.push(accept);
      for (const label of others) actions.push(action(vscode.l10n.t('Accept “{0}” as {1}', quoted, labelName(label)), CommandId.relabelAnnotation, [target, label]));
      if (item.label === 'MONEY') actions.push(action(vscode.l10n.t('Accept with amount role…'), CommandId.setMoneyRole, [target]));
      actions.push(action(vscode.l10n.t('Reject {0} “{1}”', name, quoted), CommandId.rejectSuggestion, [target]));
      return actions;
    }
    if (item.status === 'rejected') actions.push(action(vscode.l10n.t('Accept {0} “{1}” after all', name, quoted), CommandId.acceptSuggestion, [target]));
    else actions.push(action(vscode.l10n.t('Reject {0} “{1}” after all', name, quoted), CommandId.rejectSuggestion, [target]));
    for (const label of others) actions.push(action(vscode.l10n.t('Change label of “{0}” to {1}', quoted, labelName(label)), CommandId.relabelAnnotation, [target, label]));
    if (item.label === 'MONEY') {
      actions.push(action(vscode.l10n.t('Set amount role…'), CommandId.setMoneyRole, [target]));
      actions.push(action(vscode.l10n.t('Edit amount value…'), CommandId.editMoneyValue, [target]));
    }
    actions.push(action(vscode.l10n.t('Remove annotation “{0}”', quoted), CommandId.removeAnnotation, [target]));
    return actions;
  }
}

/** Link quick fixes for the amounts under the cursor (not rejected ones: they have no links). */
function linkActions(document: vscode.TextDocument, under: readonly ReviewItem[], index: LinkIndex): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  for (const amount of under) {
    if (amount.label !== 'MONEY' || amount.status === 'rejected') continue;
    const target = targetOf(document, amount);
    const links = index.linksOf(amount);
    const suggested = links.filter((l) => l.status === 'suggested');
    if (suggested.length > 0) {
      const names = suggested.map((l) => `${labelName(l.target.label)} “${shorten(l.target.text)}”`).join(vscode.l10n.t(', '));
      actions.push(action(vscode.l10n.t('Accept suggested links: {0}', names), CommandId.acceptLinks, [target]));
    }
    for (const kind of linkKindsFor(amount)) {
      const title = links.some((l) => l.kind === kind) ? vscode.l10n.t('Change link to {0}…', labelName(LINK_TARGET_LABEL[kind])) : vscode.l10n.t('Link to {0}…', labelName(LINK_TARGET_LABEL[kind]));
      actions.push(action(title, CommandId.linkAmount, [target, kind]));
    }
    for (const l of links) actions.push(action(vscode.l10n.t('Remove link to {0} “{1}”', labelName(l.target.label), shorten(l.target.text)), CommandId.removeLink, [target, l.kind]));
  }
  const all = actions.length > 0 ? index.suggested().length : 0;
  if (all > 1) actions.push(action(vscode.l10n.t('Accept all {0} suggested links in the article', all), CommandId.acceptAllLinks, [document.uri.toString()]));
  return actions;
}

function tagActions(document: vscode.TextDocument, start: number, end: number): vscode.CodeAction[] {
  const quoted = shorten(document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))).trim());
  if (!quoted) return [];
  const range = { uri: document.uri.toString(), start, end };
  const text = document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end)));
  return otherLabelsFor(text, undefined, false).map((label) => action(vscode.l10n.t('Tag “{0}” as {1}', quoted, labelName(label)), CommandId.tagSelection, [label, range]));
}

/** The labels other than `current` that can be right for `text`, most likely first. */
export function otherLabelsFor(text: string, current: Label | undefined, engineAmount: boolean): Label[] {
  const readsAsAmount = engineAmount || looksLikeAmount(text) || recognition().recognize(text).some((e) => e.label === 'MONEY' && e.value !== undefined);
  return alternativeLabels(text, current, readsAsAmount);
}

function action(title: string, command: string, args: unknown[]): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  codeAction.command = { title, command, arguments: args };
  return codeAction;
}

/** Long selections make unreadable menu entries. */
function shorten(text: string): string {
  return text.length > 24 ? `${text.slice(0, 22)}…` : text;
}

export function registerCodeActions(context: vscode.ExtensionContext, analysis: AnalysisCache, links?: LinkIndexes): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }], new ReviewCodeActions(analysis, links), {
      providedCodeActionKinds: ReviewCodeActions.providedCodeActionKinds,
    }),
  );
}
