// The pure agreement measures: Cohen's kappa on published worked examples, span matching against
// a brute-force reference, and one article compared by hand.
import { strict as assert } from 'node:assert';
import { annotatorVersion, readSidecarForAgreement } from '../../src/core/agreement/annotatorVersion';
import { compareArticle, contextOf } from '../../src/core/agreement/compareArticle';
import { cohenKappa } from '../../src/core/agreement/kappa';
import { labelAgreement } from '../../src/core/agreement/pairAgreement';
import { compareSpans, countOverlapping, matchExact, overlapsOf, type Span } from '../../src/core/agreement/spanMatching';
import { createAnnotation } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity } from '../../src/core/types';

/** Items of a contingency table: `table[i][j]` items that A put in category i and B in category j. */
function itemsOf(categories: readonly string[], table: readonly (readonly number[])[]): [string, string][] {
  const items: [string, string][] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let k = 0; k < count; k++) items.push([categories[i], categories[j]]);
  }));
  return items;
}

describe('Cohen\'s kappa', () => {
  it('reproduces the worked example of Wikipedia, "Cohen\'s kappa" (50 grant proposals, two readers): p_o 0.70, p_e 0.50, κ 0.40', () => {
    // Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15.
    const result = cohenKappa(itemsOf(['yes', 'no'], [[20, 5], [10, 15]]));
    assert.equal(result.n, 50);
    assert.ok(Math.abs(result.observed! - 0.7) < 1e-12);
    assert.ok(Math.abs(result.expected! - 0.5) < 1e-12);
    assert.ok(Math.abs(result.kappa! - 0.4) < 1e-12);
  });

  it('reproduces Cohen (1960), "A coefficient of agreement for nominal scales", Table 1: p_o .70, p_c .41, κ .492 (N = 200, three categories)', () => {
    // Proportions .44 .07 .09 / .05 .20 .05 / .01 .03 .06 of 200 items.
    const result = cohenKappa(itemsOf(['1', '2', '3'], [[88, 14, 18], [10, 40, 10], [2, 6, 12]]));
    assert.equal(result.n, 200);
    assert.ok(Math.abs(result.observed! - 0.7) < 1e-12);
    assert.ok(Math.abs(result.expected! - 0.41) < 1e-12);
    assert.equal(result.kappa!.toFixed(3), '0.492');
  });

  it('is 1 for perfect agreement, null when both coders used one category only, null without items', () => {
    assert.equal(cohenKappa([['a', 'a'], ['b', 'b']]).kappa, 1);
    assert.equal(cohenKappa([['a', 'a'], ['a', 'a']]).kappa, null);
    assert.deepEqual(cohenKappa([]), { n: 0, observed: null, expected: null, kappa: null });
  });
});

describe('span matching (sort and sweep)', () => {
  function randomSpans(seed: number, count: number): Span[] {
    let state = seed;
    const next = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
    return Array.from({ length: count }, () => {
      const start = Math.floor(next() * 200);
      return { start, end: start + 1 + Math.floor(next() * 12) };
    }).sort(compareSpans);
  }
  const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

  it('finds the same overlaps as comparing every pair', () => {
    for (let seed = 1; seed < 40; seed++) {
      const first = randomSpans(seed, 30);
      const second = randomSpans(seed + 1000, 25);
      assert.equal(countOverlapping(first, second), first.filter((x) => second.some((y) => overlaps(x, y))).length, `seed ${seed}`);
      const found = overlapsOf(first, second);
      first.forEach((x, i) => assert.deepEqual(found[i], second.filter((y) => overlaps(x, y)), `seed ${seed}, span ${i}`));
    }
  });

  it('pairs equal offsets once each, duplicates included', () => {
    const { pairs, firstLeft, secondLeft } = matchExact(
      [{ start: 0, end: 2 }, { start: 0, end: 2 }, { start: 5, end: 6 }],
      [{ start: 0, end: 2 }, { start: 3, end: 4 }, { start: 5, end: 6 }],
    );
    assert.equal(pairs.length, 2);
    assert.deepEqual(firstLeft, [{ start: 0, end: 2 }]);
    assert.deepEqual(secondLeft, [{ start: 3, end: 4 }]);
  });
});

describe('label agreement (F1)', () => {
  it('computes exact and overlap F1 by hand: 4 spans of A, 5 of B, 2 exact, 3 of A and 4 of B overlapping', () => {
    const result = labelAgreement({ aSpans: 4, bSpans: 5, exactMatches: 2, aOverlapping: 3, bOverlapping: 4 });
    assert.equal(result.exactF1, 4 / 9);
    assert.equal(result.exactPrecision, 2 / 5);
    assert.equal(result.exactRecall, 2 / 4);
    // P = 4/5, R = 3/4, F1 = 2·0.8·0.75 / 1.55 = 24/31.
    assert.ok(Math.abs(result.overlapF1! - 24 / 31) < 1e-12);
  });

  it('is null when neither marked the label, 0 when only one did', () => {
    assert.equal(labelAgreement({ aSpans: 0, bSpans: 0, exactMatches: 0, aOverlapping: 0, bOverlapping: 0 }).exactF1, null);
    const oneSided = labelAgreement({ aSpans: 0, bSpans: 3, exactMatches: 0, aOverlapping: 0, bOverlapping: 0 });
    assert.equal(oneSided.exactF1, 0);
    assert.equal(oneSided.overlapF1, 0);
  });
});

describe('compareArticle', () => {
  // Astral characters (𠀀 and an emoji are two UTF-16 units each) and CRLF before the spans.
  const text = '𠀀😀新余高新区签约项目17个。\r\n博通科技产业园项目总投资50亿元，由华为公司建设。\r\n';
  const now = new Date('2026-12-01T00:00:00Z');
  function annotation(label: Entity['label'], fragment: string, extra: Partial<Entity> = {}, status: Annotation['status'] = 'accepted', occurrence = 0): Annotation {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = text.indexOf(fragment, start + 1);
    assert.ok(start >= 0, fragment);
    return createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, status, 't', now, text, [`${label}${fragment}`]);
  }
  const money = { value: 5e9, currency: 'CNY', scope: 'item' } as const;

  it('counts, matches and lists the disagreements of one article', () => {
    const a = annotatorVersion([
      annotation('PARK', '新余高新区'),
      annotation('PARK', '博通科技产业园'),
      annotation('MONEY', '50亿元', { ...money, role: 'investment' }),
      annotation('PROJECT', '博通科技产业园项目', {}, 'rejected'),
    ], []);
    const b = annotatorVersion([
      annotation('PARK', '新余高新区'),
      annotation('PROJECT', '博通科技产业园项目'),
      annotation('MONEY', '50亿元', { ...money, role: 'contract' }),
      annotation('COMPANY', '华为公司'),
    ], []);
    const result = compareArticle('a.txt', text, a, b);
    assert.deepEqual(result.labels.PARK, { aSpans: 2, bSpans: 1, exactMatches: 1, aOverlapping: 1, bOverlapping: 1 });
    assert.deepEqual(result.labels.PROJECT, { aSpans: 0, bSpans: 1, exactMatches: 0, aOverlapping: 0, bOverlapping: 0 }, 'a rejected annotation claims no span');
    assert.deepEqual(result.money.role, [['investment', 'contract']]);
    assert.deepEqual(result.money.value, [['5000000000', '5000000000']]);
    const kinds = result.disagreements.map((d) => `${d.kind}:${d.label}:${d.attribute}`);
    assert.deepEqual(kinds, ['only-a:PARK:', 'only-b:PROJECT:', 'attribute:MONEY:role', 'only-b:COMPANY:']);
    const money50 = result.disagreements[2];
    // 𠀀 and 😀 (4 units), 新余高新区签约项目17个。 (13), CRLF (2), 博通科技产业园项目总投资 (12).
    assert.equal(money50.start, 31);
    assert.equal(text.slice(money50.start, money50.end), '50亿元');
    // 20 units either side: 项目17个。 (6) CRLF (2) and the 12 before it; the 11 units to the end after it.
    assert.equal(money50.context, '项目17个。⏎博通科技产业园项目总投资【50亿元】，由华为公司建设。⏎');
  });

  it('reports a boundary disagreement once, and the same offsets with another label as a label disagreement', () => {
    const a = annotatorVersion([annotation('PARK', '博通科技产业园'), annotation('COMPANY', '华为公司')], []);
    const b = annotatorVersion([annotation('PARK', '博通科技产业园项目'), annotation('PROJECT', '华为公司')], []);
    const result = compareArticle('a.txt', text, a, b);
    assert.deepEqual(result.disagreements.map((d) => [d.kind, d.a, d.b]), [
      ['boundary', '「博通科技产业园」 19–26', '「博通科技产业园项目」 19–28'],
      ['label', 'COMPANY', 'PROJECT'],
    ]);
    assert.equal(result.labels.PARK.aOverlapping, 1);
  });

  it('never cuts a surrogate pair in the context', () => {
    const shown = contextOf(text, 4, 9);
    // All 4 units before; after: 签约项目17个。 (8) CRLF (2) 博通科技产业园项目总 (10).
    assert.equal(shown, '𠀀😀【新余高新区】签约项目17个。⏎博通科技产业园项目总');
    const cut = contextOf('😀'.repeat(30), 40, 42);
    assert.ok(!/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/.test(cut.split('【')[0]), cut);
  });
});

describe('readSidecarForAgreement', () => {
  const text = '园区A投资5亿元。';
  const base = {
    format: 'invest-news-annotations',
    article: 'a.txt',
    sha256: hashText(text),
    annotations: [
      { id: 'm', label: 'MONEY', start: 4, end: 7, text: '5亿元', status: 'accepted', value: 5e8, currency: 'CNY', author: 'x', time: '2026-12-01T00:00:00Z' },
      { id: 'p', label: 'PARK', start: 0, end: 3, text: '园区A', status: 'accepted', author: 'x', time: '2026-12-01T00:00:00Z' },
      { id: 'q', label: 'PARK', start: 0, end: 2, text: '园区', status: 'accepted', author: 'x', time: '2026-12-01T00:00:00Z' },
    ],
  };

  it('reads a version-2 sidecar with links, keeping only the accepted ones', () => {
    const v2 = JSON.stringify({ ...base, version: 2, links: [
      { id: 'L1', kind: 'park', from: 'm', to: 'p', status: 'accepted', author: 'x', time: '2026-12-01T00:00:00Z' },
      { id: 'L2', kind: 'park', from: 'm', to: 'q', status: 'rejected', author: 'x', time: '2026-12-01T00:00:00Z' },
    ] });
    const result = readSidecarForAgreement(v2);
    assert.ok(result.ok, JSON.stringify(result));
    assert.deepEqual(result.links, [{ kind: 'park', from: 'm', to: 'p' }]);
    assert.equal(result.annotations.length, 3);
  });

  it('reads a version-1 sidecar (no links) with no links, and names the problem of an invalid one', () => {
    const v1 = readSidecarForAgreement(JSON.stringify({ ...base, version: 1 }));
    assert.ok(v1.ok);
    assert.deepEqual(v1.links, []);
    const bad = readSidecarForAgreement(JSON.stringify({ ...base, version: 2, annotations: [{ ...base.annotations[0], end: 2 }] }));
    assert.ok(!bad.ok);
    assert.match(bad.problem, /annotations\.0/);
  });
});
