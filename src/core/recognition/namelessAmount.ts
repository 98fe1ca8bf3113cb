// An amount whose sentence names nothing it could belong to (scope, see moneyScope.ts): no project,
// company, site or facility before it, and no one thing it is spent on after it. Such a figure is
// what a statistic or a headline reports (`1-9月实际完成投资X,完成年度计划的91%`, `某市招商大会 签约X`),
// a sum: an item nearly always has a project or a company to tie it to. Small windows of folded text.
import { charSet, code, isClauseEnd, isDigit, isHan, runStart, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { CLAUSE_LEAD, hasCodeBetween, MAX_WINDOW, MU, ROLE_CUES, XIANG } from './moneyCues';
import { spentOnOneThing } from './regionStatistic';
import { siteAreaAfter } from './siteAreaAfter';

/**
 * Words that name or point at one thing an amount may belong to: a company, a plant, a park built as
 * one thing, a facility, a site or a phase of one, or a demonstrative (`该`, `这个`: one thing said before).
 */
const ONE_THING_WORDS = WordMap.of(['公司', '集团', '专案', '厂', '工程', '基地', '中心', '学校', '中学', '小学', '大学', '学院',
  '医院', '馆', '酒店', '综合体', '生产线', '铁路', '公路', '高速', '码头', '港口', '车间', '厂房', '大桥', '隧道', '电站', '水库', '机场',
  '产业园', '物流园', '科技园', '生态园', '产业城', '工业城', '科技城', '商城',
  '选址', '占地', '用地', '一期', '二期', '三期', '首期', '该', '这个', '这家', '此项', '一家',
  // two parties to one deal, and a count of one (`其中1件为外商`)
  '双方', '1件', '一件', '1家', '1个', '一个', '1项', '一项',
  // a bet-on deal: one firm's commitment (`5年对赌税收1亿元`)
  '对赌',
  // what one thing yields once built (`预计建成投产后,年收入X`)
  '建成后', '投产后', '达产后', '投运后']);

/**
 * Words before `项目` that make it a kind of projects, not one: key or major ones, those of a stage
 * (`投产项目总投资X`), many of them (`多个项目`), a list's closing `等`.
 */
const KIND_BEFORE_PROJECTS = WordMap.of(['重点', '重大', '投产', '竣工', '开工', '在建', '新建', '续建', '签约', '多个', '一批', '等', '各']);

/**
 * `先进制造业项目完成投资X`, `其中工业项目占比…`: a sector right before `项目`, at the clause's head or after a
 * quality of sectors only, is the sector's projects together (not `某某重工业项目`, `某某农业示范园项目`: names).
 */
const SECTOR_PROJECTS = /(?:^|[,，;；:：、]|其中|先进|现代|新兴|战略性新兴|高端|传统)(?:制造业|服务业|农业|工业)$/;
/** How far before `项目` SECTOR_PROJECTS reads. */
const SECTOR_REACH = 8;

const SIZE_BOUNDS = WordMap.of(['以上', '以下']);
/** The `业` every sector of SECTOR_PROJECTS ends in. */
const YE_SECTOR = code('业');

const COUNTERS = charSet('个项家只');

/** `15个工业项目`: a count of two or more a few characters before `项目`. */
function countedBefore(text: string, i: number, sStart: number): boolean {
  for (let k = i - 1; k >= Math.max(sStart + 1, i - KIND_REACH - 1); k--) {
    if (COUNTERS.has(text.charCodeAt(k)) && isDigit(text.charCodeAt(k - 1))) return !(text.charCodeAt(k - 1) === ONE && !isDigit(text.charCodeAt(k - 2)));
  }
  return false;
}

const ONE = code('1');

/** How far before `项目` its kind may start (`重点产业项目`). */
const KIND_REACH = 4;

/** How far back the owner of an amount is looked for: its sentence and the one before it. */
const OWNER_REACH = 2 * MAX_WINDOW;

/**
 * True when nothing that could own the amount is named before it, in its sentence (over `；`) or in the
 * sentence before it in its paragraph (`A物流园占地500亩。已完成投资X` is that park's), and the money
 * is not spent on one thing right after it.
 */
export function namesNothing(text: string, start: number, afterEnd: number): boolean {
  // `总投资X,总建筑面积Y平方米`: a site's area right after the amount names the one site it builds.
  if (spentOnOneThing(text, afterEnd) || buildsAfterComma(text, afterEnd) || capacityRightAfter(text, afterEnd) || siteAreaAfter(text, start, afterEnd)) return false;
  const floor = Math.max(0, start - OWNER_REACH);
  let from = runStart(text, start, isFullStop, floor);
  if (announcedBy(text, from)) return false;
  if (from > floor && text.charCodeAt(from - 1) !== NEWLINE && opensWithoutSubject(text, from)) from = runStart(text, from - 1, isFullStop, floor);
  if (namesOneIn(text, from, start) || fieldLabelBefore(text, start) || kindRightAfter(text, afterEnd) || namedSubjectOpening(text, from, start)) return false;
  // `总投资约2亿元,年产8万吨的P项目已投产`: the project named after the amount, in its sentence; a headline's
  // `投资X亿!P项目落户某地` shouts the amount and then names what it is for, the same sentence.
  const scanFrom = isExclamation(text.charCodeAt(afterEnd)) ? afterEnd + 1 : afterEnd;
  for (let i = scanFrom; i < text.length && i - afterEnd < MAX_WINDOW && !isFullStop(text.charCodeAt(i)); i++) {
    if (oneProjectAt(text, i, afterEnd)) return false;
  }
  return !facilityInClauseAfter(text, afterEnd);
}

/** Facilities built as one thing, whose name ends in one of these (`某某冷藏物流基地`, `某某数据中心`). */
const FACILITY_HEADS = WordMap.of(['基地', '产业园', '物流园', '科技园', '工厂', '综合体', '生产线', '中心', '产业城', '科技城']);

/** How far after the amount, in its clause, the facility's head may end (`、总容量为30万吨的某某冷藏物流基地`). */
const FACILITY_REACH = 40;

/**
 * `总投资X、总容量Y的某某物流基地在某区奠基`, `总投资X某某冷藏基地落户某区`: one facility named after the amount in
 * its clause (over `、`, which lists its other measures; not past a comma or a space, where a headline's source
 * line may start) is what the money builds, so the sentence names its owner.
 */
function facilityInClauseAfter(text: string, afterEnd: number): boolean {
  const end = Math.min(text.length, afterEnd + FACILITY_REACH);
  for (let i = afterEnd; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== LIST_MARK && (isClauseEnd(c) || c === SPACE || c === IDEOGRAPHIC_SPACE)) return false;
    if (FACILITY_HEADS.startingAt(text, i, end)) return true;
  }
  return false;
}

const LIST_MARK = code('、');
const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;

function isExclamation(c: number): boolean {
  return c === 0xff01 || c === 0x21;
}

/** A yearly capacity right after the amount (`总投资X、年产10万吨…`), not a yearly output value (`年产值`). */
const CAPACITY_AFTER = /^[、,，]?年产[0-9一二两三四五六七八九十百千万]/;

/** `C总投资200亿元、年产10万吨正极材料生产基地`: a plant's capacity after the amount makes it that one plant's. */
function capacityRightAfter(text: string, afterEnd: number): boolean {
  // `年` opens the pattern or follows its one optional character.
  if (unitAt(text, afterEnd) !== NIAN && unitAt(text, afterEnd + 1) !== NIAN) return false;
  return CAPACITY_AFTER.test(text.slice(afterEnd, afterEnd + CAPACITY_REACH));
}

const CAPACITY_REACH = 4;

/** A growth rate right after the amount (`,增速为48%`, `,同比下降3%`): a period's figure, reported against the last. */
const GROWTH_AFTER = /^[,，]? ?(?:同比|比上年|比去年|较上年|较去年)?(?:增长|增速为?|下降) ?-?\d/;

/** Any money reported with its growth rate, other money too (`进出口总额X,增速为48%`): a statistic. */
export function reportedWithGrowth(text: string, afterEnd: number): boolean {
  const end = Math.min(text.length, afterEnd + GROWTH_REACH);
  // The pattern needs `增` or `降`: most amounts have neither after them.
  return (hasCodeBetween(text, ZENG, afterEnd, end) || hasCodeBetween(text, JIANG, afterEnd, end)) && GROWTH_AFTER.test(text.slice(afterEnd, end));
}

const GROWTH_REACH = 12;

/**
 * `X亿元,占全市的35%`, `X亿美元,同比增长12%,占总额的23%`: an amount followed by its share of a larger whole is
 * a part of a breakdown (a category's, a sector's or a place's total), a sum of its own; land a project takes
 * up (`占地`) is no share, nor is the part of a plan or target done (`已完成投资X,占年度计划的23%`: one
 * project's progress), nor the part of a project's own total done (`累计完成投资X,占项目总投资的57%`).
 */
const SHARE_AFTER = /^[,，]\s*(?:(?:同比|比上年|比去年|较上年|较去年)?(?:增长|下降|增加|减少)\s*[0-9.]+%[,，]\s*)?占(?!地|(?:本|今|当|全)?(?:年度?)?(?:投资)?(?:计划|目标|任务)|(?:该|本|整个)?项目(?:计划)?总投资)/;
const SHARE_REACH = 24;
const ZHAN = code('占');

/** The amount is followed by its share of a whole (`SHARE_AFTER`). */
export function shareOfWholeAfter(text: string, afterEnd: number): boolean {
  const end = Math.min(text.length, afterEnd + SHARE_REACH);
  // The pattern needs `占`: most amounts have none after them.
  return hasCodeBetween(text, ZHAN, afterEnd, end) && SHARE_AFTER.test(text.slice(afterEnd, end));
}
const ZENG = code('增');
const JIANG = code('降');

/** `投资额:约2.5亿元`: a field of a record (a post, a table flattened), whose subject the record is. */
function fieldLabelBefore(text: string, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - FIELD_REACH); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3a || c === 0xff1a) return ROLE_CUES.endingAt(text, k, Math.max(0, k - FIELD_REACH)) !== undefined;
  }
  return false;
}

/** How far before the amount a field's label and colon may be (`投资额:约 `). */
const FIELD_REACH = 6;

/** Characters of a region's or a time's name: such a subject `在…投资` is no investor. */
const NOT_AN_INVESTOR = charSet('省市县区镇乡年月日今我全各该');

/** `1亿元以上社会消费品零售总额`: the kind of money written right after the amount, a term of one deal. */
function kindRightAfter(text: string, afterEnd: number): boolean {
  for (let k = afterEnd; k < Math.min(text.length, afterEnd + KIND_AFTER_REACH) && !isClauseEnd(text.charCodeAt(k)); k++) {
    if (ROLE_CUES.startingAt(text, k)) return true;
  }
  return false;
}

/** How far after the amount its kind may start (`以上` between them). */
const KIND_AFTER_REACH = 3;

/** Any clause of the sentence before the amount opened by a name placing money or dated (`namedSubjectAt`). */
function namedSubjectOpening(text: string, from: number, start: number): boolean {
  for (let k = from; k < start; k++) if ((k === from || isClauseEnd(text.charCodeAt(k - 1))) && namedSubjectAt(text, k, start)) return true;
  return false;
}

/**
 * `某某在衡阳高新区投资30亿元`, `某某机电2012年实现营业收入X`: a name opening a clause, then `在` and a place or a
 * year, is one firm, the subject (not a region or a time: `全市在…`, `今年在…`); so is a name, known to the
 * recogniser or not (a brand: `某某食品增资X`), before a verb only a firm does (`增资`, `再投`).
 */
function namedSubjectAt(text: string, clauseStart: number, start: number): boolean {
  let k = clauseStart;
  while (k < start && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const nameStart = k;
  while (k < start && k - nameStart <= INVESTOR_NAME_REACH && isHan(text.charCodeAt(k)) && text.charCodeAt(k) !== ZAI) {
    if (NOT_AN_INVESTOR.has(text.charCodeAt(k))) return false;
    const verb = FIRM_VERBS.startingAt(text, k, start);
    if (verb && k - nameStart >= 2) return true;
    k++;
  }
  return k - nameStart >= 2 && (text.charCodeAt(k) === ZAI || yearAt(text, k));
}

/**
 * Verbs of a firm's own capital, never of a region's statistics: more capital put into a firm, or money
 * invested again by the one that invested before (`增资扩产`, `拟再投X扩建`).
 */
const FIRM_VERBS = WordMap.of(['增资', '拟增资', '再投', '拟再投', '追加投资']);

/** Four digits and `年` at `k`. */
function yearAt(text: string, k: number): boolean {
  for (let d = k; d < k + 4; d++) if (!isDigit(text.charCodeAt(d))) return false;
  return text.charCodeAt(k + 4) === NIAN;
}

const ZAI = code('在');
const NIAN = code('年');

/** Longest name of an investor read before `在`. */
const INVESTOR_NAME_REACH = 8;

/**
 * `该区`, `该市`, `该开发区`: a demonstrative pointing at a region or a zone, whose figures are its statistics (not
 * one thing said before, as `该项目`, `该公司` are).
 */
const REGION_POINTED = WordMap.of(['该区', '该市', '该县', '该镇', '该乡', '该省', '该园区', '该开发区', '该高新区', '该新区', '该经开区']);
const GAI = code('该');

function namesOneIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    // Each of the three starts at a unit of its own (`项`, `企`, a word's first): most characters start
    // none and are passed with no call.
    const c = text.charCodeAt(i);
    if (c !== XIANG && c !== QI_FIRM && !ONE_THING_WORDS.mayStartWith(c)) continue;
    if (c === GAI && REGION_POINTED.startingAt(text, i, to)) continue;
    if ((ONE_THING_WORDS.startingAt(text, i, to) && !modifierOfAnotherNoun(text, i)) || oneProjectAt(text, i, from) || firmAt(text, i, from)) return true;
  }
  return false;
}

/**
 * `工程机械`, `工程师`: `工程` modifying the noun after it names an industry or a trade, not one work
 * (`长沙工程机械年产值X` is the industry's output).
 */
const AFTER_WORKS_AS_MODIFIER = WordMap.of(['机械', '师', '车辆', '装备']);
const GONG = code('工');
const CHENG = code('程');

function modifierOfAnotherNoun(text: string, i: number): boolean {
  return text.charCodeAt(i) === GONG && text.charCodeAt(i + 1) === CHENG && AFTER_WORKS_AS_MODIFIER.startingAt(text, i + 2, text.length) !== undefined;
}

/** `项目` naming one project: not a kind of projects (`重点项目`, `投产项目`). */
function oneProjectAt(text: string, i: number, sStart: number): boolean {
  if (text.charCodeAt(i) !== XIANG || text.charCodeAt(i + 1) !== MU) return false;
  // `亿元以上项目77个`: projects of a size, or counted right after, are many.
  if (SIZE_BOUNDS.endingAt(text, i, sStart) || isDigit(text.charCodeAt(i + 2)) || countedBefore(text, i, sStart)) return false;
  if (text.charCodeAt(i - 1) === YE_SECTOR && SECTOR_PROJECTS.test(text.slice(Math.max(sStart, i - SECTOR_REACH), i))) return false;
  for (let k = i - 1; k >= Math.max(sStart, i - KIND_REACH); k--) {
    if (isClauseEnd(text.charCodeAt(k))) break;
    if (KIND_BEFORE_PROJECTS.endingAt(text, k + 1, sStart)) return false;
  }
  return true;
}

const NEWLINE = code('\n');

/** Verbs of building, after a comma: `宣布投资50亿元,开建某某基地` spends the money on that one thing. */
const BUILD_VERBS = WordMap.of(['建设', '新建', '兴建', '开建', '扩建', '投建']);

function buildsAfterComma(text: string, afterEnd: number): boolean {
  const c = unitAt(text, afterEnd);
  if (c !== 0x2c && c !== 0xff0c) return false;
  return BUILD_VERBS.startingAt(text, afterEnd + 1) !== undefined || buildsAtPlace(text, afterEnd + 1);
}

/** The locative that opens a clause saying where the money builds (`,在某某工业区新建厂房`). */
const ZAI_AT = code('在');

/** How many Han characters the place between `在` and the verb of building may take (`某某新吉工业区`). */
const BUILD_PLACE_REACH = 12;

/**
 * `C则规划投资X,在某某工业区新建厂房`: the clause after the comma opens with where (`在` and a place, Han characters
 * only) and then builds; the money is spent on that one thing, as when the verb follows the comma straight.
 */
function buildsAtPlace(text: string, from: number): boolean {
  if (text.charCodeAt(from) !== ZAI_AT) return false;
  const end = Math.min(text.length, from + 2 + BUILD_PLACE_REACH);
  for (let k = from + 2; k < end && isHan(text.charCodeAt(k - 1)); k++) {
    if (BUILD_VERBS.startingAt(text, k) !== undefined) return true;
  }
  return false;
}

/** `某某股份:签订5亿元项目投资合同`: a short name and a colon heading the sentence, a listed company's notice. */
const ANNOUNCER = /^[\u4e00-\u9fffA-Za-z*]{2,6}:/;

const COLON = code(':');

function announcedBy(text: string, from: number): boolean {
  // The colon ends a name of two to six units.
  return hasCodeBetween(text, COLON, from + 2, Math.min(text.length, from + 7)) && ANNOUNCER.test(text.slice(from, from + 8));
}

/** Words a sentence without a subject may open with before its kind of money (`预计总投资X`, `已完成投资X`). */
const SUBJECTLESS_LEADS = WordMap.of(['预计', '已经', '已', '目前', '完成', '可', '将', '每年']);

/** A first clause that only cites a source (`据了解,`, `经初步测算,`). */
const SOURCE_CLAUSE_OPENERS = WordMap.of(['据', '经']);

/**
 * A sentence opened by a kind of money, after a source clause and leads at most (`经初步测算,预计总投资X`,
 * `已完成总投资X`), or by a clause of time after a deed (`改造后,…,预计年产值X`): it goes on about the
 * subject of the sentence before.
 */
function opensWithoutSubject(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  if (afterDeedClause(text, k)) return true;
  if (SOURCE_CLAUSE_OPENERS.startingAt(text, k)) {
    const comma = runEnd(text, k);
    if (comma < text.length && !isFullStop(text.charCodeAt(comma))) k = comma + 1;
  }
  const opening = k;
  for (let lead = SUBJECTLESS_LEADS.startingAt(text, k); lead; lead = SUBJECTLESS_LEADS.startingAt(text, k)) k = lead.end;
  return k > opening || ROLE_CUES.startingAt(text, k) !== undefined;
}

/**
 * `改造后,`, `全部建成投产后,`: a short first clause of Han characters closing in `后` dates what follows by a
 * deed of the subject already named (the one project the sentence before spoke of).
 */
function afterDeedClause(text: string, k: number): boolean {
  const comma = runEnd(text, k);
  if (comma >= text.length || comma - k < 2 || isFullStop(text.charCodeAt(comma)) || text.charCodeAt(comma - 1) !== HOU) return false;
  for (let i = k; i < comma; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

const HOU = code('后');

/** The first clause end at or after `k` (a dozen characters at most: a source clause is short). */
function runEnd(text: string, k: number): number {
  const hi = Math.min(text.length, k + SOURCE_CLAUSE_REACH);
  let p = k;
  while (p < hi && !isClauseEnd(text.charCodeAt(p))) p++;
  return p;
}

const SOURCE_CLAUSE_REACH = 12;

/** Ends of a sentence, not of a `；` clause: the clause before `；` speaks of the same subject. */
function isFullStop(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x0d || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f;
}

const ENTERPRISE = '企业';
const QI_FIRM = code('企');

/**
 * One firm (`某某化工企业`); bare `企业` opening a clause is the firms of the place together (`企业完成固定资产投资X`),
 * and so are firms of a size class or said as many (`规上企业`, `这些企业`, `各企业`).
 */
function firmAt(text: string, i: number, sStart: number): boolean {
  // Its first unit first: namesOneIn asks at every character of the sentence.
  return text.charCodeAt(i) === QI_FIRM && text.startsWith(ENTERPRISE, i) && i > sStart && !isClauseEnd(text.charCodeAt(i - 1)) && !MANY_FIRMS_BEFORE.endingAt(text, i, sStart);
}

/**
 * Words before `企业` that make it many firms: a size class (`规上`, `限上`, `规模以上`, and of industry:
 * `规上工业企业`), `这些`, `各`.
 */
const MANY_FIRMS_BEFORE = WordMap.of(['规上', '限上', '以上', '规上工业', '以上工业', '这些', '各', '各家']);

/** Words of trade and of deals struck (`进出口总额`, `现场总成交金额`, `意向订货合同总金额`). */
const TRADE_WORDS = WordMap.of(['进出口', '出口', '进口', '贸易', '成交', '交易', '订单', '订货']);

/** How far back in its clause the trade word is read (`外贸进出口总额达到X`). */
const TRADE_REACH = 14;

/**
 * `外贸进出口总额达到X`, `现场总成交金额为X`: a figure of trade or of deals, like one reported with its growth,
 * is a region's or a fair's statistic (the gold reads every such figure in the pool as a sum).
 */
export function tradeFigureBefore(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < TRADE_REACH && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  return TRADE_WORDS.occursIn(text, from, start) && !sharePriceBefore(text, from);
}

/** A share's quoted price, the whole clause (`报18.1港元`, `收报2.8元`, `报价0.35港元`). */
const SHARE_PRICE = /^(?:收|现)?报(?:价)?\d+(?:\.\d+)?(?:港元|港币|美元|元)$/;
/** The longest clause SHARE_PRICE reads. */
const PRICE_REACH = 16;

/**
 * `涨7.61%,报18.1港元,成交额X`: a turnover right after a share's quoted price is that listed company's trading, one
 * party's figure, no market's or fair's statistic. `from` starts the turnover's clause.
 */
function sharePriceBefore(text: string, from: number): boolean {
  const end = from - 1;
  if (end < 1 || !isClauseEnd(text.charCodeAt(end))) return false;
  let k = end;
  while (k > 0 && end - k < PRICE_REACH && !isClauseEnd(text.charCodeAt(k - 1))) k--;
  return SHARE_PRICE.test(text.slice(k, end));
}
