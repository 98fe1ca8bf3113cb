// The summary panel's saved view state: what a reload restores, from this build's state, an
// older build's, or nothing (a panel opened for the first time).
import { strict as assert } from 'node:assert';
import { restoreState, ROW_PAGE } from '../../src/webview/panelState';
import { EMPTY_FILTER, EMPTY_RECORD_FILTER } from '../../src/webview/summaryView';

describe('summary panel view state', () => {
  it('starts on the article overview with no filter when nothing was saved', () => {
    for (const saved of [undefined, null, 'garbage', 42]) {
      const state = restoreState(saved);
      assert.equal(state.scope, 'article');
      assert.equal(state.tab, 'overview');
      assert.deepEqual(state.filter, EMPTY_FILTER);
      assert.deepEqual(state.recordFilter, EMPTY_RECORD_FILTER);
      assert.equal(state.chartRole, 'investment');
      assert.equal(state.basis, 'all');
    }
  });

  it('restores the scope, tab, filters, sorts, chart role and basis a reload must keep', () => {
    const saved = {
      scope: 'corpus',
      tab: 'records',
      filter: { ...EMPTY_FILTER, label: 'PARK', search: '高新区' },
      sort: { key: 'amount', descending: true },
      recordFilter: { ...EMPTY_RECORD_FILTER, suggestedLinks: true },
      recordSort: { key: 'park', descending: false },
      chartRole: 'contract',
      basis: 'accepted',
      rowLimit: 5000,
    };
    const state = restoreState(saved);
    assert.deepEqual({ ...state, rowLimit: saved.rowLimit }, saved);
    assert.equal(state.rowLimit, ROW_PAGE, 'a reload shows the first page again');
  });

  it("reads an older build's state: a list of chart roles, fields missing, values it does not know", () => {
    assert.equal(restoreState({ chartRoles: ['revenue', 'tax'] }).chartRole, 'revenue');
    assert.equal(restoreState({ chartRole: 'not-a-role' }).chartRole, 'investment');
    const partial = restoreState({ scope: 'workspace', filter: { search: '园区' } });
    assert.equal(partial.scope, 'article');
    assert.deepEqual(partial.filter, { ...EMPTY_FILTER, search: '园区' });
    assert.deepEqual(partial.sort, { key: 'position', descending: false });
  });
});
