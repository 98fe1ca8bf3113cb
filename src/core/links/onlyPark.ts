// The one park an article is about (guidelines, "Links": when the article is about one park and the
// project is in it, link to that park even when the sentence does not name it): read once per article
// from its title, its opening and the parks it names.
import { AREA_SUFFIXES, ZONE_SUFFIXES } from '../lexicon/parkSuffixes';
import { PROVINCE_NAMES } from '../lexicon/placeNames';
import { articleReading } from './articleReadings';
import { anotherProjectThanPlaced, builtInPark, investmentPlacedIn, PLACED_REACH, projectsPlacedWith, sitedInPark, sitedOrFoundedIn } from './parkPlacing';
import { countsItsProjects, heldIn, namesItsEvent, signedWith, subjectLeadLength, toldBy, venueOfPlacesEvent } from './linkClauses';
import { lastClauseMark } from './linkText';
import type { LinkContext } from './linkContext';
import { bareName, type LinkSpan } from './linkNames';
import { oneParkWriting, samePark, sameZoneShortAndFull } from './linkParks';
import { KIND_ENDINGS, PARK_AND_PARK } from './parkByKind';
import { keptNamed, mainPark } from './mainPark';
import { parkOfItsProjects } from './parkOfItsProjects';
import { isByline, isPageFurniture, openingParagraph, titleKindWord } from './articleOpening';
import { declaredShortName, declaresShortNameOf, isShortName, otherNameInBrackets } from './parkShortNames';

/**
 * An article about one park (guidelines: its projects' money goes to that park even where a
 * sentence does not name it): the article names one park only, in any form, and its opening
 * has that park as the subject of one of its clauses (`今年以来，K签约项目…`). Read once.
 */
export function onlyPark(ctx: LinkContext): LinkSpan | undefined {
  const article = ctx.once(ARTICLE_PARK);
  return article?.projectsOnly ? undefined : article?.park;
}

/** The one park an article is about, and how late the article names it. */
interface ArticlePark {
  park: LinkSpan;
  /** Named only after money was stated, where the project is placed (`…投资X。…投资地点位于K`). */
  namedAfterMoney: boolean;
  /** Named after the opening only where the investment is placed (`…计划建设地点为K…。该项目总投资X`). */
  placedAfterOpening: boolean;
  /** The projects the sentence placing the investment in the park names (none when named early). */
  placedProjects: readonly LinkSpan[];
  /** The park only of the projects started or settled there (parkOfItsProjects.ts): the article is about none. */
  projectsOnly?: true;
}

const ARTICLE_PARK = articleReading((ctx) => readOnlyPark(ctx) ?? bylineZoneOverInnerParks(ctx, titleKindWord(ctx)) ?? parkOfProjectsNamed(ctx));

/** The article's one park, for the projects it starts or settles only (`前往K…现场,参加P项目开工活动`). */
function parkOfProjectsNamed(ctx: LinkContext): ArticlePark | null {
  const tied = parkOfItsProjects(ctx);
  return tied && { park: tied.park, namedAfterMoney: false, placedAfterOpening: false, placedProjects: tied.projects, projectsOnly: true };
}

/**
 * `拟对子公司增资X`, `注册资本为X`: a company's capital, not money its project puts in the park, in an
 * article that names its park only where it places the project.
 */
const CAPITAL_BEFORE = /(?:增资|注册资本|注册资金)[^,;。]{0,4}$/;

/** How many spans back the article's park is looked for under the other of its two names. */
const MAX_NAME_BACK = 48;

/**
 * The article's park as written nearest before the amount: an article that names its zone by its full
 * name and its short word (`郑州经济技术开发区`, then `郑州经开区计划…`) means the one it last wrote; a body
 * amount's link then names the full writing (parkFullWriting.ts), so every amount of one park names it alike.
 */
export function onlyParkAsWritten(ctx: LinkContext, amount: LinkSpan, project?: LinkSpan): LinkSpan | undefined {
  const article = ctx.once(ARTICLE_PARK);
  // Other parks named too, the park the article keeps coming back to is still the one it is about.
  if (!article) return mainPark(ctx, amount) ?? mainParkActing(ctx, amount);
  const park = article.park;
  // The park of the projects started or settled there: their item money only; the rest as for an article about no one park.
  if (article.projectsOnly) return amount.entity.scope === 'item' && project !== undefined && !anotherProjectThanPlaced(article.placedProjects, project) ? park : mainPark(ctx, amount);
  // Named only where one project is placed, the park is that project's, not another project's of the article.
  if (anotherProjectThanPlaced(article.placedProjects, project)) return undefined;
  // Named only where the project is placed, the park is that project's: the money said up to there, not
  // the sums the article opened with (a city's or a district's), a company's capital, or later projects.
  if (article.placedAfterOpening) return amount.entity.scope === 'item' && !CAPITAL_BEFORE.test(ctx.leadOf(amount)) ? park : undefined;
  if (article.namedAfterMoney) return amount.entity.scope === 'item' && amount.sentence <= park.sentence && !CAPITAL_BEFORE.test(ctx.leadOf(amount)) ? park : undefined;
  for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - MAX_NAME_BACK; j--) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'PARK') continue;
    if (span.name === park.name) return park;
    if (sameZoneShortAndFull(span.name, park.name)) return span;
  }
  return park;
}

/**
 * `某某科学城30个重点项目集中开工` … `按行业分,先进制造类9个、总投资X`: an article naming other parks too, whose
 * park named most (mainPark) acts in its opening as `onlyPark` asks of the one park (its subject, the host of its
 * projects' event, the park counting them), is about that park: its sums are the park's too, where the amount's own
 * sentence names no other park before it (`按区域分,K东区(L)项目12个、总投资Y`: L's).
 */
function mainParkActing(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  if (amount.entity.scope === 'item') return undefined;
  const main = ctx.once(MAIN_PARK_ACTING);
  if (!main) return undefined;
  for (let j = amount.pos - 1; j >= 0 && ctx.spans[j].sentence === amount.sentence; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK' && !main.names.includes(span.name)) return undefined;
  }
  return main.park;
}

/** The park named most, when one of its writings acts in the article's opening; null when none. */
const MAIN_PARK_ACTING = articleReading((ctx) => {
  const main = keptNamed(ctx);
  if (!main) return null;
  const opening = openingParagraph(ctx);
  for (const span of ctx.spans) {
    if (span.paragraph > opening) break;
    if (span.entity.label !== 'PARK' || span.paragraph < ctx.parks.titleParagraph || !main.names.includes(span.name)) continue;
    if (actsInOpening(ctx, span)) return main;
  }
  return null;
});

function readOnlyPark(ctx: LinkContext): ArticlePark | null {
  // `某县：…` heading a section: the article covers places besides its park.
  if (ctx.parks.placeSection) return null;
  const opening = openingParagraph(ctx);
  const titleKind = titleKindWord(ctx);
  let first: LinkSpan | undefined;
  let subject = false;
  /**
   * The park acts before the article states any money: below an opening that is a page's trail or a photo's
   * caption, or in the paragraph right after an opening that names it.
   */
  let actsFirst = false;
  const furniture = isPageFurniture(ctx, opening);
  /** `该项目位于K1K2`: the opening places its project in the park inside the first, written right after it. */
  let placedInside: LinkSpan | undefined;
  let moneyBefore: LinkSpan | undefined;
  let moneySaid = false;
  /** Does the article name a park besides zones as wide as a province (read at the first such zone)? */
  let otherParks: boolean | undefined;
  /** Money stated before the park is named, with nothing tying it to the park (yet). */
  let late = false;
  /** Where the article puts its investment (`投资地点位于K`), however late: the park, or the park inside it written right after. */
  let placed: Placing | undefined;
  for (const span of ctx.spans) {
    // Money stated before the park is named: the article does not open with the park, unless the
    // sentence goes on to name it (`投资50亿元在K兴建…`, checked at the park), or the title names
    // the park by its kind word before its money (`经开区22个项目集中签约,合同投资额X`).
    // A size class (`千亿级产业集群`, `亿元以上项目`) states no money of the article's (guidelines: a threshold has no links).
    const money = span.entity.label === 'MONEY' && span.entity.role !== 'threshold';
    if (money) moneySaid = true;
    if (!first && money && !aboveTitle(ctx, span)) moneyBefore ??= span;
    // A park in a site's banner above the title (`欢迎访问K网站`), or a photo's file name or caption (`K.jpg`), is the page's furniture.
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || isByline(ctx, span.paragraph) || span.paragraph < ctx.parks.titleParagraph || ctx.parks.isImageLine(span.paragraph)) continue;
    // `某某市产业园区`: the city's parks as a whole, not one park the article is about.
    if (ctx.parks.isCityWide(span)) return null;
    // `海南自由贸易港`: a zone as wide as a province is where every other park of the article lies, none of them.
    if (coversProvince(span) && (otherParks ??= namesOtherPark(ctx))) continue;
    if (!first) {
      // A title's money before a park that names the opening's event of its projects (`K重点项目集中开工仪式`)
      // restates that event's figures: the park's.
      const titled = namedByTitle(ctx, span, titleKind, opening) || (span.paragraph <= opening && namesItsEvent(ctx.structure, span));
      const titleMoney = moneyBefore?.paragraph === ctx.parks.titleParagraph;
      late = moneyBefore !== undefined && moneyBefore.sentence !== span.sentence && !moneyHeadsPark(ctx, span) && !(titleMoney && (titled || (titleCallsPark(ctx, span) && restatedAfter(ctx, moneyBefore, span)) || titleMoneyOfPark(ctx, moneyBefore, span, opening)));
      first = span;
    }
    // Another park (not a longer or shorter form of the first, nor its other name in brackets): the text
    // must say which one, unless the first is a zone and this one an industry park or base, which lies
    // inside it or is a project.
    // A park the story only passes by after the opening (`组织企业赴K考察学习`, `C位于K某某路`), with no
    // money in its sentence and not its subject, leaves the article about the first.
    else if (!sameOrInside(ctx, first, span) && !isShortName(declaredShortName(ctx, first), span) && !declaresShortNameOf(ctx, span, first) && !(span.paragraph > opening && namedInPassing(ctx, span, first))) return null;
    placed ??= placingIn(ctx, span);
    if (!subject && span.paragraph <= opening) {
      subject = actsInOpening(ctx, span);
      if (span === first) placedInside = hostInside(ctx, span);
    } else if (!subject && !moneySaid && (furniture || (first.paragraph <= opening && span.paragraph === opening + 1))) actsFirst = subject = actsInOpening(ctx, span);
  }
  if (!first) return parkOfByline(ctx, titleKind);
  return byShortName(ctx, chosenPark({ first, subject, actsFirst, placedInside, late, placed: placed?.park, site: placed?.site === true, placedProjects: placed?.projects ?? [], sitedInOpening: subject ? undefined : sitedIn(ctx, opening + 1) }, namedByTitle(ctx, first, titleKind, opening), opening), first);
}

/**
 * `【聚焦某会】…高新区签约1个项目` over a byline `来源:某某高新区管委会`: an article naming no park but in its byline,
 * whose title speaks of a park of that park's kind, is about the park that tells it.
 */
function parkOfByline(ctx: LinkContext, titleKind: string | undefined): ArticlePark | null {
  if (titleKind === undefined) return null;
  for (const span of ctx.spans) {
    if (span.paragraph > ctx.parks.titleParagraph + MAX_BYLINE_BELOW) break;
    if (span.entity.label === 'PARK' && isByline(ctx, span.paragraph)) return ofKind(span, titleKind) ? writtenEarly(span) : null;
  }
  return null;
}

/** How many paragraphs below the title its byline may stand (blank lines between). */
const MAX_BYLINE_BELOW = 4;

/**
 * `经开区举行…集中签约暨…开工仪式`⏎`来源:某某经济技术开发区`…`大力助推某某产业园运营体系建设`: a title speaking of a
 * zone by its kind word, the zone named in the byline under it, and the body naming no park but industry parks or
 * bases (which lie inside a zone): the article is about the byline's zone, the money of its text included.
 */
function bylineZoneOverInnerParks(ctx: LinkContext, titleKind: string | undefined): ArticlePark | null {
  if (titleKind === undefined) return null;
  let zone: LinkSpan | undefined;
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || span.paragraph < ctx.parks.titleParagraph || ctx.parks.isImageLine(span.paragraph)) continue;
    if (zone === undefined) {
      // The first park the article names is the byline's, of the title's kind.
      if (span.paragraph > ctx.parks.titleParagraph + MAX_BYLINE_BELOW || !isByline(ctx, span.paragraph) || !ofKind(span, titleKind)) return null;
      zone = span;
    } else if (!samePark(zone.name, span.name) && !areaInZone(zone, span)) return null;
  }
  return zone ? writtenEarly(zone) : null;
}

/**
 * The first park the article sites or founds its project in (`选址K`, `在K奠基`) up to paragraph `last` (the opening
 * and the paragraph after it), though the park is no subject there; undefined when none.
 */
function sitedIn(ctx: LinkContext, last: number): LinkSpan | undefined {
  for (const span of ctx.spans) {
    if (span.paragraph > last) return undefined;
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || span.paragraph < ctx.parks.titleParagraph || isByline(ctx, span.paragraph)) continue;
    if (sitedOrFoundedIn(ctx, span)) return span;
  }
  return undefined;
}

/**
 * `首页 > 总投资X,某某项目落地` above the title: a site's trail repeating the headline is the page's
 * furniture (articleTitle.ts skips it for the title), not money the article states before its park.
 */
function aboveTitle(ctx: LinkContext, money: LinkSpan): boolean {
  return money.paragraph < ctx.parks.titleParagraph;
}

/** What the walk over the article's parks found (readOnlyPark). */
interface ParksRead {
  first: LinkSpan;
  subject: boolean;
  actsFirst: boolean;
  placedInside: LinkSpan | undefined;
  late: boolean;
  placed: LinkSpan | undefined;
  /** Placed as the article's plant, base or project itself (`该基地位于K`), not only its investment's site. */
  site: boolean;
  /** The projects the sentence placing it names. */
  placedProjects: readonly LinkSpan[];
  /** The park the opening sites or founds its project in, not as its subject. */
  sitedInOpening: LinkSpan | undefined;
}

/** Where the article places its investment at this park: the park (or the park inside it written right after). */
interface Placing {
  park: LinkSpan;
  site: boolean;
  /** The projects the placing sentence names. */
  projects: readonly LinkSpan[];
}

/** `投资地点位于K`, `在某市的K建立工厂`, `该基地位于K`: the article placing its investment at this park, or undefined. */
function placingIn(ctx: LinkContext, span: LinkSpan): Placing | undefined {
  const site = !investmentPlacedIn(ctx, span) && !builtInPark(ctx, span);
  if (site && !sitedInPark(ctx, span)) return undefined;
  return { park: innerPark(ctx, span), site, projects: projectsPlacedWith(ctx, span) };
}

/** The article's one park, from what the walk found, or null when the article is about none alone. */
function chosenPark(read: ParksRead, titled: boolean, opening: number): ArticlePark | null {
  const { first, placed, placedProjects } = read;
  // The one park of the article, where it says its investment lies (`投资地点位于K`): the money said
  // before it goes there too, however late the article names it.
  // The article's plant, base or project itself standing there (`该基地位于K`): all its item money is that park's, said
  // before or after (as `计划建设地点为K` named after the opening).
  if (read.late) return placed ? { park: placed, namedAfterMoney: !read.site, placedAfterOpening: read.site, placedProjects } : sitedProject(read);
  // A title that opens with the park's kind word (`经开区…`), or names it without its city, is about it;
  // so is an opening that names the county's park by its kind word (`县工业园区共签约…`).
  if (titled) return writtenEarly(first);
  // Named after the opening only where the article places its investment (`计划建设地点为K`): its projects' park;
  // or acting before any money, in the lead under a page's trail or a photo's caption read as the opening.
  if (first.paragraph > opening) {
    if (read.actsFirst) return writtenEarly(first);
    return placed ? { park: placed, namedAfterMoney: false, placedAfterOpening: true, placedProjects } : null;
  }
  return read.subject ? writtenEarly(read.placedInside ?? first) : sitedProject(read);
}

/**
 * `某公司…选址K的P项目…`, `P项目在K奠基动工`: an opening that sites its project in the article's one park, the park
 * no subject of it, makes the park that project's: its item money goes there (as a placing named after the opening),
 * not the sums the article states (a city's or a county's as often as the park's).
 */
function sitedProject(read: ParksRead): ArticlePark | null {
  const park = read.sitedInOpening;
  return park ? { park, namedAfterMoney: false, placedAfterOpening: true, placedProjects: read.placedProjects } : null;
}

/** The article's park, named in its title or opening before its money. */
function writtenEarly(park: LinkSpan): ArticlePark {
  return { park, namedAfterMoney: false, placedAfterOpening: false, placedProjects: [] };
}

/** Province names, longest first, before a free-trade zone's words. */
const PROVINCE_ZONE = new RegExp(`^(?:${[...PROVINCE_NAMES].sort((a, b) => b.length - a.length).join('|')})省?(?:自由贸易试验区|自由贸易港|自由贸易区|自贸试验区|自贸区|自贸港)$`);

/**
 * `海南自由贸易港`, `海南自贸区`: a free-trade zone named after a whole province, with no area of it after
 * (guidelines: an optional PARK); an article naming it and another park is about that park, if about one.
 */
export function coversProvince(park: LinkSpan): boolean {
  return PROVINCE_ZONE.test(park.name);
}

/** Does the article name a park that is not a zone as wide as a province (nor a project's name)? */
function namesOtherPark(ctx: LinkContext): boolean {
  return ctx.spans.some((span) => span.entity.label === 'PARK' && !ctx.parks.projectNamed(span) && !coversProvince(span));
}

/**
 * Is the park what the title speaks of: the title opens with its kind word (`经开区…`) or names it without its
 * city, or the opening names the county's park by its kind word?
 */
function namedByTitle(ctx: LinkContext, park: LinkSpan, titleKind: string | undefined, opening: number): boolean {
  return (titleKind !== undefined && ofKind(park, titleKind)) || titleNamesShort(ctx, park) || openingNamesCounty(ctx, park, opening);
}

/**
 * Does the park act in a clause of the opening: its subject, though not at its first mention (`为了确保K经济发展,
 * K把今年定为…`), the park a company signs with (`C与K签订协议`), where the article's event is held (`签约仪式在K
 * 举行`), the park the news is told by (`记者从K了解到`), where the opening puts its money (`在K投资`), or the park
 * whose projects' event the opening names (`K重点项目集中开工仪式举行`)?
 */
function actsInOpening(ctx: LinkContext, span: LinkSpan): boolean {
  const { structure } = ctx;
  // `某某市重点项目签约仪式在K举行`: K only hosts a city's or county's event.
  if (venueOfPlacesEvent(structure, span)) return false;
  return ctx.beginsClause(span) || afterExclamation(ctx, span) || moneyHeadsPark(ctx, span) || afterDash(ctx, span) || signedWith(structure, span) || heldIn(structure, span) || heldIn(structure, withPartAfter(ctx, span)) || toldBy(structure, span) || placesIn(ctx, span) || placesInZoneAndPart(ctx, span) || namesItsEvent(structure, span) || countsItsProjects(structure, span) || modifiedSubject(ctx, span) || placeLedSubject(ctx, span);
}

/**
 * The city and district a park lies in, written before it, its level words ending each (`某某市某某区`, up to
 * three places), and nothing else in the clause but a time or connective: the places say where the park lies,
 * they are no subject of their own.
 */
const PLACES_ONLY = /^(?:[\u4e00-\u9fff]{1,4}?[省市县区]){1,3}\s*$/;
/** How far before the park its clause's places are read (UTF-16 units). */
const PLACES_REACH = 24;

/** `3月5日,某某市某某区K举行…`: the park opens its clause behind the places it lies in; the clause's subject all the same. */
function placeLedSubject(ctx: LinkContext, park: LinkSpan): boolean {
  const lead = ctx.structure.before(park.entity.start, PLACES_REACH);
  const cut = lastClauseMark(lead, true);
  if (cut < 0 && park.entity.start - ctx.structure.sentenceStart(park.sentence) > PLACES_REACH) return false;
  const clause = lead.slice(cut + 1);
  if (!PLACES_ONLY.test(clause.slice(subjectLeadLength(clause)))) return false;
  return !NOT_ITS_PREDICATE.test(ctx.structure.after(park.entity.end, 24).replace(PINYIN_GLOSS, ''));
}

/** A clause opened by a short modifier ending in `的` (no clause mark in it), right before the park. */
const MODIFIER_LEAD = /(?:^|[,;:。!?])\s*[^,;:。!?\s]{2,16}的\s*$/;
/**
 * `(记者某某)位于某省某市首个K将于…开工`: where the park lies and its rank as the first of its kind, with no `的`
 * and no verb of the clause's own, open the clause before the park (a dateline's bracket closes what comes before).
 */
const PLACED_FIRST_LEAD = /(?:^|[,;:。!?)）])\s*(?:位于|地处|坐落于)[^,;:。!?\s]{2,12}?(?:首个|首個|首家|第一个|第一個)\s*$/;
/**
 * After the park (folded text), words that make it a modifier, one item of several or part of a project's
 * name (`K的`, `K内`, `K与L`, `K核心区项目`).
 */
const NOT_ITS_PREDICATE = /^\s*(?:的|之|内|与|和|及|、|企业|片区|[\u4e00-\u9fff]{0,6}项目)/;

/**
 * `位在某省的K,是…`, `依托机场发展的K引来…`: the park opens its clause behind a modifier that describes
 * it, and the predicate follows it; the clause's subject all the same.
 */
function modifiedSubject(ctx: LinkContext, park: LinkSpan): boolean {
  const before = ctx.structure.gap(ctx.structure.sentenceStart(park.sentence), park.entity.start);
  if (before === undefined || !(MODIFIER_LEAD.test(before) || PLACED_FIRST_LEAD.test(before))) return false;
  return !NOT_ITS_PREDICATE.test(ctx.structure.after(park.entity.end, 24).replace(PINYIN_GLOSS, ''));
}

/** A scraped page's pinyin gloss after a character (`小镇(zhèn)核心区(qū)`), read past. */
const PINYIN_GLOSS = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/g;

/**
 * `总投资X 台商投资区25个项目集中开工` over an article naming `某某台商投资区`: the title names the park by its
 * name without the city it starts with, a name not recognised there (so no subject to read), and the
 * article is about it, the title's money too. A park recognised in the title keeps the opening's rules.
 */
function titleNamesShort(ctx: LinkContext, park: LinkSpan): boolean {
  const title = ctx.parks.titleParagraph;
  if (title < 0 || park.paragraph === title) return false;
  const short = bareName(park);
  if (short === park.name || short.length < MIN_SHORT_NAME) return false;
  const { start, end } = ctx.structure.paragraph(title);
  return (ctx.structure.gap(start, end) ?? '').includes(short);
}

/** Fewest characters of a park's name without its city for a title to name it (`台商投资区`, not `新区`). */
const MIN_SHORT_NAME = 4;

/** `某某县工业园区`: the county (or city) level word and the park words after it, the name's tail. */
const COUNTY_TAIL = /[县市]([\u4e00-\u9fff]{2,6})$/;
/** How much of the opening is read for the county's park said by its kind (UTF-16 units). */
const OPENING_REACH = 200;

/**
 * `据了解,截至5月,县工业园区共签约项目18个…` over an article that names `某某县工业园区` later: the
 * opening's clause subject is the county's park by its level and kind words, the park named.
 */
function openingNamesCounty(ctx: LinkContext, park: LinkSpan, opening: number): boolean {
  const tail = COUNTY_TAIL.exec(park.name);
  if (!tail || opening < 0 || !(AREA_ENDING.test(park.name) || ZONE_ENDING.test(park.name))) return false;
  const { start, end } = ctx.structure.paragraph(opening);
  const head = ctx.structure.foldedCut(start, Math.min(end, start + OPENING_REACH));
  const at = head.indexOf(tail[0]);
  return at >= 0 && CLAUSE_START.test(head.slice(0, at));
}

/** Before a clause's subject: the text's start or a clause mark, and a time word at most. */
const CLAUSE_START = /(?:^|[,;:。])\s*(?:今年以来|目前|近年来|同时)?$/;

/**
 * `该项目位于K1K2`, `“K1K2重点项目签约及集中开工活动”`: the park written right after the first zone, where the
 * opening places its project or whose name the event bears (the nearer park), or undefined.
 */
function hostInside(ctx: LinkContext, first: LinkSpan): LinkSpan | undefined {
  const inner = innerPark(ctx, first);
  if (inner === first) return undefined;
  return (!ctx.beginsClause(first) && placesIn(ctx, first)) || namesItsEvent(ctx.structure, inner) ? inner : undefined;
}

/** `仪式在K1K2举行`: the zone with the park written right after it, read as one place (the zone itself when none is). */
function withPartAfter(ctx: LinkContext, zone: LinkSpan): LinkSpan {
  const part = innerPark(ctx, zone);
  return part === zone ? zone : { ...zone, entity: { ...zone.entity, end: part.entity.end } };
}

/** `位于K1K2`: the park written right after a zone lies inside it, and is where the project is built. */
function innerPark(ctx: LinkContext, park: LinkSpan): LinkSpan {
  const next = ctx.spans[park.pos + 1];
  return next !== undefined && next.entity.label === 'PARK' && writtenRightAfter(ctx, park, next) ? next : park;
}

/** Nothing between the two spans but a scraped page's pinyin gloss (`开发区(qū)秦岭园区`), which folding drops. */
export function writtenRightAfter(ctx: LinkContext, first: LinkSpan, next: LinkSpan): boolean {
  return next.entity.start === first.entity.end || ctx.structure.nothingBetween(first.entity.end, next.entity.start);
}

/**
 * Is the park named in a sentence without money, and not as the subject of one of its clauses, nor as a
 * party to a signing, the host of an event or the teller of the news, unless a clause before it is the
 * article's park's own (`K向全国输出…,其L…,M在…排名第三`: the parks of the article's park)?
 */
function namedInPassing(ctx: LinkContext, park: LinkSpan, first: LinkSpan): boolean {
  const acts = ctx.beginsClause(park, true) || signedWith(ctx.structure, park) || heldIn(ctx.structure, park) || toldBy(ctx.structure, park);
  if (moneyHeadsPark(ctx, park)) return false;
  if (acts && !saidOfFirst(ctx, park, first)) return false;
  const inSentence = (k: number) => ctx.spans[k]?.sentence === park.sentence;
  for (let k = park.pos - 1; inSentence(k); k--) if (statesMoney(ctx.spans[k])) return false;
  for (let k = park.pos + 1; inSentence(k); k++) if (statesMoney(ctx.spans[k])) return false;
  return true;
}

/** An amount the article states: not a size class (`万亿级`, `亿元以上项目`), which is no one's money (guidelines: no links). */
function statesMoney(span: LinkSpan): boolean {
  return span.entity.label === 'MONEY' && span.entity.role !== 'threshold';
}

/** Before a clause's subject: the sentence's start or a clause mark. */
const CLAUSE_OPENS = /(?:^|[,;:])\s*$/;
/** Fewest characters of a park's name without its kind words to stand for it (`前海` for `前海合作区`). */
const MIN_HEAD = 2;

/**
 * Does a clause before the park, in its sentence, open with the first park's name, or its name without
 * its kind words (`前海` for `前海合作区`: how an article about a park calls it)?
 */
function saidOfFirst(ctx: LinkContext, park: LinkSpan, first: LinkSpan): boolean {
  const start = ctx.structure.sentenceStart(park.sentence);
  const before = ctx.structure.gap(start, park.entity.start);
  if (before === undefined) return false;
  const head = nameWithoutKind(first.name);
  for (const name of head.length >= MIN_HEAD ? [first.name, head] : [first.name]) {
    for (let at = before.indexOf(name); at >= 0; at = before.indexOf(name, at + 1)) {
      if (CLAUSE_OPENS.test(before.slice(0, at)) && !opensOtherPark(ctx, park, start + at, first)) return true;
    }
  }
  return false;
}

/** Does another park of the sentence than the first start at `offset` (`K综合保税区…`: that park's clause, not K's)? */
function opensOtherPark(ctx: LinkContext, park: LinkSpan, offset: number, first: LinkSpan): boolean {
  for (let j = park.pos - 1; j >= 0 && ctx.spans[j].entity.start >= offset; j--) {
    const span = ctx.spans[j];
    if (span.entity.start === offset) return span.entity.label === 'PARK' && span.name !== first.name;
  }
  return false;
}

/** Park endings, longest first, to cut a name's kind words off. */
const KIND_SUFFIXES = [...ZONE_SUFFIXES, ...AREA_SUFFIXES].sort((a, b) => b.length - a.length);

/** `前海合作区` → `前海`: the name without its longest park ending (the name itself when none). */
function nameWithoutKind(name: string): string {
  const suffix = KIND_SUFFIXES.find((end) => name.endsWith(end));
  return suffix ? name.slice(0, -suffix.length) : name;
}

/** Is the park of that kind (`青松湖经济技术开发区` for `经开区`, a sub-zone of it too)? */
function ofKind(park: LinkSpan, kind: string): boolean {
  return KIND_ENDINGS[kind].some((end) => park.name.includes(end));
}

/** The second park `span` is the first one, written longer, shorter or in brackets after it, or an industry park inside that zone. */
function sameOrInside(ctx: LinkContext, first: LinkSpan, span: LinkSpan): boolean {
  if (oneParkWriting(first.name, span.name)) return true;
  if (span.pos === first.pos + 1 && otherNameInBrackets(ctx, span)) return true;
  // `K秦岭园区`: a park written right after the zone, with nothing between, lies inside it (guidelines: two PARKs).
  // So is one written right after a later mention of it (`走进K秦岭园区`), K's name with or without its level word.
  const before = ctx.spans[span.pos - 1];
  if (before?.entity.label === 'PARK' && writtenRightAfter(ctx, before, span) && ZONE_ENDING.test(before.name) && (before === first || samePark(before.name, first.name))) return true;
  return areaInZone(first, span) && !joinedTo(ctx, first, span);
}

/** A park that declares its short name (`K(以下简称L)`) is called by it from there on: links name it so. */
function byShortName(ctx: LinkContext, chosen: ArticlePark | null, first: LinkSpan): ArticlePark | null {
  if (chosen?.park !== first || declaredShortName(ctx, first) === undefined) return chosen;
  return { ...chosen, park: ctx.spans[first.pos + 1] };
}

/** Fewest characters of a park's name without its kind words, or of its declared short name, for a title to call it by. */
const MIN_TITLE_NAME = 2;

/**
 * `卅九澳企入某琴 涉资四亿美元` over a lead `某琴新区至今已引入…`; `某德园今年已完成产值X` over a lead
 * declaring `中某(某地)高端装备制造产业园(以下简称“某德园”)`: the title calls the park by its name without
 * its kind words, or by the short name the article declares for it, where the recogniser reads no park.
 * Its money, stated again from the park on, restates the lead's: the park's, not money stated before the
 * article names its park (a title's amount the text does not state again may be a city's).
 */
function titleCallsPark(ctx: LinkContext, park: LinkSpan): boolean {
  const title = ctx.parks.titleParagraph;
  if (title < 0 || park.paragraph === title) return false;
  const { start, end } = ctx.structure.paragraph(title);
  const text = ctx.structure.foldedCut(start, end);
  const names = [nameWithoutKind(park.name), declaredShortName(ctx, park)];
  return names.some((name) => name !== undefined && name !== park.name && name.length >= MIN_TITLE_NAME && text.includes(name));
}

/**
 * The title's money, stated before the article names its park, is the park's: the title names the park after
 * it (`303亿元!19个项目落子K`), or the park acts in the opening (`开工活动在K举行`) and the text states the
 * title's amount again from there on (`项目总投资160亿元` under `某某项目正式开工,总投资160亿元`).
 */
function titleMoneyOfPark(ctx: LinkContext, money: LinkSpan, park: LinkSpan, opening: number): boolean {
  // A text with no title line has its lead read as its title: money a sentence before the park there is not a title's.
  if (money.paragraph >= opening) return false;
  if (park.paragraph === money.paragraph) return true;
  // `枫城:中法园…X` over a lead on another park: the title's money is that park's, named by a name the article does not tie to its own.
  if (TITLE_OWN_PARK.test(paragraphText(ctx, money.paragraph))) return false;
  return park.paragraph <= opening && restatedAfter(ctx, money, park) && actsInOpening(ctx, park);
}

/**
 * A short park name of the title's own opening a clause (`枫城:中法园…`), a park the walk may not have
 * recognised; not the end of a longer name (`某某产业园项目`).
 */
const TITLE_OWN_PARK = /(?:^|[^\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}园(?![区项])/;

function paragraphText(ctx: LinkContext, paragraph: number): string {
  const { start, end } = ctx.structure.paragraph(paragraph);
  return ctx.structure.foldedCut(start, end);
}

/** `X亿元!L加速崛起`: a line that states money right before naming a park gives that park the money. */
const MONEY_HEADS_PARK = /^[^,;。]{0,6}!\s*$/;

/** Does the park's line state money right before it, as a headline does (`X亿元!L…`)? */
function moneyHeadsPark(ctx: LinkContext, park: LinkSpan): boolean {
  const before = ctx.spans[park.pos - 1];
  if (before === undefined || before.paragraph !== park.paragraph || !statesMoney(before)) return false;
  return MONEY_HEADS_PARK.test(ctx.structure.gap(before.entity.end, park.entity.start) ?? '');
}

/** How many spans after the park a restatement of the title's amount is looked for. */
const MAX_RESTATED_AFTER = 24;

/**
 * Does the text state the title's amount again (the same value, or the same figure to more digits: `20亿` in the
 * title, `20.839亿元` in the body) from the park on? The currency is not compared: a lead may give it after the
 * number (`4亿元(美元,下同)`) where the title writes `四亿美元`.
 */
function restatedAfter(ctx: LinkContext, amount: LinkSpan, park: LinkSpan): boolean {
  const { value } = amount.entity;
  const last = Math.min(ctx.spans.length, park.pos + MAX_RESTATED_AFTER);
  for (let j = park.pos + 1; j < last; j++) {
    const e = ctx.spans[j].entity;
    if (e.label === 'MONEY' && e.value !== undefined && value !== undefined && e.value >= value && e.value < value * ROUNDED_UP_TO) return true;
  }
  return false;
}

/** A title rounds the body's figure down to its first digits: the body's may be up to 5% more. */
const ROUNDED_UP_TO = 1.05;

/** `位于K的P项目`, `位于某县某镇K的P项目`: the opening places its project in the park (`在K的C工地上` only sets a scene). */
const PLACED_BEFORE = /(?:位于|坐落于|地处|落户)\s*(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|州|盟|县|旗|镇|乡)){0,3}\s*$/;
/**
 * `在K内兴建`, `在K投资`, `在K正式开工建设`: the opening's money is put in the park (a scraped page's
 * pinyin gloss of the park's last character may stand between: `园区(qū)正式开工`).
 */
const BUILT_IN_AFTER = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?(?:正式|顺利|全面)?(?:内|投资|兴建|建设|新建|扩建|开工|动工|开建)/;

/** `在K`: the park is where something is done (what, the words after it say). */
export const AT_BEFORE = /在\s*$/;

/** `位于K`, `在K投资`: the sentence places its thing in the park. */
function placesIn(ctx: LinkContext, park: LinkSpan): boolean {
  if (PLACED_BEFORE.test(ctx.structure.before(park.entity.start, PLACED_REACH))) return true;
  const before = ctx.structure.before(park.entity.start, 3);
  return AT_BEFORE.test(before) && BUILT_IN_AFTER.test(ctx.structure.after(park.entity.end, 12));
}

/**
 * `P项目在K1K2正式开工建设`: the opening builds its thing in the park K2 written right after the zone K1 (a pinyin
 * gloss between at most); the two are read as one place, as `heldIn` reads them.
 */
function placesInZoneAndPart(ctx: LinkContext, zone: LinkSpan): boolean {
  const joined = withPartAfter(ctx, zone);
  return joined !== zone && placesIn(ctx, joined);
}

/** Zone and area park endings (parkSuffixes.ts), to tell an administrative zone from an industry park. */
const ZONE_ENDING = new RegExp(`(?:${ZONE_SUFFIXES.join('|')})$`);
const AREA_ENDING = new RegExp(`(?:${AREA_SUFFIXES.join('|')})$`);

/** A line opened by a short exclamation, then the park (`活化更新有成!K扩厂增资达X`). */
const EXCLAMATION_LEAD = /^[\u4e00-\u9fff]{1,8}!\s*$/;

/** `好消息!K…`: the park opens its line's clause after a short exclamation, as its subject. */
function afterExclamation(ctx: LinkContext, park: LinkSpan): boolean {
  return EXCLAMATION_LEAD.test(ctx.structure.before(park.entity.start, 12));
}

/** A dash handing over to the news (`传来喜讯——K再度…`), right before the park. */
const DASH_LEAD = /(?:——|--|—)\s*$/;

/** `自某地传来喜讯——K再度展现…`: the park opens the news told after a dash, as its subject. */
function afterDash(ctx: LinkContext, park: LinkSpan): boolean {
  return DASH_LEAD.test(ctx.structure.before(park.entity.start, 3));
}

/** `K与L联合举办`: two parks sharing the subject, neither the article's alone. */
function joinedTo(ctx: LinkContext, first: LinkSpan, span: LinkSpan): boolean {
  return PARK_AND_PARK.test(ctx.structure.gap(first.entity.end, span.entity.start) ?? '');
}

/** `K经开区` then `某某新材料产业园`: an article about a zone names the industry parks and bases within it. */
function areaInZone(zone: LinkSpan, area: LinkSpan): boolean {
  return AREA_ENDING.test(area.name) && ZONE_ENDING.test(zone.name) && !AREA_ENDING.test(zone.name);
}
