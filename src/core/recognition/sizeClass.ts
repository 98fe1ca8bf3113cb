// Size classes written with more words than `10亿元以上项目`: a kind between the bound and the class
// noun (`亿元以上新开工项目`, `6000万美元韩资项目1个`), and an amount joined by `或` / `、` to another
// that carries the bound (`50亿元或5亿美元以上工业项目`, `超50亿元、百亿元级重大项目`): both amounts
// classify the same projects. Only reads a few characters after the amount (bounded).
import { DETERMINER_WORDS, INDUSTRY_WORDS, PROJECT_WORDS, QUALITY_WORDS } from '../lexicon/genericWords';
import { isChineseNumeralCode } from './chineseNumbers';
import { charSet, code, isDigit, isHan, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { isCountDigit, MU, XIANG } from './moneyCues';
import { goalVerbBefore } from './scaleAsGoal';
import { projectNamedAfter } from './projectAfterAmount';

/** A count or a size in numerals only (`一`, `十`): the number of a class, never its kind. */
const NUMERAL_ONLY = /^[一两二三四五六七八九十百千万亿]+$/;
/**
 * The nouns a size class counts, `项目` and `企业`, at `k`: read as two units, not with startsWith, since
 * the scans below ask at every character after most amounts.
 */
function classHeadAt(text: string, k: number): boolean {
  const c = unitAt(text, k);
  const d = unitAt(text, k + 1);
  return (c === XIANG && d === MU) || (c === QI && d === YE);
}

/** Length of both class nouns. */
const CLASS_HEAD_LENGTH = 2;
const QI = code('企');
const YE = code('业');
/** Kinds of project that may stand between the bound and the class noun (`市外`, `新开工`, `韩资`, `工业`). */
const KINDS = WordMap.of(QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, DETERMINER_WORDS.filter((w) => !NUMERAL_ONLY.test(w)));
/** Longest kind read before the class noun. */
const MAX_KIND = 8;

/** Characters of a second amount (`5亿美元`, `3~5亿美元`, `百亿元`). */
const AMOUNT_CHARS = charSet('0123456789.~-～至到超过一二两三四五六七八九十百千万亿元美港欧日英韩币人民');
const JOINERS = charSet('或、');
const BOUNDS = WordMap.of(['以上', '以下', '级', '以上的', '以下的', '级的']);
const COUNT_UNITS = charSet('个项家');
const MAX_AMOUNT = 12;

/**
 * End of `kind + 项目/企业` starting at `p` (`新开工项目`, `市外项目`, `韩资项目`), or -1. The kind is
 * made of generic words only: a name (`比亚迪项目`) is not a class; with `anyIndustry`, also any industry (`industryKind`).
 */
export function qualifiedClassEnd(text: string, p: number, anyIndustry = false): number {
  for (let k = p + 1; k <= p + MAX_KIND && k < text.length; k++) {
    if (classHeadAt(text, k) && (KINDS.covers(text, p, k) || (anyIndustry && industryKind(text, p, k)))) return k + CLASS_HEAD_LENGTH;
  }
  return -1;
}

const INDUSTRY = '产业';

/**
 * `节能环保产业`, `二三产业`: an industry named by any words before `产业` (Han characters only, so no
 * company or project name with its legal form or digits) is a kind of project too, right after a
 * bound (`亿元以上节能环保产业项目`; without one, `5亿元建设新能源产业项目1个` is money spent).
 */
function industryKind(text: string, p: number, k: number): boolean {
  if (k - p <= INDUSTRY.length || !text.startsWith(INDUSTRY, k - INDUSTRY.length)) return false;
  for (let i = p; i < k; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/** A class noun (with or without a kind before it) at `p`, followed by a count (`工业项目6个`). */
export function countedClassAt(text: string, p: number): boolean {
  let q = direct(text, p);
  if (q < 0) q = qualifiedClassEnd(text, p);
  return q >= 0 && countStartsAt(text, q);
}

/** A count of the class right at `q` (`750个`, `十二家`). */
function countStartsAt(text: string, q: number): boolean {
  // `投资在10亿元以上的大项目有12个`: the count after a verb of having.
  const from = q + COUNT_VERBS.longestStartingAt(text, q);
  let k = from;
  while (k < text.length && k - q < 6 && (isDigit(text.charCodeAt(k)) || isChineseNumeralCode(text.charCodeAt(k)))) k++;
  return k > from && COUNT_UNITS.has(text.charCodeAt(k));
}

/** Verbs of having between a class noun and its count (`项目有12个`, `企业共有8家`, `项目就有9个`). */
const COUNT_VERBS = WordMap.of(['有', '共', '共有', '就有']);

/**
 * `3000万元以上的正式合同项目750个`: after a bound and `的`, a class noun of any kind (Han words only)
 * followed by its count; the count makes it a class of many projects, whatever the kind's words.
 */
export function countedClassOfAnyKindAt(text: string, p: number): boolean {
  for (let k = p; k <= p + MAX_KIND && k < text.length && isHan(text.charCodeAt(k)); k++) {
    if (classHeadAt(text, k)) return countStartsAt(text, k + CLASS_HEAD_LENGTH);
  }
  return false;
}

function direct(text: string, p: number): number {
  return classHeadAt(text, p) ? p + CLASS_HEAD_LENGTH : -1;
}

/**
 * `50亿元或5亿美元以上工业项目2个`, `超50亿元、百亿元级重大项目`: the amount at `p`'s left is joined to
 * a second amount that is a size class (a bound and a class noun, or a class noun and a count).
 */
export function joinedToSizeClass(text: string, p: number): boolean {
  if (!JOINERS.has(unitAt(text, p))) return false;
  let q = p + 1;
  while (q < text.length && q - p <= MAX_AMOUNT && AMOUNT_CHARS.has(text.charCodeAt(q))) q++;
  const last = text.charCodeAt(q - 1);
  if (q === p + 1 || !(last === YUAN || last === YI || last === WAN)) return false;
  const bound = BOUNDS.startingAt(text, q);
  if (bound) return direct(text, bound.end) >= 0 || qualifiedClassEnd(text, bound.end) >= 0;
  return countedClassAt(text, q);
}

/** What may stand between a class noun and its count (`的项目有2项`, `的项目共3个`). */
const BEFORE_COUNT = charSet('有共');
const OF = '的'.charCodeAt(0);
const YOU = '有'.charCodeAt(0);

/**
 * `总投资达4000万美元的项目有2项`: the projects of that size are counted, so the amount is their size
 * class, not money spent (each of them is that large; nothing is summed). The class noun may be left
 * to the sentence before (`实际投资超5000万美元的有15个`).
 */
export function countedOfSizeAt(text: string, p: number): boolean {
  if (unitAt(text, p) !== OF) return false;
  let q = direct(text, p + 1);
  if (q < 0 && text.charCodeAt(p + 1) === YOU) q = p + 1;
  if (q < 0) return false;
  if (BEFORE_COUNT.has(text.charCodeAt(q))) q++;
  // `总投资达5000万美元的项目有1项,为P项目`: a class of one is that one project's money.
  return countStartsAt(text, q) && !(ONE_COUNT.has(text.charCodeAt(q)) && COUNT_UNITS.has(text.charCodeAt(q + 1)));
}

/** A count of one (`1项`, `一个`). */
const ONE_COUNT = charSet('1一');

const YUAN = '元'.charCodeAt(0);
const YI = '亿'.charCodeAt(0);
const WAN = '万'.charCodeAt(0);

/** Classifiers of a count of projects or companies (`31只重大项目`, `12个项目`). */
export const COUNT_CLASSIFIERS = charSet('个项家批只宗');

/** A count (`31只`, `十二个`) at `p`. */
export function countAt(text: string, p: number): boolean {
  let q = p;
  while (q < text.length && q - p < 6 && (isDigit(text.charCodeAt(q)) || isChineseNumeralCode(text.charCodeAt(q)))) q++;
  return q > p && COUNT_CLASSIFIERS.has(text.charCodeAt(q));
}

/**
 * `该项目投产后，…累计销售额`, `项目建成后，…累计纳税`: one project opens the sentence at `from`; so does its
 * phase (`一期项目…满负荷生产,首季实现产值X`), in quoted speech too.
 */
const ONE_PROJECT = WordMap.of(['该项目', '此项目', '本项目', '项目', '一期项目', '二期项目', '三期项目', '首期项目']);

export function oneProjectSubject(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from < 4 && SENTENCE_LEAD.has(text.charCodeAt(k))) k++;
  return ONE_PROJECT.startingAt(text, k) !== undefined;
}

const SENTENCE_LEAD = charSet(' \n\t，,。；;“「"');

const JI_LEVEL = code('级');
const GE_COUNT = code('个');

/**
 * `再造一个千亿级产业`, `打造3个千亿级、5个百亿级产业`: an amount in 亿 (`元` after it or not) with `级` after it
 * sizes an industry (`产业` right after `级`, or after its `的` and the industry's name: `千亿级石化产业集群`,
 * `千亿元级的新能源产业集群`) or a counted class (`N个` right before the amount), a threshold (guidelines: `百亿级`
 * in a size class). Other things of a level (`亿级像素`, `万级洁净车间`) stay no money.
 */
export function levelOfIndustryOrCounted(text: string, start: number, end: number): boolean {
  if (unitAt(text, end) !== JI_LEVEL || !endsInYi(text, end)) return false;
  // `“百亿级”项目`: a level quoted as a nickname still sizes what follows the quote.
  if (industryAfterLevel(text, pastClosingQuote(text, end + 1))) return true;
  // `布局百亿级氢能装备`, `实现千亿级目标`: a round level set as a goal sizes whatever it is (scaleAsGoal.ts).
  if (roundScaleAt(text, start, end) && goalVerbBefore(text, start)) return true;
  return start >= 2 && text.charCodeAt(start - 1) === GE_COUNT && isCountDigit(text.charCodeAt(start - 2));
}

/**
 * `已签约1个100亿元项目和2个30亿元项目`: an amount written straight between a count of projects (`N个`) and `项目`,
 * no `的` and no kind between, names the size of the counted projects, a threshold as `三个百亿项目` is
 * (guidelines: a size class); `2个总投资30亿元的项目` (a cue, a `的`) stays money spent.
 */
export function countedProjectsOfAmount(text: string, start: number, end: number): boolean {
  return start >= 2 && text.charCodeAt(start - 1) === GE_COUNT && isCountDigit(text.charCodeAt(start - 2)) && projectsOfScale(text, end);
}

/**
 * `又一百亿级制造业项目`: the `一` after `又` counts the project (another one), it is no digit of the level: the
 * amount starts after it (`百亿`).
 */
export function anotherOfLevelAt(text: string, pos: number): boolean {
  return pos > 0 && text.charCodeAt(pos) === YI_ONE && text.charCodeAt(pos - 1) === YOU_AGAIN && ANOTHER_LEVEL.test(text.slice(pos + 1, pos + 5));
}

const YOU_AGAIN = code('又');
/** A round scale in 亿 and its `级` right after the `一` (`百亿级`, `千亿元级`). */
const ANOTHER_LEVEL = /^[百千万]亿元?级/;

/** Past a closing quote at `p`, if one stands there. */
function pastClosingQuote(text: string, p: number): number {
  return CLOSING_QUOTES.has(unitAt(text, p)) ? p + 1 : p;
}

/**
 * `亿级项目20个`: the multiplier alone with `级` sizes projects, firms or parks only when their noun follows
 * the level at once (a quote between or not): `亿级像素`, `亿级用户` say how many of something, no money.
 */
export function bareLevelOfClass(text: string, end: number): boolean {
  return unitAt(text, end) === JI_LEVEL && SIZED_KINDS.longestStartingAt(text, pastClosingQuote(text, end + 1)) > 0;
}

/** text[start, end) is a round scale in 亿, `元` after it or not (`百亿`, `千亿元`): round units, then `亿`. */
function roundScaleAt(text: string, start: number, end: number): boolean {
  const yiEnd = text.charCodeAt(end - 1) === YUAN ? end - 1 : end;
  return yiEnd - start >= 2 && roundUnitsThenYi(text, start, yiEnd);
}

/** text[start, yiEnd) is round units, if any (`百 千 万`), then `亿`: a bare `亿` too. */
function roundUnitsThenYi(text: string, start: number, yiEnd: number): boolean {
  if (yiEnd <= start || text.charCodeAt(yiEnd - 1) !== YI) return false;
  for (let k = start; k < yiEnd - 1; k++) if (!ROUND_UNITS.has(text.charCodeAt(k))) return false;
  return true;
}

/** The amount ends at `end` in 亿, or in 亿元. */
function endsInYi(text: string, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  return c === YI || (c === YUAN && text.charCodeAt(end - 2) === YI);
}

/**
 * `产业` at `from`, or after a `的` and an industry's name of a few Han characters (`石化产业集群`); not a park so
 * named (`百亿级锂电产业基地`, `产业园`: one park of that scale), unless a `的` stands after `级`: the level then
 * describes the park, it does not name it (`万亿级的智能装备产业基地`). Projects or firms after a kind of a few
 * Han characters are a sized class too (`百亿级在建项目2个`, `50亿级制造业项目`).
 */
function industryAfterLevel(text: string, from: number): boolean {
  if (text.startsWith(INDUSTRY_LEVEL, from)) return true;
  const described = text.charCodeAt(from) === DE;
  const at = industryOrKindAhead(text, described ? from + 1 : from, true);
  return at === KIND_AHEAD || (at >= 0 && (described || !namesPark(text, at)));
}

/** What `industryOrKindAhead` returns for a sized class (`在建项目`) rather than an industry. */
const KIND_AHEAD = -2;

/**
 * From `k`, over an industry's name of a few Han characters (no `的`), the offset of its `产业` (`铜材产业`); with
 * `kinds`, KIND_AHEAD where a sized class comes first (`制造业项目`); else -1.
 */
function industryOrKindAhead(text: string, k: number, kinds: boolean): number {
  for (let j = k; j <= k + INDUSTRY_NAME_REACH; j++) {
    if (text.startsWith(INDUSTRY_LEVEL, j)) return j;
    if (kinds && SIZED_KINDS.longestStartingAt(text, j) > 0) return KIND_AHEAD;
    const c = text.charCodeAt(j);
    if (!isHan(c) || c === DE) return -1;
  }
  return -1;
}

/** The `产业` at `at` opens a park's name (`产业园`, `产业基地`), not an industry. */
function namesPark(text: string, at: number): boolean {
  return PARK_HEADS.has(text.charCodeAt(at + INDUSTRY_LEVEL.length));
}

/**
 * Classes a level sizes through their kind (`在建项目`, `制造业企业`), parks too (`300亿级的康养示范园区`: the
 * scale a park is to reach, a size class as `千亿级园区` is).
 */
const SIZED_KINDS = WordMap.of(['项目', '企业', '园区']);

/** What makes `…产业` a park's name (`产业园`, `产业基地`, `产业区`, `产业城`). */
const PARK_HEADS = charSet('园基区城港谷');

const INDUSTRY_LEVEL = '产业';
/** Longest industry's name read between `级` and `产业` (`生物医药`, `石化能源新材料`). */
const INDUSTRY_NAME_REACH = 8;
const DE = code('的');

/**
 * `三个百亿产业园`, `这些百亿项目中`, `“双百亿”产业`: a round scale in 亿 written in numerals alone (`百亿 千亿 万亿`),
 * no currency, between several counted or pointed at and a class noun (a closing quote between) sizes the class:
 * a threshold (guidelines: `百亿` in a size class); so is one set as a goal, nothing counted (`打造百亿园区`:
 * scaleAsGoal.ts). `百万产业工人` is a count of people: only scales in 亿.
 */
export function roundScaleOfClass(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) === YUAN) return roundScaleWithYuanOfProjects(text, start, end);
  if (end - start < 2 || !roundUnitsThenYi(text, start, end)) return false;
  // `打造百亿园区`: a round scale set as a goal is a size class, counted or not (scaleAsGoal.ts).
  if (goalVerbBefore(text, start)) return true;
  if (scaleOfPlace(text, end) || projectsOfScale(text, end) || industryOfScale(text, end)) return true;
  if (boundBeforeClass(text, start, end)) return true;
  if (!severalBefore(text, start)) return false;
  const p = CLOSING_QUOTES.has(text.charCodeAt(end)) ? end + 1 : end;
  return ROUND_CLASS_NOUNS.startingAt(text, p) !== undefined;
}

/**
 * `青禾经开区亿元项目建设热火朝天`, `●亿元项目再创新高`, `百亿元项目`: a round scale in 亿 written with its currency, no
 * number, right before `项目` (a closing quote between) is the projects' size class as `百亿项目` is, counted or not:
 * a bare `亿元` is no sum anyone spends. Only before projects, through `的` or a kind too, or set as a goal (scaleAsGoal.ts).
 */
function roundScaleWithYuanOfProjects(text: string, start: number, end: number): boolean {
  const scaleEnd = end - 1;
  if (!roundUnitsThenYi(text, start, scaleEnd)) return false;
  // `创百亿元区`: a round scale set as a goal (scaleAsGoal.ts), written with its currency, as without it.
  // `签下一个亿元果蔬烘干项目`, `过亿元的项目包括`: through `的` or a project's kind too (projectNamedAfter).
  return projectsOfScale(text, end) || projectNamedAfter(text, end) || (scaleEnd - start >= 2 && goalVerbBefore(text, start));
}


/**
 * `冲刺千亿市`, `百亿GDP县城`: a round scale right before a city, a county or its GDP says how big an economy
 * is, a size class, counted or not (`百亿市场` is a market, not a city; a park named after a scale,
 * `千亿级光伏产业基地`, is left alone).
 */
function scaleOfPlace(text: string, end: number): boolean {
  return PLACE_OF_SCALE.startingAt(text, end) !== undefined && !text.startsWith('市场', end);
}

const PLACE_OF_SCALE = WordMap.of(['市', '县', '县城', 'GDP']);

/**
 * `做强千亿铜材产业集群`, `壮大园区百亿光伏产业`: a round scale right before an industry, named between or not, is the
 * industry's size class as `千亿级产业` is (guidelines: `百亿` in a size class), counted or not; a park named after
 * the scale (`百亿产业园`, `产业基地`) is one only as a goal set (`打造百亿产业园`: scaleAsGoal.ts).
 */
function industryOfScale(text: string, from: number): boolean {
  const at = industryOrKindAhead(text, from, false);
  return at >= 0 && !namesPark(text, at);
}

/**
 * `超百亿项目陆续签约`, `签下两份百亿项目`, `“百亿项目”投资方`: a round scale right before `项目` (a closing quote
 * between) is the projects' size class, counted or not, one project or several: no sum is spent there. A park or
 * an industry of that scale needs several counted, or a goal set (`打造百亿园区`: scaleAsGoal.ts).
 */
function projectsOfScale(text: string, end: number): boolean {
  const p = CLOSING_QUOTES.has(text.charCodeAt(end)) ? end + 1 : end;
  return text.startsWith(PROJECTS, p);
}

const PROJECTS = '项目';

/**
 * `新增超百亿企业3家`, `逾千亿企业`: a bound right before the round scale and firms right after it name the class
 * of those above the scale (a threshold), counted or not, as projects do (`projectsOfScale`); `超百亿的企业` is
 * left to the bound's own reading.
 */
function boundBeforeClass(text: string, start: number, end: number): boolean {
  return BOUND_WORDS.endingAt(text, start) !== undefined && text.startsWith('企业', end);
}

/** Bounds written right before a round scale (`超`, `超过`, `逾`, `过`). */
const BOUND_WORDS = WordMap.of(['超', '超过', '逾', '过']);

/** Several things counted or pointed at right before `start` (`三个`, `多个`, `两大`, `这些`, `双`, `一批`). */
function severalBefore(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (PLURAL_MARKS.has(c)) return true;
  if (c !== GE_COUNT && c !== DA) return false;
  const d = text.charCodeAt(start - 2);
  return (isCountDigit(d) && d !== YI_ONE) || d === DUO || d === JI_SOME;
}

const PLURAL_MARKS = charSet('些双批');
const DA = code('大');
const YI_ONE = code('一');
const DUO = code('多');
const JI_SOME = code('几');

const ROUND_UNITS = charSet('十百千万');
const CLOSING_QUOTES = charSet('”」"');
/** What a round scale sizes: projects, firms, industries (`产业园` too), parks. */
const ROUND_CLASS_NOUNS = WordMap.of(['项目', '企业', '产业', '园区']);
