// Parks two or three places build together, named by the places' one-character abbreviations before a
// suffix that wants a place (`苏宿园区`: 苏州 and 宿迁; `苏锡通园区`: 苏州, 无锡 and 南通; a province's
// partner city in the north of the province, as Jiangsu and Guangdong pair their cities). The place
// list leaves one-character abbreviations out (they are ordinary characters inside words), so they are read
// only here: two or three of them, the first a province's or a municipality's, written as the whole prefix
// after a boundary (`体现了苏锡通园区`, `,苏宿园区`), never inside a longer word (`江苏园区`, `复苏园区`).

import { charSet, isHan } from '../text';
import { AREA_SCAN } from './parkScan';

/** One-character names of provinces and municipalities that open such a park's name. */
const PROVINCE_ABBREVIATIONS = '苏沪浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇陕冀晋辽津京';
const FIRST = charSet(PROVINCE_ABBREVIATIONS);
/** What may follow it: another province, or a city by its usual one-character name (锡 无锡, 通 南通, 宿 宿迁, 甬 宁波 …). */
const PARTNERS = charSet(PROVINCE_ABBREVIATIONS + '锡通宿常扬泰徐盐连淮甬杭温嘉湖绍舟榕厦泉漳穗深莞佛珠汕港澳');
const MIN = 2;
const MAX = 3;

/** Start of a prefix of joined abbreviations right before the suffix at `anchor`, or -1. */
export function jointPlacesStart(text: string, anchor: number, floor: number): number {
  for (let length = MAX; length >= MIN; length--) {
    const start = anchor - length;
    if (start < floor || !FIRST.has(text.charCodeAt(start)) || !partnersOnly(text, start + 1, anchor)) continue;
    if (bounded(text, start, floor)) return start;
  }
  return -1;
}

function partnersOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PARTNERS.has(text.charCodeAt(k))) return false;
  return true;
}

/** Nothing of a word before the prefix: the paragraph's start, a name before it, a non-Han character or a boundary. */
function bounded(text: string, start: number, floor: number): boolean {
  if (start === floor) return true;
  const c = text.charCodeAt(start - 1);
  return !isHan(c) || AREA_SCAN.stopChars.has(c) || AREA_SCAN.stops.longestEndingAt(text, start) > 0;
}

/** Does text[start, end) open with two such abbreviations (`浙川纺织…`: Zhejiang and Sichuan), the places a park joins? */
export function opensWithJointPlaces(text: string, start: number, end: number): boolean {
  return start + MIN <= end && FIRST.has(text.charCodeAt(start)) && PARTNERS.has(text.charCodeAt(start + 1));
}
