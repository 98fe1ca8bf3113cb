// Accept every open suggestion of one label in the active article (argument: the label; without
// it a quick pick shows how many of each there are). One sidecar write for all of them. Above
// ACCEPT_ALL_CONFIRM_ABOVE suggestions it first says how many it will accept and asks; after
// it, the notification offers Undo.
import * as vscode from 'vscode';
import { isLabel } from '../../core/types';
import type { Label } from '../../core/types';
import { CommandId } from '../ids';
import { labelName } from '../displayNames';
import { pickLabel } from './pickers';
import type { ReviewDeps } from './reviewDeps';
import { activeArticleEditor } from './reviewTarget';
import { decideMany } from './reviewWrites';

/** Accepting more suggestions than this at once asks first (README, "Reviewing an article"). */
export const ACCEPT_ALL_CONFIRM_ABOVE = 50;

export function registerAcceptAllSuggestions({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.acceptAllSuggestions, async (labelArg?: unknown, uriArg?: unknown): Promise<number> => {
    const document = typeof uriArg === 'string'
      ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uriArg))
      : activeArticleEditor(analysis)?.document;
    if (!document) return 0;
    const suggested = analysis.get(document).items.filter((item) => item.status === 'suggested');
    const count = (label: Label) => suggested.filter((item) => item.label === label).length;
    const label = isLabel(labelArg)
      ? labelArg
      : await pickLabel(vscode.l10n.t('Accept all suggestions of which label?'), { detail: (l) => vscode.l10n.t('{0} suggestions', count(l)) });
    if (!label) return 0;
    const items = suggested.filter((item) => item.label === label);
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No open suggestions of the label {0}.', labelName(label)));
      return 0;
    }
    if (items.length > ACCEPT_ALL_CONFIRM_ABOVE && !(await confirm(items.length, label))) return 0;
    const written = await decideMany(store, document, items, 'accepted');
    if (!written) return 0;
    void offerUndo(document.uri, vscode.l10n.t('Accepted {0} suggestions of the label {1}.', items.length, labelName(label)));
    return items.length;
  });
}

/** A quick pick rather than a modal dialog: Enter accepts, Escape cancels, the count is in the title. */
async function confirm(count: number, label: Label): Promise<boolean> {
  const accept = { label: vscode.l10n.t('Accept all {0}', count), accept: true };
  const cancel = { label: vscode.l10n.t('Cancel'), accept: false };
  const picked = await vscode.window.showQuickPick([accept, cancel], {
    title: vscode.l10n.t('Accept {0} suggestions of the label {1}?', count, labelName(label)),
    placeHolder: vscode.l10n.t('Each becomes an accepted annotation; Invest News: Undo Review Action takes them back.'),
  });
  return picked?.accept === true;
}

async function offerUndo(article: vscode.Uri, message: string): Promise<void> {
  const undo = vscode.l10n.t('Undo');
  if ((await vscode.window.showInformationMessage(message, undo)) === undo) await vscode.commands.executeCommand(CommandId.undoReview, article.toString());
}
