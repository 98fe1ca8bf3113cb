import { strict as assert } from 'node:assert';
import { contextAfter, contextBefore, createAnnotation, CONTEXT_LENGTH, mergeReview } from '../../src/core/review/review';
import { AnnotationSchema, type Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Entity } from '../../src/core/types';

const text = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元，其中博通科技产业园项目总投资50亿元。';
const now = new Date('2024-05-01T08:00:00.000Z');

function entity(label: Entity['label'], fragment: string, extra: Partial<Entity> = {}): Entity {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `fixture must contain ${fragment}`);
  return { label, start, end: start + fragment.length, text: fragment, ...extra };
}

function annotate(e: Entity, status: Annotation['status'], ids: string[] = []): Annotation {
  const a = createAnnotation(e, status, 'tester', now, text, ids);
  ids.push(a.id);
  return a;
}

describe('createAnnotation', () => {
  it('builds a schema-valid annotation with text, context, author and time', () => {
    const money = entity('MONEY', '65.1亿元', { value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' });
    const a = createAnnotation(money, 'accepted', 'li', now, text, []);
    assert.ok(AnnotationSchema.safeParse(a).success);
    assert.equal(a.text, text.slice(money.start, money.end));
    assert.equal(a.author, 'li');
    assert.equal(a.time, now.toISOString());
    assert.equal(a.value, 6.51e9);
    assert.equal(a.role, 'contract');
    assert.equal(a.before, text.slice(money.start - CONTEXT_LENGTH, money.start));
    assert.ok(text.slice(money.end).startsWith(a.after ?? '∅'));
    assert.equal(a.after?.length, Math.min(CONTEXT_LENGTH, text.length - money.end));
  });

  it('takes the covered text from the article, not from the entity', () => {
    const park = { ...entity('PARK', '新余高新区'), text: 'stale' };
    assert.equal(createAnnotation(park, 'accepted', 'li', now, text, []).text, '新余高新区');
  });

  it('does not copy absent MONEY attributes onto other labels', () => {
    const a = createAnnotation(entity('PARK', '新余高新区'), 'rejected', 'li', now, text, []);
    assert.equal('value' in a, false);
    assert.equal('role' in a, false);
  });

  it('mints ids that stay unique when several are created at the same moment', () => {
    const ids: string[] = [];
    for (const fragment of ['新余高新区', '65.1亿元', '50亿元', '博通科技产业园项目']) annotate(entity('PARK', fragment), 'accepted', ids);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('rejects a span outside the text or an empty span', () => {
    assert.throws(() => createAnnotation({ label: 'PARK', start: 3, end: 3, text: '' }, 'accepted', 'li', now, text, []), RangeError);
    assert.throws(() => createAnnotation({ label: 'PARK', start: 0, end: text.length + 1, text: '' }, 'accepted', 'li', now, text, []), RangeError);
  });
});

describe('context helpers', () => {
  it('never cut a surrogate pair', () => {
    const astral = '𠀀'.repeat(20);
    const before = contextBefore(astral, 40, 5);
    const after = contextAfter(astral, 0, 5);
    assert.equal(before, '𠀀𠀀');
    assert.equal(after, '𠀀𠀀');
  });
});

describe('mergeReview', () => {
  const park = entity('PARK', '新余高新区');
  const contract = entity('MONEY', '65.1亿元');
  const project = entity('PROJECT', '博通科技产业园项目');
  const investment = entity('MONEY', '50亿元');

  it('keeps plain suggestions as suggested, sorted by start', () => {
    const items = mergeReview([investment, park, contract], []);
    assert.deepEqual(items.map((i) => [i.start, i.status]), [park, contract, investment].map((e) => [e.start, 'suggested']));
    assert.equal(items.some((i) => i.annotation), false);
  });

  it('replaces a suggestion by the stored annotation of the same span and label', () => {
    const rejected = annotate(park, 'rejected');
    const accepted = annotate(contract, 'accepted');
    const items = mergeReview([park, contract, investment], [rejected, accepted]);
    assert.equal(items.length, 3);
    assert.deepEqual(items.map((i) => i.status), ['rejected', 'accepted', 'suggested']);
    assert.equal(items[0].annotation, rejected);
    assert.equal(items[1].annotation, accepted);
  });

  it('drops a suggestion overlapping an accepted annotation, keeps one overlapping a rejected one', () => {
    const wholeProject = annotate(project, 'accepted');
    const parkInside = entity('PARK', '博通科技产业园');
    assert.deepEqual(mergeReview([parkInside], [wholeProject]).map((i) => i.status), ['accepted']);
    const rejectedProject = annotate(project, 'rejected');
    // Same start: the shorter span (the park) comes first.
    assert.deepEqual(mergeReview([parkInside], [rejectedProject]).map((i) => [i.label, i.status]), [
      ['PARK', 'suggested'],
      ['PROJECT', 'rejected'],
    ]);
  });

  it('keeps a suggestion of another label on a rejected span', () => {
    const rejectedAsPark = annotate(project, 'rejected');
    const items = mergeReview([project], [{ ...rejectedAsPark, label: 'PARK' }]);
    assert.deepEqual(items.map((i) => `${i.label}/${i.status}`).sort(), ['PARK/rejected', 'PROJECT/suggested']);
  });

  it('does not treat adjacent spans as overlapping', () => {
    const accepted = annotate(park, 'accepted');
    const next = { label: 'MONEY' as const, start: park.end, end: park.end + 2, text: text.slice(park.end, park.end + 2) };
    assert.deepEqual(mergeReview([next], [accepted]).map((i) => i.status), ['accepted', 'suggested']);
  });

  it('leaves orphaned annotations out and lets their suggestions through', () => {
    const orphan = { ...annotate(contract, 'accepted'), orphaned: true };
    const items = mergeReview([contract], [orphan]);
    assert.deepEqual(items.map((i) => i.status), ['suggested']);
  });

  it('carries the annotation attributes, not the suggestion ones', () => {
    const stored = annotate({ ...contract, value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' }, 'accepted');
    const [item] = mergeReview([{ ...contract, value: 1, currency: 'USD', role: 'other', scope: 'item' }], [stored]);
    assert.equal(item.value, 6.51e9);
    assert.equal(item.role, 'contract');
    assert.equal(item.currency, 'CNY');
  });
});
