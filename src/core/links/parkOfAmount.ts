// Which park an amount goes to or is counted for: the park its sentence ties it to (`在K投资`,
// `K签约项目N个,总投资X`, `落户K`), a park said by its kind (parkByKind.ts), where its project or
// company was said to be, the paragraph's park, the park of its section, or the one park the
// article is about. A sentence that puts the money in a place that is not a park links none.
import { refolded } from '../fold';
import { spanFact } from './articleReadings';
import type { LinkSpan } from './linkNames';
import { countsItsProjects, isSubjectLead, namesItsEvent, placeSubjectAny, placeSubjectAt, placeSubjectIn, signedWith, toldBy, venueOfPlacesEvent, wholeClauses } from './linkClauses';
import { WINDOW, type LinkContext, type SaidSoFar } from './linkContext';
import { samePark } from './linkParks';
import type { Topic } from './linkTopic';
import { coversProvince, onlyParkAsWritten, writtenRightAfter } from './onlyPark';
import { otherNameInBrackets } from './parkShortNames';
import { PARK_KIND_WORD, WHOLE_AREA, wholeParkAfterItsName } from './wholeAreaPark';
import { PARK_AND_PARK, parkByBareKind, parkByKind, parkByKindJustBefore } from './parkByKind';
import { noteBatch, parkOfBatch } from './parkOfBatch';
import { parkTheAmountDescribes, parkTheMoneyBuilds } from './parkDescribed';
import { parkLyingIn } from './parkLiesIn';
import { parkOfWorksAfter } from './parkWorksAfter';
import { parkBeingBuilt } from './parkBeingBuilt';
import { parkOfKindSubject } from './parkKindSubject';
import { siblingOfParkCategory } from './parkCategorySiblings';
import { parksCountedTogether } from './parksCounted';
import { noteInvestmentPark, parkOfProjectInvestment, parkOfResults } from './parkOfResults';
import { innermost } from './parkOfPlacedProject';
import { clauseEnd, lastClauseMark, MAX_GAP } from './linkText';
import { sumOfPlacesProjects, sumOfWholePlace } from './wholePlaceSum';
import { inRelatedNews } from './relatedNews';
import { noteParkedAmount, parkOfParagraphSoFar } from './parkOfParagraphSoFar';
import { batchOfPlacesEvent } from './placesEvent';
import { amongListedProjects } from '../recognition/projectLists';

/**
 * `在X投资` where X is a place we did not recognise as a park: the money is there, not in the article's park.
 * `在建`, `在谈`, `在产` are a project's stage (`在建重点项目完成投资X`), no place; nor is `在集中开工的…` (done together).
 */
export const ELSEWHERE = /在(?![建谈产研]|集中)\s*([\u4e00-\u9fff]{2,10}?)\s*(?:投资|建设|设立|成立|兴建|扩建|新建|开工)/;
/** `C等3家公司进驻X园区`: companies moved into a park-like place we did not recognise as a park. */
const MOVED_ELSEWHERE = /(?:进驻|入驻|迁入|迁至|落户)\s*([\u4e00-\u9fff]{2,12}?(?:园区|园|区))/;
const LOCATED_WORDS = '(?:位于|落户|落户于|落地|在|入驻|进驻|地处|签约落户|选址|迁入|迁至|搬迁至|搬入|引荐至|引进至|引入至|转移至|落户至)';
const LOCATED_BEFORE = new RegExp(`${LOCATED_WORDS}\\s*$`);
/**
 * `在湖南省K`, `位于湖南省永州市K`, `在内蒙古某某市某某旗K内`: the province, city or county written before the
 * park (up to three levels) is where the park is too; `在某某市(K)`: the park in brackets is the city's other name.
 */
const LOCATED_IN_PROVINCE = new RegExp(`${LOCATED_WORDS}\\s*(?:[\\u4e00-\\u9fff]{2,7}?(?:省|自治区|市|州|盟|县|旗|区|镇|乡)){1,3}\\s*[(（]?\\s*$`);
/** How far before a park its places and the word placing it there are read (UTF-16 units). */
const PLACES_REACH = 24;
/**
 * `C投资X于K`, `…达X,投资于K`: the amount's own clause (or the clause right after it, opened by `投资`) says the
 * money is invested in the park after it, as Taiwanese news writes it (`投資6億元於K`).
 */
const INVESTED_IN_GAP = /^\s*(?:[,，]\s*投资)?于\s*$/;

/** Is the park after the amount where it is invested (`X于K`, `X,投资于K`)? */
function investedInAfter(ctx: LinkContext, amount: LinkSpan, park: LinkSpan): boolean {
  const gap = ctx.structure.gap(amount.entity.end, park.entity.start);
  return gap !== undefined && INVESTED_IN_GAP.test(gap);
}

/** `分别在A和B`: money spread over the parks named, none of them its own. */
const SPREAD_BEFORE = /分别(?:在|位于|落户|落户于|落地)\s*$/;
/** `…总投资超46亿元,为K建设…注入动能`: the money is for the park after it (not `成为K`, `作为K`). */
const FOR_PARK_BEFORE = /(?:^|[^成作认])为\s*$/;
/** `分别` right after the last park of a list: each park its own share, none the whole. */
const EACH_AFTER = /^\s*分别/;
/** `K是一个集…于一体的`: what comes after is said of K. */
const DESCRIPTION_GAP = /^\s*(?:是|为|系)[^,;:。]{0,30}的\s*$/;
/** The first characters of DESCRIPTION_GAP as written (simplified or Traditional), for a cheap test first. */
const COPULA_CHARS = '是为為系係';
/** `K总投资X`, `K计划投资达X`: the park's own investment right after its name. */
const OWN_INVESTMENT_GAP = /^\s*(?:计划|预计|规划)?(?:总投资|投资总额|总投资额)(?:达|为|约|超)?\s*$/;
/** `K所在的X`, `K所处的X`: a place named by the park in it. */
const IN_WHICH = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?(?:所在|所处|所属)的/;

/** The park of the amount at span `i` (sentence spans [from, to)), given its project and company. */
export function parkOfAmount(ctx: LinkContext, said: SaidSoFar, i: number, from: number, to: number, project: LinkSpan | undefined, company: LinkSpan | undefined, topic: Topic, carriedPark?: LinkSpan): LinkSpan | undefined {
  const read = readParkOfAmount(ctx, said, i, from, to, project, company, topic, carriedPark);
  // `海南自贸区第五批项目集中开工`⏎`…总投资X`: a zone as wide as a province (guidelines: an optional PARK) is where
  // every place of the article lies, no park the article is about; only its own paragraph's reading ties money to it.
  const park = read && coversProvince(read) && read.paragraph !== ctx.spans[i].paragraph ? undefined : read;
  noteInvestmentPark(said, ctx.spans[i], park, project);
  noteBatch(ctx, said, ctx.spans[i], park);
  noteParkedAmount(said, ctx.spans[i], park, project);
  return park;
}

function readParkOfAmount(ctx: LinkContext, said: SaidSoFar, i: number, from: number, to: number, project: LinkSpan | undefined, company: LinkSpan | undefined, topic: Topic, carriedPark?: LinkSpan): LinkSpan | undefined {
  const amount = ctx.spans[i];
  // `某省重大项目开工仪式在K举行,开工项目N个,总投资X`: the batch of a place's or a fair's event is none of a park's.
  if (batchOfPlacesEvent(ctx, amount)) return undefined;
  const inSentence = parkInSentence(ctx, said, i, from, to, company !== undefined);
  // `某镇引进的项目为P项目,…投资X。该项目…年产值Y`: a project whose money the sentence put in a place that is
  // no park stays there for its later amounts (not the paragraph's park).
  if (inSentence === null && project && !said.projectPark.has(project.name)) said.projectPark.set(project.name, null);
  if (inSentence !== undefined) return inSentence ?? undefined;
  // `K项目6个,总投资Y;L项目9个,总投资X`: a category listed after the park's is another part of the whole, none of K's.
  if (siblingOfParkCategory(ctx, amount)) return undefined;
  // `A、B、C3个园区合计实现X`, `一区四园共接纳…总投资X`: several parks counted together, none alone.
  if (parksCountedTogether(ctx, amount)) return undefined;
  // `C将投资X,启动K厂房扩建计划`: the works the next clause starts in the park are where the money goes.
  const works = parkOfWorksAfter(ctx, i, to);
  if (works) return works;
  // `园区完成…产值X`: a clause opened by a kind word alone is about the article's park of that kind.
  const byKind = parkByKind(ctx, amount, ctx.leadOf(amount)) ?? parkByBareKind(ctx, amount) ?? parkOfKindSubject(ctx, amount);
  if (byKind) return byKind;
  if (project) {
    // null (said to be in a place that is no park) is an answer too: no park.
    const where = said.projectPark.has(project.name) ? said.projectPark.get(project.name) : ctx.parks.insideName(project);
    if (where !== undefined) return where ?? undefined;
  }
  if (company) {
    const where = said.companyPark.get(company.name);
    if (where !== undefined) return where ?? undefined;
  }
  // `P项目总投资X`(linked to K) … `P项目达产后年销售Y`: the project's other money goes where its investment went.
  const invested = parkOfProjectInvestment(said, project);
  if (invested) return invested;
  // `K…实际利用市外资金X,实际到位外资Y`: a sum right after another sum of the sentence linked to K, with
  // only amounts between, is one more of K's figures (K may stand too far before it to be read).
  if (carriedPark && amount.entity.scope === 'aggregate') return carriedPark;
  const goneOn = parkOfClauseBefore(ctx, said, amount);
  if (goneOn) return goneOn;
  const results = parkOfResults(ctx, said, amount);
  if (results) return results;
  // `一季度全市项目总投资X`: a sum of the whole city (or county, province, country), not of the park spoken of.
  if (sumOfWholePlace(ctx, amount)) return undefined;
  // `相关推荐`⏎`某某价格创新高`⏎`…出厂价上调至X`: other stories after the article, none of its parks' money.
  if (inRelatedNews(ctx, amount)) return undefined;
  const park = topic.park ?? statedJustBefore(ctx, said, amount) ?? ctx.parks.sectionParkAt(amount.paragraph) ?? describedSubject(ctx, amount) ?? parkByKindJustBefore(ctx, amount) ?? topic.parkOpened;
  if (park) return park;
  // An article about one park: its totals are the park's figures, its items its projects' money.
  // `C是一家…集团,2018年营业收入近X`: a company's results for a year are the whole group's, not its project's in the park.
  if (company && !project && amount.entity.role === 'revenue' && COMPANY_YEAR_RESULTS.test(ctx.leadOf(amount))) return undefined;
  // `现场签约的5个项目,…总投资X`(linked to K)⏎`C将投资Y建设…`: a member of the batch just totalled.
  const batch = parkOfBatch(ctx, said, amount);
  if (batch) return batch;
  // `全区…` is the park's only right after the park is named (elsewhere it is as often a district).
  if (amount.entity.scope !== 'item' && ctx.leadOf(amount).includes(WHOLE_AREA)) return wholeParkAfterItsName(ctx, amount);
  // `K工程开工建设。工程全部完工后,…产值X`: a park being built, its money in the sentences right after.
  return parkBeingBuilt(ctx, amount) ?? onlyParkAsWritten(ctx, amount, project) ?? parkOfParagraphSoFar(ctx, said, amount, project);
}

/** A year's turnover right before the amount (`2018年营业收入近`, `2019年度实现销售收入`). */
const COMPANY_YEAR_RESULTS = /(?:19|20)[0-9]{2}年度?(?:实现|完成)?(?:营业收入|营收|销售收入|主营业务收入)[^,;。]{0,3}$/;

/**
 * The park the sentence ties the amount to: undefined when it says nothing, null when it
 * puts the money somewhere that is not a park we know (then no park is linked). `owned`: a company's money.
 */
function parkInSentence(ctx: LinkContext, said: SaidSoFar, i: number, from: number, to: number, owned: boolean): LinkSpan | null | undefined {
  const amount = ctx.spans[i];
  if (spreadOverCountedParks(ctx, amount) || sumOfPlacesProjects(ctx, amount)) return null;
  const described = parkTheAmountDescribes(ctx, i, owned) ?? parkTheMoneyBuilds(ctx, i, owned);
  if (described) return described;
  const settled = settlesInOwnClause(ctx, i, to);
  if (settled !== undefined) return settled;
  const lying = parkLyingIn(ctx, i, from);
  if (lying) return lying;
  let candidate: LinkSpan | undefined;
  /** `在某某经开区K`: the zone written right before the nearest park K, the zone K lies in. */
  let host: LinkSpan | undefined;
  /** Does the sentence name another park before the amount than the nearest one? */
  let otherPark = false;
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || describes(ctx, j) || holdsTheSubjectPark(ctx, span) || listedAmongProjects(ctx, span)) continue;
    if (!candidate) candidate = span;
    // The park inside the zone is where the money goes (guidelines: the park where the project is built).
    else if (!host && !otherPark && writtenRightAfter(ctx, span, candidate)) host = span;
    // `K(L)`: a park's other name in brackets is no other park; nor is the park the news is told by
    // (`记者从L获悉,K…完成投资X`: L is the source, K the clause's subject).
    else otherPark ||= !samePark(span.name, candidate.name) && !otherNameInBrackets(ctx, span) && !toldBy(ctx.structure, span);
  }
  // `K所在的吉安市…`: the place K is in is the subject, and its money is not K's.
  if (candidate && IN_WHICH.test(ctx.structure.after(candidate.entity.end, 16))) return null;
  // `A新区、B新区、C新区分别与有关企业签署…,协议总投资X`: parks listed as the subject, each with its own share.
  if (candidate && otherPark && EACH_AFTER.test(ctx.structure.after(candidate.entity.end, 4))) return null;
  // `C进驻K;D、E进驻L,上述3件投资案投资金额X`: the sum of what was counted in several parks.
  if (candidate && COUNTED_ABOVE.test(ownClause(ctx.leadOf(amount))) && otherParkInParagraph(ctx, amount, candidate)) return null;
  // `…、K总投资X、…`: the park written right before its own investment, wherever its clause starts.
  if (candidate && ctx.spans[i - 1] === candidate && OWN_INVESTMENT_GAP.test(ctx.structure.gap(candidate.entity.end, amount.entity.start) ?? '')) return candidate;
  if (candidate && (parkTied(ctx, said, candidate) || (host !== undefined && parkTied(ctx, said, host)))) {
    const gap = ctx.structure.gap(candidate.entity.end, amount.entity.start) ?? longSubjectGap(ctx, candidate, amount);
    // `入驻K 8个,总投资X,入驻Q城区…项目2个,总投资Y`: a later move into a place that is no park takes Y there.
    if (gap !== undefined && movedElsewhere(ctx, gap)) return null;
    // `来自K的客商在X投资`: where it comes from is not where the money goes.
    if (gap !== undefined && !placeSubjectIn(gap) && !(comesFrom(ctx, candidate) && ELSEWHERE.test(gap))) {
      if (!otherPark || locatedThere(ctx, host ?? candidate) || signedWith(ctx.structure, candidate) || settledIn(ctx, candidate) || projectsCountedOf(ctx, candidate) || namesItsEvent(ctx.structure, candidate)) return candidate;
      return null;
    }
  }
  const headed = parkHeadingAfter(ctx, i, to);
  if (headed) return headed;
  const lead = ctx.leadOf(amount);
  if (placeActsBefore(ctx, i, from, wholeClauses(ctx.structure, amount, lead))) return null;
  for (let j = i + 1; j < to && j <= i + WINDOW; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span)) continue;
    const before = ctx.structure.before(span.entity.start, 4);
    if (LOCATED_BEFORE.test(before) || FOR_PARK_BEFORE.test(before) || locatedAfterPlaces(ctx, span)) return spreadOver(ctx, j) || partOpensAfter(ctx, amount) ? null : span;
    if (investedInAfter(ctx, amount, span)) return spreadOver(ctx, j) ? null : innermost(ctx, span);
  }
  const elsewhere = ELSEWHERE.exec(lead) ?? MOVED_ELSEWHERE.exec(lead);
  if (elsewhere && !ctx.parks.isParkWord(elsewhere[1]) && !SELF_PLACE.test(elsewhere[1])) return null;
  if (builtElsewhereAfter(ctx, amount)) return null;
  if (amount.entity.scope === 'aggregate' && placeActsAcrossSemicolon(ctx, i, from)) return null;
  return undefined;
}

/** How far after its sentence's subject park a sum of the sentence is still read as the park's (UTF-16 units). */
const SUBJECT_SUM_REACH = 2 * MAX_GAP;
/** How long a lead (a time, a connective) may stand before that subject park (UTF-16 units). */
const SUBJECT_LEAD_REACH = 24;

/**
 * `据悉,K本次开工的项目涵盖…领域,包含A、B等项目8个,总投资X`: a park that opens its sentence
 * as its subject (a lead like `据悉` at most before it) still ties a sum of that sentence written further than a gap
 * reads; the stretch between, folded and bounded, is read as parkInSentence reads a gap (a place acting in it, a move
 * elsewhere). Undefined (nothing read) for an item, a park that is no subject, or a longer stretch.
 */
function longSubjectGap(ctx: LinkContext, park: LinkSpan, amount: LinkSpan): string | undefined {
  if (amount.entity.scope !== 'aggregate' || amount.entity.start - park.entity.end > SUBJECT_SUM_REACH) return undefined;
  const sentenceStart = ctx.structure.sentenceStart(park.sentence);
  if (park.entity.start - sentenceStart > SUBJECT_LEAD_REACH || !isSubjectLead(ctx.structure.folded(sentenceStart, park.entity.start))) return undefined;
  return ctx.structure.folded(park.entity.end, amount.entity.start);
}

/** How far each way of a park its list is read (UTF-16 units; `projectLists.ts` reads 80 at most). */
const LIST_REACH = 96;
/** What joins the items of a list (`A、B`, `A和B`): a park with none beside it is no item of one. */
const LIST_JOINER = /[、和与及]/;

/**
 * `K本次开工项目包含A产业园、B产业园标准厂房等重大项目8个`, `K签下A小镇和B总部…三大项目`: a park that is an item of a
 * list of projects (or the site heading one) names what the clause counts, not a place of its own; it does not
 * compete with the park the clause is about. Read on the paragraph's fold, where it folds unit for unit.
 */
function listedAmongProjects(ctx: LinkContext, park: LinkSpan): boolean {
  return ctx.fact(LISTED_AMONG_PROJECTS, park);
}

const LISTED_AMONG_PROJECTS = spanFact((ctx, park) => {
  const { structure } = ctx;
  const { start, end } = park.entity;
  // Cheap first: a joiner right before or after the park.
  if (!LIST_JOINER.test(structure.text.charAt(end)) && !LIST_JOINER.test(structure.text.charAt(start - 1))) return false;
  const bounds = structure.paragraph(park.paragraph);
  const from = Math.max(bounds.start, start - LIST_REACH);
  const to = Math.min(bounds.end, end + LIST_REACH);
  const window = structure.folded(from, to);
  return window.length === to - from && amongListedProjects(window, start - from, end - from);
});

/** How much of the clause before `;` is read for its place subject (UTF-16 units). */
const CLAUSE_BEFORE_REACH = 2 * MAX_GAP;
/** The `;` (or its full-width form) a clause ends with. */
const SEMICOLON = /[;；]/;

/**
 * `今年以来,该市新签约项目83个,总投资X;近四年累计引进项目303个,总投资额达Y`: a clause after `;` that names no
 * subject of its own (no park, no place before the amount) goes on about the place that opened the clause
 * before it, so its totals are that place's, no park's. Only the one clause right before is read.
 */
function placeActsAcrossSemicolon(ctx: LinkContext, i: number, from: number): boolean {
  const amount = ctx.spans[i];
  for (let j = from; j < i; j++) if (ctx.spans[j].entity.label === 'PARK') return false;
  const { structure } = ctx;
  const start = structure.sentenceStart(amount.sentence);
  if (amount.sentence === 0 || !SEMICOLON.test(structure.text.charAt(start - 1))) return false;
  // `…;产业园区项目完成投资Y`: a park said by its kind word is the clause's own subject.
  if (PARK_KIND_WORD.test(structure.folded(start, amount.entity.start))) return false;
  const opened = structure.sentenceStart(amount.sentence - 1);
  const before = Math.max(opened, start - CLAUSE_BEFORE_REACH);
  if (structure.paragraphOf(before) !== amount.paragraph) return false;
  const clause = structure.folded(before, start - 1);
  // A stretch cut at the reach may start inside a name: it is read from its first whole clause.
  const whole = before > opened ? clause.slice(Math.max(0, clause.search(CLAUSE_MARK))) : clause;
  const at = placeSubjectAt(whole);
  if (at < 0) return false;
  // Not a place written inside a name the clause holds (read as written: a glossed clause is longer so).
  const offset = structure.originalBefore(before, start - 1, whole.length - at);
  for (let j = from - 1; j >= 0 && ctx.spans[j].entity.end > before; j--) {
    const { start: s, end } = ctx.spans[j].entity;
    if (s <= offset && offset < end) return false;
  }
  return true;
}

/** How far after the last sum its park's clauses may go on (UTF-16 units; a scraped page's pinyin glosses count). */
const CLAUSES_GONE_ON_REACH = 120;
/** `丰顺县项目2个,…`: a place counting its projects opens a clause (a subject of its own). */
const PLACE_COUNTS_PROJECTS = /(?:^|[,;:])\s*[\u4e00-\u9fff]{1,5}[市县区镇乡盟州省]项目/;

/**
 * `K实现合同利用外资X,占…;实际到位外资Y`, `签约项目56个、投资额X;存量企业再投资项目29个、投资额Y`: a sum in a
 * clause after `;` (clauses naming nothing between) states more figures of the park the last sum went to, when
 * nothing is named since that sum and no place is the subject of a clause since (`…;某县项目2个,投资Z`: the
 * place's). The park counterpart of placeActsAcrossSemicolon.
 */
function parkOfClauseBefore(ctx: LinkContext, said: SaidSoFar, amount: LinkSpan): LinkSpan | undefined {
  const whole = said.whole;
  if (amount.entity.scope !== 'aggregate' || whole === undefined || whole.sentence >= amount.sentence) return undefined;
  const last = figuresSince(ctx, amount, whole.sentence);
  if (last === undefined || ctx.spans[last].paragraph !== amount.paragraph) return undefined;
  const from = ctx.spans[last].entity.end;
  if (amount.entity.start - from > CLAUSES_GONE_ON_REACH) return undefined;
  for (const stop of FULL_STOPS) if (ctx.structure.holds(stop, from, amount.entity.start)) return undefined;
  const clauses = ctx.structure.folded(from, amount.entity.start);
  return placeSubjectAny(clauses) || PLACE_COUNTS_PROJECTS.test(clauses) ? undefined : whole.park;
}

/** `上述4件投资案`, `以上3个项目`: the things counted before, taken together. */
const COUNTED_ABOVE = /(?:上述|以上)[0-9一二三四五六七八九十两]{1,3}\s*[件个项家]/;

/** Does the amount's paragraph name another park than `park` before it (a few spans back)? */
function otherParkInParagraph(ctx: LinkContext, amount: LinkSpan, park: LinkSpan): boolean {
  for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - WINDOW && ctx.spans[j].paragraph === amount.paragraph; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK' && span.name !== park.name && !ctx.parks.projectNamed(span)) return true;
  }
  return false;
}

/** The amount's own clause of its lead: after its last `,` `;` `:`. */
function ownClause(lead: string): string {
  return lead.slice(lastClauseMark(lead) + 1);
}

/** `的` and an opening quote at most, between an amount and the park heading what it pays for. */
const OF_GAP = /^\s*的\s*[“"「『]?\s*$/;
/** The rest of a works' name after the park heading it, up to its clause's end (`“九通一平”道路建设工程,`). */
const WORKS_AFTER = /^[^,;:。!?]{1,24}?(?:工程|项目)\s*(?:[,;:。!?]|$)/;

/**
 * `总投资X的K“九通一平”道路工程`: the park right after the amount's `的` heads the name of works the money
 * builds (not recognised as a project), so the money is spent in that park. An industry park paid for
 * itself (`投资2亿元的某某产业园已完成厂房建设`) heads no works: it is a project in the article's park.
 */
export function parkHeadingAfter(ctx: LinkContext, i: number, to: number): LinkSpan | undefined {
  const park = ctx.spans[i + 1];
  if (i + 1 >= to || park.entity.label !== 'PARK' || ctx.parks.projectNamed(park) || !ctx.joinedBy(i + 1, OF_GAP)) return undefined;
  return WORKS_AFTER.test(ctx.structure.after(park.entity.end, 32)) ? park : undefined;
}

/**
 * A place that is no park is the subject of a clause before the amount (`…;某县签约项目5个,总投资X`),
 * not a place written inside a name (`以大湾区新型电力系统项目为例`: the project's name).
 */
function placeActsBefore(ctx: LinkContext, i: number, from: number, clauses: string): boolean {
  const at = placeSubjectAt(clauses);
  if (at < 0) return false;
  // Where the place's last character is written (the lead's fold maps it back past pinyin glosses).
  const amount = ctx.spans[i];
  const offset = ctx.structure.originalBefore(ctx.leadStart(amount), amount.entity.start, clauses.length - at);
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const { start, end } = ctx.spans[j].entity;
    if (start <= offset && offset < end) return false;
  }
  return true;
}

/** A verb of settling right before the place it settles in. */
const SETTLES_BEFORE = /(?:落户|落户于|落户到|入驻|进驻|迁入|落地)\s*(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|州|盟|县|旗)){0,3}\s*$/;
/**
 * The amount's own clause, up to where it says it settles and the place after (`的C落户Q`); not the firms or
 * projects that move in, said as a noun (`是K的首个入驻企业`: a tenant, no place).
 */
const SETTLES_IN_CLAUSE = /^[^,;:。!?]*?(?:落户|入驻|进驻|迁入)(?!企业|项目|公司)(?:于|到)?\s*([\u4e00-\u9fff]{2,8})/;
/** Words a park's article uses for the park itself, or the place the news is told from (`落户我区`, `进驻该园区`: no place elsewhere). */
const SELF_PLACE = /^(?:我|该|本|此|园区|开发区|高新区|经开区|新区)/;
/** How far after the amount its own clause is read for where the money settles (UTF-16 units). */
const OWN_CLAUSE_REACH = 40;

/**
 * `投资10亿元的C和投资8亿元的D选择落户K,投资26亿元的E落户Q`: the amount's own clause says where the
 * money settles, which wins over a park named earlier in the sentence; a place that is no park (Q)
 * takes the money there, so no park (undefined when the clause says nothing of it).
 */
function settlesInOwnClause(ctx: LinkContext, i: number, to: number): LinkSpan | null | undefined {
  const amount = ctx.spans[i];
  const clause = ctx.structure.after(amount.entity.end, OWN_CLAUSE_REACH);
  const settles = SETTLES_IN_CLAUSE.exec(clause);
  if (settles === null) return undefined;
  for (let j = i + 1; j < to && j <= i + WINDOW; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span)) continue;
    const gap = ctx.structure.gap(amount.entity.end, span.entity.start);
    if (gap === undefined || CLAUSE_MARK.test(gap)) break;
    if (SETTLES_BEFORE.test(gap)) return span;
  }
  const place = settles[1];
  return SELF_PLACE.test(place) || ctx.parks.isParkWord(place) ? undefined : null;
}

/**
 * `C将投入X在某某中心扩增厂房`, `C投资X,在蓉设立生产基地`: right after the amount (its own clause or the next one
 * opening with it), `在` and a place that is no park before a verb of building says where the money goes; a park
 * there was read before (`在K新建…`), so the place is elsewhere: no park, not the one the text spoke of before.
 */
const BUILT_ELSEWHERE_AFTER = /^\s*,?\s*在(?![建谈产研])\s*([^,;:。!?\s]{1,10}?)\s*(?:投资|建设|设立|成立|兴建|扩建|新建|扩增|增设|建造)/;
/** Characters that end a park's or zone's name: a place holding one may be a park we did not recognise. */
const PARK_LIKE = /[园区城港谷]/;
/** How far after the amount the placing clause is read (UTF-16 units). */
const BUILT_ELSEWHERE_REACH = 20;

function builtElsewhereAfter(ctx: LinkContext, amount: LinkSpan): boolean {
  const after = ctx.structure.after(amount.entity.end, BUILT_ELSEWHERE_REACH);
  // Cheap cue first: asked of every amount the sentence leaves open.
  if (!after.includes('在')) return false;
  const built = BUILT_ELSEWHERE_AFTER.exec(after);
  return built !== null && !PARK_LIKE.test(built[1]) && !SELF_PLACE.test(built[1]);
}

/** A clause's end in a gap: `,` `;` `:` `。` `!` `?`. */
const CLAUSE_MARK = /[,;:。!?]/;

/** Several parks said together: `这三个省级新区`, `上述园区`, `这些开发区`, `各园区`. */
const PARKS_TOGETHER = /(?:(?:这|上述|以上)(?:[两三四五六七八九十0-9]+个|些)?|各)[\u4e00-\u9fff]{0,4}?(?:新区|园区|开发区|高新区|经开区)/;
/** How far after the amount its clause is read for parks said together (UTF-16 units). */
const TOGETHER_REACH = 24;

/**
 * `每天有X协议投资落到这三个省级新区的土地上`, `各园区完成投资X`: the amount's own clause spreads it over
 * several parks said together, so it is none of them alone (guidelines: absent when nothing ties it to one).
 */
function spreadOverCountedParks(ctx: LinkContext, amount: LinkSpan): boolean {
  return saysParksTogether(ctx.structure.after(amount.entity.end, TOGETHER_REACH), true) || saysParksTogether(ctx.leadOf(amount), false);
}

/**
 * Does the clause of `window` next to the amount (its first with `first`, else its last) say parks together?
 * Every such word ends in 区: a window without one is passed over with no clause cut and no regex run
 * (asked of every amount).
 */
function saysParksTogether(window: string, first: boolean): boolean {
  if (!window.includes(AREA_CHARACTER)) return false;
  return PARKS_TOGETHER.test(first ? window.slice(0, clauseEnd(window)) : ownClause(window));
}

const AREA_CHARACTER = '区';

/** A move into a place we did not recognise as a park (`入驻主城区`) in `gap`. */
function movedElsewhere(ctx: LinkContext, gap: string): boolean {
  const moved = MOVED_ELSEWHERE.exec(gap);
  return moved !== null && !ctx.parks.isParkWord(moved[1]) && !SELF_PLACE.test(moved[1]);
}

/** `K是一个集…于一体的规模化产业园区`: a park word after 是 describes the park before it, no other park. */
function describes(ctx: LinkContext, j: number): boolean {
  const prev = ctx.spans[j - 1];
  if (prev === undefined || prev.entity.label !== 'PARK' || prev.sentence !== ctx.spans[j].sentence) return false;
  return COPULA_CHARS.includes(ctx.structure.text.charAt(prev.entity.end)) && ctx.joinedBy(j, DESCRIPTION_GAP);
}

/** `合作区位于`, `产业园位于`: a clause opened by a park's kind word (the park the article is about), placed. */
const PARK_PLACED_BEFORE = /(?:^|[,，。;；:：\s])(?:该|本)?(?:合作区|产业园区?|工业园区?|园区|开发区|经开区|高新区)\s*位于\s*$/;
/** After the zone that holds it: `内`. */
const INSIDE_AFTER = /^\s*内/;

/**
 * `合作区位于K内,…估算总投资X`: the zone holding the park the clause is about is where that park lies, not whose money
 * the sentence states (the park it is about takes it, from the article's reading).
 */
function holdsTheSubjectPark(ctx: LinkContext, park: LinkSpan): boolean {
  return INSIDE_AFTER.test(ctx.structure.after(park.entity.end, 2)) && PARK_PLACED_BEFORE.test(ctx.structure.before(park.entity.start, 8));
}

/** `分别在A和B`: the park at span `j` is one of several the money is spread over. */
function spreadOver(ctx: LinkContext, j: number): boolean {
  const park = ctx.spans[j];
  if (SPREAD_BEFORE.test(ctx.structure.before(park.entity.start, 6))) return true;
  const next = ctx.spans[j + 1];
  return next !== undefined && next.entity.label === 'PARK' && next.sentence === park.sentence && ctx.joinedBy(j + 1, PARK_AND_PARK);
}

/**
 * Right after the amount, a clause that opens a part of it: `其中` (`签约项目15项,总投资X,其中…项目11项,将全部落地K`),
 * its members (`项目2个,总投资X,分别为K投资Y的P项目、…`) or its phases (`总投资X,分两期建设,一期…选址K`).
 */
const PART_OPENS_AFTER = /^\s*[,，;；:：]\s*(?:其中|分别为|分别是|分[两二三四五]期|[一二三四首]期)/;
/** How far after the amount the clause opening a part is read (UTF-16 units). */
const PART_REACH = 8;

/**
 * Is a park placed further on the place of a part of the amount only? The clause right after the amount opens a
 * part (PART_OPENS_AFTER), so a park the text places after it is where that part goes, not the whole amount.
 */
function partOpensAfter(ctx: LinkContext, amount: LinkSpan): boolean {
  return PART_OPENS_AFTER.test(ctx.structure.after(amount.entity.end, PART_REACH));
}

/** `为K`, wherever 为 stands. */
const FOR_BEFORE = /为\s*$/;

/** `在K`, `位于K`, `为K`: the park is where the money goes. */
export function locatedThere(ctx: LinkContext, park: LinkSpan): boolean {
  return ctx.fact(LOCATED_THERE, park);
}

const LOCATED_THERE = spanFact((ctx, park) => {
  const before = ctx.structure.before(park.entity.start, 4);
  return LOCATED_BEFORE.test(before) || FOR_BEFORE.test(before) || locatedAfterPlaces(ctx, park);
});

/** `落户南京市K`, `位于湖南省永州市K`: placed in the park, the places it lies in written between. */
function locatedAfterPlaces(ctx: LinkContext, park: LinkSpan): boolean {
  return LOCATED_IN_PROVINCE.test(ctx.structure.before(park.entity.start, PLACES_REACH));
}

/**
 * `建立“K”,首批六大项目率先入驻`: the clause right after the park says projects or firms move in,
 * with no place of their own (the verb ends its clause): they move into K.
 */
const SETTLED_AFTER = /^[”"」』]?\s*[,，]\s*[^,，。;；:：]{0,12}(?:项目|企业|公司)[^,，。;；:：]{0,4}(?:入驻|进驻|落户|入园)\s*(?:[,，。;；]|$)/;

/** `K,首批项目率先入驻`: K is where the projects of the sentence go. */
export function settledIn(ctx: LinkContext, park: LinkSpan): boolean {
  return ctx.fact(SETTLED_IN, park);
}

const SETTLED_IN = spanFact((ctx, park) => SETTLED_AFTER.test(refolded(ctx.structure.after(park.entity.end, 24))));

/** `A等K项目12个,总投资X`: the projects of K are counted, and the sum after is theirs. */
function projectsCountedOf(ctx: LinkContext, park: LinkSpan): boolean {
  return countsItsProjects(ctx.structure, park);
}

/** `来自K`: the park is where a project or a company comes from. */
const FROM_BEFORE = /来自\s*$/;

/** `第一名是来自K的X`: the project or company written after is the park's. */
export function comesFrom(ctx: LinkContext, park: LinkSpan): boolean {
  return ctx.fact(COMES_FROM, park);
}

const COMES_FROM = spanFact((ctx, park) => FROM_BEFORE.test(ctx.structure.before(park.entity.start, 3)) && ctx.structure.after(park.entity.end, 1) === '的');

/** A park that acts in its clause: where the money goes, a party to its signing, the clause's subject (`K签约项目N个`), or the host of its projects' event. */
function parkTied(ctx: LinkContext, said: SaidSoFar, park: LinkSpan): boolean {
  // `某某市重点项目签约仪式在K举行,…总投资X`: the sums of a city's or county's event are the place's, not its venue's.
  if (venueOfPlacesEvent(ctx.structure, park)) return false;
  if (locatedThere(ctx, park) || said.parksOfProjects.has(park) || signsIn(ctx, park) || comesFrom(ctx, park) || settledIn(ctx, park)) return true;
  if (projectsCountedOf(ctx, park) || namesItsEvent(ctx.structure, park)) return true;
  return ctx.beginsClause(park) || modifiedTopic(ctx, park);
}

/** A sentence's first clause: a modifier ending in `的` and no clause mark in it. */
const MODIFIER_OPENING = /^[^,;:。!?]{2,}的\s*$/;

/**
 * `由C与D共同投资兴建的K,总规划用地N亩,…,总投资X`: the park ends the sentence's first clause behind a
 * modifier that describes it, and the clauses after go on about it: the sentence's topic, its money the park's.
 */
function modifiedTopic(ctx: LinkContext, park: LinkSpan): boolean {
  return ctx.fact(MODIFIED_TOPIC, park);
}

const MODIFIED_TOPIC = spanFact((ctx, park) => {
  const { structure } = ctx;
  if (structure.after(park.entity.end, 1) !== ',') return false;
  const opening = structure.gap(structure.sentenceStart(park.sentence), park.entity.start);
  return opening !== undefined && MODIFIER_OPENING.test(opening);
});

/** After a park, in its clause: it signs with another party (`K与C签订的…项目`, `K管委会同C签署`). */
const SIGNS_WITH_AFTER = /^\s*(?:管理委员会|管委会)?\s*(?:与|和|同)[^,;:。]{2,24}?(?:签约|签订|签署)/;
/** How far after the park its signing is read (UTF-16 units). */
const SIGNS_REACH = 32;

/** `与K签订`, `K与C签订`: the park is a party to the signing its clause tells (the projects signed land in it). */
function signsIn(ctx: LinkContext, park: LinkSpan): boolean {
  return signedWith(ctx.structure, park) || SIGNS_WITH_AFTER.test(ctx.structure.after(park.entity.end, SIGNS_REACH));
}

/**
 * `K开工建设项目65项,总投资X。C生产线已完成投资Y`: the sentence right after one opened by a park
 * with its own totals lists that park's projects. `;` clauses naming nothing may stand between
 * (`K签约项目41个,签约资金X;引进企业8家;上报到位资金Y`): they still go on about K.
 */
function statedJustBefore(ctx: LinkContext, said: SaidSoFar, amount: LinkSpan): LinkSpan | undefined {
  const stated = said.stated;
  if (!stated || stated.paragraph !== amount.paragraph || stated.sentence >= amount.sentence) return undefined;
  if (stated.sentence === amount.sentence - 1) return stated.park;
  // The span before the amount's sentence must be of the stated sentence: nothing named between, amounts
  // aside (`…;汽车产业增加值达到Y;税收贡献达到Z`: clauses stating more of K's figures name nothing else).
  if (figuresSince(ctx, amount, stated.sentence) === undefined) return undefined;
  const between = ctx.structure.sentenceStart(stated.sentence + 1);
  const start = ctx.structure.sentenceStart(amount.sentence);
  if (start - between > MAX_NAMELESS_CLAUSES) return undefined;
  for (const stop of FULL_STOPS) if (ctx.structure.holds(stop, between, start)) return undefined;
  return stated.park;
}

/**
 * The last span of sentence `sentence` before the amount, when only the amount's own sentence and amounts lie
 * between (clauses stating more figures name nothing else); undefined otherwise.
 */
function figuresSince(ctx: LinkContext, amount: LinkSpan, sentence: number): number | undefined {
  let j = amount.pos - 1;
  while (j >= 0 && j >= amount.pos - WINDOW && (ctx.spans[j].sentence === amount.sentence || moreFigures(ctx.spans[j], sentence))) j--;
  return j >= 0 && ctx.spans[j].sentence === sentence ? j : undefined;
}

/** An amount of a clause after the stated sentence: one more figure, naming nothing. */
function moreFigures(span: LinkSpan, statedSentence: number): boolean {
  return span.entity.label === 'MONEY' && span.sentence > statedSentence;
}

/** How long the `;` clauses naming nothing between a park's totals and more of its figures may be (UTF-16 units). */
const MAX_NAMELESS_CLAUSES = 80;
/** What ends a sentence for good, as written (`;` only ends a clause of it). */
const FULL_STOPS = ['。', '！', '？', '!', '?'];

/**
 * `K是在A及B基础上成立的…园区,…累计投入X`: a sentence opened by a park that it then describes
 * is about that park; the parks of the description are not where the money goes.
 */
function describedSubject(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  const first = firstOfSentence(ctx, amount);
  if (!first || first.entity.label !== 'PARK' || ctx.parks.projectNamed(first) || !ctx.beginsClause(first)) return undefined;
  return COPULA_CHARS.includes(ctx.structure.text.charAt(first.entity.end)) ? first : undefined;
}

/** The first span of the amount's sentence, or undefined when it lies further back than the window. */
function firstOfSentence(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  let j = amount.pos - 1;
  while (j >= 0 && j >= amount.pos - WINDOW && ctx.spans[j].sentence === amount.sentence) j--;
  if (j >= 0 && ctx.spans[j].sentence === amount.sentence) return undefined;
  return j + 1 < amount.pos ? ctx.spans[j + 1] : undefined;
}
