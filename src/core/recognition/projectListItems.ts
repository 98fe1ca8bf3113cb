// Where a list ending in 项目 stops being one project's name. `A、B项目` is one name when A and B are
// the products of one project (`磁栅数显量具、智能制造装备和…生产项目`), and several projects sharing the
// head when each item is a whole project of its own; the guidelines then tag only the last item, which
// is the one written with 项目. An item is whole when it names a place of work (a park, a base), a
// production line, works being built, a phase, an institution (a school, a hospital, a head office), or when it opens with
// its investor's place and brand or states its own capacity after a brand.
import { PLACE_NAMES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { code, isNumeral } from '../text';
import { PROJECT_GENERIC } from './projectWords';

const GENERIC = PROJECT_GENERIC;
const PLACES = WordMap.of(PLACE_NAMES);
const QI = code('期');
const YUAN = code('园');
const BASE = '基地';
const PRODUCTION_LINE = '生产线';
const CAPACITY = '年产';
/** Institutions and offices built as a whole (`某某小学、…`, `某某区域总部、…`): never a product. */
/** Works being built (`某某煤矿扩建工程、…`): a whole of its own, never a product (`海洋工程` is a trade). */
const BUILDING_WORKS = WordMap.of(['扩建工程', '改建工程', '新建工程', '改造工程', '建设工程', '提升工程', '治理工程', '整治工程']);
/** Longest bracketed stretch after works (`(某某桥至某某路段)`). */
const MAX_STRETCH = 16;
// A research institute (`某某科学研究院、某某项目`) is built and run whole, as a school is.
const INSTITUTIONS = WordMap.of(['小学', '中学', '学校', '幼儿园', '医院', '总部', '研究院', '研究所', '研究中心']);
/**
 * Places of work a left item may end with (`某某汽车泉州基地、…`, `某某北站综合交通枢纽、…`): a base or a hub is built
 * whole, never a product of the next item.
 */
const WHOLE_FACILITIES = WordMap.of([BASE, '枢纽']);
const LIST_SEPARATOR = 0x3001; /* 、 */

/**
 * Does the left item ending at the separator `sep` or the right item [sep + 1, end) make the list one
 * of whole projects, so that the name of the project written with 项目 starts after `sep`?
 */
export function separatesProjects(text: string, sep: number, end: number, floor: number, scanStart: number): boolean {
  return wholeLeftItem(text, sep, floor, scanStart) || facilityBeforeName(text, sep, end, floor) || namesFacility(text, sep + 1, end) || opensWithPlacedBrand(text, sep + 1, end) || capacityAfterBrand(text, sep + 1, end);
}

/**
 * `A项目二期、B项目`, `…番茄酱加工生产线、B项目`, `A产业园(一期)、B项目`, `某某小学、B项目`: the left item
 * is a project with its phase, a production line, works being built (`…扩建工程`), anything with its phase in brackets, or an
 * institution: a whole of its own, not a product of the next one.
 */
function wholeLeftItem(text: string, sep: number, floor: number, scanStart: number): boolean {
  if (sep >= 4 && text.charCodeAt(sep - 1) === QI && isNumeral(text.charCodeAt(sep - 2)) && text.startsWith('项目', sep - 4)) return true;
  if (sep - 3 >= floor && (text.startsWith(PRODUCTION_LINE, sep - 3) || bracketedPhaseEndsAt(text, sep))) return true;
  // `某某大桥拓宽改建工程(某桥至某路段)、…`: the stretch in brackets after the works is theirs.
  const worksEnd = text.charCodeAt(sep - 1) === 0x29 /* ) */ ? openingBracketBefore(text, sep - 1, Math.max(floor, sep - MAX_STRETCH)) : sep;
  if (worksEnd > floor && BUILDING_WORKS.longestEndingAt(text, worksEnd, floor) > 0) return true;
  const institution = INSTITUTIONS.longestEndingAt(text, sep, floor);
  if (institution === 0) return false;
  // A bare `总部、…` or `区域总部、…` is a kind of function listed with others; something must name it.
  let itemStart = sep - institution;
  while (itemStart > scanStart && text.charCodeAt(itemStart - 1) !== 0x3001) itemStart--;
  return sep - institution - itemStart >= 2 && !GENERIC.covers(text, itemStart, sep - institution);
}

/**
 * `某某汽车桐城基地、某某服装制造项目`: a left item ending in a base or a hub, before a right item with a word of its
 * own, is a whole project; before generic functions (`某某生产基地、研发总部、检测中心项目`) it is one project's part.
 */
function facilityBeforeName(text: string, sep: number, end: number, floor: number): boolean {
  if (WHOLE_FACILITIES.longestEndingAt(text, sep, floor) === 0) return false;
  // The right item ends at the next separator, read only up to the head (no scan past the candidate).
  let itemEnd = sep + 1;
  while (itemEnd < end && text.charCodeAt(itemEnd) !== LIST_SEPARATOR) itemEnd++;
  return !GENERIC.covers(text, sep + 1, itemEnd);
}

/** `A美谷、B科创园投资运营项目`: a right item that names a park or base is a place of work, a project of its own. */
function namesFacility(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === YUAN || text.startsWith(BASE, k)) return true;
  return false;
}

/** Offset of the last `(` in [min, before), read back at most to `min`; -1 when none. */
function openingBracketBefore(text: string, before: number, min: number): number {
  for (let k = before - 1; k >= min; k--) if (text.charCodeAt(k) === 0x28) return k;
  return -1;
}

/** `(一期)` ending at `end`. */
function bracketedPhaseEndsAt(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 0x29 /* ) */ && text.charCodeAt(end - 2) === QI && isNumeral(text.charCodeAt(end - 3)) && text.charCodeAt(end - 4) === 0x28;
}

/**
 * `某某电梯、杭州启明电子项目`: a right item opening with a place and then a word of its own (the investor's
 * place and brand) is another investor's project; products are not written after a place.
 */
function opensWithPlacedBrand(text: string, from: number, to: number): boolean {
  const place = PLACES.longestStartingAt(text, from, to);
  if (place === 0 || to - (from + place) < 2) return false;
  return !GENERIC.covers(text, from + place, from + place + 2);
}

/**
 * `某某桥梁设备制造、宏达玻璃年产20万平方米钢化玻璃项目`: a brand, then the capacity of its own plant,
 * is a whole project; an item opening with its capacity (`年产5万吨A、年产3万吨B项目`) is a product of one.
 */
function capacityAfterBrand(text: string, from: number, to: number): boolean {
  for (let k = from + 2; k + 2 <= to; k++) {
    if (text.startsWith(CAPACITY, k)) return !GENERIC.covers(text, from, k);
  }
  return false;
}

/**
 * Wholes a left item joined by 和 or 、 may end with (`某某影视基地和…`, `某某热电厂和…`, `某某实验室和…`, `某某发展基金和…`): a
 * place of work, a plant, a mine, a lab or a fund is built or set up whole, never a product of the next item.
 */
const WHOLES_BEFORE_AND = WordMap.of(['基地', '中心', '城', '厂', '矿', '实验室', '基金', '酒店', '枢纽', '工程']);
const HE = code('和');
const MIN_OWN_WORDS = 4;

/**
 * `某某影视基地和某某影视城项目`, `某某热电厂和年产…项目`, `某某五星级酒店、某某综合体项目`: 和 or 、 after a whole (a base,
 * a plant, a fund, an institution) named by words of its own, before a right item with a word of its own, joins two
 * objects of the sentence's verb; the name written with 项目 starts after it. A product list stays one name
 * (`某某研发和制造基地项目`: 研发 is no whole), and so do the parts joined by 及.
 * [itemStart, k) is the left item as far as the scan reached, `end` the right item's end (the head).
 */
export function separatesAtConjunction(text: string, k: number, end: number, itemStart: number): boolean {
  const c = text.charCodeAt(k);
  if ((c !== HE && c !== LIST_SEPARATOR) || k - itemStart < 3 || end - (k + 1) < 2) return false;
  const whole = WHOLES_BEFORE_AND.longestEndingAt(text, k, itemStart) || INSTITUTIONS.longestEndingAt(text, k, itemStart);
  if (whole === 0) return false;
  // The left item starts after the list's last 、 (read back only over the scanned name).
  let left = k - whole;
  while (left > itemStart && text.charCodeAt(left - 1) !== LIST_SEPARATOR) left--;
  // A whole named by words of its own (`某某文化发展基金`); a short one (`P3级实验室和P3车间`) is a part beside a part.
  if (k - whole - left < MIN_OWN_WORDS || GENERIC.covers(text, left, k - whole)) return false;
  // The right item ends at the next 、 (`某某生产基地、研发总部、检测中心项目`: generic functions, one project's parts).
  let itemEnd = k + 1;
  while (itemEnd < end && text.charCodeAt(itemEnd) !== LIST_SEPARATOR) itemEnd++;
  return !GENERIC.covers(text, k + 1, itemEnd);
}
