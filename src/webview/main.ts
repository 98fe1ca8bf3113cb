// The summary panel's UI, running in the webview. It receives validated messages from the host
// (src/editor/summaryPanel.ts), renders them with DOM APIs only (data → textContent), and keeps
// its view state (scope, tab, filters, sort) with getState/setState so a reload restores it.
import { formatAmount, formatExactAmount } from '../core/totals/moneyFormat';
import type { Totals, TotalsBasis } from '../core/totals/totals';
import { LABELS, MONEY_ROLES, SUMMED_ROLES } from '../core/types';
import type { Label, MoneyRole, SummedRole } from '../core/types';
import { AgreementView } from './agreementView';
import { el, section, table } from './dom';
import { parkChart } from './parkChart';
import { parseHostMessage, WebviewMessageSchema } from './protocol';
import type { HostMessage, ProgressMessage, RecordRow, Row, Scope, StringKey, Strings, SummaryMessage, WebviewMessage } from './protocol';
import { amountLines, currenciesOf, differenceOf, EMPTY_FILTER, EMPTY_RECORD_FILTER, filterRecords, filterRows, formatString, groupFigure, parkBars, reviewLines, sortRecords, sortRows } from './summaryView';
import type { AmountLine, Figure, RecordFilter, RecordSort, RecordSortKey, SortKey, TableFilter, TableSort } from './summaryView';
import { badge, button, checkbox, dropdown, progressRing, registerToolkit, setButtonAppearance, tabs, textField } from './toolkit';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** What survives a reload of the panel (setState is per panel, kept by VS Code). */
interface ViewState {
  scope: Scope;
  tab: string;
  filter: TableFilter;
  sort: TableSort;
  recordFilter: RecordFilter;
  recordSort: RecordSort;
  /** The role the park chart and the breakdown tables show. */
  chartRole: SummedRole;
  basis: TotalsBasis;
  rowLimit: number;
}

const ROW_PAGE = 500;
const DEFAULT_STATE: ViewState = {
  scope: 'article',
  tab: 'overview',
  filter: EMPTY_FILTER,
  sort: { key: 'position', descending: false },
  recordFilter: EMPTY_RECORD_FILTER,
  recordSort: { key: 'file', descending: false },
  chartRole: 'investment',
  basis: 'all',
  rowLimit: ROW_PAGE,
};

const vscode = acquireVsCodeApi();
const hadSavedState = vscode.getState() !== undefined && vscode.getState() !== null;
const state: ViewState = restoreState(vscode.getState());
let strings: Strings | undefined;
let numberFormat = new Intl.NumberFormat();
const summaries = new Map<Scope, SummaryMessage>();
const agreement = new AgreementView((label) => labelName(label), (n) => count(n));
let progress: ProgressMessage | undefined;

// Containers whose content is replaced on each update; the chrome around them stays, so
// focus, scroll position and the filter inputs survive live updates (no flicker).
const view = {
  title: el('h1', { class: 'title' }),
  scopeButtons: new Map<Scope, HTMLElement>(),
  scanControls: el('div', { class: 'scan-controls' }),
  status: el('div', { class: 'status', role: 'status' }),
  overview: el('div', { class: 'overview' }),
  breakdown: el('div', { class: 'breakdown' }),
  tableInfo: el('div', { class: 'table-info' }),
  tableBody: el('tbody'),
  tableHead: el('tr'),
  more: el('div', { class: 'more' }),
  recordsInfo: el('div', { class: 'table-info' }),
  recordsBody: el('tbody'),
  recordsHead: el('tr'),
  recordsMore: el('div', { class: 'more' }),
};

/** The chart role of a saved state (states saved before it was one role held a list of one). */
function savedChartRole(saved: object): SummedRole {
  const { chartRole, chartRoles } = saved as { chartRole?: unknown; chartRoles?: unknown };
  const role = Array.isArray(chartRoles) ? chartRoles[0] : chartRole;
  return (SUMMED_ROLES as readonly unknown[]).includes(role) ? (role as SummedRole) : DEFAULT_STATE.chartRole;
}

function restoreState(saved: unknown): ViewState {
  if (!saved || typeof saved !== 'object') return { ...DEFAULT_STATE };
  const s = saved as Partial<ViewState>;
  return {
    scope: s.scope === 'corpus' ? 'corpus' : 'article',
    tab: typeof s.tab === 'string' ? s.tab : DEFAULT_STATE.tab,
    filter: { ...EMPTY_FILTER, ...(s.filter ?? {}) },
    sort: s.sort && typeof s.sort.key === 'string' ? s.sort : DEFAULT_STATE.sort,
    recordFilter: { ...EMPTY_RECORD_FILTER, ...(s.recordFilter ?? {}) },
    recordSort: s.recordSort && typeof s.recordSort.key === 'string' ? s.recordSort : DEFAULT_STATE.recordSort,
    chartRole: savedChartRole(saved),
    basis: s.basis === 'accepted' ? 'accepted' : 'all',
    rowLimit: ROW_PAGE,
  };
}

function saveState(): void {
  vscode.setState(state);
}

/** Posts a message to the host after checking it against the protocol. */
function post(message: WebviewMessage): void {
  const checked = WebviewMessageSchema.safeParse(message);
  if (!checked.success) {
    console.error('summary panel: refusing to post an invalid message', checked.error.issues[0]);
    return;
  }
  vscode.postMessage(checked.data);
}

function t(key: StringKey, ...args: (string | number)[]): string {
  const template = strings?.[key] ?? key;
  return args.length ? formatString(template, ...args) : template;
}

function labelName(label: Label): string {
  return t(`label.${label}`);
}

function roleName(role: MoneyRole | undefined): string {
  return role ? t(`role.${role}`) : '';
}

function count(n: number): string {
  return numberFormat.format(n);
}

/** The short amount (万元 / 亿元) with the exact value on hover. */
function amount(value: number, currency: string, max?: number): HTMLElement {
  const text = max !== undefined ? `${formatAmount(value, currency)}–${formatAmount(max, currency)}` : formatAmount(value, currency);
  const exact = max !== undefined ? `${formatExactAmount(value, currency)} – ${formatExactAmount(max, currency)}` : formatExactAmount(value, currency);
  return el('span', { class: 'amount', title: exact }, text);
}

// ---------- chrome (built once, after `init`) ----------

function buildChrome(): void {
  const scopes = el('div', { class: 'scopes', role: 'group' });
  for (const scope of ['article', 'corpus'] as const) {
    const b = button(t(scope === 'article' ? 'scopeArticle' : 'scopeCorpus'), scope === state.scope ? 'primary' : 'secondary');
    b.addEventListener('click', () => setScope(scope));
    view.scopeButtons.set(scope, b);
    scopes.append(b);
  }
  const header = el('header', {}, view.title, el('div', { class: 'toolbar' }, scopes, view.scanControls), view.status);

  const filterBar = el(
    'div',
    { class: 'filters' },
    dropdown([{ value: '', text: `${t('label')}: ${t('all')}` }, ...LABELS.map((l) => ({ value: l, text: labelName(l) }))], state.filter.label, (v) =>
      updateFilter({ label: v as TableFilter['label'] }),
    ),
    dropdown(
      [{ value: '', text: `${t('status')}: ${t('all')}` }, ...(['accepted', 'suggested', 'rejected'] as const).map((s) => ({ value: s, text: t(s) }))],
      state.filter.status,
      (v) => updateFilter({ status: v as TableFilter['status'] }),
    ),
    dropdown([{ value: '', text: `${t('role')}: ${t('all')}` }, ...MONEY_ROLES.map((r) => ({ value: r, text: roleName(r) }))], state.filter.role, (v) =>
      updateFilter({ role: v as TableFilter['role'] }),
    ),
    textField(t('search'), state.filter.search, (v) => updateFilter({ search: v })),
  );
  const annotationTable = el('table', { class: 'annotations stack' }, el('thead', {}, view.tableHead), view.tableBody);
  view.tableBody.addEventListener('click', (event) => revealFrom(event.target));
  view.tableBody.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      revealFrom(event.target);
    }
  });
  const tableTab = el('div', { class: 'table-tab' }, filterBar, view.tableInfo, el('div', { class: 'table-scroll' }, annotationTable), view.more);
  const recordsTab = buildRecordsTab();

  const panels = tabs(
    [
      { id: 'overview', title: t('tabOverview'), content: view.overview },
      { id: 'breakdown', title: t('tabBreakdown'), content: view.breakdown },
      { id: 'records', title: t('tabRecords'), content: recordsTab },
      { id: 'table', title: t('tabTable'), content: tableTab },
    ],
    state.tab,
    (id) => {
      state.tab = id;
      saveState();
    },
  );
  document.getElementById('app')?.replaceChildren(header, panels, agreement.element);
}

function setScope(scope: Scope): void {
  if (scope === state.scope) return;
  state.scope = scope;
  state.rowLimit = ROW_PAGE;
  saveState();
  for (const [s, b] of view.scopeButtons) setButtonAppearance(b, s === scope ? 'primary' : 'secondary');
  post({ type: 'setScope', scope });
  render();
  agreement.render(scope);
}

function updateFilter(change: Partial<TableFilter>): void {
  state.filter = { ...state.filter, ...change };
  state.rowLimit = ROW_PAGE;
  saveState();
  renderTable();
}

function revealFrom(target: EventTarget | null): void {
  const row = (target as Element | null)?.closest?.('tr[data-index]');
  if (!row) return;
  const item = shownRows[Number(row.getAttribute('data-index'))];
  if (item) post({ type: 'reveal', file: item.file, start: item.start, end: item.end });
}

/** The records tab: its filters, and the table whose rows reveal their amount (a source button, its own source). */
function buildRecordsTab(): HTMLElement {
  const filterBar = el(
    'div',
    { class: 'filters' },
    textField(t('searchRecords'), state.recordFilter.search, (v) => updateRecordFilter({ search: v })),
    dropdown(
      [{ value: '', text: `${t('status')}: ${t('all')}` }, ...(['accepted', 'suggested'] as const).map((s) => ({ value: s, text: t(s) }))],
      state.recordFilter.status,
      (v) => updateRecordFilter({ status: v as RecordFilter['status'] }),
    ),
    checkbox(t('suggestedLinksOnly'), state.recordFilter.suggestedLinks, (checked) => updateRecordFilter({ suggestedLinks: checked })),
  );
  const records = el('table', { class: 'records stack' }, el('thead', {}, view.recordsHead), view.recordsBody);
  view.recordsBody.addEventListener('click', (event) => revealRecordFrom(event.target));
  view.recordsBody.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      revealRecordFrom(event.target);
    }
  });
  return el('div', { class: 'records-tab' }, filterBar, el('p', { class: 'muted' }, t('recordsNote')), view.recordsInfo, el('div', { class: 'table-scroll' }, records), view.recordsMore);
}

function updateRecordFilter(change: Partial<RecordFilter>): void {
  state.recordFilter = { ...state.recordFilter, ...change };
  recordLimit = ROW_PAGE;
  saveState();
  renderRecords();
}

/** Reveals the record's source that was clicked, or its first source for the row itself. */
function revealRecordFrom(target: EventTarget | null): void {
  const element = target as Element | null;
  const row = element?.closest?.('tr[data-index]');
  const record = row ? shownRecords[Number(row.getAttribute('data-index'))] : undefined;
  if (!record) return;
  const source = record.sources[Number(element?.closest?.('[data-source]')?.getAttribute('data-source') ?? 0)] ?? record.sources[0];
  post({ type: 'reveal', file: source.file, start: source.start, end: source.end });
}

// ---------- rendering ----------

function render(): void {
  const summary = summaries.get(state.scope);
  view.title.textContent = summary?.title ? `${t('title')}: ${summary.title}` : t('title');
  renderScanControls();
  renderStatus(summary);
  renderOverview(summary?.totals ?? null);
  renderBreakdown(summary?.totals ?? null);
  renderTable();
  renderRecords();
}

function renderScanControls(): void {
  if (state.scope !== 'corpus') {
    view.scanControls.replaceChildren();
    return;
  }
  const running = progress?.state === 'running';
  const scan = button(summaries.get('corpus')?.totals ? t('rescan') : t('scan'), 'primary');
  scan.addEventListener('click', () => post({ type: 'requestScan' }));
  if (running) scan.setAttribute('disabled', '');
  const cancel = button(t('cancel'));
  cancel.addEventListener('click', () => post({ type: 'cancelScan' }));
  view.scanControls.replaceChildren(scan, running ? cancel : '', running ? progressRing() : '');
}

function renderStatus(summary: SummaryMessage | undefined): void {
  const parts: (Node | string)[] = [];
  if (state.scope === 'corpus' && progress) {
    const p = progress;
    const key: StringKey = p.state === 'running' ? 'scanning' : p.state === 'cancelled' ? 'scanCancelled' : p.state === 'failed' ? 'scanFailed' : 'scanning';
    if (p.state !== 'done') parts.push(el('span', {}, t(key, count(p.done), count(p.total))));
  }
  if (!summary?.totals) parts.push(el('span', {}, state.scope === 'article' ? t('noArticle') : t('noCorpus')));
  else parts.push(el('span', { class: 'counts' }, `${t('perFile')}: `, badge(count(summary.totals.articleCount)), ` ${t('rows')}: `, badge(count(summary.rows.length + summary.omittedRows))));
  for (const problem of summary?.problems ?? []) parts.push(el('div', { class: 'problem' }, `${problem.path}: ${problem.message}`));
  view.status.replaceChildren(...parts);
}

function renderOverview(totals: Totals | null): void {
  if (!totals) {
    view.overview.replaceChildren();
    return;
  }
  const lines = amountLines(totals.amounts);
  const corpus = state.scope === 'corpus';
  view.overview.replaceChildren(
    section(
      t('totalsHeading'),
      corpus ? el('p', { class: 'muted' }, t('corpusTotalsNote')) : null,
      lines.length ? el('div', { class: 'table-scroll' }, amountsTable(lines, corpus)) : el('p', { class: 'muted' }, t('noData')),
    ),
    ...(corpus
      ? [
          section(t('statedHeading'), el('p', { class: 'muted' }, t('statedNote')), statedTable(totals)),
          section(t('repeatedHeading'), el('p', { class: 'muted' }, t('repeatedNote')), repeatedTable(totals)),
        ]
      : []),
    chartSection(totals),
    section(t('review'), reviewTable(totals)),
    section(t('thresholds'), el('p', { class: 'muted' }, t('thresholdsNote')), thresholdsTable(totals)),
  );
}

/** An amount and how many amounts it sums, or "–" when there are none (as the CLI). */
function figureCell(value: number, n: number, currency: string): Node | string {
  return n > 0 ? el('span', { class: 'figure' }, amount(value, currency), el('span', { class: 'count' }, ` (${count(n)})`)) : '–';
}

/**
 * Two lines per currency and role (accepted; with unreviewed suggestions). In an article the
 * itemised sum, the stated aggregate and their difference stand side by side, the difference
 * only where a total is stated. In the corpus each record is counted once and stated
 * aggregates are only counted (listed below): their sum across articles adds overlapping sets.
 */
function amountsTable(lines: readonly AmountLine[], corpus: boolean): HTMLElement {
  const figures = corpus ? [t('itemisedOnce'), t('statedListed')] : [t('itemised'), t('aggregate'), t('difference')];
  const headers = [t('currency'), t('role'), t('status'), ...figures];
  const cells = (line: AmountLine, basis: TotalsBasis) => {
    const sums = line[basis];
    const itemised = figureCell(sums.itemised, sums.itemisedCount, line.currency);
    if (corpus) return [el('td', { class: 'num' }, itemised), el('td', { class: 'num' }, sums.aggregateCount ? count(sums.aggregateCount) : '–')];
    const difference = differenceOf(sums);
    return [
      el('td', { class: 'num' }, itemised),
      el('td', { class: 'num' }, figureCell(sums.aggregate, sums.aggregateCount, line.currency)),
      el('td', { class: difference !== undefined && difference < 0 ? 'num negative' : 'num' }, difference === undefined ? '–' : amount(difference, line.currency)),
    ];
  };
  const body = lines.flatMap((line) =>
    (['accepted', 'all'] as const).map((basis, index) =>
      labelled(
        headers,
        el(
          'tr',
          { class: index === 0 ? 'group-start' : 'group-end' },
          el('th', { scope: 'row', class: index === 0 ? '' : 'repeat' }, line.currency),
          el('th', { scope: 'row', class: index === 0 ? '' : 'repeat' }, roleName(line.role)),
          el('td', { class: 'muted' }, t(basis === 'accepted' ? 'accepted' : 'total')),
          ...cells(line, basis),
        ),
      ),
    ),
  );
  return el(
    'table',
    { class: 'totals stack' },
    el('thead', {}, el('tr', {}, ...headers.map((h, i) => el('th', { scope: 'col', class: i >= 3 ? 'num' : undefined }, h)))),
    el('tbody', {}, ...body),
  );
}

/** Gives each cell of a row the header of its column, shown beside it when the table is stacked (narrow panel). */
function labelled(headers: readonly string[], row: HTMLTableRowElement): HTMLTableRowElement {
  [...row.cells].forEach((cell, i) => cell.setAttribute('data-label', headers[i] ?? ''));
  return row;
}

/** The corpus's stated aggregates, one line each (article, park, text, value): never summed. */
function statedTable(totals: Totals): HTMLElement {
  return totals.statedAggregates.length
    ? table(
        [t('file'), t('park'), t('text'), t('role'), t('amount'), t('status')],
        totals.statedAggregates.map((a) => [a.file, a.park ?? '', el('span', { class: 'span-text' }, a.text), roleName(a.role), amount(a.value, a.currency, a.max), t(a.status)]),
        'stated stack',
      )
    : el('p', { class: 'muted' }, t('noData'));
}

/** Records reported by several articles, counted once, with their sources. */
function repeatedTable(totals: Totals): HTMLElement {
  return totals.repeatedRecords.length
    ? table(
        [t('project'), t('role'), t('amount'), t('sources')],
        totals.repeatedRecords.map((r) => [el('span', { class: 'span-text' }, r.project), roleName(r.role), amount(r.value, r.currency, r.max), r.sources.map((s) => s.file).join(', ')]),
        'repeated stack',
      )
    : el('p', { class: 'muted' }, t('noData'));
}

function reviewTable(totals: Totals): HTMLElement {
  return table(
    [t('label'), t('accepted'), t('rejected'), t('unreviewed'), t('review')],
    reviewLines(totals.review).map((line) => [
      labelName(line.label),
      count(line.accepted),
      count(line.rejected),
      count(line.unreviewed),
      el('span', {}, el('progress', { max: '1', value: String(line.progress) }), ` ${Math.round(line.progress * 100)}%`),
    ]),
    'review stack',
  );
}

function thresholdsTable(totals: Totals): HTMLElement {
  return totals.thresholds.length
    ? table(
        [t('text'), t('amount'), t('park'), t('status'), t('file')],
        totals.thresholds.map((th) => [
          el('span', { class: 'span-text' }, th.text),
          th.value !== undefined && th.currency ? amount(th.value, th.currency, th.max) : '',
          th.park ?? '',
          t(th.status),
          th.file,
        ]),
        'thresholds stack',
      )
    : el('p', { class: 'muted' }, t('noData'));
}

/** The per-park chart of the first currency, with its role picker. */
function chartSection(totals: Totals): HTMLElement {
  const currency = currenciesOf(totals)[0] ?? 'CNY';
  const roleChoices = SUMMED_ROLES.map((r) => ({ value: r, text: roleName(r) }));
  const chartHolder = el('div', { class: 'chart' });
  const drawChart = () => {
    const bars = parkBars(totals.parks, currency, [state.chartRole]);
    chartHolder.replaceChildren(
      bars.length
        ? parkChart(bars, (v) => formatAmount(v, currency), (v) => formatExactAmount(v, currency), `${t('chartTitle')} (${roleName(state.chartRole)})`)
        : el('p', { class: 'muted' }, t('noData')),
    );
  };
  drawChart();
  const chartRole = dropdown(roleChoices, state.chartRole, (v) => {
    state.chartRole = v as SummedRole;
    saveState();
    drawChart();
  });
  const legend = [el('span', { class: 'legend-accepted' }, t('accepted')), el('span', { class: 'legend-all' }, t('total'))];
  return section(t('chartTitle'), el('div', { class: 'chart-controls' }, chartRole, ...legend), chartHolder);
}

function renderBreakdown(totals: Totals | null): void {
  if (!totals) {
    view.breakdown.replaceChildren();
    return;
  }
  const basisToggle = checkbox(t('suggested'), state.basis === 'all', (checked) => {
    state.basis = checked ? 'all' : 'accepted';
    saveState();
    renderBreakdown(totals);
  });
  const currencies = currenciesOf(totals);
  // Each column names its figure: the itemised sum or the stated total, never the larger of them.
  // Across articles a park's stated totals are only counted: their sum adds overlapping sets.
  const corpus = state.scope === 'corpus';
  const figureOf = (amounts: Totals['amounts'], c: string, figure: Figure) => groupFigure(amounts, c, [state.chartRole], state.basis, figure);
  const groupCells = (amounts: Totals['amounts'], perArticle = false) =>
    currencies.flatMap((c) => {
      const itemised = figureOf(amounts, c, 'itemised');
      const stated = figureOf(amounts, c, 'aggregate');
      const statedCell = corpus && !perArticle ? (stated.count ? count(stated.count) : '–') : figureCell(stated.value, stated.count, c);
      return [figureCell(itemised.value, itemised.count, c), statedCell];
    });
  const roleCaption = `${roleName(state.chartRole)}`;
  const figureHeaders = (perArticle = false) =>
    currencies.flatMap((c) => [t('figureItemised', roleCaption, c), corpus && !perArticle ? t('figureStatedCount', roleCaption) : t('figureStated', roleCaption, c)]);
  const groupName = (name: string, none: StringKey) => el('span', { class: name === '' ? 'muted' : 'span-text' }, name === '' ? t(none) : name);
  const suggestedCell = (n: number) => (n > 0 ? el('span', { class: 'suggested-links', title: t('suggestedLinks') }, count(n)) : '');
  const parks = table(
    [t('name'), t('fileCount'), t('suggestedLinks'), ...figureHeaders()],
    totals.parks.map((p) => [groupName(p.name, 'noPark'), count(p.fileCount), suggestedCell(p.suggestedCount), ...groupCells(p.amounts)]),
    'parks stack',
  );
  const projects = table(
    [t('name'), t('park'), t('suggestedLinks'), ...figureHeaders()],
    totals.projects.map((p) => [groupName(p.name, 'noProject'), p.park ?? '', suggestedCell(p.suggestedCount), ...groupCells(p.amounts)]),
    'projects stack',
  );
  const companies = table(
    [t('name'), t('fileCount'), t('suggestedLinks'), ...figureHeaders()],
    totals.companies.map((p) => [groupName(p.name, 'noCompany'), count(p.fileCount), suggestedCell(p.suggestedCount), ...groupCells(p.amounts)]),
    'companies stack',
  );
  const files = table(
    [t('file'), ...LABELS.map(labelName), ...figureHeaders(true)],
    totals.files.map((f) => [
      f.file,
      ...LABELS.map((l) => `${count(f.review[l].accepted + f.review[l].suggested)}`),
      ...groupCells(f.amounts, true),
    ]),
    'files stack',
  );
  const roleChoice = dropdown(SUMMED_ROLES.map((r) => ({ value: r, text: roleName(r) })), state.chartRole, (v) => {
    state.chartRole = v as SummedRole;
    saveState();
    renderBreakdown(totals);
  });
  view.breakdown.replaceChildren(
    el('div', { class: 'chart-controls' }, roleChoice, basisToggle),
    section(t('park'), totals.parks.length ? parks : el('p', { class: 'muted' }, t('noData'))),
    section(t('perProject'), totals.projects.length ? projects : el('p', { class: 'muted' }, t('noData'))),
    section(t('perCompany'), totals.companies.length ? companies : el('p', { class: 'muted' }, t('noData'))),
    el('p', { class: 'muted' }, t('suggestedLinksNote')),
    section(t('perFile'), files),
  );
}

const COLUMNS: { key: SortKey; title: StringKey }[] = [
  { key: 'file', title: 'file' },
  { key: 'position', title: 'position' },
  { key: 'label', title: 'label' },
  { key: 'text', title: 'text' },
  { key: 'amount', title: 'amount' },
  { key: 'role', title: 'role' },
  { key: 'status', title: 'status' },
];

/** The rows the table shows, in order: a click on row `data-index` reveals `shownRows[index]`. */
let shownRows: Row[] = [];

/**
 * A sortable column header: a button inside the header cell, whose `aria-sort` says how the
 * table is sorted (keyboard: Tab to it, Enter or Space sorts, again reverses).
 */
function sortHeader(title: string, active: boolean, descending: boolean, sortBy: () => void): HTMLTableCellElement {
  const sortButton = el('button', { type: 'button', class: 'sort' }, title, el('span', { class: 'sort-mark', 'aria-hidden': 'true' }, active ? (descending ? ' ▾' : ' ▴') : ''));
  sortButton.addEventListener('click', sortBy);
  return el('th', { scope: 'col', class: 'sortable', 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' }, sortButton);
}

/** Which columns a table shows: the file only in the corpus (in an article it is the title). */
function visibleColumns<K extends string>(columns: readonly { key: K; title: StringKey }[]): { key: K; title: StringKey }[] {
  return state.scope === 'corpus' ? [...columns] : columns.filter((c) => c.key !== 'file');
}

/** "Showing n of m rows" or "Rows: n", and a button for the next page. */
function renderRowInfo(info: HTMLElement, more: HTMLElement, shown: number, total: number, omitted: number, showMore: () => void): void {
  info.replaceChildren(total > shown || omitted ? t('truncated', count(shown), count(total + omitted)) : `${t('rows')}: ${count(total)}`);
  if (total > shown) {
    const next = button(`+${count(Math.min(ROW_PAGE, total - shown))}`);
    next.addEventListener('click', showMore);
    more.replaceChildren(next);
  } else more.replaceChildren();
}

function renderTable(): void {
  const summary = summaries.get(state.scope);
  const columns = visibleColumns(COLUMNS);
  view.tableHead.replaceChildren(
    ...columns.map((column) => {
      const active = state.sort.key === column.key;
      return sortHeader(t(column.title), active, state.sort.descending, () => {
        state.sort = { key: column.key, descending: active ? !state.sort.descending : false };
        saveState();
        renderTable();
      });
    }),
  );
  const headers = columns.map((c) => t(c.title));
  const rows = sortRows(filterRows(summary?.rows ?? [], state.filter), state.sort);
  shownRows = rows.slice(0, state.rowLimit);
  const cellOf: Record<SortKey, (row: Row) => HTMLTableCellElement> = {
    file: (row) => el('td', { class: 'path' }, row.path),
    position: (row) => el('td', { class: 'num' }, `${row.start}–${row.end}`),
    label: (row) => el('td', {}, el('span', { class: `label label-${row.label}` }, labelName(row.label))),
    text: (row) => el('td', { class: 'span-text' }, row.text),
    amount: (row) => el('td', { class: 'num' }, row.value !== undefined && row.currency ? amount(row.value, row.currency, row.max) : ''),
    role: (row) => el('td', {}, roleName(row.role)),
    status: (row) => el('td', {}, t(row.status)),
  };
  view.tableBody.replaceChildren(
    ...shownRows.map((row, index) =>
      labelled(headers, el('tr', { 'data-index': String(index), tabindex: '0', class: `status-${row.status}`, title: t('revealHint') }, ...columns.map((c) => cellOf[c.key](row)))),
    ),
  );
  renderRowInfo(view.tableInfo, view.more, shownRows.length, rows.length, summary?.omittedRows ?? 0, () => {
    state.rowLimit += ROW_PAGE;
    renderTable();
  });
}

const RECORD_COLUMNS: { key: RecordSortKey; title: StringKey }[] = [
  { key: 'file', title: 'file' },
  { key: 'company', title: 'company' },
  { key: 'project', title: 'project' },
  { key: 'park', title: 'park' },
  { key: 'role', title: 'role' },
  { key: 'amount', title: 'amount' },
  { key: 'status', title: 'status' },
];

/** The records the table shows, in order: row `data-index` reveals `shownRecords[index]`. */
let shownRecords: RecordRow[] = [];
let recordLimit = ROW_PAGE;

/** A linked span, marked when the link is only suggested. */
function linkCell(end: RecordRow['project']): HTMLTableCellElement {
  if (!end) return el('td', { class: 'span-text muted' }, '–');
  return el('td', { class: 'span-text' }, end.text, end.status === 'suggested' ? el('span', { class: 'suggested-link', title: t('suggestedLinkHint') }, ` (${t('suggestedLink')})`) : '');
}

/** The record's articles: one button per source in the corpus (each reveals its own amount). */
function sourcesCell(record: RecordRow): HTMLTableCellElement {
  if (record.sources.length === 1) return el('td', { class: 'path' }, record.sources[0].path);
  return el('td', { class: 'path sources' }, ...record.sources.map((source, i) => el('button', { type: 'button', class: 'source', 'data-source': String(i) }, source.path)));
}

function renderRecords(): void {
  const summary = summaries.get(state.scope);
  const columns = visibleColumns(RECORD_COLUMNS);
  view.recordsHead.replaceChildren(
    ...columns.map((column) => {
      const active = state.recordSort.key === column.key;
      return sortHeader(t(column.title), active, state.recordSort.descending, () => {
        state.recordSort = { key: column.key, descending: active ? !state.recordSort.descending : false };
        saveState();
        renderRecords();
      });
    }),
  );
  const headers = columns.map((c) => t(c.title));
  const records = sortRecords(filterRecords(summary?.records ?? [], state.recordFilter), state.recordSort);
  shownRecords = records.slice(0, recordLimit);
  const cellOf: Record<RecordSortKey, (record: RecordRow) => HTMLTableCellElement> = {
    file: sourcesCell,
    company: (r) => linkCell(r.company),
    project: (r) => linkCell(r.project),
    park: (r) => linkCell(r.park),
    role: (r) => el('td', {}, roleName(r.role)),
    amount: (r) => el('td', { class: 'amount-cell' }, el('span', { class: 'span-text' }, r.text), r.value !== undefined && r.currency ? el('span', { class: 'normalised' }, ' = ', amount(r.value, r.currency, r.max)) : ''),
    status: (r) => el('td', {}, t(r.status)),
  };
  view.recordsBody.replaceChildren(
    ...shownRecords.map((record, index) =>
      labelled(headers, el('tr', { 'data-index': String(index), tabindex: '0', class: `status-${record.status}`, title: t('revealHint') }, ...columns.map((c) => cellOf[c.key](record)))),
    ),
  );
  renderRowInfo(view.recordsInfo, view.recordsMore, shownRecords.length, records.length, summary?.omittedRecords ?? 0, () => {
    recordLimit += ROW_PAGE;
    renderRecords();
  });
}

// ---------- messages ----------

function receive(message: HostMessage): void {
  switch (message.type) {
    case 'init':
      strings = message.strings;
      numberFormat = new Intl.NumberFormat(message.locale);
      // The panel's saved scope wins over the host's default after a reload.
      if (!hadSavedState) state.scope = message.scope;
      else if (message.scope !== state.scope) post({ type: 'setScope', scope: state.scope });
      buildChrome();
      render();
      break;
    case 'summary': {
      const previous = summaries.get(message.scope);
      if (previous && previous.generation > message.generation) return;
      summaries.set(message.scope, message);
      if (message.scope === state.scope && strings) render();
      break;
    }
    case 'agreement':
      agreement.receive(message);
      if (message.scope === state.scope) agreement.render(state.scope);
      break;
    case 'progress':
      progress = message;
      if (state.scope === 'corpus' && strings) {
        renderScanControls();
        renderStatus(summaries.get('corpus'));
      }
      break;
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const parsed = parseHostMessage(event.data);
  if (!parsed.ok) {
    console.error(`summary panel: ignoring an invalid message (${parsed.problem})`);
    return;
  }
  receive(parsed.message);
});

registerToolkit();
post({ type: 'ready' });
