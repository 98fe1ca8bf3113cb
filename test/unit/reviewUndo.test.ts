import { strict as assert } from 'node:assert';
import { createAnnotation } from '../../src/core/review/review';
import { isEmptyChange, recordReviewChange, reviewChange, revertReviewChange } from '../../src/core/review/reviewUndo';
import type { ReviewChange } from '../../src/core/review/reviewUndo';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';

const text = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。其中，博通科技产业园项目总投资50亿元。';
const now = new Date('2024-05-01T08:00:00.000Z');

function annotation(fragment: string, label: Label, extra: Partial<Annotation> = {}, ids: string[] = []): Annotation {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'li', now, text, ids), ...extra, id: extra.id ?? `id-${fragment}` };
}

describe('undo of review actions', () => {
  const park = annotation('新余高新区', 'PARK');
  const money = annotation('65.1亿元', 'MONEY', { value: 6_510_000_000, currency: 'CNY', role: 'contract', scope: 'aggregate' });

  it('takes back annotations an action created (accept, accept all), and nothing else', () => {
    const added = annotation('50亿元', 'MONEY', { value: 5e9, currency: 'CNY' });
    const change = reviewChange([park], [park, added]);
    assert.deepEqual(change.created, [added.id]);
    assert.deepEqual(revertReviewChange([park, added, money], change, text), [park, money]);
  });

  it('gives a changed annotation its review back (status, label, role, value) where it sits now', () => {
    const relabelled: Annotation = { ...park, label: 'PROJECT', status: 'accepted', author: 'wang', time: '2024-06-01T00:00:00.000Z' };
    const change = reviewChange([park, money], [relabelled, money]);
    assert.equal(change.before.length, 1);
    // Meanwhile the text moved: the annotation sits 3 units later.
    const moved: Annotation = { ...relabelled, start: relabelled.start + 3, end: relabelled.end + 3, before: 'xyz' };
    const [reverted] = revertReviewChange([moved, money], change, text);
    assert.equal(reverted.label, 'PARK');
    assert.equal(reverted.author, 'li');
    assert.equal(reverted.start, moved.start, 'the place is the current one');
    assert.equal(reverted.before, 'xyz');

    const byHand: Annotation = { ...money, value: 7e9, valueSetByHand: true };
    const back = revertReviewChange([park, byHand], reviewChange([park, money], [park, byHand]), text).find((a) => a.id === money.id);
    assert.equal(back?.value, 6_510_000_000);
    assert.equal('valueSetByHand' in back!, false, 'a field the action added goes');
  });

  it('puts a removed annotation back, placed again in the current text', () => {
    const change = reviewChange([park, money], [park]);
    const shifted = `【本报讯】${text}`;
    const restored = revertReviewChange([park], change, shifted).find((a) => a.id === money.id);
    assert.ok(restored);
    assert.equal(shifted.slice(restored.start, restored.end), '65.1亿元');
    assert.equal(restored.orphaned, undefined);
    const gone = revertReviewChange([park], change, '全文已改写').find((a) => a.id === money.id);
    assert.equal(gone?.orphaned, true, 'kept as orphaned when its words are gone');
  });

  it('records review actions latest last, skips empty ones and forgets the oldest beyond a hundred', () => {
    const history: ReviewChange[] = [];
    recordReviewChange(history, { before: [], created: [] });
    assert.equal(history.length, 0);
    for (let i = 0; i < 101; i++) recordReviewChange(history, { before: [], created: [`a${i}`] });
    assert.equal(history.length, 100);
    assert.deepEqual(history[0].created, ['a1']);
    assert.deepEqual(history[99].created, ['a100']);
  });

  it('sees no change in a write that only moved annotations or changed nothing', () => {
    assert.ok(isEmptyChange(reviewChange([park, money], [park, money])));
    assert.ok(isEmptyChange(reviewChange([park], [{ ...park, start: park.start + 1, end: park.end + 1 }])));
    assert.equal(isEmptyChange(reviewChange([park], [{ ...park, status: 'rejected' }])), false);
  });
});
