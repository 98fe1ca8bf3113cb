// Tag the selected words as MONEY / PARK / PROJECT / COMPANY (argument: the label; without it
// a quick pick asks). An amount's value is read by the engine; when it cannot be read, the user
// is asked for it. The new annotation is accepted and replaces accepted ones it overlaps.
import * as vscode from 'vscode';
import { isLabel } from '../../core/types';
import type { Entity } from '../../core/types';
import { CommandId } from '../ids';
import { askAmount } from './editMoneyValue';
import { pickLabel } from './pickers';
import type { ReviewDeps } from './reviewDeps';
import { activeArticleEditor, itemsOverlapping } from './reviewTarget';
import { moneyAttributesFor, tagSpan } from './reviewWrites';

/** Optional second argument: the stretch to tag, when not the active selection (quick fixes, tests). */
interface RangeTarget {
  readonly uri: string;
  readonly start: number;
  readonly end: number;
}

function isRangeTarget(value: unknown): value is RangeTarget {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return typeof t.uri === 'string' && Number.isInteger(t.start) && Number.isInteger(t.end);
}

export function registerTagSelection({ store, analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.tagSelection, async (labelArg?: unknown, rangeArg?: unknown): Promise<boolean> => {
    let document: vscode.TextDocument;
    let start: number;
    let end: number;
    if (isRangeTarget(rangeArg)) {
      document = await vscode.workspace.openTextDocument(vscode.Uri.parse(rangeArg.uri));
      ({ start, end } = rangeArg);
    } else {
      const editor = activeArticleEditor(analysis);
      if (!editor) return false;
      document = editor.document;
      start = document.offsetAt(editor.selection.start);
      end = document.offsetAt(editor.selection.end);
    }
    const text = document.getText();
    // Whitespace at the edges of a selection is never part of a name or an amount.
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start >= end || end > text.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the words to tag first.'));
      return false;
    }
    const selected = text.slice(start, end);
    const label = isLabel(labelArg) ? labelArg : await pickLabel(vscode.l10n.t('Tag “{0}” as', selected));
    if (!label) return false;

    const entity: Entity = { label, start, end, text: selected };
    let valueSetByHand = false;
    if (label === 'MONEY') {
      const overlapping = itemsOverlapping(analysis.get(document).items, start, end);
      const read = moneyAttributesFor(selected, overlapping);
      if (read) Object.assign(entity, read);
      else {
        const amount = await askAmount(selected, {});
        if (!amount) return false;
        Object.assign(entity, amount, { role: 'other', scope: 'item' });
        valueSetByHand = true;
      }
    }
    return tagSpan(store, document, entity, valueSetByHand);
  });
}
