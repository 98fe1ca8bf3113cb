// `此次开工的新项目总投资X`, `本次签约项目计划投资X` (scope, see moneyScope.ts): the project of the
// occasion the article reports, said as one, owns the amount — when the sentence before counts no
// projects (`8个项目集中开工。此次开工项目总投资X` sums them) nor says a batch (`重点项目集中签约仪式`), and the
// phrase says no batch either (`此次集中开工`).
// Reads the amount's clause and, only on a match, the sentence before it.
import { code, isClauseEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
import { MU, ROLE_CUES, sentenceStart, XIANG } from './moneyCues';
import { hasCount } from './projectCounts';

/** Words that point at the occasion being reported: this signing, this ground-breaking. */
const OCCASIONS = WordMap.of(['此次', '本次', '这次']);

/** Words between the occasion and `项目` that make it a batch, not one project (`此次集中开工`, `本次签约的大项目均…`). */
const BATCH_CHARS = new Set([...'集批些多众各大'].map(code));

const SPACE = code(' ');

/**
 * Words of a batch of projects in the sentence before (`某市举行重点项目集中签约仪式。本次签约项目总投资X`):
 * the occasion's projects are many, their money a sum.
 */
const BATCH_WORDS = WordMap.of(['集中', '一批', '首批', '批次', '重点项目', '重大项目', '招商引资项目', '招商项目', '等项目', '多个项目']);

/** Words of intent before the money cue (`计划总投资`, `预计投资`). */
const PLAN_WORDS = WordMap.of(['计划', '预计', '拟', '将']);

/** Bound or approximation words between a cue and its amount (`总投资约`, `投资近`). */
const BOUND_CHARS = new Set([...'约近超过逾达为'].map(code));

/** How far back the clause may start: the occasion, its verb, `项目` and a cue (`此次开工的新项目计划总投资约`). */
const CLAUSE_REACH = 24;

/** How many characters may stand between the occasion word and `项目` (`此次开工的新`). */
const OCCASION_REACH = 6;

/**
 * The amount's clause opens (after nothing but the occasion) with `此次/本次/这次`, a verb, `项目`, and the
 * money cue right before the amount: that project's money, unless the sentence before counts projects or says
 * a batch.
 */
export function occasionsProject(text: string, start: number): boolean {
  const clause = runStart(text, start, isClauseEnd, Math.max(0, start - CLAUSE_REACH));
  // The clause must start within reach: a longer one is no `此次…项目总投资` phrase.
  if (clause > 0 && !isClauseEnd(text.charCodeAt(clause - 1))) return false;
  let open = clause;
  while (open < start && text.charCodeAt(open) === SPACE) open++;
  const occasion = OCCASIONS.startingAt(text, open, start);
  if (!occasion) return false;
  let k = occasion.end;
  while (k < start && k - occasion.end <= OCCASION_REACH && !(text.charCodeAt(k) === XIANG && text.charCodeAt(k + 1) === MU)) {
    if (BATCH_CHARS.has(text.charCodeAt(k))) return false;
    k++;
  }
  if (k >= start || text.charCodeAt(k) !== XIANG) return false;
  // Only a money cue between `项目` and the amount (`总投资`, `计划投资`): no count, no other noun.
  if (!cueFillsUpTo(text, k + 2, start)) return false;
  const before = clause > 0 ? sentenceStart(text, clause - 1) : clause;
  return !hasCount(text, before, clause) && !BATCH_WORDS.occursIn(text, before, clause);
}

/** A money cue, maybe after `计划`/`预计`, filling the run from `from` to the amount. */
function cueFillsUpTo(text: string, from: number, start: number): boolean {
  let k = from;
  const lead = PLAN_WORDS.startingAt(text, k, start);
  if (lead) k = lead.end;
  const cue = ROLE_CUES.startingAt(text, k, start);
  if (!cue) return false;
  let end = cue.end;
  while (end < start && BOUND_CHARS.has(text.charCodeAt(end))) end++;
  return end === start;
}
