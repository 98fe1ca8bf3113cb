import { strict as assert } from 'node:assert';
import { contextScore, findBestOccurrence, reanchorAnnotations } from '../../src/core/review/reanchor';
import { createAnnotation } from '../../src/core/review/review';
import { AnnotationSchema, type Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';

const now = new Date('2024-05-01T08:00:00.000Z');
let counter = 0;

function tag(text: string, fragment: string, label: Label = 'MONEY', nth = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(fragment, start + 1);
  assert.ok(start >= 0, `fixture must contain ${fragment} (#${nth})`);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'tester', now, text, []), id: `t${counter++}` };
}

/** Every placed annotation sits on its own text, is schema-valid and not orphaned. */
function assertPlaced(text: string, placed: readonly Annotation[]): void {
  for (const a of placed) {
    assert.equal(text.slice(a.start, a.end), a.text);
    assert.equal(a.orphaned, undefined);
    assert.ok(AnnotationSchema.safeParse(a).success, JSON.stringify(a));
  }
}

const oldText = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。其中，博通科技产业园项目总投资50亿元，由江苏博通投资实业有限公司投资建设。';

describe('reanchorAnnotations', () => {
  it('keeps annotations whose text and context did not move', () => {
    const park = tag(oldText, '新余高新区', 'PARK');
    const newText = `${oldText}另有项目若干。`;
    const { placed, orphaned } = reanchorAnnotations([park], newText);
    assert.deepEqual(orphaned, []);
    assert.equal(placed[0].start, park.start);
    assertPlaced(newText, placed);
  });

  it('follows insertions before the spans', () => {
    const annotations = [tag(oldText, '新余高新区', 'PARK'), tag(oldText, '65.1亿元'), tag(oldText, '江苏博通投资实业有限公司', 'COMPANY')];
    const newText = `【新华网讯】记者从江西获悉：${oldText}`;
    const { placed, orphaned } = reanchorAnnotations(annotations, newText);
    assert.equal(orphaned.length, 0);
    assertPlaced(newText, placed);
    const shift = newText.length - oldText.length;
    assert.deepEqual(placed.map((a) => a.start), annotations.map((a) => a.start + shift));
  });

  it('follows deletions before the spans', () => {
    const money = tag(oldText, '50亿元');
    const newText = oldText.replace('今年1-3月，', '');
    const { placed } = reanchorAnnotations([money], newText);
    assert.equal(placed[0].start, money.start - '今年1-3月，'.length);
    assertPlaced(newText, placed);
  });

  it('chooses among duplicated text by context', () => {
    const text = '甲园区总投资50亿元，建设厂房。乙园区总投资50亿元，建设仓库。';
    const second = tag(text, '50亿元', 'MONEY', 1);
    // The first sentence is rewritten so the second amount moves to where the first stood.
    const newText = '乙园区总投资50亿元，建设仓库。甲园区总投资50亿元，建设厂房。';
    const { placed } = reanchorAnnotations([second], newText);
    assert.equal(placed.length, 1);
    assert.equal(placed[0].start, newText.indexOf('50亿元'), 'the occurrence followed by 建设仓库');
    assertPlaced(newText, placed);
  });

  it('prefers the nearer occurrence when the contexts are alike', () => {
    const text = `${'前言。'.repeat(10)}投资50亿元。${'中段。'.repeat(10)}投资50亿元。`;
    const first = tag(text, '50亿元', 'MONEY', 0);
    const newText = `导语。${text}`;
    const { placed } = reanchorAnnotations([first], newText);
    assert.equal(placed[0].start, first.start + 3);
  });

  it('orphans what it cannot place, keeps it with its old offsets, and places the rest', () => {
    const gone = tag(oldText, '65.1亿元');
    const kept = tag(oldText, '博通科技产业园项目', 'PROJECT');
    const newText = oldText.replace('65.1亿元', '六十五亿元');
    const { placed, orphaned } = reanchorAnnotations([gone, kept], newText);
    assert.deepEqual(orphaned, [{ ...gone, orphaned: true }]);
    assert.equal(placed.length, 1);
    assertPlaced(newText, placed);
  });

  it('does not place two annotations of one label on one occurrence', () => {
    const text = '签约50亿元，到位50亿元。';
    const a = tag(text, '50亿元', 'MONEY', 0);
    const b = tag(text, '50亿元', 'MONEY', 1);
    const newText = '签约50亿元。';
    const { placed, orphaned } = reanchorAnnotations([a, b], newText);
    assert.equal(placed.length, 1);
    assert.equal(orphaned.length, 1);
    assert.equal(placed[0].id, a.id, 'the one whose context survived');
  });

  it('places an orphan again when its text comes back', () => {
    const money = { ...tag(oldText, '65.1亿元'), orphaned: true };
    const { placed, orphaned } = reanchorAnnotations([money], `前言。${oldText}`);
    assert.equal(orphaned.length, 0);
    assert.equal(placed[0].orphaned, undefined);
  });

  it('counts offsets in UTF-16 units after astral characters (𠀀, emoji)', () => {
    const annotations = [tag(oldText, '新余高新区', 'PARK'), tag(oldText, '50亿元')];
    const prefix = '𠀀📍🇨🇳 ';
    const newText = `${prefix}${oldText}`;
    const { placed, orphaned } = reanchorAnnotations(annotations, newText);
    assert.equal(orphaned.length, 0);
    assert.deepEqual(placed.map((a) => a.start), annotations.map((a) => a.start + prefix.length));
    assertPlaced(newText, placed);
  });

  it('never places a span on half of a surrogate pair', () => {
    const emoji = '😀';
    const lowHalf = emoji[1];
    const odd: Annotation = { ...tag(`x${lowHalf}y`, `${lowHalf}y`, 'PARK') };
    const { placed, orphaned } = reanchorAnnotations([odd], `a${emoji}y`);
    assert.equal(placed.length, 0);
    assert.equal(orphaned.length, 1);
  });
});

describe('findBestOccurrence and contextScore', () => {
  it('scores full context 1, none 0, and without stored context 1', () => {
    const text = 'abcXYZdef';
    assert.equal(contextScore(text, 3, 6, { text: 'XYZ', before: 'abc', after: 'def' }), 1);
    assert.equal(contextScore(text, 3, 6, { text: 'XYZ', before: 'qqq', after: 'rrr' }), 0);
    assert.equal(contextScore(text, 3, 6, { text: 'XYZ' }), 1);
  });

  it('searches only inside [from, to) and skips taken places', () => {
    const text = 'ab ab ab';
    assert.equal(findBestOccurrence(text, { text: 'ab' }, [0], 1, text.length), 3);
    assert.equal(findBestOccurrence(text, { text: 'ab' }, [0], 0, 5), 0);
    assert.equal(findBestOccurrence(text, { text: 'ab' }, [0], 0, text.length, (s) => s < 6), 6);
    assert.equal(findBestOccurrence(text, { text: 'zz' }, [0], 0, text.length), undefined);
  });
});
