// The summary panel's UI, running in the webview. It receives validated messages from the host
// (src/editor/summaryPanel.ts), renders them with DOM APIs only (data → textContent), and keeps
// its view state (scope, tab, filters, sort) with getState/setState so a reload restores it.
// This file is the page: the header (scope, corpus scan, status) and the tabs, each tab a
// module of its own (overviewTab, breakdownTab, recordsTab, annotationsTab) and the agreement
// section below them.
import { AgreementView } from './agreementView';
import { AnnotationsTab } from './annotationsTab';
import { BreakdownTab } from './breakdownTab';
import { el } from './dom';
import { OverviewTab } from './overviewTab';
import type { PanelContext } from './panelContext';
import { restoreState, ROW_PAGE } from './panelState';
import { PanelText } from './panelText';
import { parseHostMessage, WebviewMessageSchema } from './protocol';
import type { HostMessage, ProgressMessage, Scope, StringKey, SummaryMessage, WebviewMessage } from './protocol';
import { RecordsTab } from './recordsTab';
import { badge, button, progressRing, registerToolkit, setButtonAppearance, tabs } from './toolkit';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const hadSavedState = vscode.getState() !== undefined && vscode.getState() !== null;
const summaries = new Map<Scope, SummaryMessage>();
let progress: ProgressMessage | undefined;

const panel: PanelContext = {
  state: restoreState(vscode.getState()),
  text: new PanelText(),
  save: () => vscode.setState(panel.state),
  post,
  summary: () => summaries.get(panel.state.scope),
};
const { state, text } = panel;
const { t } = text;
const agreement = new AgreementView((label) => text.label(label), text.count);

/** The tabs, built once `init` has brought the strings (their chrome stays; updates re-render their content). */
let page: { overview: OverviewTab; breakdown: BreakdownTab; records: RecordsTab; annotations: AnnotationsTab } | undefined;

// Containers of the header whose content is replaced on each update; the chrome around them
// stays, so focus and scroll position survive live updates (no flicker).
const header = {
  title: el('h1', { class: 'title' }),
  scopeButtons: new Map<Scope, HTMLElement>(),
  scanControls: el('div', { class: 'scan-controls' }),
  status: el('div', { class: 'status', role: 'status' }),
};

/** Posts a message to the host after checking it against the protocol. */
function post(message: WebviewMessage): void {
  const checked = WebviewMessageSchema.safeParse(message);
  if (!checked.success) {
    console.error('summary panel: refusing to post an invalid message', checked.error.issues[0]);
    return;
  }
  vscode.postMessage(checked.data);
}

// ---------- chrome (built once, after `init`) ----------

function buildPage(): void {
  const scopes = el('div', { class: 'scopes', role: 'group' });
  for (const scope of ['article', 'corpus'] as const) {
    const b = button(t(scope === 'article' ? 'scopeArticle' : 'scopeCorpus'), scope === state.scope ? 'primary' : 'secondary');
    b.addEventListener('click', () => setScope(scope));
    header.scopeButtons.set(scope, b);
    scopes.append(b);
  }
  const top = el('header', {}, header.title, el('div', { class: 'toolbar' }, scopes, header.scanControls), header.status);
  page = { overview: new OverviewTab(panel), breakdown: new BreakdownTab(panel), records: new RecordsTab(panel), annotations: new AnnotationsTab(panel) };
  const panels = tabs(
    [
      { id: 'overview', title: t('tabOverview'), content: page.overview.element },
      { id: 'breakdown', title: t('tabBreakdown'), content: page.breakdown.element },
      { id: 'records', title: t('tabRecords'), content: page.records.element },
      { id: 'table', title: t('tabTable'), content: page.annotations.element },
    ],
    state.tab,
    (id) => {
      state.tab = id;
      panel.save();
    },
  );
  document.getElementById('app')?.replaceChildren(top, panels, agreement.element);
}

function setScope(scope: Scope): void {
  if (scope === state.scope) return;
  state.scope = scope;
  state.rowLimit = ROW_PAGE;
  page?.records.resetPaging();
  panel.save();
  for (const [s, b] of header.scopeButtons) setButtonAppearance(b, s === scope ? 'primary' : 'secondary');
  post({ type: 'setScope', scope });
  render();
  agreement.render(scope);
}

// ---------- rendering ----------

function render(): void {
  const summary = panel.summary();
  header.title.textContent = summary?.title ? `${t('title')}: ${summary.title}` : t('title');
  renderScanControls();
  renderStatus(summary);
  page?.overview.render();
  page?.breakdown.render();
  page?.annotations.render();
  page?.records.render();
}

function renderScanControls(): void {
  if (state.scope !== 'corpus') {
    header.scanControls.replaceChildren();
    return;
  }
  const running = progress?.state === 'running';
  const scan = button(summaries.get('corpus')?.totals ? t('rescan') : t('scan'), 'primary');
  scan.addEventListener('click', () => post({ type: 'requestScan' }));
  if (running) scan.setAttribute('disabled', '');
  const cancel = button(t('cancel'));
  cancel.addEventListener('click', () => post({ type: 'cancelScan' }));
  header.scanControls.replaceChildren(scan, running ? cancel : '', running ? progressRing() : '');
}

function renderStatus(summary: SummaryMessage | undefined): void {
  const { count } = text;
  const parts: (Node | string)[] = [];
  if (state.scope === 'corpus' && progress) {
    const p = progress;
    const key: StringKey = p.state === 'running' ? 'scanning' : p.state === 'cancelled' ? 'scanCancelled' : p.state === 'failed' ? 'scanFailed' : 'scanning';
    if (p.state !== 'done') parts.push(el('span', {}, t(key, count(p.done), count(p.total))));
  }
  if (!summary?.totals) parts.push(el('span', {}, state.scope === 'article' ? t('noArticle') : t('noCorpus')));
  else parts.push(el('span', { class: 'counts' }, `${t('perFile')}: `, badge(count(summary.totals.articleCount)), ` ${t('rows')}: `, badge(count(summary.rows.length + summary.omittedRows))));
  for (const problem of summary?.problems ?? []) parts.push(el('div', { class: 'problem' }, `${problem.path}: ${problem.message}`));
  header.status.replaceChildren(...parts);
}

// ---------- messages ----------

function receive(message: HostMessage): void {
  switch (message.type) {
    case 'init':
      text.setStrings(message.strings, message.locale);
      // The panel's saved scope wins over the host's default after a reload.
      if (!hadSavedState) state.scope = message.scope;
      else if (message.scope !== state.scope) post({ type: 'setScope', scope: state.scope });
      buildPage();
      render();
      break;
    case 'summary': {
      const previous = summaries.get(message.scope);
      if (previous && previous.generation > message.generation) return;
      summaries.set(message.scope, message);
      if (message.scope === state.scope && text.ready) render();
      break;
    }
    case 'agreement':
      agreement.receive(message);
      if (message.scope === state.scope) agreement.render(state.scope);
      break;
    case 'progress':
      progress = message;
      if (state.scope === 'corpus' && text.ready) {
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
