// extract's lines built as text (src/cli/entityLines.ts) must be the bytes JSON.stringify gives
// for the same record: keys in the contract's order, strings escaped, terminal controls as \u.
import { strict as assert } from 'node:assert';
import { entityLines } from '../../src/cli/entityLines';
import type { AmountLinks, Entity } from '../../src/core/types';

/** The record the extract contract describes, written by JSON.stringify (the reference). */
function reference(file: string, entity: Entity, links: AmountLinks | undefined): string {
  const record: Record<string, unknown> = { file };
  for (const key of ['label', 'start', 'end', 'text', 'value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const) {
    if (entity[key] !== undefined) record[key] = entity[key];
  }
  for (const kind of ['project', 'company', 'park'] as const) if (links?.[kind]) record[kind] = [links[kind].start, links[kind].end];
  return JSON.stringify(record).replace(/[\x7f-\x9f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('extract lines (entityLines)', () => {
  const money: Entity = { label: 'MONEY', start: 3, end: 8, text: '3.5亿元', value: 350000000, max: 4e8, currency: 'CNY', qualifier: 'approx', role: 'investment', scope: 'item' };
  const odd: Entity = { label: 'COMPANY', start: 10, end: 20, text: 'a"b\\c\n\t\u0001\u0085\u007f\u2028d' };
  const nonFinite: Entity = { label: 'MONEY', start: 0, end: 2, text: '两亿', value: Number.NaN, max: Number.POSITIVE_INFINITY, currency: 'CNY', role: 'investment', scope: 'item' };
  const oddCurrency: Entity = { label: 'MONEY', start: 4, end: 9, text: '5亿\u009b元', value: -0, currency: 'C\u0085"Y', role: 'other', scope: 'aggregate' };

  it('writes each entity as JSON.stringify writes its record, odd characters and file names included', () => {
    const file = 'dir/"quoted"\\name\u0090.txt';
    const entities = [money, odd, nonFinite, oddCurrency];
    const links: (AmountLinks | undefined)[] = [{ park: { start: 30, end: 35 }, project: { start: 40, end: 46 } }, undefined, { company: { start: 1, end: 2 } }, { park: { start: 0, end: 1 }, company: { start: 2, end: 3 }, project: { start: 3, end: 4 } }];
    const lines = entityLines(file, entities, links, '\n').split('\n');
    assert.deepEqual(lines, entities.map((entity, i) => reference(file, entity, links[i])));
  });

  it('escapes a text holding only one character JSON or a terminal needs escaped, and quotes the others as they are', () => {
    const texts = ['"', '\\', '\u0000', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '甲\udc00', '\ud83d\ude00', '\u2028', '合肥经开区', ''];
    const entities = texts.map((text, i): Entity => ({ label: 'PARK', start: i, end: i + 1, text }));
    const lines = entityLines('甲.txt', entities, [], '\n').split('\n');
    assert.deepEqual(lines, entities.map((entity) => reference('甲.txt', entity, undefined)));
  });

  it('joins with the separator given, and gives nothing for no entities', () => {
    assert.equal(entityLines('a.txt', [money, odd], [undefined, undefined], ',\n'), `${reference('a.txt', money, undefined)},\n${reference('a.txt', odd, undefined)}`);
    assert.equal(entityLines('a.txt', [], [], '\n'), '');
  });
});
