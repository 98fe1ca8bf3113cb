// Where a project name starts when the leftward scan stopped inside the name: at a character or a verb that ends
// names elsewhere but here joins two parts of one name.
//
// - `之` between two name characters is the classical "of" of a brand (`某之源`, `某某之家`); it is a boundary only
//   when it opens a word of its own (`之一`, `之后`, `之间`, …).
// - One dash between two name parts joins partners or the two ends of a route (`中国—某某`, `某某路—某某路`); a
//   doubled dash (`——`) sets off a clause.
// - A verb right before the noun it qualifies is part of that noun (`服务中心`, `展示中心`, `服务器`, `启动区`): the scan
//   stops at the verb (`服务`, `启动`), but a facility, a device or a zone's part it names is no clause's object.
// - A verb the scan stopped at, right before 及 or 与 that the name goes on after, is the noun of the list's first item
//   (`某某废弃物资源化利用及无害化处置项目`: 利用 beside 处置), not the clause's verb.
// The scan goes on over at most `MAX_JOINS` joiners, each read once, so the cost per 项目 stays constant.

import { WordMap } from '../wordMap';
import { charSet, isDigit, isHan, isLatin } from '../text';
import { PROJECT_STOP_WORDS, STOP_WORDS } from '../lexicon/boundaryWords';

/** A leftward scan from `end` that stops at a name's start (projects.ts's scan, lists included). */
export type NameScan = (text: string, end: number, floor: number) => number;

const MAX_JOINS = 2;
const ZHI = 0x4e4b; /* 之 */
/** Characters after 之 that make it a word of its own (`之一`, `之后`, `之间`, `之最`, `之下`). */
const ZHI_WORD_SECONDS = charSet('一二三间后前中下上外内际首最类余多处所初末时');
/** Conjunctions joining the items of one name (`A利用及B处置`); 和 is left out, it joins a clause's objects as often. */
const ITEM_CONJUNCTIONS = charSet('及与');
/** The scan's boundary words (a verb met before a conjunction). */
const BOUNDARY_WORDS = WordMap.of(STOP_WORDS, PROJECT_STOP_WORDS);
/** Dashes written between two name parts. */
const DASHES = charSet('—–－');
/** Nouns a verb right before them qualifies (`服务中心`, `展示中心`, `服务器`, `启动区`: a park's first part). */
const QUALIFIED_NOUNS = WordMap.of(['中心', '器', '区']);
/** Verbs that end names elsewhere but qualify the noun after them (the scan's boundary words met here). */
const QUALIFYING_VERBS = WordMap.of(['服务', '展示', '交易', '研发', '体验', '孵化', '培训', '启动']);

/**
 * The start of the name that reaches `start` from the left over a joiner inside it, or `start` when the character
 * or word before `start` is a boundary. `scan` finds where the part before a joiner starts.
 */
export function startOverJoiners(text: string, start: number, floor: number, scan: NameScan): number {
  let s = start;
  for (let joins = 0; joins < MAX_JOINS; joins++) {
    const joiner = joinerBefore(text, s, floor);
    if (joiner === 0) return s;
    const partEnd = s - joiner;
    const partStart = scan(text, partEnd, floor);
    if (partEnd - partStart < leftPartMin(text, partEnd)) return s;
    s = partStart;
  }
  return s;
}

/**
 * The name text a joiner needs on its left: one character for `之` (`某之源`), a name of its own (four) before a verb
 * read as a list's first item (`人才引进与教育`: a programme's two parts, no name), two otherwise.
 */
function leftPartMin(text: string, partEnd: number): number {
  const c = text.charCodeAt(partEnd);
  if (c === ZHI) return 1;
  return isHan(c) && BOUNDARY_WORDS.longestStartingAt(text, partEnd) >= 2 && !QUALIFYING_VERBS.longestStartingAt(text, partEnd) ? MIN_BEFORE_ITEM_VERB : 2;
}

const MIN_BEFORE_ITEM_VERB = 4;

/** Length of the joiner ending at `start` (where the name part on its right starts), 0 when none. */
function joinerBefore(text: string, start: number, floor: number): number {
  if (start - 2 < floor) return 0;
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(start);
  if (before === ZHI) return isHan(text.charCodeAt(start - 2)) && isHan(after) && !ZHI_WORD_SECONDS.has(after) ? 1 : 0;
  if (DASHES.has(before)) return namePart(text.charCodeAt(start - 2)) && namePart(after) && !DASHES.has(text.charCodeAt(start - 2)) ? 1 : 0;
  if (ITEM_CONJUNCTIONS.has(after) && isHan(text.charCodeAt(start + 1))) return BOUNDARY_WORDS.longestEndingAt(text, start, floor) >= 2 ? BOUNDARY_WORDS.longestEndingAt(text, start, floor) : 0;
  if (QUALIFIED_NOUNS.longestStartingAt(text, start) === 0) return 0;
  return QUALIFYING_VERBS.longestEndingAt(text, start, floor);
}

function namePart(c: number): boolean {
  return isHan(c) || isLatin(c) || isDigit(c);
}
