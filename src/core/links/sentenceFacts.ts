// What a sentence states before its amounts are linked, for links (links.ts): where its projects
// and companies are (`位于K的A、B项目`, `P落户K`, `C在K投资`), whose project a signing is for, the
// agreement it names, and the park it makes the paragraph's topic. Recorded in SaidSoFar (or the
// topic), which the rules of this and later sentences read.
import type { LinkSpan } from './linkNames';
import { spanFact } from './articleReadings';
import { isTimeOrConnective, SIGNING_AFTER, signedWith, WITH_SIGNER } from './linkClauses';
import { WINDOW, type LinkContext, type SaidSoFar } from './linkContext';
import type { Topic } from './linkTopic';
import { comesFrom, ELSEWHERE, locatedThere, settledIn } from './parkOfAmount';
import { AT_BEFORE, writtenRightAfter } from './onlyPark';
import { companyRightBefore, readBuiltBy } from './companyOfProject';

/** Before a park a company is placed in: `位于K的C`, `落户K的C`. */
const PLACED_BEFORE = /(?:位于|落户|落户于|地处|入驻|进驻)\s*$/;
/** Longest list of projects read after a park (`位于K的A、B、C…项目`). */
const MAX_LIST = 32;
const PARK_THEN_PROJECTS = /^的[^,;:。的了]{0,8}$/;
const LIST_SEPARATOR = /^\s*(?:、|和|及|以及|与)\s*[^,;:。]{0,12}$/;
const PROJECT_LOCATED = /^\s*(?:顺利|正式|成功|将|已|拟)?\s*(?:签约)?\s*(?:落户|位于|落地|入驻|进驻|选址|建在|在)\s*$/;
/** `P由某镇人民政府引进,落户于K`: who brought the project in, then where it settles. */
const BROUGHT_IN_THEN_LOCATED = /^\s*由[^,;:。]{2,16}?(?:引进|引入|招引|引荐)\s*[,，]?\s*(?:并|已|后)?\s*(?:落户|落户于|落地|入驻|进驻|选址)\s*$/;
/** `P是省市重点项目,位于K`: the project described as one, then where it lies. */
const DESCRIBED_THEN_LOCATED = /^\s*(?:是|系)[^,;:。]{0,20}项目\s*,\s*(?:位于|落户于?|坐落于|选址于?)\s*$/;
/** `落户K的项目有:` (K's list of projects follows): before K and after it. */
const LIST_PARK_BEFORE = /(?:落户|落地|入驻|进驻|签约落户)\s*$/;
const LIST_PARK_AFTER = /^的[^,;:。]{0,8}?项目(?:有|为|是|包括|分别为|分别是|主要有)/;
/** The last characters of LIST_PARK_BEFORE as written (simplified or Traditional), for a cheap test first. */
const LIST_PARK_LAST = '户戶地驻駐';
/** `在K举行的P项目开工仪式`: a project's own ceremony, held in the park it is built in. */
const CEREMONY_HELD = /^\s*(?:举行|举办|召开)的\s*$/;
const OWN_CEREMONY = /^[^,;:。]{0,8}?(?:开工|封顶|奠基|竣工|投产|落成|揭牌)(?:仪式|典礼)/;
/** `《P项目投资协议》`: a project named in the title of an agreement. */
const AGREEMENT_TITLE = /^(?:投资|合作|入驻|建设|框架|招商)?(?:协议|合同)书?["》」”]/;
/** A park that signs (`K管委会签订了`), right after its name. */
const PARK_SIGNS_AFTER = /^(?:管理委员会|管委会|管理局)?\s*(?:签订|签署|签约)/;
/** What closes an agreement's title, as written (their units: read in place, no character copied). */
const TITLE_CLOSERS = [...'》」”"'].map((closer) => closer.charCodeAt(0));
/** `P项目是K…的`: a project said to be a park's own. */
const COPULA_GAP = /^\s*(?:是|系)\s*$/;
const PARK_OWNS_AFTER = /^(?:[^,;:。的]{0,6})的/;
/** After a park: `与C签约`, the park signs for the project, which lands in it. */
const SIGNS_WITH = /^\s*(?:与|和|同)[^,;。]{2,20}?(?:签约|签订|签署)/;
/** After `在K`: the money is put there (not a ceremony held there). */
const MONEY_PLACE_AFTER = /^[^,;。]{0,6}(?:投资|建设|设立|成立|兴建|落户|扩建|新建|开工|开建|注册|建厂)/;

/** After `在K`: an event held there (`在K举行重大项目开工仪式`), before any verb putting money there. */
const HELD_THERE_AFTER = /^[^,;。]{0,4}?(?:举行|举办|召开)/;
/** Between the park holding an event and its venue: `在` alone. */
const HOST_GAP = /^\s*在\s*$/;

/**
 * `K1在K2举行重大项目开工仪式`: K2 (span `j`) only hosts the ceremony of the park K1 right before it, where the projects'
 * money need not go; the verb after `举行` names the event, not money put in K2 (K1, the sentence's subject, states the
 * event's sums). A company's own ceremony (`C在K举行开工仪式,宣布投资X`) still puts its money in K.
 */
function ceremonyHeldThere(ctx: LinkContext, j: number, after: string): boolean {
  const host = ctx.spans[j - 1];
  if (!HELD_THERE_AFTER.test(after)) return false;
  return host !== undefined && host.entity.label === 'PARK' && host.sentence === ctx.spans[j].sentence && ctx.joinedBy(j, HOST_GAP);
}

/**
 * Locations said in the sentence: `位于K的A、B项目`, `P落户K`, `C在K投资`; the agreement it names
 * (`《P项目投资协议》`). Returns the park a list of its projects settles in (`落户K的项目有:`).
 */
export function readLocations(ctx: LinkContext, said: SaidSoFar, from: number, to: number): LinkSpan | undefined {
  let listPark: LinkSpan | undefined;
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    const next = ctx.spans[j + 1];
    if (span.entity.label === 'PARK' && !listPark && listsProjects(ctx, span)) listPark = span;
    if (span.entity.label === 'PROJECT' && span.named) {
      readAgreement(ctx, said, j, from);
      readOwnedBy(ctx, said, span);
    }
    if (span.entity.label === 'PARK' && !ctx.parks.projectNamed(span) && next && j + 1 < to) {
      // `位于K的C`: the company placed in the park, for its amounts in later sentences.
      if (next.entity.label === 'COMPANY' && next.named && companyPlacedIn(ctx, span, next)) said.companyPark.set(next.name, span);
      if (next.entity.label === 'PARK' && areaPlacedIn(ctx, j, from)) said.zoneOfArea.set(next.name, span);
      // Without a project right after the park, there is no list to read.
      const first = ctx.asProject(next);
      if (!first) continue;
      const gap = ctx.structure.gap(span.entity.end, next.entity.start);
      if (gap !== undefined && ownCeremonyIn(ctx, span, gap, next)) said.projectPark.set(first.name, span);
      if (gap === undefined || !PARK_THEN_PROJECTS.test(gap)) continue;
      readProjectsOfPark(ctx, said, j, to);
    } else if (next && j + 1 < to && next.entity.label === 'PARK' && !ctx.parks.projectNamed(next)) {
      const project = ctx.asProject(span);
      // Only a project or a company is placed in the park after it.
      if (!project && span.entity.label !== 'COMPANY') continue;
      const gap = ctx.structure.gap(span.entity.end, next.entity.start);
      if (gap === undefined || !(PROJECT_LOCATED.test(gap) || BROUGHT_IN_THEN_LOCATED.test(gap) || DESCRIBED_THEN_LOCATED.test(gap) || parksOwnProject(ctx, gap, next))) continue;
      const park = innermostPark(ctx, j + 1, to);
      if (project) said.projectPark.set(project.name, park);
      else if (span.entity.label === 'COMPANY') said.companyPark.set(span.name, park);
    }
    if (span.entity.label === 'COMPANY' && span.named) {
      readSignsFor(ctx, said, j, to);
      readBuiltBy(ctx, said, j, from);
    }
    if (span.entity.label === 'COMPANY') {
      const after = ctx.structure.after(span.entity.end, 16);
      const elsewhere = ELSEWHERE.exec(after);
      if (elsewhere && elsewhere.index <= 2 && !ctx.parks.isParkWord(elsewhere[1])) said.companyPark.set(span.name, null);
    }
  }
  return listPark;
}

/**
 * `P在某某经开区K建设`: the park written right after the zone it lies in is where the project is built
 * (guidelines: the park where the project is built), the innermost of the parks written together.
 */
function innermostPark(ctx: LinkContext, j: number, to: number): LinkSpan {
  let k = j;
  while (k + 1 < to && ctx.spans[k + 1].entity.label === 'PARK' && writtenRightAfter(ctx, ctx.spans[k], ctx.spans[k + 1]) && !ctx.parks.projectNamed(ctx.spans[k + 1])) k++;
  return ctx.spans[k];
}

/** `位于K的C`, `落户K的C`: the company right after the park, placed there (`在K`, a ceremony's place, is not). */
function companyPlacedIn(ctx: LinkContext, park: LinkSpan, company: LinkSpan): boolean {
  return ctx.structure.gap(park.entity.end, company.entity.start) === '的' && PLACED_BEFORE.test(ctx.structure.before(park.entity.start, 4));
}

/**
 * `位于K1K2的A产业园`: an industry park written after the park it lies in (the innermost of the parks
 * written there, K2) counts for that park, as a project built there does (guidelines: the park where
 * the project is built). Only an area park (not a zone) right after `的`.
 */
function areaPlacedIn(ctx: LinkContext, j: number, from: number): boolean {
  const park = ctx.spans[j];
  const area = ctx.spans[j + 1];
  if (area.name.endsWith('区') || ctx.parks.projectNamed(area) || ctx.structure.gap(park.entity.end, area.entity.start) !== '的') return false;
  let k = j;
  while (k > from && ctx.spans[k - 1].entity.label === 'PARK' && ctx.spans[k - 1].entity.end === ctx.spans[k].entity.start) k--;
  return PLACED_BEFORE.test(ctx.structure.before(ctx.spans[k].entity.start, 4));
}

/** `K的A、B、C项目`: the projects listed after the park at span `j` are in it. */
function readProjectsOfPark(ctx: LinkContext, said: SaidSoFar, j: number, to: number): void {
  const park = ctx.spans[j];
  for (let k = j + 1; k < to && k <= j + MAX_LIST; k++) {
    const project = ctx.asProject(ctx.spans[k]);
    if (!project) break;
    said.projectPark.set(project.name, park);
    said.parksOfProjects.add(park);
    const following = ctx.spans[k + 1];
    const between = following && ctx.structure.gap(ctx.spans[k].entity.end, following.entity.start);
    if (!following || between === undefined || !LIST_SEPARATOR.test(between)) break;
  }
}

/**
 * `落户K的项目有:A、B…`: the park a list of projects settles in holds for the amounts of the
 * list and for the rest of the paragraph (its totals).
 */
function listsProjects(ctx: LinkContext, park: LinkSpan): boolean {
  if (!LIST_PARK_LAST.includes(ctx.structure.text.charAt(park.entity.start - 1)) || ctx.parks.projectNamed(park)) return false;
  return LIST_PARK_BEFORE.test(ctx.structure.before(park.entity.start, 6)) && LIST_PARK_AFTER.test(ctx.structure.after(park.entity.end, 16));
}

/** `K管委会签订了《P项目投资协议》`: the agreement named with the project at span `j`, for a paragraph that goes on about it. */
function readAgreement(ctx: LinkContext, said: SaidSoFar, j: number, from: number): void {
  const project = ctx.spans[j];
  if (!closesTitleSoon(ctx, project.entity.end) || !AGREEMENT_TITLE.test(ctx.structure.after(project.entity.end, 8))) return;
  let park: LinkSpan | undefined;
  for (let k = j - 1; k >= from && k >= j - WINDOW && !park; k--) {
    const span = ctx.spans[k];
    if (span.entity.label === 'PARK' && PARK_SIGNS_AFTER.test(ctx.structure.after(span.entity.end, 10))) park = said.zoneOf(span);
  }
  said.agreement = { paragraph: project.paragraph, project, park };
}

/** A closing title mark within a few units (a bounded look, nothing copied). */
function closesTitleSoon(ctx: LinkContext, offset: number): boolean {
  const text = ctx.structure.text;
  const end = Math.min(offset + 8, text.length);
  for (let i = offset; i < end; i++) if (TITLE_CLOSERS.includes(text.charCodeAt(i))) return true;
  return false;
}

/** `在K举行的P项目开工仪式`: the project's own ceremony, held in the park it is built in. */
function ownCeremonyIn(ctx: LinkContext, park: LinkSpan, gap: string, project: LinkSpan): boolean {
  return CEREMONY_HELD.test(gap) && AT_BEFORE.test(ctx.structure.before(park.entity.start, 2)) && OWN_CEREMONY.test(ctx.structure.after(project.entity.end, 16));
}

/** `C就P`: what the company signs for. */
const FOR_GAP = /^\s*就\s*$/;

/** `与C就P项目签订入驻协议`: the company that signs for a project is its company. */
function readSignsFor(ctx: LinkContext, said: SaidSoFar, j: number, to: number): void {
  const company = ctx.spans[j];
  const project = j + 1 < to ? ctx.asProject(ctx.spans[j + 1]) : undefined;
  if (!project || !WITH_SIGNER.test(ctx.structure.before(company.entity.start, 2))) return;
  const gap = ctx.structure.gap(company.entity.end, project.entity.start);
  if (gap !== undefined && FOR_GAP.test(gap) && SIGNING_AFTER.test(ctx.structure.after(project.entity.end, 16))) {
    said.projectCompany.set(project.name, company);
  }
}

/**
 * `台资企业C的热电联产项目近日签约。热电联产项目投资达X`: a project written right after its company
 * (`C的P项目`, `C投资的P项目`) stays that company's when it is named again without it.
 */
function readOwnedBy(ctx: LinkContext, said: SaidSoFar, project: LinkSpan): void {
  if (said.projectCompany.has(project.name)) return;
  const company = companyRightBefore(ctx, project);
  if (company) said.projectCompany.set(project.name, company);
}

/** `P项目是K重点打造的…项目`: after 是, the park whose project it is (K's, said with 的). */
function parksOwnProject(ctx: LinkContext, gap: string, park: LinkSpan): boolean {
  return COPULA_GAP.test(gap) && PARK_OWNS_AFTER.test(ctx.structure.after(park.entity.end, 10));
}

/**
 * After a sentence that places something in a park (`在K投资成立C`) or where a park signs
 * (`K与C签约`), the paragraph is about that park; an area park it places in a zone (`在K举行开工仪式…开建A基地`) counts for the zone.
 */
/**
 * `在临港产业区奉贤园区建设…`: a zone written right after the zone it lies in is where the money
 * goes, the innermost place named (guidelines: a zone inside a zone is two parks).
 */
function zoneWrittenInside(ctx: LinkContext, j: number): LinkSpan | undefined {
  const next = ctx.spans[j + 1];
  const span = ctx.spans[j];
  if (next === undefined || next.entity.label !== 'PARK' || next.entity.start !== span.entity.end) return undefined;
  return next.name.endsWith('区') ? next : undefined;
}

export function readParkTopic(ctx: LinkContext, said: SaidSoFar, from: number, to: number, topic: Topic): void {
  let zone: LinkSpan | undefined;
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span)) continue;
    if (zone && !span.name.endsWith('区') && !said.zoneOfArea.has(span.name)) said.zoneOfArea.set(span.name, zone);
    const after = ctx.structure.after(span.entity.end, 24);
    if (SIGNS_WITH.test(after) || signedWith(ctx.structure, span) || (MONEY_PLACE_AFTER.test(after) && !ceremonyHeldThere(ctx, j, after) && locatedThere(ctx, span)) || setsTheScene(ctx, span)) {
      topic.park = said.zoneOf(zoneWrittenInside(ctx, j) ?? span);
      if (span.name.endsWith('区')) zone ??= span;
    } else if (said.zoneOfArea.has(span.name) || comesFrom(ctx, span) || settledIn(ctx, span)) {
      topic.park = said.zoneOf(span);
    }
  }
}

/**
 * `今年以来,K抢抓…机遇,打响了…会战。目前,在建项目达到41个,总投资X`: a sentence without money opened
 * by a park as its subject says what the park does; the figures of the sentence right after it, with
 * no subject of their own, are that park's (read as a park's stated totals: `statedJustBefore`).
 */
const LISTED_AFTER = /^[、和及与]/;
/** People sent by a park, written right after it: they, not the park, are the subject. */
const DELEGATION_AFTER = /^(?:招商团|代表团|考察团|调研组|一行|客商)/;
/** A building's size or number right after a park (`K10万平方米标准厂房工程`): the park heads the works' name. */
const BUILDING_AFTER = /^[0-9.一二三四五六七八九十百千万]{1,8}(?:万|千)?(?:平方米|平米|㎡|号|栋|幢)/;

export function parkSubjectWithoutMoney(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  // The spans first: most sentences have an amount, and the clause tests fold windows of text.
  for (let j = from + 1; j < to; j++) if (ctx.spans[j].entity.label === 'MONEY') return undefined;
  const first = ctx.spans[from];
  return parkAsSubject(ctx, first) && ctx.beginsClause(first) ? first : undefined;
}

/**
 * `在K,`/`走进K,` opening a sentence: where what follows is seen; a time or a connective and its comma may
 * come first (`同天,在K,`), read apart.
 */
const SCENE_LEAD = /^\s*(?:([^,]{1,8}),\s*)?(?:在|走进|来到)\s*$/;
const SCENE_AFTER = /^\s*[,，]/;
/** A day or a connective before the scene (`同天`, `当日`, `5月8日`, `此外`). */
const SCENE_TIME = /^(?:[当同次翌今昨前][天日]|[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午)?|同时|此外|另外|随后|其中)$/;
/** How far into its sentence the park of a scene may start (UTF-16 units). */
const SCENE_REACH = 14;

/**
 * `在K,观摩组看到了…。项目一期总投资X`, `同天,在K,两个项目开工建设`: a sentence opened by the park as its scene
 * (`在K,` and a comma) tells what is seen there; the paragraph goes on about that park.
 */
function setsTheScene(ctx: LinkContext, park: LinkSpan): boolean {
  const start = ctx.structure.sentenceStart(park.sentence);
  if (park.entity.start - start > SCENE_REACH || !SCENE_AFTER.test(ctx.structure.after(park.entity.end, 2))) return false;
  const lead = SCENE_LEAD.exec(ctx.structure.gap(start, park.entity.start) ?? '');
  return lead !== null && (lead[1] === undefined || SCENE_TIME.test(lead[1]));
}

/** A `;` right before the sentence: a clause of the sentence before it. */
const SEMICOLON_BEFORE = /[;；]\s*$/;

/**
 * `K占地面积500亩,总投资X,…。截止目前,该物流园…。引进入驻了8家企业,…预计年营业收入Y`: a sentence opened
 * by a park as its subject (only a time or a connective before it, or where it lies: `位于某镇的K是…`; not the first of a list) makes the
 * paragraph about that park; its later money is the park's unless something nearer says otherwise.
 */
export function parkOpening(ctx: LinkContext, said: SaidSoFar, from: number): LinkSpan | undefined {
  const first = ctx.spans[from];
  if (!parkAsSubject(ctx, first) || ctx.parks.isCityWide(first)) return undefined;
  const start = ctx.structure.sentenceStart(first.sentence);
  // A clause after `;` goes on with the sentence before it (`…;K签约项目20个,…`): one of its parts.
  if (SEMICOLON_BEFORE.test(ctx.structure.before(start, 2))) return undefined;
  const lead = ctx.structure.gap(start, first.entity.start);
  // `其中:K…;L…`: K is one of the parts a sentence lists, not the paragraph's subject.
  if (lead === undefined || !isTimeOrConnective(subjectLeadOf(lead)) || lead.includes('其中')) return undefined;
  return said.zoneOf(first);
}

/** `【配音】`, `【记者】`: a broadcast script's or page's tag heading the sentence. */
const SENTENCE_TAG = /^\s*【[^】]{1,6}】/;
/** `位于某镇的K是…`: where the park lies, said before it as the subject. */
const PLACED_SUBJECT = /位于[^,;:。的]{1,10}的\s*$/;

/** What stands before a sentence's subject park once a heading tag and `位于某地的` are set aside. */
function subjectLeadOf(lead: string): string {
  // Replaced only where their words stand: a replace that finds nothing still costs a scan, per sentence.
  const untagged = lead.includes('【') ? lead.replace(SENTENCE_TAG, '') : lead;
  return untagged.includes('位于') ? untagged.replace(PLACED_SUBJECT, '') : untagged;
}

/**
 * A park span that may be its clause's subject: not a project's name, not the first of a list
 * (`分别是:A、B和C`), not the park a delegation comes from (`K招商团一行前往L`).
 */
function parkAsSubject(ctx: LinkContext, park: LinkSpan): boolean {
  return ctx.fact(PARK_AS_SUBJECT, park);
}

const PARK_AS_SUBJECT = spanFact((ctx, park) => {
  if (park.entity.label !== 'PARK' || ctx.parks.projectNamed(park)) return false;
  const after = ctx.structure.after(park.entity.end, 12);
  return !LISTED_AFTER.test(after) && !DELEGATION_AFTER.test(after) && !BUILDING_AFTER.test(after);
});
