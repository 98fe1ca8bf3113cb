import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suggestLinks } from '../../src/core/links/links';
import { recognize } from '../../src/core/recognition/recognize';
import { createAnnotation, mergeReview } from '../../src/core/review/review';
import { ByteReader, ByteWriter } from '../../src/core/totals/byteString';
import { decodeContribution, encodeContribution } from '../../src/core/totals/contributionCodec';
import { StringTable } from '../../src/core/totals/stringTable';
import { computeTotals, linkedTotalsArticle } from '../../src/core/totals/totals';
import { articleTotals } from '../../src/core/totals/articleTotals';
import { combineTotals, TotalsAccumulator } from '../../src/core/totals/totalsAccumulator';
import type { ArticleTotals, TotalsArticle, TotalsItem } from '../../src/core/totals/totalsData';
import { LexiconMatcher } from '../../src/core/workspaceLexicon/lexiconMatcher';
import type { Entity } from '../../src/core/types';
import { seededRandom } from '../../bench/benchCorpus';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));

/**
 * Articles as the corpus worker sums them: the samples (each several times, so that projects
 * repeat across articles), recognised with a lexicon that gives a park a canonical name, some
 * suggestions accepted or rejected at random, and one article of hand-made items for what
 * the samples lack (ranges, thresholds with and without a value, a negative zero).
 */
function generatedArticles(count: number, seed: number): TotalsArticle[] {
  const random = seededRandom(seed);
  const plainParks = recognize(samples.join('\n')).filter((e) => e.label === 'PARK').map((e) => e.text);
  const [canonical, variant] = [...new Set(plainParks)];
  const lexicon = new LexiconMatcher({ names: [{ name: canonical, label: 'PARK', variants: [variant] }], rejected: [] });
  const articles: TotalsArticle[] = [];
  for (let i = 0; i < count; i++) {
    const text = samples[i % samples.length];
    const suggestions = recognize(text, lexicon);
    const ids = new Set<string>();
    const annotations = suggestions.flatMap((entity) => {
      const roll = random();
      if (roll > 0.4) return [];
      const annotation = createAnnotation(entity, roll < 0.3 ? 'accepted' : 'rejected', 'test', new Date(0), text, ids);
      ids.add(annotation.id);
      return [annotation];
    });
    const canonicalName = (name: string) => lexicon.canonicalName(name);
    articles.push(linkedTotalsArticle(`folder/article-${i}.txt`, text, { items: mergeReview(suggestions, annotations), suggestions, links: [], suggestedLinks: suggestLinks(text, suggestions), canonicalName }));
  }
  articles.splice(Math.floor(count / 2), 0, handMadeArticle());
  return articles;
}

function handMadeArticle(): TotalsArticle {
  const text = '甲园区10亿元以上项目3个，乙项目投资5-8亿元，丙项目投资0.1亿元，规模以上企业若干，总投资20亿美元。';
  const at = (needle: string, fields: Partial<Entity> & Pick<Entity, 'label'>, status: TotalsItem['status'] = 'suggested'): TotalsItem => {
    const start = text.indexOf(needle);
    return { ...fields, start, end: start + needle.length, text: needle, status };
  };
  const park = at('甲园区', { label: 'PARK' });
  const projectB = at('乙项目', { label: 'PROJECT' });
  const projectC = at('丙项目', { label: 'PROJECT' }, 'accepted');
  const threshold = at('10亿元以上', { label: 'MONEY', value: 1e9, currency: 'CNY', role: 'threshold' });
  const range = at('5-8亿元', { label: 'MONEY', value: 5e8, max: 8e8, currency: 'CNY', role: 'investment', scope: 'item' }, 'accepted');
  const small = at('0.1亿元', { label: 'MONEY', value: 0.1e8 + 0.3, currency: 'CNY', role: 'investment', scope: 'item' });
  const vague = at('若干', { label: 'MONEY', role: 'threshold' });
  const aggregate = at('20亿美元', { label: 'MONEY', value: 2e9, currency: 'USD', role: 'investment', scope: 'aggregate' }, 'accepted');
  const end = (item: TotalsItem, status: 'accepted' | 'suggested' = 'suggested') => ({ text: item.text, start: item.start, end: item.end, status });
  return {
    file: 'folder/hand-made.txt', text, items: [park, threshold, projectB, range, projectC, small, vague, aggregate],
    records: [
      { amount: threshold, park: end(park) },
      { amount: range, project: end(projectB, 'accepted'), park: { ...end(park), canonical: '甲园区（总）' } },
      { amount: small, project: end(projectC), company: end(projectC) },
      { amount: aggregate, park: end(park, 'accepted') },
    ],
  };
}

/** Each contribution's record, decoded again: what the corpus worker sums. */
function throughRecords(contributions: readonly ArticleTotals[]): ArticleTotals[] {
  const strings = new StringTable();
  return contributions.map((c) => encodeContribution(c, strings)).map((record, i) => decodeContribution(record, contributions[i].file, strings));
}

describe('byte strings (compact records)', () => {
  const roundTrip = (write: (w: ByteWriter) => void, read: (r: ByteReader) => unknown): { value: unknown; record: string } => {
    const w = new ByteWriter();
    write(w);
    const record = w.finish();
    const r = new ByteReader(record);
    const value = read(r);
    assert.ok(r.atEnd, 'every byte read');
    return { value, record };
  };

  it('gives back every number exactly, −0 and NaN included, small integers in a byte or two', () => {
    const numbers = [0, -0, 1, 127, 128, 5e8, -42, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 0.1 + 0.2, 65.1e8, 5e-324, 1.7976931348623157e308, NaN, Infinity, -Infinity];
    for (const n of numbers) {
      const { value } = roundTrip((w) => w.number(n), (r) => r.number());
      assert.ok(Object.is(value, n), `${n} came back as ${String(value)}`);
    }
    assert.equal(roundTrip((w) => w.number(0), (r) => r.number()).record.length, 1);
    assert.equal(roundTrip((w) => w.number(3), (r) => r.number()).record.length, 2);
    assert.equal(roundTrip((w) => w.number(0.5), (r) => r.number()).record.length, 9);
  });

  it('gives back every string exactly, in a record of one-byte characters', () => {
    const texts = ['', 'article-00001.txt', 'café', '65.1亿元', '苏州工业园区', '😀 surrogate pair', 'lone \ud800 surrogate', 'x'.repeat(20_000), '中'.repeat(20_000)];
    const w = new ByteWriter();
    for (const t of texts) w.text(t);
    const record = w.finish();
    assert.ok([...record].every((c) => c.charCodeAt(0) < 256), 'one byte a character');
    const r = new ByteReader(record);
    for (const t of texts) assert.equal(r.text(), t);
    assert.ok(r.atEnd);
  });

  it('refuses what it cannot write, and a record cut short', () => {
    assert.throws(() => new ByteWriter().uint(-1), RangeError);
    assert.throws(() => new ByteWriter().uint(1.5), RangeError);
    const w = new ByteWriter();
    w.number(0.25);
    w.text('中文');
    const record = w.finish();
    const cut = new ByteReader(record.slice(0, record.length - 1));
    cut.number();
    assert.throws(() => cut.text(), /ends early/);
  });
});

describe('string table', () => {
  it('numbers equal strings alike, however they were made, and gives them back', () => {
    const table = new StringTable();
    const article = '项目落户苏州工业园区高端装备制造产业园，总投资12亿元';
    const first = table.idOf(article.slice(4, 19));
    assert.equal(table.idOf(`苏州工业园区${'高端装备制造产业园'}`), first);
    assert.notEqual(table.idOf('苏州工业园区'), first);
    assert.equal(table.at(first), '苏州工业园区高端装备制造产业园');
    assert.equal(table.size, 2);
    assert.throws(() => table.at(2), RangeError);
  });
});

describe('contribution records', () => {
  const articles = generatedArticles(36, 7);
  const contributions = articles.map(articleTotals);

  it('hold what the totals need of the generated corpus (so the tests below cover it)', () => {
    const all = contributions.flatMap((c) => [...c.parks, ...c.projects, ...c.companies]);
    assert.ok(contributions.some((c) => c.thresholds.some((t) => t.value === undefined)) && contributions.some((c) => c.thresholds.some((t) => t.max === undefined && t.park)), 'thresholds with and without value and park');
    assert.ok(contributions.some((c) => c.citable.some((a) => a.max !== undefined && a.accepted)) && contributions.some((c) => c.citable.some((a) => !a.accepted && a.all)), 'citable amounts: ranges, accepted and not');
    assert.ok(contributions.some((c) => c.aggregates.some((a) => a.status === 'accepted' && a.park)), 'an accepted aggregate of a park');
    assert.ok(all.some((g) => g.park !== undefined) && all.some((g) => g.name !== g.key), 'a project with its park, a name that differs from its key');
    assert.ok(contributions.some((c) => c.fileTotals.review.MONEY.rejected > 0 && c.fileTotals.review.PARK.accepted > 0), 'review counts');
    assert.ok(combineTotals(contributions).skipped.all.crossArticle > 0, 'amounts repeated across articles');
  });

  it('decode to the very contribution they were made of: same values, same fields, same order', () => {
    const decoded = throughRecords(contributions);
    for (let i = 0; i < contributions.length; i++) {
      assert.deepStrictEqual(decoded[i], contributions[i]);
      assert.equal(JSON.stringify(decoded[i]), JSON.stringify(contributions[i]), `field order of ${contributions[i].file}`);
    }
  });

  it('are small one-byte strings, names stored once in the table', () => {
    const strings = new StringTable();
    const records = contributions.map((c) => encodeContribution(c, strings));
    const recordBytes = records.reduce((n, r) => n + r.length, 0);
    const jsonBytes = contributions.reduce((n, c) => n + JSON.stringify(c).length, 0);
    assert.ok(records.every((r) => [...r].every((ch) => ch.charCodeAt(0) < 256)));
    assert.ok(recordBytes * 6 < jsonBytes, `records ${recordBytes} bytes, as JSON ${jsonBytes}`);
    const names = new Set(contributions.flatMap((c) => [...c.parks, ...c.projects, ...c.companies].flatMap((g) => [g.name, g.key])));
    assert.ok(strings.size <= names.size + 16, `${strings.size} strings for ${names.size} names`);
  });

  it('take the file name they are decoded with (a file whose name changed)', () => {
    const strings = new StringTable();
    const c = contributions.find((x) => x.thresholds.length > 0 && x.citable.length > 0 && x.aggregates.length > 0) ?? assert.fail('a full contribution');
    const renamed = decodeContribution(encodeContribution(c, strings), 'other/name.txt', strings);
    const names = new Set([renamed.file, renamed.fileTotals.file, ...renamed.thresholds.map((t) => t.file), ...renamed.citable.map((a) => a.file), ...renamed.aggregates.map((a) => a.file)]);
    assert.deepEqual([...names], ['other/name.txt']);
  });

  it('refuse a record cut short or with bytes to spare, rather than give other totals', () => {
    const strings = new StringTable();
    const record = encodeContribution(contributions[0], strings);
    assert.throws(() => decodeContribution(record.slice(0, -1), 'a.txt', strings), RangeError);
    assert.throws(() => decodeContribution(`${record}\u0000`, 'a.txt', strings), RangeError);
  });
});

describe('TotalsAccumulator', () => {
  const articles = generatedArticles(30, 11);
  const contributions = articles.map(articleTotals);

  it('fed one decoded record at a time, gives the totals of the array combine to the last digit', () => {
    const accumulator = new TotalsAccumulator();
    for (const c of throughRecords(contributions)) accumulator.add(c);
    const expected = combineTotals(contributions);
    assert.deepStrictEqual(accumulator.totals(), expected);
    assert.deepStrictEqual(expected, computeTotals(articles));
    assert.deepEqual(accumulator.omitted, { files: 0, thresholds: 0, statedAggregates: 0 });
  });

  it('with limits keeps the first entries of the lists, counts the rest, and sums everything', () => {
    const full = combineTotals(contributions);
    const limits = { files: 7, thresholds: 2, statedAggregates: 3 };
    assert.ok(full.thresholds.length > limits.thresholds && full.statedAggregates.length > limits.statedAggregates, 'the lists are longer than the limits');
    const accumulator = new TotalsAccumulator(limits);
    for (const c of contributions) accumulator.add(c);
    const cut = accumulator.totals();
    assert.deepStrictEqual(cut, { ...full, files: full.files.slice(0, 7), thresholds: full.thresholds.slice(0, 2), statedAggregates: full.statedAggregates.slice(0, 3) });
    assert.deepEqual(accumulator.omitted, { files: full.files.length - 7, thresholds: full.thresholds.length - 2, statedAggregates: full.statedAggregates.length - 3 });
  });

  it('gives totals that stay as they were when more is added afterwards', () => {
    const accumulator = new TotalsAccumulator();
    accumulator.add(contributions[0]);
    const early = accumulator.totals();
    const copy = structuredClone(early);
    for (const c of contributions.slice(1)) accumulator.add(c);
    assert.deepStrictEqual(early, copy);
    assert.deepStrictEqual(accumulator.totals(), combineTotals(contributions));
  });
});
