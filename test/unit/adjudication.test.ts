// Adjudication of several annotators' versions: the diff into unanimous annotations and
// disagreements, decisions applied, and a re-merge after an annotator changed their file that
// keeps the decisions about places that did not change.
import { strict as assert } from 'node:assert';
import { adjudicate, editedSinceAdjudication, type AdjudicationInput } from '../../src/core/adjudication/adjudicate';
import { readAdjudicationRecord, type Decision } from '../../src/core/adjudication/adjudicationRecord';
import { diffVersions, type AnnotatorFile } from '../../src/core/adjudication/diffVersions';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar, serializeSidecar, type Annotation, type Link } from '../../src/core/sidecar/sidecarSchema';
import type { Entity } from '../../src/core/types';

const TEXT = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。其中，𠀀博通科技产业园项目总投资50亿元。';

function tag(fragment: string, label: Entity['label'], id: string, extra: Partial<Entity> = {}, status: Annotation['status'] = 'accepted'): Annotation {
  const start = TEXT.indexOf(fragment);
  assert.ok(start >= 0, fragment);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, status, 'x', new Date('2026-12-01T00:00:00Z'), TEXT, []), id };
}

function link(id: string, kind: Link['kind'], from: string, to: string): Link {
  return { id, kind, from, to, status: 'accepted', author: 'x', time: '2026-12-01T00:00:00Z' };
}

function file(annotator: string, annotations: Annotation[], links: Link[] = []): AnnotatorFile {
  return { annotator, fileHash: annotator.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a'), annotations, links };
}

const park = tag('新余高新区', 'PARK', 'a1');
const shortPark = tag('新余高新', 'PARK', 'b1');
const contract = tag('65.1亿元', 'MONEY', 'a2', { value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' });
const project = tag('𠀀博通科技产业园项目', 'PROJECT', 'a3');
const invest = tag('50亿元', 'MONEY', 'a4', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' });

// alice and bob agree on the contract amount and the project; they differ on the park's
// boundary, on the role of the 50亿元, and bob links the 50亿元 to the project.
const alice = () => file('alice', [park, contract, project, invest]);
const bob = () => file('bob', [shortPark, { ...contract, id: 'b2' }, { ...project, id: 'b3' }, { ...invest, id: 'b4', role: 'contract' }], [link('L1', 'project', 'b4', 'b3')]);

function input(files: AnnotatorFile[], decisions: Decision[] = []): AdjudicationInput {
  return { text: TEXT, article: 'a.txt', files, decisions, adjudicator: 'carol', now: '2026-12-03T00:00:00.000Z' };
}

describe('diffVersions', () => {
  it('splits the versions into the unanimous annotations and one disagreement per place', () => {
    const diff = diffVersions([alice(), bob()]);
    assert.deepEqual(diff.unanimous.map((c) => c.annotation.text), ['65.1亿元', '𠀀博通科技产业园项目']);
    assert.deepEqual(diff.disagreements.map((d) => TEXT.slice(d.start, d.end)), ['新余高新区', '50亿元']);
    const money = diff.disagreements[1];
    assert.deepEqual(money.versions.map((v) => v.claims.map((c) => [c.annotation.role, c.links.length])), [[['investment', 0]], [['contract', 1]]]);
  });

  it('counts a link alone as a disagreement, and a span only one annotator marked', () => {
    const withLink = file('bob', [{ ...invest, id: 'b4' }, { ...project, id: 'b3' }], [link('L1', 'project', 'b4', 'b3')]);
    const diff = diffVersions([file('alice', [invest, project]), withLink]);
    assert.deepEqual(diff.disagreements.map((d) => TEXT.slice(d.start, d.end)), ['50亿元']);
    const onlyOne = diffVersions([file('alice', [park]), file('bob', [])]);
    assert.equal(onlyOne.disagreements.length, 1);
    assert.deepEqual(onlyOne.disagreements[0].versions.map((v) => v.claims.length), [1, 0]);
  });

  it('gives a disagreement the same key whatever the order of the files or the annotators\' ids, and another when a version of it changes', () => {
    const [first] = diffVersions([alice(), bob()]).disagreements;
    const [reordered] = diffVersions([bob(), alice()]).disagreements;
    assert.equal(first.key, reordered.key);
    const renamed = file('bob', [{ ...shortPark, id: 'zz' }]);
    assert.equal(diffVersions([alice(), renamed]).disagreements[0].key, first.key);
    const changed = file('bob', [{ ...tag('高新区', 'PARK', 'b1') }]);
    assert.notEqual(diffVersions([alice(), changed]).disagreements[0].key, first.key);
  });
});

describe('adjudicate', () => {
  it('writes the unanimous annotations and the versions taken, and leaves undecided places out as open', () => {
    const first = adjudicate(input([alice(), bob()]));
    assert.equal(first.open.length, 2);
    assert.deepEqual(first.sidecar.annotations.map((a) => a.text), ['65.1亿元', '𠀀博通科技产业园项目']);
    const [parkPlace, moneyPlace] = first.open;
    const decided = adjudicate(input([alice(), bob()], [{ key: parkPlace.key, take: ['bob'], place: '' }, { key: moneyPlace.key, take: ['bob'], place: '' }]));
    assert.equal(decided.open.length, 0);
    const texts = decided.sidecar.annotations.map((a) => `${a.text}/${a.role ?? ''}`).sort();
    assert.deepEqual(texts, ['50亿元/contract', '65.1亿元/contract', '新余高新/', '𠀀博通科技产业园项目/'].sort());
    const links = decided.sidecar.links ?? [];
    assert.equal(links.length, 1, 'bob\'s link comes with his version of the amount');
    const byId = new Map(decided.sidecar.annotations.map((a) => [a.id, a]));
    assert.equal(byId.get(links[0].to)?.text, '𠀀博通科技产业园项目', 'the link points at the unanimous project (alice\'s copy, alice\'s id)');
    const reread = parseSidecar(serializeSidecar(decided.sidecar));
    assert.ok(reread.ok, 'a valid sidecar');
    const record = readAdjudicationRecord(reread.sidecar);
    assert.ok(record.ok && record.record);
    assert.deepEqual(record.record.decisions.map((d) => d.take), [['bob'], ['bob']]);
    assert.deepEqual(record.record.versions.map((v) => v.annotator), ['alice', 'bob']);
    assert.equal(record.record.adjudicator, 'carol');
  });

  it('takes both versions, or neither', () => {
    const [parkPlace] = diffVersions([alice(), bob()]).disagreements;
    const both = adjudicate(input([alice(), bob()], [{ key: parkPlace.key, take: ['alice', 'bob'], place: '' }]));
    assert.deepEqual(both.sidecar.annotations.filter((a) => a.label === 'PARK').map((a) => a.text), ['新余高新区', '新余高新']);
    const neither = adjudicate(input([alice(), bob()], [{ key: parkPlace.key, take: [], place: '' }]));
    assert.deepEqual(neither.sidecar.annotations.filter((a) => a.label === 'PARK'), []);
    assert.equal(neither.open.length, 1, 'only the money place is still open');
  });

  it('keeps every annotator\'s rejection unless an annotation of that span and label was taken, and gives clashing ids a suffix', () => {
    const rejectedByBob = { ...tag('新余高新区', 'PARK', 'a1', {}, 'rejected') };
    const result = adjudicate(input([file('alice', [contract]), file('bob', [{ ...contract }, rejectedByBob])]));
    assert.deepEqual(result.sidecar.annotations.map((a) => [a.id, a.status]), [['a2', 'accepted'], ['a1', 'rejected']]);
    const clash = adjudicate(input([file('alice', [contract, park]), file('bob', [{ ...contract }, { ...shortPark, id: 'a1' }])]));
    const key = clash.open[0].key;
    const both = adjudicate(input([file('alice', [contract, park]), file('bob', [{ ...contract }, { ...shortPark, id: 'a1' }])], [{ key, take: ['alice', 'bob'], place: '' }]));
    assert.deepEqual(both.sidecar.annotations.map((a) => a.id).sort(), ['a1', 'a1-2', 'a2']);
  });

  it('keeps a rejected link between spans the result holds, unless another annotator\'s accepted link was taken', () => {
    const rejected = (id: string, from: string, to: string): Link => ({ ...link(id, 'project', from, to), status: 'rejected' });
    // Both marked the amount and the project alike; alice rejected the suggested link between them.
    const silenced = adjudicate(input([file('alice', [invest, project], [rejected('R1', 'a4', 'a3')]), file('bob', [{ ...invest, id: 'b4' }, { ...project, id: 'b3' }])]));
    assert.deepEqual(silenced.sidecar.links?.map((l) => [l.kind, l.from, l.to, l.status]), [['project', 'a4', 'a3', 'rejected']]);
    assert.ok(parseSidecar(serializeSidecar(silenced.sidecar)).ok, 'the result is a valid sidecar');
    // bob accepted that link; taking bob's version keeps his link and drops alice's rejection of it.
    const files = [file('alice', [invest, project], [rejected('R1', 'a4', 'a3')]), file('bob', [{ ...invest, id: 'b4' }, { ...project, id: 'b3' }], [link('L1', 'project', 'b4', 'b3')])];
    const [place] = diffVersions(files).disagreements;
    const taken = adjudicate(input(files, [{ key: place.key, take: ['bob'], place: '' }]));
    assert.deepEqual(taken.sidecar.links?.map((l) => l.status), ['accepted']);
    // A rejected link whose amount is not in the result is not carried.
    const gone = adjudicate(input([file('alice', [project], [rejected('R1', 'a4', 'a3')]), file('bob', [{ ...project, id: 'b3' }])]));
    assert.deepEqual(gone.sidecar.links, []);
  });

  it('merges again after an annotator changed their file, keeping the decisions about places that did not change', () => {
    const first = adjudicate(input([alice(), bob()]));
    const decisions = first.open.map((d, i) => ({ key: d.key, take: [i === 0 ? 'alice' : 'bob'], place: '' }));
    const decided = adjudicate(input([alice(), bob()], decisions));
    // bob changes the park boundary again; the money place stays as it was.
    const changedBob = file('bob', [tag('高新区', 'PARK', 'b1'), ...bob().annotations.slice(1)], [...bob().links]);
    const again = adjudicate({ ...input([alice(), changedBob], decided.decisions), previous: decided.sidecar, previousRecord: readRecord(decided) });
    assert.equal(again.staleDecisions, 1, 'the park place changed: its decision no longer applies');
    assert.equal(again.decisions.length, 1, 'the money decision is kept');
    assert.equal(again.open.length, 1);
    assert.equal(TEXT.slice(again.open[0].start, again.open[0].end), '新余高新区');
    assert.ok(again.sidecar.annotations.some((a) => a.text === '50亿元' && a.role === 'contract'), 'bob\'s amount, as decided before');
  });

  it('keeps the record\'s time when nothing it records changed, so a rerun rewrites nothing', () => {
    const decisions = adjudicate(input([alice(), bob()])).open.map((d) => ({ key: d.key, take: ['alice'], place: '' }));
    const once = adjudicate(input([alice(), bob()], decisions));
    const twice = adjudicate({ ...input([alice(), bob()], once.decisions), now: '2027-01-01T00:00:00.000Z', adjudicator: 'dave', previous: once.sidecar, previousRecord: readRecord(once) });
    assert.equal(serializeSidecar(twice.sidecar), serializeSidecar(once.sidecar));
    const changed = adjudicate({ ...input([alice(), bob()], once.decisions.slice(1)), now: '2027-01-01T00:00:00.000Z', previous: once.sidecar, previousRecord: readRecord(once) });
    assert.notEqual(readRecord(changed).time, readRecord(once).time);
  });
});

describe('editedSinceAdjudication', () => {
  it('tells an adjudicated file changed afterwards (an annotation removed, a role set) from one as written or reordered', () => {
    const decisions = adjudicate(input([alice(), bob()])).open.map((d) => ({ key: d.key, take: ['bob'], place: '' }));
    const written = parseSidecar(serializeSidecar(adjudicate(input([alice(), bob()], decisions)).sidecar));
    assert.ok(written.ok);
    const record = readRecord(written);
    assert.equal(editedSinceAdjudication(written.sidecar, record), false);
    assert.equal(editedSinceAdjudication({ ...written.sidecar, annotations: [...written.sidecar.annotations].reverse() }, record), false, 'order does not matter');
    assert.equal(editedSinceAdjudication({ ...written.sidecar, annotations: written.sidecar.annotations.slice(1) }, record), true);
    const retyped = written.sidecar.annotations.map((a) => (a.label === 'MONEY' ? { ...a, role: 'investment' as const } : a));
    assert.equal(editedSinceAdjudication({ ...written.sidecar, annotations: retyped }, record), true);
  });
});

describe('readAdjudicationRecord', () => {
  it('reads none from an ordinary sidecar and names the field of a broken record', () => {
    const plain = adjudicate(input([alice(), bob()])).sidecar;
    const ordinary = { ...plain } as typeof plain & { adjudication?: unknown };
    delete ordinary.adjudication;
    assert.deepEqual(readAdjudicationRecord(ordinary), { ok: true, record: undefined });
    const broken = readAdjudicationRecord({ ...ordinary, adjudication: { adjudicator: 'c', time: 'yesterday', versions: [], decisions: [], open: 0 } } as typeof ordinary);
    assert.ok(!broken.ok && broken.problem.startsWith('adjudication.time'), JSON.stringify(broken));
  });
});

function readRecord(result: { sidecar: Parameters<typeof readAdjudicationRecord>[0] }) {
  const read = readAdjudicationRecord(result.sidecar);
  assert.ok(read.ok && read.record);
  return read.record;
}
