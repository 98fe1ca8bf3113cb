// PARK, PROJECT and COMPANY spans in folded text (see docs/recognition.md).
// Companies are found first because a project name never reaches back into one
// (`江西极磁科技有限公司现代磁性材料…项目` → the project starts after 公司); a zone that is the
// project's place bounds it the same way. Overlaps left between kinds are settled by length:
// a park inside a project's name (`京东数字产业园项目`) or a company's name is not tagged apart.

import { findBrandNames } from './brandNames';
import { findCompanies } from './companies';
import { companiesNamingProjects } from './companiesNamingProjects';
import { findParks, type ParkSpan } from './parks';
import { companyTailProjectEnd, findProjects, groupFacilityProjectEnd, registeredTailProjectEnd, XIANG_UNITS, type Span } from './projects';
import { afterOpeningConnective } from './projectOpenings';
import { addAmountFacilityProjects } from './amountFacilityProjects';
import { addEstateProjects } from './areaParkProjects';
import { addFacilitiesBeforeTotal } from './facilityBeforeTotal';
import { addCompanyObjectProjects } from './companyObjectProjects';
import { listedAsProject } from './projectLists';
import { madeIntoGoal } from './parkDescriptions';
import { headsWorksName } from './parkHeadingWorks';
import { declaredAliases, NO_ALIASES, withAliasMentions, type ParkAlias } from './parkAliases';
import { keepNonOverlapping } from './overlaps';
import { anchorUnits, unitKind, type AnchorUnits } from './anchorUnits';
import { charSet, isDigit, isHan } from '../text';
import { WordMap } from '../wordMap';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { PROJECT_GENERIC } from './projectWords';

export interface NamedSpan {
  label: 'PARK' | 'PROJECT' | 'COMPANY';
  start: number;
  end: number;
}

export function findNamedEntities(folded: string): NamedSpan[] {
  return findNamedEntitiesWithAliases(folded, NO_ALIASES).spans;
}

/**
 * The named entities of one paragraph, given the short names of parks declared before it
 * (`某某开发区(简称“某开区”)`, see parkAliases.ts), and the short names in force after it.
 */
export function findNamedEntitiesWithAliases(folded: string, aliasesIn: readonly ParkAlias[], anchors: AnchorUnits = anchorUnits(folded)): { spans: NamedSpan[]; aliases: readonly ParkAlias[] } {
  const registered = findCompanies(folded, anchors);
  const companies = mergeByStart(registered, findBrandNames(folded, registered, anchors));
  // An area park listed among projects (`开工的有A产业园、…`) is that project's name, not a park, and
  // so is one written right before 专案, a project in Taiwan-style text (`某某科技城专案`). A resort (度假区) is a
  // zone the state designates, no facility: listed among projects, it stays a park as zones do.
  // A park the sentence makes something into (`将某地打造为…示范区`) is a goal, none named (parkDescriptions.ts).
  // An area park heading the name of works built in it (`某某生态园二期工程`) is that project's (parkHeadingWorks.ts).
  const found = findParks(folded, companies, anchors).filter((p) => (p.zone || folded.startsWith(RESORT, p.end - RESORT.length) || !(listedAsProject(folded, p.start, p.end) || folded.startsWith(ZHUAN_AN, p.end))) && !madeIntoGoal(folded, p.start, p.end) && (p.zone || !headsWorksName(folded, p.end)));
  // Cheap anchor checks first: a declaration follows a park found here, and needs 简称 in the paragraph.
  const aliases = found.length > 0 && anchors.holds(JIAN_UNITS, '简称') ? declaredAliases(folded, found, aliasesIn) : aliasesIn;
  const parks = aliases.length === 0 ? found : withAliasMentions(folded, found, aliases);
  return { spans: namedSpans(folded, companies, parks, anchors), aliases };
}

/** A resort zone's suffix (`某某旅游度假区`). */
const RESORT = '度假区';

/** The 简 of a park's short name declared (`简称`). */
const JIAN_UNITS = unitKind('简');

function namedSpans(folded: string, companies: Span[], parks: ParkSpan[], anchors: AnchorUnits): NamedSpan[] {
  // Only the zone itself bounds a project: `九江经开区汽车零部件产业园标准厂房项目` is a project at the zone.
  const zones: Span[] = [];
  for (const p of parks) if (p.zone) zones.push({ start: p.start, end: p.zoneEnd ?? p.end });
  const barriers: Span[] = zones.length === 0 ? companies : mergeByStart(companies, zones);
  const projects = splitAtAreaParks(folded, barriers, parks, findProjects(folded, barriers, anchors), anchors);
  openProjectsWithGroups(folded, companies, projects);
  // These three end a project at a 项目 a few units after a company or a zone: a paragraph without one has none of them.
  if (anchors.holds(XIANG_UNITS, ANCHOR)) {
    addGroupFacilityProjects(folded, companies, projects);
    addRegisteredCompanyProjects(folded, companies, projects);
    addZoneFacilityProjects(folded, parks, projects);
  }
  addEstateProjects(folded, parks, projects);
  addAmountFacilityProjects(folded, anchors, projects, parks, companies);
  addFacilitiesBeforeTotal(folded, projects, parks, companies);
  // `某某有限公司在某市投资某某材料项目`: a company's verb of investing or signing names the words up to 项目 one project.
  if (companies.length > 0 && anchors.holds(XIANG_UNITS, ANCHOR)) addCompanyObjectProjects(folded, companies, projects, parks);
  trimSubZonesAtProjects(parks, projects);
  // `某某达龙门…项目` … `发挥某某达在…`: the head of a project's name written on its own is its company's brand.
  const named = projects.length === 0 ? companies : mergeByStart(companies, companiesNamingProjects(folded, projects, () => mergeByStart(mergeByStart(companies, parks), projects)));
  if (projects.length + named.length + parks.length === 0) return [];
  return resolveOverlaps(labelled('PROJECT', projects), labelled('COMPANY', named), labelled('PARK', parks));
}

/**
 * The spans under one label, in an array built by push: an empty array from `map` is of another
 * kind to V8 than a filled one, and the merge below met both, deoptimising it (and this function).
 */
function labelled(label: NamedSpan['label'], spans: readonly Span[]): NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const s of spans) out.push({ label, start: s.start, end: s.end });
  return out;
}

/**
 * A group's short name written straight before a project's name opens it (`某某集团年产10万吨…项目`):
 * one PROJECT, and the overlap rule then drops the company. A registered name (有限公司, 股份公司)
 * stays a COMPANY of its own before the project (guidelines). Both lists are in text order: one pass.
 */
function openProjectsWithGroups(text: string, companies: readonly Span[], projects: Span[]): void {
  let j = 0;
  for (const company of companies) {
    while (j < projects.length && projects[j].start < company.end) j++;
    if (j === projects.length) return;
    // `开工仪式暨某某集团…项目`: the company's scan may have taken the connective before the group.
    if (projects[j].start === company.end && isShortGroupName(text, company) && !companyBeforeQuantity(text, company)) projects[j].start = afterOpeningConnective(text, company.start, projects[j].end);
  }
}

/**
 * `某某城建公司12.4万平方米商住楼项目`: a company's bare `公司` right before a figure (a floor area, a capacity) ends the
 * company's name, and the project's opens with the figure: two spans, as after a registered name. A group keeps
 * opening the project (`某某集团年产10万吨…项目`: one PROJECT).
 */
function companyBeforeQuantity(text: string, company: Span): boolean {
  return text.startsWith('公司', company.end - 2) && isDigit(text.charCodeAt(company.end));
}

/**
 * A group's short name before generic words for a facility (`某某集团智慧制造园区项目`) or right before
 * `项目` (`某某集团项目`), or a short company name before what it builds (`某某公司生物医药项目`): it names
 * the project, so it is one PROJECT (the tail alone was dropped as generic). Only where no project starts at the group's end; both lists in text order,
 * one pass.
 */
function addGroupFacilityProjects(text: string, companies: readonly Span[], projects: Span[]): void {
  let j = 0;
  for (const company of companies) {
    while (j < projects.length && projects[j].start < company.end) j++;
    if (j < projects.length && projects[j].start === company.end) continue;
    if (!isShortGroupName(text, company)) continue;
    const end = companyProjectEnd(text, company.end);
    if (end < 0 || (j < projects.length && projects[j].start < end)) continue;
    // `开工仪式暨某某集团…项目`: the company's scan may have taken the connective before the group.
    projects.splice(j, 0, { start: afterOpeningConnective(text, company.start, end), end });
    j++;
  }
}

/**
 * `某某科技有限公司二期建设项目`, `某某制药有限公司厂房设备升级改造项目`: a registered name written straight before
 * generic words for its works names their project: the words are the PROJECT, the name its COMPANY (guidelines: a full
 * registered name before a project's name is two spans), though the words alone are generic (findProjects dropped
 * them). Not a rank or a count at 项目 (`某某有限公司重点项目`). Only where no project starts at the name's end; both
 * lists in text order, one pass.
 */
function addRegisteredCompanyProjects(text: string, companies: readonly Span[], projects: Span[]): void {
  let j = 0;
  for (const company of companies) {
    while (j < projects.length && projects[j].start < company.end) j++;
    if ((j < projects.length && projects[j].start === company.end) || !REGISTERED_FORMS.longestEndingAt(text, company.end, company.start)) continue;
    const own = listedCompanyProjectEnd(text, company);
    const end = own >= 0 ? own : registeredTailProjectEnd(text, company.end, company.start);
    if (end < 0 || (j < projects.length && projects[j].start < end)) continue;
    projects.splice(j, 0, { start: own >= 0 ? company.start : company.end, end });
    j++;
  }
}

/** The legal forms of a registered name (a short `某某公司` or `某某集团` opens its project instead). */
const REGISTERED_FORMS = WordMap.of(['有限公司', '有限责任公司', '股份公司']);

/**
 * End of the project a short company name opens, or -1: `某某集团项目正式开工` (the group's own project,
 * named by the group alone), `某某集团智慧制造园区项目`, and `某某公司生物医药项目` (a company and what it
 * builds: the tail alone is a category or a trade, with the company it names one project).
 */
function companyProjectEnd(text: string, from: number): number {
  const tail = companyTailProjectEnd(text, from);
  if (tail >= 0) return tail;
  if (!text.startsWith('集团', from - 2)) return -1;
  return text.startsWith('项目', from) ? ownProjectOfCompany(text, from) : groupFacilityProjectEnd(text, from);
}

/**
 * End of the project a company's name right before `项目` at `from` names alone (`某某集团项目`), or -1 when a post or
 * an office of the project follows (`某某集团项目负责人`, `某某集团项目部`): a person or a team, no project.
 */
function ownProjectOfCompany(text: string, from: number): number {
  return PROJECT_POSTS.longestStartingAt(text, from + 2) > 0 ? -1 : from + 2;
}

/**
 * `A项目;某某精工有限公司项目;B项目`: a registered name right before `项目`, as an item of a list whose item before it
 * is a named project, is that item's whole name, a project as its siblings are. Elsewhere (`某某有限公司项目总投资…`)
 * the gold sets read it either way (the name as the COMPANY alone, or the whole as a PROJECT), and the guidelines
 * leave it open: it stays the company's.
 */
function listedCompanyProjectEnd(text: string, company: Span): number {
  if (!text.startsWith('项目', company.end) || !LIST_SEPARATORS.has(text.charCodeAt(company.start - 1)) || !text.startsWith('项目', company.start - 3)) return -1;
  return ownProjectOfCompany(text, company.end);
}

const LIST_SEPARATORS = charSet('、;；');

/** What follows `项目` to make a post or an office of the project, not the project (`项目负责人`, `项目部`). */
const PROJECT_POSTS = WordMap.of(['负责人', '经理', '总监', '主管', '部', '办', '组', '团队', '人员', '代表', '方']);

/**
 * A zone's name before generic words for a facility (`某某产业集聚区专业园区项目`, `某某高新区综合产业园项目`):
 * the tail alone is no name (findProjects dropped it), so the zone names the project, which is one
 * PROJECT (the overlap rule then drops the PARK inside it: guidelines, a park inside a project's
 * name is not tagged apart). Only where no project starts at the zone's end; both lists in text order.
 */
function addZoneFacilityProjects(text: string, parks: readonly ParkSpan[], projects: Span[]): void {
  let j = 0;
  for (const park of parks) {
    if (!park.zone || park.zoneEnd !== undefined) continue;
    while (j < projects.length && projects[j].start < park.end) j++;
    if (j < projects.length && projects[j].start === park.end) continue;
    const end = groupFacilityProjectEnd(text, park.end);
    if (end < 0 || (j < projects.length && projects[j].start < end)) continue;
    projects.splice(j, 0, { start: park.start, end });
    j++;
  }
}

/**
 * An area park heading a project's name (`某某科技城某某大学建设项目`, `某某产业园年产5万吨某某项目`) is part of that
 * name: one PROJECT (guidelines: a park inside a project's name is not tagged apart; the gold of five fix rounds
 * agrees). Only a name the scan's length cap started inside the park (`某某产业城|某某年产…项目`) is cut at the park's
 * end, where a named project still ends at its 项目 (not a phase, generic works, a sub-zone or an acronym: `ownName`),
 * so that no span starts mid-name. Both lists are in text order; the second search runs only when such a park exists.
 */
function splitAtAreaParks(text: string, barriers: readonly Span[], parks: readonly ParkSpan[], projects: Span[], anchors: AnchorUnits): Span[] {
  const opening: Span[] = [];
  let j = 0;
  for (const park of parks) {
    if (park.zone) continue;
    while (j < projects.length && projects[j].end <= park.start) j++;
    // Only a project the scan's length cap started inside the park (`某某产业城|某某年产…项目`) is cut at its end: a
    // project the whole park heads is one PROJECT (guidelines: a park inside a project's name is not tagged apart).
    if (j < projects.length && park.start < projects[j].start && projects[j].start < park.end && park.end < projects[j].end) opening.push({ start: park.start, end: park.end });
  }
  if (opening.length === 0) return projects;
  // Only the projects a park opens are searched again: the heads of the others are passed over.
  const cutEnds: number[] = [];
  forEachOpenedProject(projects, opening, (project, park) => {
    if (park !== undefined) cutEnds.push(project.end);
  });
  cutEnds.sort((x, y) => x - y);
  const named = new Map<number, Span>();
  for (const p of findProjects(text, mergeByStart(barriers, opening), anchors, cutEnds)) named.set(p.end, p);
  // Built by push, as every span list here: `map` makes a holey array, a kind of its own to V8,
  // and the merges meeting both kinds were deoptimised.
  const split: Span[] = [];
  forEachOpenedProject(projects, opening, (project, park) => {
    const cut = park === undefined ? undefined : named.get(project.end);
    split.push(park !== undefined && cut !== undefined && cut.start === park.end && ownName(text, park, cut) ? cut : project);
  });
  return split;
}

/**
 * Each project (in text order) with the area park that opens it, ending inside it, or undefined: both lists are in text
 * order, one pass.
 */
function forEachOpenedProject(projects: readonly Span[], opening: readonly Span[], visit: (project: Span, park: Span | undefined) => void): void {
  let k = 0;
  for (const project of projects) {
    while (k < opening.length && opening[k].end <= project.start) k++;
    const park = opening[k];
    visit(project, park !== undefined && park.end < project.end ? park : undefined);
  }
}

const INDUSTRIES = WordMap.of(INDUSTRY_WORDS);
/** What a park's own works are called (`某某工业园定制厂房项目`, `某某园区道路项目`, `某某园新媒体中心项目`). */
const PARK_WORKS = WordMap.of(['厂房', '道路', '中心', '设施', '工程', '管网', '配套']);
/** What is done to a park itself (`某某小镇开发项目`, `某某产业园开发建设运营项目`). */
const PARK_DEEDS = WordMap.of(['开发', '建设', '运营', '综合', '提升', '整治', '一体化']);

/**
 * Is the project `cut` right after `park` a name of its own? Not when it is one of the park's sub-zones
 * (`片区…`) or works, or generic words (`某某特色小镇开发项目`), nor after a park named by its industry (`某某物流园区…项目`, `电子产业园…项目`: such
 * a park is the facility the project builds), nor a Latin acronym alone (`某某产业新城PPP项目`: how it is run).
 */
function ownName(text: string, park: Span, cut: Span): boolean {
  const nameEnd = cut.end - 2;
  if (text.startsWith('片区', cut.start) || PARK_WORKS.longestEndingAt(text, nameEnd, cut.start) > 0 || PROJECT_GENERIC.covers(text, cut.start, nameEnd) || PARK_DEEDS.covers(text, cut.start, nameEnd)) return false;
  for (let k = park.start; k < park.end; k++) if (INDUSTRIES.longestStartingAt(text, k, park.end) > 0) return false;
  return hasHan(text, cut.start, nameEnd);
}

/** `某某产业新城PPP项目`: a Latin acronym alone says how the park's project is run, it names none. */
function hasHan(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isHan(text.charCodeAt(k))) return true;
  return false;
}

function isShortGroupName(text: string, company: Span): boolean {
  if (!text.startsWith('集团', company.end - 2) && !text.startsWith('公司', company.end - 2)) return false;
  for (let k = company.start; k < company.end - 1; k++) {
    const c = text.charCodeAt(k);
    if (c === YOU && text.charCodeAt(k + 1) === XIAN) return false;
    if (c === GU && text.charCodeAt(k + 1) === FEN) return false;
  }
  return true;
}

const ZHUAN_AN = '专案';
/** A project's head word (Traditional `項目` folds to it). */
const ANCHOR = '项目';
const YOU = '有'.charCodeAt(0);
const XIAN = '限'.charCodeAt(0);
const GU = '股'.charCodeAt(0);
const FEN = '份'.charCodeAt(0);

/**
 * A park whose sub-zone part is where a project's name starts keeps only its zone: the sub-park is
 * part of the project's name (guidelines: a park inside a project's name is not tagged apart).
 * Both lists are in text order: one pass.
 */
function trimSubZonesAtProjects(parks: ParkSpan[], projects: readonly Span[]): void {
  let j = 0;
  for (const park of parks) {
    if (park.zoneEnd === undefined) continue;
    while (j < projects.length && projects[j].start < park.zoneEnd) j++;
    if (j < projects.length && projects[j].start < park.end) {
      park.end = park.zoneEnd;
      park.zoneEnd = undefined;
    }
  }
}

// Each finder returns its spans in text order, so the lists are merged rather than sorted: the
// cost stays linear however long a paragraph is. Every merge checks that order first and falls
// back to a (stable) sort, which gives the same answer, if a list is ever out of order.

/** Stable merge by start (`a` first on ties): `[...a, ...b].sort(by start)`. */
function mergeByStart<T extends Span>(a: readonly T[], b: readonly T[]): T[] {
  if (!inOrder(a, byStart) || !inOrder(b, byStart)) return [...a, ...b].sort(byStart);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

function inOrder<T>(list: readonly T[], compare: (x: T, y: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return false;
  return true;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start;
}

/** Earlier first, then longer first. */
function byStartLongestFirst(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/** Stable merge of lists by `byStartLongestFirst`, earlier lists first on ties. */
function mergeLists(lists: readonly NamedSpan[][]): NamedSpan[] {
  if (!lists.every((list) => inOrder(list, byStartLongestFirst))) return lists.flat().sort(byStartLongestFirst);
  const out: NamedSpan[] = [];
  const at: number[] = [];
  for (let l = 0; l < lists.length; l++) at.push(0);
  for (;;) {
    let pick = -1;
    for (let l = 0; l < lists.length; l++) {
      if (at[l] < lists[l].length && (pick < 0 || byStartLongestFirst(lists[l][at[l]], lists[pick][at[pick]]) < 0)) pick = l;
    }
    if (pick < 0) return out;
    out.push(lists[pick][at[pick]++]);
  }
}

const PRIORITY = { PROJECT: 0, COMPANY: 1, PARK: 2 } as const;

/** Longest first (then PROJECT over COMPANY over PARK), keeping only spans that overlap nothing kept. */
function resolveOverlaps(...lists: NamedSpan[][]): NamedSpan[] {
  // An empty list is of another elements kind to V8 than a filled one; the merge meeting both was
  // deoptimised, and an empty list adds nothing to it.
  return keepNonOverlapping(mergeLists(lists.filter((list) => list.length > 0)), byRank);
}

function byRank(a: NamedSpan, b: NamedSpan): number {
  return b.end - b.start - (a.end - a.start) || PRIORITY[a.label] - PRIORITY[b.label] || a.start - b.start;
}
