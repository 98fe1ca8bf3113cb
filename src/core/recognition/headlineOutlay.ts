// A bare `亿` (no currency word) opening its line after at most a place's name, then a verb of building
// (`某县30亿打造新材料产业园`): what builds something is money (guidelines: an amount in 亿 with no currency word
// is MONEY when the sentence is about money). A project named through `项目` after the amount (`某市20亿某某等新能源
// 项目奠基`) is read in projectAfterAmount.ts (`projectAfterBareAmount`).
// Reads the few units before the amount and the words right after it, no scan of the paragraph.
import { code, isHan } from '../text';
import { WordMap } from '../wordMap';

/** How many Han characters of a place may open the line before the amount (`某某县`). */
const PLACE_REACH = 4;

const YI = code('亿');
const NEWLINE = 0x0a;

/** Verbs of building the money right after the amount is spent on. */
const OUTLAY_VERBS = WordMap.of(['打造', '建设', '兴建', '新建', '扩建', '投建']);

/** The bare amount text[start, end), ending in `亿`, opens its line (a place before it or not) and builds something. */
export function headlineOutlay(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end - 1) === YI && OUTLAY_VERBS.startingAt(text, end) !== undefined && opensLineAfterPlace(text, start);
}

/** Nothing but up to PLACE_REACH Han characters between the line's start and `start`. */
function opensLineAfterPlace(text: string, start: number): boolean {
  for (let k = start - 1; k >= start - PLACE_REACH - 1; k--) {
    if (k < 0 || text.charCodeAt(k) === NEWLINE) return true;
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}
