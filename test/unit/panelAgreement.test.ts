// The summary panel's agreement figures, host side: per pair and label the exact and overlap F1,
// kappa on the MONEY attributes, nothing when fewer than two annotators, and a message the
// protocol accepts.
import { strict as assert } from 'node:assert';
import { panelAgreement, type PanelArticle } from '../../src/core/agreement/panelAgreement';
import { createAnnotation } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Entity } from '../../src/core/types';
import { AGREEMENT_STRING_KEYS } from '../../src/webview/agreementProtocol';
import { HostMessageSchema } from '../../src/webview/protocol';

const TEXT = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。其中，博通科技产业园项目总投资50亿元。';

function tag(fragment: string, label: Entity['label'], extra: Partial<Entity> = {}): Annotation {
  const start = TEXT.indexOf(fragment);
  return createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, 'accepted', 'x', new Date('2026-12-01T00:00:00Z'), TEXT, []);
}

const contract = { value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' } as const;

function article(versions: PanelArticle['versions']): PanelArticle {
  return { file: 'a.txt', text: TEXT, versions };
}

describe('panelAgreement', () => {
  it('gives exact and overlap F1 per label and kappa on the amounts both marked, per pair', () => {
    // PARK: alice 新余高新区, bob 新余高新 (overlap, not exact). MONEY: both mark both amounts; the
    // roles agree on one and differ on the other.
    const alice = [tag('新余高新区', 'PARK'), tag('65.1亿元', 'MONEY', contract), tag('50亿元', 'MONEY', { ...contract, role: 'investment' })];
    const bob = [tag('新余高新', 'PARK'), tag('65.1亿元', 'MONEY', contract), tag('50亿元', 'MONEY', contract)];
    const data = panelAgreement([article([{ annotator: 'bob', annotations: bob, links: [] }, { annotator: 'alice', annotations: alice, links: [] }])]);
    assert.deepEqual(data.annotators, ['alice', 'bob']);
    assert.equal(data.pairs.length, 1);
    const [pair] = data.pairs;
    assert.deepEqual([pair.a, pair.b, pair.articles], ['alice', 'bob', 1]);
    const park = pair.labels.find((l) => l.label === 'PARK');
    assert.deepEqual(park, { label: 'PARK', aSpans: 1, bSpans: 1, exactF1: 0, overlapF1: 1 });
    const money = pair.labels.find((l) => l.label === 'MONEY');
    assert.deepEqual([money?.exactF1, money?.overlapF1], [1, 1]);
    const role = pair.money.find((m) => m.attribute === 'role');
    // Two items, observed 1/2; alice contract/investment, bob contract ×2: expected 1/2·1 = 1/2 → kappa 0.
    assert.deepEqual([role?.n, role?.kappa], [2, 0]);
  });

  it('has no pairs with one annotator, so the panel shows no agreement', () => {
    const data = panelAgreement([article([{ annotator: 'alice', annotations: [tag('新余高新区', 'PARK')], links: [] }])]);
    assert.deepEqual(data, { annotators: ['alice'], pairs: [] });
  });

  it('compares a pair only on the articles both annotated, and every pair of three', () => {
    const one = { annotations: [tag('新余高新区', 'PARK')], links: [] };
    const data = panelAgreement([
      article([{ annotator: 'a', ...one }, { annotator: 'b', ...one }, { annotator: 'c', ...one }]),
      { ...article([{ annotator: 'a', ...one }, { annotator: 'b', ...one }]), file: 'b.txt' },
    ]);
    assert.deepEqual(data.pairs.map((p) => `${p.a}×${p.b}:${p.articles}`), ['a×b:2', 'a×c:1', 'b×c:1']);
  });

  it('makes a message the panel protocol accepts, and the protocol refuses figures out of range', () => {
    const alice = [tag('新余高新区', 'PARK')];
    const data = panelAgreement([article([{ annotator: 'alice', annotations: alice, links: [] }, { annotator: 'bob', annotations: alice, links: [] }])]);
    const strings = Object.fromEntries(AGREEMENT_STRING_KEYS.map((k) => [k, k]));
    const message = { type: 'agreement', scope: 'article', strings, annotators: data.annotators, pairs: data.pairs, problems: [] };
    assert.ok(HostMessageSchema.safeParse(message).success);
    const forged = { ...message, pairs: [{ ...data.pairs[0], labels: [{ ...data.pairs[0].labels[0], exactF1: 2 }] }] };
    assert.equal(HostMessageSchema.safeParse(forged).success, false);
  });
});
