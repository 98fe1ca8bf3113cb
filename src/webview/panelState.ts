// What the summary panel keeps across reloads (VS Code holds it per panel through
// getState/setState): the scope, the tab, each table's filter and sort, the role the charts
// show. A state saved by an older build is read field by field, each falling back to its default.
import type { TotalsBasis } from '../core/totals/totalsData';
import { SUMMED_ROLES } from '../core/types';
import type { SummedRole } from '../core/types';
import type { Scope } from './protocol';
import { EMPTY_FILTER, EMPTY_RECORD_FILTER } from './summaryView';
import type { RecordFilter, RecordSort, TableFilter, TableSort } from './summaryView';

export interface ViewState {
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

/** Rows a table shows at first, and adds per "more" click: a large corpus stays responsive. */
export const ROW_PAGE = 500;

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

/** The chart role of a saved state (states saved before it was one role held a list of one). */
function savedChartRole(saved: object): SummedRole {
  const { chartRole, chartRoles } = saved as { chartRole?: unknown; chartRoles?: unknown };
  const role = Array.isArray(chartRoles) ? chartRoles[0] : chartRole;
  return (SUMMED_ROLES as readonly unknown[]).includes(role) ? (role as SummedRole) : DEFAULT_STATE.chartRole;
}

/** The view state from what getState returned (nothing, this build's state or an older one). */
export function restoreState(saved: unknown): ViewState {
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
