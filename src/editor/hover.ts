// Hovers: what the engine (or the researcher) says about the span under the mouse: the
// normalised value (`65.1亿元 → ¥6,510,000,000 CNY`), currency, qualifier, role, scope, review
// status, who decided and when, and links to accept, reject or relabel it.
import * as vscode from 'vscode';
import { linkKindsFor } from '../core/links/linkCandidates';
import type { AmountLink } from '../core/links/linkReview';
import type { ReviewItem } from '../core/review/review';
import { formatExactAmount } from '../core/totals/moneyFormat';
import { LINK_KINDS, LINK_TARGET_LABEL } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { otherLabelsFor } from './codeActions';
import { targetOf, itemsAt } from './commands/reviewTarget';
import { labelName, linkStatusName, qualifierName, roleName, scopeName, statusName } from './displayNames';
import { CommandId } from './ids';
import type { LinkIndexes } from './linkIndexes';

/** The only commands a hover link may run (MarkdownString.isTrusted is limited to these). */
const LINK_COMMANDS = [
  CommandId.acceptSuggestion, CommandId.rejectSuggestion, CommandId.relabelAnnotation, CommandId.removeAnnotation,
  CommandId.linkAmount, CommandId.acceptLinks, CommandId.removeLink,
];

const CURRENCY_SYMBOL: Record<string, string> = {
  CNY: '¥', USD: '$', HKD: 'HK$', EUR: '€', JPY: 'JP¥', GBP: '£', KRW: '₩', TWD: 'NT$', SGD: 'S$', AUD: 'A$', CAD: 'C$', MOP: 'MOP$',
};

/** `¥6,510,000,000 CNY`; a range `¥1,000,000,000 – ¥2,000,000,000 CNY`. */
export function normalisedAmount(value: number, currency: string, max?: number): string {
  const symbol = CURRENCY_SYMBOL[currency] ?? '';
  const bare = (v: number) => `${symbol}${formatExactAmount(v, currency).replace(/ [A-Z]{3}$/, '')}`;
  return max === undefined ? `${bare(value)} ${currency}` : `${bare(value)} – ${bare(max)} ${currency}`;
}

/** `amountLinks`: the amount's links (MONEY only), listed with their own command links. */
export function hoverMarkdown(document: vscode.TextDocument, item: ReviewItem, amountLinks?: readonly AmountLink[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = { enabledCommands: LINK_COMMANDS };
  md.appendMarkdown(`**${escape(labelName(item.label))}** · ${escape(statusName(item.status))}\n\n`);
  if (item.label === 'MONEY' && item.value !== undefined && item.currency) {
    md.appendMarkdown(`${escape(item.text)} → **${escape(normalisedAmount(item.value, item.currency, item.max))}**\n\n`);
    const facts: string[] = [`${vscode.l10n.t('Currency')}: ${item.currency}`];
    if (item.qualifier) facts.push(`${vscode.l10n.t('Qualifier')}: ${qualifierName(item.qualifier)}`);
    if (item.role) facts.push(`${vscode.l10n.t('Role')}: ${roleName(item.role)}`);
    if (item.scope) facts.push(`${vscode.l10n.t('Scope')}: ${scopeName(item.scope)}`);
    md.appendMarkdown(`${facts.map(escape).join(' · ')}\n\n`);
  } else {
    md.appendMarkdown(`${escape(item.text)}\n\n`);
  }
  if (item.annotation?.checkValue) {
    md.appendMarkdown(`$(warning) ${escape(vscode.l10n.t('The text changed and this value was kept: check it.'))}\n\n`);
  } else if (item.annotation?.valueSetByHand) {
    md.appendMarkdown(`${escape(vscode.l10n.t('Value set by hand.'))}\n\n`);
  }
  if (item.annotation) {
    const when = new Date(item.annotation.time).toLocaleString(vscode.env.language);
    const who = item.annotation.author || vscode.l10n.t('unknown');
    md.appendMarkdown(`${escape(vscode.l10n.t('{0} by {1}, {2}', statusName(item.status), who, when))}\n\n`);
  } else {
    md.appendMarkdown(`_${escape(vscode.l10n.t('Suggested by the recogniser, not reviewed yet.'))}_\n\n`);
  }
  const target = targetOf(document, item);
  if (amountLinks && item.label === 'MONEY' && item.status !== 'rejected') appendLinks(md, item, target, amountLinks);
  const actions: string[] = [];
  if (item.status !== 'accepted') actions.push(link(vscode.l10n.t('Accept'), CommandId.acceptSuggestion, [target]));
  if (item.status !== 'rejected') actions.push(link(vscode.l10n.t('Reject'), CommandId.rejectSuggestion, [target]));
  // Only the labels that can be right for the text, most likely first (as the quick fixes).
  for (const label of otherLabelsFor(item.text, item.label, item.label === 'MONEY' && item.status === 'suggested')) {
    const text = label === 'MONEY' ? vscode.l10n.t('As {0}…', labelName(label)) : vscode.l10n.t('As {0}', labelName(label));
    actions.push(link(text, CommandId.relabelAnnotation, [target, label]));
  }
  if (item.annotation) actions.push(link(vscode.l10n.t('Remove'), CommandId.removeAnnotation, [target]));
  md.appendMarkdown(actions.join(' · '));
  return md;
}

/**
 * One line per kind of link: the linked span and whether it is accepted or only suggested, with
 * links to accept, change or remove it; a kind without a link offers to make one.
 */
function appendLinks(md: vscode.MarkdownString, item: ReviewItem, amount: ReturnType<typeof targetOf>, links: readonly AmountLink[]): void {
  const allowed = linkKindsFor(item);
  const kinds = LINK_KINDS.filter((kind) => allowed.includes(kind) || links.some((l) => l.kind === kind));
  if (kinds.length === 0) return;
  const lines = kinds.map((kind) => {
    const name = escape(labelName(LINK_TARGET_LABEL[kind]));
    const found = links.find((l) => l.kind === kind);
    if (!found) return `${name}: — · ${link(vscode.l10n.t('Link…'), CommandId.linkAmount, [amount, kind])}`;
    const actions: string[] = [];
    if (found.status === 'suggested') actions.push(link(vscode.l10n.t('Accept'), CommandId.acceptLinks, [amount, kind]));
    actions.push(link(vscode.l10n.t('Change…'), CommandId.linkAmount, [amount, kind]));
    actions.push(link(vscode.l10n.t('Remove'), CommandId.removeLink, [amount, kind]));
    const status = found.status === 'accepted' ? `**${escape(linkStatusName(found.status))}**` : `_${escape(linkStatusName(found.status))}_`;
    return `${name}: ${escape(found.target.text)} (${status}) · ${actions.join(' · ')}`;
  });
  md.appendMarkdown(`${lines.join('  \n')}\n\n`);
}

function link(text: string, command: string, args: unknown[]): string {
  return `[${escape(text)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** Article text is data: Markdown punctuation in it must show as typed, never format or link. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

export function registerHover(context: vscode.ExtensionContext, analysis: AnalysisCache, links?: LinkIndexes): void {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      if (!analysis.isCovered(document)) return undefined;
      if (analysis.firstAnalysisPending(document)) {
        void analysis.analyse(document);
        return undefined;
      }
      const items = itemsAt(analysis.get(document).items, document.offsetAt(position));
      // The cursor just after a span is not "over" it: hovers need the mouse on the text.
      const under = items.filter((item) => document.offsetAt(position) < item.end);
      if (under.length === 0) return undefined;
      const range = new vscode.Range(document.positionAt(under[0].start), document.positionAt(under[0].end));
      const index = links?.get(document);
      return new vscode.Hover(under.map((item) => hoverMarkdown(document, item, index?.linksOf(item))), range);
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'vscode-remote' }], provider));
}
