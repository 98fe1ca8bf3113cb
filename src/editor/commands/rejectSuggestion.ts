// Reject: the span is stored as rejected, so the suggestion stops asking for review (and the
// rejection itself is research data: the engine was wrong there).
import * as vscode from 'vscode';
import { CommandId } from '../ids';
import type { ReviewDeps } from './reviewDeps';
import { resolveItem } from './reviewTarget';
import { decide } from './reviewWrites';

export function registerRejectSuggestion({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.rejectSuggestion, async (target?: unknown): Promise<boolean> => {
    const found = await resolveItem(analysis, target);
    if (!found) return false;
    if (found.item.status === 'rejected') return true;
    return decide(store, found.document, found.item, 'rejected');
  });
}
