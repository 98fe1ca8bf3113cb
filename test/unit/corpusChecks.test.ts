// The corpus checks and the occurrence search, on invented articles.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import type { CheckedArticle } from '../../src/core/corpus/consistency';
import { FINDING_KINDS, FINDING_MESSAGES, checkCorpus, itemsAboveAggregate, linksToRejected, mixedLabels, thresholdsAsItems, unlabelledNames } from '../../src/core/corpus/consistency';
import { findOccurrences } from '../../src/core/corpus/occurrences';
import type { Annotation, Link } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';

let nextId = 0;
/** An annotation of the first occurrence of `text` (at or after `from`) in `article`. */
function ann(article: string, text: string, label: Label, extra: Partial<Annotation> = {}, from = 0): Annotation {
  const start = article.indexOf(text, from);
  assert.ok(start >= 0, `${text} in ${article}`);
  return { id: `a${nextId++}`, label, start, end: start + text.length, text, status: 'accepted', author: 't', time: '2026-01-01T00:00:00Z', ...extra };
}

function link(id: string, from: string, to: string, status: Link['status'] = 'accepted'): Link {
  return { id, kind: 'park', from, to, status, author: 't', time: '2026-01-01T00:00:00Z' };
}

describe('findOccurrences', () => {
  const text = '青松科技园很大。\n青松科技园北区和青松科技园。\n青松';
  it('finds every whole occurrence with its line', () => {
    const found = findOccurrences(text, { text: '青松科技园', label: 'PARK', status: 'accepted' }, []);
    assert.deepEqual(found.map((o) => [o.start, o.line]), [[0, 1], [9, 2], [17, 2]]);
    for (const o of found) assert.equal(text.slice(o.start, o.end), '青松科技园');
  });
  it('skips occurrences that already have the label with that status, not those with another status', () => {
    const done = ann(text, '青松科技园', 'PARK');
    const rejected = ann(text, '青松科技园', 'PARK', { status: 'rejected' }, 5);
    const found = findOccurrences(text, { text: '青松科技园', label: 'PARK', status: 'accepted' }, [done, rejected]);
    assert.deepEqual(found.map((o) => o.start), [9, 17]);
  });
  it('skips occurrences inside a longer accepted span of another label', () => {
    const longer = ann(text, '青松科技园北区', 'PROJECT');
    const found = findOccurrences(text, { text: '青松科技园', label: 'PARK', status: 'accepted' }, [longer]);
    assert.deepEqual(found.map((o) => o.start), [0, 17]);
    const rejectedLonger = { ...longer, status: 'rejected' as const };
    assert.equal(findOccurrences(text, { text: '青松科技园', label: 'PARK', status: 'accepted' }, [rejectedLonger]).length, 3);
  });
  it('does not count overlapping repeats twice', () => {
    assert.deepEqual(findOccurrences('啊啊啊', { text: '啊啊', label: 'PARK', status: 'rejected' }, []).map((o) => o.start), [0]);
  });
});

describe('consistency checks', () => {
  it('mixedLabels: the minority label is found and fixed to the majority', () => {
    const t1 = '白杨集团签约。';
    const t2 = '白杨集团再签约。';
    const t3 = '白杨集团开工。';
    const minority = ann(t3, '白杨集团', 'PARK');
    const articles: CheckedArticle[] = [
      { file: 'a.txt', text: t1, annotations: [ann(t1, '白杨集团', 'COMPANY')] },
      { file: 'b.txt', text: t2, annotations: [ann(t2, '白杨集团', 'COMPANY')] },
      { file: 'c.txt', text: t3, annotations: [minority] },
    ];
    const found = mixedLabels(articles);
    assert.equal(found.length, 1);
    assert.equal(found[0].file, 'c.txt');
    assert.deepEqual(found[0].fix, { kind: 'relabel', annotationId: minority.id, label: 'COMPANY' });
    assert.equal(found[0].message, '"白杨集团" is labelled PARK here and COMPANY 2 time(s) elsewhere (a.txt, b.txt)');
    assert.deepEqual(found[0].messageArgs, ['白杨集团', 'PARK', 'COMPANY', '2', 'a.txt, b.txt'], 'what the editor fills its translation with');
    assert.equal(mixedLabels(articles.slice(0, 2)).length, 0);
  });
  it('mixedLabels: a rejected use is not a label', () => {
    const t = '白杨集团和白杨集团';
    const articles = [{ file: 'a.txt', text: t, annotations: [ann(t, '白杨集团', 'COMPANY'), ann(t, '白杨集团', 'PARK', { status: 'rejected' }, 3)] }];
    assert.equal(mixedLabels(articles).length, 0);
  });
  it('unlabelledName: an accepted name with no annotation elsewhere, the longest name at a place', () => {
    const t1 = '红枫园区今年招商。';
    const t2 = '外资落户红枫园区。\n红枫园区二期和红枫园区。';
    const articles: CheckedArticle[] = [
      { file: 'a.txt', text: t1, annotations: [ann(t1, '红枫园区', 'PARK')] },
      { file: 'b.txt', text: t2, annotations: [ann(t2, '红枫园区', 'PARK', { status: 'rejected' }, 12)] },
    ];
    const found = checkCorpus(articles).filter((f) => f.kind === 'unlabelledName');
    assert.deepEqual(found.map((f) => [f.file, f.start, f.line]), [['b.txt', 4, 1], ['b.txt', 10, 2]]);
    assert.deepEqual(found[0].fix, { kind: 'tag', label: 'PARK' });
    assert.equal(unlabelledNames([articles[0]]).length, 0, 'the accepted use itself is labelled');
  });
  it('unlabelledName: where two accepted names start at one place, the longer one is reported once', () => {
    const t1 = '红枫集团在红枫园区投资。';
    const t2 = '来到红枫园区。';
    const articles: CheckedArticle[] = [
      { file: 'a.txt', text: t1, annotations: [ann(t1, '红枫集团', 'COMPANY'), ann(t1, '红枫园区', 'PARK')] },
      { file: 'b.txt', text: t2, annotations: [] },
    ];
    assert.deepEqual(unlabelledNames(articles).map((f) => [f.file, f.text, f.fix]), [['b.txt', '红枫园区', { kind: 'tag', label: 'PARK' }]]);
  });
  it('itemsAboveAggregate: items summing above the stated total, not at or below it', () => {
    const t = '合计投资10亿元，其中甲项目6亿元，乙项目5亿元。';
    const money = (text: string, value: number, scope: 'item' | 'aggregate') => ann(t, text, 'MONEY', { value, currency: 'CNY', role: 'investment', scope });
    const total = money('10亿元', 1e9, 'aggregate');
    const items = [money('6亿元', 6e8, 'item'), money('5亿元', 5e8, 'item')];
    const found = itemsAboveAggregate({ file: 'a.txt', text: t, annotations: [total, ...items] });
    assert.equal(found.length, 1);
    assert.equal(found[0].start, total.start);
    assert.deepEqual(found[0].fix, { kind: 'reveal' });
    const fits = { ...items[1], value: 4e8 };
    assert.equal(itemsAboveAggregate({ file: 'a.txt', text: t, annotations: [total, items[0], fits] }).length, 0);
    const otherRole = { ...items[1], role: 'contract' as const };
    assert.equal(itemsAboveAggregate({ file: 'a.txt', text: t, annotations: [total, items[0], otherRole] }).length, 0);
  });
  it('thresholdAsItem: a threshold with scope item, fixed to aggregate', () => {
    const t = '10亿元以上项目5个，5亿元以上项目3个。';
    const wrong = ann(t, '10亿元', 'MONEY', { role: 'threshold', scope: 'item' });
    const right = ann(t, '5亿元', 'MONEY', { role: 'threshold', scope: 'aggregate' }, 10);
    const found = thresholdsAsItems({ file: 'a.txt', text: t, annotations: [wrong, right] });
    assert.deepEqual(found.map((f) => f.fix), [{ kind: 'setScope', annotationId: wrong.id, scope: 'aggregate' }]);
  });
  it('linkToRejected: an accepted link to a rejected span, not a rejected link', () => {
    const t = '青松园区投资3亿元。';
    const park = ann(t, '青松园区', 'PARK', { status: 'rejected' });
    const amount = ann(t, '3亿元', 'MONEY');
    const found = linksToRejected({ file: 'a.txt', text: t, annotations: [park, amount], links: [link('l1', amount.id, park.id), link('l2', amount.id, park.id, 'rejected')] });
    assert.deepEqual(found.map((f) => f.fix), [{ kind: 'removeLink', linkId: 'l1' }]);
    assert.equal(found[0].start, park.start);
  });
  it('every kind of finding has its message translated by the editor (the same English, an l10n.t literal)', () => {
    let dir = __dirname;
    while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
    const editor = fs.readFileSync(path.join(dir, 'src/editor/consistencyDiagnostics.ts'), 'utf8');
    for (const kind of FINDING_KINDS) {
      assert.ok(editor.includes(`case '${kind}': return vscode.l10n.t('${FINDING_MESSAGES[kind]}', ...args);`), kind);
    }
  });

  it('a consistent corpus has no findings', () => {
    const t = '青松园区投资3亿元。';
    const park = ann(t, '青松园区', 'PARK');
    const amount = ann(t, '3亿元', 'MONEY', { value: 3e8, currency: 'CNY', role: 'investment', scope: 'item' });
    assert.deepEqual(checkCorpus([{ file: 'a.txt', text: t, annotations: [park, amount], links: [link('l1', amount.id, park.id)] }]), []);
  });
});
