// Sums per currency × role, for both bases (accepted; with unreviewed suggestions): itemised
// amounts and stated aggregates summed apart, their difference, how many of each, rounded to
// cents only when shown (float sums of 亿-sized values drift). One table per article, park,
// project and company (totals.ts).
import type { CitableAmount } from './corpusRecords';
import type { CurrencyRoleTotals, MoneySums, RawCell, TotalsBasis } from './totalsData';
import type { SummedRole } from '../types';
import { MONEY_ROLES } from '../types';

/** One amount as the sums count it (a range by its minimum). */
export interface CountedAmount {
  currency: string;
  role: SummedRole;
  scope: 'item' | 'aggregate';
  value: number;
  isRange: boolean;
}

function emptySums(): MoneySums {
  return { itemised: 0, itemisedCount: 0, aggregate: 0, aggregateCount: 0, difference: 0, rangeCount: 0 };
}

/** Currency × role accumulator for both bases. */
export class AmountTable {
  private readonly cells = new Map<string, CurrencyRoleTotals>();

  /** Counts one amount in one basis. */
  add(basis: TotalsBasis, amount: CountedAmount): void {
    addSums(this.cellOf(amount.currency, amount.role)[basis], sumsOf(amount));
  }

  /** Takes an item amount out of one basis (a record an earlier article already counted). */
  remove(basis: TotalsBasis, amount: CitableAmount): void {
    const cell = this.cellOf(amount.currency, amount.role)[basis];
    cell.itemised -= amount.value;
    cell.itemisedCount -= 1;
    if (amount.max !== undefined) cell.rangeCount -= 1;
  }

  /** Adds another table's unrounded cell (combining articles). */
  addCell(from: RawCell): void {
    const cell = this.cellOf(from.currency, from.role);
    addSums(cell.accepted, from.accepted);
    addSums(cell.all, from.all);
  }

  private cellOf(currency: string, role: SummedRole): CurrencyRoleTotals {
    const key = `${currency}|${role}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { currency, role, accepted: emptySums(), all: emptySums() };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The unrounded cells (for combining), in insertion order. */
  raw(): RawCell[] {
    return [...this.cells.values()];
  }

  rows(): CurrencyRoleTotals[] {
    return roundedRows([...this.cells.values()]);
  }
}

/** Rows of unrounded cells with sums rounded to cents (float sums of 亿-sized values drift) and sorted. */
export function roundedRows(cells: readonly RawCell[]): CurrencyRoleTotals[] {
  return cells
    .map((cell) => ({ ...cell, accepted: finish(cell.accepted), all: finish(cell.all) }))
    .sort((a, b) => compareCurrency(a.currency, b.currency) || MONEY_ROLES.indexOf(a.role) - MONEY_ROLES.indexOf(b.role));
}

/** The sums of one amount alone. */
function sumsOf(amount: CountedAmount): MoneySums {
  const aggregate = amount.scope === 'aggregate';
  return {
    itemised: aggregate ? 0 : amount.value,
    itemisedCount: aggregate ? 0 : 1,
    aggregate: aggregate ? amount.value : 0,
    aggregateCount: aggregate ? 1 : 0,
    difference: 0,
    rangeCount: amount.isRange ? 1 : 0,
  };
}

function addSums(to: MoneySums, from: MoneySums): void {
  to.itemised += from.itemised;
  to.itemisedCount += from.itemisedCount;
  to.aggregate += from.aggregate;
  to.aggregateCount += from.aggregateCount;
  to.rangeCount += from.rangeCount;
}

function finish(sums: MoneySums): MoneySums {
  const itemised = roundCents(sums.itemised);
  const aggregate = roundCents(sums.aggregate);
  return { ...sums, itemised, aggregate, difference: roundCents(aggregate - itemised) };
}

function roundCents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** CNY first (the corpus's currency), then alphabetically. */
function compareCurrency(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'CNY') return -1;
  if (b === 'CNY') return 1;
  return a < b ? -1 : 1;
}
