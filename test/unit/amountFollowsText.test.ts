import { strict as assert } from 'node:assert';
import { followAmountText, followAmountTexts, readAmount } from '../../src/core/review/amountFollowsText';
import { recognize } from '../../src/core/recognition/recognize';
import { createAnnotation } from '../../src/core/review/review';
import { AnnotationSchema, type Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Entity } from '../../src/core/types';

const now = new Date('2024-05-01T08:00:00.000Z');

/** An accepted annotation of `fragment` in `text`, with the engine's reading of it. */
function accepted(text: string, fragment: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0);
  const engine = recognize(text).find((e) => e.start === start && e.end === start + fragment.length);
  const entity: Entity = engine ?? { label: 'MONEY', start, end: start + fragment.length, text: fragment };
  return { ...createAnnotation(entity, 'accepted', 'tester', now, text, []), ...extra };
}

/** The annotation as the editor moves it after `fragment` became `replacement` (offsets and context). */
function edited(annotation: Annotation, text: string, replacement: string): { annotation: Annotation; text: string } {
  const newText = text.slice(0, annotation.start) + replacement + text.slice(annotation.end);
  const moved = createAnnotation({ label: annotation.label, start: annotation.start, end: annotation.start + replacement.length, text: replacement }, 'accepted', 'tester', now, newText, []);
  return { annotation: { ...annotation, end: moved.end, text: moved.text, before: moved.before, after: moved.after }, text: newText };
}

describe('amounts follow their text', () => {
  const article = '其中，博通科技产业园项目总投资115亿元，由江苏博通投资实业有限公司投资建设。';

  it('re-reads the value when the digits inside an accepted amount change', () => {
    const before = accepted(article, '115亿元');
    assert.equal(before.value, 11_500_000_000);
    const after = edited(before, article, '118亿元');
    const followed = followAmountText(after.annotation, before.text, recognize);
    assert.equal(followed.value, 11_800_000_000);
    assert.equal(followed.role, before.role, 'the role is the researcher\'s reading of the sentence and stays');
    assert.equal(followed.checkValue, undefined);
    assert.ok(AnnotationSchema.safeParse(followed).success);
  });

  it('follows a fixed unit (67元 → 67亿元) and a new currency', () => {
    const text = '合同资金达67元。';
    const before = accepted(text, '67元');
    assert.equal(before.value, 67);
    const yi = followAmountText(edited(before, text, '67亿元').annotation, before.text, recognize);
    assert.equal(yi.value, 6_700_000_000);
    const dollars = followAmountText(edited(before, text, '67亿美元').annotation, before.text, recognize);
    assert.equal(dollars.currency, 'USD');
  });

  it('reads a range and drops a max that is gone', () => {
    const text = '总投资10至20亿元。';
    const before = accepted(text, '10至20亿元');
    assert.equal(before.max, 2_000_000_000);
    const single = followAmountText(edited(before, text, '30亿元').annotation, before.text, recognize);
    assert.equal(single.value, 3_000_000_000);
    assert.equal('max' in single, false);
  });

  it('keeps a qualifier written just before the span', () => {
    const text = '合同资金约67亿元。';
    const before = accepted(text, '67亿元');
    assert.equal(before.qualifier, 'approx');
    const followed = followAmountText(edited(before, text, '68亿元').annotation, before.text, recognize);
    assert.equal(followed.qualifier, 'approx');
    assert.equal(followed.value, 6_800_000_000);
  });

  it('never overwrites a value set by hand: flags the annotation instead', () => {
    const before = accepted(article, '115亿元', { value: 11_000_000_000, valueSetByHand: true });
    const followed = followAmountText(edited(before, article, '118亿元').annotation, before.text, recognize);
    assert.equal(followed.value, 11_000_000_000);
    assert.equal(followed.checkValue, true);
    assert.ok(AnnotationSchema.safeParse(followed).success);
  });

  it('flags an amount whose new words cannot be read, keeping its value', () => {
    const before = accepted(article, '115亿元');
    const followed = followAmountText(edited(before, article, '若干').annotation, before.text, recognize);
    assert.equal(followed.value, 11_500_000_000);
    assert.equal(followed.checkValue, true);
  });

  it('returns the same object for unchanged text and for other labels', () => {
    const money = accepted(article, '115亿元');
    assert.equal(followAmountText(money, money.text, recognize), money);
    const park = accepted(article, '博通科技产业园', { label: 'PARK' });
    const renamed = { ...park, text: '博达科技产业园' };
    assert.equal(followAmountText(renamed, park.text, recognize), renamed);
  });

  it('over a list: only annotations whose previous text is known and differs', () => {
    const money = accepted(article, '115亿元');
    const after = edited(money, article, '118亿元').annotation;
    const list = [after];
    assert.equal(followAmountTexts(list, new Map(), recognize), list);
    assert.equal(followAmountTexts(list, new Map([[money.id, money.text]]), recognize)[0].value, 11_800_000_000);
  });

  it('reads an amount only when the engine\'s amount covers exactly the span', () => {
    assert.equal(readAmount({ text: '投资' }, recognize), undefined);
    assert.equal(readAmount({ text: '5亿元', before: '总投资', after: '。' }, recognize)?.value, 500_000_000);
  });
});
