// Roads, railways, bridges and tunnels counted or listed with an amount (scope, see moneyScope.ts): each is a
// project of its own (`建两高速公路`, `这两条高速公路…总投资X`, `等13条市政道路…总投资X`, `投资X新建A铁路、B铁路
// 及C高速公路`), so the money is their sum, `aggregate`. A plant's lines (`建设两条生产线`) and one road are not.
// Reads the amount's scope window before it and its clause after it, once each, and only when no other rule decided.
import { charSet, code, isClauseEnd } from '../text';
import { WordMap } from '../wordMap';
import { ROAD_HEAD_MARK } from './windowMarks';

/** Heads of a road's or a crossing's name. */
const ROAD_HEADS = '(?:高速公路|公路|铁路|鐵路|道路|轨道|軌道|大桥|大橋|隧道)';

/**
 * A count of two or more, not part of a road's number (`G15高速`) nor an ordinal (`第二条`), then a unit and a
 * few characters of kind (`13条市政道路`), or none (`兩高速公路`).
 */
const COUNT = '(?<![A-Za-z0-9第一])(?:[两兩二三四五六七八九十]+|[2-9]|[1-9]\\d+)(?:[条條座][\\u4e00-\\u9fff]{0,4}?)?';

/**
 * Roads counted as the subject of the amount's sentence: after a word that points at them or closes their
 * list (`这两条高速公路`, `A路、B路等13条市政道路`), not a place a project lies by (`位于两条高速公路交汇处`).
 */
const ROADS_COUNTED = new RegExp(`(?:这|這|该|該|等|共)${COUNT}${ROAD_HEADS}`);

/** A verb of building right after the amount, then the roads counted (`投资约400亿建两高速公路`). */
const ROADS_BUILT_AFTER = new RegExp(`^(?:新建|兴建|興建|修建|建设|建設|投建|建)${COUNT}${ROAD_HEADS}`);

/** How far after the amount what it builds is read. */
const AFTER_REACH = 60;

/** A verb of building right after the amount, before a list of named roads. */
const BUILDING_VERBS = WordMap.of(['新建', '兴建', '興建', '修建', '建设', '建設', '投建']);
const ROAD_HEAD_WORDS = WordMap.of(['高速公路', '公路', '铁路', '鐵路', '道路', '大桥', '大橋', '隧道']);
/** Joiners of a list of roads (`A铁路、B铁路及C高速公路`). */
const JOINERS = new Set([...'、和及与與'].map(code));
const LIST_COMMA = code('、');

/**
 * `新建A铁路、B铁路及C高速公路`: right after the amount a verb of building, then two or more names ending in a
 * road's head joined in the amount's clause.
 */
function roadsListedAfter(text: string, afterEnd: number): boolean {
  const verb = BUILDING_VERBS.startingAt(text, afterEnd);
  if (!verb) return false;
  const end = Math.min(text.length, afterEnd + AFTER_REACH);
  let roads = 0;
  for (let k = verb.end; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c !== LIST_COMMA && isClauseEnd(c)) break;
    const head = ROAD_HEAD_WORDS.startingAt(text, k, end);
    if (!head) continue;
    const next = text.charCodeAt(head.end);
    // A head is a road's only where its name ends: before a joiner, the clause's end or the text's.
    if (JOINERS.has(next) || isClauseEnd(next) || head.end >= text.length) roads++;
    k = head.end - 1;
  }
  return roads >= 2;
}

/** The amount is the sum of roads or crossings counted or listed with it (see the file's head). */
export function roadsCountedOrListed(text: string, lo: number, start: number, afterEnd: number, marks: number): boolean {
  // Roads counted before the amount end in a road's head, as marked in a window holding this one (windowMarks.ts).
  return roadsBuiltAfter(text, afterEnd) || roadsListedAfter(text, afterEnd) || ((marks & ROAD_HEAD_MARK) !== 0 && ROADS_COUNTED.test(text.slice(lo, start)));
}

/** ROADS_BUILT_AFTER after the amount: read only where a verb of building may open it (most amounts have none right after). */
function roadsBuiltAfter(text: string, afterEnd: number): boolean {
  return BUILDING_FIRSTS.has(text.charCodeAt(afterEnd)) && ROADS_BUILT_AFTER.test(text.slice(afterEnd, Math.min(text.length, afterEnd + AFTER_REACH)));
}

/** The units ROADS_BUILT_AFTER's verbs open with. */
const BUILDING_FIRSTS = charSet('新兴興修建投');
