// Links as pure edits of the stored annotations (accept, reject, remove, drop with their spans,
// kept across re-anchoring and edits) and as the user reviews them (accepted over suggested,
// rejected silencing exactly its suggestion), plus the quick pick's candidates.
import { strict as assert } from 'node:assert';
import { moveAnnotations } from '../../src/core/review/annotationEdits';
import { linkCandidates, linkKindsFor, sentenceAround } from '../../src/core/links/linkCandidates';
import { decideLinks, keepFittingLinks, removeLinks, repointLinks, setLink, withAnnotations } from '../../src/core/links/linkEdits';
import type { LinkedAnnotations, LinkProposal } from '../../src/core/links/linkEdits';
import { LinkIndex } from '../../src/core/links/linkReview';
import { reanchorAnnotations } from '../../src/core/review/reanchor';
import { createAnnotation, mergeReview } from '../../src/core/review/review';
import type { ReviewItem } from '../../src/core/review/review';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity, Label } from '../../src/core/types';

const text = '临江高新区发布通告。星河新材料有限公司投资20亿元建设星河新材料产业园项目。另有远洋物流有限公司投资3亿元建设仓储中心项目。';
const now = new Date('2026-02-01T08:00:00.000Z');
const reviewer = { author: 'chen', now, text };

function span(label: Label, fragment: string, extra: Partial<Entity> = {}): Entity {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `fixture holds ${fragment}`);
  return { label, start, end: start + fragment.length, text: fragment, ...extra };
}

const park = span('PARK', '临江高新区');
const company = span('COMPANY', '星河新材料有限公司');
const money = span('MONEY', '20亿元', { value: 2e9, currency: 'CNY', role: 'investment', scope: 'item' });
const project = span('PROJECT', '星河新材料产业园项目');
const otherCompany = span('COMPANY', '远洋物流有限公司');
const otherMoney = span('MONEY', '3亿元', { value: 3e8, currency: 'CNY', role: 'investment', scope: 'item' });
const otherProject = span('PROJECT', '仓储中心项目');
const engine = [park, company, money, project, otherCompany, otherMoney, otherProject];

const empty: LinkedAnnotations = { annotations: [], links: [] };
const item = (state: LinkedAnnotations, entity: Entity): ReviewItem => {
  const found = mergeReview(engine, state.annotations).find((i) => i.start === entity.start && i.end === entity.end && i.label === entity.label);
  assert.ok(found, `${entity.text} is an item`);
  return found;
};
const proposal = (state: LinkedAnnotations, kind: LinkProposal['kind'], amount: Entity, target: Entity): LinkProposal => ({ kind, amount: item(state, amount), target: item(state, target) });
const idOf = (state: LinkedAnnotations, entity: Entity) => state.annotations.find((a) => a.start === entity.start && a.label === entity.label)?.id;

/** The state as the store would write it: must be a valid sidecar. */
function assertValid(state: LinkedAnnotations): void {
  const parsed = parseSidecar(serializeSidecar({ format: 'invest-news-annotations', version: 2, article: 'a.txt', sha256: hashText(text), annotations: [...state.annotations], links: [...state.links] }));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
}

describe('link edits', () => {
  it('accepting a link whose ends are suggestions accepts both spans and stores the link by id', () => {
    const state = decideLinks(empty, [proposal(empty, 'project', money, project)], 'accepted', reviewer);
    assert.deepEqual(state.annotations.map((a) => [a.label, a.text, a.status]), [['MONEY', '20亿元', 'accepted'], ['PROJECT', '星河新材料产业园项目', 'accepted']]);
    assert.equal(state.annotations[0].value, 2e9, 'the amount keeps its attributes');
    assert.deepEqual(state.links.map(({ kind, from, to, status, author, time }) => ({ kind, from, to, status, author, time })), [
      { kind: 'project', from: idOf(state, money), to: idOf(state, project), status: 'accepted', author: 'chen', time: now.toISOString() },
    ]);
    assertValid(state);
  });

  it('accepts a rejected end again, and reuses an accepted one', () => {
    const rejectedProject = createAnnotation(project, 'rejected', 'li', new Date(0), text, []);
    const acceptedMoney = createAnnotation(money, 'accepted', 'li', new Date(0), text, [rejectedProject.id]);
    const start: LinkedAnnotations = { annotations: [rejectedProject, acceptedMoney], links: [] };
    const state = decideLinks(start, [{ kind: 'project', amount: { ...money, annotation: acceptedMoney }, target: { ...project, annotation: rejectedProject } }], 'accepted', reviewer);
    assert.equal(state.annotations.length, 2, 'no new annotation');
    assert.equal(state.annotations.find((a) => a.id === rejectedProject.id)?.status, 'accepted');
    assert.equal(state.annotations.find((a) => a.id === acceptedMoney.id), acceptedMoney, 'an accepted end is left as it is');
    assert.equal(start.annotations[0].status, 'rejected', 'the input is not changed');
  });

  it('keeps at most one accepted link of a kind: a new one replaces the old', () => {
    let state = decideLinks(empty, [proposal(empty, 'project', money, project)], 'accepted', reviewer);
    state = decideLinks(state, [proposal(state, 'project', money, otherProject)], 'accepted', reviewer);
    assert.deepEqual(state.links.map((l) => [l.kind, l.to]), [['project', idOf(state, otherProject)]]);
    assertValid(state);
  });

  it('rejecting a link replaces an accepted decision on exactly that link, not the others', () => {
    let state = decideLinks(empty, [proposal(empty, 'project', money, project), proposal(empty, 'company', money, company)], 'accepted', reviewer);
    state = decideLinks(state, [proposal(state, 'project', money, project)], 'rejected', reviewer);
    assert.deepEqual(state.links.map((l) => [l.kind, l.status]).sort(), [['company', 'accepted'], ['project', 'rejected']]);
    assertValid(state);
  });

  it('link ids are unique among annotation and link ids', () => {
    const state = decideLinks(empty, [proposal(empty, 'project', money, project), proposal(empty, 'park', money, park), proposal(empty, 'company', money, company)], 'accepted', reviewer);
    const ids = [...state.annotations.map((a) => a.id), ...state.links.map((l) => l.id)];
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(state.links.length, 3);
    assertValid(state);
  });

  it('refuses a link from a non-amount or to a span of the wrong label', () => {
    assert.throws(() => decideLinks(empty, [{ kind: 'park', amount: item(empty, park), target: item(empty, park) }], 'accepted', reviewer), /starts at an amount/);
    assert.throws(() => decideLinks(empty, [{ kind: 'park', amount: item(empty, money), target: item(empty, project) }], 'accepted', reviewer), /park link points at a PARK/);
  });

  it('removes a link by id; setLink between stored ids', () => {
    const base = decideLinks(empty, [proposal(empty, 'project', money, project)], 'accepted', reviewer);
    const removed = removeLinks(base, [base.links[0].id]);
    assert.deepEqual(removed.links, []);
    assert.equal(removed.annotations, base.annotations, 'the spans stay');
    const again = setLink(removed, { kind: 'project', from: idOf(base, money) as string, to: idOf(base, project) as string }, 'accepted', reviewer);
    assert.equal(again.links.length, 1);
  });

  it('deleting or relabelling an annotation drops its links; other edits keep the same array', () => {
    const state = decideLinks(empty, [proposal(empty, 'project', money, project), proposal(empty, 'park', money, park)], 'accepted', reviewer);
    const projectId = idOf(state, project);
    const withoutProject = withAnnotations(state, state.annotations.filter((a) => a.id !== projectId));
    assert.deepEqual(withoutProject.links.map((l) => l.kind), ['park']);
    const relabelled = withAnnotations(state, state.annotations.map((a) => (a.id === projectId ? { ...a, label: 'COMPANY' as const } : a)));
    assert.deepEqual(relabelled.links.map((l) => l.kind), ['park']);
    const retimed = state.annotations.map((a) => ({ ...a, author: 'other' }));
    assert.equal(keepFittingLinks(state.links, retimed), state.links);
    assertValid(withoutProject);
  });

  it('moves links onto the annotation that replaced a span (corrected boundaries), keeping one of each kind', () => {
    let state = decideLinks(empty, [proposal(empty, 'project', money, project), proposal(empty, 'park', money, park)], 'accepted', reviewer);
    const projectId = idOf(state, project) as string;
    assert.equal(repointLinks(state.links, new Map()), state.links);
    const moved = repointLinks(state.links, new Map([[projectId, 'a-new']]));
    assert.deepEqual(moved.map((l) => [l.kind, l.to]), [['project', 'a-new'], ['park', idOf(state, park)]]);
    assert.equal(moved[1], state.links[1], 'links that do not move stay the same objects');
    // Two amounts merged into one: each brought a project link; the first is kept.
    state = decideLinks(state, [proposal(state, 'project', otherMoney, otherProject)], 'accepted', reviewer);
    const merged = repointLinks(state.links, new Map([[idOf(state, otherMoney) as string, idOf(state, money) as string]]));
    assert.deepEqual(merged.map((l) => [l.kind, l.to]), [['project', projectId], ['park', idOf(state, park)]]);
  });

  it('keeps links across re-anchoring and live edits, which keep annotation ids', () => {
    const state = decideLinks(empty, [proposal(empty, 'project', money, project), proposal(empty, 'company', money, company)], 'accepted', reviewer);
    const newText = `【快讯】${text}`;
    const { placed, orphaned } = reanchorAnnotations(state.annotations, newText);
    assert.equal(orphaned.length, 0);
    assert.equal(keepFittingLinks(state.links, placed), state.links);
    const moved = moveAnnotations(state.annotations, [{ rangeOffset: 0, rangeLength: 0, text: '【快讯】' }], newText);
    assert.ok(moved.changed);
    assert.equal(keepFittingLinks(state.links, moved.annotations), state.links);
    const index = new LinkIndex(mergeReview([], moved.annotations), [], state.links);
    const amount = mergeReview([], moved.annotations).find((i) => i.label === 'MONEY') as ReviewItem;
    assert.deepEqual(index.linksOf(amount).map((l) => [l.kind, l.target.text, l.target.start]), [
      ['project', project.text, project.start + 4],
      ['company', company.text, company.start + 4],
    ]);
  });
});

describe('LinkIndex', () => {
  const suggested: Entity[] = engine.map((e) =>
    e === money ? { ...e, links: { project: { start: project.start, end: project.end }, company: { start: company.start, end: company.end }, park: { start: park.start, end: park.end } } } : e,
  );

  it('shows the engine\'s links of an amount as suggested, and the amounts of a target', () => {
    const items = mergeReview(suggested, []);
    const index = new LinkIndex(items, suggested, []);
    const amount = item(empty, money);
    assert.deepEqual(index.linksOf(amount).map((l) => [l.kind, l.status, l.target.text]), [
      ['project', 'suggested', project.text],
      ['company', 'suggested', company.text],
      ['park', 'suggested', park.text],
    ]);
    assert.deepEqual(index.amountsOf(item(empty, park)).map((l) => l.amount.text), ['20亿元']);
    assert.deepEqual(index.linksOf(item(empty, otherMoney)), []);
    assert.equal(index.suggested().length, 3);
  });

  it('takes the engine\'s links from an array parallel to the suggestions when given', () => {
    const items = mergeReview(engine, []);
    const parallel = engine.map((e) => (e === money ? { park: { start: park.start, end: park.end } } : undefined));
    const index = new LinkIndex(items, engine, [], parallel);
    assert.deepEqual(index.linksOf(item(empty, money)).map((l) => [l.kind, l.target.text]), [['park', park.text]]);
    assert.deepEqual(new LinkIndex(items, suggested, [], engine.map(() => undefined)).linksOf(item(empty, money)), [], 'the parallel array speaks for the entities');
  });

  it('a stored accepted link overrides the suggestion of its kind', () => {
    const state = decideLinks(empty, [proposal(empty, 'project', money, otherProject)], 'accepted', reviewer);
    const items = mergeReview(suggested, state.annotations);
    const index = new LinkIndex(items, suggested, state.links);
    const project0 = index.linksOf(items.find((i) => i.label === 'MONEY' && i.start === money.start) as ReviewItem)[0];
    assert.deepEqual([project0.kind, project0.status, project0.target.text, project0.link?.id], ['project', 'accepted', otherProject.text, state.links[0].id]);
    assert.deepEqual(index.amountsOf(items.find((i) => i.start === project.start && i.label === 'PROJECT') as ReviewItem), [], 'the suggested project no longer lists the amount');
    assert.equal(index.suggested().length, 2);
  });

  it('a stored rejected link silences exactly its suggestion', () => {
    const state = decideLinks(empty, [proposal(empty, 'park', money, park)], 'rejected', reviewer);
    const items = mergeReview(suggested, state.annotations);
    const amount = items.find((i) => i.label === 'MONEY' && i.start === money.start) as ReviewItem;
    assert.deepEqual(new LinkIndex(items, suggested, state.links).linksOf(amount).map((l) => l.kind), ['project', 'company']);
    // The engine now suggests another park: that suggestion is not silenced.
    const otherPark = { label: 'PARK' as const, start: otherProject.start, end: otherProject.end, text: otherProject.text };
    const moved = suggested.map((e) => (e === suggested[2] ? { ...e, links: { park: { start: otherPark.start, end: otherPark.end } } } : e));
    const withPark = [...moved.filter((e) => e.start !== otherProject.start), otherPark].sort((a, b) => a.start - b.start);
    const items2 = mergeReview(withPark, state.annotations);
    assert.deepEqual(new LinkIndex(items2, withPark, state.links).linksOf(amount).map((l) => [l.kind, l.target.text]), [['park', otherPark.text]]);
  });

  it('shows no links for a rejected amount, nor a suggestion to a rejected span', () => {
    const rejectedMoney = createAnnotation(money, 'rejected', 'li', now, text, []);
    const rejectedPark = createAnnotation(park, 'rejected', 'li', now, text, [rejectedMoney.id]);
    const items = mergeReview(suggested, [rejectedMoney]);
    assert.deepEqual(new LinkIndex(items, suggested, []).linksOf(items.find((i) => i.label === 'MONEY' && i.start === money.start) as ReviewItem), []);
    const items2 = mergeReview(suggested, [rejectedPark]);
    const amount = items2.find((i) => i.label === 'MONEY' && i.start === money.start) as ReviewItem;
    assert.deepEqual(new LinkIndex(items2, suggested, []).linksOf(amount).map((l) => l.kind), ['project', 'company']);
  });

  it('resolves a suggestion onto the accepted span that corrected its boundaries', () => {
    const shorter = { ...project, end: project.end - 2, text: project.text.slice(0, -2) };
    const corrected = createAnnotation(shorter, 'accepted', 'li', now, text, []);
    const items = mergeReview(suggested, [corrected]);
    const amount = items.find((i) => i.label === 'MONEY' && i.start === money.start) as ReviewItem;
    const link = new LinkIndex(items, suggested, []).linksOf(amount)[0];
    assert.deepEqual([link.kind, link.target.text, link.target.status], ['project', shorter.text, 'accepted']);
  });

  it('hides an accepted link whose target is orphaned (and lets the suggestion show)', () => {
    const state = decideLinks(empty, [proposal(empty, 'project', money, otherProject)], 'accepted', reviewer);
    const orphaned = state.annotations.map((a) => (a.label === 'PROJECT' ? { ...a, orphaned: true } : a));
    const items = mergeReview(suggested, orphaned);
    const amount = items.find((i) => i.label === 'MONEY' && i.start === money.start) as ReviewItem;
    assert.deepEqual(new LinkIndex(items, suggested, state.links).linksOf(amount)[0].status, 'suggested');
  });
});

describe('link candidates', () => {
  it('lists the spans of a label nearest the amount first, leaving out rejected ones', () => {
    const items = mergeReview(engine, [createAnnotation(otherProject, 'rejected', 'li', now, text, [])]);
    assert.deepEqual(linkCandidates(items, otherMoney, 'COMPANY').map((c) => c.item.text), [otherCompany.text, company.text]);
    assert.deepEqual(linkCandidates(items, money, 'PROJECT').map((c) => [c.item.text, c.distance]), [[project.text, 2]]);
  });

  it('offers the kinds of link the guidelines allow: none for a threshold, a park for an aggregate', () => {
    assert.deepEqual(linkKindsFor({ role: 'investment', scope: 'item' }), ['project', 'company', 'park']);
    assert.deepEqual(linkKindsFor({ role: 'contract', scope: 'aggregate' }), ['park']);
    assert.deepEqual(linkKindsFor({ role: 'threshold', scope: 'aggregate' }), []);
    assert.deepEqual(linkKindsFor({}), ['project', 'company', 'park']);
  });

  it('gives the sentence of a span, cut around it when long', () => {
    assert.equal(sentenceAround(text, otherProject), '另有远洋物流有限公司投资3亿元建设仓储中心项目。');
    assert.equal(sentenceAround('标题\n  正文第一句，园区。', { start: 9, end: 11 }), '正文第一句，园区。');
    const long = `${'甲'.repeat(100)}园区${'乙'.repeat(100)}。`;
    const cut = sentenceAround(long, { start: 100, end: 102 });
    assert.ok(cut.startsWith('…') && cut.endsWith('…') && cut.includes('园区'), cut);
    assert.ok(cut.length <= 82);
  });
});
