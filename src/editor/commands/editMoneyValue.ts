// Edit an amount's value: an input box that takes a plain number or an amount as written in
// articles (`65.1亿元`, read by the engine). Also asked when a tagged stretch has no readable value.
import * as vscode from 'vscode';
import type { MoneyAttributes } from '../../core/types';
import { CommandId } from '../ids';
import type { ReviewDeps } from './reviewDeps';
import { resolveItem } from './reviewTarget';
import { decide, parseAmountInput } from './reviewWrites';

type AmountValue = Pick<MoneyAttributes, 'value' | 'max' | 'currency'>;

/** Asks for an amount; undefined when the user cancels. */
export async function askAmount(text: string, current: Partial<AmountValue>): Promise<AmountValue | undefined> {
  const currency = current.currency ?? 'CNY';
  const initial = current.value === undefined ? '' : current.max === undefined ? String(current.value) : `${current.value}-${current.max}`;
  const input = await vscode.window.showInputBox({
    title: vscode.l10n.t('Value of “{0}”', text),
    value: initial,
    prompt: vscode.l10n.t('A number in units of the currency ({0}), a range such as 10-20, or an amount as written, such as 65.1亿元.', currency),
    validateInput: (value) => (parseAmountInput(value, currency) ? undefined : vscode.l10n.t('Not an amount: type 6510000000, 10-20 or 65.1亿元.')),
  });
  return input === undefined ? undefined : parseAmountInput(input, currency);
}

export function registerEditMoneyValue({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.editMoneyValue, async (target?: unknown, value?: unknown): Promise<boolean> => {
    const found = await resolveItem(analysis, target);
    if (!found) return false;
    const { item } = found;
    if (item.label !== 'MONEY') {
      void vscode.window.showInformationMessage(vscode.l10n.t('Only amounts have a value.'));
      return false;
    }
    const currency = item.currency ?? 'CNY';
    const given = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
    const amount = given !== undefined ? parseAmountInput(given, currency) : await askAmount(item.text, item);
    if (given !== undefined && !amount) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Not an amount: {0}', given));
      return false;
    }
    if (!amount) return false;
    return decide(store, found.document, item, 'accepted', { value: amount.value, max: amount.max, currency: amount.currency, valueSetByHand: true });
  });
}
