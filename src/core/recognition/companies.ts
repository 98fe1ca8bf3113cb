// COMPANY: a registered company name, ending with its legal form (有限公司, 股份有限公司,
// 有限责任公司, 集团, 集团有限公司, (集团)有限责任公司, or a bare 公司 after a specific name).
//
// The left edge is found by the shared leftward scan, with conjunctions as boundaries
// (`与江苏博通…` starts at 江苏; company names never contain 与 和 及 、). Words such as 投资,
// 建设, 发展 are NOT boundaries here: they sit inside registered names (`博通投资实业`).
// When the scan still reaches past a province or city, the name starts at the place: registered
// names open with their place (`利用湖南财信…` → 湖南财信…).
// Generic mentions (`该公司`, `上市公司`, `子公司`, `一家科技公司`) are dropped, but a park's operator
// named after its park is a name (`某某科技园公司`).

import { MAJOR_PLACES, PLACE_NAMES } from '../lexicon/placeNames';
import { AREA_SUFFIXES, ZONE_SUFFIXES } from '../lexicon/parkSuffixes';
import { COMPANY_STOP_WORDS, STOP_CHARS } from '../lexicon/boundaryWords';
import { DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS } from '../lexicon/genericWords';
import { WordMap } from '../wordMap';
import { afterExampleWord, afterRanking, extendLeft, scanOptions, skipRight } from './nameScan';
import { charSet, code, isDigit, isHan } from '../text';
import { lastSpan } from '../sortedSpans';
import { anchorUnits, unitKind, type AnchorUnits } from './anchorUnits';
import { FOREIGN_COUNTRIES } from '../lexicon/placeNames';
import { cutAtPlace } from './parks';
import { nameOrGroupStart } from './groupsOverStops';
import type { Span } from './projects';

/**
 * Legal forms, longest first at each position; 集团 not followed by 化/军/级 (集团化, 集团军, 集团级, also
 * `軍 級`, which folding leaves), and the Japanese 株式会社.
 */
const ANCHOR =
  /\(集团\)(?:股份)?有限(?:责任)?公司|集团(?:股份)?有限(?:责任)?公司|集团(?:股份)?公司|股份有限(?:责任)?公司|股份公司|有限(?:责任)?公司|集团(?![化军軍级級])|株式会社|公司/g;

/** The units that open the words every legal form of ANCHOR holds (公司 集团 会社). */
const LEGAL_FORM_UNITS = unitKind('公集会');

// `属地化公司` (a company registered locally for a project) says how it is registered, not which it is.
const GENERIC = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS, PLACE_NAMES, ['属地']);
const LEADING_JUNK = charSet('、,·&-');
/**
 * `分公司`, `子公司`: a bare branch or subsidiary names none; a branch right after its parent joins it (`extendToBranch`).
 * `某某工业总公司` is a head company's registered name (`总` alone is generic: `该总公司`).
 */
const BRANCH = charSet('分子母');

// `上海日用-友捷汽车电气公司`: a hyphen joins the two halves of a joint venture's name.
const SCAN = scanOptions({ cap: 24, stopWords: COMPANY_STOP_WORDS, extraChars: '·&-' });

export function findCompanies(text: string, anchors: AnchorUnits = anchorUnits(text)): Span[] {
  const spans: Span[] = [];
  // Every legal form holds 公司, 集团 or 会社: a paragraph without any is done without the
  // alternation, which has to be tried at every position (read at the paragraph's units that open them).
  if (!anchors.holds(LEGAL_FORM_UNITS, '公司', '集团', '会社')) return spans;
  let floor = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    const anchor = m.index;
    const end = anchor + m[0].length;
    // `公司全资子公司某某有限公司`: a subsidiary or role said before a name ends every name on its left.
    if (roleBeforeForm(spans, text, anchor, end, m[0])) {
      floor = end;
      continue;
    }
    let start = acrossWrapSpace(text, extendLeft(text, anchor, floor, SCAN), anchor, floor);
    start = afterExampleWord(text, afterRanking(text, skipRight(text, start, anchor, LEADING_JUNK), anchor), anchor);
    start = brandThroughConjunction(text, start, anchor, floor, m[0]);
    // `某某电工新疆新能源股份有限公司`: a place followed only by generic words is the region in a brand's
    // name, not where the name opens.
    const placed = cutAtPlace(text, start, anchor);
    if (!GENERIC.covers(text, placed, anchor)) start = placed;
    // `来源:某某时报·e公司`: a source credit names the publisher of the page, not a firm of the story.
    if (SOURCE_CREDIT.test(text.slice(Math.max(0, start - SOURCE_CREDIT_REACH), start))) continue;
    start = afterZone(text, start, anchor);
    start = placeOpeningBrand(text, start, anchor, floor);
    start = afterOriginOrDate(text, start, anchor, m[0] === '集团' || m[0] === '株式会社');
    start = afterKindWord(text, afterCountWord(text, start, anchor, m[0]), anchor);
    start = nameOrGroupStart(text, start, anchor, floor, m[0]);
    if (start < 0) continue;
    // `某某集团成立的第一家仓储物流公司`, `某市第九批跨国公司`: the Nth company or batch is counted, not named;
    // `跨国公司`, `外资公司`: a class of firms right before the legal form names none; so does a project's own company
    // (`自项目公司投产之日起`, `由项目公司负责`: the firm set up for a project, whatever word comes before it).
    if (ORDINAL_COUNT.test(text.slice(start, anchor)) || countedClass(text, start, anchor, m[0]) || kindAfterDe(text, start, anchor, m[0]) || CLASS_OF_FIRMS.longestEndingAt(text, anchor, start) > 0 || projectCompany(text, anchor, m[0])) {
      floor = end;
      continue;
    }
    // `乌兰集团圣华新药业公司`, `华海集团国际投资有限公司`: a group's name written straight before its
    // member's is one name, even when the member's own words are generic.
    const last = lastSpan(spans);
    const afterGroup = last !== undefined && last.end === start && text.startsWith('集团', last.end - 2);
    if (!afterGroup && GENERIC.covers(text, start, anchor) && !namedAfterPark(text, start, anchor) && !placeNamedGroup(text, start, anchor, m[0])) {
      // `建设三一集团华东总部`: numerals alone before the legal form are a brand (a count has its classifier).
      const brand = numeralBrandStart(text, start, anchor);
      if (brand >= 0) spans.push({ start: brand, end });
      // `上市公司X有限公司`, `属地化公司X有限公司`: a generic company word before a name is no part of it.
      floor = end;
      continue;
    }
    // `某某电建集团湖东省电力建设有限公司`: a member's registered name opens with its parent group's.
    if (afterGroup && (m[0] === '公司' || REGISTERED_MEMBER.test(m[0]) || GENERIC.covers(text, start, anchor))) {
      last.end = end;
      floor = end;
      continue;
    }
    spans.push({ start, end });
    floor = end;
  }
  return spans;
}

/**
 * Is the legal form at `anchor` a company's role, no name? A bare branch or subsidiary (`分公司`, `子公司`; a branch
 * right after its parent joins it: `extendToBranch`), or a role word right before the legal form, whatever verb
 * stands before it: the announcer, a target, a subsidiary (`该交易构成本公司的…`, `认购目标公司股本`, `本公司之全资附属公司`).
 */
function roleBeforeForm(spans: Span[], text: string, anchor: number, end: number, form: string): boolean {
  if (form === '公司' && anchor > 0 && BRANCH.has(text.charCodeAt(anchor - 1)) && WORDS_ENDING_IN_ZI.longestEndingAt(text, anchor) === 0) {
    extendToBranch(spans, text, anchor, end);
    return true;
  }
  return ROLE_HEADS.longestEndingAt(text, anchor) > 0 && NAMES_ENDING_IN_ROLE.longestEndingAt(text, anchor) === 0;
}

/**
 * `某某房地产开发 有限公司`, `某某药 业有限公司`: a page's line wrap leaves a space inside a name (guidelines: debris
 * inside a span stays in it). A scan stopped at a space between two Han characters, with less than a name's two
 * characters after it, stopped inside the name: it goes on past that one space.
 */
function acrossWrapSpace(text: string, start: number, anchor: number, floor: number): number {
  const space = start - 1;
  if (anchor - start >= 2 || space <= floor || text.charCodeAt(space) !== SPACE) return start;
  if (!isHan(text.charCodeAt(space - 1)) || !isHan(text.charCodeAt(start))) return start;
  const before = extendLeft(text, space, floor, SCAN);
  return before < space ? before : start;
}

const SPACE = 0x20;

/**
 * `重点企业某某集团`, `某某生产企业某某集团`: the kind of company said before the name is no part of it; nor is a project heading the
 * list (`七都开工项目某某新能源科技有限公司`).
 */
function afterKindWord(text: string, start: number, anchor: number): number {
  // `全球最大的某某生产企业某某集团`: the last 企业 of the stretch ends the kind (`企业管理` is a trade of the name).
  // Reads the stretch only (at most the scan's cap), the name of two characters at least.
  for (let kind = anchor - 4; kind >= start; kind--) {
    if (!text.startsWith('企业', kind)) continue;
    // `某某企业(中国)投资有限公司`, `某市某某企业食品有限公司`: before generic words only, 企业 is the brand's own word
    // (a kind of firm said before a name is followed by the name).
    if (!text.startsWith('管理', kind + 2) && !GENERIC.covers(text, kind + 2, anchor)) start = kind + 2;
    break;
  }
  if (text.startsWith('项目', start) && anchor - start >= 6) start += 2;
  return start;
}

/**
 * Words that make the legal form after them a company's role in the text, not its name: the announcer speaking of
 * itself (`本公司`, `本集团`), the company a deal is about (`目标公司`), and how a listed group holds others
 * (`附属公司`, `联营公司`, `合营公司`, `参股公司`, `关联公司`), as Hong Kong and mainland announcements write them.
 */
const ROLE_HEADS = WordMap.of(['本', '目标', '附属', '联营', '合营', '参股', '关联']);
/** Words ending in 本 that are a name's own (`日本`, `资本`: `红杉资本公司`), not the announcer's `本`. */
const NAMES_ENDING_IN_ROLE = WordMap.of(['日本', '资本']);
/** `电子公司`, `种子公司`: words ending in 子 that are trades, not `子公司` (a subsidiary). */
const WORDS_ENDING_IN_ZI = WordMap.of(['电子', '微电子', '量子', '光子', '离子', '原子', '粒子', '种子']);
/** `来源:某某`, `來源 : 某某` (a page spacing the colon). */
const SOURCE_CREDIT = /来源\s*[:：]\s*$/;
/** Longest credit read before a name: the two characters of 来源, the colon, and a space on each side of it. */
const SOURCE_CREDIT_REACH = 6;
/** Longest stretch between a registered name and `分公司` (a region or city: `华南`, `某某市`). */
const MAX_BRANCH_PLACE = 6;

/**
 * `某某风电有限公司华南分公司`: a branch written straight after its registered parent, with its region
 * between, is one name (the parent's span grows to the branch); a bare `分公司` stays no name.
 */
function extendToBranch(spans: Span[], text: string, anchor: number, end: number): void {
  const last = lastSpan(spans);
  if (last === undefined || text.charCodeAt(last.end - 1) !== SI || text.charCodeAt(anchor - 1) !== FEN) return;
  const gap = anchor - 1 - last.end;
  if (gap < 1 || gap > MAX_BRANCH_PLACE || extendLeft(text, anchor - 1, last.end, SCAN) !== last.end) return;
  last.end = end;
}

const SI = code('司');
const FEN = code('分');

/** Conjunctions and joint verbs that brands are written with (`协和`, `某某同创`, `某某联合控股`). */
const BRAND_CONJUNCTIONS = WordMap.of(['和', '同', '联合']);
const CLAUSE_OPENERS = charSet('、,，。；;：:“"（(与及\n');

/**
 * `、协和新能源集团有限公司`, `比如,国科创同科技集团`, `与某某联合控股有限公司`: when the scan stopped at a
 * conjunction and what follows it is only generic words, the conjunction is a word of the brand: the
 * name opens before it, where a clause or a list item opens (the stretch before it must name something).
 */
function brandThroughConjunction(text: string, start: number, anchor: number, floor: number, form: string): number {
  const len = BRAND_CONJUNCTIONS.longestEndingAt(text, start, floor);
  // `引入上海均和集团`: nothing at all between the conjunction and the legal form is as generic as generic words.
  if (len === 0 || (start < anchor && !GENERIC.covers(text, start, anchor)) || JOINT_VENTURE.test(text.slice(start, anchor))) return start;
  const brandEnd = start - len;
  const brandStart = extendLeft(text, brandEnd, floor, SCAN);
  if (brandStart === brandEnd || (GENERIC.covers(text, brandStart, brandEnd) && !placeJointGroup(text, brandStart, brandEnd, anchor, form))) return start;
  // The brand opens a clause or a list item, or is the object of a verb that ends names (`引入`).
  const opened = brandStart === 0 || brandStart === floor || CLAUSE_OPENERS.has(text.charCodeAt(brandStart - 1)) || SCAN.stops.longestEndingAt(text, brandStart, floor) > 0 || openedByFunctionWord(text, brandStart);
  return opened ? brandStart : start;
}

/**
 * `由湖北某和环保有限公司投资`, `企业之一的台湾大同电子公司`, `…发展。”广东某和环保有限公司董事长`: a brand holding a
 * conjunction opens after a preposition or particle (the scan's stop characters) or after a quotation closed, as after
 * a clause's opening: no name runs on through those, so the words before the conjunction are the brand's own.
 */
function openedByFunctionWord(text: string, brandStart: number): boolean {
  const before = text.charCodeAt(brandStart - 1);
  return SCAN.stopChars.has(before) || before === CLOSING_QUOTE;
}

const CLOSING_QUOTE = code('”');

/**
 * `规划设计和合资公司组建`, `A和B合资公司`: a joint venture after a conjunction is the venture the words before it set up
 * or the work done with it, no brand's word (`某某和新能源集团` keeps its `和`).
 */
const JOINT_VENTURE = /^合资$/;

/**
 * `与某市联合集团洽谈`: a province or city alone before `联合` and a bare 集团 is a group named after its place, as a
 * place's trade group is (`placeNamedGroup`); the joint verb is its word, not the sentence's.
 */
function placeJointGroup(text: string, brandStart: number, brandEnd: number, anchor: number, form: string): boolean {
  return form === '集团' && anchor === brandEnd + 2 && text.startsWith('联合', brandEnd) && MAJOR.longestStartingAt(text, brandStart, brandEnd) === brandEnd - brandStart;
}

/** `第一家`, `第九批`, `首家`, `首批`: a company or batch counted by its order. */
const ORDINAL_COUNT = /(?:第[一二三四五六七八九十百0-9]+|首)[家批]/;

/**
 * `该项目包括19家高科技公司`, `是中国四大国家石油公司之一`: firms counted by a number (the scan stops at its digits, so the
 * stretch opens with the count's classifier) or ranked among the N biggest (`四大`, `十大`) are a class, none named.
 */
function countedClass(text: string, start: number, anchor: number, form: string): boolean {
  if (start > 0 && isDigit(text.charCodeAt(start - 1)) && COUNT_CLASSIFIERS.has(text.charCodeAt(start))) return true;
  return THE_N_BIGGEST.test(text.slice(start, anchor)) || (form === '公司' && COUNT_OPENING.test(text.slice(start, anchor)));
}

/**
 * `成立一家仓储公司`, `引进两家物流公司`: a count in words opening the stretch before a bare `公司` is a determiner: the
 * kind of firm follows, no name (a firm the text names is written with its legal form).
 */
const COUNT_OPENING = /^[一两二三四五六七八九十几数多]+[家个]/;

/**
 * `引进了一家某某包装有限公司`: before a registered or group form the count is a determiner said before the name, which
 * starts after it (before a bare `公司` the stretch is left whole for `countedClass`, which reads it as a kind).
 */
function afterCountWord(text: string, start: number, anchor: number, form: string): number {
  if (form === '公司') return start;
  const count = COUNT_OPENING.exec(text.slice(start, anchor));
  return count ? start + count[0].length : start;
}

const COUNT_CLASSIFIERS = charSet('家个');

/**
 * `规划建筑面积为创新的运输公司`, `由两地合作组建的客滚公司`: two characters alone between `的` and a bare `公司` are the kind of
 * firm the clause before describes (a trade), no brand: a firm the clause introduces is written with its legal form or a
 * longer name.
 */
function kindAfterDe(text: string, start: number, anchor: number, form: string): boolean {
  return form === '公司' && anchor - start === 2 && start > 0 && text.charCodeAt(start - 1) === DE;
}

const DE = code('的');
/** `四大`, `十大`: the N biggest; not `一大` (`一大批`), nor the place `五大连池`. */
const THE_N_BIGGEST = /[二三四五六七八九十]大(?!连)/;

/**
 * Classes of firms by reach, market or investor, never the last words of a firm's own name (`境内跨国公司`,
 * `A股上市公司`, `新设外商投资公司`); a brand before `合资公司` may name one (`某某合资公司`).
 */
const CLASS_OF_FIRMS = WordMap.of(['跨国', '上市', '外商投资',
  // a locative right before the form: the firms of a place or a trade (`行业内公司`, `区域内公司`, `省内集团`), none named
  '内',
  // Taiwan's boards: listed, over the counter, emerging (`上市、上柜公司`, `台湾上市柜公司`, `兴柜公司`)
  '上柜', '上市柜', '兴柜']);

/** `项目公司`: the company a project is run by, a role; a registered name ends with a legal form after 项目 (`某某项目有限公司`). */
function projectCompany(text: string, anchor: number, form: string): boolean {
  return form === '公司' && text.startsWith('项目', anchor - 2);
}

/** A registered legal form without 集团: a member company's full name, not a group's. */
const REGISTERED_MEMBER = /^(?:股份)?有限(?:责任)?公司$|^股份公司$/;

/** Numerals a brand may be written with (`三一`, `九九`); not 两 几 多 余 数, which count or guess. */
const BRAND_NUMERALS = charSet('一二三四五六七八九十百千万');

/** Longest brand made of numerals only (`三一集团`). */
const MAX_NUMERAL_BRAND = 4;

/**
 * Start of a brand of two to four numerals right before the legal form, after a boundary or a
 * generic word (`三一集团`, `建设三一集团`), or -1. A count of companies always has its classifier
 * (`三家公司`, `两个集团`), so numerals alone name one.
 */
function numeralBrandStart(text: string, start: number, anchor: number): number {
  let k = anchor;
  while (k > start && anchor - k < MAX_NUMERAL_BRAND && BRAND_NUMERALS.has(text.charCodeAt(k - 1))) k--;
  if (anchor - k < 2) return -1;
  // The run must be the whole numeral stretch (`第三一…` or a longer number is no brand).
  return k === start || !BRAND_NUMERALS.has(text.charCodeAt(k - 1)) ? k : -1;
}

const AREA = WordMap.of(AREA_SUFFIXES);
const ZONES = WordMap.of(ZONE_SUFFIXES);

/**
 * `城东工业园区蓝电股份有限公司`, `市经济开发区正大化工有限公司`: a zone written before a company's own
 * name is where the company is, so the name starts after it; a zone followed only by generic words
 * (`某某高新区发展有限公司`, `某某工业园区投资公司`) is the zone's operator, one name. Reads the
 * prefix once (at most the scan's cap).
 */
function afterZone(text: string, start: number, anchor: number): number {
  let cut = start;
  for (let k = start + 2; k < anchor - 1; k++) {
    const zone = ZONES.longestStartingAt(text, k, anchor);
    if (zone > 0 && k + zone <= anchor - 2) cut = k + zone;
  }
  return cut > start && !OPERATOR.covers(text, cut, anchor) && !zoneOpensRegisteredName(text, start, cut) ? cut : start;
}

/**
 * `苏州工业园区某某生物医药有限公司`, `无锡高新区某某集团`: a zone named after a city we know, opening the stretch, is the
 * place a registered name opens with (its 行政区划), one name with the firm's own name after it. (A firm whose own name
 * opens with a place, `某某新区沧州某某化工有限公司`, is cut at that place before: the zone stays where it is.)
 */
function zoneOpensRegisteredName(text: string, start: number, cut: number): boolean {
  return MAJOR.longestStartingAt(text, start, cut) > 0;
}

/** What a zone's operating company is called after the zone (`发展 开发 运营 投资` …). */
const OPERATOR = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS,
  ['发展', '开发', '运营', '管理', '建设', '置业', '资产', '经营', '服务', '城投', '国投']);

/**
 * `某省医药集团`, `与某市环保集团`: a province or city opening the stretch, then a trade, before a bare 集团 is a
 * group's name, though its words are generic (a kind of group has no place of its own: `医药集团`, `市城投集团`).
 * So is a registered legal form after a place and trade words (`某国建设科技有限公司`, `某市产业投资集团有限公司`):
 * a registered name opens with its place, its trade name may be a common word, and a kind of firm is never written
 * with 有限公司 (`一家科技公司`, `美国科技公司` are kinds: a bare 公司 stays generic).
 */
function placeNamedGroup(text: string, start: number, anchor: number, form: string): boolean {
  const registered = REGISTERED_FORM.test(form);
  if (form !== '集团' && !registered) return false;
  const place = MAJOR.longestStartingAt(text, start, anchor);
  // `某某高新区投资集团`: a zone's operator is read by the zone rules (`afterZone`), not as a place's group.
  if (place === 0 || anchor - start - place < 2 || ZONES.occursIn(text, start + place, anchor)) return false;
  if (!registered) return true;
  // Trade words only after the place and its 省/市 (`某省多家科技有限公司` counts firms, names none).
  const trade = ADMIN.has(text.charCodeAt(start + place)) ? start + place + 1 : start + place;
  return anchor - trade >= 2 && TRADE_WORDS.covers(text, trade, anchor);
}

/** Legal forms a firm is registered with (有限公司, 股份公司, 集团有限公司 …), not a bare 公司 or 集团. */
const REGISTERED_FORM = /有限(?:责任)?公司$|股份公司$/;
const ADMIN = charSet('省市');
/** The words a registered name's trade may be made of, though they are generic alone (no determiners, no counts). */
const TRADE_WORDS = WordMap.of(QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS, PLACE_NAMES);

/** `香港科技园公司`: the prefix is a park's name (a suffix with a name before it), the company runs it. */
function namedAfterPark(text: string, start: number, anchor: number): boolean {
  const suffix = AREA.longestEndingAt(text, anchor, start);
  return suffix > 0 && anchor - suffix - start >= 2;
}

/**
 * Function words that brands are written with (`钢之星`, `同景`, `每日`, `共享易得`, `佳宏和利`, `交易及结算所`): they end a
 * scan, not a brand.
 */
const BRAND_FUNCTION_WORDS = WordMap.of(['之', '同', '每', '共享', '和', '及']);
const MAJOR = WordMap.of(MAJOR_PLACES);
/** What may stand right before a place that opens a company's name: a conjunction joining names. */
const JOINING = charSet('与和及');
/** Longest stretch between the place and where the scan stopped (`钢之`, `共享`). */
const MAX_BRAND_HEAD = 3;

/**
 * `、苏州钢之星精工科技有限公司`, `与上海同景新能源…公司`: the scan stopped at a function word inside the brand,
 * just after a province or city that opens the name after a boundary (punctuation, the start, the name
 * before, or a conjunction), so the name starts at the place. Reads at most the place and three characters.
 */
function placeOpeningBrand(text: string, start: number, anchor: number, floor: number): number {
  // `上海和江苏某某有限公司`: a place after the conjunction opens a name of its own; the conjunction joins two.
  if (anchor - start < 2 || MAJOR.longestStartingAt(text, start, anchor) > 0) return start;
  for (let placeEnd = start - 1; placeEnd >= Math.max(floor, start - MAX_BRAND_HEAD); placeEnd--) {
    // The function word ends where the scan stopped (`钢之|星`, `同|景`, `共享|易得`).
    if (BRAND_FUNCTION_WORDS.longestEndingAt(text, start, placeEnd) === 0) continue;
    const place = MAJOR.longestEndingAt(text, placeEnd, floor);
    if (place === 0 || !brandText(text, placeEnd, start)) continue;
    const placeStart = placeEnd - place;
    if (placeStart === floor || JOINING.has(text.charCodeAt(placeStart - 1)) || !isNameChar(text.charCodeAt(placeStart - 1))) return placeStart;
  }
  return start;
}

/** Is [from, to) Han text without a character that ends names (`苏州的钢之星`: 的 ends one)? */
function brandText(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NAME_ENDING.has(text.charCodeAt(k)) && !BRAND_FUNCTION_WORDS.occursIn(text, k, k + 1)) return false;
  return true;
}

const NAME_ENDING = charSet(STOP_CHARS);

function isNameChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Investors written by where they come from (`台商某某科技有限公司`, as `台企`): the origin is no part of the name. */
const INVESTOR_ORIGINS = WordMap.of(['台商', '港商', '外商', '侨商', '客商']);
const COUNTRIES_ABROAD = WordMap.of(FOREIGN_COUNTRIES);
const DATE_UNITS = charSet('日月号');

/**
 * `德国某某集团`, `日本某某株式会社`, `台商某某电子科技有限公司`: a foreign country before a group or a
 * Japanese company (a company registered in China keeps the country it was named with, `日本某某电子大丰有限公司`,
 * and so does a bare `公司`, `美国某某公司`, whose name the text may give in full),
 * or an investor's origin, says where the company is from, not its name; `8月15日某某集团`: a date's day is
 * no part of the name either.
 */
function afterOriginOrDate(text: string, start: number, anchor: number, registeredAbroad: boolean): number {
  if (start > 0 && isDigit(text.charCodeAt(start - 1)) && DATE_UNITS.has(text.charCodeAt(start))) start++;
  const origin = INVESTOR_ORIGINS.longestStartingAt(text, start, anchor) || (registeredAbroad ? COUNTRIES_ABROAD.longestStartingAt(text, start, anchor) : 0);
  return origin > 0 && anchor - start - origin >= 2 && !GENERIC.covers(text, start + origin, anchor) ? start + origin : start;
}
