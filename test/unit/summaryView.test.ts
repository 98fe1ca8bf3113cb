// The summary panel's view model: table filtering and sorting, chart bars, review progress.
import { strict as assert } from 'node:assert';
import { computeTotals } from '../../src/core/totals/totals';
import type { TotalsItem } from '../../src/core/totals/totalsData';
import type { Row } from '../../src/webview/protocol';
import { differenceOf, EMPTY_FILTER, EMPTY_RECORD_FILTER, filterRecords, filterRows, formatString, groupFigure, parkBars, reviewLines, sortRecords, sortRows } from '../../src/webview/summaryView';
import type { RecordRow } from '../../src/webview/protocol';

function row(partial: Partial<Row> & Pick<Row, 'start' | 'label' | 'text'>): Row {
  return { file: 'file:///w/a.txt', path: 'a.txt', end: partial.start + partial.text.length, status: 'suggested', ...partial };
}

const rows: Row[] = [
  row({ start: 30, label: 'MONEY', text: '50亿元', value: 5e9, currency: 'CNY', role: 'investment', status: 'accepted' }),
  row({ start: 0, label: 'PARK', text: '新余高新区', status: 'accepted' }),
  row({ start: 10, label: 'MONEY', text: '65.1亿元', value: 6.51e9, currency: 'CNY', role: 'contract', status: 'suggested' }),
  row({ start: 5, label: 'PROJECT', text: '博通科技产业园项目', status: 'rejected', path: 'b.txt', file: 'file:///w/b.txt' }),
];

describe('summary view: annotation table', () => {
  it('filters by label, status, role and text, each narrowing the rows', () => {
    assert.equal(filterRows(rows, EMPTY_FILTER).length, rows.length);
    assert.deepEqual(filterRows(rows, { ...EMPTY_FILTER, label: 'MONEY' }).map((r) => r.text), ['50亿元', '65.1亿元']);
    assert.deepEqual(filterRows(rows, { ...EMPTY_FILTER, status: 'accepted' }).map((r) => r.start).sort(), [0, 30]);
    assert.deepEqual(filterRows(rows, { ...EMPTY_FILTER, role: 'contract' }).map((r) => r.text), ['65.1亿元']);
    assert.deepEqual(filterRows(rows, { ...EMPTY_FILTER, search: '  高新 ' }).map((r) => r.text), ['新余高新区']);
    assert.deepEqual(filterRows(rows, { ...EMPTY_FILTER, search: 'B.TXT' }).map((r) => r.label), ['PROJECT']);
    assert.equal(filterRows(rows, { ...EMPTY_FILTER, label: 'PARK', status: 'rejected' }).length, 0);
  });

  it('sorts by amount both ways with value-less rows last, and by position within files', () => {
    const up = sortRows(rows, { key: 'amount', descending: false }).map((r) => r.value);
    assert.deepEqual(up.slice(0, 2), [5e9, 6.51e9]);
    assert.deepEqual(up.slice(2), [undefined, undefined]);
    const down = sortRows(rows, { key: 'amount', descending: true }).map((r) => r.value);
    assert.deepEqual(down.slice(0, 2), [6.51e9, 5e9]);
    assert.deepEqual(down.slice(2), [undefined, undefined]);
    const byPosition = sortRows(rows, { key: 'position', descending: false }).map((r) => `${r.path}:${r.start}`);
    assert.deepEqual(byPosition, ['a.txt:0', 'a.txt:10', 'a.txt:30', 'b.txt:5']);
    assert.deepEqual(sortRows(rows, { key: 'file', descending: true }).map((r) => r.path)[0], 'b.txt');
  });

  it('does not reorder its input', () => {
    const before = rows.map((r) => r.start);
    sortRows(rows, { key: 'text', descending: true });
    assert.deepEqual(rows.map((r) => r.start), before);
  });
});

describe('summary view: chart and groups', () => {
  const text = '新余高新区：甲项目总投资10亿元。乙项目总投资6亿元。\n铜山经开区签约项目3个，合同资金达20亿元，丙项目总投资8亿元。';
  const at = (s: string, from = 0) => text.indexOf(s, from);
  const money = (s: string, value: number, role: TotalsItem['role'], scope: TotalsItem['scope'], status: TotalsItem['status'], from = 0): TotalsItem => ({
    label: 'MONEY', start: at(s, from), end: at(s, from) + s.length, text: s, value, currency: 'CNY', role, scope, status,
  });
  const span = (label: TotalsItem['label'], s: string): TotalsItem => ({ label, start: at(s), end: at(s) + s.length, text: s, status: 'accepted' });
  const items: TotalsItem[] = [
    span('PARK', '新余高新区'), span('PROJECT', '甲项目'), money('10亿元', 1e9, 'investment', 'item', 'accepted'),
    span('PROJECT', '乙项目'), money('6亿元', 6e8, 'investment', 'item', 'suggested'),
    span('PARK', '铜山经开区'), money('20亿元', 2e9, 'contract', 'aggregate', 'accepted'),
    span('PROJECT', '丙项目'), money('8亿元', 8e8, 'investment', 'item', 'rejected'),
  ];
  const parkEnd = (name: string) => ({ text: name, start: at(name), end: at(name) + name.length, status: 'accepted' as const });
  const records = items.filter((i) => i.label === 'MONEY').map((amount) => ({ amount, park: parkEnd(amount.start < at('铜山经开区') ? '新余高新区' : '铜山经开区') }));
  const totals = computeTotals([{ file: 'a.txt', text, items, records }]);

  it('builds one bar per park with money of the role, widest first, accepted within all', () => {
    const bars = parkBars(totals.parks, 'CNY', ['investment']);
    assert.equal(bars.length, 1, 'the rejected 8亿元 gives 铜山经开区 no investment bar');
    const [bar] = bars;
    assert.equal(bar.name, '新余高新区');
    assert.equal(bar.accepted, 1e9);
    assert.equal(bar.all, 1.6e9);
    assert.equal(bar.allFraction, 1);
    assert.ok(bar.acceptedFraction > 0.6 && bar.acceptedFraction < 0.63);
    const contract = parkBars(totals.parks, 'CNY', ['contract']);
    const unlinked = computeTotals([{ file: 'a.txt', text, items }]);
    assert.deepEqual(parkBars(unlinked.parks, 'CNY', ['investment']), [], 'amounts with no park link make no bar');
    assert.deepEqual(contract, [], 'the chart shows itemised sums: a stated aggregate makes no bar (it is not silently put in their place)');
  });

  it('shows a group’s itemised sum and stated aggregate apart, never the larger of them', () => {
    const amounts = [{ currency: 'CNY', role: 'contract' as const,
      accepted: { itemised: 3e9, itemisedCount: 2, aggregate: 5e9, aggregateCount: 1, difference: 2e9, rangeCount: 0 },
      all: { itemised: 6e9, itemisedCount: 3, aggregate: 5e9, aggregateCount: 1, difference: -1e9, rangeCount: 0 } }];
    assert.deepEqual(groupFigure(amounts, 'CNY', ['contract'], 'accepted', 'itemised'), { value: 3e9, count: 2 });
    assert.deepEqual(groupFigure(amounts, 'CNY', ['contract'], 'accepted', 'aggregate'), { value: 5e9, count: 1 });
    assert.deepEqual(groupFigure(amounts, 'CNY', ['contract'], 'all', 'itemised'), { value: 6e9, count: 3 });
    assert.deepEqual(groupFigure(amounts, 'USD', ['contract'], 'all', 'itemised'), { value: 0, count: 0 });
    assert.deepEqual(groupFigure(amounts, 'CNY', ['investment'], 'all', 'aggregate'), { value: 0, count: 0 });
  });

  it('gives a difference only when a total is stated and items are itemised', () => {
    const sums = { itemised: 5.69e9, itemisedCount: 3, aggregate: 0, aggregateCount: 0, difference: -5.69e9, rangeCount: 0 };
    assert.equal(differenceOf(sums), undefined, 'no stated total: no (red) difference');
    assert.equal(differenceOf({ ...sums, aggregate: 6e9, aggregateCount: 1, difference: 3.1e8 }), 3.1e8);
    assert.equal(differenceOf({ ...sums, itemised: 0, itemisedCount: 0, aggregate: 6e9, aggregateCount: 1, difference: 6e9 }), undefined);
  });

  it('reports review progress per label', () => {
    const lines = reviewLines(totals.review);
    const moneyLine = lines.find((l) => l.label === 'MONEY');
    assert.deepEqual(moneyLine && [moneyLine.accepted, moneyLine.rejected, moneyLine.unreviewed], [2, 1, 1]);
    assert.equal(moneyLine?.progress, 3 / 4);
    assert.equal(lines.find((l) => l.label === 'COMPANY')?.progress, 1, 'nothing to review counts as done');
  });
});

describe('summary view: strings', () => {
  it('fills numbered placeholders and leaves unknown ones', () => {
    assert.equal(formatString('{0} of {1} files', 3, 10), '3 of 10 files');
    assert.equal(formatString('{1}/{0}/{2}', 'a', 'b'), 'b/a/{2}');
  });
});

describe('summary view: the records table', () => {
  const source = (path: string, start: number) => ({ file: `file:///w/${path}`, path, start, end: start + 4 });
  const records: RecordRow[] = [
    { sources: [source('b.txt', 40)], text: '30亿元', status: 'accepted', value: 3e9, currency: 'CNY', role: 'investment', scope: 'item', project: { text: '乙项目', status: 'accepted' }, park: { text: '青松高新区', status: 'suggested' } },
    { sources: [source('a.txt', 10), source('b.txt', 5)], text: '5亿元', status: 'suggested', value: 5e8, currency: 'CNY', role: 'investment', scope: 'item', project: { text: '甲项目', status: 'accepted' }, company: { text: '江南公司', status: 'accepted' } },
    { sources: [source('a.txt', 30)], text: '多少', status: 'suggested' },
  ];
  const texts = (rows: RecordRow[]) => rows.map((r) => r.text);

  it('sorts by each column, empty cells last either way', () => {
    assert.deepEqual(texts(sortRecords(records, { key: 'amount', descending: false })), ['5亿元', '30亿元', '多少']);
    assert.deepEqual(texts(sortRecords(records, { key: 'amount', descending: true })), ['30亿元', '5亿元', '多少']);
    assert.deepEqual(texts(sortRecords(records, { key: 'project', descending: false })), ['30亿元', '5亿元', '多少'], '乙 (U+4E59) before 甲 (U+7532)');
    assert.deepEqual(texts(sortRecords(records, { key: 'park', descending: true })), ['30亿元', '5亿元', '多少']);
    assert.deepEqual(texts(sortRecords(records, { key: 'company', descending: false })), ['5亿元', '多少', '30亿元']);
    assert.deepEqual(texts(sortRecords(records, { key: 'file', descending: false })), ['5亿元', '多少', '30亿元']);
    assert.deepEqual(texts(sortRecords(records, { key: 'status', descending: false })), ['30亿元', '5亿元', '多少']);
  });

  it('filters by text in any cell (sources included), status and suggested links', () => {
    assert.deepEqual(texts(filterRecords(records, { ...EMPTY_RECORD_FILTER, search: '江南' })), ['5亿元']);
    assert.deepEqual(texts(filterRecords(records, { ...EMPTY_RECORD_FILTER, search: 'B.TXT' })), ['30亿元', '5亿元'], 'a second source matches too');
    assert.deepEqual(texts(filterRecords(records, { ...EMPTY_RECORD_FILTER, status: 'accepted' })), ['30亿元']);
    assert.deepEqual(texts(filterRecords(records, { ...EMPTY_RECORD_FILTER, suggestedLinks: true })), ['30亿元']);
    assert.equal(filterRecords(records, EMPTY_RECORD_FILTER).length, 3);
  });
});
