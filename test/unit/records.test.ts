// The records of an article: each amount with the project, company and park its links name,
// accepted links over suggested ones, and nothing guessed where no link ties the amount.
import { strict as assert } from 'node:assert';
import { decideLinks } from '../../src/core/links/linkEdits';
import type { LinkedAnnotations } from '../../src/core/links/linkEdits';
import { articleRecords } from '../../src/core/totals/records';
import { mergeReview } from '../../src/core/review/review';
import type { Entity, Label } from '../../src/core/types';

const text = '青松经开区召开大会。白鹭电子有限公司投资8亿元建设白鹭芯片项目。全年还完成固定资产投资30亿元。';

function span(label: Label, fragment: string, extra: Partial<Entity> = {}): Entity {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `fixture holds ${fragment}`);
  return { label, start, end: start + fragment.length, text: fragment, ...extra };
}

const park = span('PARK', '青松经开区');
const company = span('COMPANY', '白鹭电子有限公司');
const project = span('PROJECT', '白鹭芯片项目');
const linked = span('MONEY', '8亿元', { value: 8e8, currency: 'CNY', role: 'investment', scope: 'item', links: { company, project } });
const unlinked = span('MONEY', '30亿元', { value: 3e9, currency: 'CNY', role: 'investment', scope: 'aggregate' });
const engine = [park, company, linked, project, unlinked];

describe('articleRecords', () => {
  it('gives each amount the ends its suggested links name, marked suggested, and no park it is not linked to', () => {
    const items = mergeReview(engine, []);
    const records = articleRecords({ items, suggestions: engine, links: [] });
    assert.deepEqual(records.map((r) => [r.amount.text, r.project?.text, r.company?.text, r.park?.text, r.project?.status]), [
      ['8亿元', '白鹭芯片项目', '白鹭电子有限公司', undefined, 'suggested'],
      ['30亿元', undefined, undefined, undefined, undefined],
    ]);
  });

  it('an accepted link replaces the suggestion of its kind; a rejected amount has no record', () => {
    const empty: LinkedAnnotations = { annotations: [], links: [] };
    const items0 = mergeReview(engine, []);
    const item = (e: Entity) => items0.find((i) => i.start === e.start && i.label === e.label)!;
    const state = decideLinks(empty, [{ kind: 'park', amount: item(linked), target: item(park) }], 'accepted', { author: 'li', now: new Date('2026-01-01T00:00:00Z'), text });
    const items = mergeReview(engine, state.annotations);
    const records = articleRecords({ items, suggestions: engine, links: state.links });
    assert.equal(records[0].park?.text, '青松经开区');
    assert.equal(records[0].park?.status, 'accepted');
    assert.equal(records[0].project?.status, 'suggested');

    const rejected = mergeReview(engine, [{ ...state.annotations.find((a) => a.label === 'MONEY')!, status: 'rejected' }]);
    assert.deepEqual(articleRecords({ items: rejected, suggestions: engine, links: [] }).map((r) => r.amount.text), ['30亿元']);
  });
});
