// The summary panel's records tab: one row per amount with whose money it is (company, project,
// park: a suggested link marked as such), filtered and sorted; a row reveals its amount, and in
// the corpus a record reported by several articles has one button per source.
import { el } from './dom';
import type { PanelContext } from './panelContext';
import { ROW_PAGE } from './panelState';
import type { RecordRow, StringKey } from './protocol';
import { filterRecords, sortRecords } from './summaryView';
import type { RecordFilter, RecordSortKey } from './summaryView';
import { labelled, onRowActivated, renderRowInfo, sortHeader, visibleColumns } from './tableParts';
import { checkbox, dropdown, textField } from './toolkit';

const RECORD_COLUMNS: { key: RecordSortKey; title: StringKey }[] = [
  { key: 'file', title: 'file' },
  { key: 'company', title: 'company' },
  { key: 'project', title: 'project' },
  { key: 'park', title: 'park' },
  { key: 'role', title: 'role' },
  { key: 'amount', title: 'amount' },
  { key: 'status', title: 'status' },
];

export class RecordsTab {
  readonly element: HTMLElement;
  private readonly info = el('div', { class: 'table-info' });
  private readonly body = el('tbody');
  private readonly head = el('tr');
  private readonly more = el('div', { class: 'more' });
  /** The records the table shows, in order: row `data-index` reveals `shownRecords[index]`. */
  private shownRecords: RecordRow[] = [];
  private limit = ROW_PAGE;

  constructor(private readonly panel: PanelContext) {
    const { state, text } = panel;
    const filterBar = el(
      'div',
      { class: 'filters' },
      textField(text.t('searchRecords'), state.recordFilter.search, (v) => this.updateFilter({ search: v })),
      dropdown(
        [{ value: '', text: `${text.t('status')}: ${text.t('all')}` }, ...(['accepted', 'suggested'] as const).map((s) => ({ value: s, text: text.t(s) }))],
        state.recordFilter.status,
        (v) => this.updateFilter({ status: v as RecordFilter['status'] }),
      ),
      checkbox(text.t('suggestedLinksOnly'), state.recordFilter.suggestedLinks, (checked) => this.updateFilter({ suggestedLinks: checked })),
    );
    const records = el('table', { class: 'records stack' }, el('thead', {}, this.head), this.body);
    onRowActivated(this.body, (target) => this.revealFrom(target));
    this.element = el('div', { class: 'records-tab' }, filterBar, el('p', { class: 'muted' }, text.t('recordsNote')), this.info, el('div', { class: 'table-scroll' }, records), this.more);
  }

  render(): void {
    const { state, text } = this.panel;
    const summary = this.panel.summary();
    const columns = visibleColumns(state.scope, RECORD_COLUMNS);
    this.head.replaceChildren(
      ...columns.map((column) => {
        const active = state.recordSort.key === column.key;
        return sortHeader(text.t(column.title), active, state.recordSort.descending, () => {
          state.recordSort = { key: column.key, descending: active ? !state.recordSort.descending : false };
          this.panel.save();
          this.render();
        });
      }),
    );
    const headers = columns.map((c) => text.t(c.title));
    const records = sortRecords(filterRecords(summary?.records ?? [], state.recordFilter), state.recordSort);
    this.shownRecords = records.slice(0, this.limit);
    const cellOf: Record<RecordSortKey, (record: RecordRow) => HTMLTableCellElement> = {
      file: (r) => this.sourcesCell(r),
      company: (r) => this.linkCell(r.company),
      project: (r) => this.linkCell(r.project),
      park: (r) => this.linkCell(r.park),
      role: (r) => el('td', {}, text.role(r.role)),
      amount: (r) =>
        el('td', { class: 'amount-cell' }, el('span', { class: 'span-text' }, r.text), r.value !== undefined && r.currency ? el('span', { class: 'normalised' }, ' = ', text.amount(r.value, r.currency, r.max)) : ''),
      status: (r) => el('td', {}, text.t(r.status)),
    };
    this.body.replaceChildren(
      ...this.shownRecords.map((record, index) =>
        labelled(headers, el('tr', { 'data-index': String(index), tabindex: '0', class: `status-${record.status}`, title: text.t('revealHint') }, ...columns.map((c) => cellOf[c.key](record)))),
      ),
    );
    renderRowInfo(text, this.info, this.more, this.shownRecords.length, records.length, summary?.omittedRecords ?? 0, () => {
      this.limit += ROW_PAGE;
      this.render();
    });
  }

  /** A scope change starts again from the first page. */
  resetPaging(): void {
    this.limit = ROW_PAGE;
  }

  /** A linked span, marked when the link is only suggested. */
  private linkCell(end: RecordRow['project']): HTMLTableCellElement {
    const { text } = this.panel;
    if (!end) return el('td', { class: 'span-text muted' }, '–');
    return el('td', { class: 'span-text' }, end.text, end.status === 'suggested' ? el('span', { class: 'suggested-link', title: text.t('suggestedLinkHint') }, ` (${text.t('suggestedLink')})`) : '');
  }

  /** The record's articles: one button per source in the corpus (each reveals its own amount). */
  private sourcesCell(record: RecordRow): HTMLTableCellElement {
    if (record.sources.length === 1) return el('td', { class: 'path' }, record.sources[0].path);
    return el('td', { class: 'path sources' }, ...record.sources.map((source, i) => el('button', { type: 'button', class: 'source', 'data-source': String(i) }, source.path)));
  }

  private updateFilter(change: Partial<RecordFilter>): void {
    const { state } = this.panel;
    state.recordFilter = { ...state.recordFilter, ...change };
    this.limit = ROW_PAGE;
    this.panel.save();
    this.render();
  }

  /** Reveals the record's source that was clicked, or its first source for the row itself. */
  private revealFrom(target: EventTarget | null): void {
    const element = target as Element | null;
    const row = element?.closest?.('tr[data-index]');
    const record = row ? this.shownRecords[Number(row.getAttribute('data-index'))] : undefined;
    if (!record) return;
    const source = record.sources[Number(element?.closest?.('[data-source]')?.getAttribute('data-source') ?? 0)] ?? record.sources[0];
    this.panel.post({ type: 'reveal', file: source.file, start: source.start, end: source.end });
  }
}
