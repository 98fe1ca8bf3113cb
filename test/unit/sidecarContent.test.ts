import { strict as assert } from 'node:assert';
import { createAnnotation } from '../../src/core/review/review';
import { prepareSidecarWrite, readSidecar, writesNothingNew } from '../../src/core/review/sidecarContent';
import type { PlacedAnnotations, PreparedWrite, WriteBase, WriteRefusal } from '../../src/core/review/sidecarContent';
import * as codec from '../../src/core/sidecar/sidecarSchema';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';

const text = '青禾县白鹭湾产业园昨日签约云杉新材料项目，总投资12亿元，其中一期投资4亿元。';
const now = new Date('2025-03-02T09:00:00.000Z');
const EMPTY_STATE: PlacedAnnotations = { annotations: [], unplaced: [], links: [] };

function tag(fragment: string, label: Label, id: string): Annotation {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'zhao', now, text, []), id };
}

function base(state: PlacedAnnotations = EMPTY_STATE): WriteBase {
  return { state, diskSidecar: undefined, article: 'bailuwan.txt' };
}

function written(result: PreparedWrite | WriteRefusal): PreparedWrite {
  assert.ok(!('refused' in result), `refused: ${JSON.stringify(result)}`);
  return result;
}

describe('sidecar content: what the store reads and writes', () => {
  const park = tag('白鹭湾产业园', 'PARK', 'p1');
  const project = tag('云杉新材料项目', 'PROJECT', 'j1');

  it('writes the edited annotations, placed and sorted, with the hash of the text and the change made', () => {
    const result = written(prepareSidecarWrite(base(), () => ({ annotations: [project, park], links: [] }), text, codec));
    assert.deepEqual(result.state.annotations.map((a) => a.id), ['p1', 'j1']);
    assert.deepEqual(result.change.created, ['j1', 'p1']);
    const read = readSidecar(result.content, text, codec);
    assert.equal(read.kind, 'read');
    if (read.kind !== 'read') return;
    assert.equal(read.sidecar.sha256, result.hash);
    assert.equal(read.sidecar.article, 'bailuwan.txt');
    assert.deepEqual(read.state.annotations.map((a) => a.id), ['p1', 'j1']);
    assert.equal(read.newlyOrphaned, 0);
  });

  it('places stored annotations again in changed text, and keeps those whose words are gone as orphans', () => {
    const { content } = written(prepareSidecarWrite(base(), () => ({ annotations: [park, project], links: [] }), text, codec));
    const shifted = `【简讯】${text}`;
    const moved = readSidecar(content, shifted, codec);
    assert.ok(moved.kind === 'read');
    assert.deepEqual(moved.state.annotations.map((a) => shifted.slice(a.start, a.end)), ['白鹭湾产业园', '云杉新材料项目']);
    const rewritten = readSidecar(content, text.replace('云杉新材料项目', '另一个项目'), codec);
    assert.ok(rewritten.kind === 'read');
    assert.deepEqual(rewritten.state.unplaced.map((a) => a.id), ['j1']);
    assert.equal(rewritten.newlyOrphaned, 1);
  });

  it('takes the annotations as stored when the article cannot be read', () => {
    const { content } = written(prepareSidecarWrite(base(), () => ({ annotations: [project, park], links: [] }), text, codec));
    const read = readSidecar(content, undefined, codec);
    assert.ok(read.kind === 'read');
    assert.deepEqual(read.state.annotations.map((a) => a.id), ['p1', 'j1']);
  });

  it('reports a content that is not a sidecar, without placing anything', () => {
    const read = readSidecar('{"format": "something else"', text, codec);
    assert.equal(read.kind, 'problem');
  });

  it('refuses an edit that throws, a result the schema rejects, and an annotation off its words', () => {
    const failed = prepareSidecarWrite(base(), () => {
      throw new Error('no such annotation');
    }, text, codec);
    assert.deepEqual(failed, { refused: 'failed', message: 'no such annotation' });
    const invalid = prepareSidecarWrite(base(), () => ({ annotations: [{ ...park, start: -3 }], links: [] }), text, codec);
    assert.ok('refused' in invalid && invalid.refused === 'invalid', JSON.stringify(invalid));
    const misplaced = prepareSidecarWrite(base(), () => ({ annotations: [{ ...park, start: park.start + 1, end: park.end + 1 }], links: [] }), text, codec);
    assert.deepEqual(misplaced, { refused: 'misplaced', text: '白鹭湾产业园' });
  });

  it('drops links whose ends the edit deleted', () => {
    const money = { ...tag('12亿元', 'MONEY', 'm1'), value: 1.2e9, currency: 'CNY' };
    const link = { id: 'l1', kind: 'project' as const, from: 'm1', to: 'j1', status: 'accepted' as const, author: 'zhao', time: now.toISOString() };
    const state: PlacedAnnotations = { annotations: [park, project, money], unplaced: [], links: [link] };
    const kept = written(prepareSidecarWrite(base(state), (current) => current, text, codec));
    assert.equal(kept.state.links.length, 1);
    const dropped = written(prepareSidecarWrite(base(state), (current) => ({ ...current, annotations: [park, money] }), text, codec));
    assert.deepEqual(dropped.state.links, []);
  });

  it('sees nothing new in a write of what is on disk already', () => {
    const { content } = written(prepareSidecarWrite(base(), () => ({ annotations: [park], links: [] }), text, codec));
    assert.ok(writesNothingNew(content, content, codec));
    assert.equal(writesNothingNew(content, undefined, codec), false);
    const other = written(prepareSidecarWrite(base(), () => ({ annotations: [project], links: [] }), text, codec));
    assert.equal(writesNothingNew(other.content, content, codec), false);
  });
});
