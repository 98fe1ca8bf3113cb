// An amount's role (guidelines, `role`): the nearest cue before it in its clause, the noun right
// after it, a cue further back in the sentence, a list's heading, or a signing. Small windows of
// folded text around one amount (see moneyCues.ts).
import type { MoneyRole } from '../types';
import { charSet, code, isClauseEnd, isDigit, isHan, isLatin, isSentenceEnd, runStart, unitAt } from '../text';
import { namesOneProject } from './scopeSubject';
import { WordMap } from '../wordMap';
import { rankedFigureRole } from './rankedCategories';
import { ISSUING_VERBS, targetReachesAmount } from './issuedTarget';
import { foreignArrival, foreignPassage } from './foreignArrival';
import { foreignRegisteredCapital } from './foreignRegisteredCapital';
import { foreignAttracted } from './foreignAttracted';
import { investVerbRightBefore } from './investVerb';
import { signedRightBefore } from './signedRightBefore';
import { headlineBatchRole } from './headlineBatch';
import { sizesProjectAfter } from './projectAfterAmount';
import { roleOfWholeBefore } from './wholeAndParts';
import { fundMoney } from './fundFigures';
import { projectsMoneyAfterCue, projectsMoneyBefore } from './projectsMoney';
import { summedInvestmentRole } from './summedInvestment';
import { outlayDone } from './outlayFrame';
import { grantMoneyEndingAt, MONEY_NOUN } from './grantMoney';
import { priceOfBuildingAfter, VALUE_WORDS, valuesFacilityAfter } from './valuedFacility';
import { bracketedAfterName, CLAUSE_LEAD, CLOSE_BRACKET, CUE_REACH, cueBefore, DE, isCountDigit, MAX_WINDOW, OPEN_BRACKET, ROLE_CUES, sentenceStart, WAN, YI, YUAN } from './moneyCues';

/**
 * The role from the words around the amount: the nearest cue before it in the same clause, else
 * the noun right after it (`1000万美元外资`), else the nearest cue further back in the sentence.
 */
export function roleOf(text: string, start: number, afterEnd: number, sStart = sentenceStart(text, start), foreignCurrency = false): MoneyRole {
  // `签订了价值X的…协议`: the value of what was signed, whatever the agreement's words name.
  if (signedRightBefore(text, start, afterEnd)) return 'contract';
  // `基金规模X`, `认缴X`, `设立X的某某基金`: a fund's size or capital put into it, whatever cue stands further back.
  if (fundMoney(text, start, afterEnd, sStart)) return 'other';
  const cStart = runStart(text, start, isClauseEnd, sStart);
  const near = cueBefore(text, start, cStart);
  if (foreignArrival(text, sStart, start, near, foreignCurrency) || foreignRegisteredCapital(text, near, sStart)) return 'foreign';
  // `招资X美元`, `引进资金X美元`: capital attracted in a foreign currency, its kind unsaid, comes from abroad.
  if (foreignAttracted(text, start, foreignCurrency)) return 'foreign';
  // A verb of completion says the money is done, the noun after it says what kind it is
  // (`完成4亿元招商引资任务` → investment: targets and results take the role of their kind).
  // So does a cue that only qualifies a class noun (`外资项目给予最高1000万元奖励`: the amount is
  // the award, the foreign capital belongs to the projects).
  // A cue written right after another amount is that amount's noun: the noun after this one
  // decides (`12亿的产值和8000万的利税`: the second amount is tax).
  const after = cueAfter(text, afterEnd);
  if (near && after && amountEndsAt(text, near.end - near.word.length)) return after;
  // `以盈余配发的X现金股利支应`: an amount between `的` and a money noun is that noun's, whatever cue the clause had.
  if (after && unitAt(text, start - 1) === DE) return after;
  // `实现税金6925万元,完成年任务3.5亿元的19.8%`: a target compared with the figure before it is of its kind.
  if (near && ((COMPLETION_VERBS.has(near.word) && (targetRightBefore(text, near.end, start) || targetRightAfter(text, afterEnd))) || issuedTarget(text, near, cStart, start))) {
    const figure = figureBefore(text, cStart, sStart);
    // `某某产业园已完成全年计划3.5亿元的94.3%`, `完成市下达任务X的100.2%`: a plan, or a target an office set, compared
    // with no kind of money before it (a verb of completing works is none) is planned investment.
    const plan = planRightBefore(text, near.end, start);
    if (figure && !(plan && COMPLETION_VERBS.has(figure.word))) return foreignArrival(text, sStart, start, figure, foreignCurrency) ? 'foreign' : figure.role;
    if (plan || ISSUING_VERBS.has(near.word)) return 'investment';
  }
  if (near?.role === 'contract' && tradeDeal(text, near, sStart)) return 'other';
  if (near && attractedForSigned(text, near.word, cStart, sStart)) return 'contract';
  if (near && partOfCompleted(text, near, sStart, cStart)) return 'completed';
  if (near && (fixedInvestmentGrown(text, near, start, afterEnd) || fixedInvestmentListed(text, near, cStart, sStart))) return 'completed';
  // `建造一座价值X的巨型工厂`: a value that a plant built right after it is named for is invested in that plant.
  if (near && VALUE_WORDS.has(near.word) && valuesFacilityAfter(text, afterEnd)) return 'investment';
  // `项目27个,累计投资X`: a sum over counted projects is what they invest; over firms or a zone, invested so far.
  const summed = near && summedInvestmentRole(text, near, sStart);
  if (summed) return summed;
  const outlay = near && outlayRole(text, near, after, start, cStart, sStart);
  if (outlay) return outlay;
  if (near && !COMPLETION_VERBS.has(near.word) && !CLASS_NOUN_AFTER.startingAt(text, near.end)) return near.role;
  // `以X的价格建造`: the noun after the amount names a price, and what is priced is works being built.
  if (after) return after === 'other' && priceOfBuildingAfter(text, afterEnd) ? 'investment' : after;
  const counted = near && kindCompleted(text, near, cStart);
  if (counted) return counted;
  // `全市实际利用外资X美元…按行业分,一产完成Y万美元`: a completion verb naming no kind, before an amount in a foreign
  // currency in a passage about foreign capital, reports foreign capital (investment done is counted in yuan).
  if (near) return foreignCurrency && COMPLETION_VERBS.has(near.word) && foreignPassage(text, start) ? 'foreign' : near.role;
  // `该项目明年将投2亿美元`: the bare verb of investing right before the amount, with no cue in its clause.
  if (investVerbRightBefore(text, start)) return 'investment';
  // `亩均利税X以上,带动至少40亿元的相关医药产业项目`: with no cue in its own clause, an amount right before the projects it
  // sizes (`的` between) is what they invest, whatever kind an earlier clause of the sentence named.
  if (unitAt(text, afterEnd) === DE && sizesProjectAfter(text, start, afterEnd)) return 'investment';
  const further = exceededFigure(text, cStart, sStart, start) ?? cueBefore(text, cStart, sStart);
  // `签约资金X,引进项目53个,资金Y`: projects counted after an earlier clause's cue own the generic money after them.
  if (further && projectsMoneyAfterCue(text, further.end, start)) return 'investment';
  // `…其中,县属投资108.4亿元,增长12%,临空园区18.2亿元`: the next part, with no cue of its own, is of the same whole.
  if (further && partOfCompleted(text, further, sStart, further.end)) return 'completed';
  return further?.role ?? listHeadingCue(text, start, afterEnd, sStart) ?? rankedFigureRole(text, start, afterEnd) ?? elidedListCue(text, sStart, start) ?? roleOfWholeBefore(text, sStart) ?? signedTotal(text, cStart, sStart, start) ?? headlineBatchRole(text, start, afterEnd) ?? (signedInClause(text, cStart, start, afterEnd) ? 'contract' : projectsMoneyBefore(text, sStart, start) ? 'investment' : projectRightAfter(text, start, afterEnd));
}

/**
 * The figure a target is compared with: the nearest cue before the target's clause, past the verb of
 * an office that set an earlier target (`完成市下达目标任务的120%,完成省下达目标任务X的96%`: no kind of money);
 * with none in its sentence, the figure closing the `;` clause before (`到位资金X,增长12%;完成下达目标任务Y的52%`).
 */
function figureBefore(text: string, cStart: number, sStart: number): ReturnType<typeof cueBefore> {
  let figure = cueBefore(text, cStart, sStart);
  if (!figure && sStart > 0 && isClauseSemicolon(text.charCodeAt(sStart - 1))) figure = cueBefore(text, sStart - 1, sentenceStart(text, sStart - 1));
  return figure && ISSUING_VERBS.has(figure.word) ? cueBefore(text, figure.end - figure.word.length, sStart) : figure;
}

/** Capital attracted, said without what kind (`引资额`): a part takes the kind of the whole it splits. */
const ATTRACTED = '引资';

/** Capital attracted from outside the place, in place by default (`省外资金`), signed money after signed projects counted. */
const OUTSIDE_CAPITAL = new Set(['省外资金', '市外资金']);

/**
 * Capital attracted for what was signed: `引资` in a part of a signed whole or after signed projects counted, and
 * capital from outside the place after signed projects counted (`现场签约项目25个,引进市外资金X`), as `引资` there.
 */
function attractedForSigned(text: string, word: string, cStart: number, sStart: number): boolean {
  if (word === ATTRACTED) return partOfSignedWhole(text, sStart) || signedProjectsCountedBefore(text, cStart, sStart) || signingInSentence(text, cStart, sStart);
  return OUTSIDE_CAPITAL.has(word) && signedProjectsCountedBefore(text, cStart, sStart);
}

/** A count of projects signed or under contract closing a clause (`已签订合同项目33个`, `签约项目共12个`). */
const SIGNED_PROJECTS_COUNTED = /(?:签约|签订|合同|协议)[^,，;；。]{0,8}?项目(?:共|有)?[0-9一二三四五六七八九十百]{1,4}(?:个|项)$/;
/** The longest clause SIGNED_PROJECTS_COUNTED is read in. */
const SIGNED_COUNT_REACH = 24;

/**
 * `该园区已签订合同项目33个,引资约60亿元`: capital attracted right after a count of signed projects is what they
 * were signed for, contract money (as `签约项目11个,引资额X` after a signed total is).
 */
function signedProjectsCountedBefore(text: string, cStart: number, sStart: number): boolean {
  const end = cStart - 1;
  if (end <= sStart || !isClauseEnd(text.charCodeAt(end))) return false;
  const from = runStart(text, end, isClauseEnd, Math.max(sStart, end - SIGNED_COUNT_REACH));
  return SIGNED_PROJECTS_COUNTED.test(text.slice(from, end));
}

/** A verb of signing (`签约`, `签署…协议`, `签订`, `签下`). */
const SIGNING_IN_SENTENCE = /签约|签署|签订|签下/;

/**
 * `新区12个项目集中签约引资X`, `…15家央企签约和构建战略合作框架协议,引资总额X`: capital attracted in a sentence that
 * tells a signing is what was signed for, contract money; in a sentence of its own after the signing
 * (`共签约项目29个。…引资X`) it keeps its kind.
 */
function signingInSentence(text: string, cStart: number, sStart: number): boolean {
  return SIGNING_IN_SENTENCE.test(text.slice(sStart, cStart));
}

/** How many `;` clauses of a `其中` list are walked back to its opening (`partOfSignedWhole`). */
const PARTS_REACH = 4;

/**
 * `…签约项目23个,协议资金额28亿元。其中,签约项目9个,引资额12亿元;意向项目3个,引资额16亿元`: the
 * `;` clauses of a sentence opened by `其中` split the signed total of the sentence before, so their
 * capital attracted is signed money too.
 */
function partOfSignedWhole(text: string, sStart: number): boolean {
  let start = sStart;
  for (let k = 0; k < PARTS_REACH && start > 0; k++) {
    if (text.startsWith(PARTS_OPENING, start)) {
      const before = start - 1;
      return !isClauseSemicolon(text.charCodeAt(before)) && cueBefore(text, before, sentenceStart(text, before))?.role === 'contract';
    }
    if (!isClauseSemicolon(text.charCodeAt(start - 1))) return false;
    start = sentenceStart(text, start - 1);
  }
  return false;
}

const PARTS_OPENING = '其中';

function isClauseSemicolon(c: number): boolean {
  return c === SEMICOLON || c === FULL_SEMICOLON;
}

const FULL_SEMICOLON = code('；');

const PROJECT_NOUN = '项目';

/**
 * The bare investment cue of a part (`县属投资`, `民间投资额`), which the whole's kind decides; so is a
 * kind of fixed investment that is a part of a completed whole (`其中基础设施投资X、工业投资Y`).
 */
const BARE_INVESTMENT = new Set(['投资', '投资额', '基础设施投资', '基础建设投资', '基建投资']);

/**
 * `完成固定资产投资126.6亿元,同比增长15%,其中,县属投资108.4亿元`: a part introduced by `其中`, named
 * by a bare investment cue, is a part of the completed investment before it in the sentence.
 */
function partOfCompleted(text: string, near: { word: string; role: MoneyRole; end: number }, sStart: number, cStart: number): boolean {
  if (near.role !== 'investment' || !BARE_INVESTMENT.has(near.word)) return false;
  // `其中` may open the part's own clause, right before its cue (`,其中基础设施投资3.9亿元`).
  const among = lastAmongBetween(text, sStart, Math.max(cStart, near.end - near.word.length));
  return among >= 0 && cueBefore(text, among, sStart)?.role === 'completed';
}

/** Fixed investment as a statistic (`工业固定资产投资额`), which a growth rate shows is a period's result. */
const FIXED_INVESTMENT = ['固定资产投资', '固定资产投资额', '固定投资', '工业投资', '工业投资额'];

/** A growth rate right after the amount (`,同比增长8.6%`, `,增长7%`): only what was done grows. */
const GROWTH_RIGHT_AFTER = /^[,，]? ?(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?增长 ?\d/;

/**
 * `1-9月全县工业固定资产投资额126.4亿元,同比增长8.6%`: a period's fixed investment reported with its
 * growth is investment done (one project's `固定资产投资X` stays planned investment); so is any kind of
 * investment named by a bare cue (`基础设施投资X,增长55%`, `房地产投资X,增长27%`), though not investment
 * attracted (`引进投资X,同比增长`: a pledge), projects' investment (`每个签约项目投资额X,同比增长`: planned)
 * nor a plan (`计划投资`, a cue of its own).
 */
function fixedInvestmentGrown(text: string, near: { word: string; end: number }, start: number, afterEnd: number): boolean {
  const cueStart = near.end - near.word.length;
  const kind = FIXED_INVESTMENT.some((w) => text.startsWith(w, near.end - w.length)) ||
    (BARE_INVESTMENT.has(near.word) && !NOT_A_KIND_BEFORE.some((w) => text.startsWith(w, cueStart - w.length)));
  if (!kind) return false;
  return GROWTH_RIGHT_AFTER.test(text.slice(afterEnd, afterEnd + 12)) ||
    (!PLAN_WORD.test(text.slice(near.end, start)) && PLAN_SHARE_AFTER.test(text.slice(afterEnd, afterEnd + PLAN_SHARE_REACH)));
}

/**
 * `工业投资X,居全省第5位,完成市政府下达全年目标的59.2%`, `项目实现投资X,完成年度计划的106%`: the share of a
 * plan or target the figure completes, in its clause or the next (with no money of its own), says it is
 * investment done; not the plan itself (`年度投资计划X,完成投资Y,完成年度计划的37%`).
 */
const PLAN_SHARE_AFTER = /^[,，]?(?:[^,，。;；元]{0,10}[,，])?完成[^,，。;；]{0,14}(?:计划|目标|任务)数?的 ?\d/;
const PLAN_WORD = /计划|目标|任务/;
const PLAN_SHARE_REACH = 44;

/** Words before a bare investment cue that make it pledged or planned, no kind of investment done. */
const NOT_A_KIND_BEFORE = ['引进', '项目'];

/** Fixed investment named as a statistic of its own, not as a part of a project's total. */
const FIXED_INVESTMENT_STATISTIC = new Set(['固定资产投资', '固定资产投资额']);

/** A verb of a period's achieved figures (`实现工业总产值X`), opening the list the statistic is in. */
const ACHIEVED = '实现';

/**
 * `2019年,某园区实现工业总产值229亿元,固定资产投资29亿元,实现财税收入3.52亿元`: fixed investment opening its
 * clause in a list of achieved figures (an earlier clause of the sentence says `实现`) is investment done;
 * not a part of a project's total (`总投资X,其中固定资产投资Y`).
 */
function fixedInvestmentListed(text: string, near: { word: string; end: number }, cStart: number, sStart: number): boolean {
  if (!FIXED_INVESTMENT_STATISTIC.has(near.word) || cStart <= sStart) return false;
  let k = cStart;
  while (k < near.end && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  if (k !== near.end - near.word.length) return false;
  const before = text.slice(sStart, cStart);
  return before.includes(ACHIEVED) && !before.includes(PROJECT_TOTAL);
}

const PROJECT_TOTAL = '总投资';

/** The last `其中` starting in [lo, hi), or -1: a bounded look back. */
function lastAmongBetween(text: string, lo: number, hi: number): number {
  for (let k = hi - 2; k >= lo; k--) if (text.charCodeAt(k) === QI && text.charCodeAt(k + 1) === ZHONG) return k;
  return -1;
}

const QI = code('其');
const ZHONG = code('中');

/**
 * `20亿元项目落户某县`: with no cue anywhere, an amount written right before `项目` (or before a project's
 * kind or name through `项目`, `25亿元新能源项目落户`: projectAfterAmount.ts) says how much the project invests (a size class was read before the role); so does one right before a verb of building,
 * `某县引进9.6亿元建设P项目`: money that builds something is invested.
 */
function projectRightAfter(text: string, start: number, afterEnd: number): MoneyRole {
  return text.startsWith(PROJECT_NOUN, afterEnd) || sizesProjectAfter(text, start, afterEnd) || BUILDING_VERBS.startingAt(text, afterEnd) || levelOfOneProject(text, afterEnd) || valuesFacilityAfter(text, afterEnd) ? 'investment' : 'other';
}

/** How long the name of the project after `级` may be. */
const LEVELLED_NAME_REACH = 24;

/**
 * `100亿美元级某某乙烯项目`: the scale written with `级` right before one project's name (no `的`, no kind
 * alone: `百亿级的新能源项目` is a size class) is what that project invests.
 */
function levelOfOneProject(text: string, afterEnd: number): boolean {
  if (text.charCodeAt(afterEnd) !== JI_LEVEL) return false;
  const from = afterEnd + 1;
  for (let k = from; k < text.length && k - from <= LEVELLED_NAME_REACH; k++) {
    if (text.startsWith(PROJECT_NOUN, k)) return namesOneProject(text, from, k);
    const c = text.charCodeAt(k);
    if (c === DE || !(isHan(c) || isDigit(c) || isLatin(c))) return false;
  }
  return false;
}

const JI_LEVEL = code('级');

/** Verbs of building an amount may be spent on right after it (`高标准建设`: a manner before the verb). */
const BUILDING_VERBS = WordMap.of(['建设', '兴建', '新建', '扩建', '打造', '高标准建设', '用于建设']);

/**
 * `新批注册外资1000万美元以上的项目7个,分别是A(1亿美元)、B(1500万美元),…,C(1971万美元)`: a long
 * list of bracketed amounts takes its kind of money from the list's heading, which may lie beyond
 * the usual window (read at most twice as far, inside the sentence).
 */
function listHeadingCue(text: string, start: number, afterEnd: number, sStart: number): MoneyRole | undefined {
  if (sStart === 0 || isSentenceEnd(text.charCodeAt(sStart - 1))) return undefined;
  if (!bracketedAfterName(text, start, afterEnd) && !listedWithItsThing(text, start, afterEnd)) return undefined;
  return cueBefore(text, sStart, runStart(text, sStart, isSentenceEnd, Math.max(0, start - 2 * MAX_WINDOW)))?.role;
}

const LIST_COMMA = code('、');

/** `…、8000万欧元的C项目、…`: an item of a `、` list of amounts each before the thing it is the money of. */
function listedWithItsThing(text: string, start: number, afterEnd: number): boolean {
  return text.charCodeAt(start - 1) === LIST_COMMA && text.charCodeAt(afterEnd) === DE;
}

/** A target a figure is compared with (`完成年任务75亿元的23.7%`). */
const TARGETS = WordMap.of(['年任务', '全年任务', '年度任务', '任务', '计划任务', '目标', '年度目标', '全年目标', '目标任务', '年计划', '全年计划',
  '任务数', '目标任务数', '年度任务数', '年度计划', '年度计划任务']);

/**
 * A target from `from` to the amount at `start`, maybe after the office that allotted it
 * (`完成市分配任务5000万美元的93%`, `完成省下发目标`): the office is no kind of money.
 */
function targetRightBefore(text: string, from: number, start: number): boolean {
  const issuer = ISSUER.exec(text.slice(from, Math.min(start, from + ISSUER_REACH)));
  const at = issuer ? from + issuer[0].length : from;
  return TARGETS.startingAt(text, at, start)?.end === start;
}

/** Verbs of passing a target, and the schedule a target may be set by (`超出计划进度目标`). */
const EXCEEDING = WordMap.of(['超出', '超过']);
const SCHEDULE = '计划进度';

/**
 * `到位资金X,完成州下达任务的93.5%,超出计划进度目标Y`: by how much a figure passes its target is of the figure's
 * kind; the figure's cue, read past the office that set the target, when the amount's clause says so.
 */
function exceededFigure(text: string, cStart: number, sStart: number, start: number): ReturnType<typeof cueBefore> {
  return exceedsTargetBy(text, cStart, start) ? figureBefore(text, cStart, sStart) : undefined;
}

/** `超出计划进度目标Y`: a clause opening with passing a target, the target right before the amount. */
function exceedsTargetBy(text: string, cStart: number, start: number): boolean {
  const verb = EXCEEDING.startingAt(text, cStart, start);
  if (!verb) return false;
  const at = text.startsWith(SCHEDULE, verb.end) ? verb.end + SCHEDULE.length : verb.end;
  return TARGETS.startingAt(text, at, start)?.end === start;
}

/** Plans (of investment, when no other kind is named), as opposed to tasks and targets of any kind. */
const PLANS = WordMap.of(['年计划', '全年计划', '年度计划', '计划']);

/** A plan from `from` to the amount at `start` (`完成全年计划X`). */
function planRightBefore(text: string, from: number, start: number): boolean {
  return PLANS.startingAt(text, from, start)?.end === start;
}

/**
 * A year's target named after its amount (`超额完成22亿美元的年度计划任务`): a region's or park's plan.
 * A bare `目标` or `任务` is not read there: it may be one project's (`实现年产值10亿元的目标`).
 */
const YEARLY_TARGETS = WordMap.of(['年任务', '全年任务', '年度任务', '年度任务数', '年度目标', '全年目标', '年计划', '全年计划', '年度计划', '年度计划任务']);

/** `超额完成22亿美元的年度计划任务`: the amount is a year's target itself, named right after it. */
export function targetRightAfter(text: string, afterEnd: number): boolean {
  const at = unitAt(text, afterEnd) === DE ? afterEnd + 1 : afterEnd;
  return YEARLY_TARGETS.startingAt(text, at) !== undefined;
}

/** An office (a few Han characters) and its verb of allotting a target, before the target. */
const ISSUER = /^[\u4e00-\u9fff]{1,4}?(?:分配|下发|分解)的?/;

/** Longest text ISSUER can match. */
const ISSUER_REACH = 7;

/**
 * `完成州政府下达任务数65亿元的91%`: a target set by a higher office, after a completion verb of the
 * same clause; like `完成年任务X亿元`, it is of the kind of the figure before it.
 */
function issuedTarget(text: string, near: { word: string; end: number }, cStart: number, start: number): boolean {
  if (!ISSUING_VERBS.has(near.word)) return false;
  const from = text.charCodeAt(near.end) === DE ? near.end + 1 : near.end;
  if (!targetReachesAmount(text, from, start, TARGETS)) return false;
  const verb = cueBefore(text, near.end - near.word.length, cStart);
  return verb !== undefined && COMPLETION_VERBS.has(verb.word);
}

/** How many `;` clauses back a list with its kind of money named once is read (`elidedListCue`). */
const ELIDED_LIST_REACH = 4;

const SEMICOLON = code(';');

/**
 * `其中A开发区主营业务收入494.8亿元,排第五;B开发区325.4亿元,排第八;C工业园120.6亿元…`: a list of
 * figures in `;` clauses names their kind once; a later clause with no cue of its own takes the
 * kind of the last one that names it (a few clauses back, each ending in `;`).
 */
function elidedListCue(text: string, sStart: number, start: number): MoneyRole | undefined {
  // A clause naming money of its own (`贸易总额达…`) is no item of the list.
  for (let p = start; p > sStart; p--) if (ROLE_CUES.endingAt(text, p, sStart)) return undefined;
  let end = sStart - 1;
  for (let k = 0; k < ELIDED_LIST_REACH && end > 0 && text.charCodeAt(end) === SEMICOLON; k++) {
    const start = runStart(text, end, isSentenceEnd, Math.max(0, end - MAX_WINDOW));
    let cue = cueBefore(text, end, start);
    // `香港X家企业注册外资Y,占外方注册资本总数的62%;美国…`: a cue in the share after the item's amount names the whole, not the item.
    if (cue && !amountAfter(text, cue.end, end)) cue = cueBefore(text, cue.end - cue.word.length, start);
    if (cue) return amountAfter(text, cue.end, end) ? cue.role : undefined;
    end = start - 1;
  }
  return undefined;
}

/** A multiplier or `元` after a digit or numeral between `from` and `to` (an amount in the clause). */
function amountAfter(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === WAN || c === YI || c === YUAN) && isCountDigit(text.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** How far after the amount a signing verb of the same clause may end (`8亿总额招商项目签约`). */
const SIGNED_AFTER_REACH = 12;

/**
 * `某市招商签约50亿元`, `某区30亿总额项目签约`: with no kind of money named, a signing verb in the
 * amount's own clause (a headline has no other) says the amount is what was signed.
 */
function signedInClause(text: string, cStart: number, start: number, afterEnd: number): boolean {
  for (let p = cStart; p < start - 1; p++) if (SIGNING.startingAt(text, p, start)) return true;
  for (let p = afterEnd; p < text.length && p < afterEnd + SIGNED_AFTER_REACH && !isClauseEnd(text.charCodeAt(p)); p++) {
    if (SIGNING.startingAt(text, p)) return true;
  }
  return false;
}

/**
 * `现场签约9个项目，总金额达165亿元`: with no kind of money named in the sentence, a sum of money
 * (`金额 总额`) after a signing earlier in the sentence is what was signed.
 */
function signedTotal(text: string, cStart: number, sStart: number, start: number): MoneyRole | undefined {
  let money = false;
  for (let p = start; p > cStart && !money; p--) money = ROLE_CUES.endingAt(text, p, cStart)?.value === 'money';
  if (!money) return undefined;
  for (let p = partsHeadingStart(text, sStart); p < cStart; p++) {
    const signing = SIGNING.startingAt(text, p, cStart);
    if (signing) return STAGES_AFTER.test(text.slice(signing.end, signing.end + STAGES_REACH)) ? 'investment' : 'contract';
  }
  return undefined;
}

/**
 * `集中签约、开工、投产项目共计134个,总额超1100亿元`: projects signed, started and put into production
 * together; their sum is what they invest, not only what was signed.
 */
const STAGES_AFTER = /^[、和及与]\s*(?:开工|开竣工|竣工|投产|开业)/;
const STAGES_REACH = 5;

/**
 * `园区签订合同项目31个,总金额64.3亿元。其中,制造业项目19个,总金额42.1亿元`: a sentence opened by `其中`
 * lists parts of the sentence before, so that sentence is read too (its start), else `sStart`.
 */
function partsHeadingStart(text: string, sStart: number): number {
  if (sStart === 0 || !isSentenceEnd(text.charCodeAt(sStart - 1)) || !text.startsWith('其中', sStart)) return sStart;
  return sentenceStart(text, sStart - 1);
}

// `合同项目`: the projects under signed contracts, as `签约项目` names them.
const SIGNING = WordMap.of(['签约', '签订', '签下', '签署', '合同项目']);

/** An amount (a multiplier or a currency after a numeral) ends at `at`, or at a `的` before it. */
function amountEndsAt(text: string, at: number): boolean {
  let k = at;
  if (text.charCodeAt(k - 1) === DE) k = qualifierStartBefore(text, k - 1);
  const c = text.charCodeAt(k - 1);
  return (c === WAN || c === YI || c === YUAN) && k >= 2 && (isCountDigit(text.charCodeAt(k - 2)) || text.charCodeAt(k - 2) === WAN || text.charCodeAt(k - 2) === YI);
}

/** Words of trade (buying and selling goods), not of investing. */
const TRADE_WORDS = new Set(['贸易', '外贸', '成交', '交易', '进出口', '出口', '进口']);

/**
 * `商品贸易成交合同31宗,合同金额…`: contracts of trade said before the contract's money are sales of
 * goods, not investment signed: the money is `other`, as trade figures are.
 */
function tradeDeal(text: string, near: { word: string; end: number }, sStart: number): boolean {
  const before = cueBefore(text, near.end - near.word.length, sStart);
  return before !== undefined && TRADE_WORDS.has(before.word) && !investmentFair(text, before) && text.charCodeAt(before.end) !== DELEGATION;
}

/** `某区交易团`: the delegation a place sends to a fair, a party named after trade, no deal of trade. */
const DELEGATION = code('团');

/**
 * `西部国际投资贸易洽谈会`, `某市投资贸易推介会暨项目签约仪式`: `投资贸易` names a fair of investment and trade,
 * where investment is signed; no trade deal.
 */
function investmentFair(text: string, trade: { word: string; end: number }): boolean {
  return text.startsWith(FAIR_KIND, trade.end - trade.word.length - FAIR_KIND.length);
}

const FAIR_KIND = '投资';

/** Class nouns that a cue right before them qualifies (`外资项目`, `税收企业`). */
const CLASS_NOUN_AFTER = WordMap.of(['项目', '企业', '公司']);

/** Verbs putting money in, which govern the amount and leave its kind to the noun it qualifies. */
const OUTLAY_VERBS = new Set(['投入']);

/**
 * Money put in (`投入`): `投入X区级帮扶资金`, the noun the amount qualifies heads the money phrase over the verb
 * governing it; `过去3年来,我们投入X`, framed as progress so far, it is investment done (outlayFrame.ts).
 */
function outlayRole(text: string, near: { word: string; role: MoneyRole; end: number }, after: MoneyRole | undefined, start: number, cStart: number, sStart: number): MoneyRole | undefined {
  if (after && near.end >= start - CUE_REACH && OUTLAY_VERBS.has(near.word)) return after;
  return near.role === 'investment' && outlayDone(text, near, cStart, sStart) ? 'completed' : undefined;
}

/** Completion verbs that name no kind of money by themselves. */
const COMPLETION_VERBS = new Set(['完成', '已完成', '累计完成', '到位']);

/**
 * `工业总产值完成16.7亿元`, `实缴税金完成3460万元`: a period's figure reported as completed is of the kind
 * the noun right before the verb names (output, tax, fiscal revenue); only investment completed is
 * `completed` (`固定资产投资完成…`).
 */
function kindCompleted(text: string, near: { word: string; end: number }, cStart: number): MoneyRole | undefined {
  if (!COMPLETION_VERBS.has(near.word)) return undefined;
  const verbStart = near.end - near.word.length;
  const kind = cueBefore(text, verbStart, cStart);
  return kind?.end === verbStart && !PUT_IN_PLACE.has(kind.role) ? kind.role : undefined;
}

/** Kinds a completion verb after them turns into investment done. */
const PUT_IN_PLACE = new Set<MoneyRole>(['investment', 'completed']);

/**
 * A kind of money named right after an amount without a currency word (`每年70亿的销售额`,
 * `3亿的投资`): the noun says the number is money, as a cue before it would. Not a person or a
 * party named by the cue (`投资者`, `投资方`).
 */
export function moneyNounAfter(text: string, end: number): boolean {
  const from = text.charCodeAt(end) === DE ? end + 1 : end;
  const cue = ROLE_CUES.startingAt(text, from, Math.min(text.length, from + 8));
  return cue !== undefined && !NOT_MONEY_AFTER_CUE.has(text.charCodeAt(cue.end));
}

const NOT_MONEY_AFTER_CUE = charSet('者方人商户');

/**
 * A cue in the noun phrase right after the amount (`1000万美元外资`, `500万元的奖励`), up to
 * punctuation, a digit or a second `的`.
 */
function cueAfter(text: string, from: number): MoneyRole | undefined {
  from = pastGloss(text, from);
  from = pastQualifierBeforeDe(text, from);
  if (unitAt(text, from) === DE) from++;
  const hi = Math.min(text.length, from + 10);
  // `达成X意向协议`: the value of an agreement, when no cue of money names it (`协议资金` is one), is signed money.
  let agreement: MoneyRole | undefined;
  for (let p = from + 1; p <= hi; p++) {
    const c = text.charCodeAt(p - 1);
    if (isClauseEnd(c) || c === DE || c === 0x28 /* ( */ || isDigit(c)) return agreement;
    if (!agreement && text.startsWith(AGREEMENT, p - AGREEMENT.length) && p - AGREEMENT.length >= from) agreement = 'contract';
    const cue = ROLE_CUES.endingAt(text, p, from);
    // `给予X项目支持资金`: money named by a grant's qualifier is funding.
    if (cue?.word === MONEY_NOUN && grantMoneyEndingAt(text, p)) return 'funding';
    // `签订8亿元项目投资合同`: the amount of an investment contract is contracted money.
    if (cue && cue.value !== 'money') return cue.value === 'investment' && AGREEMENT_NOUNS.startingAt(text, p) ? 'contract' : cue.value;
  }
  return agreement;
}

/** An agreement (`意向协议`, `框架协议`, `合作协议`); `合同` is left out: it opens cues of other kinds (`合同外资`). */
const AGREEMENT = '协议';

/**
 * Bounds and approximations written between an amount and the `的` of its noun (`20亿元以上的税收`,
 * `3亿元左右的产值`): outside the span (guidelines, `qualifier`), they leave the noun the amount's.
 */
const QUALIFIERS_BEFORE_DE = ['以上', '以下', '左右', '之多'];

/** `from` moved onto the `的` after a qualifier (`以上的`), else `from`. */
function pastQualifierBeforeDe(text: string, from: number): number {
  for (const w of QUALIFIERS_BEFORE_DE) if (text.startsWith(w, from) && unitAt(text, from + w.length) === DE) return from + w.length;
  return from;
}

/** The start of the qualifier (`以上`) ending at `de`, the `的` after it, else `de`. */
function qualifierStartBefore(text: string, de: number): number {
  for (const w of QUALIFIERS_BEFORE_DE) if (de >= w.length && text.startsWith(w, de - w.length)) return de - w.length;
  return de;
}

/** Words opening a bracketed gloss of an amount in another currency (`(约40.7亿港元)`). */
const GLOSS_OPENING = /^\((?:约合|约|合|折合|相当于)(?:人民币|美元|港元|港币|欧元|新台币)?[0-9一二三四五六七八九十两]/;
/** How much of a bracket GLOSS_OPENING reads. */
const GLOSS_HEAD = 8;
/** How far a gloss's brackets may lie from the amount. */
const GLOSS_REACH = 20;

/**
 * `带来约X港元(约Y元新台币)的投资`: the amount and its gloss in another currency share the noun after the brackets,
 * so the noun is read past the gloss after the amount, or past the gloss's closing bracket from inside it.
 */
function pastGloss(text: string, from: number): number {
  const c = unitAt(text, from);
  if (c === OPEN_BRACKET && GLOSS_OPENING.test(text.slice(from, from + GLOSS_HEAD))) {
    const close = text.indexOf(')', from);
    return close > 0 && close - from <= GLOSS_REACH ? close + 1 : from;
  }
  if (c !== CLOSE_BRACKET) return from;
  const open = text.lastIndexOf('(', from);
  return open >= 0 && from - open <= GLOSS_REACH && GLOSS_OPENING.test(text.slice(open, open + GLOSS_HEAD)) ? from + 1 : from;
}


/** What an investment cue names when an agreement follows it (`投资合同`, `投资协议`). */
const AGREEMENT_NOUNS = WordMap.of(['合同', '协议']);
