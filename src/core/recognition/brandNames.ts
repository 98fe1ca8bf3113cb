// COMPANY mentions without a legal form: a company's short name, tagged only where the text says
// it is a company (annotation guidelines, "Links: whose money it is" needs them as targets):
//   - a registered name's place and brand, later in the paragraph (`宏远机电(成都)有限公司` …
//     `成都宏远累计纳税…`): the local short form of that very company;
//   - the short name a registered name declares right after it (`某某科技有限公司(以下简称“某某”)`: `declaredShortNames`);
//   - a four-character name opening its clause, said to be a company (`宏远机电是…首家上市公司`);
//   - a two-character brand with its trade opening its clause as the investor (`卓越科技投资3亿元`,
//     `某某能源总投资…`, `某某食品也将新增投资…`): a trade word after two characters names a firm,
//     while a place or a generic word before it names none;
//   - a brand of two to four characters with a firm's trade, a foreign country or an example's `如` before it or not,
//     opening a clause as the investor (`韩国某某赛思汽车增资4亿美元`, `某某风能计划投资…`: `longBrandsInvesting`);
//   - a brand opening with Latin capitals, then its Han brand or trade, opening a clause and paying, an intention and
//     its words between or not (`SK某某士投资86亿美元`, `LG某某将向…投资Y`, `SK某某士砸36亿美元`: `latinBrandsPaying`);
//   - a province or city and a brand opening a clause or list item as the investor (`、江苏某某投资7亿元的…`);
//   - a country or province and a brand opening a sentence, an intention right after, the sentence paying an
//     amount further on (`中国某某将加大在某省投入,拟投资…`: `brandsOpeningPayingSentences`);
//   - a two-character brand with its trade owning the project after `的` (`签约项目为某某制药的增资扩产项目`);
//   - a foreign company by its country and brand, signed or brought in (`签约了德国博恒等项目`);
//   - a listed company's four-character short name announcing, opening its clause (`宏远机电晚间公告`,
//     `宏远机电(600000)公告称`, `ST宏远披露`, `宏远股份发布公告`, `宏远机电6月6日晚间发布公告`);
//   - a listed company's short name with its stock code (`宏远(600000.SH)`: listedNames.ts);
//   - a works by its name (`某县某某材料加工厂`, `某某有限公司和某某食品厂`: `worksNames`);
//   - a project's builder after `由` (`某某项目由湖南某某投资建设`);
//   - a firm named right after the money put into it (`投资1亿元的某某房地产,`: brandsAfterAmounts.ts);
//   - a short name beside the kind of firm it is (`控股子公司某某拟…`, `零部件厂商ABC将于…`: brandAppositions.ts);
//   - a brand and its trade opening a clause as the subject of a verb of signing or of investing and building
//     (`某某科技在某区投资建设`, `日本某某汽车已与某市签署…`: brandSubjects.ts);
//   - a brand as the subject of a verb only a firm takes before a figure (`某某注资11亿`, `的某某到资2亿元`: capitalVerbSubjects.ts);
//   - the items of a list closed by a count of firms (`某某电子、某某化工等10家企业`: firmsCounted.ts).
// Anything else stays untagged: a short word is too often not a name (absent is better than wrong).

import { FOREIGN_COUNTRIES, MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { charSet, code, isDigit, isHan, isSentenceEnd, runStart, unitAt, type CharSet } from '../text';
import { anchorUnits, unitKind, type AnchorUnits } from './anchorUnits';
import { lastSpan } from '../sortedSpans';
import { XIANG_UNITS, type Span } from './projects';
import { listedShortNames } from './listedNames';
import { BRAND_GENERIC, BRAND_TRADES, FIRM_TRADES } from './brandGeneric';
import { brandAppositions } from './brandAppositions';
import { brandsAfterAmounts } from './brandsAfterAmounts';
import { brandSubjects } from './brandSubjects';
import { brandsContrasted } from './brandsContrasted';
import { capitalVerbSubjects } from './capitalVerbSubjects';
import { firmsCounted } from './firmsCounted';

/** `宏远机电(成都)有限公司`: the brand, then the bracketed place. */
const REGISTERED_WITH_PLACE = /^([\u4e00-\u9fff]{2,6})\(([\u4e00-\u9fff]{2,3})\)(?:有限|股份)/;
/** `X是…(上市)公司`, within one clause (sticky: tried at clause openings, see `clauseMatches`). */
const SAID_COMPANY = /(?:^|[,;:。!?\n])\s*([\u4e00-\u9fff]{4})是[^,;:。!?\n]{0,24}?(?:公司|企业)(?=[,;:。!?\n])/y;
/** The trades a two-character brand is written with, in a firm's short name (`卓越科技`, `某某生物`). */
const TRADE = BRAND_TRADES;
/**
 * `XY科技投资3亿元`, `XY能源总投资…`, `XY食品也将新增投资…` opening a clause (sticky, as above): the
 * clause's subject paying an amount, only intentions and additions between (any other word may make the
 * brand the head of another name: `XY光电新材料项目总投资…`, `XY智能装备产业园计划投资…`); a plant after
 * the trade is the firm's name (`XY食品厂计划总投资…`).
 */
const BRAND_INVESTS = new RegExp(`(?:^|[,;:。!?\\n])\\s*([\\u4e00-\\u9fff]{2}${TRADE}厂?)(?:计划|拟|将|也|要|再|还|已|新增|追加){0,3}总?(?:投资|斥资|增资)(?:超|约|逾)?[0-9]`, 'y');
/**
 * `宏远机电午间公告`, `宏远机电(600000)公告称`, `*ST宏远披露` opening a clause (sticky, as above): a listed
 * company's short name (four characters, or ST and two to four) announcing, the day it did so (yesterday too, `昨日晚间`) and `发布` between
 * or not (`宏远股份发布公告`, `宏远机电6月6日晚间发布公告称`); an office announcing (`董事会公告`, `管委会发布公告`,
 * `市商务局发布公告`: ending in an office's character) has no such name.
 */
const ANNOUNCES = /(?:^|[,;:。!?\n])\s*((?:\*?ST)?[\u4e00-\u9fff]{4}|\*?ST[\u4e00-\u9fff]{2,3})(?<![委局会厅办府院部处署])(?:\(\d{6}(?:\.S[ZH])?\))?\s*(?:\d{1,2}月\d{1,2}日)?(?:昨日|昨天|昨晚)?(?:午间|晚间|早间|盘后|日前|今日|今天)?(?:发布|发出)?(?:公告|披露)/y;
/** The characters the patterns above open a clause with. */
const CLAUSE_OPENERS = charSet(',;:。!?\n');
/** `签约了德国博恒等项目`: a company standing for its project in what was signed. */
const SIGNED_FOREIGN = /(?:签约|引进|引入|招引)了?([\u4e00-\u9fff]{4})等(?:项目|企业)/g;
/** What opens the words closing every match of SIGNED_FOREIGN (`等项目`, `等企业`). */
const DENG_UNITS = unitKind('等');
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);
/** Characters and words that make a word something other than a name (a trade's `业` is no firm word: `某某药业`). */
const NOT_A_NAME = /[的是在和与及或该本此这其们市县省镇]|公司|企业|集团|项目|园区/;

/**
 * Short COMPANY mentions of `text` (a folded paragraph), in text order, outside `companies`
 * (the registered names found, in text order).
 */
export function findBrandNames(text: string, companies: readonly Span[], anchors: AnchorUnits = anchorUnits(text)): Span[] {
  // Where a figure is paid for (`投资5亿元`), found once for the two readings that start there.
  const paying = payingAt(text, anchors);
  const found = joined([localShortForms(text, companies), declaredShortNames(text, companies), saidCompanies(text, anchors), brandsInvesting(text, paying), longBrandsInvesting(text, paying), latinBrandsPaying(text, paying, anchors), placedBrandsInvesting(text, paying), brandsAfterAmounts(text, paying, isBrand), brandsOpeningPayingSentences(text, paying), brandsOwningProjects(text, anchors), projectBuilders(text), worksNames(text, companies), foreignBrands(text, anchors), announcers(text, anchors), listedShortNames(text, anchors), brandAppositions(text, anchors), brandSubjects(text, anchors, isBrand), brandsContrasted(text, anchors, isBrand), capitalVerbSubjects(text, anchors, isBrand), firmsCounted(text, isBrand)]);
  if (found.length === 0) return found;
  found.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const span of found) {
    const last = lastSpan(out);
    if (last && span.start < last.end) continue;
    if (!companies.some((c) => span.start < c.end && c.start < span.end)) out.push(span);
  }
  return out;
}

/**
 * The readings' spans in one list, in the readings' order: pushed one by one, not spread into an array literal (a
 * spread per reading walked an iterator, almost always over an empty list, for every paragraph).
 */
function joined(readings: readonly (readonly Span[])[]): Span[] {
  const out: Span[] = [];
  for (const spans of readings) for (let k = 0; k < spans.length; k++) out.push(spans[k]);
  return out;
}

/** `成都宏远` after `宏远机电(成都)有限公司`: a few registered names per paragraph, each looked for once. */
function localShortForms(text: string, companies: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const company of companies.slice(0, 8)) {
    const m = REGISTERED_WITH_PLACE.exec(text.slice(company.start, company.end));
    if (!m) continue;
    const short = m[2] + m[1].slice(0, 2);
    for (let at = text.indexOf(short, company.end); at >= 0; at = text.indexOf(short, at + short.length)) {
      out.push({ start: at, end: at + short.length });
    }
  }
  return out;
}

/**
 * `某某科技有限公司(以下简称“香港某某”)`: the short name a registered name declares right after it, in quotes (or not) inside
 * its bracket. The article calls the company so from there on (brandsWrittenAgain.ts tags its later writings).
 */
const DECLARED_SHORT = /^\((?:以下)?简称[:：]?[“"「]?([^”"」),;:。]{2,10}?)[”"」]?\)/;

function declaredShortNames(text: string, companies: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const company of companies) {
    if (text.charCodeAt(company.end) !== 0x28) continue;
    const m = DECLARED_SHORT.exec(text.slice(company.end, company.end + 20));
    if (!m) continue;
    const start = company.end + m[0].indexOf(m[1]);
    if (!NOT_A_NAME.test(m[1]) || /(?:公司|集团)$/.test(m[1])) out.push({ start, end: start + m[1].length });
  }
  return out;
}

// The patterns open with a clause boundary, which a regex search must try at every position: they
// are tried only where a clause holds their anchor word, and only in paragraphs holding the words
// they need (read at the paragraph's units that open them, anchorUnits.ts).
function saidCompanies(text: string, anchors: AnchorUnits): Span[] {
  const said = anchors.positions(SHI_UNITS);
  return said.length > 0 && anchors.holds(FIRM_UNITS, '公司', '企业') ? matches(text, clauseMatches(text, SAID_COMPANY, said)) : [];
}

/**
 * Where a figure is paid for (`投资5亿元`, `斥资约5亿元`): the starts of the matches of a global search for
 * /(?:投资|斥资|增资)(?:超|约|逾)?[0-9]/ (no two can overlap), read at the paragraph's `资` (anchorUnits.ts).
 */
function payingAt(text: string, anchors: AnchorUnits): number[] {
  const paying: number[] = [];
  for (const at of anchors.positions(ZI_UNITS)) if (paysDigitAt(text, at)) paying.push(at - 1);
  return paying;
}

function brandsInvesting(text: string, paying: readonly number[]): Span[] {
  return paying.length > 0 ? matches(text, clauseMatches(text, BRAND_INVESTS, paying)) : [];
}

/**
 * `SK某某士投资86亿美元`, `LG某化将向两座工厂各投资Y`, `SK某某士砸36亿美元` opening a clause (sticky, as BRAND_INVESTS): Latin
 * capitals, then two to four Han characters (a foreign firm's name as Chinese news writes it: its letters and its brand
 * or trade), then the verb paying an amount, right after it or after an intention and the words it governs in the same
 * clause. Letters opening a name the clause makes pay are a firm's; the Han words after them must not be generic alone
 * (`GDP增长`, `AI产业`: no name).
 */
const LATIN_BRAND_PAYS = /(?:^|[,;:。!?\n])\s*([A-Z]{2,4})([\u4e00-\u9fff]{2,4}?)(?:(?:将|拟|计划|也|还|已|再)[^,;:。!?\n]{0,24}?)?(?:总?(?:投资|斥资|增资)(?:超|约|逾)?|砸下?)\s?[0-9]/y;
/** Letters that are economic or technical terms, no firm's (`GDP增长将…`, `AI产业计划投资…`, `PPP模式投资…`). */
const LATIN_TERMS = /^(?:GDP|GNP|CPI|PPI|PMI|PPP|EPC|BOT|BT|AI|IT|IP|IC|VR|AR|ESG|FDI|RMB|USD)$/;
/** The `砸` of `砸36亿美元`, the verb of paying news writes for a firm's big outlay. */
const ZA_UNITS = unitKind('砸');

function latinBrandsPaying(text: string, paying: readonly number[], anchors: AnchorUnits): Span[] {
  const out: Span[] = [];
  const smashing = anchors.positions(ZA_UNITS);
  if (paying.length === 0 && smashing.length === 0) return out;
  const at = smashing.length === 0 ? paying : [...paying, ...smashing].sort((a, b) => a - b);
  for (const m of clauseMatches(text, LATIN_BRAND_PAYS, at)) {
    const start = m.index + m[0].indexOf(m[1] + m[2]);
    const han = start + m[1].length;
    const end = han + m[2].length;
    if (!LATIN_TERMS.test(m[1]) && !NOT_A_NAME.test(m[2]) && !BRAND_GENERIC.covers(text, han, end)) out.push({ start, end });
  }
  return out;
}

/**
 * `如韩国某某赛思汽车增资4亿美元`, `某某风能计划投资5亿元`, `某某汽车总投资…` opening a clause (sticky, as BRAND_INVESTS): a
 * brand of two to four characters with a firm's trade (the longer list, `汽车 化学 风能 房地产…`), a foreign country
 * (left out of the name, as for groups in companies.ts) or an example's `如` before it or not, then only intentions and
 * additions before the verb paying an amount. The trade closing the words and the money they pay say they name a firm;
 * the brand before the trade must be a brand of its own (`新能源汽车投资…`, `江苏汽车…`: a kind or a place, no name).
 */
const LONG_BRAND_INVESTS = new RegExp(`(?:^|[,;:。!?\\n])\\s*(?:如|其中)?(?:${FOREIGN_COUNTRIES.join('|')})?([\\u4e00-\\u9fff]{2,4}?)(${FIRM_TRADES}厂?)(?:计划|拟|将|也|要|再|还|已|新增|追加){0,3}总?(?:投资|斥资|增资)(?:超|约|逾)?[0-9]`, 'y');

function longBrandsInvesting(text: string, paying: readonly number[]): Span[] {
  const out: Span[] = [];
  if (paying.length === 0) return out;
  for (const m of clauseMatches(text, LONG_BRAND_INVESTS, paying)) {
    const start = m.index + m[0].indexOf(m[1] + m[2]);
    const end = start + m[1].length + m[2].length;
    if (isBrand(text, start, end) && !BRAND_GENERIC.covers(text, start, start + m[1].length)) out.push({ start, end });
  }
  return out;
}

/**
 * `、江苏某某投资7亿元的…项目`, `,台州某某某计划投资…`: a province or city and a brand of two or three characters, opening a
 * clause or a list item, then only intentions (`计划 拟 将…`) before the verb paying an amount. The place says the
 * words are a firm's name (written where it is from, as registered names are), not the sentence's subject words;
 * not a place's own words after it (`广东今年将投资…`: `PLACE_OWN_WORDS`).
 */
const PLACED_BRAND_BEFORE = /(?:^|[,;:。!?\n、])\s*([\u4e00-\u9fff]{4,7}?)(?:计划|拟|将|也|要|再|还|已|新增|追加){0,3}总?$/;
/** How far before the verb of paying the name and its opening are read. */
const PLACED_BRAND_REACH = 14;
const MIN_BRAND = 2;
const MAX_PLACED_BRAND = 3;

/** Read back from each place where a figure is paid for (`payingAt`). */
function placedBrandsInvesting(text: string, paying: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const verb of paying) {
    const from = Math.max(0, verb - PLACED_BRAND_REACH);
    const named = PLACED_BRAND_BEFORE.exec(text.slice(from, verb));
    if (!named || !opensThere(text, from, named, ITEM_OPENERS)) continue;
    const start = from + named.index + named[0].indexOf(named[1]);
    const brandAt = start + MAJOR_PLACE.longestStartingAt(text, start, start + named[1].length);
    const end = start + named[1].length;
    if (brandAt === start || end - brandAt < MIN_BRAND || end - brandAt > MAX_PLACED_BRAND) continue;
    if (NOT_A_NAME.test(named[1]) || PLACE_OWN_WORDS.test(text.slice(brandAt, end))) continue;
    if (BRAND_GENERIC.covers(text, brandAt, end) || BRAND_GENERIC.covers(text, brandAt, brandAt + MIN_BRAND)) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * `中国某某将加大在某省投入,拟投资X`, `中国某某未来5年规划投资Y`: a country (or province, city) and a brand of two or three
 * characters opening a sentence, an intention or a time to come right after the brand, and a verb paying an amount
 * further on in the same sentence. A group's short name is built so (its country and two characters of its own); the
 * intention makes the words the sentence's subject, and the sentence's money says that subject is a payer, a firm.
 */
const INTENTION_AFTER_BRAND = /^(?:将|拟|计划|未来|也|还|已)/;
/** How far before the verb of paying the sentence's start is looked for. */
const PAYING_SENTENCE_REACH = 40;
/**
 * What a place's own words hold after it, never a brand's (both readings of a place and a brand): times (`广东今年将投资…`), regions (`中国西部`) and the
 * country's economy (`中国经济 中国市场 中国资本`, `国内 本土 内地 各地`).
 */
const PLACE_OWN_WORDS = /[年月日今明去]|[东西南北中][部北南]|经济|市场|资本|国内|本土|内地|各地/;
/** A zone's or a place's last character: the words are the place's park or district (`某市经开区还…`), no brand. */
const ZONE_END = charSet('区园县市镇州旗盟省');

/** Read back from each place where a figure is paid for (`payingAt`) to its sentence's start, each sentence once. */
function brandsOpeningPayingSentences(text: string, paying: readonly number[]): Span[] {
  const out: Span[] = [];
  let lastOpening = -1;
  for (const verb of paying) {
    const lo = Math.max(0, verb - PAYING_SENTENCE_REACH);
    let at = runStart(text, verb, isSentenceEnd, lo);
    if (at === lastOpening || (at === lo && at > 0 && !isSentenceEnd(text.charCodeAt(at - 1)))) continue;
    lastOpening = at;
    while (at < verb && text.charCodeAt(at) <= 0x20) at++;
    const brandAt = at + MAJOR_PLACE.longestStartingAt(text, at, verb);
    if (brandAt === at) continue;
    const end = brandEndBeforeIntention(text, brandAt, verb);
    if (end > 0 && !PLACE_OWN_WORDS.test(text.slice(brandAt, end)) && isBrand(text, brandAt, end)) out.push({ start: at, end });
  }
  return out;
}

/** The end of a brand of two or three Han characters at `brandAt` with an intention right after it, or -1. */
function brandEndBeforeIntention(text: string, brandAt: number, limit: number): number {
  for (let end = brandAt + MIN_BRAND; end <= Math.min(brandAt + MAX_PLACED_BRAND, limit); end++) {
    if (!isHan(text.charCodeAt(end - 1)) || ZONE_END.has(text.charCodeAt(end - 1))) return -1;
    if (INTENTION_AFTER_BRAND.test(text.slice(end, end + 2))) return end;
  }
  return -1;
}

/** What opens a list item as well as a clause. */
const ITEM_OPENERS = charSet(',;:。!?\n、');

/**
 * A match of a pattern opening with `(?:^|opener)` in the slice of `text` from `from`: when it opened at the slice's
 * start, cut there by the reach, the text before the slice must open a clause (or an item) too.
 */
function opensThere(text: string, from: number, m: RegExpExecArray, openers: CharSet): boolean {
  const atCut = m.index === 0 && !openers.has(m[0].charCodeAt(0));
  return !atCut || from === 0 || openers.has(text.charCodeAt(from - 1));
}

/**
 * `签约项目为某某制药的增资扩产项目`, `,某某科技的技改项目总投资…`: a two-character brand with its trade, after a clause's
 * opening or the copula `为`/`是`, then `的` and the project it owns in the same clause: the trade says the words name a
 * firm, the project after `的` that it is the owner. Read back from each `的` (the brand, its trade and what opens it),
 * then on to the project.
 */
const OWNER_BEFORE = new RegExp(`(?:^|[,;:。!?\\n]|为|是)\\s*([\\u4e00-\\u9fff]{2}${TRADE})$`);
const OWNED_PROJECT = /[^,;:。!?、\n]{0,30}项目/y;
/** How far before `的` the owner and what opens it are read: a brand, the longest trade and the copula. */
const OWNER_REACH = 9;
/** The last characters of the trades: a `的` after any other one is passed over at once. */
const TRADE_ENDS = charSet(TRADE.slice(3, -1).split('|').map((trade) => trade[trade.length - 1]).join(''));

function brandsOwningProjects(text: string, anchors: AnchorUnits): Span[] {
  const out: Span[] = [];
  if (!anchors.holds(XIANG_UNITS, '项目')) return out;
  for (let de = text.indexOf('的'); de >= 0; de = text.indexOf('的', de + 1)) {
    if (!TRADE_ENDS.has(text.charCodeAt(de - 1))) continue;
    const from = Math.max(0, de - OWNER_REACH);
    const owner = OWNER_BEFORE.exec(text.slice(from, de));
    if (!owner) continue;
    OWNED_PROJECT.lastIndex = de + 1;
    if (!OWNED_PROJECT.test(text)) continue;
    const start = de - owner[1].length;
    if (opensThere(text, from, owner, CLAUSE_OPENERS) && isBrand(text, start, de)) out.push({ start, end: de });
  }
  return out;
}

/**
 * `某某项目由中某资源投资建设,总投资…`, `由湖南某某印业出资兴建`: the project's builder, after `由` right behind the project's
 * `项目`, then the verbs of paying and building; the frame says the words name the firm that builds it (a short name too,
 * a place opening it or not), unless they are an office, public money or a generic word (`由县政府投资建设`, `由财政出资`).
 */
const BUILT_BY = /项目由([\u4e00-\u9fff]{2,8}?)(?:共同)?(?:投资|出资)(?:建设|兴建|开发|打造)/g;
const NOT_A_BUILDER = /政府|财政|国有|管委|委员会|社会|个人|自筹|业主|国家|村|镇|乡|街道|单位/;

function projectBuilders(text: string): Span[] {
  const out: Span[] = [];
  // Most paragraphs name no builder so: one look for the frame's opening, no run of the pattern.
  if (!text.includes('项目由')) return out;
  BUILT_BY.lastIndex = 0;
  for (let m = BUILT_BY.exec(text); m; m = BUILT_BY.exec(text)) {
    const start = m.index + 3;
    const end = start + m[1].length;
    const brandAt = start + MAJOR_PLACE.longestStartingAt(text, start, end);
    if (end - brandAt < MIN_BRAND || NOT_A_BUILDER.test(m[1]) || !isBrand(text, brandAt, end)) continue;
    out.push({ start, end });
  }
  return out;
}

/**
 * `投资X的某县某某材料加工厂塑料…项目`, `某某有限公司和某某食品厂日前…`: a works named by its brand and trade, then `厂`,
 * as registered works are. Read back from each `厂` to what opens the name (a clause, a list item, `的`); the name is a
 * works' only when a county or city opens it (where it is registered) or a registered company's name ends right before
 * it, joined by a conjunction or `、` (a sibling in a list of firms); a trade alone (`饲料加工厂`), a plant of a firm
 * (`钢铁厂`, `第二水厂`: no such trade) or `厂` opening a word (`厂房 厂区 厂长`) names none.
 */
const WORKS_BEFORE = /(?:^|[,;:。!?\n、的和与及])([\u4e00-\u9fff]{1,3}[省市县区旗])?([\u4e00-\u9fff]{2,4}?)(食品|材料加工|加工|制造|电缆|机械|塑料|纺织|服装|包装|印刷|家具|玩具|五金)$/;
/** How far before `厂` the name and what opens it are read: a place, a brand and the longest trade. */
const WORKS_REACH = 14;
const NOT_WORKS_AFTER = charSet('房区长家商矿址内里部');
const LIST_JOINS = charSet('和与及、');

function worksNames(text: string, companies: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf('厂'); at >= 0; at = text.indexOf('厂', at + 1)) {
    if (NOT_WORKS_AFTER.has(text.charCodeAt(at + 1))) continue;
    const from = Math.max(0, at - WORKS_REACH);
    const named = WORKS_BEFORE.exec(text.slice(from, at));
    if (!named || !opensThere(text, from, named, ITEM_OPENERS)) continue;
    const place = named[1] ?? '';
    const start = at - place.length - named[2].length - named[3].length;
    const opener = start - 1;
    const brandAt = start + place.length;
    if (!isBrand(text, brandAt, brandAt + named[2].length)) continue;
    const sibling = opener >= 0 && LIST_JOINS.has(text.charCodeAt(opener)) && companies.some((c) => c.end === opener);
    if (place !== '' || sibling) out.push({ start, end: at + 1 });
  }
  return out;
}

/** The units the patterns' anchor words open with, or hold: `是`, `公司 企业 公告 披露`, the `资` of `投资 斥资 增资`. */
const SHI_UNITS = unitKind('是');
const FIRM_UNITS = unitKind('公企披');
const ZI_UNITS = unitKind('资');
/** What pays: `投资 斥资 增资` before a figure, an approximation between (`投资超5亿元`). */
const PAYS_BEFORE = charSet('投斥增');
const PAYS_APPROX = charSet('超约逾');
/** The units of `公告` and `披露`. */
const GONG = code('公');
const GAO = code('告');
const PI = code('披');
const LU = code('露');

/** Is the `资` at `at` that of a word paying a figure (`投资3亿元`, `斥资约5亿元`)? The figure is read first: most `资` have none. */
function paysDigitAt(text: string, at: number): boolean {
  const next = PAYS_APPROX.has(unitAt(text, at + 1)) ? at + 2 : at + 1;
  return isDigit(unitAt(text, next)) && at > 0 && PAYS_BEFORE.has(text.charCodeAt(at - 1));
}

function announcers(text: string, anchors: AnchorUnits): Span[] {
  const announcing: number[] = [];
  for (const at of anchors.positions(FIRM_UNITS)) {
    const next = unitAt(text, at + 1);
    if ((next === GAO && text.charCodeAt(at) === GONG) || (next === LU && text.charCodeAt(at) === PI)) announcing.push(at);
  }
  return announcing.length > 0 ? [...matches(text, clauseMatches(text, ANNOUNCES, announcing)), ...titledAnnouncers(text, announcing)] : [];
}

/**
 * `宏远机电:关于对外投资的公告` opening a line: the title of a listed company's notice, its short name (as ANNOUNCES
 * reads it) before a colon and `关于`, the notice's subject and `公告` closing the line's words.
 */
const TITLE_ANNOUNCES = /(?:^|\n)\s*((?:\*?ST)?[\u4e00-\u9fff]{4}|\*?ST[\u4e00-\u9fff]{2,3})(?<![委局会厅办府院部处署]):关于[^,;。!?\n]{1,40}?公告/y;
/** How far before its `公告` a title's line start is looked for. */
const TITLE_REACH = 56;

/** The short names of `text` opening the title of a notice (TITLE_ANNOUNCES), `announcing` the positions of `公告`. */
function titledAnnouncers(text: string, announcing: readonly number[]): Span[] {
  const found: RegExpExecArray[] = [];
  for (const at of announcing) {
    if (text.charCodeAt(at) !== GONG) continue;
    const lineStart = text.lastIndexOf('\n', at);
    if (lineStart < 0 ? at > TITLE_REACH : at - lineStart > TITLE_REACH) continue;
    TITLE_ANNOUNCES.lastIndex = Math.max(0, lineStart);
    const m = TITLE_ANNOUNCES.exec(text);
    if (m && TITLE_ANNOUNCES.lastIndex === at + 2) found.push(m);
  }
  return matches(text, found);
}

/**
 * The matches a global search for `pattern` would find. Every match opens a clause (at a
 * boundary character, or at the text's start), holds no other boundary and holds an anchor (their
 * starts ascending in `anchors`): so the sticky pattern is tried once at the opening of each clause
 * where an anchor is.
 */
function clauseMatches(text: string, pattern: RegExp, anchors: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let scanned = 0;
  let clause = 0;
  let tried = -1;
  let lastEnd = 0;
  for (const anchor of anchors) {
    // The last boundary before the anchor: read back to it (a clause is short), never past what
    // an earlier anchor read, where the last one found still holds.
    let k = anchor - 1;
    while (k >= scanned && !CLAUSE_OPENERS.has(text.charCodeAt(k))) k--;
    if (k >= scanned) clause = k;
    scanned = anchor;
    if (clause === tried || clause < lastEnd) continue;
    tried = clause;
    pattern.lastIndex = clause;
    const m = pattern.exec(text);
    if (m) {
      out.push(m);
      lastEnd = pattern.lastIndex;
    }
  }
  return out;
}

function matches(text: string, found: readonly RegExpExecArray[]): Span[] {
  const out: Span[] = [];
  for (const m of found) {
    const name = m[1];
    const start = m.index + m[0].indexOf(name);
    if (isBrand(text, start, start + name.length)) out.push({ start, end: start + name.length });
  }
  return out;
}

/** The words at [start, end) hold no refused character, and neither they nor their first two characters are generic. */
function isBrand(text: string, start: number, end: number): boolean {
  return !NOT_A_NAME.test(text.slice(start, end)) && !BRAND_GENERIC.covers(text, start, end) && !BRAND_GENERIC.covers(text, start, start + 2);
}

/** A country (or province, city) and a two-character brand that is no place or generic word. */
function foreignBrands(text: string, anchors: AnchorUnits): Span[] {
  const out: Span[] = [];
  // The list's head is rare: most paragraphs are done with a look at their few 等, no run of the pattern.
  if (!anchors.holds(DENG_UNITS, '等项目', '等企业')) return out;
  SIGNED_FOREIGN.lastIndex = 0;
  for (let m = SIGNED_FOREIGN.exec(text); m; m = SIGNED_FOREIGN.exec(text)) {
    const start = m.index + m[0].length - m[1].length - 3;
    const brandAt = start + 2;
    if (!MAJOR_PLACE.covers(text, start, brandAt) || NOT_A_NAME.test(m[1]) || BRAND_GENERIC.covers(text, brandAt, brandAt + 2)) continue;
    out.push({ start, end: start + 4 });
  }
  return out;
}
