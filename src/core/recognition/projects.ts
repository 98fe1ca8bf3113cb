// PROJECT: a named investment or construction project, from its name through 项目.
//
// The anchor is 项目 (Traditional 項目 folds to it). The name is what precedes it, scanned
// leftwards (nameScan.ts) until a boundary: a verb or function word, the 的 that closes
// `总投资5亿元的` / `某某公司投资的`, an amount, the end of a company name, a zone that is the
// place of the project, or another 项目 (a list `A项目、B项目` is several names).
// Product enumerations stay inside one name (`量具、装备和产品生产项目`): the separators 、 和 及 与
// are crossed unless the item on their left already ended in 项目.
// Generic mentions are dropped: names made only of generic words (`重大项目`, `制造业项目`),
// counted mentions (`签约项目17个`, `26个增资扩产项目`) and category heads (`…产业项目`).

import { PLACE_NAMES } from '../lexicon/placeNames';
import { NAMES_WITH_STOP_CHARS, PROJECT_STOP_WORDS, STOP_WORDS } from '../lexicon/boundaryWords';
import { ADMIN_WORDS } from '../lexicon/genericWords';
import { WordMap } from '../wordMap';
import { afterBracketedZone } from './parks';
import { afterExampleWord, afterRanking, extendLeft, scanOptions, skipRight } from './nameScan';
import { separatesAtConjunction, separatesProjects } from './projectListItems';
import { separatesWorks } from './projectWorksLists';
import { capacityDigit, capacityEndsAt, capacityOnly, isLatin, yearlyOutputStart } from './projectDigits';
import { CLOSE_QUOTES, nameBeforeQuote, quotedHeadStart, quotedStart, wholeQuotedStart } from './projectQuotes';
import { charSet, code, isDigit, isHan, isNumeral } from '../text';
import { anchorUnits, unitKind, type AnchorCursor, type AnchorUnits } from './anchorUnits';
import { holdsAreaPark, namesPark } from './projectParkNames';
import { dengBeforeHead, listedBeforeDeng } from './projectsBeforeDeng';
import { OBJECT_VERBS_OF_PROJECT, PROJECT_GENERIC, VERBS_OF_PROJECT } from './projectWords';
import { ledByExamples, meetingAfter, oneOfOrBatchAfter, postOrClassAfter, predicatedAfter, predicateOfNamedProject, rankedBefore, superlativeInside } from './projectAfter';
import { FACILITY_ENDS, facilityIntroducedByAmount, listsKindsOnly, modelIntroducedByAmount, tradesOnly } from './projectKindLists';
import { afterAmountVerb, afterLoneAreaWord, afterMannerAdverb, afterOpeningConnective, afterOpeningVerb, afterPlaceOfWork, holdsMannerAdverb } from './projectOpenings';
import { countedAfter, countedBefore, countJustBefore, determinedName, lastOfNamedList, pointedBack } from './projectDeterminers';
import { sloganClauseOfList, sloganOnly } from './projectSlogans';
import { opensWithActivityList } from './projectBusinessScope';
import { namesClass } from './projectClasses';
import { facilityKindOnly } from './facilityKindOnly';
import { startOverJoiners } from './projectJoiners';

export interface Span {
  start: number;
  end: number;
}

const ANCHOR = '项目';
const GENERIC = PROJECT_GENERIC;
/**
 * Words next to 项目 that belong to the head (`…产业园建设项目`), though they end names elsewhere; works being built
 * are one head with it (`某某水厂建设工程项目`: 工程 alone is generic, and 建设 would end the name before it), and so is
 * the model a project is financed or contracted by (`某某道路建设PPP项目`, `某某新城(PPP)项目`).
 */
const HEADS = WordMap.of(['建设', '投资', '新建', '建设工程', 'PPP', '(PPP)', ' (PPP)', '（PPP）', 'BOT', 'EPC']);
/** Words that make the mention generic when right before 项目 (`建立重点项目…`, `招商引资项目`). */
const GENERIC_HEADS = WordMap.of(['重大', '重点', '招商', '引资', '签约', '优质', '产业', '类', '级', '行业', '领域',
  // the projects a fund pays for (`专项资金项目`, `预算内资金项目`): a class of funded projects
  '资金',
  // `打包项目拆分后`: projects bundled together; `家具加工大项目`: the big ones of a trade; `社会民生项目`, `合作办学项目`
  '打包', '大', '民生', '办学',
  // `外商投资项目`, `沿线国家投资项目`, `超百亿投资项目`: whose or how large the investment is, a class of projects
  // (a name's own 投资 comes with 建设 or 运营 before the head: `某某产业园投资建设项目`)
  '投资', '出资',
  // `某某产业园内项目`: a locative closes a place, the projects inside it, none named
  '内', '內',
  // `基地型项目`, `补链型项目`: a type of project; `成型` (forming) is a process inside a name
  '型',
  // `38个招商明星项目`, `主要支撑项目`, `外资龙头项目`: praise or standing ranks projects, it names none
  // (`撐` has no Simplified fold: both spellings)
  '明星', '支撑', '支撐', '龙头', '标杆', '旗舰', '标志性', '引领性', '代表性', '亮点', '样板',
  // `链上关键项目`, `镇区相关项目`, `带动后续项目`, `单一项目`, `其他项目`: how important, related, late or alone
  // projects are, as 重大 and 重点 say; a class of projects, no name
  '重要', '关键', '相关', '有关', '后续', '单一', '其他', '其它',
  // `产值超百亿项目落户`: a round scale in 亿 sizes a class of projects (the amount's threshold), it names none
  '百亿', '千亿', '万亿',
  // `既有汽车产业链制造业项目，也有…服务业项目`, `一产项目和三产项目分别为…`: a sector of the economy sorts projects
  // into classes (guidelines: `制造业项目` is generic), whatever industry is named before it (not `工业`: a plant's
  // product ends its name, `年产6万吨铜箔工业项目`)
  '制造业', '服务业', '一产', '二产', '三产']);
/**
 * Words ending in a generic head that are a process inside a name (`钛金属成型项目`, `某某油品质量升级项目`: whether
 * `升级` names the work is `activityNameEnd`'s).
 */
const NAME_ENDS_BEFORE_HEAD = WordMap.of(['成型', '升级']);
/** Resultative endings of two-character verbs (`跑出项目`, `做到项目`, `抓好项目`). */
// `赢得项目业主的信赖`: 得 closes a verb of gaining too.
const VERB_COMPLEMENTS = charSet('出到好完成住上下起开过给得');
const LEADING_JUNK = charSet('、,和及与暨·/');
/** Conjunctions that never end a name (和 does: `平和`, a county). */
const CONJUNCTION_BEFORE_HEAD = charSet('、及与暨');
const AREA_ENDS = charSet('县镇乡');
const PIAN_QU = '片区';
const RURAL = '乡村';
const QI = code('期');
const DENG = code('等');
const DE = code('的');
const DE_PARTICLE = code('得');
const CHAN = code('产');

// `放大器及其核心激光器…项目`: 及其 ("and its") joins the parts of one project's name; a key laboratory
// (`重点实验室`) is a kind of lab, not the rank 重点 before a name; in `产业投资基金项目`
// 投资 names the fund, it is no verb (and the body of an investment firm, `某某能源投资总部`, `某某产业投资中心`); in `某某科创园投资运营项目` it names what the project does (invest in
// and run the park). Nouns holding a verb that ends names elsewhere are name text: a research institution
// (`研究院 研究所 研究中心`, not the verb 研究 of `研究项目…`), a machine (`挖掘机`, not 挖掘 of `挖掘项目潜力`) and
// `示范`, so that `发展示范园区` is not cut at 展示; `工业4.0` (a version, not an amount) and the trade `服务业` (not the verb
// 服务 of `服务项目建设`) are read whole too. The cap lets a province, city and county open a long name
// (`某某省某某市某某县…园区机舱制造项目`: 33 characters before 项目), and a brand open a name that lists two products with their
// capacities (`某某科技年产2000万台…及年产50万台…产业基地项目`: 36 characters before 项目).
const NAME_MARKS = '·/、-×#';
/**
 * `------分隔线------某某项目`: a run of three or more of the marks a name may hold one of (a page's separator line, debris
 * of its layout) is no name text; it bounds the name on its left.
 */
const SEPARATOR_RUNS = [...NAME_MARKS].map((mark) => mark.repeat(3));
const SCAN = scanOptions({
  cap: 40,
  stopWords: [...PROJECT_STOP_WORDS, ...SEPARATOR_RUNS],
  extraChars: NAME_MARKS,
  digitAllowed: capacityDigit,
  protectedWords: ['及其', '投资基金', '投资运营', '投资总部', '投资中心', '综合利用', '重点实验室', '示范', '研究院', '研究所', '研究中心', '挖掘机', '工业4.0', '服务业'],
});

/** Where the project scan, read leftwards from `end`, stops. */
const scanStart = (text: string, end: number, floor: number): number => extendLeft(text, end, floor, SCAN);

/**
 * Named projects in `text`. `barriers` are spans a project name cannot reach into from the right
 * (company names, zones that are the project's place), sorted by start. `ends` (ascending), when given: only the
 * heads whose spans may end at one of them are read, the others passed over (a second search with other barriers asks
 * about a few projects). A head's spans lie between the last head or barrier before it and its own end, and its
 * reading depends on those bounds only, which are kept while passing over.
 */
export function findProjects(text: string, barriers: readonly Span[], anchors: AnchorUnits = anchorUnits(text), ends?: readonly number[]): Span[] {
  const spans: Span[] = [];
  let floor = 0;
  /** End of the last 项目: a quoted name may hold a company's name, which bounds other names only. */
  let quoteFloor = 0;
  let b = 0;
  /** End of the last company or zone before the candidate: a list right after it is its project's. */
  let ownerEnd = -1;
  /** The first of `ends` after `floor`. */
  let e = 0;
  // From the end of the last one: the matches of a global /项目/ regex, with no match arrays.
  const heads = anchors.cursor(XIANG_UNITS);
  for (let anchor = nextHead(text, 0, heads); anchor >= 0; anchor = nextHead(text, anchor + 2, heads)) {
    const end = anchor + 2;
    while (b < barriers.length && barriers[b].end <= anchor) {
      floor = Math.max(floor, barriers[b].end);
      ownerEnd = barriers[b].end;
      b++;
    }
    if (ends !== undefined) {
      while (e < ends.length && ends[e] <= floor) e++;
      if (e === ends.length) break;
      if (ends[e] > end) {
        floor = end;
        quoteFloor = end;
        continue;
      }
    }
    const scanned = projectStart(text, anchor, floor, quoteFloor, ownerEnd);
    const start = scanned < 0 ? scanned : wholeQuotedStart(text, scanned, end, floor);
    // Most heads read no name and close no `等` list: the list is read only after a 等.
    const deng = start < 0 ? dengBeforeHead(text, anchor, floor) : -1;
    if (deng >= 0) for (const item of listedBeforeDeng(text, deng, floor)) spans.push(item);
    floor = end;
    quoteFloor = end;
    if (start >= 0 && !(countedAfter(text, end) && !lastOfNamedList(text, start)) && !predicatedAfter(text, end) && !oneOfOrBatchAfter(text, end) && !meetingAfter(text, end) && !postOrClassAfter(text, end) && !projectAreaAt(text, end) && !rankedBefore(text, start) && !superlativeInside(text, start, anchor) && !ledByExamples(text, start) && !predicateOfNamedProject(text, start)) spans.push({ start, end });
  }
  return spans;
}

/** The 项 of every 项目, listed once per paragraph (anchorUnits.ts; brandNames.ts reads them too). */
export const XIANG_UNITS = unitKind('项');

/** The first `项目` starting at or after `from`, or -1. */
function nextHead(text: string, from: number, heads: AnchorCursor): number {
  for (let at = heads.next(from); at >= 0; at = heads.next(at + 1)) if (text.startsWith(ANCHOR, at)) return at;
  return -1;
}

/**
 * `位于杏山项目区的…`: a project area (`项目区`, `项目区域`) is a place where projects are built, not one
 * project (`项目区位` is the project's location: the project is named).
 */
function projectAreaAt(text: string, end: number): boolean {
  return text.charCodeAt(end) === QU && text.charCodeAt(end + 1) !== WEI;
}

const QU = code('区');
const WEI = code('位');

/** Longest tail of generic words read after a group's name. */
const MAX_GROUP_TAIL = 12;

/**
 * End of a project named by a group and generic words for a facility (`某某集团智慧制造园区项目`),
 * whose tail alone is no name (so findProjects dropped it); -1 when `from` starts no such tail.
 */
export function groupFacilityProjectEnd(text: string, from: number): number {
  // Only the next few units are read (an unbounded indexOf would make a long paragraph quadratic).
  const anchor = anchorWithin(text, from + 4, from + MAX_GROUP_TAIL);
  if (anchor < 0) return -1;
  if (FACILITY_ENDS.longestEndingAt(text, anchor, from) === 0 || GENERIC_HEADS.longestEndingAt(text, anchor, from) > 0) return -1;
  // One stretch of name text, of generic words only (a word of its own would have made a name).
  if (extendLeft(text, anchor, from, SCAN) !== from || !GENERIC.covers(text, from, anchor)) return -1;
  return countJustBefore(text, anchor) || countedAfter(text, anchor + 2) ? -1 : anchor + 2;
}

/**
 * End of a project named by a short company name and what it builds (`某某公司生物医药项目`,
 * `某某集团高端材料项目`), whose tail alone is a category or a trade (so findProjects dropped it); -1 when `from` starts
 * no such tail: one stretch of name text, no generic head (`某某集团重大项目`) or count at its 项目.
 */
export function companyTailProjectEnd(text: string, from: number): number {
  const anchor = anchorWithin(text, from + 2, from + MAX_GROUP_TAIL);
  if (anchor < 0 || GENERIC_HEADS.longestEndingAt(text, anchor, from) > 0 || extendLeft(text, anchor, from, SCAN) !== from) return -1;
  if (namesClass(text, from, anchor, anchor)) return -1;
  return countJustBefore(text, anchor) || countedAfter(text, anchor + 2) ? -1 : anchor + 2;
}

/**
 * End of the project a registered company's name opens, words for its works after it (`某某有限公司二期建设项目`,
 * `某某有限公司厂房设备升级改造项目`), or -1: one stretch of name text of two characters or more before the head words
 * (`建设`) and the works (`升级改造`) at 项目, no generic head (`某某有限公司重点项目`) or count at its 项目 (after the
 * last of a list of named projects, which opens at `item`, a count counts the list: `A项目、某某有限公司B项目共7个项目`).
 */
export function registeredTailProjectEnd(text: string, from: number, item: number): number {
  const anchor = anchorWithin(text, from + 2, from + MAX_GROUP_TAIL);
  if (anchor < 0 || GENERIC_HEADS.longestEndingAt(text, anchor, from) > 0 || namesClass(text, from, anchor, anchor)) return -1;
  let nameEnd = anchor;
  for (let len = HEADS.longestEndingAt(text, nameEnd, from); len > 0; len = HEADS.longestEndingAt(text, nameEnd, from)) nameEnd -= len;
  nameEnd -= PROJECT_ACTIVITIES.longestEndingAt(text, nameEnd, from);
  if (nameEnd - from < 2 || extendLeft(text, nameEnd, from, SCAN) !== from) return -1;
  return countJustBefore(text, anchor) || (countedAfter(text, anchor + 2) && !lastOfNamedList(text, item)) ? -1 : anchor + 2;
}

/** The first `项目` starting in [from, last], or -1. */
function anchorWithin(text: string, from: number, last: number): number {
  const to = Math.min(last, text.length - 2);
  for (let k = from; k <= to; k++) if (text.startsWith(ANCHOR, k)) return k;
  return -1;
}

function projectStart(text: string, anchor: number, floor: number, quoteFloor: number, ownerEnd: number): number {
  const head = GENERIC_HEADS.longestEndingAt(text, anchor, floor);
  if (head > 0 && !brandBeforeIndustryHead(text, anchor - head, floor) && !longNameBeforeIndustryHead(text, anchor - head, floor) && NAME_ENDS_BEFORE_HEAD.longestEndingAt(text, anchor, floor) === 0) return -1;
  let nameEnd = anchor;
  for (let len = HEADS.longestEndingAt(text, nameEnd, floor); len > 0; len = HEADS.longestEndingAt(text, nameEnd, floor)) {
    nameEnd -= len;
  }
  if (nameEnd === anchor && nameEnd > floor && CLOSE_QUOTES.has(text.charCodeAt(nameEnd - 1))) {
    // `第16个“工改”项目`, `又一“工改”项目`: a count or a determiner before the quotes, as before any name.
    const quoted = quotedStart(text, nameEnd, quoteFloor, anchor, capacityDigit);
    if (quoted < 0 || countedBefore(text, quoted) || determinedName(text, quoted, floor)) return -1;
    return nameBeforeQuote(text, quoted, floor, scanStart);
  }
  // `说明会暨项目签约仪式`, `A及项目`: a conjunction right before the head joins a clause to the word
  // 项目, no name ends there; nor after a verb taking 项目 as its object (`推项目`).
  if (nameEnd > floor && (CONJUNCTION_BEFORE_HEAD.has(text.charCodeAt(nameEnd - 1)) || VERBS_OF_PROJECT.has(text.charCodeAt(nameEnd - 1)))) return -1;
  if (OBJECT_VERBS_OF_PROJECT.longestEndingAt(text, nameEnd, floor) > 0) return -1;
  // `取得项目用地`, `更多得项目` (a page writing 得 for 的): the particle 得 right before the head closes a verb's complement
  // or a description, so no name ends there.
  if (nameEnd > floor && text.charCodeAt(nameEnd - 1) === DE_PARTICLE) return -1;
  // `科技创新育项目、工业挖潜增项目、比学赶超抓项目`: a slogan's clause in a list of them, its verb taking 项目.
  if (nameEnd === anchor && sloganClauseOfList(text, anchor, floor)) return -1;
  // `办公室和项目征地办公室`: 和 right before the head joins a noun to the word 项目 (a county ending in
  // 和 is read whole: `平和`).
  if (nameEnd > floor && text.charCodeAt(nameEnd - 1) === HE && PROTECTED.longestEndingAt(text, nameEnd, floor) === 0) return -1;
  let start = yearlyOutputStart(text, startOverJoiners(text, scanWithLists(text, activityNameEnd(text, nameEnd, floor), floor), floor, scanWithLists), floor);
  start = afterAmountVerb(text, afterAmountScale(text, afterAmountUnit(text, start, anchor), anchor), anchor);
  start = verbOpeningName(text, start, floor);
  // `“一区多园”聚项目`: a quoted slogan and one verb is a headline's clause; a name goes on after the
  // quote (`《长征》文旅综合体项目`).
  if (nameEnd - start >= 2) start = nameBeforeQuote(text, quotedHeadStart(text, start, floor), floor, scanStart);
  start = afterEventConjunction(text, start, nameEnd);
  start = afterLoneAreaWord(text, afterOpeningVerb(text, afterOpeningConnective(text, start, anchor), anchor), anchor);
  start = afterBracketedZone(text, brandAfterSeparator(text, start) ? start : skipRight(text, start, anchor, LEADING_JUNK), anchor);
  start = afterRanking(text, afterLeadingPhase(text, start, anchor), anchor);
  start = afterPlaceOfWork(text, afterExampleWord(text, start, anchor), anchor);
  start = ownerBuildingNew(text, start, floor);
  if (anchor - start < 2 || holdsMannerAdverb(text, start, anchor) || afterMannerAdverb(text, start)) return -1;
  if (namesClass(text, start, nameEnd, anchor) || facilityKindOnly(text, start, nameEnd)) return -1;
  if (countedBefore(text, start) || determinedName(text, start, floor) || countJustBefore(text, anchor) || singleCharacterItem(text, start, nameEnd)) return -1;
  if (start - 1 >= floor && pointedBack(text, start) && !holdsAreaPark(text, start, anchor)) return -1;
  // `40万吨聚氯乙烯等煤化工项目`: after 等, the kind of the things just listed, not a name.
  if (start > floor && text.charCodeAt(start - 1) === DENG) return -1;
  if (phaseAndSizeOnly(text, start, anchor) || opensWithActivityList(text, start, anchor)) return -1;
  if ((GENERIC.covers(text, start, anchor) && !namesPark(text, start, nameEnd) && !facilityIntroducedByAmount(text, start, nameEnd) && !modelIntroducedByAmount(text, start, nameEnd, anchor)) || sloganOnly(text, start, nameEnd)) return -1;
  if (genericAfterArea(text, start, anchor) || listsKindsOnly(text, start, anchor, ownerEnd) || tradesOnly(text, start, nameEnd)) return -1;
  if (anchor - start === 2 && VERB_COMPLEMENTS.has(text.charCodeAt(start + 1))) return -1;
  return start;
}

/**
 * `某某集团新上年产5万吨…项目`, `某某有限公司新建100万套…项目`, `某某万世新建年产…项目`: 新建 or 新上 written between the
 * owner (a company's name, or a brand the scan reads as name text) and what it builds is part of that project's name;
 * after a place, a zone, a punctuation mark or an adverb (`开发区新建…`, `又新上…`) it is the clause's verb, left out.
 */
function ownerBuildingNew(text: string, start: number, floor: number): number {
  const verb = start - 2;
  if (verb <= floor - 1 || verb < 1 || !BUILDS_NEW.has(text.slice(verb, start))) return start;
  if (COMPANY_ENDS.longestEndingAt(text, verb, Math.max(0, verb - 2)) > 0) return verb;
  // `某某区新建300MW…项目`: a place's administrative level right before the verb makes the place its subject.
  if (verb === floor || PLACE_LEVELS.has(text.charCodeAt(verb - 1))) return start;
  const from = scanStart(text, verb, floor);
  return verb - from >= 2 && !GENERIC.covers(text, from, verb) && !PLACES.covers(text, from, verb) ? from : start;
}

const BUILDS_NEW = new Set(['新建', '新上']);
const PLACE_LEVELS = charSet('省市区县镇乡州');
/** How a company's name ends (`有限公司`, `某某集团`): the owner right before 新建. */
const COMPANY_ENDS = WordMap.of(['公司', '集团', '集團']);

/**
 * Verbs that end names elsewhere (`引进项目30个`, `储备项目`) but, after a name's own text, are the work the project
 * does (`某某技术引进项目`, `某某物流配送储备项目`, `某某油品质量升级项目`, `某某工厂技术升级改造项目`); `合作` stays a boundary, as `经贸合作项目` is a kind of project.
 * `包装` takes 项目 as its object alone (`策划包装项目`: generic, projectWords.ts); after a product it is packaging
 * (`某某纸制品包装项目`).
 */
// `某某集团医疗系统综合能源服务项目`, `某某企业技术服务项目`: a service after a name's own text is what the project
// offers; alone it takes 项目 as its object (`为企业服务项目`, `服务项目建设`).
const PROJECT_ACTIVITIES = WordMap.of(['升级', '引进', '储备', '利用', '拓展', '包装', '升级改造', '服务', '提升', '提升改造', '改造提升']);
/**
 * `合作` names the work only in an item of a list of named projects, `、` right after its 项目, after a long name of its
 * own (`A项目、某某产业产学研合作项目、B项目`); elsewhere it is a kind (`中德合作项目`, `某某推介会暨经贸合作项目签约仪式`).
 */
const COOPERATION = '合作';
const MIN_BEFORE_COOPERATION = 4;

/**
 * Where the scan of a name starts: before an activity verb right before the head when name text, two characters or
 * more and not all generic, stands before it (`某某循环利用项目`); at the head otherwise (`积极储备项目`).
 */
function activityNameEnd(text: string, nameEnd: number, floor: number): number {
  const cooperation = nameEnd - 2 >= floor && text.startsWith(COOPERATION, nameEnd - 2) && text.charCodeAt(nameEnd + 2) === 0x3001; /* 、 */
  const len = cooperation ? 2 : PROJECT_ACTIVITIES.longestEndingAt(text, nameEnd, floor);
  if (len === 0) return nameEnd;
  const verbStart = nameEnd - len;
  // `资金和引进项目`: a conjunction before the verb joins a noun to the verb phrase, no name is its subject.
  if (CONJUNCTION_BEFORE_HEAD.has(text.charCodeAt(verbStart - 1)) || text.charCodeAt(verbStart - 1) === HE) return nameEnd;
  const from = extendLeft(text, verbStart, floor, SCAN);
  return verbStart - from >= (cooperation ? MIN_BEFORE_COOPERATION : 2) && !GENERIC.covers(text, from, verbStart) ? verbStart : nameEnd;
}

/**
 * `实施一期某某产业园项目`: a phase written before a whole name (a place or brand opening it) says which
 * phase of a plan the sentence is at; the project's own phase comes after its name (`某某基地二期项目`).
 */
function afterLeadingPhase(text: string, start: number, anchor: number): number {
  // `二期600MW项目`: a phase and a size are no name after it (`phaseAndSizeOnly`).
  if (!isNumeral(text.charCodeAt(start)) || text.charCodeAt(start + 1) !== QI || anchor - start < 6 || !isHan(text.charCodeAt(start + 2))) return start;
  return GENERIC.covers(text, start + 2, start + 4) ? start : start + 2;
}

const HE = code('和');
const PROTECTED = WordMap.of(NAMES_WITH_STOP_CHARS);
const MULTIPLIER_CHARS = charSet('十百千万亿');

/**
 * `A项目、和祥某某产业园项目`: right after a list's 、 no conjunction can stand, so a 和 there opens the
 * next name (a brand), it is no separator to drop.
 */
function brandAfterSeparator(text: string, start: number): boolean {
  return start > 0 && text.charCodeAt(start - 1) === 0x3001 /* 、 */ && text.charCodeAt(start) === HE && isHan(text.charCodeAt(start + 1));
}

const JI_SCALE = code('级');
/** The last character of an amount a scale is made of (`100亿美元级`, `百亿级`, `千万元级`). */
const AMOUNT_ENDS = charSet('元亿万');

/**
 * `100亿美元级某某乙烯项目`, `百亿级某某产业基地项目`: an amount made a scale by 级 says how big the project is,
 * not its name; the scan stops at the amount and would leave 级 as the name's first character.
 */
function afterAmountScale(text: string, start: number, anchor: number): number {
  if (start === 0 || start + 2 >= anchor || text.charCodeAt(start) !== JI_SCALE) return start;
  return AMOUNT_ENDS.has(text.charCodeAt(start - 1)) ? start + 1 : start;
}

/**
 * `投资1.1亿世纪开元…项目`: an amount without a currency word ends at its digits for the scan, but its
 * multipliers are the amount's, not the name's first characters.
 */
function afterAmountUnit(text: string, start: number, anchor: number): number {
  if (start === 0 || !isDigit(text.charCodeAt(start - 1))) return start;
  // `2020年第二次项目建设观摩会`: the year's 年 is a date, not the name's (`年产` is a capacity).
  if (text.charCodeAt(start) === NIAN && text.charCodeAt(start + 1) !== CHAN && start >= 4 && isDigit(text.charCodeAt(start - 4))) return start + 1;
  // `5月1号某某项目开工`: the day's 号 or 日 is the date's (a numbered facility keeps its number: `1号仓库`).
  if (DAY_CHARS.has(text.charCodeAt(start))) return start + 1;
  let k = start;
  while (k < anchor && MULTIPLIER_CHARS.has(text.charCodeAt(k))) k++;
  return k;
}

const NIAN = code('年');
const DAY_CHARS = charSet('号日');

/** Events a headline joins to a project's own ceremony with 暨 (`集中开工动员会暨X项目开工仪式`). */
const EVENT_ENDS = WordMap.of('会 大会 仪式 典礼 活动 开幕式 启动式'.split(' '));
const JI = code('暨');

/**
 * `…动员会暨X项目…`: 暨 ("and also") after an event joins two events, so the name starts after it;
 * between two names it is part of one (`某某产业园暨某某综合体项目`). The name is read once (≤ 32 units).
 */
function afterEventConjunction(text: string, start: number, nameEnd: number): number {
  for (let k = nameEnd - 1; k > start; k--) {
    if (text.charCodeAt(k) === JI) return EVENT_ENDS.longestEndingAt(text, k, start) > 0 ? k + 1 : start;
  }
  return start;
}

/**
 * `…的共享智慧充电桩…项目`, `2GWh共享储能…项目`: right after `的` or a capacity a noun phrase begins, so a
 * verb met there is the first word of the name (a brand such as `共享智能`, the thing made), not the clause's verb. Only the shared verbs of two
 * characters or more, never the project boundaries (`的重点项目`, `的新建…` stay out).
 */
function verbOpeningName(text: string, start: number, floor: number): number {
  const len = SHARED_VERBS.longestEndingAt(text, start, floor);
  if (len < 2 || start - len - 1 < floor) return start;
  const afterCapacity = capacityEndsAt(text, start - len);
  if (!afterCapacity && text.charCodeAt(start - len - 1) !== DE) return start;
  const verb = text.slice(start - len, start);
  if (PROJECT_STOPS.longestEndingAt(text, start, floor) !== len || PROJECT_ONLY.has(verb) || LINKING_VERBS.has(verb)) return start;
  // The capacity is the name's too: the scan goes on through it (`年产2GWh共享储能…`).
  return afterCapacity ? yearlyOutputStart(text, scanWithLists(text, start - len, floor), floor) : start - len;
}

/** Verbs that link to what follows (`最受关注的当属X项目`, `的包括X项目`): never a brand's first word. */
const LINKING_VERBS = new Set('当属 首推 属于 成为 作为 称为 视作 当作 包括 包含 涵盖 涉及 比如 例如'.split(' '));

const SHARED_VERBS = WordMap.of(STOP_WORDS);
const PROJECT_STOPS = WordMap.of(STOP_WORDS, PROJECT_STOP_WORDS);
const PROJECT_ONLY = new Set(PROJECT_STOP_WORDS);

/**
 * The scan, stopping at a list separator (、) whose left item already ended in 项目 (a list of
 * names), or whose items are whole projects sharing the head (`separatesProjects`), or is a single
 * character (`开工率、江苏省…`: a clause, not an enumerated product).
 */
function scanWithLists(text: string, end: number, floor: number): number {
  const start = extendLeft(text, end, floor, SCAN);
  for (let k = end - 1; k >= start; k--) {
    if (k > start && separatesWorks(text, k, start)) return k + 1;
    if (separatesAtConjunction(text, k, end, start)) return k + 1;
    if (text.charCodeAt(k) !== 0x3001 /* 、 */) continue;
    if (k - 2 >= floor && text.startsWith('项目', k - 2)) return k + 1;
    if (separatesProjects(text, k, end, floor, start)) return k + 1;
    let itemStart = k - 1;
    while (itemStart > start && text.charCodeAt(itemStart - 1) !== 0x3001) itemStart--;
    if (k - itemStart < 2) return k + 1;
  }
  return start;
}

/**
 * `某某片区新老项目`, `某某县全部项目`: an area's name followed only by generic words is the area's
 * projects, not a named one. Only an area word (片区 县 镇 乡) cuts: a park or a company before a
 * generic tail stays a name (`京东数字产业园项目`).
 */
function genericAfterArea(text: string, start: number, anchor: number): boolean {
  for (let k = anchor - 1; k > start; k--) {
    // `某某生产基地(杞县)项目`: a county in brackets says where the named project is, it is no area's projects.
    if (text.charCodeAt(k) === 0x29 /* ) */) continue;
    // `某某村“某某沟”乡村旅游项目`: the 乡 of 乡村 ("rural") is no township.
    const township = AREA_ENDS.has(text.charCodeAt(k - 1)) && !themedTownAt(text, k - 2, start) && !text.startsWith(RURAL, k - 1);
    const areaEnd = township || (k - 2 > start && text.startsWith(PIAN_QU, k - 2));
    if (areaEnd && GENERIC.covers(text, k, anchor)) return !namesOneWork(text, k, anchor);
  }
  return false;
}

/**
 * `某某县生态旅游综合体项目`, `某某居住片区一期项目`: generic words that end in a facility, or a phase,
 * after an area say what one project builds there, so the whole is its name. An area's projects in
 * general have neither.
 */
function namesOneWork(text: string, tailStart: number, anchor: number): boolean {
  if (AREA_PHASES.startingAt(text, tailStart)) return true;
  return FACILITY_ENDS.longestEndingAt(text, anchor, tailStart) > 0 || AREA_WORKS.longestEndingAt(text, anchor, tailStart) > 0;
}

const AREA_PHASES = WordMap.of(['一期', '二期', '三期', '四期', '首期']);
/** Facilities built in an area, besides the ones a group's project builds (FACILITY_ENDS). */
const AREA_WORKS = WordMap.of(['综合体']);

/**
 * `某某康养小镇建设项目`: a themed town (小镇, a park of the guidelines) is no administrative town;
 * the project that builds it is named.
 */
function themedTownAt(text: string, at: number, start: number): boolean {
  return at >= start && text.charCodeAt(at) === XIAO && text.charCodeAt(at + 1) === ZHEN;
}

const XIAO = code('小');
const ZHEN = code('镇');

/**
 * `天福养老产业项目`: an industry's projects (`养老产业项目`) are a category, but a name that opens
 * with a word of its own before the industry (a brand) is one project. Only for the head `产业`;
 * `重大 重点 招商 …` before 项目 always make a category.
 */
function brandBeforeIndustryHead(text: string, headStart: number, floor: number): boolean {
  if (text.charCodeAt(headStart) !== CHAN || text.charCodeAt(headStart + 1) !== YE) return false;
  const start = skipRight(text, extendLeft(text, headStart, floor, SCAN), headStart, LEADING_JUNK);
  if (headStart - start < 4 || countedBefore(text, start)) return false;
  // `…平台好、产业项目`: a list of clauses ends in the head word alone; a name holds no separator.
  for (let k = start; k < headStart; k++) if (!isHan(text.charCodeAt(k))) return false;
  // `总投资5亿元的铝材加工产业项目`: one project's money introduces it, so it is that project's name.
  if (AMOUNT_OF_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return true;
  // The industry is the generic tail; what comes before it must name something.
  for (let k = headStart - 1; k > start; k--) {
    if (GENERIC.covers(text, k, headStart)) return !GENERIC.covers(text, start, k) && k - start >= 2 && !PLACES.covers(text, start, k);
  }
  return false;
}

const YE = code('业');

/**
 * `某某方形铝壳磷酸铁锂储能电池产业项目`: an industry's projects are called by a short sector (`电子信息产业项目`,
 * `生物医药产业项目`); a run of ten characters or more of one phrase before `产业`, not all generic words, spells out
 * one project's products, so it is that project's name.
 */
function longNameBeforeIndustryHead(text: string, headStart: number, floor: number): boolean {
  if (text.charCodeAt(headStart) !== CHAN || text.charCodeAt(headStart + 1) !== YE) return false;
  const start = skipRight(text, extendLeft(text, headStart, floor, SCAN), headStart, LEADING_JUNK);
  if (headStart - start < MIN_PRODUCTS_BEFORE_INDUSTRY || countedBefore(text, start)) return false;
  for (let k = start; k < headStart; k++) if (!isHan(text.charCodeAt(k))) return false;
  return !GENERIC.covers(text, start, headStart);
}

const MIN_PRODUCTS_BEFORE_INDUSTRY = 10;
/** An amount and `的` right before a name (`5亿元的`, `10亿的`). */
const AMOUNT_OF_BEFORE = /[\d亿万](?:元|美元)?的$/;
const PLACES = WordMap.of(PLACE_NAMES, ADMIN_WORDS);

/** `二期600MW项目`, `二期45亿瓦时项目`: a phase and a size say which part of a project, not which project. */
function phaseAndSizeOnly(text: string, start: number, anchor: number): boolean {
  let k = start;
  while (k < anchor && isNumeral(text.charCodeAt(k))) k++;
  if (k === start || text.charCodeAt(k) !== QI) return false;
  const size = ++k;
  while (k < anchor && (isDigit(text.charCodeAt(k)) || isLatin(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
  return k === anchor || capacityOnly(text, size, anchor);
}


/**
 * `招项目`, `会投资项目`: a name is at least two characters before its head word, and the last item
 * of a list (`建载体、提能级、招项目`) likewise: one character is a verb or a leftover, not a name.
 */
function singleCharacterItem(text: string, start: number, nameEnd: number): boolean {
  if (nameEnd - start < 2) return true;
  // Only the name's last two units can hold the separator (a lastIndexOf would read back through
  // the whole paragraph for each name).
  for (let k = nameEnd - 1; k >= Math.max(start, nameEnd - 2); k--) if (text.charCodeAt(k) === 0x3001 /* 、 */) return true;
  return false;
}
