// Change a span's label (accept a suggestion as another label, or correct an annotation).
// Becoming MONEY reads the value with the engine; leaving MONEY drops the MONEY attributes.
import * as vscode from 'vscode';
import { isLabel } from '../../core/types';
import type { Label } from '../../core/types';
import { CommandId } from '../ids';
import { labelName } from '../displayNames';
import { askAmount } from './editMoneyValue';
import { pickLabel } from './pickers';
import type { ReviewDeps } from './reviewDeps';
import { itemsOverlapping, resolveItem } from './reviewTarget';
import { decide, moneyAttributesFor } from './reviewWrites';
import type { EntityPatch } from './reviewWrites';

export function registerRelabelAnnotation({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.relabelAnnotation, async (target?: unknown, newLabel?: unknown): Promise<boolean> => {
    const found = await resolveItem(analysis, target);
    if (!found) return false;
    const { document, item } = found;
    const label: Label | undefined = isLabel(newLabel)
      ? newLabel
      : await pickLabel(vscode.l10n.t('New label for “{0}” (now {1})', item.text, labelName(item.label)), { exclude: item.label });
    if (!label) return false;
    const patch: EntityPatch = { label };
    if (label === 'MONEY' && item.label !== 'MONEY') {
      const overlapping = itemsOverlapping(analysis.get(document).items, item.start, item.end);
      const money = moneyAttributesFor(item.text, overlapping) ?? (await askMoney(item.text));
      if (!money) return false;
      Object.assign(patch, money);
    }
    return decide(store, document, item, 'accepted', patch);
  });
}

async function askMoney(text: string): Promise<EntityPatch | undefined> {
  const amount = await askAmount(text, {});
  return amount && { ...amount, role: 'other', scope: 'item' };
}
