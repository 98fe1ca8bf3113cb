// A size class, not money (guidelines, role `threshold`): an amount that classifies the projects
// or companies named with it (`10亿元以上项目69个`, `过亿元规上工业企业`, `17个项目总投资超1亿元`).
// Small windows of folded text around one amount (see moneyCues.ts).
import { charSet, code, isClauseEnd, runStart, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { countAt, countedClassAt, countedClassOfAnyKindAt, countedOfSizeAt, countedProjectsOfAmount, joinedToSizeClass, levelOfIndustryOrCounted, qualifiedClassEnd, roundScaleOfClass } from './sizeClass';
import { boundThenCount, classNounAfterBound, countPassesAmount } from './classAfterBound';
import { CLOSE_BRACKET, DE, isCountDigit, isCountUnit, OPEN_BRACKET, pairBetween, SIZE_CLASS_NOUNS } from './moneyCues';

/**
 * Nouns after a threshold-shaped amount (`10亿元以上项目`, `过亿元规上工业企业`) that make it a size
 * class: the amount classifies projects or companies instead of being spent.
 */
const CLASS_NOUNS = WordMap.of(['项目', '企业', '规上', '规模以上', '重大项目', '大项目', '产业项目', '工业项目', '工业企业',
  '客商', '公司', '外资项目', '超大项目', '好项目', '重点项目', '投资项目', '市场主体', '产业集群', '大企业', '龙头', '园区']);

/**
 * A size class: the amount (with `以上`/`以下`/`级`, or after `超`/`过`) classifies the
 * projects or companies named right after it (`10亿元以上项目69个`, `过亿元规上工业企业`). Two
 * more shapes say the same without a bound word: a range or an amount followed by a class noun
 * and its count (`5亿元至10亿元项目17个`: projects of that size), and a count of projects whose
 * investment passes the amount (`17个项目总投资超1亿元`, `其中有5个投资超过10亿元`: each of them
 * is that large, nothing is summed).
 */
export function isThreshold(text: string, start: number, afterSuffix: number, hasSuffix: boolean, hasPrefixBound: boolean, isRange = false): boolean {
  const restated = boundRestatedInNote(text, start, afterSuffix);
  let p = restated ? afterSuffix + 1 : hasSuffix || hasPrefixBound ? pastNoteInBrackets(text, afterSuffix) : afterSuffix;
  let marked = hasSuffix || hasPrefixBound || restated;
  if (boundThenCount(text, p, marked || isRange)) return true;
  if (unitAt(text, p) === JI_CLASS) {
    if (levelOfIndustryOrCounted(text, start, p)) return true;
    p++;
    marked = true;
  }
  if (!marked) return eachOfClass(text, start, p) || classWithCount(text, p, isRange) || rangeOfCountedClass(text, p, isRange) || joinedToSizeClass(text, p) || countedOfSizeAt(text, p) || scaleOfBigProjects(text, start, p) || roundScaleOfClass(text, start, p) || countedProjectsOfAmount(text, start, p);
  if (joinedToSizeClass(text, p) || countedOfSizeAt(text, p) || classWithCount(text, p, isRange)) return true;
  if (hasSuffix && upperBoundOfClassAt(text, p)) return true;
  // `其中,100亿元以上1个、总投资105亿元`: a bound and straight away a count, the class noun left to the sentence.
  // `亿元以上并进入供地程序项目96个`: a bound, what else the counted projects did, the class noun and its count.
  if (hasSuffix && (countAt(text, p) || countedClassOfAnyKindAt(text, p))) return true;
  if (hasSuffix && bracketedSizeOfClass(text, start, p)) return true;
  // `亿元以上新开工项目`: a kind before the class noun, after a bound written after the amount; after
  // 的 it describes one thing (`超百亿元的大型企业`), and after a bound before it the amount is how much
  // the projects add up to (`引进不低于40亿元固定资产投资项目`).
  if ((hasSuffix || p > afterSuffix) && unitAt(text, p) !== DE && qualifiedClassEnd(text, p, true) >= 0) return true;
  if (unitAt(text, p) === DE) {
    if (restated && countedClassOfAnyKindAt(text, p + 1)) return true;
    // `3000万元以上的正式合同项目750个`, `投资超2亿元的装备制造项目6个`: a bound (after the amount or before
    // it), 的, and projects of some kind counted: each of them is that large.
    if ((hasSuffix || hasPrefixBound) && countedClassOfAnyKindAt(text, p + 1)) return true;
    if (hasSuffix && classNounAfterBound(text, p + 1, start)) return true;
    p++;
    // `推进8个投资超30亿元的重大产业项目`: projects counted before, each passing the bound.
    // `引进一家投资超百亿元以上的新材料企业`: one counted is one company's money.
    if (hasPrefixBound && countedSubjectBefore(text, start, false) && !ONE_COUNTED_BEFORE.test(text.slice(Math.max(0, start - ONE_COUNTED_REACH), start)) &&
      qualifiedClassEnd(text, p, true) >= 0) return true;
    // `一个超10亿元的投资项目`: one counted, a bound and 的 before its noun describe one project's own money, no class.
    if (hasPrefixBound && ONE_COUNTED_BEFORE.test(text.slice(runStart(text, start, isClauseEnd, Math.max(0, start - ONE_COUNTED_REACH)), start))) return false;
  }
  // Without a class noun after it, a marked amount is money of its own (`千亿级产业集群` is a scale).
  if (CLASS_NOUNS.longestStartingAt(text, p) > 0) return true;
  // `打造一批超10亿元产业。`: industries, each of that size, closing the clause.
  if (text.startsWith(INDUSTRY_CLASS, p) && (p + INDUSTRY_CLASS.length >= text.length || isClauseEnd(text.charCodeAt(p + INDUSTRY_CLASS.length)))) return true;
  return (hasPrefixBound || hasSuffix) && countedSubjectBefore(text, start, !hasPrefixBound) && (p >= text.length || isClauseEnd(text.charCodeAt(p)));
}

const INDUSTRY_CLASS = '产业';

/** An upper bound written right after a lower one (`10亿元以下`, `1亿美元以内`), and how far it reads. */
const UPPER_BOUND = /^[0-9.一二两三四五六七八九十百千]+[万亿]{1,2}(?:美元|欧元|港元|元)?(?:以下|以内)的?/;
const UPPER_BOUND_REACH = 16;

/**
 * `5亿元以上10亿元以下项目26个`: a lower bound, then an upper bound before the class noun: both bound one
 * size class (the upper one is read as a threshold on its own), so the lower one is no money either.
 */
function upperBoundOfClassAt(text: string, p: number): boolean {
  const m = UPPER_BOUND.exec(text.slice(p, p + UPPER_BOUND_REACH));
  return m !== null && CLASS_NOUNS.longestStartingAt(text, p + m[0].length) > 0;
}

/** Words of `each` right before an amount (`每个5亿元项目`). */
const EACH_BEFORE = WordMap.of(['每个', '每一个', '每项', '每家']);

/**
 * `每个5亿元项目都由一位领导包保`: `each` before the amount and a class noun right after it speak of every
 * project of that size, a size class; `每个项目5亿元` (the noun first) stays each one's money.
 */
function eachOfClass(text: string, start: number, p: number): boolean {
  return EACH_BEFORE.endingAt(text, start) !== undefined && CLASS_NOUNS.longestStartingAt(text, p) > 0;
}

/** Longest note in brackets read between a bound and its class (`(含续建)`). */
const NOTE_REACH = 8;

/**
 * `投资额5000万元以上(含续建)的项目34个`: a short note in brackets after the bound says what the class
 * takes in; the class is read past it. Where the brackets do not close soon, nothing is skipped.
 */
function pastNoteInBrackets(text: string, p: number): number {
  if (unitAt(text, p) !== OPEN_BRACKET) return p;
  for (let k = p + 1; k < Math.min(text.length, p + NOTE_REACH); k++) {
    const c = text.charCodeAt(k);
    if (c === CLOSE_BRACKET) return k + 1;
    if (isClauseEnd(c)) return p;
  }
  return p;
}

const INCLUDES = code('含');

/**
 * `超过50亿元(含50亿元)的项目11个`: an amount alone after `(含` and closing the brackets, right after another
 * amount, says the bound before the brackets takes itself in: it is that bound written again, part of the
 * size class, no money of its own.
 */
function boundRestatedInNote(text: string, start: number, end: number): boolean {
  return start >= 3 && unitAt(text, start - 1) === INCLUDES && unitAt(text, start - 2) === OPEN_BRACKET &&
    unitAt(text, end) === CLOSE_BRACKET && AMOUNT_END.has(text.charCodeAt(start - 3));
}

/** Characters an amount ends with (`元`, a currency's last, a multiplier, a digit): what stands before `(含`. */
const AMOUNT_END = charSet('元币金镑万亿0123456789');

/** How far back ONE_COUNTED_BEFORE is read. */
const ONE_COUNTED_REACH = 24;
/** A count of one before the amount's bound (`一家投资超`): no class of several. */
const ONE_COUNTED_BEFORE = /(?<![0-9一二两三四五六七八九十百])[一1][个家][^个家]*$/;

/**
 * `总投资3000万元-3亿元的产业项目4个`, `总投资在10亿元~50亿元之间的项目10个`: a range, 的, and projects of some kind
 * counted, or a range and a count alone (`1-5亿元311个`): a size class.
 */
function rangeOfCountedClass(text: string, p: number, isRange: boolean): boolean {
  if (!isRange) return false;
  const q = text.startsWith(BETWEEN, p) ? p + BETWEEN.length : p;
  // `其中,1-5亿元311个,5-10亿元51个`: a range and straight away a count, the class noun left to the
  // sentence; no one project's money is ever a range counted.
  if (countAt(text, q)) return true;
  // `1-2亿元得项目有6个`: `得` is a common slip for the `的` of a class.
  const u = unitAt(text, q);
  return (u === DE || u === DE_SLIP) && countedClassOfAnyKindAt(text, q + 1);
}

const BETWEEN = '之间';
const DE_SLIP = code('得');

/** Magnitudes an amount may open with when it names a scale and no figure (`千万美元`, `亿元`). */
const SCALE_START = charSet('十百千万亿');

const BIG_CLASS = WordMap.of(['大项目', '大企业', '项目']);

/**
 * `以千万美元大项目为主体`, `亿元大项目`, `百亿元项目`: a bare magnitude (no figure) before `大项目` or `项目` names
 * the scale of a class of projects (guidelines: `百亿` in a size class); with a figure (`一个50亿元大项目`) it
 * is one project's money.
 */
function scaleOfBigProjects(text: string, start: number, p: number): boolean {
  let k = start;
  while (k < p && SCALE_START.has(text.charCodeAt(k))) k++;
  // `十二亿元专案`: a magnitude followed by a figure (`十二`) is a figure, no scale.
  return k > start && !FIGURES.has(text.charCodeAt(k)) && BIG_CLASS.startingAt(text, p) !== undefined;
}

/** Digits and numerals that make a number a figure (`十二`, `百5`), not a bare scale. */
const FIGURES = charSet('0123456789.〇零一二两三四五六七八九点');

/** `5亿元至10亿元项目17个`, `5亿元项目8个`: a class noun right after the amount, then a count (a range needs none). */
function classWithCount(text: string, p: number, isRange: boolean): boolean {
  const noun = SIZE_CLASS_NOUNS.startingAt(text, p);
  // `6000万美元韩资项目1个`: a kind of project between the amount and its count.
  if (!noun) return countedClassAt(text, p);
  if (isRange) return true;
  // `百亿元项目共有11个`: the count may follow a verb of having.
  const from = noun.end + COUNT_VERBS.longestStartingAt(text, noun.end);
  let q = from;
  while (q < text.length && isCountDigit(text.charCodeAt(q))) q++;
  return q > from && isCountUnit(text.charCodeAt(q));
}

/** Verbs of having between a class noun and its count (`项目共有11个`). */
const COUNT_VERBS = WordMap.of(['有', '共', '共有', '就有']);

/**
 * `重点项目(2000万元以上)85个`, `工业总产值(2000万元以上)`, `固定资产投资(500万元以上)`: a bound alone in
 * brackets after a class or a statistic says which size of project or company is counted, as
 * statistics offices write it; it is no money of its own.
 */
function bracketedSizeOfClass(text: string, start: number, end: number): boolean {
  return start >= 1 && text.charCodeAt(start - 1) === OPEN_BRACKET && text.charCodeAt(end) === CLOSE_BRACKET;
}

/**
 * The clause before the amount counts projects and says what each invests (`17个项目总投资超`,
 * `20个项目中有5个总投资超过`), its scale or its amount (`其中4个项目投资规模突破`, `四个项目投资金额也超过`), or
 * what each turns out (`18家企业的产值超过`); a count written after its noun (`签约项目17个总投资超…`) states a sum
 * instead, and a summing word (`共 累计 合计`) too, as does a total (`投资总额超`).
 */
const COUNTED_SUBJECT = /(?<![0-9〇零一二两三四五六七八九十百目业司共计])[0-9一二两三四五六七八九十百]+[个家](?:[\u4e00-\u9fff]{0,4}?(?:项目|企业|公司)的?)?(?:中有[0-9一二两三四五六七八九十]+[个家])?(?:总投资|计划投资|投资额|投资规模|投资金额|投资|产值)也?(均|都)?(?:超过|超|逾|突破|过|达到|达|在)$/;

/**
 * The counted subject before the amount; with only a bound written after the amount
 * (`55个内资项目投资额均在5000万元以上`) it must say `均`/`都`: each of them is that large.
 */
function countedSubjectBefore(text: string, start: number, eachNeeded: boolean): boolean {
  const lo = runStart(text, start, isClauseEnd, Math.max(0, start - 24));
  // The first two patterns need `投资`: most clauses before a bound have none, so no regex.
  // `其中18家企业的产值超过亿元`: each counted firm's output passes the bound as their investment does.
  const invests = pairBetween(text, lo, start, TOU, ZI) || pairBetween(text, lo, start, CHAN, ZHI);
  if (!invests && eachNeeded) return false;
  const clause = text.slice(lo, start);
  if (eachOfSeveralReaches(clause)) return true;
  if (invests) {
    const m = COUNTED_SUBJECT.exec(clause);
    if ((m !== null && (!eachNeeded || m[1] !== undefined)) || EACH_REACHES.test(clause)) return true;
  }
  return !eachNeeded && countPassesAmount(clause);
}

/**
 * `分别是A项目、B项目…,总投资额均过5亿元`, `总投资均达到10亿元及以上`: `均`/`都` before the bound says each of several projects
 * reaches it, whose count was given in an earlier clause; a size class, not their sum.
 */
const EACH_REACHES = /(?:总投资额|投资总额|总投资|计划投资|投资额|投资)(?:均|都)(?:超过|超|逾|突破|过|在|达到|达)$/;

/**
 * `3个投资项目均在X以上`, `投资金额都在X以上`, `14个项目单体利用外资均超X`: `均`/`都` before the bound after the projects,
 * a sum of money named by `金额` or foreign capital used says each of several reaches it, as after an investment word.
 */
const EACH_OF_SEVERAL_REACHES = /(?:项目|金额|利用外资)(?:均|都)(?:超过|超|逾|突破|过|在|达到|达)$/;

/** The clause before the amount says each of several projects or sums reaches it (EACH_OF_SEVERAL_REACHES). */
function eachOfSeveralReaches(clause: string): boolean {
  // `均`/`都` stands two or three units before the amount in every match: most clauses are passed with one look.
  const n = clause.length;
  const near = clause.slice(Math.max(0, n - 5), n - 1);
  return (near.includes('均') || near.includes('都')) && EACH_OF_SEVERAL_REACHES.test(clause);
}

const JI_CLASS = code('级');
const TOU = charSet('投');
const CHAN = charSet('产');
const ZHI = charSet('值');
const ZI = charSet('资');
