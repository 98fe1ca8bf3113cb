import { strict as assert } from 'node:assert';
import { annotationsAfterEdit } from '../../src/core/review/annotationsAfterEdit';
import type { TextChange } from '../../src/core/review/annotationEdits';
import { createAnnotation } from '../../src/core/review/review';
import { recognize } from '../../src/core/recognition/recognize';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';

const text = '松岭经济开发区引进晨帆储能项目，计划投资3亿元。';
const now = new Date('2025-04-11T02:00:00.000Z');

function tag(fragment: string, label: Label, id: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'sun', now, text, []), ...extra, id };
}

function apply(before: string, change: TextChange): string {
  return before.slice(0, change.rangeOffset) + change.text + before.slice(change.rangeOffset + change.rangeLength);
}

function reader(after: string) {
  return (start: number, end: number) => after.slice(start, end);
}

describe('annotations after a live edit', () => {
  const park = tag('松岭经济开发区', 'PARK', 'p1');
  const project = tag('晨帆储能项目', 'PROJECT', 'j1');
  const money = tag('3亿元', 'MONEY', 'm1', { value: 3e8, currency: 'CNY' });

  it('moves annotations with inserted text and keeps them sorted', () => {
    const change: TextChange = { rangeOffset: 0, rangeLength: 0, text: '本报讯 ' };
    const after = apply(text, change);
    const edited = annotationsAfterEdit([park, project], [], [change], reader(after), false, recognize);
    assert.ok(edited.changed);
    assert.deepEqual(edited.annotations.map((a) => after.slice(a.start, a.end)), ['松岭经济开发区', '晨帆储能项目']);
    assert.equal(edited.removed, 0);
  });

  it('gives an amount whose words changed the value the engine reads in them', () => {
    const change: TextChange = { rangeOffset: money.start, rangeLength: 1, text: '5' };
    const edited = annotationsAfterEdit([park, money], [], [change], reader(apply(text, change)), false, recognize);
    const followed = edited.annotations.find((a) => a.id === 'm1');
    assert.equal(followed?.text, '5亿元');
    assert.equal(followed?.value, 5e8);
  });

  it('keeps what a deleting edit removed, and restores it when an undo brings its words back', () => {
    const deletion: TextChange = { rangeOffset: project.start, rangeLength: project.end - project.start, text: '' };
    const deleted = apply(text, deletion);
    const afterDelete = annotationsAfterEdit([park, project], [], [deletion], reader(deleted), false, recognize);
    assert.equal(afterDelete.removed, 1);
    assert.deepEqual(afterDelete.annotations.map((a) => a.id), ['p1']);
    assert.deepEqual(afterDelete.recentlyRemoved.map((a) => a.id), ['j1']);

    const undo: TextChange = { rangeOffset: project.start, rangeLength: 0, text: project.text };
    const back = annotationsAfterEdit(afterDelete.annotations, afterDelete.recentlyRemoved, [undo], reader(apply(deleted, undo)), true, recognize);
    assert.deepEqual(back.annotations.map((a) => a.id), ['p1', 'j1']);
    assert.deepEqual(back.recentlyRemoved, []);

    const retyped = annotationsAfterEdit(afterDelete.annotations, afterDelete.recentlyRemoved, [undo], reader(apply(deleted, undo)), false, recognize);
    assert.deepEqual(retyped.annotations.map((a) => a.id), ['p1'], 'typing the words again is no undo');
    assert.deepEqual(retyped.recentlyRemoved.map((a) => a.id), ['j1']);
  });
});
