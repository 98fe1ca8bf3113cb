// Which amount, and which kind of link, a link command acts on: the SpanTarget a hover link or
// quick fix passes, else the amount under the cursor; the kind from the argument, else a pick.
import * as vscode from 'vscode';
import type { AmountLink } from '../../core/links/linkReview';
import { LINK_KINDS, LINK_TARGET_LABEL } from '../../core/types';
import type { LinkKind } from '../../core/types';
import { labelName, linkStatusName } from '../displayNames';
import type { LinkIndexes } from '../linkIndexes';
import type { TargetedItem } from './reviewTarget';
import { resolveItem } from './reviewTarget';

export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}

/** The amount a link command acts on; tells the user and answers undefined when there is none. */
export async function resolveAmount(links: LinkIndexes, target: unknown): Promise<TargetedItem | undefined> {
  const found = await resolveItem(links.analysis, target);
  if (!found) return undefined;
  if (found.item.label !== 'MONEY' || found.item.status === 'rejected') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Links start at an amount: put the cursor on a MONEY span that is not rejected.'));
    return undefined;
  }
  return found;
}

/** The kind given, else the user's pick (each kind shows the amount's current link). */
export async function resolveKind(kind: unknown, current: readonly AmountLink[], placeHolder: string, allowed: readonly LinkKind[] = LINK_KINDS): Promise<LinkKind | undefined> {
  if (isLinkKind(kind)) return kind;
  const kinds = LINK_KINDS.filter((k) => allowed.includes(k) || current.some((l) => l.kind === k));
  if (kinds.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('A size threshold has no project, company or park (annotation guidelines).'));
    return undefined;
  }
  const items = kinds.map((k) => {
    const link = current.find((l) => l.kind === k);
    return {
      label: labelName(LINK_TARGET_LABEL[k]),
      description: link ? `${link.target.text} · ${linkStatusName(link.status)}` : vscode.l10n.t('no link'),
      value: k,
    };
  });
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.value;
}
