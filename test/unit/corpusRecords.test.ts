import { strict as assert } from 'node:assert';
import type { TotalsArticle, TotalsItem, TotalsStatus } from '../../src/core/totals/totalsData';
import { computeTotals } from '../../src/core/totals/totals';
import { articleTotals } from '../../src/core/totals/articleTotals';
import { combineTotals } from '../../src/core/totals/totalsAccumulator';
import type { AmountRecord, RecordEnd } from '../../src/core/totals/records';
import type { Entity } from '../../src/core/types';
import { mergeRecordRows, recordRowsOf } from '../../src/corpusWorker/tableRows';

function span(text: string, needle: string, attributes: Partial<Entity> & Pick<Entity, 'label'>, status: TotalsStatus = 'suggested'): TotalsItem {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: ${needle} not in text`);
  return { ...attributes, start, end: start + needle.length, text: needle, status };
}

function money(text: string, needle: string, value: number, extra: Partial<Entity> = {}, status: TotalsStatus = 'suggested'): TotalsItem {
  return span(text, needle, { label: 'MONEY', value, currency: 'CNY', role: 'investment', scope: 'item', ...extra }, status);
}

function end(item: TotalsItem, status: RecordEnd['status'] = 'suggested'): RecordEnd {
  return { text: item.text, start: item.start, end: item.end, status };
}

/** An article naming one park and one project, with one amount linked to both. */
function reported(file: string, text: string, park: string, project: string, amountText: string, value: number, extra: Partial<Entity> = {}, status: TotalsStatus = 'suggested'): TotalsArticle {
  const parkItem = span(text, park, { label: 'PARK' });
  const projectItem = span(text, project, { label: 'PROJECT' });
  const amount = money(text, amountText, value, extra, status);
  const records: AmountRecord<TotalsItem>[] = [{ amount, park: end(parkItem), project: end(projectItem) }];
  return { file, text, items: [parkItem, projectItem, amount], records };
}

const itemised = (rows: { role: string; all: { itemised: number; itemisedCount: number } }[], role = 'investment') => rows.find((r) => r.role === role)?.all;

describe('corpus records (a record reported by several articles counts once)', () => {
  const signing = '青松高新区与甲公司签约光伏组件项目，总投资30亿元。';
  const works = '青松高新区光伏组件 项目今日开工，该项目总投资30亿元。';

  it('counts a project amount reported by two articles once, everywhere, and lists both sources', () => {
    const totals = computeTotals([
      reported('a.txt', signing, '青松高新区', '光伏组件项目', '30亿元', 3e9),
      reported('b.txt', works, '青松高新区', '光伏组件 项目', '30亿元', 3e9),
    ]);
    assert.deepEqual(itemised(totals.amounts), { itemised: 3e9, itemisedCount: 1, aggregate: 0, aggregateCount: 0, difference: -3e9, rangeCount: 0 });
    assert.equal(itemised(totals.parks[0].amounts)?.itemised, 3e9, 'the park counts it once');
    assert.equal(itemised(totals.projects[0].amounts)?.itemised, 3e9, 'the project counts it once');
    assert.equal(totals.projects.length, 1, 'the project names are one after normalising (the space)');
    assert.equal(totals.skipped.all.crossArticle, 1);
    assert.deepEqual(totals.repeatedRecords, [
      { project: '光伏组件项目', currency: 'CNY', role: 'investment', value: 3e9, sources: [
        { file: 'a.txt', start: signing.indexOf('30亿元'), end: signing.indexOf('30亿元') + 4, text: '30亿元' },
        { file: 'b.txt', start: works.indexOf('30亿元'), end: works.indexOf('30亿元') + 4, text: '30亿元' },
      ] },
    ]);
    assert.deepEqual(totals.files.map((f) => itemised(f.amounts)?.itemised), [3e9, 3e9], 'each article still shows what it reports');
  });

  it('keeps amounts apart when the value, the role or the project differs', () => {
    const other = '青松高新区光伏组件项目开工，完成投资30亿元。';
    const totals = computeTotals([
      reported('a.txt', signing, '青松高新区', '光伏组件项目', '30亿元', 3e9),
      reported('b.txt', works, '青松高新区', '光伏组件 项目', '30亿元', 3.1e9),
      reported('c.txt', other, '青松高新区', '光伏组件项目', '30亿元', 3e9, { role: 'completed' }),
      reported('d.txt', '青松高新区储能项目总投资30亿元。', '青松高新区', '储能项目', '30亿元', 3e9),
    ]);
    assert.equal(itemised(totals.amounts)?.itemisedCount, 3);
    assert.equal(itemised(totals.amounts, 'completed')?.itemisedCount, 1);
    assert.deepEqual(totals.repeatedRecords, []);
    assert.equal(totals.skipped.all.crossArticle, 0);
  });

  it('counts a record once per basis: an accepted second report counts where the first was only suggested', () => {
    const totals = computeTotals([
      reported('a.txt', signing, '青松高新区', '光伏组件项目', '30亿元', 3e9),
      reported('b.txt', works, '青松高新区', '光伏组件 项目', '30亿元', 3e9, {}, 'accepted'),
    ]);
    const investment = totals.amounts.find((r) => r.role === 'investment');
    assert.equal(investment?.accepted.itemised, 3e9, 'accepted only: b.txt is the first to report it');
    assert.equal(investment?.all.itemised, 3e9);
    assert.deepEqual([totals.skipped.accepted.crossArticle, totals.skipped.all.crossArticle], [0, 1]);
  });

  it('lists stated aggregates with article and park, and never adds them across articles as a claim', () => {
    const a = '青松高新区全年签约项目12个，总投资65.1亿元。';
    const b = '青松高新区上半年签约项目7个，总投资40亿元。';
    const contribution = (file: string, text: string, needle: string, value: number): TotalsArticle => {
      const park = span(text, '青松高新区', { label: 'PARK' });
      const total = money(text, needle, value, { scope: 'aggregate' }, 'accepted');
      return { file, text, items: [park, total], records: [{ amount: total, park: end(park, 'accepted') }] };
    };
    const totals = computeTotals([contribution('a.txt', a, '65.1亿元', 6.51e9), contribution('b.txt', b, '40亿元', 4e9)]);
    assert.deepEqual(
      totals.statedAggregates.map((s) => [s.file, s.park, s.text, s.value, s.status]),
      [['a.txt', '青松高新区', '65.1亿元', 6.51e9, 'accepted'], ['b.txt', '青松高新区', '40亿元', 4e9, 'accepted']],
    );
  });

  it('counts a record once when the articles spell its park or project as variants of one canonical name', () => {
    const variantOf = (article: TotalsArticle, kind: 'park' | 'project', canonical: string): TotalsArticle => {
      const [record] = article.records ?? [];
      const linked = record[kind];
      if (!linked) throw new Error('fixture: no linked end');
      return { ...article, records: [{ ...record, [kind]: { ...linked, canonical } }] };
    };
    const canonicalPark = '青松高新技术产业开发区';
    const first = '青松高新技术产业开发区与甲公司签约光伏组件项目，总投资30亿元。';
    const second = variantOf(reported('b.txt', works, '青松高新区', '光伏组件 项目', '30亿元', 3e9), 'park', canonicalPark);
    const byPark = computeTotals([reported('a.txt', first, canonicalPark, '光伏组件项目', '30亿元', 3e9), second]);
    assert.deepEqual(byPark.parks.map((p) => [p.name, itemised(p.amounts)?.itemised]), [[canonicalPark, 3e9]], 'the park row counts the repeat once');
    assert.equal(itemised(byPark.amounts)?.itemised, 3e9);

    const renamed = '青松高新区光伏二号项目今日开工，该项目总投资30亿元。';
    const byProject = computeTotals([
      reported('a.txt', signing, '青松高新区', '光伏组件项目', '30亿元', 3e9),
      variantOf(reported('b.txt', renamed, '青松高新区', '光伏二号项目', '30亿元', 3e9), 'project', '光伏组件项目'),
    ]);
    assert.equal(itemised(byProject.amounts)?.itemised, 3e9, 'a project variant is the same record');
    assert.deepEqual(byProject.projects.map((p) => [p.name, itemised(p.amounts)?.itemised]), [['光伏组件项目', 3e9]]);
    assert.deepEqual(byProject.repeatedRecords.map((r) => [r.project, r.sources.map((s) => s.file)]), [['光伏组件项目', ['a.txt', 'b.txt']]]);
  });

  it('lists a stated aggregate under the canonical name of its park', () => {
    const text = '青松高新区全年签约项目12个，总投资65.1亿元。';
    const park = span(text, '青松高新区', { label: 'PARK' });
    const total = money(text, '65.1亿元', 6.51e9, { scope: 'aggregate' });
    const totals = computeTotals([{ file: 'a.txt', text, items: [park, total], records: [{ amount: total, park: { ...end(park), canonical: '青松高新技术产业开发区' } }] }]);
    assert.deepEqual(totals.statedAggregates.map((s) => s.park), ['青松高新技术产业开发区']);
  });

  it('gives the same corpus from cached contributions as from the articles', () => {
    const articles = [reported('a.txt', signing, '青松高新区', '光伏组件项目', '30亿元', 3e9), reported('b.txt', works, '青松高新区', '光伏组件 项目', '30亿元', 3e9)];
    const contributions = articles.map(articleTotals);
    assert.deepEqual(combineTotals(contributions), computeTotals(articles));
    assert.deepEqual(combineTotals(contributions), combineTotals(contributions), 'combining does not change the cached contributions');
  });
});

describe('records table rows', () => {
  const signing = '青松高新区与甲公司签约光伏组件项目，总投资30亿元。';
  const works = '青松高新区光伏组件项目今日开工，该项目总投资30亿元，另有配套投资2亿元。';

  function rowsOf(file: string, text: string, amounts: [string, number][]) {
    const project = span(text, '光伏组件项目', { label: 'PROJECT' });
    const park = span(text, '青松高新区', { label: 'PARK' });
    const records = amounts.map(([needle, value]) => ({ amount: money(text, needle, value), project: end(project, 'accepted'), park: end(park) }));
    return recordRowsOf(records, `file:///${file}`, file);
  }

  it('makes one row per amount with its links and their status', () => {
    const rows = rowsOf('b.txt', works, [['30亿元', 3e9], ['2亿元', 2e8]]);
    assert.equal(rows.length, 2);
    assert.deepEqual(rows[0].project, { text: '光伏组件项目', status: 'accepted' });
    assert.deepEqual(rows[0].park, { text: '青松高新区', status: 'suggested' });
    assert.equal(rows[0].company, undefined);
    assert.deepEqual(rows[1].sources, [{ file: 'file:///b.txt', path: 'b.txt', start: works.indexOf('2亿元'), end: works.indexOf('2亿元') + 3 }]);
  });

  it('merges the rows of a record reported by several articles into one row with every source', () => {
    const merged = mergeRecordRows([...rowsOf('a.txt', signing, [['30亿元', 3e9]]), ...rowsOf('b.txt', works, [['30亿元', 3e9], ['2亿元', 2e8]])]);
    assert.equal(merged.length, 2);
    assert.deepEqual(merged[0].sources.map((s) => s.path), ['a.txt', 'b.txt']);
    assert.deepEqual(merged[1].sources.map((s) => s.path), ['b.txt']);
  });

  it('merges the rows of a project spelled as two variants of one canonical name, as the totals count it', () => {
    const renamed = '青松高新区光伏二号项目今日开工，该项目总投资30亿元。';
    const project = span(renamed, '光伏二号项目', { label: 'PROJECT' });
    const variant = recordRowsOf([{ amount: money(renamed, '30亿元', 3e9), project: { ...end(project), canonical: '光伏组件项目' } }], 'file:///c.txt', 'c.txt');
    assert.deepEqual(variant[0].project, { text: '光伏二号项目', status: 'suggested', canonical: '光伏组件项目' });
    const merged = mergeRecordRows([...rowsOf('a.txt', signing, [['30亿元', 3e9]]), ...variant]);
    assert.deepEqual(merged.map((row) => row.sources.map((s) => s.path)), [['a.txt', 'c.txt']]);
  });
});
