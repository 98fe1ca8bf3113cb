import { strict as assert } from 'node:assert';
import type { TotalsArticle, TotalsItem, TotalsStatus } from '../../src/core/totals';
import { computeTotals } from '../../src/core/totals';
import { linkAmounts } from '../../src/core/amountLinks';
import { formatAmount, formatExactAmount } from '../../src/core/moneyFormat';
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

function article(text: string, items: TotalsItem[], file = 'a.txt'): TotalsArticle {
  return { file, text, items };
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

  it('sums per park, per project and per file', () => {
    const a = '新余高新区签约项目2个，合同资金达8亿元。其中，总投资5亿元的博通科技产业园项目落户。';
    const b = '徐州高新区引进华虹项目，投资3亿元。新余高新區另签约投资2亿元的丁项目。';
    const totals = computeTotals([
      article(a, [
        span(a, '新余高新区', { label: 'PARK' }),
        money(a, '8亿元', 8e8, { role: 'contract', scope: 'aggregate' }),
        money(a, '5亿元', 5e8),
        span(a, '博通科技产业园项目', { label: 'PROJECT' }),
      ], 'a.txt'),
      article(b, [
        span(b, '徐州高新区', { label: 'PARK' }),
        span(b, '华虹项目', { label: 'PROJECT' }),
        money(b, '3亿元', 3e8),
        span(b, '新余高新區', { label: 'PARK' }),
        money(b, '2亿元', 2e8),
        span(b, '丁项目', { label: 'PROJECT' }),
      ], 'b.txt'),
    ]);
    const xinyu = totals.parks.find((p) => p.name === '新余高新区');
    assert.ok(xinyu, 'Traditional and Simplified names are one park');
    assert.equal(totals.parks.length, 2);
    assert.equal(xinyu.fileCount, 2);
    assert.equal(xinyu.amounts.find((r) => r.role === 'investment')?.all.itemised, 5e8 + 2e8);
    assert.equal(xinyu.amounts.find((r) => r.role === 'contract')?.all.aggregate, 8e8);
    const xuzhou = totals.parks.find((p) => p.name === '徐州高新区');
    assert.equal(xuzhou?.amounts[0].all.itemised, 3e8);
    const bt = totals.projects.find((p) => p.name === '博通科技产业园项目');
    assert.equal(bt?.amounts[0].all.itemised, 5e8);
    assert.equal(bt?.park, '新余高新区');
    assert.equal(totals.projects.find((p) => p.name === '华虹项目')?.amounts[0].all.itemised, 3e8);
    assert.equal(totals.projects.find((p) => p.name === '丁项目')?.amounts[0].all.itemised, 2e8);
    assert.equal(totals.projects.length, 3, 'the aggregate belongs to no project');
    assert.deepEqual(totals.files.map((f) => f.file), ['a.txt', 'b.txt']);
    assert.equal(totals.files[1].amounts[0].all.itemised, 3e8 + 2e8);
  });

  it('counts the same item amount of the same project once per article', () => {
    const text = '总投资50亿元的博通科技产业园项目开工。博通科技产业园项目总投资50亿元。';
    const items = [
      money(text, '50亿元', 5e9, {}, 'suggested', 0),
      span(text, '博通科技产业园项目', { label: 'PROJECT' }, 'suggested', 0),
      span(text, '博通科技产业园项目', { label: 'PROJECT' }, 'suggested', 1),
      money(text, '50亿元', 5e9, {}, 'suggested', 1),
    ];
    const totals = computeTotals([article(text, items)]);
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

describe('linkAmounts', () => {
  it('attributes an amount to the nearest park before it in the same sentence', () => {
    const text = '甲高新区表示，乙经开区签约5亿元。';
    const links = linkAmounts(text, [span(text, '甲高新区', { label: 'PARK' }), span(text, '乙经开区', { label: 'PARK' }), money(text, '5亿元', 5e8)]);
    assert.equal(links[0].park?.text, '乙经开区');
  });

  it('falls back to the paragraph, then to the article’s first park', () => {
    const text = '甲高新区招商\n乙经开区今年招商。全年签约5亿元。\n另一段，签约3亿元。';
    const links = linkAmounts(text, [
      span(text, '甲高新区', { label: 'PARK' }),
      span(text, '乙经开区', { label: 'PARK' }),
      money(text, '5亿元', 5e8),
      money(text, '3亿元', 3e8),
    ]);
    assert.equal(links[0].park?.text, '乙经开区', 'same paragraph');
    assert.equal(links[1].park?.text, '甲高新区', 'first park of the article');
  });

  it('does not take a park that comes after the amount in its sentence', () => {
    const text = '签约5亿元落户乙经开区。';
    const links = linkAmounts(text, [money(text, '5亿元', 5e8), span(text, '乙经开区', { label: 'PARK' })]);
    assert.equal(links[0].park?.text, '乙经开区', 'only via the first-park fallback');
    const withEarlier = '甲高新区。\n签约5亿元落户乙经开区。';
    const links2 = linkAmounts(withEarlier, [
      span(withEarlier, '甲高新区', { label: 'PARK' }),
      money(withEarlier, '5亿元', 5e8),
      span(withEarlier, '乙经开区', { label: 'PARK' }),
    ]);
    assert.equal(links2[0].park?.text, '甲高新区');
  });

  it('ignores rejected parks and projects', () => {
    const text = '甲高新区丙项目投资5亿元。';
    const links = linkAmounts(text, [
      span(text, '甲高新区', { label: 'PARK' }, 'rejected'),
      span(text, '丙项目', { label: 'PROJECT' }, 'rejected'),
      money(text, '5亿元', 5e8),
    ]);
    assert.equal(links[0].park, undefined);
    assert.equal(links[0].project, undefined);
  });

  it('links an amount followed by 的 to the project after it', () => {
    const text = '甲项目开工，总投资50亿元的乙项目签约。';
    const links = linkAmounts(text, [span(text, '甲项目', { label: 'PROJECT' }), money(text, '50亿元', 5e9), span(text, '乙项目', { label: 'PROJECT' })]);
    assert.equal(links[0].project?.text, '乙项目');
  });

  it('links an amount to the project of its clause, else of its sentence, never of the next', () => {
    const text = '甲项目投资6亿元，建设周期两年，年产值达10亿元，乙项目随后签约。另有资金3亿元。';
    const links = linkAmounts(text, [
      span(text, '甲项目', { label: 'PROJECT' }),
      money(text, '6亿元', 6e8),
      money(text, '10亿元', 1e9, { role: 'revenue' }),
      span(text, '乙项目', { label: 'PROJECT' }),
      money(text, '3亿元', 3e8),
    ]);
    assert.equal(links[0].project?.text, '甲项目');
    assert.equal(links[1].project?.text, '甲项目', 'earlier in the same sentence');
    assert.equal(links[2].project, undefined, 'a project of another sentence');
  });

  it('never links an aggregate or a threshold to a project', () => {
    const text = '甲项目等合计投资9亿元，甲项目属10亿元以上项目。';
    const links = linkAmounts(text, [
      span(text, '甲项目', { label: 'PROJECT' }),
      money(text, '9亿元', 9e8, { scope: 'aggregate' }),
      span(text, '甲项目', { label: 'PROJECT' }, 'suggested', 1),
      money(text, '10亿元', 1e9, { role: 'threshold', scope: 'aggregate' }),
    ]);
    assert.equal(links[0].project, undefined);
    assert.equal(links[1].project, undefined);
  });

  it('ends a sentence at a lone carriage return, as the recognisers do', () => {
    const text = '甲项目签约\r总投资5亿元。';
    const links = linkAmounts(text, [span(text, '甲项目', { label: 'PROJECT' }), money(text, '5亿元', 5e8)]);
    assert.equal(links[0].project, undefined, 'a project of the line before');
  });

  it('recognises a gloss only directly inside brackets after an amount', () => {
    const text = '投资5亿美元（约合36亿元），另投资2亿美元(其中1亿元为贷款)。';
    const links = linkAmounts(text, [
      money(text, '5亿美元', 5e8, { currency: 'USD' }),
      money(text, '36亿元', 36e8, { qualifier: 'approx' }),
      money(text, '2亿美元', 2e8, { currency: 'USD' }),
      money(text, '1亿元', 1e8, { role: 'funding' }),
    ]);
    assert.equal(links[1].glossOf?.text, '5亿美元');
    assert.equal(links[3].glossOf, undefined, '“其中” is a breakdown, not a gloss');
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
