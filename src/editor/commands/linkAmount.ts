// Link an amount to its project, company or park (or change the link): a quick pick of the
// article's spans of that label, nearest the amount first, each with its sentence. Arguments
// (all optional): the amount's SpanTarget, the kind, and the target's SpanTarget (no pick then).
import * as vscode from 'vscode';
import { linkCandidates, linkKindsFor, sentenceAround } from '../../core/links/linkCandidates';
import type { ReviewItem } from '../../core/review/review';
import { LINK_TARGET_LABEL } from '../../core/types';
import type { LinkKind } from '../../core/types';
import { CommandId } from '../ids';
import { labelName, statusName } from '../displayNames';
import type { LinkIndexes } from '../linkIndexes';
import { resolveAmount, resolveKind } from './linkTarget';
import { writeLinkDecisions } from './linkWrites';
import { isSpanTarget } from './reviewTarget';

export function registerLinkAmount(links: LinkIndexes): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.linkAmount, async (target?: unknown, kindArg?: unknown, to?: unknown): Promise<boolean> => {
    const found = await resolveAmount(links, target);
    if (!found) return false;
    const { document, item: amount } = found;
    const current = links.get(document).linksOf(amount);
    const kind = await resolveKind(kindArg, current, vscode.l10n.t('Link “{0}” to what?', amount.text), linkKindsFor(amount));
    if (!kind) return false;
    const items = links.analysis.get(document).items;
    const chosen = isSpanTarget(to)
      ? items.find((i) => i.start === to.start && i.end === to.end && i.label === to.label)
      : await pickTarget(document, items, amount, kind, current.find((l) => l.kind === kind)?.target);
    if (!chosen) return false;
    return writeLinkDecisions(links.store, document, [{ kind, amount, target: chosen }], 'accepted');
  });
}

async function pickTarget(document: vscode.TextDocument, items: readonly ReviewItem[], amount: ReviewItem, kind: LinkKind, current: ReviewItem | undefined): Promise<ReviewItem | undefined> {
  const label = LINK_TARGET_LABEL[kind];
  const candidates = linkCandidates(items, amount, label);
  if (candidates.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This article has no {0} span to link to: tag one first.', labelName(label)));
    return undefined;
  }
  const text = document.getText();
  const picks = candidates.map(({ item }) => ({
    label: item.text,
    description: item === current ? `${statusName(item.status)} · ${vscode.l10n.t('current link')}` : statusName(item.status),
    detail: sentenceAround(text, item),
    item,
  }));
  const picked = await vscode.window.showQuickPick(picks, {
    placeHolder: vscode.l10n.t('{0} of the amount “{1}” (nearest first)', labelName(label), amount.text),
    matchOnDetail: true,
  });
  return picked?.item;
}
