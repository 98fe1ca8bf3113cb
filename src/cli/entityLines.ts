// `extract`'s lines for one article: one JSON object per entity, in the key order of the extract
// contract (README, score.mjs). Built as text, field by field, rather than as an object per
// entity given to JSON.stringify: the same bytes, without building and walking an object per line
// (measured as the largest part of extract's work beyond the engine). Fields are read by name,
// not through a list of keys: a keyed read of a key that varies is V8's slow, megamorphic case.
import type { AmountLinks, Entity, SpanRef } from '../core/types';
import { jsonSafe } from './output';

/**
 * The lines of `file`'s entities joined by `separator` ('' when there are none). `links[i]`:
 * the links of `entities[i]` (suggestLinks), each written as the [start, end] of the linked span.
 */
export function entityLines(file: string, entities: readonly Entity[], links: readonly (AmountLinks | undefined)[], separator: string): string {
  // The file's name is escaped once for all its lines.
  const head = `{"file":${jsonText(file)}`;
  let lines = '';
  for (let i = 0; i < entities.length; i++) {
    if (i > 0) lines += separator;
    lines += entityLine(head, entities[i], links[i]);
  }
  return lines;
}

/** Keys in the contract's order; MONEY attributes and links only where the entity has them. */
function entityLine(head: string, entity: Entity, links: AmountLinks | undefined): string {
  // label, qualifier, role and scope are the engine's own ASCII words (see core/types.ts): quoted as they are, nothing to escape.
  let line = `${head},"label":"${entity.label}","start":${jsonNumber(entity.start)},"end":${jsonNumber(entity.end)},"text":${jsonText(entity.text)}`;
  if (entity.value !== undefined) line += `,"value":${jsonNumber(entity.value)}`;
  if (entity.max !== undefined) line += `,"max":${jsonNumber(entity.max)}`;
  if (entity.currency !== undefined) line += `,"currency":${jsonText(entity.currency)}`;
  if (entity.qualifier !== undefined) line += `,"qualifier":"${entity.qualifier}"`;
  if (entity.role !== undefined) line += `,"role":"${entity.role}"`;
  if (entity.scope !== undefined) line += `,"scope":"${entity.scope}"`;
  if (links) {
    // The order of LINK_KINDS.
    if (links.project) line += `,"project":${jsonSpan(links.project)}`;
    if (links.company) line += `,"company":${jsonSpan(links.company)}`;
    if (links.park) line += `,"park":${jsonSpan(links.park)}`;
  }
  return `${line}}`;
}

/**
 * What JSON.stringify escapes (quote, backslash, C0 controls, surrogates: it escapes lone ones,
 * and a pair is rare enough to take the slow way) and the terminal controls jsonSafe escapes
 * (DEL, C1). An entity's text almost never holds one: tested first, it is quoted as it is.
 */
// eslint-disable-next-line no-control-regex -- finding what JSON escapes is the point
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\ud800-\udfff]/;
/** DEL and the C1 controls, which JSON.stringify leaves as they are (see jsonSafe). */
const TERMINAL_CONTROL = /[\x7f-\x9f]/;

/** A string as JSON, terminal controls escaped (jsonSafe). */
function jsonText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  const json = JSON.stringify(text);
  return TERMINAL_CONTROL.test(text) ? jsonSafe(json) : json;
}

/** What JSON.stringify writes for a number. */
function jsonNumber(value: number): string {
  return Number.isFinite(value) ? `${value}` : 'null';
}

function jsonSpan(span: SpanRef): string {
  return `[${jsonNumber(span.start)},${jsonNumber(span.end)}]`;
}
