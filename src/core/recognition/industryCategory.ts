// A clause opening with projects of an industry named in any words (`签约高端制造产业项目利用外资X`,
// `尤其是高新技术及战略性新兴产业项目到位资金X`): the industry's total, a category (guidelines: a category
// total is aggregate), whatever words the lexicon lacks between. Reads the clause's head only.
import { DETERMINER_WORDS, INDUSTRY_WORDS, PROJECT_WORDS, QUALITY_WORDS } from '../lexicon/genericWords';
import { isClauseEnd, isHan } from '../text';
import { WordMap } from '../wordMap';

const INDUSTRY_PROJECTS = '产业项目';

/** Longest run of Han characters read before `产业项目`. */
const MAX_RUN = 16;

/**
 * Generic words a category's clause may open with (a stage, a quality, an industry, a lead such as
 * `尤其是`); a name opens with none (`某某新能源产业项目` is one project). One character is too little
 * to tell (`大`, `新` open names too).
 */
const GENERIC_OPENING = WordMap.of(DETERMINER_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, ['尤其是', '特别是', '其中', '此外', '另外']);
const MIN_OPENING = 2;

/**
 * From `k` (the clause's first word): a generic word, Han characters only, then `产业项目`, then the
 * amount's cue with no clause end before `start`. Digits, brackets or Latin letters end the run.
 */
export function industryProjectsOpen(text: string, k: number, start: number): boolean {
  const opening = GENERIC_OPENING.startingAt(text, k, start);
  if (!opening || opening.end - k < MIN_OPENING) return false;
  for (let at = k; at <= k + MAX_RUN && at < start; at++) {
    if (text.startsWith(INDUSTRY_PROJECTS, at)) {
      for (let i = at + INDUSTRY_PROJECTS.length; i < start; i++) if (isClauseEnd(text.charCodeAt(i))) return false;
      return true;
    }
    if (!isHan(text.charCodeAt(at))) return false;
  }
  return false;
}
