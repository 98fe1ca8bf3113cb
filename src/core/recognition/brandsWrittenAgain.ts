// A firm's short name the text has shown to be a firm's once (brandNames.ts: `某某汽车总投资35亿元…`, `投资1亿元的
// 某某电子,`), written again elsewhere in the article (`…由某某汽车投资建设`, `某某汽车表示,…`): the same firm, named
// the same way, so the same COMPANY. A news story about one firm names it in its headline and lead by what it does,
// then by its name alone wherever it acts again; the money of those later sentences is that firm's, and a link needs a
// span there. A reading of the whole article (the writings may lie in any paragraph), run after the paragraphs with
// the brands heading projects (brandsAcrossParagraphs.ts, which calls it). Only short names are carried (a registered
// name is found wherever written), three units or more (two are too often a word), standing on their own (as a
// project's head written alone: `ENDS_ON_ITS_OWN`), outside every name found.
import type { Entity } from '../types';
import { foldedText } from '../fold';
import { isDigit, isHan, isLatin } from '../text';
import { touches } from './companiesNamingProjects';

/** Shortest short name carried (as for project heads: two units are too often a place or a word). */
const MIN_NAME = 3;
/** Longest: a short name is a brand and its trade, a place at most before them. */
const MAX_NAME = 10;
/** Distinct short names of an article carried. */
const MAX_NAMES = 6;
/** A legal form or a group closing the name: a registered name, found wherever it is written. */
const REGISTERED_END = /(?:公司|集团|株式会社|有限|商会|银行)$/;
/** What a name written on its own is followed by: a mark, a bracket, or the word that goes on with its clause. */
const ENDS_ON_ITS_OWN = /^(?:[、,;:。!?()"“”\s]|$|在|将|的|等|与|和|及|计划|拟|已|也|是|有|表示|宣布|对|为|正|把|这|于|还|再|总投资|投资|增资|斥资|力争|决定|日前|近日|已经)/;
/** The words that govern a Han name written right before it (`与某某`, `由某某`). */
const GOVERNS_BEFORE = /[与和及把将对向为被由据从让使在、]$/;
/** Units of the window read around a writing: the unit before it, and the words after it. */
const AFTER = 3;

/** The COMPANY of each writing again of a short name found among `entities` (sorted by start), in no order. */
export function brandsWrittenAgain(entities: readonly Entity[], text: string): Entity[] {
  const added: Entity[] = [];
  const names = shortNames(entities);
  if (names.length === 0) return added;
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (!touches(entities, at, end) && standsAlone(text, at, end)) added.push({ label: 'COMPANY', start: at, end, text: name });
    }
  }
  return added;
}

/** The article's short names of firms found (no legal form), each once, the first few. */
function shortNames(entities: readonly Entity[]): string[] {
  const names = new Set<string>();
  for (const e of entities) {
    if (e.label !== 'COMPANY' || e.text.length < MIN_NAME || e.text.length > MAX_NAME) continue;
    if (REGISTERED_END.test(foldedText(e.text))) continue;
    names.add(e.text);
    if (names.size === MAX_NAMES) break;
  }
  return [...names];
}

/** The writing at [start, end) stands on its own: its clause goes on after it, and no longer word runs into it before. */
function standsAlone(text: string, start: number, end: number): boolean {
  const from = start > 0 ? start - 1 : 0;
  const raw = text.slice(from, end + AFTER);
  const window = foldedText(raw);
  // A fold that changes lengths (a gloss, an entity) leaves the units where they are not: read on the raw text.
  const read = window.length === raw.length ? window : raw;
  const after = read.slice(end - from);
  if (!ENDS_ON_ITS_OWN.test(after)) return false;
  if (start === 0) return true;
  const before = read.charCodeAt(0);
  // A letter or digit before it runs on into the writing (`SK某某` holds `某某`): part of another name.
  if (isLatin(before) || isDigit(before)) return false;
  return !isHan(before) || isLatin(text.charCodeAt(start)) || GOVERNS_BEFORE.test(read.slice(0, 1));
}
