// Pure view model of the summary panel: what the tables and the chart show, derived from the
// posted `Totals` and rows. No DOM here, so it is unit-tested in Node (test/unit/summaryView.test.ts).
import type { CurrencyRoleTotals, GroupTotals, MoneySums, Totals, TotalsBasis } from '../core/totals/totalsData';
import type { Label, MoneyRole } from '../core/types';
import type { RecordRow, Row } from './protocol';

export type ReviewFilter = Row['status'] | '';

export interface TableFilter {
  label: Label | '';
  status: ReviewFilter;
  role: MoneyRole | '';
  /** Case-insensitive substring of the span's text or its file path. */
  search: string;
}

export const SORT_KEYS = ['file', 'position', 'label', 'text', 'status', 'role', 'amount'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface TableSort {
  key: SortKey;
  descending: boolean;
}

export const EMPTY_FILTER: TableFilter = { label: '', status: '', role: '', search: '' };

export function filterRows(rows: readonly Row[], filter: TableFilter): Row[] {
  const needle = filter.search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!filter.label || row.label === filter.label) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.role || row.role === filter.role) &&
      (!needle || row.text.toLowerCase().includes(needle) || row.path.toLowerCase().includes(needle)),
  );
}

/** Amounts sort by value; rows without a value (non-MONEY) go last in either direction. */
export function sortRows(rows: readonly Row[], sort: TableSort): Row[] {
  const sign = sort.descending ? -1 : 1;
  const byPosition = (a: Row, b: Row) => compareText(a.path, b.path) || a.start - b.start || a.end - b.end;
  return [...rows].sort((a, b) => {
    let order = 0;
    switch (sort.key) {
      case 'file':
      case 'position':
        order = byPosition(a, b);
        break;
      case 'label':
        order = compareText(a.label, b.label);
        break;
      case 'text':
        order = compareText(a.text, b.text);
        break;
      case 'status':
        order = compareText(a.status, b.status);
        break;
      case 'role':
        order = compareText(a.role ?? '', b.role ?? '');
        break;
      case 'amount':
        if (a.value === undefined || b.value === undefined) {
          if (a.value !== b.value) return a.value === undefined ? 1 : -1;
        } else order = a.value - b.value;
        break;
    }
    return sign * order || byPosition(a, b);
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A row of the currency × role table: both bases side by side, plus what the suggestions add. */
export interface AmountLine {
  currency: string;
  role: CurrencyRoleTotals['role'];
  accepted: MoneySums;
  all: MoneySums;
}

export function amountLines(amounts: readonly CurrencyRoleTotals[]): AmountLine[] {
  return amounts.map((a) => ({ currency: a.currency, role: a.role, accepted: a.accepted, all: a.all }));
}

/** Which figure a column shows: the sum of itemised amounts, or the stated aggregates. */
export type Figure = 'itemised' | 'aggregate';

/** A figure of a group and how many amounts it holds (0: the group has none of that kind). */
export interface GroupFigure {
  value: number;
  count: number;
}

/**
 * One figure of a group (park, project, file) for one currency and roles. The itemised sum and
 * the stated aggregate are separate columns, each saying which it is: an aggregate already
 * contains the items it describes, so they are never added, and neither stands in for the other.
 */
export function groupFigure(amounts: readonly CurrencyRoleTotals[], currency: string, roles: readonly MoneyRole[], basis: TotalsBasis, figure: Figure): GroupFigure {
  let value = 0;
  let count = 0;
  for (const a of amounts) {
    if (a.currency !== currency || !roles.includes(a.role)) continue;
    value += a[basis][figure === 'itemised' ? 'itemised' : 'aggregate'];
    count += a[basis][figure === 'itemised' ? 'itemisedCount' : 'aggregateCount'];
  }
  return { value, count };
}

/** Stated minus itemised, only when both exist: without a stated total there is no difference ("–", as the CLI). */
export function differenceOf(sums: MoneySums): number | undefined {
  return sums.itemisedCount > 0 && sums.aggregateCount > 0 ? sums.difference : undefined;
}

export interface ChartBar {
  name: string;
  /** Accepted amounts only. */
  accepted: number;
  /** Accepted plus unreviewed suggestions (>= accepted). */
  all: number;
  /** Width fractions in [0, 1] of the widest bar. */
  acceptedFraction: number;
  allFraction: number;
}

/**
 * Bars of the per-park chart of itemised amounts for one currency and role set, largest first,
 * at most `limit` bars; parks without an itemised amount, and the amounts linked to no park
 * (the table's unlinked row), are left out.
 */
export function parkBars(parks: readonly GroupTotals[], currency: string, roles: readonly MoneyRole[], limit = 12): ChartBar[] {
  const itemised = (p: GroupTotals, basis: TotalsBasis) => groupFigure(p.amounts, currency, roles, basis, 'itemised').value;
  const raw = parks
    .filter((p) => p.name !== '')
    .map((p) => ({ name: p.name, accepted: itemised(p, 'accepted'), all: itemised(p, 'all') }))
    .filter((b) => b.all > 0 || b.accepted > 0)
    .sort((a, b) => b.all - a.all || compareText(a.name, b.name))
    .slice(0, limit);
  const widest = Math.max(0, ...raw.map((b) => Math.max(b.all, b.accepted)));
  return raw.map((b) => ({
    ...b,
    acceptedFraction: widest > 0 ? b.accepted / widest : 0,
    allFraction: widest > 0 ? Math.max(b.all, b.accepted) / widest : 0,
  }));
}

/** Currencies present in the totals, CNY first (as totals sort them). */
export function currenciesOf(totals: Totals): string[] {
  return [...new Set(totals.amounts.map((a) => a.currency))];
}

export interface ReviewLine {
  label: Label;
  accepted: number;
  rejected: number;
  unreviewed: number;
  /** Reviewed share in [0, 1] (1 when there is nothing to review). */
  progress: number;
}

export function reviewLines(review: Totals['review']): ReviewLine[] {
  return (Object.keys(review) as Label[]).map((label) => {
    const { accepted, rejected, suggested } = review[label];
    const all = accepted + rejected + suggested;
    return { label, accepted, rejected, unreviewed: suggested, progress: all === 0 ? 1 : (accepted + rejected) / all };
  });
}

/** Replaces `{0}`, `{1}`… in a localised string, as vscode.l10n.t does on the host. */
export function formatString(template: string, ...args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

// ---------- the records table ----------

export interface RecordFilter {
  /** Case-insensitive substring of any cell: amount, company, project, park, file. */
  search: string;
  /** The amount's review status. */
  status: RecordRow['status'] | '';
  /** Only records with at least one suggested (not yet accepted) link. */
  suggestedLinks: boolean;
}
export const EMPTY_RECORD_FILTER: RecordFilter = { search: '', status: '', suggestedLinks: false };

export const RECORD_SORT_KEYS = ['file', 'company', 'project', 'park', 'role', 'amount', 'status'] as const;
export type RecordSortKey = (typeof RECORD_SORT_KEYS)[number];
export interface RecordSort {
  key: RecordSortKey;
  descending: boolean;
}

const LINK_ENDS = ['company', 'project', 'park'] as const;

export function hasSuggestedLink(record: RecordRow): boolean {
  return LINK_ENDS.some((kind) => record[kind]?.status === 'suggested');
}

export function filterRecords(records: readonly RecordRow[], filter: RecordFilter): RecordRow[] {
  const needle = filter.search.trim().toLowerCase();
  const matches = (record: RecordRow) =>
    [record.text, record.company?.text, record.project?.text, record.park?.text, ...record.sources.map((s) => s.path)].some((cell) => cell?.toLowerCase().includes(needle));
  return records.filter(
    (record) => (!filter.status || record.status === filter.status) && (!filter.suggestedLinks || hasSuggestedLink(record)) && (!needle || matches(record)),
  );
}

/** Sorted by one column; empty cells (no link, no value) go last in either direction; ties keep text order. */
export function sortRecords(records: readonly RecordRow[], sort: RecordSort): RecordRow[] {
  const sign = sort.descending ? -1 : 1;
  const position = (a: RecordRow, b: RecordRow) => compareText(a.sources[0].path, b.sources[0].path) || a.sources[0].start - b.sources[0].start;
  const cell = (record: RecordRow): string | number | undefined => {
    switch (sort.key) {
      case 'file':
        return record.sources[0].path;
      case 'amount':
        return record.value;
      case 'role':
      case 'status':
        return record[sort.key];
      default:
        return record[sort.key]?.text;
    }
  };
  return [...records].sort((a, b) => {
    const [x, y] = [cell(a), cell(b)];
    if (x === undefined || y === undefined) return x === y ? position(a, b) : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
    return sign * order || position(a, b);
  });
}
