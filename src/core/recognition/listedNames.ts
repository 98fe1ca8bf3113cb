// A listed company's short name written with its stock code (`星河股份(600123)`, `云帆新材(002345.SZ)`,
// `青松(601234.SH)`): the bracketed code says the name before it is a listed company's, whatever the
// sentence then does with it (announces, publishes, plans an investment). Financial news opens an
// announcement this way, after a date, a colon, a ` - ` or a `丨` (`财闻汇5月6日丨星河股份(600123)公布`).
// Hong Kong codes are five digits, a leading 0 written (`青禾控股(00321)`, `远山集团(01234.HK)`).
// The name opens its clause; one written after `上市公司`/`A股公司` starts after that 公司. Anything
// else before the code (`据星河股份(600123)公告`) is a sentence we do not read: absent is better than wrong.

import { BRAND_GENERIC } from './brandGeneric';
import { charSet, isHan } from '../text';
import { anchorUnits, unitKind, type AnchorUnits } from './anchorUnits';
import type { Span } from './projects';

/**
 * A stock code in brackets (global: read with exec from lastIndex 0): Shanghai or Shenzhen, six digits, the
 * exchange or not; Hong Kong, five digits opening with 0, `.HK` or not (a bare five-digit number is no code).
 */
const STOCK_CODE = /\((?:\d{6}(?:\.S[ZH])?|0\d{4}(?:\.HK)?)\)/g;
/** The bracket every code opens with. */
const BRACKET_UNITS = unitKind('(');
/** What a name opening its clause follows: a clause boundary, or the separators of a news line's head. */
const OPENS_BEFORE = charSet(',;:。!?\n 丨|-—“【');
/** Han characters read back from a code at most (a name after `上市公司` included). */
const MAX_RUN = 10;
const MIN_NAME = 2;
const MAX_NAME = 6;
/** A preposition or verb opening the run: the name is its object, the clause opens before it. */
const GOVERNED = charSet('据由与及对向在为从经于让给被把将');
/** What no short name holds (`本公司`, `其`, `该`, `的`; `代码` labels the code itself: `股票代码(600123)`). */
const NOT_A_NAME = /[的是在及或该本此这其们]|项目|园区|代码/;

/** The short names written with their stock code in `text` (a folded paragraph), in text order. */
export function listedShortNames(text: string, anchors: AnchorUnits = anchorUnits(text)): Span[] {
  const out: Span[] = [];
  // Most paragraphs hold no bracketed code: one look at their brackets, no run of the pattern.
  if (anchors.count(BRACKET_UNITS) === 0) return out;
  STOCK_CODE.lastIndex = 0;
  for (let m = STOCK_CODE.exec(text); m; m = STOCK_CODE.exec(text)) {
    const start = nameStart(text, m.index);
    if (start >= 0 && isShortName(text, start, m.index)) out.push({ start, end: m.index });
  }
  return out;
}

/** Where the name before a code at `end` starts, or -1 when it opens no clause. */
function nameStart(text: string, end: number): number {
  let start = end;
  // `丨` is a Han character: the walk stops at it as at any separator.
  while (start > 0 && end - start < MAX_RUN && isHan(text.charCodeAt(start - 1)) && !OPENS_BEFORE.has(text.charCodeAt(start - 1))) start--;
  const afterCompany = text.slice(start, end).lastIndexOf('公司');
  if (afterCompany >= 0) return start + afterCompany + 2;
  if (start > 0 && !OPENS_BEFORE.has(text.charCodeAt(start - 1))) return -1;
  return start;
}

function isShortName(text: string, start: number, end: number): boolean {
  if (end - start < MIN_NAME || end - start > MAX_NAME || GOVERNED.has(text.charCodeAt(start))) return false;
  return !NOT_A_NAME.test(text.slice(start, end)) && !BRAND_GENERIC.covers(text, start, end);
}
