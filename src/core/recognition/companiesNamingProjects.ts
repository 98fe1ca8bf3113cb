// A company named by the brand that heads one of the paragraph's project names (`某某达龙门新能源产业园项目` …
// `发挥某某达在新能源领域的作用`; `签约的有A、明远乳业、B等项目。其中,明远乳业项目…`): where the paragraph writes
// the head of a project's name again on its own, that head is the brand of the company whose project it is,
// and its money links there (guidelines: a company named on its own, not only inside the project's name, is the
// project's company). Only a proper brand is read: no place, trade or other generic word (`新能源`, `江华新`
// cut from `江华新能源…`), no figure (`年产3000吨`), no product counted by a measure (`年产10万吨某某添加剂`).
// A few projects per paragraph, the head of each looked for once (as brandNames.ts looks for registered names' short forms).

import { MAJOR_PLACES } from '../lexicon/placeNames';
import { charSet, isDigit, isHan, isLatin } from '../text';
import { WordMap } from '../wordMap';
import { BRAND_GENERIC } from './brandGeneric';
import type { Span } from './projects';

/** Shortest head read as a brand (two units are too often a place or a word). */
const MIN_BRAND = 3;
/** Shortest brand read after a city or province opening the head (`泰州某某生物`: the two units of `某某`). */
const MIN_PLACED_BRAND = 2;
/** A country, province or city a company's short name may open with (`泰州某某生物…项目` … `泰州某某生物拟…`). */
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);
/** The last unit of an institute's name (`某某科学院`, `某某研究所`): an institute with its place is no company. */
const INSTITUTE_END = charSet('院所');
/** What the project's name goes on with after its brand at least (`项目`). */
const MIN_REST = 2;
/** Projects per paragraph whose heads are looked for (as the short forms of registered names are, brandNames.ts). */
const MAX_PROJECTS = 8;
/**
 * What no brand holds: the words of other kinds of name, words that make it part of a phrase, and the quotes and
 * `工程` of a campaign's name for its key projects (`“一号工程”某某项目`).
 */
const NOT_A_BRAND = /[的是在和与及或该本此这其们市县省镇区“”"「」『』]|公司|企业|集团|项目|园区|基地|中心|大学|学院|工程/;
/** What a brand written on its own is followed by: a mark, or the word that goes on with its clause. */
const ENDS_ON_ITS_OWN = /^(?:[、,;:。!?)"“”]|在|将|的|等|与|和|及|计划|拟|已|也|是|有|表示|内|对|为|正|把|这)/;
/** A company word going on after the brand in the project's name. */
const COMPANY_WORD_NEXT = /^(?:公司|集团)/;
/** The words that govern a Han brand written on its own right before it (`与某某`, `把某某`). */
const GOVERNS_BEFORE = charSet('与和及把将对向为被由');

/**
 * The brands heading a project's name of `text` (a folded paragraph) written on their own elsewhere in it, outside
 * every span of `taken` (the paragraph's names found, sorted by start), in text order. A few projects per paragraph,
 * each head looked for once. `taken` is asked for only when a head is written again (most paragraphs write none so,
 * and the list is a merge of every name found).
 */
export function companiesNamingProjects(text: string, projects: readonly Span[], taken: () => readonly Span[]): Span[] {
  const out: Span[] = [];
  const heads = new Set<string>();
  let names: readonly Span[] | undefined;
  const takenOnce = (): readonly Span[] => (names ??= taken());
  for (const project of projects.slice(0, MAX_PROJECTS)) {
    if (project.end - project.start < MIN_BRAND + MIN_REST) continue;
    const head = text.slice(project.start, project.start + MIN_BRAND);
    if (heads.has(head)) continue;
    heads.add(head);
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + MIN_BRAND)) {
      const end = brandAt(text, at, project, takenOnce);
      if (end > at) out.push({ start: at, end });
    }
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

/** Where the project's brand written on its own at `at` ends (no span of `taken` touched), or -1. */
function brandAt(text: string, at: number, project: Span, taken: () => readonly Span[]): number {
  let n = 0;
  while (project.start + n < project.end && text.charCodeAt(at + n) === text.charCodeAt(project.start + n)) n++;
  if (n < MIN_BRAND || project.end - project.start - n < MIN_REST || touches(taken(), at, at + n)) return -1;
  // `某某果业公司冷库项目`: a firm's short name with its 公司 heads the project, read as one name with it (namedEntities.ts).
  if (COMPANY_WORD_NEXT.test(text.slice(project.start + n, project.start + n + 2))) return -1;
  return isBrand(text, project, n) && standsAlone(text, at, at + n) ? at + n : -1;
}

/** Does [start, end) overlap a span of `taken` (sorted by start)? */
export function touches(taken: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (taken[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  // The spans starting before `end`: the last few may reach into [start, end) (names rarely nest deeper).
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) if (taken[k].end > start) return true;
  return false;
}

/**
 * `brandAt` for a head found outside the paragraph (brandsAcrossParagraphs.ts): `name` the project's folded name,
 * `n` the units it shares with the writing at `start` of `window` (folded, the unit before it included when any).
 */
export function namesItsBrand(name: string, n: number, window: string, start: number): boolean {
  const project = { start: 0, end: name.length };
  if (n < MIN_BRAND || name.length - n < MIN_REST || COMPANY_WORD_NEXT.test(name.slice(n, n + 2))) return false;
  return isBrand(name, project, n) && standsAlone(window, start, start + n);
}

/**
 * Can a brand open with the head text[start, start + MIN_BRAND) at all (`isBrand`'s tests that read the head
 * alone)? A head holding a figure or another kind's word (`年产1`, `某某市`), or opening with a generic word,
 * heads no brand wherever it is written again: it is not looked for.
 */
export function mayOpenBrand(text: string, start: number): boolean {
  const end = start + MIN_BRAND;
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k))) return false;
  return !NOT_A_BRAND.test(text.slice(start, end)) && !BRAND_GENERIC.covers(text, start, start + 2);
}

/** The project's first `n` units name a brand: no figure, no other kind of word, not cut inside a word. */
function isBrand(text: string, project: Span, n: number): boolean {
  const end = project.start + n;
  const start = project.start + placeOpening(text, project.start, end);
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k))) return false;
  if (NOT_A_BRAND.test(text.slice(start, end)) || BRAND_GENERIC.covers(text, start, end) || BRAND_GENERIC.covers(text, start, start + 2)) return false;
  // `江华新|能源`: a word of the name running on past the head says the head is cut from it.
  for (let k = start + 1; k < end; k++) if (BRAND_GENERIC.longestStartingAt(text, k, project.end) > end - k) return false;
  return true;
}

/**
 * The units of a city or province opening the head text[start, end) when a brand of its own follows it
 * (`泰州某某生物`, the company's short name written with its city both times), else 0: the place alone is no brand,
 * and what follows it is read as the brand.
 */
function placeOpening(text: string, start: number, end: number): number {
  const place = MAJOR_PLACE.longestStartingAt(text, start, end);
  if (place === 0 || end - start - place < MIN_PLACED_BRAND || INSTITUTE_END.has(text.charCodeAt(end - 1))) return 0;
  return place;
}

/**
 * The brand at [start, end) is written on its own: its clause goes on after it, and nothing of a longer word is before
 * it. A country, province or city opening the brand opens a word of its own, whatever verb stands before it
 * (`标志着中国某车在…`, `按照中国某车的部署`: the group's short name built of its country and brand).
 */
function standsAlone(text: string, start: number, end: number): boolean {
  if (!ENDS_ON_ITS_OWN.test(text.slice(end, end + 2))) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (isDigit(before)) return false;
  if (!isHan(before)) return true;
  return isLatin(text.charCodeAt(start)) || GOVERNS_BEFORE.has(before) || opensWithPlace(text, start, end);
}

/** Does a place of two units or more open [start, end), a brand of its own after it? */
function opensWithPlace(text: string, start: number, end: number): boolean {
  const place = MAJOR_PLACE.longestStartingAt(text, start, end);
  return place >= 2 && end - start - place >= MIN_PLACED_BRAND;
}
