// `extract`'s lines for one article: one JSON object per entity, in the key order of the extract
// contract (README, score.mjs). Built as text, key by key, rather than as an object per entity
// given to JSON.stringify: the same bytes, without building and walking an object per line
// (measured as the largest part of extract's work beyond the engine).
import type { AmountLinks, Entity } from '../core/types';
import { LINK_KINDS } from '../core/types';
import { jsonSafe } from './output';

/** Keys in the order of the extract contract; MONEY attributes only where the entity has them. */
const KEYS = ['label', 'start', 'end', 'text', 'value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const;

/**
 * The lines of `file`'s entities joined by `separator` ('' when there are none). `links[i]`:
 * the links of `entities[i]` (suggestLinks), each written as the [start, end] of the linked span.
 */
export function entityLines(file: string, entities: readonly Entity[], links: readonly (AmountLinks | undefined)[], separator: string): string {
  // The file's name is escaped once for all its lines.
  const head = `{"file":${JSON.stringify(file)}`;
  const lines = new Array<string>(entities.length);
  for (let i = 0; i < entities.length; i++) lines[i] = entityLine(head, entities[i], links[i]);
  return jsonSafe(lines.join(separator));
}

function entityLine(head: string, entity: Entity, links: AmountLinks | undefined): string {
  let line = head;
  for (const key of KEYS) {
    const value = entity[key];
    if (value !== undefined) line += `,"${key}":${jsonValue(value)}`;
  }
  if (links) {
    for (const kind of LINK_KINDS) {
      const link = links[kind];
      if (link) line += `,"${kind}":[${jsonValue(link.start)},${jsonValue(link.end)}]`;
    }
  }
  return `${line}}`;
}

/** What JSON.stringify writes for a value: numbers directly (the common case), the rest escaped by it. */
function jsonValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return JSON.stringify(value);
}
