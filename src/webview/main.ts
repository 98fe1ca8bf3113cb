// The summary panel's UI, running in the webview. It receives validated messages from the host
// (src/editor/summaryPanel.ts), renders them with DOM APIs only (data → textContent), and keeps
// its view state (scope, tab, filters, sort) with getState/setState so a reload restores it.
import { formatAmount, formatExactAmount } from '../core/moneyFormat';
import type { Totals, TotalsBasis } from '../core/totals';
import { LABELS, MONEY_ROLES, SUMMED_ROLES } from '../core/types';
import type { Label, MoneyRole, SummedRole } from '../core/types';
import { AgreementView } from './agreementView';
import { el, section, table } from './dom';
import { parkChart } from './parkChart';
import { parseHostMessage, WebviewMessageSchema } from './protocol';
import type { HostMessage, ProgressMessage, Row, Scope, StringKey, Strings, SummaryMessage, WebviewMessage } from './protocol';
import { amountLines, currenciesOf, EMPTY_FILTER, filterRows, formatString, groupAmount, parkBars, reviewLines, sortRows } from './summaryView';
import type { AmountLine, SortKey, TableFilter, TableSort } from './summaryView';
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
  const annotationTable = el('table', { class: 'annotations' }, el('thead', {}, view.tableHead), view.tableBody);
  view.tableBody.addEventListener('click', (event) => revealFrom(event.target));
  view.tableBody.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      revealFrom(event.target);
    }
  });
  const tableTab = el('div', { class: 'table-tab' }, filterBar, view.tableInfo, el('div', { class: 'table-scroll' }, annotationTable), view.more);

  const panels = tabs(
    [
      { id: 'overview', title: t('tabOverview'), content: view.overview },
      { id: 'breakdown', title: t('tabBreakdown'), content: view.breakdown },
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

// ---------- rendering ----------

function render(): void {
  const summary = summaries.get(state.scope);
  view.title.textContent = summary?.title ? `${t('title')}: ${summary.title}` : t('title');
  renderScanControls();
  renderStatus(summary);
  renderOverview(summary?.totals ?? null);
  renderBreakdown(summary?.totals ?? null);
  renderTable();
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
  view.overview.replaceChildren(
    section(t('totalsHeading'), lines.length ? el('div', { class: 'table-scroll' }, amountsTable(lines)) : el('p', { class: 'muted' }, t('noData'))),
    chartSection(totals),
    section(t('review'), reviewTable(totals)),
    section(t('thresholds'), el('p', { class: 'muted' }, t('thresholdsNote')), thresholdsTable(totals)),
  );
}

/**
 * Two lines per currency and role (accepted; with unreviewed suggestions), so the three columns
 * that matter (itemised, stated aggregate, their difference) stay side by side.
 */
function amountsTable(lines: readonly AmountLine[]): HTMLElement {
  return el(
    'table',
    { class: 'totals' },
    el(
      'thead',
      {},
      el('tr', {}, ...[t('currency'), t('role'), t('status')].map((h) => el('th', { scope: 'col' }, h)),
        ...[t('itemised'), t('aggregate'), t('difference')].map((h) => el('th', { scope: 'col', class: 'num' }, h))),
    ),
    el(
      'tbody',
      {},
      ...lines.flatMap((line) =>
        (['accepted', 'all'] as const).map((basis, index) =>
          el(
            'tr',
            { class: index === 0 ? 'group-start' : 'group-end' },
            index === 0 ? el('th', { scope: 'row', rowspan: '2' }, line.currency) : null,
            index === 0 ? el('th', { scope: 'row', rowspan: '2' }, roleName(line.role)) : null,
            el('td', { class: 'muted' }, t(basis === 'accepted' ? 'accepted' : 'total')),
            el('td', { class: 'num' }, amount(line[basis].itemised, line.currency), ` (${count(line[basis].itemisedCount)})`),
            el('td', { class: 'num' }, amount(line[basis].aggregate, line.currency), ` (${count(line[basis].aggregateCount)})`),
            el('td', { class: line[basis].difference < 0 ? 'num negative' : 'num' }, amount(line[basis].difference, line.currency)),
          ),
        ),
      ),
    ),
  );
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
    'review',
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
        'thresholds',
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
  const groupCells = (amounts: Totals['amounts']) =>
    currencies.map((c) => {
      const value = groupAmount(amounts, c, [state.chartRole], state.basis);
      return value ? amount(value, c) : '';
    });
  const roleCaption = `${roleName(state.chartRole)}`;
  const groupName = (name: string, none: StringKey) => el('span', { class: name === '' ? 'muted' : 'span-text' }, name === '' ? t(none) : name);
  const suggestedCell = (n: number) => (n > 0 ? el('span', { class: 'suggested-links', title: t('suggestedLinks') }, count(n)) : '');
  const parks = table(
    [t('name'), t('fileCount'), t('suggestedLinks'), ...currencies.map((c) => `${roleCaption} (${c})`)],
    totals.parks.map((p) => [groupName(p.name, 'noPark'), count(p.fileCount), suggestedCell(p.suggestedCount), ...groupCells(p.amounts)]),
    'parks',
  );
  const projects = table(
    [t('name'), t('park'), t('suggestedLinks'), ...currencies.map((c) => `${roleCaption} (${c})`)],
    totals.projects.map((p) => [groupName(p.name, 'noProject'), p.park ?? '', suggestedCell(p.suggestedCount), ...groupCells(p.amounts)]),
    'projects',
  );
  const companies = table(
    [t('name'), t('fileCount'), t('suggestedLinks'), ...currencies.map((c) => `${roleCaption} (${c})`)],
    totals.companies.map((p) => [groupName(p.name, 'noCompany'), count(p.fileCount), suggestedCell(p.suggestedCount), ...groupCells(p.amounts)]),
    'companies',
  );
  const files = table(
    [t('file'), ...LABELS.map(labelName), ...currencies.map((c) => `${roleCaption} (${c})`)],
    totals.files.map((f) => [
      f.file,
      ...LABELS.map((l) => `${count(f.review[l].accepted + f.review[l].suggested)}`),
      ...groupCells(f.amounts),
    ]),
    'files',
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

function renderTable(): void {
  const summary = summaries.get(state.scope);
  view.tableHead.replaceChildren(
    ...COLUMNS.map((column) => {
      const active = state.sort.key === column.key;
      const th = el(
        'th',
        { scope: 'col', tabindex: '0', class: 'sortable', 'aria-sort': active ? (state.sort.descending ? 'descending' : 'ascending') : 'none' },
        t(column.title),
        active ? (state.sort.descending ? ' ▾' : ' ▴') : '',
      );
      const sortBy = () => {
        state.sort = { key: column.key, descending: active ? !state.sort.descending : false };
        saveState();
        renderTable();
      };
      th.addEventListener('click', sortBy);
      th.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') sortBy();
      });
      return th;
    }),
  );
  const rows = sortRows(filterRows(summary?.rows ?? [], state.filter), state.sort);
  shownRows = rows.slice(0, state.rowLimit);
  view.tableBody.replaceChildren(
    ...shownRows.map((row, index) =>
      el(
        'tr',
        { 'data-index': String(index), tabindex: '0', class: `status-${row.status}`, title: t('revealHint') },
        el('td', {}, row.path),
        el('td', { class: 'num' }, `${row.start}–${row.end}`),
        el('td', {}, el('span', { class: `label label-${row.label}` }, labelName(row.label))),
        el('td', { class: 'span-text' }, row.text),
        el('td', { class: 'num' }, row.value !== undefined && row.currency ? amount(row.value, row.currency, row.max) : ''),
        el('td', {}, roleName(row.role)),
        el('td', {}, t(row.status)),
      ),
    ),
  );
  const total = rows.length;
  view.tableInfo.replaceChildren(
    total > shownRows.length || summary?.omittedRows
      ? t('truncated', count(shownRows.length), count(total + (summary?.omittedRows ?? 0)))
      : `${t('rows')}: ${count(total)}`,
  );
  if (total > shownRows.length) {
    const more = button(`+${count(Math.min(ROW_PAGE, total - shownRows.length))}`);
    more.addEventListener('click', () => {
      state.rowLimit += ROW_PAGE;
      renderTable();
    });
    view.more.replaceChildren(more);
  } else view.more.replaceChildren();
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
