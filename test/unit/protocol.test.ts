// The panel protocol accepts well-formed messages in both directions and rejects the rest.
import { strict as assert } from 'node:assert';
import { computeTotals } from '../../src/core/totals/totals';
import type { TotalsItem } from '../../src/core/totals/totalsData';
import { parseHostMessage, parseWebviewMessage, STRING_KEYS } from '../../src/webview/protocol';

const strings = Object.fromEntries(STRING_KEYS.map((k) => [k, `text of ${k}`]));

function sampleTotals() {
  const text = '新余高新区签约项目17个，合同资金达65.1亿元，其中博通科技产业园项目总投资50亿元。';
  const find = (s: string) => text.indexOf(s);
  const items: TotalsItem[] = [
    { label: 'PARK', start: find('新余高新区'), end: find('新余高新区') + 5, text: '新余高新区', status: 'accepted' },
    { label: 'MONEY', start: find('65.1亿元'), end: find('65.1亿元') + 7, text: '65.1亿元', status: 'accepted', value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' },
    { label: 'MONEY', start: find('50亿元'), end: find('50亿元') + 4, text: '50亿元', status: 'suggested', value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' },
  ];
  return computeTotals([{ file: 'a.txt', text, items }]);
}

const row = { file: 'file:///w/a.txt', path: 'a.txt', label: 'MONEY', start: 3, end: 9, text: '<img src=x onerror=alert(1)>', status: 'suggested', value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' };
const record = { sources: [{ file: 'file:///w/a.txt', path: 'a.txt', start: 3, end: 9 }], text: '50亿元', status: 'accepted', value: 5e9, currency: 'CNY', role: 'investment', scope: 'item', project: { text: '<img src=x onerror=alert(1)>', status: 'suggested' } };

describe('panel protocol: host → webview', () => {
  it('accepts init with every string', () => {
    const parsed = parseHostMessage({ type: 'init', strings, locale: 'zh-cn', scope: 'article' });
    assert.equal(parsed.ok, true);
  });

  it('rejects init with a missing string', () => {
    const partial: Record<string, string> = { ...strings };
    delete partial[STRING_KEYS[3]];
    const parsed = parseHostMessage({ type: 'init', strings: partial, locale: 'en', scope: 'article' });
    assert.equal(parsed.ok, false);
    if (!parsed.ok) assert.match(parsed.problem, new RegExp(STRING_KEYS[3]));
  });

  it('accepts a summary carrying real totals, and keeps hostile text as data', () => {
    const totals = sampleTotals();
    const message = { type: 'summary', scope: 'article', generation: 4, title: 'a.txt', totals, rows: [row], omittedRows: 0, records: [record], omittedRecords: 0, problems: [] };
    const parsed = parseHostMessage(message);
    assert.equal(parsed.ok, true);
    if (parsed.ok && parsed.message.type === 'summary') {
      assert.deepEqual(parsed.message.totals, totals);
      assert.equal(parsed.message.rows[0].text, row.text);
      assert.deepEqual(parsed.message.records[0], record);
    }
  });

  it('rejects a record row without a source or with a link status it does not know', () => {
    const base = { type: 'summary', scope: 'corpus', generation: 1, title: '', totals: null, rows: [], omittedRows: 0, omittedRecords: 0, problems: [] };
    assert.equal(parseHostMessage({ ...base, records: [record] }).ok, true);
    assert.equal(parseHostMessage({ ...base, records: [{ ...record, sources: [] }] }).ok, false);
    assert.equal(parseHostMessage({ ...base, records: [{ ...record, park: { text: 'x', status: 'guessed' } }] }).ok, false);
  });

  it('accepts a summary with no totals yet', () => {
    const parsed = parseHostMessage({ type: 'summary', scope: 'corpus', generation: 0, title: '', totals: null, rows: [], omittedRows: 0, records: [], omittedRecords: 0, problems: [] });
    assert.equal(parsed.ok, true);
  });

  it('rejects a summary whose totals lost a field or whose row has an unknown label', () => {
    const totals = sampleTotals() as unknown as Record<string, unknown>;
    const withoutReview = { ...totals };
    delete withoutReview.review;
    const base = { type: 'summary', scope: 'article', generation: 1, title: 'a', rows: [row], omittedRows: 0, records: [], omittedRecords: 0, problems: [] };
    assert.equal(parseHostMessage({ ...base, totals: withoutReview }).ok, false);
    assert.equal(parseHostMessage({ ...base, totals, rows: [{ ...row, label: 'PERSON' }] }).ok, false);
    assert.equal(parseHostMessage({ ...base, totals, generation: -1 }).ok, false);
  });

  it('accepts progress and rejects an unknown state or message type', () => {
    assert.equal(parseHostMessage({ type: 'progress', state: 'running', done: 3, total: 10 }).ok, true);
    assert.equal(parseHostMessage({ type: 'progress', state: 'paused', done: 3, total: 10 }).ok, false);
    assert.equal(parseHostMessage({ type: 'html', html: '<script>alert(1)</script>' }).ok, false);
    assert.equal(parseHostMessage(null).ok, false);
  });
});

describe('panel protocol: webview → host', () => {
  it('accepts ready, reveal, setScope, requestScan and cancelScan', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'reveal', file: 'file:///w/a.txt', start: 0, end: 4 },
      { type: 'setScope', scope: 'corpus' },
      { type: 'requestScan' },
      { type: 'cancelScan' },
    ]) {
      const parsed = parseWebviewMessage(message);
      assert.equal(parsed.ok, true, JSON.stringify(message));
      if (parsed.ok) assert.equal(parsed.message.type, message.type);
    }
  });

  it('rejects malformed reveals', () => {
    for (const bad of [
      { type: 'reveal', file: '', start: 0, end: 1 },
      { type: 'reveal', file: 'file:///a', start: -1, end: 1 },
      { type: 'reveal', file: 'file:///a', start: 5, end: 2 },
      { type: 'reveal', file: 'file:///a', start: 1.5, end: 2 },
      { type: 'reveal', file: 'file:///a', start: '1', end: 2 },
      { type: 'reveal', start: 1, end: 2 },
    ]) {
      const parsed = parseWebviewMessage(bad);
      assert.equal(parsed.ok, false, JSON.stringify(bad));
    }
  });

  it('rejects unknown scopes, unknown types and non-objects', () => {
    assert.equal(parseWebviewMessage({ type: 'setScope', scope: 'everything' }).ok, false);
    assert.equal(parseWebviewMessage({ type: 'runCommand', command: 'workbench.action.terminal.new' }).ok, false);
    assert.equal(parseWebviewMessage('ready').ok, false);
    assert.equal(parseWebviewMessage(undefined).ok, false);
  });
});
