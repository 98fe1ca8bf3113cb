// Rows of the summary panel's tables, made on the host side (the panel for one article, the
// corpus worker for a folder) and posted to the webview. Plain data: no zod here, only the
// types of the rows they are validated against on arrival.
import { recordKey } from '../core/totals/corpusRecords';
import type { AmountRecord, RecordEnd } from '../core/totals/records';
import { keyOf } from '../core/totals/totalsGroups';
import type { Entity, SummedRole } from '../core/types';
import type { RecordRow, Row } from '../webview/protocol';

/** A review item as far as the table needs it (src/core/review/review.ts ReviewItem fits). */
export type ReviewItemLike = Entity & { status: Row['status'] };

/** Table rows of one article's review items. */
export function rowsOf(items: readonly ReviewItemLike[], file: string, path: string): Row[] {
  return items.map((item) => {
    const row: Row = { file, path, label: item.label, start: item.start, end: item.end, text: item.text, status: item.status };
    if (item.label === 'MONEY') Object.assign(row, moneyFields(item));
    return row;
  });
}

function moneyFields(item: Entity): Partial<Row> {
  const fields: Partial<Row> = {};
  if (item.value !== undefined) fields.value = item.value;
  if (item.max !== undefined) fields.max = item.max;
  if (item.currency !== undefined) fields.currency = item.currency;
  if (item.qualifier !== undefined) fields.qualifier = item.qualifier;
  if (item.role !== undefined) fields.role = item.role;
  if (item.scope !== undefined) fields.scope = item.scope;
  return fields;
}

/** Records-table rows of one article: one per amount (src/core/totals/records.ts), with its links. */
export function recordRowsOf(records: readonly AmountRecord<ReviewItemLike>[], file: string, path: string): RecordRow[] {
  return records.map(({ amount, project, company, park }) => {
    const { value, max, currency, role, scope } = moneyFields(amount);
    const row: RecordRow = { sources: [{ file, path, start: amount.start, end: amount.end }], text: amount.text, status: amount.status === 'accepted' ? 'accepted' : 'suggested' };
    Object.assign(row, defined({ value, max, currency, role, scope, project: endOf(project), company: endOf(company), park: endOf(park) }));
    return row;
  });
}

function endOf(end: RecordEnd | undefined): RecordRow['project'] {
  if (!end) return undefined;
  return end.canonical === undefined ? { text: end.text, status: end.status } : { text: end.text, status: end.status, canonical: end.canonical };
}

function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * The corpus's records table: one row per record. An item amount of a project that an earlier
 * article reported with the same role and value (the project by its normalised name, or the
 * lexicon's canonical name for it, as the totals count it once) joins that row as another source; every other amount is a row of its
 * own. Linear: one Map keyed by the record.
 */
export function mergeRecordRows(rows: readonly RecordRow[]): RecordRow[] {
  const merged: RecordRow[] = [];
  const byRecord = new Map<string, RecordRow>();
  for (const row of rows) {
    const key = citableKey(row);
    const first = key === undefined ? undefined : byRecord.get(key);
    if (!first) {
      const copy = { ...row, sources: [...row.sources] };
      if (key !== undefined) byRecord.set(key, copy);
      merged.push(copy);
      continue;
    }
    if (first.sources.some((s) => s.file === row.sources[0].file)) {
      merged.push(row);
      continue;
    }
    first.sources.push(...row.sources);
    if (row.status === 'accepted') first.status = 'accepted';
  }
  return merged;
}

/** The key of a row the corpus may count once: an item amount of a project with a value. */
function citableKey(row: RecordRow): string | undefined {
  if (!row.project || row.scope === 'aggregate' || row.value === undefined || !row.currency || row.role === 'threshold') return undefined;
  const role: SummedRole = row.role ?? 'other';
  return recordKey(keyOf(row.project.canonical ?? row.project.text), role, row.currency, row.value, row.max);
}
