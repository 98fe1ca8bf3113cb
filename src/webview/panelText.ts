// The panel's words and numbers: the strings the host sends in `init` (localised), and the
// locale's number format. Every tab formats through one instance, so a label, a role or an
// amount reads the same in each table.
import { formatAmount, formatExactAmount } from '../core/totals/moneyFormat';
import type { Label, MoneyRole } from '../core/types';
import { el } from './dom';
import type { StringKey, Strings } from './protocol';
import { formatString } from './summaryView';

export class PanelText {
  private strings: Strings | undefined;
  private numberFormat = new Intl.NumberFormat();

  /** Whether `init` has arrived (nothing is rendered before). */
  get ready(): boolean {
    return this.strings !== undefined;
  }

  setStrings(strings: Strings, locale: string): void {
    this.strings = strings;
    this.numberFormat = new Intl.NumberFormat(locale);
  }

  /** The string of `key`, its `{0}`… filled with `args` (the key itself before `init`). A property, so that `const { t } = text` keeps its instance. */
  readonly t = (key: StringKey, ...args: (string | number)[]): string => {
    const template = this.strings?.[key] ?? key;
    return args.length ? formatString(template, ...args) : template;
  };

  label(label: Label): string {
    return this.t(`label.${label}`);
  }

  role(role: MoneyRole | undefined): string {
    return role ? this.t(`role.${role}`) : '';
  }

  /** A count in the locale's digits (a property, like `t`). */
  readonly count = (n: number): string => this.numberFormat.format(n);

  /** The short amount (万元 / 亿元) with the exact value on hover. */
  amount(value: number, currency: string, max?: number): HTMLElement {
    const text = max !== undefined ? `${formatAmount(value, currency)}–${formatAmount(max, currency)}` : formatAmount(value, currency);
    const exact = max !== undefined ? `${formatExactAmount(value, currency)} – ${formatExactAmount(max, currency)}` : formatExactAmount(value, currency);
    return el('span', { class: 'amount', title: exact }, text);
  }

  /** An amount and how many amounts it sums, or "–" when there are none (as the CLI). */
  figure(value: number, n: number, currency: string): Node | string {
    return n > 0 ? el('span', { class: 'figure' }, this.amount(value, currency), el('span', { class: 'count' }, ` (${this.count(n)})`)) : '–';
  }
}
