// A firm named by its brand alone as the subject of a verb only a firm takes: `某某注资11亿`, `台资企业某某,增资1.2亿美元`,
// `从事光电器件制造的某某光学到资2.77亿元`, `拥有30个工厂的某某正斥资100亿欧元`. A city or a zone invests (`某市投资…`),
// but puts no capital into a firm, spends none out of its own pocket and has none arrive: 增资, 注资, 斥资 and 到资
// followed by a figure say that their subject is a firm, whatever its name is built of, so no trade word is needed
// (brandSubjects.ts asks one of `投资`, which places also take). The subject's words open a clause, follow the `的` of
// a relative clause, or follow `企业` (the kind of firm said before it); intentions stand between or not. Places,
// offices, periods and generic words are never such names (`isBrand`, brandNames.ts; PERIOD_OR_PLACE below).

import { MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { charSet, code, isDigit, isHan, isNumeral } from '../text';
import { unitKind, type AnchorUnits } from './anchorUnits';
import type { Span } from './projects';

/** The units of the verbs' second character (`资` of 增资 注资 斥资 到资). */
const ZI_UNITS = unitKind('资');
/** The first character of each verb a firm alone takes before a figure. */
const FIRM_VERB_OPENING = charSet('增注斥到');
/** Intentions and adverbs between the firm and its verb (`正斥资`, `实际到资`), the firm it pays into or not (`将向某某公司增资`). */
const BETWEEN = /(?:实际|计划|预计|再次|追加|已经|正|将|拟|已|再|又|也|还|共|累计)*(?:[向对][^,;:。!?\n的向对]{1,12})?$/;
/**
 * Words a clause opens with to single out one of several firms said before (`共同投资X,包括某某斥资Y`): no part of
 * the firm's name, which starts after them.
 */
const LIST_LEAD = /^(?:包括|其中|例如|比如)/;
/** What stands before the firm's words: a clause's opening, the `的` of a relative clause, the kind `企业`. */
const OPENERS = charSet(',;:。!?\n的');
const QI = code('企');
const YE = code('业');
/** A firm's brand, its place written with it or not: two to eight units. */
const MIN_NAME = 2;
const MAX_NAME = 8;
/** Approximations between the verb and its figure (`增资超1亿元`). */
const APPROX = charSet('超约逾近达');
/**
 * Words that name a period, a place's level or a body, never a firm (`今年增资…`, `全市到资…`, `外资企业到资…`,
 * `项目到资…`, `客方到资…`: a party, no name), and the pronouns standing for a firm named before (`该公司增资…`: the link
 * reads those).
 */
const PERIOD_OR_PLACE = /[年月日期市县省区镇村府局委办厅部会园该其本此这们]|以来|目前|项目|企业|公司|集团|外资|内资|台资|港资|合计|总计|全部|方$|客商/;
/** Words of a clause, not of a name: an intention or a preposition left in the words (`某某将负责注资`). */
const CLAUSE_WORDS = /[将拟已正也还再又在向对与和及把被让给为由负]/;
const SPACE = code(' ');
/** The written forms of twenty and thirty (`卅五亿元`), which open a figure too. */
const TENS = charSet('廿卅');
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);
/** How far before the verb its intentions and complement are read. */
const LEAD_REACH = 24;

/**
 * The brands of `text` (a folded paragraph) that are the subject of a verb only a firm takes, in text order;
 * `isBrand` says whether words are a brand of their own (brandNames.ts).
 */
export function capitalVerbSubjects(text: string, anchors: AnchorUnits, isBrand: (text: string, start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  for (const at of anchors.positions(ZI_UNITS)) {
    if (at < 1 || !FIRM_VERB_OPENING.has(text.charCodeAt(at - 1)) || !figureAfter(text, at + 1)) continue;
    const span = subjectBefore(text, at - 1);
    if (span && firmWords(text, span, isBrand)) out.push(span);
  }
  return out;
}

/** The words are a brand of its own, a province or city written before it or not (`厦门某某光学`). */
function firmWords(text: string, span: Span, isBrand: (text: string, start: number, end: number) => boolean): boolean {
  const brandAt = span.start + MAJOR_PLACE.longestStartingAt(text, span.start, span.end);
  return span.end - brandAt >= MIN_NAME && isBrand(text, brandAt, span.end) && !PERIOD_OR_PLACE.test(text.slice(span.start, span.end)) && !CLAUSE_WORDS.test(text.slice(span.start, span.end));
}

/** A figure right after the verb, an approximation before it or not (Arabic or Chinese digits). */
function figureAfter(text: string, at: number): boolean {
  let k = at;
  while (text.charCodeAt(k) === SPACE) k++;
  if (APPROX.has(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return isDigit(c) || isNumeral(c) || TENS.has(c);
}

/** The firm's words before the verb at `verb`: intentions and one comma skipped, up to the opener before them. */
function subjectBefore(text: string, verb: number): Span | undefined {
  const lead = text.slice(Math.max(0, verb - LEAD_REACH), verb);
  const between = BETWEEN.exec(lead);
  let end = verb - (between ? between[0].length : 0);
  if (text.charCodeAt(end - 1) === code(',')) end--;
  let start = end;
  while (start > 0 && end - start < MAX_NAME && isHan(text.charCodeAt(start - 1)) && !OPENERS.has(text.charCodeAt(start - 1)) && !kindBefore(text, start)) start--;
  if (end - start < MIN_NAME) return undefined;
  const opened = start === 0 || OPENERS.has(text.charCodeAt(start - 1)) || kindBefore(text, start);
  // A comma between the firm and its verb is said only after its kind (`台资企业某某,增资…`).
  if (!opened || (end < verb - (between ? between[0].length : 0) && !kindBefore(text, start))) return undefined;
  const listLead = LIST_LEAD.exec(text.slice(start, end));
  return { start: start + (listLead ? listLead[0].length : 0), end };
}

/** `企业` right before `at`: the kind of firm said before its name. */
function kindBefore(text: string, at: number): boolean {
  return at >= 2 && text.charCodeAt(at - 2) === QI && text.charCodeAt(at - 1) === YE;
}
