// Pieces the panel's sortable, paged tables share: a header cell that sorts, the column labels a
// stacked (narrow) table shows beside each cell, and the "n of m rows" line with its next page.
import { el } from './dom';
import { ROW_PAGE } from './panelState';
import type { PanelText } from './panelText';
import type { Scope, StringKey } from './protocol';
import { button } from './toolkit';

/**
 * A sortable column header: a button inside the header cell, whose `aria-sort` says how the
 * table is sorted (keyboard: Tab to it, Enter or Space sorts, again reverses).
 */
export function sortHeader(title: string, active: boolean, descending: boolean, sortBy: () => void): HTMLTableCellElement {
  const sortButton = el('button', { type: 'button', class: 'sort' }, title, el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (descending ? ' ▾' : ' ▴') : ''));
  sortButton.addEventListener('click', sortBy);
  return el('th', { scope: 'col', class: 'sortable', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' }, sortButton);
}

/** Gives each cell of a row the header of its column, shown beside it when the table is stacked (narrow panel). */
export function labelled(headers: readonly string[], row: HTMLTableRowElement): HTMLTableRowElement {
  [...row.cells].forEach((cell, i) => cell.setAttribute('data-label', headers[i] ?? ''));
  return row;
}

/** Which columns a table shows: the file only in the corpus (in an article it is the title). */
export function visibleColumns<K extends string>(scope: Scope, columns: readonly { key: K; title: StringKey }[]): { key: K; title: StringKey }[] {
  return scope === 'corpus' ? [...columns] : columns.filter((c) => c.key !== 'file');
}

/** "Showing n of m rows" or "Rows: n", and a button for the next page. */
export function renderRowInfo(text: PanelText, info: HTMLElement, more: HTMLElement, shown: number, total: number, omitted: number, showMore: () => void): void {
  info.replaceChildren(total > shown || omitted ? text.t('truncated', text.count(shown), text.count(total + omitted)) : `${text.t('rows')}: ${text.count(total)}`);
  if (total > shown) {
    const next = button(`+${text.count(Math.min(ROW_PAGE, total - shown))}`);
    next.addEventListener('click', showMore);
    more.replaceChildren(next);
  } else more.replaceChildren();
}

/** Calls `reveal` with the target of a click, or of Enter / Space on a focused row. */
export function onRowActivated(body: HTMLElement, reveal: (target: EventTarget | null) => void): void {
  body.addEventListener('click', (event) => reveal(event.target));
  body.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal(event.target);
    }
  });
}
