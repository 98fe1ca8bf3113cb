// Set what an amount is (investment, contracted, revenue…): the totals are summed per role.
// Setting the role is a decision on the span, so a suggestion becomes accepted.
import * as vscode from 'vscode';
import { isMoneyRole } from '../../core/types';
import { CommandId } from '../ids';
import { pickRole } from './pickers';
import type { ReviewDeps } from './reviewDeps';
import { resolveItem } from './reviewTarget';
import { decide } from './reviewWrites';

export function registerSetMoneyRole({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.setMoneyRole, async (target?: unknown, role?: unknown): Promise<boolean> => {
    const found = await resolveItem(analysis, target);
    if (!found) return false;
    const { item } = found;
    if (item.label !== 'MONEY') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Only amounts have a role.'));
      return false;
    }
    const chosen = isMoneyRole(role) ? role : await pickRole(item.role);
    if (!chosen) return false;
    // A threshold (`亿元以上项目`) describes a class of projects: always an aggregate.
    const scope = chosen === 'threshold' ? 'aggregate' : item.scope ?? 'item';
    return decide(store, found.document, item, 'accepted', { role: chosen, scope });
  });
}
