// The words around an amount: qualifier, role and scope of a MONEY span.
//
// Everything here reads small windows of folded text (see fold.ts) around one amount; nothing
// scans the whole text, so the cost per amount is bounded whatever the article's length.
// The rules follow the annotation guidelines; each cue list says why it is there.
import type { MoneyRole, MoneyScope, Qualifier } from '../types';
import { isChineseNumeralCode, readNumber } from './chineseNumbers';
import { AFTER, BEFORE, currencyWords } from './currencies';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { exceptionChars, NOT_QUALIFIER_BEFORE as NOT_QUALIFIER_BEFORE_WORDS } from '../lexicon/exceptions';
import { charSet, charTable, code, isClauseEnd, isDigit, isHan, isSentenceEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
import { countAt, countedClassAt, countedOfSizeAt, joinedToSizeClass, oneProjectSubject, qualifiedClassEnd } from './sizeClass';

// ---------------------------------------------------------------- word tables

/**
 * Qualifiers written before an amount (outside the span, guidelines: `约` `近` `超` `逾` `不低于`).
 * `达` is listed in the guidelines as outside the span but carries no qualifier: it is a filler.
 */
const QUALIFIER_BEFORE = new WordMap<Qualifier>([
  ['约', 'approx'], ['大约', 'approx'], ['约为', 'approx'], ['约合', 'approx'], ['折合', 'approx'], ['大概', 'approx'], ['近似', 'approx'],
  ['超', 'at_least'], ['超过', 'at_least'], ['逾', 'at_least'], ['不低于', 'at_least'], ['不少于', 'at_least'],
  ['至少', 'at_least'], ['最少', 'at_least'], ['突破', 'at_least'], ['破', 'at_least'], ['过', 'at_least'],
  ['高于', 'at_least'], ['大于', 'at_least'], ['多于', 'at_least'], ['起码', 'at_least'],
  ['近', 'at_most'], ['接近', 'at_most'], ['将近', 'at_most'], ['不超过', 'at_most'], ['不到', 'at_most'],
  ['不足', 'at_most'], ['最多', 'at_most'], ['至多', 'at_most'], ['低于', 'at_most'], ['少于', 'at_most'],
  ['小于', 'at_most'], ['最高', 'at_most'],
]);

/** Characters before `过` / `近` / `破` / `超` / `约` that make them part of another word (通过, 最近, 签约). */
const NOT_QUALIFIER_BEFORE = new Map(
  Object.entries(NOT_QUALIFIER_BEFORE_WORDS).map(([qualifier, list]) => [qualifier, charSet(exceptionChars(list))]),
);

/** Qualifiers written after an amount (outside the span): `以上` `以下` `左右`. */
const QUALIFIER_AFTER = new WordMap<Qualifier>([
  ['以上', 'at_least'], ['及以上', 'at_least'], ['之上', 'at_least'], ['起', 'at_least'],
  ['以下', 'at_most'], ['及以下', 'at_most'], ['以内', 'at_most'], ['之内', 'at_most'],
  ['左右', 'approx'], ['上下', 'approx'],
]);

/**
 * Words that may stand between a qualifier or cue and the amount without changing what the amount
 * is (`合同资金达65.1亿元`, `至少贡献1000万美元`, `签约金额共208亿元`).
 */
const FILLERS = WordMap.of(['达', '达到', '高达', '多达', '为', '了', '是', '共', '共计', '合计', '总计', '累计', '计', '将', '可', '预计',
    '将达', '有', '贡献', '实现', '带来', '新增', '吸引', '引进', '争取', '获得', '拉动', '带动', '额', '总额',
    '均', '年均', '平均', '每年', '分别', '分别为', '合共', '共约', '逐年', '首期', '一期', '二期', '三期', '已', '再', '就',
    '总', '金额', '资金', ' ', '：', ':'],
  // a currency named before the number (`约人民币12亿元`, `约合人民币14.3亿元`): the qualifier is further back
  currencyWords(BEFORE).map(([word]) => word));

/** A role cue, or `money` for words that make a bare amount money without saying what kind. */
type Cue = MoneyRole | 'money';

/**
 * Role cues (guidelines, `role`). The nearest cue before the amount decides; a longer cue
 * ending at the same place wins (`实际利用外资` over `外资`, `签约资金` over `资金`).
 * Explicit `other` cues (trade, transactions, registered capital) stop the search so that a cue
 * further back in the sentence does not leak onto them (`1亿美元外贸指标` is not foreign capital).
 */
const ROLE_CUES = new WordMap<Cue>([
  // investment: total or planned investment, and targets for attracting it (`4亿元招商引资任务`).
  ['总投资', 'investment'], ['投资总额', 'investment'], ['计划投资', 'investment'], ['投资额', 'investment'],
  ['投资', 'investment'], ['招商引资', 'investment'], ['社会资本', 'investment'], ['固定资产投资', 'investment'], ['投入', 'investment'],
  ['引资', 'investment'], ['增资', 'investment'], ['注资', 'investment'], ['总投', 'investment'],
  // a budget set aside for a project or plan is its planned spending (a government's own budget
  // revenue, `预算收入`, stays other)
  ['专案预算', 'investment'], ['项目预算', 'investment'], ['工程预算', 'investment'], ['计划预算', 'investment'],
  // contract: money in signed agreements.
  ['签约资金', 'contract'], ['合同资金', 'contract'], ['签约额', 'contract'], ['签约金额', 'contract'],
  ['协议资金', 'contract'], ['签约总额', 'contract'], ['合同金额', 'contract'], ['合同额', 'contract'],
  ['协议金额', 'contract'], ['协议投资', 'contract'], ['签约投资', 'contract'], ['合同投资', 'contract'],
  ['签约总金额', 'contract'], ['签约资金总额', 'contract'], ['合同总额', 'contract'],
  ['协议投资额', 'contract'],
  // capital attracted under signed contracts (`合同引资158亿元`), as `合同资金`; `协议引资` stays the
  // investment a promotion drive attracts (an earlier round's decision)
  ['合同引资', 'contract'], ['签约引资', 'contract'],
  // completed: investment done or money in place (`完成投资`, `到位资金`, `实际利用省外资金`).
  // investment already made (`已投资1亿元`) is completed; `已` further away is about something else
  ['已投资', 'completed'], ['已累计投资', 'completed'], ['累计已投资', 'completed'], ['已完成投资', 'completed'],
  ['完成投资', 'completed'], ['到位资金', 'completed'], ['资金到位', 'completed'], ['实际到位', 'completed'],
  ['实际利用', 'completed'], ['省外资金', 'completed'], ['市外资金', 'completed'], ['利用内资', 'completed'],
  ['到位内资', 'completed'], ['内资', 'completed'], ['省外项目资金', 'completed'], ['市外项目资金', 'completed'],
  ['到位', 'completed'], ['已完成', 'completed'], ['累计完成', 'completed'], ['完成', 'completed'],
  // fixed assets the attracted projects have actually formed (`实际形成固定资产投资额`): investment done
  ['形成固定资产投资', 'completed'], ['形成固定资产投资额', 'completed'],
  // revenue: sales, output, retail.
  ['销售收入', 'revenue'], ['销售额', 'revenue'], ['销售', 'revenue'], ['营业收入', 'revenue'], ['营收', 'revenue'],
  ['收入', 'revenue'], ['产值', 'revenue'], ['税收收入', 'tax'], ['财政收入', 'other'], ['预算收入', 'other'], ['零售总额', 'revenue'], ['零售额', 'revenue'], ['营业额', 'revenue'],
  ['消费品零售', 'revenue'], ['主营业务收入', 'revenue'], ['年销售', 'revenue'], ['产出', 'revenue'],
  // output stated in money (`建成后年产量可达1亿元`) is output value
  ['产量', 'revenue'],
  // value added (`工业增加值`), export earnings (`出口创汇`, over `出口`) and sales invoiced (`国税开票`,
  // over `税`) are what the firms earn
  ['增加值', 'revenue'], ['出口创汇', 'revenue'], ['创汇', 'revenue'], ['开票', 'revenue'], ['开票销售', 'revenue'],
  // tax.
  ['税收', 'tax'], ['缴税', 'tax'], ['纳税', 'tax'], ['税金', 'tax'], ['利税', 'tax'], ['税额', 'tax'],
  ['上缴', 'tax'], ['税', 'tax'],
  // foreign capital (`外资` after `实际利用` is still foreign: the longer cue wins).
  ['外资', 'foreign'], ['利用外资', 'foreign'], ['外资增资', 'foreign'], ['外商增资', 'foreign'], ['实际利用外资', 'foreign'], ['实际使用外资', 'foreign'],
  ['外商投资', 'foreign'], ['外商直接投资', 'foreign'], ['合同外资', 'foreign'], ['外资到位', 'foreign'],
  // foreign capital in place (`外资到位资金1330万美元`): foreign, over `到位资金`
  ['外资到位资金', 'foreign'], ['外资到位额', 'foreign'],
  ['使用外资', 'foreign'],
  // capital from Taiwan, Hong Kong and overseas Chinese is counted as foreign capital (`协议台资`)
  ['台资', 'foreign'], ['港资', 'foreign'], ['侨资', 'foreign'], ['港澳台资', 'foreign'], ['境外资金', 'foreign'],
  // funding: subsidies, grants, awards, loans, higher-level money.
  ['奖补资金', 'funding'], ['扶持资金', 'funding'], ['奖补', 'funding'], ['补贴', 'funding'], ['补助', 'funding'],
  ['奖励', 'funding'], ['贷款', 'funding'], ['上级资金', 'funding'], ['专项资金', 'funding'], ['融资', 'funding'],
  // `投融资总额`: what was invested and financed together is investment, not a loan
  ['投融资', 'investment'],
  ['授信', 'funding'], ['资助', 'funding'], ['扶持', 'funding'], ['贴息', 'funding'], ['贷', 'funding'],
  ['兑现', 'funding'], ['下达', 'funding'], ['拨付', 'funding'], ['基金', 'funding'], ['担保', 'funding'],
  ['奖金', 'funding'], ['补偿', 'funding'], ['专项债', 'funding'], ['债券', 'funding'], ['争取资金', 'funding'],
  ['预算内资金', 'funding'], ['预算内', 'funding'], ['争取', 'funding'], ['引导基金', 'funding'], ['引导资金', 'funding'],
  // other, explicitly: these are money but none of the kinds above.
  ['交易额', 'other'], ['交易', 'other'], ['贸易', 'other'], ['成交额', 'other'], ['成交', 'other'], ['外贸', 'other'],
  ['进出口', 'other'], ['出口', 'other'], ['进口', 'other'], ['注册资本', 'other'], ['注册资金', 'other'], ['估值', 'other'],
  ['市值', 'other'], ['利润', 'other'], ['生产总值', 'other'], ['GDP', 'other'], ['价格', 'other'],
  ['租金', 'other'], ['售价', 'other'], ['单价', 'other'], ['工资', 'other'], ['费用', 'other'], ['成本', 'other'],
  ['存款', 'other'], ['保费', 'other'], ['价值', 'other'],
  // a government's fiscal share of what is raised (`区级财力1亿元`): not a tax a company pays
  ['财力', 'other'],
  // Money of an unstated kind: enough to make `8000万` money, not enough to give it a role.
  ['资金', 'money'], ['金额', 'money'], ['总额', 'money'], ['资本', 'money'], ['资产', 'money'], ['经费', 'money'],
  ['款', 'money'], ['钱', 'money'],
]);

/** `完成` or `到位` just before an investment cue makes it completed investment (`完成工业投资`). */
const COMPLETION = ['完成', '到位', '实际'];
/** How many characters of a kind of investment may stand between them (`完成工业投资`). */
const COMPLETION_REACH = 3;

/**
 * Nouns after a threshold-shaped amount (`10亿元以上项目`, `过亿元规上工业企业`) that make it a size
 * class: the amount classifies projects or companies instead of being spent.
 */
const CLASS_NOUNS = ['项目', '企业', '规上', '规模以上', '重大项目', '大项目', '产业项目', '工业项目', '工业企业',
  '客商', '公司', '外资项目', '好项目', '重点项目', '投资项目', '市场主体', '产业集群', '大企业', '龙头'];

// ---------------------------------------------------------------- boundaries

/** How far back the sentence of an amount is read: the window for role and scope cues. */
const MAX_WINDOW = 80;

/** Start of the sentence that holds `pos`, at most MAX_WINDOW characters back. */
export function sentenceStart(text: string, pos: number): number {
  return runStart(text, pos, isSentenceEnd, Math.max(0, pos - MAX_WINDOW));
}

// ---------------------------------------------------------------- qualifier

export interface Prefix {
  /** Qualifier written before the amount, the nearest one. */
  qualifier?: Qualifier;
  /** Where the words right before the amount (fillers, qualifiers) begin. */
  start: number;
  /** The role cue that ends where those words begin, if any (`总投资` in `总投资达8000万`). */
  cue?: Cue;
}

/**
 * Walks back from an amount over qualifiers and fillers (at most four words, never past a
 * clause end) and reports the nearest qualifier and the cue the amount hangs on.
 */
export function readPrefix(text: string, start: number): Prefix {
  const lo = Math.max(0, start - 16);
  let pos = start;
  let qualifier: Qualifier | undefined;
  for (let step = 0; step < 4 && pos > lo; step++) {
    const cue = ROLE_CUES.endingAt(text, pos, lo);
    const q = QUALIFIER_BEFORE.endingAt(text, pos, lo);
    if (q && !NOT_QUALIFIER_BEFORE.get(q.word)?.has(text.charCodeAt(q.start - 1))) {
      qualifier ??= q.value;
      pos = q.start;
      continue;
    }
    // A cue that is also a filler (`资金`, `总额`) counts as the cue: it is what the amount hangs on.
    // A qualifier of two or more characters right before the cue still bounds the amount
    // (`最高补助200万元`, `至少投资`); a one-character one there is too ambiguous (`近`, `超`).
    if (cue) {
      if (!qualifier) {
        const q2 = QUALIFIER_BEFORE.endingAt(text, cue.start, Math.max(0, cue.start - 3));
        if (q2 && q2.word.length >= 2) qualifier = q2.value;
      }
      return { qualifier, start: pos, cue: cue.value };
    }
    const f = FILLERS.endingAt(text, pos, lo);
    if (!f) break;
    pos = f.start;
  }
  return { qualifier, start: pos, cue: ROLE_CUES.endingAt(text, pos, lo)?.value };
}

export interface Suffix {
  qualifier?: Qualifier;
  /** Offset just after the suffix words (the span's end when there are none). */
  end: number;
}

/** `以上` `以下` `左右` … right after the span. */
export function readSuffix(text: string, end: number): Suffix {
  const q = QUALIFIER_AFTER.startingAt(text, end, Math.min(text.length, end + 3));
  if (!q) return { end };
  // `起` only as `X亿元起`, not `起步`/`起到`.
  if (q.word === '起' && isHan(text.charCodeAt(q.end))) return { end };
  // `上下游` is the supply chain, not `about`.
  if (q.word === '上下' && text[q.end] === '游') return { end };
  return { qualifier: q.value, end: q.end };
}

// ---------------------------------------------------------------- threshold

/**
 * A size class: the amount (with `以上`/`以下`/`级`, or after `超`/`过`) classifies the
 * projects or companies named right after it (`10亿元以上项目69个`, `过亿元规上工业企业`). Two
 * more shapes say the same without a bound word: a range or an amount followed by a class noun
 * and its count (`5亿元至10亿元项目17个`: projects of that size), and a count of projects whose
 * investment passes the amount (`17个项目总投资超1亿元`, `其中有5个投资超过10亿元`: each of them
 * is that large, nothing is summed).
 */
export function isThreshold(text: string, start: number, afterSuffix: number, hasSuffix: boolean, hasPrefixBound: boolean, isRange = false): boolean {
  let p = afterSuffix;
  let marked = hasSuffix || hasPrefixBound;
  if (text.charCodeAt(p) === JI_CLASS) {
    p++;
    marked = true;
  }
  if (!marked) return classWithCount(text, p, isRange) || joinedToSizeClass(text, p) || countedOfSizeAt(text, p) || scaleOfBigProjects(text, start, p);
  if (joinedToSizeClass(text, p) || countedOfSizeAt(text, p) || classWithCount(text, p, isRange)) return true;
  if (hasSuffix && bracketedSizeOfClass(text, start, p)) return true;
  // `亿元以上新开工项目`: a kind before the class noun, after a bound written after the amount; after
  // 的 it describes one thing (`超百亿元的大型企业`), and after a bound before it the amount is how much
  // the projects add up to (`引进不低于40亿元固定资产投资项目`).
  if ((hasSuffix || p > afterSuffix) && text.charCodeAt(p) !== DE && qualifiedClassEnd(text, p, true) >= 0) return true;
  if (text.charCodeAt(p) === DE) p++;
  // Without a class noun after it, a marked amount is money of its own (`千亿级产业集群` is a scale).
  for (const noun of CLASS_NOUNS) if (text.startsWith(noun, p)) return true;
  // `打造一批超10亿元产业。`: industries, each of that size, closing the clause.
  if (text.startsWith(INDUSTRY_CLASS, p) && (p + INDUSTRY_CLASS.length >= text.length || isClauseEnd(text.charCodeAt(p + INDUSTRY_CLASS.length)))) return true;
  return (hasPrefixBound || hasSuffix) && countedSubjectBefore(text, start, !hasPrefixBound) && (p >= text.length || isClauseEnd(text.charCodeAt(p)));
}

const INDUSTRY_CLASS = '产业';

/** Magnitudes an amount may open with when it names a scale and no figure (`千万美元`, `亿元`). */
const SCALE_START = charSet('十百千万亿');
const BIG_CLASS = WordMap.of(['大项目', '大企业']);

/**
 * `以千万美元大项目为主体`, `亿元大项目`: a bare magnitude (no figure) before `大项目` names the scale of
 * a class of projects; with a figure (`一个50亿元大项目`) it is one project's money.
 */
function scaleOfBigProjects(text: string, start: number, p: number): boolean {
  return SCALE_START.has(text.charCodeAt(start)) && BIG_CLASS.startingAt(text, p) !== undefined;
}

/** `5亿元至10亿元项目17个`, `5亿元项目8个`: a class noun right after the amount, then a count (a range needs none). */
function classWithCount(text: string, p: number, isRange: boolean): boolean {
  const noun = SIZE_CLASS_NOUNS.startingAt(text, p);
  // `6000万美元韩资项目1个`: a kind of project between the amount and its count.
  if (!noun) return countedClassAt(text, p);
  if (isRange) return true;
  let q = noun.end;
  while (q < text.length && isCountDigit(text.charCodeAt(q))) q++;
  return q > noun.end && isCountUnit(text.charCodeAt(q));
}

// `过百亿园区5个`: parks are sized by what they earn, as projects by what they invest.
const SIZE_CLASS_NOUNS = WordMap.of(['项目', '企业', '工业项目', '产业项目', '重点项目', '重大项目', '园区']);

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
 * `20个项目中有5个总投资超过`); a count written after its noun (`签约项目17个总投资超…`) states a sum
 * instead, and a summing word (`共 累计 合计`) too.
 */
const COUNTED_SUBJECT = /(?<![0-9〇零一二两三四五六七八九十百目业司共计])[0-9一二两三四五六七八九十百]+[个家](?:[\u4e00-\u9fff]{0,4}?(?:项目|企业|公司))?(?:中有[0-9一二两三四五六七八九十]+[个家])?(?:总投资|计划投资|投资额|投资)(均|都)?(?:超过|超|逾|突破|过|达到|达|在)$/;

/**
 * The counted subject before the amount; with only a bound written after the amount
 * (`55个内资项目投资额均在5000万元以上`) it must say `均`/`都`: each of them is that large.
 */
function countedSubjectBefore(text: string, start: number, eachNeeded: boolean): boolean {
  const lo = runStart(text, start, isClauseEnd, Math.max(0, start - 24));
  const m = COUNTED_SUBJECT.exec(text.slice(lo, start));
  return m !== null && (!eachNeeded || m[1] !== undefined);
}

// ---------------------------------------------------------------- role

/**
 * The role from the words around the amount: the nearest cue before it in the same clause, else
 * the noun right after it (`1000万美元外资`), else the nearest cue further back in the sentence.
 */
export function roleOf(text: string, start: number, afterEnd: number, sStart = sentenceStart(text, start)): MoneyRole {
  const cStart = runStart(text, start, isClauseEnd, sStart);
  const near = cueBefore(text, start, cStart);
  // A verb of completion says the money is done, the noun after it says what kind it is
  // (`完成4亿元招商引资任务` → investment: targets and results take the role of their kind).
  // So does a cue that only qualifies a class noun (`外资项目给予最高1000万元奖励`: the amount is
  // the award, the foreign capital belongs to the projects).
  // A cue written right after another amount is that amount's noun: the noun after this one
  // decides (`12亿的产值和8000万的利税`: the second amount is tax).
  const after = cueAfter(text, afterEnd);
  if (near && after && amountEndsAt(text, near.end - near.word.length)) return after;
  // `实现税金6925万元,完成年任务3.5亿元的19.8%`: a target compared with the figure before it is of its kind.
  if (near && ((COMPLETION_VERBS.has(near.word) && TARGETS.startingAt(text, near.end, start)?.end === start) || issuedTarget(text, near, cStart, start))) {
    const figure = cueBefore(text, cStart, sStart);
    if (figure) return figure.role;
  }
  if (near && !COMPLETION_VERBS.has(near.word) && !CLASS_NOUN_AFTER.startingAt(text, near.end)) return near.role;
  if (after) return after;
  if (near) return near.role;
  return cueBefore(text, cStart, sStart)?.role ?? listHeadingCue(text, start, afterEnd, sStart) ?? elidedListCue(text, sStart, start) ?? (signedTotal(text, cStart, sStart, start) || signedInClause(text, cStart, start, afterEnd) ? 'contract' : 'other');
}

/**
 * `新批注册外资1000万美元以上的项目7个,分别是A(1亿美元)、B(1500万美元),…,C(1971万美元)`: a long
 * list of bracketed amounts takes its kind of money from the list's heading, which may lie beyond
 * the usual window (read at most twice as far, inside the sentence).
 */
function listHeadingCue(text: string, start: number, afterEnd: number, sStart: number): MoneyRole | undefined {
  if (sStart === 0 || isSentenceEnd(text.charCodeAt(sStart - 1)) || !bracketedAfterName(text, start, afterEnd)) return undefined;
  return cueBefore(text, sStart, runStart(text, sStart, isSentenceEnd, Math.max(0, start - 2 * MAX_WINDOW)))?.role;
}

/** How far before the amount its cue may end (`总投资约`). */
const CUE_REACH = 2;

/** `8个总投资59亿元的项目`: a count of things right before the cue of the amount. */
function countBeforeCue(text: string, sStart: number, start: number): boolean {
  for (let p = start; p >= start - CUE_REACH && p > sStart; p--) {
    const cue = ROLE_CUES.endingAt(text, p, sStart);
    if (!cue) continue;
    const unit = cue.start - 1;
    return unit > sStart && isCountUnit(text.charCodeAt(unit)) && isCountDigit(text.charCodeAt(unit - 1));
  }
  return false;
}

const PERCENT = code('%');

/** A percentage starts at `at` (`23.7%`). */
function percentAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i < at + 8 && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++;
  return i > at && text.charCodeAt(i) === PERCENT;
}

/** A target a figure is compared with (`完成年任务75亿元的23.7%`). */
const TARGETS = WordMap.of(['年任务', '全年任务', '年度任务', '任务', '计划任务', '目标', '年度目标', '全年目标', '目标任务', '年计划', '全年计划',
  '任务数', '目标任务数', '年度任务数']);

/** Verbs by which a higher office sets a target (`市政府下达任务数`); alone `下达` is a grant (`下达资金`). */
const ISSUING_VERBS = new Set(['下达']);

/**
 * `完成州政府下达任务数65亿元的91%`: a target set by a higher office, after a completion verb of the
 * same clause; like `完成年任务X亿元`, it is of the kind of the figure before it.
 */
function issuedTarget(text: string, near: { word: string; end: number }, cStart: number, start: number): boolean {
  if (!ISSUING_VERBS.has(near.word)) return false;
  const from = text.charCodeAt(near.end) === DE ? near.end + 1 : near.end;
  if (TARGETS.startingAt(text, from, start)?.end !== start) return false;
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
    const cue = cueBefore(text, end, start);
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
function signedTotal(text: string, cStart: number, sStart: number, start: number): boolean {
  let money = false;
  for (let p = start; p > cStart && !money; p--) money = ROLE_CUES.endingAt(text, p, cStart)?.value === 'money';
  if (!money) return false;
  for (let p = sStart; p < cStart; p++) if (SIGNING.startingAt(text, p, cStart)) return true;
  return false;
}

const SIGNING = WordMap.of(['签约', '签订', '签下', '签署']);

/** An amount (a multiplier or a currency after a numeral) ends at `at`, or at a `的` before it. */
function amountEndsAt(text: string, at: number): boolean {
  let k = at;
  if (text.charCodeAt(k - 1) === DE) k--;
  const c = text.charCodeAt(k - 1);
  return (c === WAN || c === YI || c === YUAN) && k >= 2 && (isCountDigit(text.charCodeAt(k - 2)) || text.charCodeAt(k - 2) === WAN || text.charCodeAt(k - 2) === YI);
}

/** Class nouns that a cue right before them qualifies (`外资项目`, `税收企业`). */
const CLASS_NOUN_AFTER = WordMap.of(['项目', '企业', '公司']);

/** Completion verbs that name no kind of money by themselves. */
const COMPLETION_VERBS = new Set(['完成', '已完成', '累计完成', '到位']);

function cueBefore(text: string, from: number, lo: number): { word: string; role: MoneyRole; end: number } | undefined {
  for (let p = from; p > lo; p--) {
    const cue = ROLE_CUES.endingAt(text, p, lo);
    if (!cue || cue.value === 'money') continue;
    if (cue.value === 'investment') {
      for (const w of COMPLETION) {
        // The last `w` that starts at most COMPLETION_REACH characters before the one right before the cue,
        // looked for in that window only (an unbounded lastIndexOf made long paragraphs
        // quadratic); before the text's start, lastIndexOf would look at offset 0.
        const right = cue.start - w.length;
        const at = right < 0 ? (text.startsWith(w) ? 0 : -1) : lastIndexBetween(text, w, Math.max(lo, right - COMPLETION_REACH), right);
        if (at >= 0 && at >= right - COMPLETION_REACH && at >= lo) return { word: cue.word, role: 'completed', end: p };
      }
    }
    return { word: cue.word, role: cue.value, end: p };
  }
  return undefined;
}

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
  if (text.charCodeAt(from) === DE) from++;
  const hi = Math.min(text.length, from + 10);
  for (let p = from + 1; p <= hi; p++) {
    const c = text.charCodeAt(p - 1);
    if (isClauseEnd(c) || c === DE || c === 0x28 /* ( */ || isDigit(c)) return undefined;
    const cue = ROLE_CUES.endingAt(text, p, from);
    // `签订8亿元项目投资合同`: the amount of an investment contract is contracted money.
    if (cue && cue.value !== 'money') return cue.value === 'investment' && AGREEMENT_NOUNS.startingAt(text, p) ? 'contract' : cue.value;
  }
  return undefined;
}

/** What an investment cue names when an agreement follows it (`投资合同`, `投资协议`). */
const AGREEMENT_NOUNS = WordMap.of(['合同', '协议']);

// ---------------------------------------------------------------- scope

/** A month's result (`本月完成到位资金`, `当月实现`): a period's total. */
const MONTH_TOTALS = ['本月完成', '本月实现', '本月到位', '当月完成', '当月实现', '当月到位', '上月完成', '上月实现', '上月到位'];

/** Words that make an amount a sum over several projects or a period's total. */
const AGGREGATE_WORDS = WordMap.of(['累计', '合计', '共计', '总计', '全年', '上半年', '下半年', '季度', '今年以来', '年初以来',
  '平均', '涉及', '合共', '共签约', '共引进', '共有', '共达', '金额共', '资金共', '总额共', '全市', '全省', '全县',
  '全区', '全州', '全镇', '全园', '全域', '全旗', '前三季度', '月份以来',
  // a region's or park's yearly target (`完成年任务75亿元`), like its year's total, and a target a higher
  // office sets it (`完成市政府下达任务数8亿元`)
  '年任务', '下达任务', '下达的任务', '任务数',
  // what a month brought in (`本月完成到位资金4亿元`), like a quarter's total; `本月新实施的项目有:X投资…`
  // introduces one project
  ...MONTH_TOTALS,
  // all the projects or companies of a place (`某某片区新老项目可实现税收6亿元`)
  '全部项目', '所有项目', '新老项目', '各项目', '全部企业', '所有企业', '新老企业',
  // a batch of firms or projects said as one subject (`A、B等一批优势企业…固定资产投资超过10亿元`)
  '一批企业', '一批优势企业', '一批重点企业', '一批骨干企业', '一批龙头企业', '一批项目', '一批重点项目',
  // a batch of projects (`这批项目`, `此次集中开工的项目`): the batch's total
  '这批项目', '此批项目', '本批项目', '这些项目', '上述项目', '集中开工的项目', '集中签约的项目', '集中竣工的项目',
  '集中投产的项目', '签约项目全部', '开工项目全部', '入园项目全部',
  // the projects of one origin of capital (`外资项目投资额为13.66亿美元`): a category, not one project
  '外资项目', '内资项目', '民资项目', '台资项目', '港资项目', '侨资项目',
  // an investment-promotion signing event (`某市招商签约50亿元`): the projects signed there together
  '招商签约']);

/** Summing words that may sum a measure other than money (`建筑面积合计3.2万平方米`). */
const SUMMING_WORDS = WordMap.of(['合计', '共计', '总计']);
/** Multipliers between a number and its unit (`3.2万平方米`). */
const MULTIPLIER_CHARS = charSet('十百千万亿');
const CURRENCIES_AFTER = WordMap.of(currencyWords(AFTER).map(([word]) => word));

/**
 * A word of AGGREGATE_WORDS in text[lo, start), except a summing word whose own figure is of another
 * measure (`规划建筑面积合计3.2万平方米,项目分为三期建设,总投资约2亿元`: the sum is of floor space).
 */
function aggregateWordIn(text: string, lo: number, start: number): boolean {
  for (let i = lo; i < start; i++) {
    const n = AGGREGATE_WORDS.longestStartingAt(text, i, start);
    if (n === 0) continue;
    if (SUMMING_WORDS.longestStartingAt(text, i, i + n) === n && sumsOtherMeasure(text, i + n, start)) continue;
    return true;
  }
  return false;
}

/** The number right after a summing word (up to `start`) has a unit that is not a currency (`3.2万平方米`). */
function sumsOtherMeasure(text: string, from: number, start: number): boolean {
  let k = from;
  while (k < start && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
  if (k === from) return false;
  while (k < start && MULTIPLIER_CHARS.has(text.charCodeAt(k))) k++;
  return k < start && isHan(text.charCodeAt(k)) && !CURRENCIES_AFTER.startingAt(text, k, start);
}

/**
 * A period counted from one plant's or company's own start (`建厂以来`, `投产以来`): what follows
 * is that company's running total, an item, though it says `累计`.
 */
const OWN_HISTORY = WordMap.of(['建厂以来', '投产以来', '开业以来', '落户以来', '创办以来', '创立以来', '建厂至今', '投产至今']);

/** Words of a period or a running total that a company's own report uses as well (`公司上半年实现营收`). */
const PERIOD_WORDS = WordMap.of(['累计', '全年', '上半年', '下半年', '季度', '今年以来', '年初以来', '前三季度', '月份以来', ...MONTH_TOTALS]);

/** Region-wide words: with them a company in the sentence is one of many (`全市规上企业…`). */
const REGION_WIDE = WordMap.of(['全市', '全省', '全县', '全区', '全州', '全镇', '全园', '全域', '全旗']);
/** Units of a count of projects, companies or items (`项目17个`, `18项`, `37家企业`). */
const COUNT_UNITS = '个项家批';
/** What may follow a count unit when it is not counting projects (`1个月`, `3个百分点`). */
const NOT_A_COUNT_AFTER = ['月', '百分点', '小时', '工作日', '人', '季度', '年'];

/**
 * `aggregate` when the amount sums or describes several projects, else `item`. An amount that
 * modifies a noun (`总投资50亿元的X项目`) belongs to that one thing. Otherwise the sentence before
 * it (after any `其中`, which starts a list of parts) is searched for a count of projects
 * (`签约项目17个，合同资金达65.1亿元`), a period total (`上半年`, `全年`, `1-6月`) or a summing
 * word (`累计`, `分别`, `涉及`).
 */
export function scopeOf(text: string, start: number, afterEnd: number, sStart = sentenceStart(text, start)): MoneyScope {
  // `总投资273亿元的31只重大项目`: what the amount modifies is a count of projects, their sum.
  // `完成年任务75亿元的23.7%` is a share of the amount, no noun it modifies.
  // So is a count right before the amount's cue (`等8个总投资59亿元的项目`).
  if (text.charCodeAt(afterEnd) === DE && !percentAt(text, afterEnd + 1)) return countAt(text, afterEnd + 1) || countBeforeCue(text, sStart, start) ? 'aggregate' : 'item';
  // `分别是维珍妮国际(1亿美元)、特瑞体育(1000万美元)`: an amount in brackets after a name is that one's.
  if (bracketedAfterName(text, start, afterEnd)) return 'item';
  let lo = listStart(text, sStart, start);
  // The last `其中` that starts before the amount, looked for in the sentence only, and the last
  // `分别` (one backward pass for both).
  const [among, lastEach] = lastAmongAndEach(text, lo, start);
  // `…到位资金18.3亿元，其中外资1200万美元`: a part named only by its kind of money (a short cue)
  // is still a sum; any other part (`其中比亚迪项目投资30亿元`) starts a new subject.
  if (among >= lo && !kindOfMoneyPart(text, among + 2, start) && !undisclosedAside(text, among + 2, start)) lo = among + 2;
  // `总投资分别为5亿元和3亿元`: a list of amounts, one per thing named before (after that `其中`).
  const each = lastEach >= lo ? lastEach : -1;
  if (each >= 0 && LIST_OF_AMOUNTS.test(text.slice(each + 2, start))) return 'item';
  // `其他8个项目分别为:A公司X项目,投资总额8000万元`: the first listed thing, named after the colon, and its money.
  if (each >= 0 && namedAfterListColon(text, each + 2, start)) return 'item';
  // `5家企业进驻,包括某某有限公司投资2.77亿元`: a company named right before the money it invests is
  // the subject, whatever was counted before it (unless two companies are joined as one subject).
  if (investorRightBefore(text, Math.max(lo, sStart), start) && !companiesJoined(text, Math.max(lo, sStart), start)) return 'item';
  // Read once: a count rules the company's own figures out and, failing the words below, makes a sum.
  const counted = hasCount(text, lo, start) || hasCountOfCases(text, lo, start);
  if (!counted && ownFigures(text, lo, sStart, start)) return 'item';
  if (aggregateWordIn(text, lo, start)) return 'aggregate';
  // Every period pattern holds 月: no regex for the many windows without one.
  if (hasCodeBetween(text, YUE, lo, start) && PERIOD_RANGE.test(text.slice(lo, start))) return 'aggregate';
  if (counted) return 'aggregate';
  if (categorySubject(text, Math.max(lo, sStart), start) || companiesJoined(text, Math.max(lo, sStart), start)) return 'aggregate';
  if (sizeClassSubject(text, lo, start)) return 'aggregate';
  if (subjectlessAfterBatch(text, sStart)) return 'aggregate';
  return regionStatistic(text, lo, Math.max(lo, sStart), start, afterEnd) ? 'aggregate' : 'item';
}

/**
 * Openers of a sentence that names no subject of its own: a kind of money (`总投资额3亿美元,…`) or
 * what happens once the projects are built (`项目建成后,年产值…`). Its figures are those of the
 * subject of the sentence before.
 */
const SUBJECTLESS_OPENERS = WordMap.of(['项目建成后', '项目投产后', '项目达产后', '项目全部建成后', '项目全部投产后', '项目全部达产后',
  '建成后', '投产后', '达产后', '全部建成后', '全部投产后', '全部达产后']);

/** A batch of projects closing the sentence before (`这些项目…`, `A项目、B公司,均为外资项目`). */
const BATCH_BEFORE = WordMap.of(['这批项目', '此批项目', '本批项目', '这些项目', '上述项目', '以上项目', '均为', '均系', '均属', '都是', '都属']);

/**
 * `A项目、B项目、C公司,均为外资项目。总投资额3亿美元,…`, `这些项目科技含量高。项目建成后,年产值可达…`:
 * a sentence without a subject of its own, right after a sentence about a batch, sums the batch.
 */
function subjectlessAfterBatch(text: string, windowStart: number): boolean {
  // A long sentence's start may lie beyond the window: read at most one more window back for it.
  const sStart = windowStart > 0 && !isSentenceEnd(text.charCodeAt(windowStart - 1)) ? runStart(text, windowStart, isSentenceEnd, Math.max(0, windowStart - MAX_WINDOW)) : windowStart;
  if (sStart === 0 || !isSentenceEnd(text.charCodeAt(sStart - 1))) return false;
  let k = sStart;
  while (k < text.length && k - sStart < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const cue = ROLE_CUES.startingAt(text, k);
  if (!(cue && cue.value !== 'money') && !SUBJECTLESS_OPENERS.startingAt(text, k)) return false;
  return BATCH_BEFORE.occursIn(text, sentenceStart(text, sStart - 1), sStart - 1);
}

const OPEN_BRACKET = code('(');
const CLOSE_BRACKET = code(')');

const LIST_COMMA = code('、');
/** How far before the bracket the previous item of the list may close. */
const LIST_ITEM_REACH = 16;

/**
 * `X(1亿美元)` with a name character before the bracket, in a list of such items (a `、` after the
 * bracket, or a `)、` before the name): one listed thing's amount. A lone bracket is a gloss
 * (`完成全年任务(42.5亿元)的60%`).
 */
function bracketedAfterName(text: string, start: number, afterEnd: number): boolean {
  if (text.charCodeAt(start - 1) !== OPEN_BRACKET || text.charCodeAt(afterEnd) !== CLOSE_BRACKET || !isHan(text.charCodeAt(start - 2))) return false;
  if (text.charCodeAt(afterEnd + 1) === LIST_COMMA) return true;
  for (let k = start - 2; k > 0 && k > start - LIST_ITEM_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === LIST_COMMA) return text.charCodeAt(k - 1) === CLOSE_BRACKET;
    if (!isHan(c)) return false;
  }
  return false;
}

/** A legal form, then the verb of investing (and a bound word), right before the amount. */
const INVESTOR_BEFORE = /(?:公司|集团|会社)(?:拟|将|计划|预计|再|追加|共)?(?:总)?投资(?:额)?(?:为|约|近|逾|超过|达|了)?$/;

const ZI = code('资');
/** How far before the amount the `资` of `投资` may end (`投资额约`). */
const INVEST_VERB_REACH = 4;

function investorRightBefore(text: string, from: number, start: number): boolean {
  if (start - from < 4) return false;
  // Cheap test first: most amounts have no `投资` right before them, so no slice and no regex.
  let zi = false;
  for (let k = start - 1; k >= start - INVEST_VERB_REACH && k > from && !zi; k--) zi = text.charCodeAt(k) === ZI;
  return zi && INVESTOR_BEFORE.test(text.slice(Math.max(from, start - 14), start));
}

/** Units that count cases or firms only with such a noun after them (`8件投资案`, `11间签约的企业`). */
const CASE_UNITS = charSet('件间');
const CASE_NOUNS = ['投资案', '案', '企业', '公司', '项目', '厂商'];
/** How far after the unit its noun may come (`11间签约的企业`). */
const CASE_NOUN_REACH = 5;

const CHAN = code('产');

function companyHeadBetween(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi - 1; i++) if (isCompanyHead(text, i)) return true;
  return false;
}

function hasCountOfCases(text: string, lo: number, hi: number): boolean {
  for (let i = lo + 1; i < hi; i++) {
    if (!CASE_UNITS.has(text.charCodeAt(i)) || !isCountDigit(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
    const t = readNumber(text, j);
    // `年产5000万件服装…项目` is a capacity; `某某公司为7件投资案中金额最大者` compares one company with them.
    if (!t || t.end !== i || Number(t.mantissa) < 2 || t.bigUnit || text.charCodeAt(j - 1) === CHAN || companyHeadBetween(text, lo, j)) continue;
    for (let k = i + 1; k <= i + CASE_NOUN_REACH && k < hi && !isClauseEnd(text.charCodeAt(k)); k++) {
      if (CASE_NOUNS.some((w) => text.startsWith(w, k))) return true;
    }
  }
  return false;
}

/** Kinds of project named by an industry or a sector only (`医药项目`, `电子项目`, `基础设施项目`). */
const CATEGORY_WORDS = WordMap.of(INDUSTRY_WORDS, ['工业', '制造业', '服务业', '农业', '基础设施', '民生', '社会事业', '城建', '文化', '医疗', '教育', '食品', '化工', '建材', '机械', '纺织']);
/** Longest category read at the head of a clause. */
const MAX_CATEGORY = 8;

/**
 * `医药项目总投资10.83亿元`: a clause that opens with a kind of project (industry or sector words
 * only, no determiner, no name) states that category's total, a sum (guidelines: a category total
 * is aggregate). `from` is the start of the amount's sentence; the amount is in the same clause.
 */
function categorySubject(text: string, from: number, start: number): boolean {
  let k = from;
  while (k < start && k - from < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const limit = Math.min(start - 2, k + MAX_CATEGORY);
  for (let at = k + 1; at <= limit; at++) {
    if (!text.startsWith('项目', at)) continue;
    if (!CATEGORY_WORDS.covers(text, k, at)) return false;
    for (let i = at + 2; i < start; i++) if (isClauseEnd(text.charCodeAt(i))) return false;
    return true;
  }
  return false;
}

/**
 * `其中1000万以上项目到位资金4.9亿元`: the subject is a size class of projects or companies (a bound
 * word then the class noun), so the amount is that class's total.
 */
function sizeClassSubject(text: string, lo: number, start: number): boolean {
  for (let i = lo; i < start - 3; i++) {
    if (text.charCodeAt(i) !== YI_BOUND || !BOUND_AFTER.startingAt(text, i, start)) continue;
    let k = i + 2;
    if (text.charCodeAt(k) === DE) k++;
    if (SIZE_CLASS_NOUNS.startingAt(text, k, start)) return true;
  }
  return false;
}

const BOUND_AFTER = WordMap.of(['以上', '以下']);
const YI_BOUND = code('以');

/** Two companies joined as one subject (`A有限公司和B食品厂…将投资近8亿元`): their money together. */
const COMPANIES_JOINED = /(?:公司|集团|厂)(?:和|及|以及|、)[^,，;；。]{2,24}?(?:公司|集团|厂)(?![房区长])/;

function companiesJoined(text: string, from: number, start: number): boolean {
  if (start - from < 6 || !COMPANIES_JOINED.test(text.slice(from, start))) return false;
  // `A公司和B公司投资5亿元建设P项目`: their money for one project is that project's.
  for (let i = start; i < text.length && i - start < 32 && !isClauseEnd(text.charCodeAt(i)); i++) if (text.startsWith('项目', i)) return false;
  return true;
}

const CLAUSE_LEAD = charSet(' \n\t，,。；;');

/**
 * A company's own figures: a period from its own start (`建厂以来，…累计销售收入`), or a company named in
 * the sentence before a period or running-total word (`公司上半年实现营业总收入…`), with no region-wide
 * word. Such a total is the company's, an item.
 */
function ownFigures(text: string, lo: number, sStart: number, start: number): boolean {
  if (OWN_HISTORY.occursIn(text, lo, start)) return true;
  if (REGION_WIDE.occursIn(text, lo, start) || !PERIOD_WORDS.occursIn(text, lo, start)) return false;
  if (oneProjectSubject(text, Math.max(lo, sStart))) return true;
  for (let i = Math.max(lo, sStart); i < start - 1; i++) {
    if (isCompanyHead(text, i) && PERIOD_WORDS.occursIn(text, i + 2, start)) return true;
  }
  return false;
}

/** `公司` or `集团` at `i`, not `分公司`-like parts nor plural or generic heads (`各公司`, `公司们`). */
function isCompanyHead(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (!((c === GONG && d === SI) || (c === JI && d === TUAN))) return false;
  return !NOT_ONE_COMPANY_BEFORE.has(text.charCodeAt(i - 1));
}

const NOT_ONE_COMPANY_BEFORE = charSet('各诸家分子些多');

/**
 * `今年以来,全区实际到位资金98.6亿元；完成固定资产投资1200余亿元`: clauses joined by `；` share
 * the heading of the first, so the window for scope words reaches back over them (bounded).
 */
function listStart(text: string, sStart: number, start: number): number {
  let lo = sStart;
  while (lo > 0 && lo > start - 2 * MAX_WINDOW) {
    const c = text.charCodeAt(lo - 1);
    if (c !== 0xff1b && c !== 0x3b) break;
    // `…；另外一个项目为…`: a clause that opens a subject of its own shares no heading.
    if (OWN_SUBJECT_OPENERS.startingAt(text, lo)) break;
    lo = sentenceStart(text, lo - 1);
  }
  return lo;
}

/** Openers of a `；` clause about something else than the clauses before it. */
const OWN_SUBJECT_OPENERS = WordMap.of(['另外', '另一', '另有', '此外', '其余', '其他', '其它', '剩余', '剩下']);

/**
 * A region's or a period's statistic with no count or summing word: the subject is a region
 * (`该区`, `我市`, `园区`), a park named by its suffix (`宁波杭州湾新区吸引投资…`) or a year
 * (`去年`, `2023年,`), or the amount is followed by its growth (`12.3亿美元,同比增长5%`). Not when
 * a project or company is named before it (`该公司去年营收`, `比亚迪项目今年计划投资`), nor when the
 * money is spent on one thing (`该区投资5亿元建设…`, `计划投资5亿元污水处理厂`). `lo` reaches back over
 * `；` clauses for the subject; `ownLo` starts the amount's own clause, where a named thing counts.
 */
function regionStatistic(text: string, lo: number, ownLo: number, start: number, afterEnd: number): boolean {
  if (ONE_THING_AFTER.startingAt(text, afterEnd) || facilityAfter(text, afterEnd)) return false;
  let region = false;
  // One pass over the window: a named thing (项目 公司 集团) rules the rule out, a subject rules it in.
  for (let i = lo; i < start; i++) {
    // Only in the amount's own sentence: a project in an earlier `；` clause is another item of a list.
    if (i >= ownLo && namedThingAt(text, i)) return false;
    if (region) {
      // `南昌高新区艾溪湖片区将新建人工智能产业园，总投资20亿元`: the subject builds one thing, whose cost follows.
      if (ONE_THING_BUILT.startingAt(text, i)) return growthAfter(text, afterEnd);
      continue;
    }
    region = subjectAt(text, i, lo, start);
  }
  return region || growthAfter(text, afterEnd);
}

/** A region, a park or a year at `i` that is the subject of the sentence (window `lo`…`start`). */
function subjectAt(text: string, i: number, lo: number, start: number): boolean {
  const region = REGION_SUBJECTS.startingAt(text, i, start);
  // `拟在该区投资建设…`: a region after a locative is where one thing goes, not the subject.
  if (region && !(region.value === 'place' && locativeBefore(text, i, lo)) && !planOfSomeone(text, i, region.word, lo)) return true;
  // A park as the subject (`宁波杭州湾新区今年吸引投资`), not as the place something is put
  // (`比亚迪在衡阳高新区投资`): no locative word just before the park's suffix.
  const park = PARK_SUBJECTS.endingAt(text, i + 1, lo);
  if (park && !locativeBefore(text, park.start, lo)) return true;
  // A year as the heading of the sentence: `2023年,`.
  return text.charCodeAt(i) === NIAN && i - lo >= 4 && isYear(text, i - 4) && isClauseEnd(text.charCodeAt(i + 1));
}

/** Verbs that report progress on a plan (`完成年度投资计划的72%`): the plan's year is not the subject. */
const PROGRESS_VERBS = WordMap.of(['完成', '实现', '超额完成']);

/** `年度` as the object of a progress verb: whose plan it is was said before, a year is no heading here. */
function planOfSomeone(text: string, i: number, word: string, lo: number): boolean {
  return word === '年度' && PROGRESS_VERBS.endingAt(text, i, lo) !== undefined;
}

/** `其中外资`, `其中,工业投资`: at most eight characters after 其中, a role cue among them, nothing named. */
function kindOfMoneyPart(text: string, lo: number, hi: number): boolean {
  if (hi - lo > PART_MAX) return false;
  for (let i = lo; i < hi; i++) if (namedThingAt(text, i)) return false;
  return cueBefore(text, hi, lo) !== undefined;
}

const PART_MAX = 8;

const LIST_COLONS = WordMap.of(['为:', '是:', '如下:']);

/** `分别为:` (from `at`) followed by a project or company named before the amount. */
function namedAfterListColon(text: string, at: number, start: number): boolean {
  const colon = LIST_COLONS.startingAt(text, at, start);
  if (!colon) return false;
  for (let i = colon.end; i < start - 1; i++) if (namedThingAt(text, i) && !NOT_A_NAME_BEFORE.has(text.charCodeAt(i - 1))) return true;
  return false;
}

/** Before 项目, what makes it a kind, not a name (`等项目`, `两类项目`). */
const NOT_A_NAME_BEFORE = charSet('等类个批些');

/** Words saying a part is kept undisclosed (`其中1件不公开`). */
const UNDISCLOSED = WordMap.of(['不公开', '未公开', '不公布', '未公布', '保密', '不披露', '未披露', '不便透露', '未透露']);

/**
 * `通过8件投资案,其中1件不公开,投资总额19.2亿元`: a `其中` clause that only says a part is kept
 * undisclosed is an aside, closed before the amount; the amount is the whole's, not that part's
 * (nothing is told of an undisclosed part).
 */
function undisclosedAside(text: string, from: number, start: number): boolean {
  let undisclosed = false;
  for (let i = from; i < start; i++) {
    if (isClauseEnd(text.charCodeAt(i))) return undisclosed;
    undisclosed ||= UNDISCLOSED.startingAt(text, i, start) !== undefined;
  }
  return false;
}

/** `项目`, `公司`, `集团` at `i`: a project or company named (`项目资金` is projects' money in general). */
function namedThingAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return (c === XIANG && d === MU && !text.startsWith('资金', i + 2)) || (c === GONG && d === SI) || (c === JI && d === TUAN);
}

/** Regions as subjects (also places: `在该区投资` is not the region's total). */
const PLACE_REGION_WORDS = ['该区', '该市', '该县', '该镇', '我市', '我区', '我县', '我省', '本市', '本区', '本县'];
/** Subjects that make a statistic region-wide: the region itself (a `place`), or a year. */
const REGION_SUBJECTS = new WordMap<'place' | 'time' | 'target'>([
  ...PLACE_REGION_WORDS.map((w) => [w, 'place'] as const),
  ['今年', 'time'], ['去年', 'time'], ['当年', 'time'], ['年度', 'time'],
  // a target with no project named is the region's (`二是力争引进外资5000万美元`)
  ['力争', 'target'], ['目标', 'target'],
]);

/**
 * Zone suffixes (and generic zone words) as the subject of a statistic, matched by their last
 * character: a zone's total sums its projects (`宁波杭州湾新区今年吸引投资逾50亿港元`). Not the
 * area suffixes (产业园, 科技城, 小镇): those often name one company's park, whose money is an item.
 */
const PARK_SUBJECTS = WordMap.of(['园区', '开发区', '高新区', '经开区', '新区', '工业园', '试验区', '示范区', '保税区', '综保区',
  '自贸区', '片区', '集聚区', '投资区']);

/** Words just before a park that make it the place of something, not the subject (`在`, `落户`). */
const LOCATIVES = charSet('在于驻赴户');

/** Labels of a place in flattened tables and posts (`地点：绍兴滨海新区`, `建设地址:`). */
const PLACE_LABELS = WordMap.of(['地点', '地址', '选址', '位置', '落户地']);

/**
 * A locative character within the eight characters before `at` (not before `lo`), or a place label
 * and a colon right before it.
 */
function locativeBefore(text: string, at: number, lo: number): boolean {
  for (let k = at - 1; k >= Math.max(lo, at - 8); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3a || c === 0xff1a) return PLACE_LABELS.longestEndingAt(text, k, lo) > 0;
    if (isClauseEnd(c)) return false;
    if (LOCATIVES.has(c)) return true;
  }
  return false;
}

/**
 * Verbs of building one new thing after a region subject (not 建设: `全区建设…` is often a sum), and
 * where one thing is sited (`该园区选址于…,总规划占地2000亩,总投资60亿元`: the park's own construction).
 */
const ONE_THING_BUILT = WordMap.of(['新建', '投建', '兴建', '筹建', '扩建', '拟建', '选址', '规划占地', '占地']);

/**
 * Heads of a facility: an amount followed right away by a noun phrase ending in one is what that
 * one thing costs (`计划投资5亿元污水处理厂`), not a region's total.
 */
const FACILITY_HEADS = WordMap.of(['厂', '站', '馆', '中心', '楼', '线', '生产线', '基地', '工程', '大道', '医院', '学校', '码头', '仓库', '管网', '酒店',
    '综合体', '电站', '项目', '工厂', '车间', '厂房', '大楼', '公园', '广场', '大桥', '隧道', '港口']);

/** A run of two to twelve Han characters right after the amount, ending a clause with a facility head. */
function facilityAfter(text: string, from: number): boolean {
  let p = from;
  const hi = Math.min(text.length, from + 12);
  while (p < hi && isHan(text.charCodeAt(p))) p++;
  if (p - from < 2 || (p < text.length && !isClauseEnd(text.charCodeAt(p)))) return false;
  return FACILITY_HEADS.longestEndingAt(text, p, from) > 0;
}

/** Verbs right after an amount that spend it on one thing (`投资5亿元建设`). */
const ONE_THING_AFTER = WordMap.of(['建设', '新建', '兴建', '建成', '用于', '打造', '设立', '实施', '启动', '购置', '收购', '成立']);

/** `,同比增长5%`, `,比上年增长`: within the sentence after the amount. */
function growthAfter(text: string, from: number): boolean {
  const hi = Math.min(text.length, from + 12);
  for (let i = from; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (isSentenceEnd(c)) return false;
    if (GROWTH_WORDS.startingAt(text, i, hi + 4)) return true;
    // `完成48.4亿元,增长23.9%`: a growth rate right after a figure is a statistic's too.
    if (text.startsWith(GROWTH, i) && isDigit(text.charCodeAt(i + GROWTH.length))) return true;
    // `增资1.4亿美元,占开发区同期批准总额的30%`: a share of the same period's total is a period figure.
    if (text.charCodeAt(i) === ZHAN && SAME_PERIOD.occursIn(text, i + 1, Math.min(text.length, i + 1 + SAME_PERIOD_REACH))) return true;
    // `到位资金57.4亿元,占园区到位资金比重达85%`: a share of a park's or region's whole is a group's figure.
    if (text.charCodeAt(i) === ZHAN && (PARK_SUBJECTS.startingAt(text, i + 1) || REGION_WIDE.startingAt(text, i + 1))) return true;
  }
  return false;
}

const GROWTH = '增长';
const ZHAN = code('占');
const SAME_PERIOD = WordMap.of(['同期']);
/** How far after `占` the `同期` of the whole it is a share of may start (`占全市同期`, `占开发区同期`). */
const SAME_PERIOD_REACH = 8;

const GROWTH_WORDS = WordMap.of(['同比', '比上年', '比去年', '较上年', '较去年', '环比', '增长率', '增幅']);

function isYear(text: string, at: number): boolean {
  for (let k = at; k < at + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return at === 0 || !isDigit(text.charCodeAt(at - 1));
}

const DE = code('的');
const WAN = code('万');
const YI = code('亿');
const YUAN = code('元');
const JI_CLASS = code('级');
const YUE = code('月');
const NIAN = code('年');
const XIANG = code('项');
const MU = code('目');
const GONG = code('公');
const SI = code('司');
const JI = code('集');
const TUAN = code('团');

/**
 * `lastIndexBetween(text, '其中', lo, start - 1)` and `lastIndexBetween(text, '分别', lo, start - 2)`
 * in one backward pass over the window.
 */
function lastAmongAndEach(text: string, lo: number, start: number): [among: number, each: number] {
  let among = -1;
  let each = -1;
  for (let i = Math.min(start - 1, text.length - 2); i >= lo && (among < 0 || each < 0); i--) {
    const c = text.charCodeAt(i);
    if (among < 0 && c === QI && text.charCodeAt(i + 1) === ZHONG) among = i;
    else if (each < 0 && c === FEN && text.charCodeAt(i + 1) === BIE && i <= start - 2) each = i;
  }
  return [among, each];
}

const QI = code('其');
const ZHONG = code('中');
const FEN = code('分');
const BIE = code('别');

/** `text.lastIndexOf(word, from)`, but only matches starting at or after `lo` (else -1); bounded. */
function lastIndexBetween(text: string, word: string, lo: number, from: number): number {
  const first = word.charCodeAt(0);
  for (let i = Math.min(from, text.length - word.length); i >= lo; i--) {
    if (text.charCodeAt(i) === first && text.startsWith(word, i)) return i;
  }
  return -1;
}

function hasCodeBetween(text: string, c: number, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** A reporting period: `1-6月`, `1至4月份`, `前5个月`, `3个月以来`. */
const PERIOD_RANGE = /\d[-~至到]\d{1,2}月|前[0-9一二三四五六七八九十]{1,2}个?月|[0-9一二三四五六七八九十]{1,2}个?月份?以来/;
/** What may stand between `分别` and an amount of a list of amounts (`分别为5亿元、`). */
const LIST_OF_AMOUNTS = /^[为是达到约近超和及与、，,\s0-9.亿万千百十元美港欧日英韩币人民多余]*$/;

/** Tested at every character of a scope window: one table read. */
function isCountUnit(c: number): boolean {
  return COUNT_UNIT_TABLE[c] === 1;
}

const COUNT_UNIT_TABLE = charTable(COUNT_UNITS);

function isCountDigit(c: number): boolean {
  return isDigit(c) || isChineseNumeralCode(c);
}

const APPROX_COUNT = charSet('余多');

function hasCount(text: string, lo: number, hi: number): boolean {
  for (let i = lo + 1; i < hi; i++) {
    if (!isCountUnit(text.charCodeAt(i))) continue;
    // `300余家企业`, `20多个项目`: an approximate count is a count.
    const numberEnd = APPROX_COUNT.has(text.charCodeAt(i - 1)) && i - 1 > lo ? i - 1 : i;
    if (!isCountDigit(text.charCodeAt(numberEnd - 1))) continue;
    let j = numberEnd;
    while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
    const t = readNumber(text, j);
    if (!t || t.end !== numberEnd || Number(t.mantissa) < 2) continue;
    if (NOT_A_COUNT_AFTER.some((w) => text.startsWith(w, i + 1))) continue;
    return true;
  }
  return false;
}
