// Remove one link of an amount (argument: the amount's SpanTarget and the kind; without the kind
// a pick among its links). A stored link is deleted; a suggestion in its place, or a suggested
// link removed itself, is stored as rejected, so the amount shows no link of that kind.
import * as vscode from 'vscode';
import { LinkIndex } from '../../core/links/linkReview';
import { CommandId } from '../ids';
import type { LinkIndexes } from '../linkIndexes';
import { resolveAmount, resolveKind } from './linkTarget';
import { proposalOf, writeLinkRemoval } from './linkWrites';

export function registerRemoveLink(links: LinkIndexes): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.removeLink, async (target?: unknown, kindArg?: unknown): Promise<boolean> => {
    const found = await resolveAmount(links, target);
    if (!found) return false;
    const { document, item: amount } = found;
    const current = links.get(document).linksOf(amount);
    if (current.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This amount has no links.'));
      return false;
    }
    const kind = await resolveKind(kindArg, current, vscode.l10n.t('Remove which link of “{0}”?', amount.text), []);
    const link = current.find((l) => l.kind === kind);
    if (!link) return false;
    if (!link.link) return writeLinkRemoval(links.store, document, [], [proposalOf(link)]);
    // What would show once the stored link is gone: the engine's suggestion of that kind, if any.
    const { items, suggestions } = links.analysis.get(document);
    const without = links.store.get(document.uri).links.filter((l) => l.id !== link.link?.id);
    const next = new LinkIndex(items, suggestions, without).linksOf(amount).find((l) => l.kind === kind && l.status === 'suggested');
    return writeLinkRemoval(links.store, document, [link.link.id], next ? [proposalOf(next)] : []);
  });
}
