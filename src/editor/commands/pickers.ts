// Quick picks shared by the review commands, used when a command runs without its argument
// (from the palette or a keybinding).
import * as vscode from 'vscode';
import { LABELS, MONEY_ROLES } from '../../core/types';
import type { Label, MoneyRole } from '../../core/types';
import { labelName, roleName } from '../displayNames';

export async function pickLabel(placeHolder: string, options: { exclude?: Label; detail?: (label: Label) => string | undefined } = {}): Promise<Label | undefined> {
  const items = LABELS.filter((label) => label !== options.exclude).map((label) => ({
    label: labelName(label),
    description: label,
    detail: options.detail?.(label),
    value: label,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder });
  return picked?.value;
}

export async function pickRole(current: MoneyRole | undefined): Promise<MoneyRole | undefined> {
  const items = MONEY_ROLES.map((role) => ({
    label: roleName(role),
    description: role === current ? `${role} · ${vscode.l10n.t('current')}` : role,
    value: role,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Role of this amount') });
  return picked?.value;
}
