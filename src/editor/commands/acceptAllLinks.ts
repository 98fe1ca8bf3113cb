// Accept every suggested link in the article, in one sidecar write (argument: the article's uri,
// else the active article). Resolves to the number of links accepted.
import * as vscode from 'vscode';
import { CommandId } from '../ids';
import type { LinkIndexes } from '../linkIndexes';
import { proposalOf, writeLinkDecisions } from './linkWrites';
import { activeArticleEditor } from './reviewTarget';

export function registerAcceptAllLinks(links: LinkIndexes): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.acceptAllLinks, async (uriArg?: unknown): Promise<number> => {
    const document = typeof uriArg === 'string'
      ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uriArg))
      : activeArticleEditor(links.analysis)?.document;
    if (!document) return 0;
    const suggested = links.get(document).suggested();
    if (suggested.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No suggested links in this article.'));
      return 0;
    }
    if (!(await writeLinkDecisions(links.store, document, suggested.map(proposalOf), 'accepted'))) return 0;
    void vscode.window.showInformationMessage(vscode.l10n.t('Accepted {0} suggested links.', suggested.length));
    return suggested.length;
  });
}
