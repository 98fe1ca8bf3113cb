// Rows of the summary panel's annotation table, made on the host side (the panel for one
// article, the corpus worker for a folder) and posted to the webview. Plain data: no zod here,
// only the type of the row it is validated against on arrival.
import type { Entity } from '../core/types';
import type { Row } from '../webview/protocol';

/** A review item as far as the table needs it (src/core/review.ts ReviewItem fits). */
export type ReviewItemLike = Entity & { status: Row['status'] };

/** Table rows of one article's review items. */
export function rowsOf(items: readonly ReviewItemLike[], file: string, path: string): Row[] {
  return items.map((item) => {
    const row: Row = { file, path, label: item.label, start: item.start, end: item.end, text: item.text, status: item.status };
    if (item.label === 'MONEY') {
      if (item.value !== undefined) row.value = item.value;
      if (item.max !== undefined) row.max = item.max;
      if (item.currency !== undefined) row.currency = item.currency;
      if (item.qualifier !== undefined) row.qualifier = item.qualifier;
      if (item.role !== undefined) row.role = item.role;
      if (item.scope !== undefined) row.scope = item.scope;
    }
    return row;
  });
}
