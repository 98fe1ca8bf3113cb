// Accept every open suggestion of one label in the active article (argument: the label; without
// it a quick pick shows how many of each there are). One sidecar write for all of them.
import * as vscode from 'vscode';
import { isLabel } from '../../core/types';
import type { Label } from '../../core/types';
import { CommandId } from '../ids';
import { labelName } from '../displayNames';
import { pickLabel } from './pickers';
import type { ReviewDeps } from './reviewDeps';
import { activeArticleEditor } from './reviewTarget';
import { decideMany } from './reviewWrites';

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
    const written = await decideMany(store, document, items, 'accepted');
    if (!written) return 0;
    void vscode.window.showInformationMessage(vscode.l10n.t('Accepted {0} suggestions of the label {1}.', items.length, labelName(label)));
    return items.length;
  });
}
