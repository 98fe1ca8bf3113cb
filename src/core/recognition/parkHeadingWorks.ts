// An area park heading the name of works built in it: `某某生态园二期工程`, `某某物流园配套道路改造工程`,
// `某某产业园(二期)工程项目`. The phase or the works after the park and `工程` (or `项目` after a phase in brackets)
// make the whole the name of one project (guidelines: a park name that is part of a project's name is not tagged
// apart), where `项目` alone after a phase already closes a project's name the project scan reads (`某某产业园二期项目`).
// Read on the few units right after the park, never further.
import { charSet, isNumeral } from '../text';
import { WordMap } from '../wordMap';

/** Brackets a phase is set in (`(二期)`), folded or not. */
const OPEN = charSet('(（');
const CLOSE = charSet(')）');
const QI = '期'.charCodeAt(0);
const SHOU = '首'.charCodeAt(0);
/** Works a park's project builds, written between the park (or its phase) and `工程`. */
const WORKS = WordMap.of(['配套', '基础设施', '道路', '建设', '扩建', '续建', '改造', '提升', '标准厂房', '厂房']);
/** Most works words read after the park: `配套道路建设`. */
const MAX_WORKS = 3;

/**
 * Does the area park ending at `end` head the name of works (a phase or works words, then `工程`; a phase in
 * brackets, then `工程` or `项目`)? A bare `工程` after the park is not read: `工程机械`, `工程技术中心` go on as trades.
 * Nor `工程建设` (`某某产业园(二期)工程建设现场`): the park's phase being built, where the gold keeps the park.
 */
export function headsWorksName(text: string, end: number): boolean {
  let k = end;
  const bracketed = OPEN.has(text.charCodeAt(k));
  if (bracketed) k++;
  const phaseEnd = phaseEndAt(text, k);
  if (bracketed) {
    if (phaseEnd < 0 || !CLOSE.has(text.charCodeAt(phaseEnd))) return false;
    k = phaseEnd + 1;
  } else if (phaseEnd > 0) k = phaseEnd;
  let works = 0;
  for (let len = WORKS.longestStartingAt(text, k); len > 0 && works < MAX_WORKS; len = WORKS.longestStartingAt(text, k)) {
    k += len;
    works++;
  }
  if (k === end) return false;
  if (text.startsWith('工程', k)) return !text.startsWith('建设', k + 2);
  return bracketed && text.startsWith('项目', k);
}

/** End of a phase (`二期`, `首期`, `3期`) starting at `at`, or -1. */
function phaseEndAt(text: string, at: number): number {
  let k = at;
  while (k < text.length && k - at < 3 && (isNumeral(text.charCodeAt(k)) || text.charCodeAt(k) === SHOU)) k++;
  return k > at && text.charCodeAt(k) === QI ? k + 1 : -1;
}
