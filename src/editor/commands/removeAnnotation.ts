// Remove: forget the stored decision on a span; the engine's suggestion (if any) shows again.
import * as vscode from 'vscode';
import { CommandId } from '../ids';
import type { ReviewDeps } from './reviewDeps';
import { resolveItem } from './reviewTarget';
import { removeAnnotation } from './reviewWrites';

export function registerRemoveAnnotation({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.removeAnnotation, async (target?: unknown): Promise<boolean> => {
    const found = await resolveItem(analysis, target);
    if (!found) return false;
    const { annotation } = found.item;
    if (!annotation) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This span is only a suggestion: reject it instead.'));
      return false;
    }
    return removeAnnotation(store, found.document, annotation);
  });
}
