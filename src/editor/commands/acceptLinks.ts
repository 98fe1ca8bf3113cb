// Accept the engine's suggested links of one amount (all of them, or one kind): the links are
// stored, and their spans accepted too when they were still suggestions.
import * as vscode from 'vscode';
import { CommandId } from '../ids';
import type { LinkIndexes } from '../linkIndexes';
import { isLinkKind, resolveAmount } from './linkTarget';
import { proposalOf, writeLinkDecisions } from './linkWrites';

export function registerAcceptLinks(links: LinkIndexes): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.acceptLinks, async (target?: unknown, kind?: unknown): Promise<boolean> => {
    const found = await resolveAmount(links, target);
    if (!found) return false;
    const suggested = links.get(found.document).linksOf(found.item).filter((l) => l.status === 'suggested' && (!isLinkKind(kind) || l.kind === kind));
    if (suggested.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This amount has no suggested links.'));
      return false;
    }
    return writeLinkDecisions(links.store, found.document, suggested.map(proposalOf), 'accepted');
  });
}
