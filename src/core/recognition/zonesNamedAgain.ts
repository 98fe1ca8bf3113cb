// A zone whose own name the gazetteer does not know (`某某示范区` after a place blended from two cities, `某某港务区`,
// `某某基地`, `某某新城`) is read by the sentence's scan as the kind noun or not at all. What tells a name from a kind is
// the article itself: a name is written again word for word, while the words in front of it change from one sentence
// to the next (`入驻某某创业基地。某某创业基地规划…`). So, once per article, the writings of each zone head are compared
// backwards: the characters two writings share in front of the head, up to where their sentences part, are the
// zone's own name. A kind noun written twice shares no name in front of it (`建设示范区…该示范区`), or shares a
// generic word the scan's word lists already reject. Runs with the other readings of the whole article
// (parksAcrossParagraphs.ts).
import type { Entity } from '../types';
import { unitKind } from './anchorUnits';
import { ArticleFold } from './articleFold';
import { charSet, isHan, isNumeral } from '../text';
import { WordMap } from '../wordMap';
import { touches } from './companiesNamingProjects';
import { extendLeft } from './nameScan';
import { AREA_SCAN, AREA_SET, GENERIC, PLACES, ZONE_SET } from './parkScan';
import { PLACE_ONLY_ZONE_SUFFIXES } from '../lexicon/parkSuffixes';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { AREA_HEAD, freeTradeAreas } from './freeTradeAreas';
import { OWN_NAMED_ZONE_SUFFIX } from './zonePrefix';
import { madeIntoGoal } from './parkDescriptions';
import { titledAt } from './parkTitles';
import { positionOnly } from './zoneParts';

/**
 * Heads that end a zone's name but, after a name we do not know, end descriptions too: the place-only zone suffixes
 * (`示范区 试验区 投资区 集聚区`), and zone heads of programmes and districts the suffix lists leave out (`经济区`,
 * a port's inland zone `港务区`, a sub-zone `片区`/`分区`, a new town `新城`, a base `基地`, a science valley `生物谷`/`智谷`).
 */
const HEADS_OWN = ['经济区', '港务区', '片区', '分区', '新城', '基地', '创新区', '智慧区', '物流区', '聚集区', '生物谷', '智谷'];
const HEADS = WordMap.of(PLACE_ONLY_ZONE_SUFFIXES, HEADS_OWN);
/**
 * The units heads end with (`区 城 地 谷`): where a head may end, found while the paragraphs are folded (anchorUnits.ts).
 * Heads are found from their ends: the units they open with (`产 新 投 经 生` …) are several times more frequent in
 * running text.
 */
const HEAD_END_UNITS = unitKind([...new Set([...PLACE_ONLY_ZONE_SUFFIXES, ...HEADS_OWN].map((head) => head[head.length - 1]))].join(''));

/**
 * What is done at a place, not what it is called: the work of a plant or a farm (`生产 制造 研发 储运 鉴定`), a sector
 * (`农业 数据 养老 能源`), a period or a kind of siting (`年度 集约化 飞地 沿边 开放`). A shared front opening with one,
 * or with a trade or a generic word, describes a kind of zone written twice (`生产基地`, `化工园区`, `养老示范区`).
 */
const ACTIVITIES = ['生产', '制造', '制造业', '产业化', '研发', '储运', '营销', '转化', '鉴定', '加工', '示范', '培训', '制氢',
  '风电', '能源', '孵化', '清洁能源', '数据', '云数据', '农业', '养老', '车辆', '冷链', '年度', '集约化', '飞地', '沿边', '开放', '低空经济'];
const WORK_WORDS = WordMap.of(ACTIVITIES, INDUSTRY_WORDS);
/**
 * A base named by the work done there is a plant or a farm (`某某生产基地`, `某某种植基地`), not a zone; one named by two
 * characters of what it keeps (`熊猫基地`, a research base) is a landmark: a zone's base opens with its place or runs
 * longer (`某东基地`, `某某绿色石化基地`).
 */
const BASE = '基地';
const BASE_MIN_OWN = 3;
/** `七大石化产业基地`, `十大物流聚集区`: a count in front makes the writing a class of zones. */
const COUNTED = charSet('大个個家');
/**
 * `东部新城`, `滨江新城`: a new town named by two characters of position or riverside is a quarter of its city; a new town
 * runs as a zone under a name of its own (`某某湖新城`).
 */
const NEW_TOWN = '新城';
const NEW_TOWN_MIN_OWN = 3;

/** A zone's parts, one span with the zone before them (`某某新区某某片区`), never a park inside it. */
const ZONE_PARTS = new Set(['片区', '分区']);
/** How far left of a shared front a longer kind of zone may start (`自由` of `自由贸易试验区`). */
const KIND_CUT_MAX = 4;

/** Shortest own name in front of a head: one character is a word of the sentence (`该示范区`). */
const MIN_OWN = 2;
/** Longest own name read back: longer shared runs are a sentence written twice. */
const MAX_OWN = 10;
/** Writings of one head compared pairwise: a bound on the work per article. */
const MAX_WRITINGS = 16;
/**
 * What goes on after a writing that makes it part of a longer name: a project's (guidelines: a park inside a project's
 * name is no PARK). Such a writing still shows the name written again.
 */
const CONTINUES_NAME = /^(?:项目|专案)/;

interface Writing {
  head: string;
  /** Folded offsets of the head. */
  at: number;
  end: number;
  /** How far left the park scan would reach from the head (its boundary words, its cap); read for heads written twice. */
  floor: number;
}

/**
 * PARKs for the writings of zone names the article repeats, touching no entity found; [] when there are none. Read
 * in the article's fold (`fold`: the one its paragraphs were read in, when the caller kept it).
 */
export function zonesNamedAgain(entities: readonly Entity[], text: string, fold?: ArticleFold): Entity[] {
  // no text, no writings (a caller handing none, or no string, must not fail)
  if (typeof text !== 'string' || !text) return [];
  const article = fold ?? ArticleFold.of(text);
  const f = article.text;
  const names: [number, number][] = [];
  const byHead = writingsByHead(f, article.positions(HEAD_END_UNITS));
  for (const all of byHead.values()) {
    // `将某城打造为…人才集聚区`: a writing the sentence makes something into is a goal (parkDescriptions.ts), no name shown again
    const writings = all.length < 2 ? all : all.filter((w) => !madeIntoGoal(f, w.at, w.end));
    if (writings.length < 2) continue;
    for (const w of writings) w.floor = extendLeft(f, w.at, 0, AREA_SCAN, MAX_OWN);
    for (const w of writings) {
      const shared = sharedOwnName(f, w, writings);
      const own = ZONE_PARTS.has(w.head) ? shared : afterInnerPark(f, w.at, shared);
      // `“国家级光电产业基地”` … `打造世界一流光电产业基地`: a writing after a rank or a rating is a title or a goal
      if (titledAt(f, w.at - own)) continue;
      if (namesAZone(f, w, own) && !namesAProject(f, w, own, writings)) names.push([w.at - own, w.end]);
    }
  }
  // `自贸区某某片区`, `设有某地片区`: a free-trade zone's areas, named once too (freeTradeAreas.ts)
  names.push(...freeTradeAreas(f, byHead.get(AREA_HEAD)));
  if (names.length === 0) return [];
  const added: Entity[] = [];
  for (const [from, to] of names) {
    const [start, end] = article.toOriginal(from, to);
    if (!touches(entities, start, end)) added.push({ label: 'PARK', start, end, text: text.slice(start, end) });
  }
  return added;
}

/** Is the shared front text[at - own, at) a zone's own name, not a kind of zone or a plant described? */
function namesAZone(f: string, w: Writing, own: number): boolean {
  const start = w.at - own;
  // `某市临空经济区` … `临空经济区将加快…`: what the writings share is a kind of zone spelled out (a suffix), the kind noun
  // however often the article writes it without its place, as `高新区` is (guidelines: a bare generic noun is no PARK)
  if (GENERIC.covers(f, start, w.end)) return false;
  // `自由贸易试验区` written twice shares `贸易` before `试验区`: a kind of zone cut short, no name
  if (ZONE_SET.longestEndingAt(f, w.end, Math.max(0, start - KIND_CUT_MAX)) > w.end - start) return false;
  if (own < (w.head === NEW_TOWN ? NEW_TOWN_MIN_OWN : MIN_OWN) || isNumeral(f.charCodeAt(start))) return false;
  // `南部片区`, `东部新区` written twice: a part named by where it lies, no name of its own (zoneParts.ts)
  if (positionOnly(f, start, w.at)) return false;
  if (GENERIC.covers(f, start, w.at) || GENERIC.longestStartingAt(f, start, w.at) > 0 || WORK_WORDS.longestStartingAt(f, start, w.at) > 0) return false;
  if (counted(f, start)) return false;
  // `某市经济区是…与某市经济区`: a place we know alone before 经济区 is a region's economy, as the sentence's scan reads it
  // (ownNamedZoneStart in zonePrefix.ts), not a zone written again
  if (w.head === OWN_NAMED_ZONE_SUFFIX && PLACES.longestStartingAt(f, start, w.at) === own) return false;
  if (w.head !== BASE) return true;
  return WORK_WORDS.longestEndingAt(f, w.at, start) === 0 && (own >= BASE_MIN_OWN || PLACES.longestStartingAt(f, start, w.at) > 0);
}

/**
 * Is the name of `w` written as a project's anywhere in the article (`某某基地项目` … `某某基地总投资…`)? Then it is a
 * facility being built, that project's name at every writing, not a zone.
 */
function namesAProject(f: string, w: Writing, own: number, writings: readonly Writing[]): boolean {
  const name = f.slice(w.at - own, w.end);
  return writings.some((o) => o.at >= own && f.startsWith(name, o.at - own) && CONTINUES_NAME.test(f.slice(o.end, o.end + 2)));
}

/**
 * `某某工业园区西部云基地`, written so twice: the shared front opens with a park (a zone or an industry park) and the own
 * name follows it; the park inside the zone is a PARK of its own (guidelines: a zone inside a zone is two PARKs), so the
 * own name starts after the zone's suffix. The front's length, cut so.
 */
function afterInnerPark(f: string, at: number, own: number): number {
  for (let k = at - MIN_OWN; k > at - own + 1; k--) {
    if (ZONE_SET.longestEndingAt(f, k, at - own) > 0 || AREA_SET.longestEndingAt(f, k, at - own) > 0) return at - k;
  }
  return own;
}

/** Is the writing starting at `start` counted (`七大…`, `3个…`)? */
function counted(f: string, start: number): boolean {
  const before = f.charCodeAt(start - 1);
  return isNumeral(before) || (COUNTED.has(before) && isNumeral(f.charCodeAt(start - 2)));
}

/**
 * The writings of each head in the folded text (`ends`: where its units that may end a head are), at most MAX_WRITINGS
 * each, in text order. Where several heads start at one place (`经济试验区`, `经济区`…), the longest is that place's
 * writing; a shorter head inside it that starts later (`试验区`) is a writing of its own.
 */
function writingsByHead(f: string, ends: readonly number[]): Map<string, Writing[]> {
  const found = headsEndingAt(f, ends);
  const groups = new Map<string, Writing[]>();
  for (let k = 0; k < found.length; k++) {
    const { at, end } = found[k];
    if (k > 0 && found[k - 1].at === at) continue;
    const head = HEADS.startingAt(f, at, end)!.word;
    let list = groups.get(head);
    if (list === undefined) groups.set(head, (list = []));
    // the scan's reach is read only for heads written twice (zonesNamedAgain)
    if (list.length < MAX_WRITINGS) list.push({ head, at, end, floor: at });
  }
  return groups;
}

/** Every head ending at one of `ends` (each position the last unit of a head may be), by start, then longest first. */
function headsEndingAt(f: string, ends: readonly number[]): { at: number; end: number }[] {
  const found: { at: number; end: number }[] = [];
  let end = 0;
  const add = (length: number): void => {
    found.push({ at: end - length, end });
  };
  for (const e of ends) {
    end = e + 1;
    HEADS.forEachEndingAt(f, end, add);
  }
  return found.sort((a, b) => a.at - b.at || b.end - a.end);
}

/** Length of the longest run of Han characters in front of `w` that another writing of its head shares, within its scan. */
function sharedOwnName(f: string, w: Writing, writings: readonly Writing[]): number {
  let best = 0;
  for (const other of writings) {
    if (other === w) continue;
    let k = 0;
    while (k < w.at - w.floor && k < other.at - other.floor && f.charCodeAt(w.at - 1 - k) === f.charCodeAt(other.at - 1 - k) && isHan(f.charCodeAt(w.at - 1 - k))) k++;
    best = Math.max(best, k);
  }
  return best;
}

