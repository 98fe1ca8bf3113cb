// Capital that arrived, in a passage about foreign capital (guidelines, role `foreign`): statistics
// offices report foreign capital used as money "actually arrived" or "actually invested" without
// repeating `外资` (`全省实际使用外资X…,境外投资实际到位资金Y`). Reads one bounded window back.
import { isClauseEnd, isHan, runStart } from '../text';
import { type cueBefore, MAX_WINDOW } from './moneyCues';

/** The nearest money cue before an amount, as `cueBefore` finds it. */
type FoundCue = NonNullable<ReturnType<typeof cueBefore>>;

/** Capital actually arrived, said without whose (`实际到资`): foreign in such a passage, any currency. */
const ARRIVED = '实际到资';

/**
 * Cues of money in place (`实际到位`, `到位资金`, `到资`): foreign when the amount is in a foreign currency and
 * the cue's own clause names foreign capital (money in place in yuan is a region's domestic capital).
 */
const IN_PLACE = new Set(['实际到位', '到位资金', '资金到位', '到位', '到资', '到帐资金', '到账资金']);

/**
 * The head noun of capital in place (`到位资金`): its own qualifier says whose it is (`境外投资实际到位资金X美元`), not
 * the passage (`新批外商投资项目2个,实际到位资金X美元`: the projects are foreign-invested, the capital in place is
 * theirs in whatever currency).
 */
const CAPITAL_IN_PLACE = '到位资金';

/** How many Han characters before the head noun its qualifier is read in (`境外投资实际`). */
const QUALIFIER_REACH = 8;

/** Words of a qualifier naming foreign capital. */
const FOREIGN_QUALIFIER = /外资|外商|境外|外方/;

/** The Han characters right before `at` (no punctuation, at most QUALIFIER_REACH) name foreign capital. */
function foreignQualifier(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && at - from < QUALIFIER_REACH && isHan(text.charCodeAt(from - 1))) from--;
  return FOREIGN_QUALIFIER.test(text.slice(from, at));
}

/** How far back the cue's own clause is read for a word of foreign capital. */
const CLAUSE_REACH = 16;

/**
 * `合同外资X美元,实际到位金额Y美元` (a zone's money in place, `completed`) against `外资实际到位Y美元`,
 * `外商投资实际到位Y美元`, `外商直接投资(FDI)到资Y美元` (`foreign`): a cue of money in place is foreign capital
 * only when its own clause says whose it is; the foreign capital of the clause before is a figure of its own.
 */
function clauseNamesForeign(text: string, cueStart: number): boolean {
  const from = runStart(text, cueStart, isClauseEnd, Math.max(0, cueStart - CLAUSE_REACH));
  return FOREIGN_QUALIFIER.test(text.slice(from, cueStart));
}

/** Investment cues `实际` makes investment actually made (`实际投资`, `实际投资额`). */
const INVESTED = new Set(['投资', '投资额']);
const ACTUALLY = '实际';

/** How far back a passage about foreign capital is looked for (two sentences' windows). */
const FOREIGN_PASSAGE_REACH = 2 * MAX_WINDOW;

const FOREIGN_WORDS = ['外资', '外商'];

/**
 * `全市实际使用外资…。香港实际到资8亿元`: in a passage about foreign capital, the capital that arrived is
 * foreign capital (a statistic of its own), not a project's money in place.
 */
export function foreignPassage(text: string, start: number): boolean {
  const passage = text.slice(Math.max(0, start - FOREIGN_PASSAGE_REACH), start);
  return FOREIGN_WORDS.some((word) => passage.includes(word));
}

/**
 * The nearest cue says capital arrived or actually invested, with no `完成`/`已`/`累计` (done by a
 * project or a plan): `外商投资实际到位X美元`, `沿线国家在穗实际投资X美元`, `实际到资X`. Only the cue
 * and the few characters before it are read.
 */
function arrivalCue(text: string, near: FoundCue, foreignCurrency: boolean): boolean {
  if (near.word === ARRIVED) return true;
  if (!foreignCurrency || near.role !== 'completed') return false;
  if (near.word === CAPITAL_IN_PLACE) return foreignQualifier(text, near.end - near.word.length);
  if (IN_PLACE.has(near.word)) return clauseNamesForeign(text, near.end - near.word.length);
  return INVESTED.has(near.word) && text.startsWith(ACTUALLY, near.end - near.word.length - ACTUALLY.length);
}

/**
 * Words of a region's investment abroad (`新设境外企业N家,实际投资额X万美元`, `对外投资`): the money
 * leaves the region, no foreign capital comes in.
 */
const OUTWARD = ['境外企业', '对外投资', '对外直接投资'];

/**
 * Capital arrived (see arrivalCue) in a passage about foreign capital, in a sentence (from `sStart`)
 * that says nothing of investing abroad: foreign capital.
 */
export function foreignArrival(text: string, sStart: number, start: number, near: FoundCue | undefined, foreignCurrency: boolean): boolean {
  if (near === undefined || !arrivalCue(text, near, foreignCurrency) || !foreignPassage(text, start)) return false;
  const sentence = text.slice(sStart, start);
  return !OUTWARD.some((word) => sentence.includes(word));
}
