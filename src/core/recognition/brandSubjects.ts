// A firm's short name as the subject of a verb of investing, signing or building (`某某科技在某某开发区投资建设。`,
// `日本某某汽车已与某市签署战略合作协定,投资…`, `某某石化与某港签署…项目投资合作协议`, `某某通讯投资…`): the clause opens
// with a brand and its trade, then only intentions and a complement (`与某市`, `在某某开发区`) before the verb. The
// trade closing the words says they name a firm, and the verb that the firm is the actor whose money the sentence (or
// the project it sets up) tells; the links then read its amounts as that firm's. No figure needs to follow the verb:
// news often gives the money in the next sentence (`…投资建设。项目总投资X`). A country before the brand says where the
// firm is from and stays out of the name (as for groups, companies.ts); a province or city stays in it, as the firm
// writes it (`海南某某石化`). Places, offices and generic words are never such brands (`isBrand`, brandNames.ts).

import { FOREIGN_COUNTRIES, MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { charSet, code } from '../text';
import { unitKind, type AnchorUnits } from './anchorUnits';
import { FIRM_TRADES } from './brandGeneric';
import type { Span } from './projects';

/**
 * A trade of one character and `业` (`某某铝业`, `某某桩业`, `某某矿业`): firms name their line so, but the words that
 * name a sector or a firm in general end so too (`企业 产业 工业 行业 商业 物业 创业 就业 事业 专业 作业 营业 开业 毕业
 * 主业 副业 学业 职业 农业 林业 渔业 牧业 家业 同业 实业`), and are none (`实业` is a trade of its own, BRAND_TRADES).
 */
const TRADE_IN_YE = '(?:(?![企产工行商物创就事专作营开毕主副学职农林渔牧家同实])[\u4e00-\u9fff]业)';
/**
 * The trades closing a subject firm's short name: the makers' trades (FIRM_TRADES), the trades large groups are
 * called by after their brand (`某某航空`, `某某通讯`, `某某石化`, `某某高科`, `某某重工`), a line in `业`, and the
 * digital and printing trades (`某某数码`, `某某彩印`).
 */
const SUBJECT_TRADES = `(?:${FIRM_TRADES.slice(3, -1)}|航空|通讯|石化|高科|重工|数码|彩印|${TRADE_IN_YE})`;
/**
 * A clause opening with the firm (an example's `如`, `其中` or the agent's `由` before it or not), then intentions, then a complement of
 * the verb (`与某市`, `在某区`, `向某公司`, a partner after `携手`) or not, then the verb of signing, of investing and building, or of paying a
 * figure (`投资5亿元`; a bare `投资` is often a noun, `某某半导体投资前三的集团`), sticky, tried at a clause's opening;
 * group 1 the name with its place and trade. A dash opens the firm's words too: the kind of firm said before it, set
 * off by `——` (`行业龙头——某某股份投资X`), is an apposition, not part of the name.
 */
const SUBJECT_ACTS = new RegExp(
  `(?:^|[,;:。!?\\n—])\\s*(?:其中|如|由)?([\\u4e00-\\u9fff]{2,8}?${SUBJECT_TRADES})(?:已|将|拟|日前|近日|正式|也|还|再|计划|今天|今日){0,3}(?:(?:[与和同在于向]|携手)[^,;:。!?\\n]{0,20}?)?(?:签署|签订|签约|达成|投资建设|投资兴建|总?(?:投资|增资)(?:超|约|逾|近)?\\s?[0-9])`,
  'y',
);
/** The units the verbs' anchors hold: `署 订 约` of signing, `成` of `达成`, `资` of investing. */
const VERB_UNITS = unitKind('署订约成资');
/** The unit before each anchor unit in its verb (`签署 签订 签约 达成 投资 增资`), by the anchor unit. */
const VERB_OPENING = new Map([...'署订约'].map((unit) => [code(unit), charSet('签')] as const)).set(code('成'), charSet('达')).set(code('资'), charSet('投增'));
/** How far before the verb the clause's opening is looked for: a place, a brand, a trade, intentions, a complement. */
const REACH = 40;
/** The marks a subject's clause opens after; a dash sets off the kind of firm said before the name. */
const CLAUSE_OPENERS = charSet(',;:。!?\n—');
const FOREIGN = WordMap.of(FOREIGN_COUNTRIES);
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);
/** A brand's length after its place: two units at least, four at most (longer words are a phrase, not a name). */
const MIN_BRAND = 2;
const MAX_BRAND = 4;
/** The trade closing the name. */
const TRADE_END = new RegExp(`${SUBJECT_TRADES}$`);
/**
 * What no subject firm's name holds: a zone's or a district's words (`某某区科技…`, `某某园区`), or a preposition
 * opening it (the words governed by it, `被某某汽车收购`).
 */
const NOT_A_FIRM = /[区园]|^[由被把对向从让经]/;

/**
 * The short names of firms opening a clause of `text` (a folded paragraph) as the subject of a verb of signing or of
 * investing and building, in text order; `isBrand` says whether words are a brand of their own (brandNames.ts).
 */
export function brandSubjects(text: string, anchors: AnchorUnits, isBrand: (text: string, start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  let lastClause = -1;
  for (const at of anchors.positions(VERB_UNITS)) {
    if (at === 0 || !VERB_OPENING.get(text.charCodeAt(at))?.has(text.charCodeAt(at - 1))) continue;
    const clause = clauseOpening(text, at);
    if (clause < 0 || clause === lastClause) continue;
    lastClause = clause;
    SUBJECT_ACTS.lastIndex = clause;
    const m = SUBJECT_ACTS.exec(text);
    if (!m) continue;
    const span = firmName(text, m.index + m[0].indexOf(m[1]), m[1], isBrand);
    if (span) out.push(span);
  }
  return out;
}

/** The opening of the clause holding `at` (the boundary before it, or the text's start), or -1 past the reach. */
function clauseOpening(text: string, at: number): number {
  const lo = Math.max(0, at - REACH);
  for (let k = at - 1; k >= lo; k--) if (CLAUSE_OPENERS.has(text.charCodeAt(k))) return k;
  return lo === 0 ? 0 : -1;
}

/** A province's or a city's level word after its name (`滨州市`, `山东省`). */
const LEVEL_WORDS = charSet('省市');
/** How many places the chain before a brand holds at most (`山东滨州`, `某省某市`). */
const MAX_PLACES = 2;

/**
 * The length of the places opening a firm's name at `start`, each with its level word or not (`某州市某某化工`,
 * `山东某州某某化学`): a firm writes its province and city before its brand, and a level word left on the brand would
 * make it no name (`市某某`).
 */
function placesLength(text: string, start: number, end: number): number {
  let at = start;
  for (let n = 0; n < MAX_PLACES; n++) {
    const place = MAJOR_PLACE.longestStartingAt(text, at, end);
    if (place === 0) break;
    at += place;
    if (at < end && LEVEL_WORDS.has(text.charCodeAt(at))) at++;
  }
  return at - start;
}

/**
 * The firm's name `words` at `start`: a foreign country before it left out, a province or city kept, the brand between
 * the place and the trade one of its own.
 */
function firmName(text: string, start: number, words: string, isBrand: (text: string, start: number, end: number) => boolean): Span | undefined {
  const end = start + words.length;
  const country = FOREIGN.longestStartingAt(text, start, end);
  const nameAt = start + country;
  const brandAt = nameAt + placesLength(text, nameAt, end);
  const trade = TRADE_END.exec(words);
  const brandEnd = end - (trade ? trade[0].length : 0);
  if (brandEnd - brandAt < MIN_BRAND || brandEnd - brandAt > MAX_BRAND || NOT_A_FIRM.test(words)) return undefined;
  return isBrand(text, brandAt, brandEnd) ? { start: nameAt, end } : undefined;
}
