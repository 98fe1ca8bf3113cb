// Names compared across mentions, for links (links.ts): the brand a company's name starts with,
// and whether two names are the same entity written longer or shorter.
import { PLACE_NAMES } from '../lexicon/placeNames';
import type { Entity } from '../types';
import { WordMap } from '../wordMap';

/** A span's name, folded (simplified characters, ASCII punctuation). */
export interface Named {
  name: string;
}

/** An entity as links read it: its name, sentence and paragraph, its place in the sorted list. */
export interface LinkSpan extends Named {
  /** Index into the caller's entities. */
  index: number;
  /** Position in the spans sorted by start. */
  pos: number;
  /** The entity's fields, copied into one shape (LinkContext's `inOneShape`): not the caller's object, which `index` finds. */
  entity: Entity;
  sentence: number;
  paragraph: number;
  /** A project or company with a name of its own, not a generic mention (`该项目`, `公司`). */
  named: boolean;
  /** The name without the places it starts with, once asked (see bareName). */
  bare: string | undefined;
  /** A project's name without its places and `项目`, once asked (see shortProjectName). */
  short: string | undefined;
}

let places: WordMap<true> | undefined;
const placeSet = (): WordMap<true> => (places ??= WordMap.of(PLACE_NAMES));

/**
 * Where a company's name stops being its brand: a bracket, its kind, or its trade (`某某生物材料有限公司` → `某某`,
 * whose projects are named by the brand alone: `某某年产3万吨…项目`).
 */
const COMPANY_TAIL = /(?:\(|股份|有限|集团|公司|控股|科技|实业|投资|电子|医疗|光电|电器|精密|实业|新能源|制造|工业|责任|产业|株式会社|生物|化工|医药|药业|食品|能源|材料|环保|机械|汽车|电气|建材|纺织|物流)/;
const ADMIN = /^[省市县区州盟]/;

/** The name without the places it starts with (`江苏博通投资实业有限公司` → `博通投资实业有限公司`). */
export function withoutPlaces(name: string): string {
  let at = 0;
  for (let guard = 0; guard < 3; guard++) {
    const length = placeSet().longestStartingAt(name, at, name.length);
    if (length <= 0) break;
    at += length;
    if (ADMIN.test(name.slice(at))) at++;
  }
  // `南山婆集团公司`, `泰山集团`: a place followed by at most one character before the company's kind is
  // the brand itself, not where the company is.
  const tail = COMPANY_TAIL.exec(name.slice(at));
  if (at > 0 && tail && tail.index <= 1) return name;
  return name.length - at >= 2 ? name.slice(at) : name;
}

/** A span's name without the places it starts with: asked for each amount near it, stripped once. */
export function bareName(span: LinkSpan): string {
  span.bare ??= withoutPlaces(span.name);
  return span.bare;
}

/**
 * A company's brand: its name without leading places, cut where its kind or trade begins
 * (`丰宜科技公司` → `丰宜`, `台玻(福建)光伏玻璃有限公司` → `台玻`). At least two characters,
 * else the whole name.
 */
export function companyBrand(company: LinkSpan): string {
  const bare = bareName(company);
  const cut = COMPANY_TAIL.exec(bare.slice(2));
  const brand = cut ? bare.slice(0, 2 + cut.index) : bare;
  return brand.length >= 2 ? brand : bare;
}

/**
 * A project named by the head of a company's name, alone or before a trade (`晓星项目` ↔ `晓星氨纶(宁夏)有限公司`,
 * `天和药业项目` ↔ `江苏天和制药有限公司`): the brand the project is known by, though the company's own name runs on
 * with words no trade list holds. At least two characters in common, after the places either starts with.
 */
export function namedByCompanyHead(project: LinkSpan, company: LinkSpan): boolean {
  const short = shortProjectName(project);
  const common = commonPrefix(short, bareName(company));
  if (common < 2) return false;
  const rest = short.slice(common);
  return rest === '' || COMPANY_TAIL.exec(rest)?.index === 0;
}

/** The key a span is indexed by: the first two characters of its name after leading places. */
export function brandOf(span: LinkSpan): string {
  return bareName(span).slice(0, 2);
}

/** A project name's head word, `项目` (or `項目`). */
export const PROJECT_HEAD = /[项項]目$/;

/** A project's name without its places and `项目` (`某县医疗器械产业园项目` → `医疗器械产业园`): compared for each pair of projects near an amount, cut once. */
export function shortProjectName(span: LinkSpan): string {
  span.short ??= bareName(span).replace(PROJECT_HEAD, '');
  return span.short;
}

/** The last characters of a project's short name: the key of a name said without its head. */
export function tailOf(span: LinkSpan): string {
  return shortProjectName(span).slice(-TAIL_LENGTH);
}

const TAIL_LENGTH = 3;

/** The first of `found` when they all have one name; undefined for none or two names (no set of names is made). */
export function oneNamed<T extends Named>(found: readonly T[]): T | undefined {
  if (found.length === 0) return undefined;
  for (const other of found) if (other.name !== found[0].name) return undefined;
  return found[0];
}

/** Two names of the same entity: equal, or one inside the other (three characters or more). */
export function sameName(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a)));
}

/** Length of the common beginning of two names. */
export function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * Spans grouped by a key, one per distinct name. A key with more than `limit` names is crowded:
 * it answers nothing (a name that many others share identifies none of them), which also keeps
 * every look-up bounded, whatever the article's size.
 */
export class NameIndex<T extends Named> {
  /** Per key, the first span of each distinct name; null once crowded. */
  private readonly byKey = new Map<string, T[] | null>();

  constructor(private readonly limit = 32) {}

  add(key: string, span: T): void {
    const spans = this.byKey.get(key);
    // A key holds `limit` names at most: looking through them is as cheap as a set.
    if (spans === null || spans?.some((other) => other.name === span.name)) return;
    if (!spans) this.byKey.set(key, [span]);
    else if (spans.length >= this.limit) this.byKey.set(key, null);
    else spans.push(span);
  }

  /** The first span of each distinct name under the key (none for a crowded key). */
  get(key: string): readonly T[] {
    return this.byKey.get(key) ?? [];
  }
}
