// A firm named right after the money put into it: `投资1亿元的某某房地产,投资500万元的某某电子,…`,
// `总投资15亿元的某某塑料,计划投资建设…`. A list of what settled in a place often names each investment by
// the firm that made it, its brand and trade closing the item (no `项目` after it). The amount and `的` say
// the words after them are what the money is (a project or a firm); a trade or a works (`厂`) closing the
// words, and nothing after them but the item's end, say it is a firm, written by its short name. The links
// then read the amount as that firm's, as they read `总投资X的某某有限公司` (`projectAfter`).
import { MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { charSet, isDigit } from '../text';
import type { Span } from './projects';
import { FIRM_TRADES } from './brandGeneric';

/**
 * The amount after a verb of paying, up to its `的` (sticky, tried right after the verb's `资` and an
 * approximation): digits, a multiplier, a currency (`1亿元的`, `2800万美元的`, `500多万元的`).
 */
const AMOUNT_THEN_DE = /[0-9][0-9.,]*[多余]?[十百千万亿]{0,3}[多余]?(?:人民币|美元|美金|港元|港币|欧元|日元|英镑|韩元|元)?的/y;
/** The words after `的`, quotes round them or not, up to the item's end (sticky). */
const NAMED_ITEM = /[“"「]?([\u4e00-\u9fff]{3,12})[”"」]?(?=[,;:。!?、\n]|$)/y;
/** A firm's trade, or a works (`厂`), closing the words after `的` (`某某房地产`, `某某玻璃`, `某某材料厂`). */
const FIRM_TRADE_END = new RegExp(`(?:${FIRM_TRADES}|厂)$`);
/** A plant of a firm rather than a firm (`新工厂`, `分厂`, `巨型工厂`): the unit before its `厂`. */
const PLANT_BEFORE = charSet('工新分总老旧');
/** What a brand never holds: the words of a sentence, a place's own words, a project or zone. */
const NOT_A_BRAND = /[的是在和与及或该本此这其们市县省镇区园]|公司|企业|集团|项目|基地|中心/;
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);
/** A brand's least length, after its place: one unit is a word, not a name. */
const MIN_BRAND = 2;

/**
 * The firms named right after an amount and `的` in `text` (a folded paragraph), read from where a figure
 * is paid for (`paying`: the starts of `投资 斥资 增资` before a digit, brandNames.ts); `isBrand` is the
 * brand readers' own test of a brand's words.
 */
export function brandsAfterAmounts(text: string, paying: readonly number[], isBrand: (text: string, start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  for (const verb of paying) {
    const at = amountStart(text, verb);
    AMOUNT_THEN_DE.lastIndex = at;
    if (!AMOUNT_THEN_DE.test(text)) continue;
    const named = firmAfter(text, AMOUNT_THEN_DE.lastIndex, isBrand);
    if (named) out.push(named);
  }
  return out;
}

/** Where the figure after the verb at `verb` (`投资`, `斥资约`) starts. */
function amountStart(text: string, verb: number): number {
  const after = verb + 2;
  return isDigit(text.charCodeAt(after)) ? after : after + 1;
}

/** The firm's short name right after `的` at `from`, closing its item, or undefined. */
function firmAfter(text: string, from: number, isBrand: (text: string, start: number, end: number) => boolean): Span | undefined {
  NAMED_ITEM.lastIndex = from;
  const m = NAMED_ITEM.exec(text);
  if (!m) return undefined;
  const start = from + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const trade = FIRM_TRADE_END.exec(m[1]);
  if (!trade) return undefined;
  const tradeAt = start + trade.index;
  if (text[end - 1] === '厂' && PLANT_BEFORE.has(text.charCodeAt(end - 2))) return undefined;
  const brandAt = start + MAJOR_PLACE.longestStartingAt(text, start, tradeAt);
  if (tradeAt - brandAt < MIN_BRAND || NOT_A_BRAND.test(text.slice(start, end)) || !isBrand(text, brandAt, tradeAt)) return undefined;
  return { start, end };
}
