// Which park an amount goes to or is counted for: the park its sentence ties it to (`在K投资`,
// `K签约项目N个,总投资X`, `落户K`), a park said by its kind (parkByKind.ts), where its project or
// company was said to be, the paragraph's park, the park of its section, or the one park the
// article is about. A sentence that puts the money in a place that is not a park links none.
import { foldedText } from '../fold';
import { AREA_SUFFIXES, ZONE_SUFFIXES } from '../lexicon/parkSuffixes';
import type { LinkSpan } from './linkNames';
import { CITY_PARKS } from './linkParks';
import { heldIn, placeSubjectAt, placeSubjectIn, signedWith, toldBy, wholeClauses } from './linkClauses';
import { WINDOW, type LinkContext, type SaidSoFar } from './linkContext';
import type { Topic } from './linkTopic';
import { KIND_ENDINGS, PARK_AND_PARK, parkByBareKind, parkByKind, parkByKindJustBefore } from './parkByKind';

/** `在X投资` where X is a place we did not recognise as a park: the money is there, not in the article's park. */
export const ELSEWHERE = /在\s*([\u4e00-\u9fff]{2,10}?)\s*(?:投资|建设|设立|成立|兴建|扩建|新建|开工)/;
/** `C等3家公司进驻X园区`: companies moved into a park-like place we did not recognise as a park. */
const MOVED_ELSEWHERE = /(?:进驻|入驻|迁入|迁至|落户)\s*([\u4e00-\u9fff]{2,12}?(?:园区|园|区))/;
const LOCATED_WORDS = '(?:位于|落户|落户于|落地|在|入驻|进驻|地处|签约落户|选址|迁入|迁至|搬迁至|搬入|引荐至|引进至|引入至|转移至|落户至)';
const LOCATED_BEFORE = new RegExp(`${LOCATED_WORDS}\\s*$`);
/** `在湖南省K`: the province, written before a park that starts with its city, is where the park is too. */
const LOCATED_IN_PROVINCE = new RegExp(`${LOCATED_WORDS}\\s*[\\u4e00-\\u9fff]{2,7}?(?:省|自治区)\\s*$`);
/** `分别在A和B`: money spread over the parks named, none of them its own. */
const SPREAD_BEFORE = /分别(?:在|位于|落户|落户于|落地)\s*$/;
/** `K是一个集…于一体的`: what comes after is said of K. */
const DESCRIPTION_GAP = /^\s*(?:是|为|系)[^,;:。]{0,30}的\s*$/;
/** The first characters of DESCRIPTION_GAP as written (simplified or Traditional), for a cheap test first. */
const COPULA_CHARS = '是为為系係';
/** `K所在的X`, `K所处的X`: a place named by the park in it. */
const IN_WHICH = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?(?:所在|所处|所属)的/;

/** The park of the amount at span `i` (sentence spans [from, to)), given its project and company. */
export function parkOfAmount(ctx: LinkContext, said: SaidSoFar, i: number, from: number, to: number, project: LinkSpan | undefined, company: LinkSpan | undefined, topic: Topic): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const inSentence = parkInSentence(ctx, said, i, from, to);
  if (inSentence !== undefined) return inSentence ?? undefined;
  const byKind = parkByKind(ctx, amount, ctx.leadOf(amount)) ?? parkByBareKind(ctx, amount);
  if (byKind) return byKind;
  if (project) {
    const where = said.projectPark.get(project.name) ?? ctx.parks.insideName(project);
    if (where !== undefined) return where ?? undefined;
  }
  if (company) {
    const where = said.companyPark.get(company.name);
    if (where !== undefined) return where ?? undefined;
  }
  const park = topic.park ?? statedJustBefore(ctx, said, amount) ?? ctx.parks.sectionParkAt(amount.paragraph) ?? describedSubject(ctx, amount) ?? parkByKindJustBefore(ctx, amount);
  if (park) return park;
  // An article about one park: its totals are the park's figures, its items its projects' money.
  // `C是一家…集团,2018年营业收入近X`: a company's results for a year are the whole group's, not its project's in the park.
  if (company && !project && amount.entity.role === 'revenue' && COMPANY_YEAR_RESULTS.test(ctx.leadOf(amount))) return undefined;
  return onlyPark(ctx);
}

/** A year's turnover right before the amount (`2018年营业收入近`, `2019年度实现销售收入`). */
const COMPANY_YEAR_RESULTS = /(?:19|20)[0-9]{2}年度?(?:实现|完成)?(?:营业收入|营收|销售收入|主营业务收入)[^,;。]{0,3}$/;

/**
 * The park the sentence ties the amount to: undefined when it says nothing, null when it
 * puts the money somewhere that is not a park we know (then no park is linked).
 */
function parkInSentence(ctx: LinkContext, said: SaidSoFar, i: number, from: number, to: number): LinkSpan | null | undefined {
  const amount = ctx.spans[i];
  const settled = settlesInOwnClause(ctx, i, to);
  if (settled !== undefined) return settled;
  let candidate: LinkSpan | undefined;
  /** Does the sentence name another park before the amount than the nearest one? */
  let otherPark = false;
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || describes(ctx, j)) continue;
    if (candidate) otherPark ||= span.name !== candidate.name;
    else candidate = span;
  }
  // `K所在的吉安市…`: the place K is in is the subject, and its money is not K's.
  if (candidate && IN_WHICH.test(ctx.structure.after(candidate.entity.end, 16))) return null;
  if (candidate && parkTied(ctx, said, candidate)) {
    const gap = ctx.structure.gap(candidate.entity.end, amount.entity.start);
    // `入驻K 8个,总投资X,入驻Q城区…项目2个,总投资Y`: a later move into a place that is no park takes Y there.
    if (gap !== undefined && movedElsewhere(ctx, gap)) return null;
    // `来自K的客商在X投资`: where it comes from is not where the money goes.
    if (gap !== undefined && !placeSubjectIn(gap) && !(comesFrom(ctx, candidate) && ELSEWHERE.test(gap))) {
      if (!otherPark || locatedThere(ctx, candidate) || signedWith(ctx.structure, candidate) || settledIn(ctx, candidate) || projectsCountedOf(ctx, candidate)) return candidate;
      return null;
    }
  }
  const lead = ctx.leadOf(amount);
  if (placeActsBefore(ctx, i, from, wholeClauses(ctx.structure, amount, lead))) return null;
  for (let j = i + 1; j < to && j <= i + WINDOW; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span)) continue;
    if (LOCATED_BEFORE.test(ctx.structure.before(span.entity.start, 4))) return spreadOver(ctx, j) ? null : span;
  }
  const elsewhere = ELSEWHERE.exec(lead) ?? MOVED_ELSEWHERE.exec(lead);
  if (elsewhere && !ctx.parks.isParkWord(elsewhere[1])) return null;
  return undefined;
}

/**
 * A place that is no park is the subject of a clause before the amount (`…;某县签约项目5个,总投资X`),
 * not a place written inside a name (`以大湾区新型电力系统项目为例`: the project's name).
 */
function placeActsBefore(ctx: LinkContext, i: number, from: number, clauses: string): boolean {
  const at = placeSubjectAt(clauses);
  if (at < 0) return false;
  // Where the place's last character is in the text (folding keeps the lengths of Han text).
  const offset = ctx.spans[i].entity.start - clauses.length + at;
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const { start, end } = ctx.spans[j].entity;
    if (start <= offset && offset < end) return false;
  }
  return true;
}

/** A verb of settling right before the place it settles in. */
const SETTLES_BEFORE = /(?:落户|落户于|落户到|入驻|进驻|迁入|落地)\s*$/;
/** The amount's own clause, up to where it says it settles and the place after (`的C落户Q`). */
const SETTLES_IN_CLAUSE = /^[^,;:。!?]*?(?:落户|入驻|进驻|迁入)(?:于|到)?\s*([\u4e00-\u9fff]{2,8})/;
/** Words a park's article uses for the park itself, or the place the news is told from (`落户我区`). */
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
    if (gap === undefined || /[,;:。!?]/.test(gap)) break;
    if (SETTLES_BEFORE.test(gap)) return span;
  }
  const place = settles[1];
  return SELF_PLACE.test(place) || ctx.parks.isParkWord(place) ? undefined : null;
}

/** A move into a place we did not recognise as a park (`入驻主城区`) in `gap`. */
function movedElsewhere(ctx: LinkContext, gap: string): boolean {
  const moved = MOVED_ELSEWHERE.exec(gap);
  return moved !== null && !ctx.parks.isParkWord(moved[1]);
}

/** `K是一个集…于一体的规模化产业园区`: a park word after 是 describes the park before it, no other park. */
function describes(ctx: LinkContext, j: number): boolean {
  const prev = ctx.spans[j - 1];
  if (prev === undefined || prev.entity.label !== 'PARK' || prev.sentence !== ctx.spans[j].sentence) return false;
  return COPULA_CHARS.includes(ctx.structure.text.charAt(prev.entity.end)) && ctx.joinedBy(j, DESCRIPTION_GAP);
}

/** `分别在A和B`: the park at span `j` is one of several the money is spread over. */
function spreadOver(ctx: LinkContext, j: number): boolean {
  const park = ctx.spans[j];
  if (SPREAD_BEFORE.test(ctx.structure.before(park.entity.start, 6))) return true;
  const next = ctx.spans[j + 1];
  return next !== undefined && next.entity.label === 'PARK' && next.sentence === park.sentence && ctx.joinedBy(j + 1, PARK_AND_PARK);
}

/** `在K`, `位于K`, `为K`: the park is where the money goes. */
export function locatedThere(ctx: LinkContext, park: LinkSpan): boolean {
  const before = ctx.structure.before(park.entity.start, 4);
  return LOCATED_BEFORE.test(before) || /为\s*$/.test(before) || LOCATED_IN_PROVINCE.test(ctx.structure.before(park.entity.start, 14));
}

/**
 * `建立“K”,首批六大项目率先入驻`: the clause right after the park says projects or firms move in,
 * with no place of their own (the verb ends its clause): they move into K.
 */
const SETTLED_AFTER = /^[”"」』]?\s*[,，]\s*[^,，。;；:：]{0,12}(?:项目|企业|公司)[^,，。;；:：]{0,4}(?:入驻|进驻|落户|入园)\s*(?:[,，。;；]|$)/;

/** `K,首批项目率先入驻`: K is where the projects of the sentence go. */
export function settledIn(ctx: LinkContext, park: LinkSpan): boolean {
  return SETTLED_AFTER.test(foldedText(ctx.structure.after(park.entity.end, 24)));
}

/** `项目12个` right after a park: the park's projects, counted. */
const PROJECTS_COUNTED_AFTER = /^\s*(?:的)?项目\s*[0-9一二三四五六七八九十]{1,4}\s*[个项]/;

/** `A等K项目12个,总投资X`: the projects of K are counted, and the sum after is theirs. */
function projectsCountedOf(ctx: LinkContext, park: LinkSpan): boolean {
  return PROJECTS_COUNTED_AFTER.test(foldedText(ctx.structure.after(park.entity.end, 10)));
}

/** `第一名是来自K的X`: the project or company written after is the park's. */
export function comesFrom(ctx: LinkContext, park: LinkSpan): boolean {
  return /来自\s*$/.test(ctx.structure.before(park.entity.start, 3)) && ctx.structure.after(park.entity.end, 1) === '的';
}

/** A park that acts in its clause: where the money goes, or the clause's subject (`K签约项目N个`). */
function parkTied(ctx: LinkContext, said: SaidSoFar, park: LinkSpan): boolean {
  if (locatedThere(ctx, park) || said.parksOfProjects.has(park) || signedWith(ctx.structure, park) || comesFrom(ctx, park) || settledIn(ctx, park)) return true;
  if (projectsCountedOf(ctx, park)) return true;
  return ctx.beginsClause(park);
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
  // The span before the amount's sentence must be of the stated sentence: nothing named between.
  let j = amount.pos - 1;
  while (j >= 0 && j >= amount.pos - WINDOW && ctx.spans[j].sentence === amount.sentence) j--;
  if (j < 0 || ctx.spans[j].sentence !== stated.sentence) return undefined;
  const between = ctx.structure.sentenceStart(stated.sentence + 1);
  const start = ctx.structure.sentenceStart(amount.sentence);
  if (start - between > MAX_NAMELESS_CLAUSES) return undefined;
  for (const stop of FULL_STOPS) if (ctx.structure.holds(stop, between, start)) return undefined;
  return stated.park;
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

/**
 * An article about one park (guidelines: its projects' money goes to that park even where a
 * sentence does not name it): the article names one park only, in any form, and its opening
 * has that park as the subject of one of its clauses (`今年以来，K签约项目…`). Read once.
 */
function onlyPark(ctx: LinkContext): LinkSpan | undefined {
  if (ctx.articlePark === undefined) ctx.articlePark = readOnlyPark(ctx) ?? null;
  return ctx.articlePark ?? undefined;
}

function readOnlyPark(ctx: LinkContext): LinkSpan | undefined {
  // `某县：…` heading a section: the article covers places besides its park.
  if (ctx.parks.placeSection) return undefined;
  const opening = openingParagraph(ctx);
  const titleKind = titleKindWord(ctx);
  let first: LinkSpan | undefined;
  let subject = false;
  let moneyBefore: LinkSpan | undefined;
  for (const span of ctx.spans) {
    // Money stated before the park is named: the article does not open with the park, unless the
    // sentence goes on to name it (`投资50亿元在K兴建…`, checked at the park), or the title names
    // the park by its kind word before its money (`经开区22个项目集中签约,合同投资额X`).
    if (!first && span.entity.label === 'MONEY') moneyBefore ??= span;
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || isByline(ctx, span.paragraph)) continue;
    // `某某市产业园区`: the city's parks as a whole, not one park the article is about.
    if (CITY_PARKS.test(span.name)) return undefined;
    if (!first) {
      const titled = titleKind !== undefined && ofKind(span, titleKind);
      if (moneyBefore && moneyBefore.sentence !== span.sentence && !(titled && moneyBefore.paragraph === ctx.parks.titleParagraph)) return undefined;
      first = span;
    }
    // Another park (not a longer or shorter form of the first, nor its other name in brackets): the text
    // must say which one, unless the first is a zone and this one an industry park or base, which lies
    // inside it or is a project.
    else if (!sameOrInside(ctx, first, span)) return undefined;
    // The subject of a clause of the opening, though not of its first mention (`为了确保K经济发展,K把
    // 今年定为…`), the park a company signs with (`C与K签订协议`), or where the article's event is held
    // (`签约仪式在K举行`), or the park the news is told by (`记者从K了解到`).
    if (!subject && span.paragraph <= opening) subject = ctx.beginsClause(span) || signedWith(ctx.structure, span) || heldIn(ctx.structure, span) || toldBy(ctx.structure, span) || placesIn(ctx, span);
  }
  if (!first) return undefined;
  // A title that opens with the park's kind word (`经开区…`) is about the one park of that kind.
  if (titleKind && ofKind(first, titleKind)) return first;
  if (first.paragraph > opening) return undefined;
  return subject ? first : undefined;
}

/** Is the park of that kind (`青松湖经济技术开发区` for `经开区`, a sub-zone of it too)? */
function ofKind(park: LinkSpan, kind: string): boolean {
  return KIND_ENDINGS[kind].some((end) => park.name.includes(end));
}

/** The second park `span` is the first one, written longer, shorter or in brackets after it, or an industry park inside that zone. */
function sameOrInside(ctx: LinkContext, first: LinkSpan, span: LinkSpan): boolean {
  if (first.name.includes(span.name) || span.name.includes(first.name)) return true;
  if (span.pos === first.pos + 1 && BRACKETED_AFTER.test(ctx.structure.gap(first.entity.end, span.entity.start) ?? '')) return true;
  return areaInZone(first, span) && !joinedTo(ctx, first, span);
}

/** `K(滨江)(K的全称)`: the park's other name in brackets right after it (a place in brackets before it at most). */
const BRACKETED_AFTER = /^\s*(?:\([^()]{1,6}\)\s*)?\(\s*$/;

/** The bare kind word a title opens with (`经开区新旧动能转换…`, `好消息!经济开发区…`), or undefined. */
function titleKindWord(ctx: LinkContext): string | undefined {
  const title = ctx.parks.titleParagraph;
  if (title < 0) return undefined;
  const { start, end } = ctx.structure.paragraph(title);
  const head = ctx.structure.gap(start, Math.min(end, start + TITLE_KIND_REACH)) ?? '';
  return TITLE_KIND.exec(head)?.[1];
}

/** How far into the title its kind word may start (UTF-16 units): after a short exclamation at most. */
const TITLE_KIND_REACH = 12;
const TITLE_KIND = /^\s*(?:[\u4e00-\u9fff]{1,3}[!:]\s*)?(新区|经开区|高新区|经济技术开发区|经济开发区|开发区)/;

/** `位于K的P项目`: the opening places its project in the park (`在K的C工地上` only sets a scene). */
const PLACED_BEFORE = /(?:位于|坐落于|地处|落户)\s*$/;
/** `在K内兴建`, `在K投资`: the opening's money is put in the park. */
const BUILT_IN_AFTER = /^\s*(?:内|投资|兴建|建设|新建|扩建)/;

function placesIn(ctx: LinkContext, park: LinkSpan): boolean {
  const before = ctx.structure.before(park.entity.start, 3);
  if (PLACED_BEFORE.test(before)) return true;
  return /在\s*$/.test(before) && BUILT_IN_AFTER.test(ctx.structure.after(park.entity.end, 3));
}

/** Zone and area park endings (parkSuffixes.ts), to tell an administrative zone from an industry park. */
const ZONE_ENDING = new RegExp(`(?:${ZONE_SUFFIXES.join('|')})$`);
const AREA_ENDING = new RegExp(`(?:${AREA_SUFFIXES.join('|')})$`);

/** `K与L联合举办`: two parks sharing the subject, neither the article's alone. */
function joinedTo(ctx: LinkContext, first: LinkSpan, span: LinkSpan): boolean {
  return PARK_AND_PARK.test(ctx.structure.gap(first.entity.end, span.entity.start) ?? '');
}

/** `K经开区` then `某某新材料产业园`: an article about a zone names the industry parks and bases within it. */
function areaInZone(zone: LinkSpan, area: LinkSpan): boolean {
  return AREA_ENDING.test(area.name) && ZONE_ENDING.test(zone.name) && !AREA_ENDING.test(zone.name);
}

/** The last paragraph of the article's opening: the lead after a title line (and after a byline under it), or the first paragraph of a text without one. */
function openingParagraph(ctx: LinkContext): number {
  const title = ctx.parks.titleParagraph;
  if (title < 0 || !isTitleLine(ctx, title)) return title;
  let lead = title + 1;
  while (lead + 1 < ctx.structure.paragraphCount && (isBlank(ctx, lead) || isByline(ctx, lead))) lead++;
  return lead;
}

/** How long a title with an exclamation in it may be (UTF-16 units); a lead is longer. */
const MAX_TITLE = 40;

/** A title line: a heading, or a short line with no full stop (`给力!某某开发区项目集中开工`). */
function isTitleLine(ctx: LinkContext, title: number): boolean {
  if (ctx.structure.isHeading(title, false)) return true;
  const { start, end } = ctx.structure.paragraph(title);
  const line = ctx.structure.gap(start, end);
  return line !== undefined && line.trim().length <= MAX_TITLE && !line.includes('。');
}

/** A site's byline under the title: who wrote it, its source, its date (`作者:某某 来源:某某`). */
const BYLINE = /(?:作者|来源|发布时间|更新时间|发布日期|责任编辑|浏览次数)\s*[:：]/;

function isBlank(ctx: LinkContext, paragraph: number): boolean {
  const { start, end } = ctx.structure.paragraph(paragraph);
  return ctx.structure.gap(start, end)?.trim() === '';
}

function isByline(ctx: LinkContext, paragraph: number): boolean {
  const { start, end } = ctx.structure.paragraph(paragraph);
  const line = ctx.structure.gap(start, end);
  return line !== undefined && BYLINE.test(line) && !line.includes('。');
}
