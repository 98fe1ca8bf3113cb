// The summary panel's annotations tab: every span of the scope (label, text, amount, role,
// status), filtered and sorted; a row (click, or Enter / Space) reveals its span in the editor.
import { LABELS, MONEY_ROLES } from '../core/types';
import { el } from './dom';
import type { PanelContext } from './panelContext';
import { ROW_PAGE } from './panelState';
import type { Row, StringKey } from './protocol';
import { filterRows, sortRows } from './summaryView';
import type { SortKey, TableFilter } from './summaryView';
import { labelled, onRowActivated, renderRowInfo, sortHeader, visibleColumns } from './tableParts';
import { dropdown, textField } from './toolkit';

const COLUMNS: { key: SortKey; title: StringKey }[] = [
  { key: 'file', title: 'file' },
  { key: 'position', title: 'position' },
  { key: 'label', title: 'label' },
  { key: 'text', title: 'text' },
  { key: 'amount', title: 'amount' },
  { key: 'role', title: 'role' },
  { key: 'status', title: 'status' },
];

export class AnnotationsTab {
  readonly element: HTMLElement;
  private readonly info = el('div', { class: 'table-info' });
  private readonly body = el('tbody');
  private readonly head = el('tr');
  private readonly more = el('div', { class: 'more' });
  /** The rows the table shows, in order: a click on row `data-index` reveals `shownRows[index]`. */
  private shownRows: Row[] = [];

  constructor(private readonly panel: PanelContext) {
    const { state, text } = panel;
    const all = text.t('all');
    const filterBar = el(
      'div',
      { class: 'filters' },
      dropdown([{ value: '', text: `${text.t('label')}: ${all}` }, ...LABELS.map((l) => ({ value: l, text: text.label(l) }))], state.filter.label, (v) =>
        this.updateFilter({ label: v as TableFilter['label'] }),
      ),
      dropdown(
        [{ value: '', text: `${text.t('status')}: ${all}` }, ...(['accepted', 'suggested', 'rejected'] as const).map((s) => ({ value: s, text: text.t(s) }))],
        state.filter.status,
        (v) => this.updateFilter({ status: v as TableFilter['status'] }),
      ),
      dropdown([{ value: '', text: `${text.t('role')}: ${all}` }, ...MONEY_ROLES.map((r) => ({ value: r, text: text.role(r) }))], state.filter.role, (v) =>
        this.updateFilter({ role: v as TableFilter['role'] }),
      ),
      textField(text.t('search'), state.filter.search, (v) => this.updateFilter({ search: v })),
    );
    const annotationTable = el('table', { class: 'annotations stack' }, el('thead', {}, this.head), this.body);
    onRowActivated(this.body, (target) => this.revealFrom(target));
    this.element = el('div', { class: 'table-tab' }, filterBar, this.info, el('div', { class: 'table-scroll' }, annotationTable), this.more);
  }

  render(): void {
    const { state, text } = this.panel;
    const summary = this.panel.summary();
    const columns = visibleColumns(state.scope, COLUMNS);
    this.head.replaceChildren(
      ...columns.map((column) => {
        const active = state.sort.key === column.key;
        return sortHeader(text.t(column.title), active, state.sort.descending, () => {
          state.sort = { key: column.key, descending: active ? !state.sort.descending : false };
          this.panel.save();
          this.render();
        });
      }),
    );
    const headers = columns.map((c) => text.t(c.title));
    const rows = sortRows(filterRows(summary?.rows ?? [], state.filter), state.sort);
    this.shownRows = rows.slice(0, state.rowLimit);
    const cellOf: Record<SortKey, (row: Row) => HTMLTableCellElement> = {
      file: (row) => el('td', { class: 'path' }, row.path),
      position: (row) => el('td', { class: 'num' }, `${row.start}–${row.end}`),
      label: (row) => el('td', {}, el('span', { class: `label label-${row.label}` }, text.label(row.label))),
      text: (row) => el('td', { class: 'span-text' }, row.text),
      amount: (row) => el('td', { class: 'num' }, row.value !== undefined && row.currency ? text.amount(row.value, row.currency, row.max) : ''),
      role: (row) => el('td', {}, text.role(row.role)),
      status: (row) => el('td', {}, text.t(row.status)),
    };
    this.body.replaceChildren(
      ...this.shownRows.map((row, index) =>
        labelled(headers, el('tr', { 'data-index': String(index), tabindex: '0', class: `status-${row.status}`, title: text.t('revealHint') }, ...columns.map((c) => cellOf[c.key](row)))),
      ),
    );
    renderRowInfo(text, this.info, this.more, this.shownRows.length, rows.length, summary?.omittedRows ?? 0, () => {
      state.rowLimit += ROW_PAGE;
      this.render();
    });
  }

  private updateFilter(change: Partial<TableFilter>): void {
    const { state } = this.panel;
    state.filter = { ...state.filter, ...change };
    state.rowLimit = ROW_PAGE;
    this.panel.save();
    this.render();
  }

  private revealFrom(target: EventTarget | null): void {
    const row = (target as Element | null)?.closest?.('tr[data-index]');
    if (!row) return;
    const item = this.shownRows[Number(row.getAttribute('data-index'))];
    if (item) this.panel.post({ type: 'reveal', file: item.file, start: item.start, end: item.end });
  }
}
