import { strict as assert } from 'node:assert';
import type { TotalsArticle, TotalsItem, TotalsStatus } from '../../src/core/totals/totalsData';
import { computeTotals } from '../../src/core/totals/totals';
import { glossesOf } from '../../src/core/totals/glosses';
import type { AmountRecord, RecordEnd } from '../../src/core/totals/records';
import { formatAmount, formatExactAmount } from '../../src/core/totals/moneyFormat';
import type { Entity } from '../../src/core/types';

/** Builds an item for the `occurrence`-th appearance of `needle` in `text`. */
function span(text: string, needle: string, attributes: Partial<Entity> & Pick<Entity, 'label'>, status: TotalsStatus = 'suggested', occurrence = 0): TotalsItem {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { ...attributes, start, end: start + needle.length, text: needle, status };
}

function money(text: string, needle: string, value: number, extra: Partial<Entity> = {}, status: TotalsStatus = 'suggested', occurrence = 0): TotalsItem {
  return span(text, needle, { label: 'MONEY', value, currency: 'CNY', role: 'investment', scope: 'item', ...extra }, status, occurrence);
}

function article(text: string, items: TotalsItem[], file = 'a.txt', records?: AmountRecord<TotalsItem>[]): TotalsArticle {
  return records ? { file, text, items, records } : { file, text, items };
}

function end(item: TotalsItem, status: RecordEnd['status'] = 'suggested'): RecordEnd {
  return { text: item.text, start: item.start, end: item.end, status };
}

function cell(totals: ReturnType<typeof computeTotals>, currency: string, role: string) {
  const found = totals.amounts.find((a) => a.currency === currency && a.role === role);
  assert.ok(found, `no row for ${currency}/${role}`);
  return found;
}

describe('computeTotals', () => {
  it('keeps stated aggregates apart from the items they contain, with the difference', () => {
    const text = '签约项目3个，投资总额10亿元。其中甲项目投资6亿元，乙项目投资3亿元。';
    const items = [
      money(text, '10亿元', 1e9, { scope: 'aggregate' }),
      span(text, '甲项目', { label: 'PROJECT' }),
      money(text, '6亿元', 6e8),
      span(text, '乙项目', { label: 'PROJECT' }),
      money(text, '3亿元', 3e8),
    ];
    const row = cell(computeTotals([article(text, items)]), 'CNY', 'investment');
    assert.equal(row.all.itemised, 6e8 + 3e8);
    assert.equal(row.all.itemisedCount, 2);
    assert.equal(row.all.aggregate, 1e9);
    assert.equal(row.all.aggregateCount, 1);
    assert.equal(row.all.difference, 1e9 - (6e8 + 3e8));
  });

  it('counts an aggregate repeated in headline and body once', () => {
    const text = '签约项目17个，合同资金达65.1亿元\n\n今年一季度，全区新签约项目17个，合同资金达65.1亿元。';
    const items = [
      money(text, '65.1亿元', 65.1e8, { role: 'contract', scope: 'aggregate' }, 'suggested', 0),
      money(text, '65.1亿元', 65.1e8, { role: 'contract', scope: 'aggregate' }, 'suggested', 1),
    ];
    const totals = computeTotals([article(text, items)]);
    assert.equal(cell(totals, 'CNY', 'contract').all.aggregate, 65.1e8);
    assert.equal(totals.skipped.all.repeats, 1);
  });

  it('lists thresholds and never sums them', () => {
    const text = '10亿元以上项目69个，其中丙项目投资12亿元。';
    const items = [
      money(text, '10亿元', 1e9, { role: 'threshold', scope: 'aggregate', qualifier: 'at_least' }),
      span(text, '丙项目', { label: 'PROJECT' }),
      money(text, '12亿元', 12e8),
    ];
    const totals = computeTotals([article(text, items)]);
    assert.equal(totals.thresholds.length, 1);
    assert.equal(totals.thresholds[0].text, '10亿元');
    assert.equal(totals.amounts.length, 1, 'only the investment row');
    assert.equal(cell(totals, 'CNY', 'investment').all.itemised, 12e8);
    assert.ok(!totals.amounts.some((a) => a.role === ('threshold' as string)));
    assert.equal(totals.files[0].thresholdCount, 1);
  });

  it('keeps currencies apart', () => {
    const text = '甲项目投资5亿美元，乙项目投资3亿元。';
    const items = [money(text, '5亿美元', 5e8, { currency: 'USD' }), money(text, '3亿元', 3e8)];
    const totals = computeTotals([article(text, items)]);
    assert.equal(cell(totals, 'USD', 'investment').all.itemised, 5e8);
    assert.equal(cell(totals, 'CNY', 'investment').all.itemised, 3e8);
    assert.deepEqual(totals.amounts.map((a) => a.currency), ['CNY', 'USD'], 'CNY first');
  });

  it('counts a range at its minimum and says how many ranges it holds', () => {
    const text = '计划投资10-20亿元建设，另投资5亿元。';
    const items = [money(text, '10-20亿元', 1e9, { max: 2e9 }), money(text, '5亿元', 5e8)];
    const row = cell(computeTotals([article(text, items)]), 'CNY', 'investment');
    assert.equal(row.all.itemised, 1e9 + 5e8);
    assert.equal(row.all.rangeCount, 1);
  });

  it('does not count a gloss in another currency twice', () => {
    const text = '项目总投资5.215亿美元(约40.7亿港元)，另有奖补资金2000万元。';
    const items = [
      money(text, '5.215亿美元', 5.215e8, { currency: 'USD' }),
      money(text, '40.7亿港元', 40.7e8, { currency: 'HKD', qualifier: 'approx' }),
      money(text, '2000万元', 2e7, { role: 'funding' }),
    ];
    const totals = computeTotals([article(text, items)]);
    assert.equal(cell(totals, 'USD', 'investment').all.itemised, 5.215e8);
    assert.ok(!totals.amounts.some((a) => a.currency === 'HKD'), 'the gloss adds no HKD row');
    assert.equal(totals.skipped.all.glosses, 1);
    assert.equal(cell(totals, 'CNY', 'funding').all.itemised, 2e7);
  });

  it('counts the bracketed amount when the amount before it was rejected', () => {
    const text = '总投资5.215亿美元(约40.7亿港元)。';
    const items = [
      money(text, '5.215亿美元', 5.215e8, { currency: 'USD' }, 'rejected'),
      money(text, '40.7亿港元', 40.7e8, { currency: 'HKD', qualifier: 'approx' }, 'accepted'),
    ];
    const totals = computeTotals([article(text, items)]);
    assert.equal(cell(totals, 'HKD', 'investment').accepted.itemised, 40.7e8);
    assert.ok(!totals.amounts.some((a) => a.currency === 'USD'));
  });

  it('ignores rejected items and counts accepted apart from accepted + suggested', () => {
    const text = '甲项目投资1亿元，乙项目投资2亿元，丙项目投资4亿元。';
    const items = [
      money(text, '1亿元', 1e8, {}, 'accepted'),
      money(text, '2亿元', 2e8, {}, 'suggested'),
      money(text, '4亿元', 4e8, {}, 'rejected'),
    ];
    const totals = computeTotals([article(text, items)]);
    const row = cell(totals, 'CNY', 'investment');
    assert.equal(row.accepted.itemised, 1e8);
    assert.equal(row.accepted.itemisedCount, 1);
    assert.equal(row.all.itemised, 1e8 + 2e8);
    assert.equal(row.all.itemisedCount, 2);
    assert.deepEqual(totals.review.MONEY, { accepted: 1, rejected: 1, suggested: 1 });
    assert.deepEqual(totals.files[0].review.MONEY, { accepted: 1, rejected: 1, suggested: 1 });
  });

  it('sums per park, per project and per company by links, and unlinked amounts in their own rows', () => {
    const a = '新余高新区签约项目2个，合同资金达8亿元。其中，总投资5亿元的博通科技产业园项目落户。';
    const b = '徐州高新区引进华虹项目，投资3亿元。新余高新區另签约投资2亿元的丁项目。另有企业投资1亿元。';
    const parkA = span(a, '新余高新区', { label: 'PARK' });
    const aggregate = money(a, '8亿元', 8e8, { role: 'contract', scope: 'aggregate' });
    const bt = span(a, '博通科技产业园项目', { label: 'PROJECT' });
    const fiveA = money(a, '5亿元', 5e8);
    const xuzhou = span(b, '徐州高新区', { label: 'PARK' }, 'accepted');
    const huahong = span(b, '华虹项目', { label: 'PROJECT' });
    const three = money(b, '3亿元', 3e8);
    const xinyuB = span(b, '新余高新區', { label: 'PARK' });
    const two = money(b, '2亿元', 2e8);
    const ding = span(b, '丁项目', { label: 'PROJECT' });
    const one = money(b, '1亿元', 1e8);
    const company = span(b, '华虹项目', { label: 'COMPANY' });
    const totals = computeTotals([
      article(a, [parkA, aggregate, fiveA, bt], 'a.txt', [{ amount: aggregate, park: end(parkA) }, { amount: fiveA, park: end(parkA), project: end(bt) }]),
      article(b, [xuzhou, huahong, three, xinyuB, two, ding, one], 'b.txt', [
        { amount: three, park: end(xuzhou, 'accepted'), project: end(huahong, 'accepted'), company: end(company, 'accepted') },
        { amount: two, park: end(xinyuB), project: end(ding) },
        { amount: one },
      ]),
    ]);
    const xinyu = totals.parks.find((p) => p.name === '新余高新区');
    assert.ok(xinyu, 'Traditional and Simplified names are one park');
    assert.deepEqual(totals.parks.map((p) => p.name), ['徐州高新区', '新余高新区', ''], 'the unlinked row last');
    assert.equal(xinyu.fileCount, 2);
    assert.equal(xinyu.amounts.find((r) => r.role === 'investment')?.all.itemised, 5e8 + 2e8);
    assert.equal(xinyu.amounts.find((r) => r.role === 'contract')?.all.aggregate, 8e8);
    assert.equal(xinyu.suggestedCount, 3);
    assert.equal(totals.parks[0].amounts[0].all.itemised, 3e8);
    assert.equal(totals.parks[0].suggestedCount, 0, 'an accepted link is not a suggestion');
    assert.equal(totals.parks[2].amounts[0].all.itemised, 1e8, 'an amount with no park link is not given the article’s first park');
    const btRow = totals.projects.find((p) => p.name === '博通科技产业园项目');
    assert.equal(btRow?.amounts[0].all.itemised, 5e8);
    assert.equal(btRow?.park, '新余高新区');
    assert.equal(totals.projects.find((p) => p.name === '华虹项目')?.amounts[0].all.itemised, 3e8);
    assert.equal(totals.projects.find((p) => p.name === '丁项目')?.amounts[0].all.itemised, 2e8);
    assert.deepEqual(totals.projects.map((p) => p.name).slice(-1), [''], 'the unlinked item amount');
    assert.equal(totals.projects.length, 4, 'the aggregate belongs to no project row, not even the unlinked one');
    assert.deepEqual(totals.companies.map((c) => [c.name, c.amounts[0].all.itemised]), [['华虹项目', 3e8], ['', 5e8 + 2e8 + 1e8]]);
    assert.deepEqual(totals.files.map((f) => f.file), ['a.txt', 'b.txt']);
    assert.equal(totals.files[1].amounts[0].all.itemised, 3e8 + 2e8 + 1e8);
  });

  it('never guesses a park or project without records', () => {
    const text = '甲高新区签约乙项目，总投资5亿元。';
    const totals = computeTotals([article(text, [span(text, '甲高新区', { label: 'PARK' }), span(text, '乙项目', { label: 'PROJECT' }), money(text, '5亿元', 5e8)])]);
    assert.deepEqual(totals.parks.map((p) => p.name), ['']);
    assert.deepEqual(totals.projects.map((p) => p.name), ['']);
  });

  it('does not add a part of a project’s stated total (其中一期) to it', () => {
    const text = '丙项目总投资115亿元，其中一期投资50亿元。丁项目投资8亿元，一期投资3亿元。戊项目投资9亿元。己项目一期投资4亿元。';
    const project = (name: string) => span(text, name, { label: 'PROJECT' });
    const [bing, ding, wu, ji] = ['丙项目', '丁项目', '戊项目', '己项目'].map(project);
    const amounts = [money(text, '115亿元', 115e8), money(text, '50亿元', 50e8), money(text, '8亿元', 8e8), money(text, '3亿元', 3e8), money(text, '9亿元', 9e8), money(text, '4亿元', 4e8)];
    const owners = [bing, bing, ding, ding, wu, ji];
    const totals = computeTotals([article(text, [bing, ding, wu, ji, ...amounts], 'a.txt', amounts.map((amount, i) => ({ amount, project: end(owners[i]) })))]);
    assert.equal(cell(totals, 'CNY', 'investment').all.itemised, 115e8 + 8e8 + 9e8 + 4e8);
    assert.equal(totals.skipped.all.parts, 2);
    assert.equal(totals.projects.find((p) => p.name === '丙项目')?.amounts[0].all.itemised, 115e8);
  });

  it('adds amounts of two projects in one sentence, and a phase of another project', () => {
    const text = '庚项目投资6亿元，其中辛项目一期投资2亿元。';
    const geng = span(text, '庚项目', { label: 'PROJECT' });
    const xin = span(text, '辛项目', { label: 'PROJECT' });
    const six = money(text, '6亿元', 6e8);
    const two = money(text, '2亿元', 2e8);
    const totals = computeTotals([article(text, [geng, xin, six, two], 'a.txt', [{ amount: six, project: end(geng) }, { amount: two, project: end(xin) }])]);
    assert.equal(cell(totals, 'CNY', 'investment').all.itemised, 8e8);
    assert.equal(totals.skipped.all.parts, 0);
  });

  it('counts the same item amount of the same project once per article', () => {
    const text = '总投资50亿元的博通科技产业园项目开工。博通科技产业园项目总投资50亿元。';
    const items = [
      money(text, '50亿元', 5e9, {}, 'suggested', 0),
      span(text, '博通科技产业园项目', { label: 'PROJECT' }, 'suggested', 0),
      span(text, '博通科技产业园项目', { label: 'PROJECT' }, 'suggested', 1),
      money(text, '50亿元', 5e9, {}, 'suggested', 1),
    ];
    const totals = computeTotals([article(text, items, 'a.txt', [{ amount: items[0], project: end(items[1]) }, { amount: items[3], project: end(items[2]) }])]);
    assert.equal(cell(totals, 'CNY', 'investment').all.itemised, 5e9);
    assert.equal(totals.skipped.all.repeats, 1);
  });

  it('returns JSON-serialisable data and copes with no articles', () => {
    const empty = computeTotals([]);
    assert.equal(empty.articleCount, 0);
    assert.deepEqual(empty.amounts, []);
    const text = '投资1亿元。';
    const totals = computeTotals([article(text, [money(text, '1亿元', 1e8)])]);
    assert.deepEqual(JSON.parse(JSON.stringify(totals)), totals);
  });

  it('skips MONEY without value or currency and says so', () => {
    const text = '投资若干元。';
    const item = span(text, '若干元', { label: 'MONEY', role: 'investment', scope: 'item' });
    const totals = computeTotals([article(text, [item])]);
    assert.deepEqual(totals.amounts, []);
    assert.equal(totals.skipped.all.incomplete, 1);
  });
});

describe('glossesOf', () => {
  it('recognises a gloss only directly inside brackets after an amount', () => {
    const text = '投资5亿美元（约合36亿元），另投资2亿美元(其中1亿元为贷款)。';
    const amounts = [
      money(text, '5亿美元', 5e8, { currency: 'USD' }),
      money(text, '36亿元', 36e8, { qualifier: 'approx' }),
      money(text, '2亿美元', 2e8, { currency: 'USD' }),
      money(text, '1亿元', 1e8, { role: 'funding' }),
    ];
    const glosses = glossesOf(text, amounts);
    assert.deepEqual([...glosses].map((g) => g.text), ['36亿元'], '“其中” is a breakdown, not a gloss');
  });
});

describe('formatAmount', () => {
  const cases: [number, string, string][] = [
    [6510000000, 'CNY', '65.1亿元'],
    [80000000, 'CNY', '8000万元'],
    [67, 'CNY', '67元'],
    [521500000, 'USD', '5.215亿美元'],
    [4070000000, 'HKD', '40.7亿港元'],
    [35000, 'EUR', '3.5万欧元'],
    [-100000000, 'CNY', '-1亿元'],
    [20000, 'XYZ', '2万 XYZ'],
  ];
  for (const [value, currency, expected] of cases) {
    it(`${value} ${currency} → ${expected}`, () => assert.equal(formatAmount(value, currency), expected));
  }
  it('gives the exact value with separators', () => {
    assert.equal(formatExactAmount(6510000000, 'CNY'), '6,510,000,000 CNY');
    assert.equal(formatExactAmount(1234.5, 'USD'), '1,234.5 USD');
    assert.equal(formatExactAmount(-1000, 'CNY'), '-1,000 CNY');
  });
});
