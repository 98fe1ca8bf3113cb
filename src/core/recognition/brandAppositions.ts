// A short company name written in apposition with the kind of firm it is. After a subsidiary's kind, a name that
// opens with its place (`控股子公司武汉某某拟在…`, `全资子公司湖北某某的注册`): the place says it is a firm's name, not
// what the subsidiary does (`子公司主要生产…`, `子公司统一管理`); it runs to the first boundary the scan of company names
// knows (a verb, a preposition, punctuation). After a maker's kind, a Latin brand (`零部件厂商ABC将于…`) or a name closed
// by a comma, a dash, a bracket or a conjunction (`汽车制造商某某和…`, `自行车大厂某某,则…`): what a maker's kind is
// followed by otherwise is the sentence's (`供应商名单已确定`, `厂商纷纷加大投入`). Two to six characters, or two to ten
// letters. After a firm's kind said in passing (`台资企业`, `封测巨头`), only a brand closed by its trade word
// (`某某科技`, then no more of a word). Before the kind, as an announcement lists the parties to a deal:
// `(1) 某某,本公司之间接全资附属公司`: the name opens its line.

import { COMPANY_STOP_WORDS } from '../lexicon/boundaryWords';
import { extendLeft, scanOptions } from './nameScan';
import { charSet, isDigit, isHan, isLatin } from '../text';
import { BRAND_GENERIC, BRAND_TRADES } from './brandGeneric';
import type { Span } from './projects';
import { MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { anchorUnits, unitKind, type AnchorUnits } from './anchorUnits';

/**
 * The kinds of firm a name follows in apposition: a subsidiary (`子公司`, `附属公司`: true) and makers and suppliers
 * as the trade press writes them (`制造商 厂商 供应商 生产商 大厂`; not `巨头`, as often the subject of a verb: `巨头掌控市场`).
 * No two open with the same unit, so at most one is read at a place.
 */
const KIND_BEFORE_NAME = new WordMap<boolean>([['子公司', true], ['附属公司', true], ['制造商', false], ['厂商', false], ['供应商', false], ['生产商', false], ['大厂', false]]);
/** The units those kinds open with, listed once per paragraph (anchorUnits.ts). */
const KIND_BEFORE_UNITS = unitKind('子附制厂供生大');
const MIN_NAME = 2;
const MAX_HAN_NAME = 6;
const MAX_LATIN_NAME = 10;
/**
 * What closes a maker's name: a comma or dash closing the apposition, a bracket glossing it, a conjunction to the
 * next name; not a sentence's end, which a kind of firm's own words run to (`汽车厂商数量增加。`).
 */
const CLOSES_NAME = charSet(',(—和与及、');
/**
 * What no short name holds: the refusals of the other short-name readers, and a plant or site, which a subsidiary's
 * place may open as well (`子公司上海工厂已投产`, `子公司江苏基地的建设`).
 */
const NOT_A_NAME = /[的是在和与及或该本此这其们厂园]|公司|企业|集团|项目|园区|基地|中心|工程|生产线|车间|总部|分部|办事处/;
const SCAN = scanOptions({ cap: MAX_HAN_NAME + 1, stopWords: COMPANY_STOP_WORDS, extraChars: '' });

/** The short names written in apposition with a kind of firm in `text` (a folded paragraph), unsorted. */
export function brandAppositions(text: string, anchors: AnchorUnits = anchorUnits(text)): Span[] {
  const out = brandsBeforeKind(text);
  tradedAfterKind(text, anchors, out);
  // The kinds in text order, none read inside the one before (as a global search for them would find them).
  let after = 0;
  for (const at of anchors.positions(KIND_BEFORE_UNITS)) {
    const kind = at < after ? undefined : KIND_BEFORE_NAME.startingAt(text, at);
    if (kind === undefined) continue;
    after = kind.end;
    const end = kind.value ? subsidiaryNameEnd(text, kind.end) : makerNameEnd(text, kind.end);
    if (end > kind.end) out.push({ start: kind.end, end });
  }
  return out;
}

/**
 * Kinds of firm said of a company right before its short name as the trade press writes it (`台资企业某某科技`,
 * `封测巨头某某科技`, `行业龙头某某股份`); what follows them is as often the sentence's (`企业迅速成长`, `巨头掌控市场`),
 * so only a name closed by its trade word is read after them.
 */
const FIRM_KIND = WordMap.of(['企业', '巨头', '龙头']);
/** The units those kinds open with, listed once per paragraph. */
const FIRM_KIND_UNITS = unitKind('企巨龙');
/** A brand of two to four characters, then its trade (sticky: tried right after the kind). */
const BRAND_THEN_TRADE = new RegExp(`[\u4e00-\u9fff]{2,4}?${BRAND_TRADES}`, 'y');

/**
 * `台资企业某某科技10年间7次增资`, `封测巨头某某科技从X投资追加到Y`: after a kind of firm, a brand and its trade word,
 * with a boundary right after the trade (a digit, punctuation, a preposition or verb the company scan stops at), is
 * the firm's short name; a trade running on into a word (`企业解读科技政策`, `企业了解农特食品情况`) names none.
 */
function tradedAfterKind(text: string, anchors: AnchorUnits, out: Span[]): void {
  // Each kind is two units of which the second opens none: no two found overlap.
  for (const at of anchors.positions(FIRM_KIND_UNITS)) {
    const start = at + FIRM_KIND.longestStartingAt(text, at);
    if (start === at) continue;
    BRAND_THEN_TRADE.lastIndex = start;
    const name = BRAND_THEN_TRADE.exec(text);
    if (!name) continue;
    const end = start + name[0].length;
    if (closedAfterTrade(text, end) && extendLeft(text, end, start, SCAN) === start && isShortName(text, start, end)) out.push({ start, end });
  }
}

/** Nothing of a longer word right after the trade: no Han character, or one the company scan stops at (`从`, `将`, `计划`). */
function closedAfterTrade(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return end >= text.length || !isHan(c) || SCAN.stopChars.has(c) || SCAN.stops.longestStartingAt(text, end) > 0;
}

/** `某某,本公司之间接全资附属公司`, `某某,公司的控股子公司`: the announcer's subsidiary, named before what it is. */
const KIND_AFTER_NAME = /,\s*(?:本)?公司(?:之|的)(?:间接)?(?:非全资|全资|控股)?(?:附属公司|子公司)/g;

/** Longest list marker with its spaces before a name opening its paragraph. */
const MAX_ITEM_MARK = 8;
/** What a name opening its paragraph or list item follows: the paragraph's start, then a list marker at most. */
const LINE_OR_ITEM_OPENS = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.、])?\s*$/;

function brandsBeforeKind(text: string): Span[] {
  const out: Span[] = [];
  // Most paragraphs say no such thing: one quick test, no run of the pattern.
  if (!text.includes('公司之') && !text.includes('公司的')) return out;
  KIND_AFTER_NAME.lastIndex = 0;
  for (let m = KIND_AFTER_NAME.exec(text); m; m = KIND_AFTER_NAME.exec(text)) {
    const end = m.index;
    let start = end;
    while (start > 0 && end - start < MAX_HAN_NAME && isHan(text.charCodeAt(start - 1))) start--;
    // The name opens its line or list item (`(1) 某某,…`), as in a list of the parties: elsewhere the words before
    // the comma are the sentence's (`董事会欣然宣布,本公司之全资附属公司…`).
    if (start > MAX_ITEM_MARK || !LINE_OR_ITEM_OPENS.test(text.slice(0, start))) continue;
    if (end - start >= MIN_NAME && isShortName(text, start, end)) out.push({ start, end });
  }
  return out;
}

/** End of a subsidiary's name opening at `start` with its place (`武汉某某`), or `start` when none does. */
function subsidiaryNameEnd(text: string, start: number): number {
  return MAJOR.longestStartingAt(text, start) === 0 ? start : hanNameEnd(text, start);
}

/**
 * End of a maker's name opening at `start`: Latin letters, or three Han characters or more closed by CLOSES_NAME (two
 * are as often words of the sentence, `大厂云集,`, `厂商纷纷,`), not an example (`厂商如某某、`); else `start`.
 */
function makerNameEnd(text: string, start: number): number {
  if (isLatin(text.charCodeAt(start))) return latinEnd(text, start);
  if (text.charCodeAt(start) === RU) return start;
  const end = hanNameEnd(text, start);
  return end - start >= MIN_MAKER_NAME && CLOSES_NAME.has(text.charCodeAt(end)) && !sentenceAfterMaker(text, start, end) ? end : start;
}

/**
 * `廠商入區投資,`, `電子大廠回台投資案,`, `對廠商因需要土地、設廠所做新增投資`: after a maker's kind, words speaking of an
 * investment (the deed the firms of that kind are the subject of) or opening with a cause (`因`) are the sentence's,
 * no maker's name: a maker is named by its brand and trade.
 */
function sentenceAfterMaker(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === YIN || text.slice(start, end).includes('投资');
}

const YIN = 0x56e0; /* 因 */

const MIN_MAKER_NAME = 3;
const RU = 0x5982; /* 如 */

/**
 * End of the Han name opening at `start`: the first point, two to six characters on, where a boundary the scan of
 * company names knows follows (a verb or preposition of the sentence: `拟`, `将`, `的`, `已`, or punctuation), with
 * none inside; `start` when there is none, or the name there is no short name.
 */
function hanNameEnd(text: string, start: number): number {
  // A name running to the paragraph's end has no verb after it: none (and no read past the text).
  for (let end = start + MIN_NAME; end <= start + MAX_HAN_NAME && end < text.length; end++) {
    if (!isHan(text.charCodeAt(end - 1))) return start;
    if (extendLeft(text, end, start, SCAN) !== start) return start;
    const c = text.charCodeAt(end);
    if (CLOSES_NAME.has(c) || SCAN.stops.longestStartingAt(text, end) > 0 || SCAN.stopChars.has(c)) return isShortName(text, start, end) ? end : start;
  }
  return start;
}

/** End of a Latin brand opening at `start` (`THK`), not an officer's title (`厂商CEO表示`) nor a digit's word (`TOP10`). */
function latinEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start <= MAX_LATIN_NAME && isLatin(text.charCodeAt(end))) end++;
  if (end - start < MIN_NAME || end - start > MAX_LATIN_NAME || isDigit(text.charCodeAt(end))) return start;
  return NOT_A_LATIN_NAME.test(text.slice(start, end)) ? start : end;
}

const NOT_A_LATIN_NAME = /^(?:CEO|CFO|COO|CTO|VP|TOP|APP|OEM|ODM)$/i;

/**
 * No refused character, and a brand of its own: the first two characters after the place the name may open with
 * (`武汉某某`) are no generic word (`子公司负责…`, `厂商数量…` name none).
 */
function isShortName(text: string, start: number, end: number): boolean {
  if (NOT_A_NAME.test(text.slice(start, end))) return false;
  const brand = start + MAJOR.longestStartingAt(text, start, end);
  return end - brand >= MIN_NAME && !BRAND_GENERIC.covers(text, brand, end) && !BRAND_GENERIC.covers(text, brand, brand + 2);
}

const MAJOR = WordMap.of(MAJOR_PLACES);
