// Accept: the span under the cursor (or the one a hover link / quick fix names) becomes an
// accepted annotation, with the engine's label and MONEY attributes.
import * as vscode from 'vscode';
import { CommandId } from '../ids';
import type { ReviewDeps } from './reviewDeps';
import { resolveItem } from './reviewTarget';
import { decide } from './reviewWrites';

export function registerAcceptSuggestion({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.acceptSuggestion, async (target?: unknown): Promise<boolean> => {
    const found = await resolveItem(analysis, target);
    if (!found) return false;
    // Accepting an accepted amount flagged for a check of its value keeps the value and clears the flag.
    if (found.item.status === 'accepted' && !found.item.annotation?.checkValue) return true;
    return decide(store, found.document, found.item, 'accepted');
  });
}
