// Clause subjects, for links (links.ts): what may come before a clause's subject, and a clause
// whose subject is a place that is not a park (its amounts are that place's, not a park's).
// A signing, said around a company or a park. Read in folded text (simplified characters, ASCII
// punctuation).
import type { LinkSpan } from './linkNames';
import { MAX_GAP, WHITE_SPACE, type TextStructure } from './linkText';
import { charSet } from '../text';
import { refolded } from '../fold';
import { placeActsMoreAt } from './placeActsMore';

/**
 * What may come before a clause's subject: a time, a connective, a news tag (one class: any of
 * these units, in any order; a range of months with a dash, `1—5月`, is a time). A set of units read in a
 * loop from the start: asked of thousands of short leads per article, where a regex's call costs more than
 * the few units it reads.
 */
export const SUBJECT_LEAD_UNITS = charSet(WHITE_SPACE + ',:0123456789０１２３４５６７８９.-~～—–年月日号份上中下半季度前后至今去明本以来截止目前据了解同时此外其中另外而从看讯报');

/** What may not stand right before a subject, after the time or connective (`的`, `与`, `在`…). */
const SUBJECT_FOLLOWS = /[的与和同在为对向有括、]/;

/**
 * A wire story's dateline: the agency (and the city it writes from), the day, `电`, the reporter in
 * brackets (`中新网8月4日电`, `新华社南昌3月5日电(记者 某某)`). What follows it opens the story's first clause.
 */
const DATELINE = /^\s*[\u4e00-\u9fff\s]{2,12}?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日\s*电\s*(?:\([^()]{0,16}\))?/;
/** The dateline's own word: a lead without it has none (asked of most clauses). */
const DATELINE_WORD = '电';

/** The lead past a dateline opening it, or the lead as it is. */
function pastDateline(lead: string): string {
  if (!lead.includes(DATELINE_WORD)) return lead;
  const dateline = DATELINE.exec(lead);
  return dateline ? lead.slice(dateline[0].length) : lead;
}

export function isSubjectLead(text: string): boolean {
  const lead = pastDateline(text);
  const timeOrConnective = subjectLeadLength(lead);
  // What the time or connective leaves: two units at most, measured before any copy is made.
  if (lead.length - timeOrConnective > 2) return false;
  return !SUBJECT_FOLLOWS.test(lead.slice(timeOrConnective));
}

/** How many units a time, a connective or a news tag takes at the start of `text` (SUBJECT_LEAD_UNITS). */
export function subjectLeadLength(text: string): number {
  let length = 0;
  while (length < text.length && SUBJECT_LEAD_UNITS.has(text.charCodeAt(length))) length++;
  return length;
}

/**
 * The furthest into `head` a clause's subject may start for isSubjectLead to take what stands before it: two
 * units past the time or connective opening it, or anywhere in a head that may open with a dateline.
 */
export function latestSubjectStart(head: string): number {
  return head.includes(DATELINE_WORD) ? head.length : subjectLeadLength(head) + 2;
}

/** Is the lead only a time, a connective or a news tag (nothing else before the subject)? */
export function isTimeOrConnective(text: string): boolean {
  const lead = pastDateline(text);
  return subjectLeadLength(lead) === lead.length;
}

/** A place's administrative suffix, and what a place does as a clause's subject. */
const ADMIN_SUFFIX = '[市县区镇乡盟州省]';
// (`宿松县1个,为总投资X的P项目`: a place's share of the projects counted before, one list item per place)
const PLACE_DEED = '(?:(?:要|将)?(?:共|累计|新|签约|完成|实现|引进|招引|全年|今年|上半年|重点|在建|开竣工|开工|竣工)|[0-9一二三四五六七八九十两]{1,3}个)';
/** A clause whose subject is a place that is not a park: it takes the amounts after it. */
const PLACE_SUBJECT = new RegExp(
  `(?:^|[,;:])\\s*(?:[0-9]{4}年|[0-9]+月(?:份)?|今年|去年|上半年|全年|一季度|前[三四]季度)?\\s*,?\\s*([\\u4e00-\\u9fff]{1,5}${ADMIN_SUFFIX})${PLACE_DEED}`,
);
/**
 * Cheap test first, the end of PLACE_SUBJECT alone: searched for once, where the whole pattern
 * is tried at every clause start (and an administrative suffix alone is in most leads).
 */
const PLACE_ACTING = new RegExp(ADMIN_SUFFIX + PLACE_DEED);
/** A park's words for itself, the county's park by its level word included (`县工业园区共签约…`). */
const PARK_WORDS_FOR_ITSELF = /^(?:(?:全|该|本|我)?(?:园|高新|开发|经开|工业园|产业园|示范|新|合作)?|县(?:高新|开发|经开|工业园|产业园))区$/;

/** Does a clause of `text` have a place (a park's words for itself included) as its subject? */
export function placeSubjectAny(text: string): boolean {
  return PLACE_ACTING.test(text) && PLACE_SUBJECT.test(text);
}

/** Does a clause of `gap` have a place that is not a park as its subject? */
export function placeSubjectIn(gap: string): boolean {
  return placeSubjectAt(gap) >= 0;
}

/** Where in `gap` the place that is a clause's subject (not a park) ends (its last character), or -1. */
export function placeSubjectAt(gap: string): number {
  const place = PLACE_ACTING.test(gap) ? PLACE_SUBJECT.exec(gap) : null;
  // `某县2月份投资X`, `、某县投资X的P项目`, `某市将…`: the forms the pattern leaves out.
  if (place === null) return placeActsMoreAt(gap);
  if (PARK_WORDS_FOR_ITSELF.test(place[1])) return -1;
  return place.index + place[0].lastIndexOf(place[1]) + place[1].length - 1;
}

/** Before a signer: `与C`, `和C`, `同C`. */
export const WITH_SIGNER = /(?:与|和|同)\s*$/;
/** After a signer, in its clause: the signing (`…签订`). */
export const SIGNING_AFTER = /^[^,;。]{0,12}(?:签约|签订|签署|签下)/;

/** `与C签约`, `与K签订协议`: the span is the one signed with. */
export function signedWith(structure: TextStructure, span: LinkSpan): boolean {
  return WITH_SIGNER.test(structure.before(span.entity.start, 2)) && SIGNING_AFTER.test(structure.after(span.entity.end, 16));
}

/**
 * Before the place of an event: `在K`, `于K`, or the city and district the park lies in between
 * (`在某某市某某区K`: a place and its level word, up to three; not a park, whose name ends otherwise).
 */
const AT_PLACE = /(?:在|于)\s*(?:[\u4e00-\u9fff]{2,4}?[省市县区镇乡]){0,3}\s*$/;
/** How far before the park its `在` and the places before it are read (UTF-16 units). */
const AT_PLACE_REACH = 16;
/**
 * After it: the event is held there (`在K举行`, `于K隆重举办`, `在K圆满成功举行`), said as the clause's
 * verb; `在K举行的签约仪式上` only sets the scene of other parties' signing.
 */
const HELD_AFTER = /^\s*(?:隆重|盛大|成功|圆满|顺利|正式){0,2}(?:举行|举办|召开)(?!的)/;

/** `签约仪式在K举行`: the article's event takes place in the park K. */
export function heldIn(structure: TextStructure, span: LinkSpan): boolean {
  return HELD_AFTER.test(structure.after(span.entity.end, 8)) && AT_PLACE.test(structure.before(span.entity.start, AT_PLACE_REACH));
}

/**
 * Before the venue, in its clause: the name of a city's or county's event for its projects, the place and its level
 * word opening it (`2016年某某市重点产业项目集中签约暨开工仪式在K举行`, `某某市2023年第一季度重大项目集中开工仪式
 * 在某县K举行`), then `在`/`于` and the places or zones on the way to K. Not `区`, which ends parks' names too
 * (`K2024年重点项目开工仪式` is the park's own event: `namesItsEvent`).
 */
const PLACES_EVENT_BEFORE = /(?:^|[,;:。!?])\s*(?:[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午)?\s*,?)?\s*(?:[0-9]{4}年)?\s*[\u4e00-\u9fff]{1,6}?[省市县州盟旗](?:[0-9]{4}年)?[^,;:。!?]{0,24}?项目[^,;:。!?]{0,16}?(?:仪式|活动|大会)\s*(?:[0-9]{1,2}日|近日|日前)?\s*(?:在|于)[\u4e00-\u9fff]{0,16}$/;
/**
 * A park's kind ending a name inside the event's name: the event is (also) the park's own
 * (`某市春季签约活动暨K产业推介会在K举行`), not only a place's.
 */
const PARK_KIND = '(?:开发区|高新区|经开区|园区|产业园|工业园|新区|合作区|试验区|示范区|集聚区|基地)';
/** A city or county with its level word (not `城市`, `市场`), or the whole of one (`全市`). */
const PLACE_WITH_LEVEL = '(?:全[省市县]|[\\u4e00-\\u9fff]{1,6}?(?<!城)[省市县州盟旗](?!场))';
/** The kinds of event a place holds for its investment (a ceremony, a campaign, a fair, a forum). */
const EVENT_KIND = '(?:仪式|活动|大会|推介会|洽谈会|论坛|峰会)';
/**
 * The wider reading of a place's event before its venue: the place and its level word opening the clause, then
 * an event's name with no `项目` but no park's kind either (`某某市2023年智能装备产业招商活动在K举行`).
 */
const PLACES_ANY_EVENT_BEFORE = new RegExp(
  `(?:^|[,;:。!?])\\s*(?:[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午)?\\s*,?)?\\s*(?:[0-9]{4}年)?\\s*${PLACE_WITH_LEVEL}` +
    `(?:(?!${PARK_KIND})[^,;:。!?]){0,32}?${EVENT_KIND}\\s*(?:[0-9]{1,2}日|近日|日前)?\\s*(?:在|于)[\\u4e00-\\u9fff]{0,16}$`,
);
/** After the venue: the event held there, a park inside it written between (`在某某工业园区某某产业基地举行`). */
const VENUE_HELD_AFTER = /^[\u4e00-\u9fff]{0,16}?\s*(?:隆重|盛大|成功|圆满|顺利|正式){0,2}(?:举行|举办|召开)(?!的)/;
/** How far before the venue the event's name is read (UTF-16 units). */
const PLACES_EVENT_REACH = 80;
/**
 * After a park: its event joined by `暨` to a city's or county's, the two held as one (`K招商签约仪式暨某某市秋季
 * 重点项目开工活动举行`); the batch told is the joint event's, which the text does not split between them.
 */
const JOINED_TO_PLACES_EVENT = new RegExp(
  `^[^,;:。!?]{0,24}?${EVENT_KIND}\\s*暨\\s*(?:[0-9]{4}年)?\\s*${PLACE_WITH_LEVEL}(?:(?!${PARK_KIND})[^,;:。!?]){0,32}?(?:仪式|活动|大会)` +
    '\\s*(?:隆重|盛大|成功|圆满|顺利|正式){0,2}(?:举行|举办|召开)(?!的)',
);
/** How far after the park its event joined to a place's is read (UTF-16 units). */
const JOINED_REACH = 72;

/**
 * `某某市秋季项目签约仪式在K举行`, `某某市…经贸活动在K举行`, `K…仪式暨某某市…活动举行`: the park only hosts, or
 * shares, a city's or county's event; the projects and sums the event counts are the place's, not the park's
 * (guidelines: a ceremony's place is not where the money goes; a link is absent when the text does not say which).
 */
export function venueOfPlacesEvent(structure: TextStructure, span: LinkSpan): boolean {
  return joinedToPlacesEvent(structure, span) || (VENUE_HELD_AFTER.test(structure.after(span.entity.end, 28)) && placesEventBefore(structure.before(span.entity.start, PLACES_EVENT_REACH)));
}

/** The place's event named before the venue: with its projects (`PLACES_EVENT_BEFORE`), or any, no park's kind in it. */
function placesEventBefore(before: string): boolean {
  return PLACES_EVENT_BEFORE.test(before) || PLACES_ANY_EVENT_BEFORE.test(before);
}

/** `K招商签约仪式暨某某市秋季项目开工活动举行`: the park's event is one with a city's or county's. */
function joinedToPlacesEvent(structure: TextStructure, span: LinkSpan): boolean {
  const after = structure.after(span.entity.end, JOINED_REACH);
  return after.includes('暨') && JOINED_TO_PLACES_EVENT.test(after);
}

/**
 * After a park, in its clause: the name of an event of its projects (`K重点项目集中开工仪式`, `K2024年二季度
 * 重点项目签约活动`, `K(某某区)产业建圈重大项目签约仪式`): a time, the kind of projects, their signing, start
 * or commissioning, then the ceremony; or a promotion fair, its trade at most before it (`K铝材加工专题推介会`,
 * `K招商洽谈会`). The event is the park's, and the projects it counts are; not one the park's
 * officials attend or announce (`K党工委书记某某出席全市重点项目开工仪式`).
 */
const PROJECTS_EVENT_AFTER = /^(?![^,;:。!?]{0,24}?(?:出席|参加|主持|宣布|书记|主任|局长|观摩|调研))(?:[^,;:。!?]{0,24}?项目[^,;:。!?]{0,12}?(?:签约|开工|开复工|投产|竣工|奠基)[^,;:。!?]{0,8}?(?:仪式|活动|大会)|[^,;:。!?]{0,16}?(?:推介会|招商会|洽谈会))/;
/** How far after the park its event's name is read (UTF-16 units). */
const EVENT_REACH = 48;

/** `K重点项目集中开工仪式举行`, `在K…项目签约仪式上`: the park names the event of its projects. */
export function namesItsEvent(structure: TextStructure, span: LinkSpan): boolean {
  return PROJECTS_EVENT_AFTER.test(structure.after(span.entity.end, EVENT_REACH));
}

/** Before the park that tells the news: `记者从K`. */
const FROM_SOURCE = /从\s*$/;
/**
 * After it: `了解到`, `获悉`, `获得消息`; its office first (`管委会`, `某某局`: `从K商务局获悉`) or the meeting it held
 * (`从K举办的通报会上获悉`), in one clause: the park tells the news through them.
 */
const TOLD_AFTER = /^\s*(?:(?:管理委员会|管委会|[\u4e00-\u9fff]{1,6}?局|[^,;:。!?]{0,12}?会上)\s*)?(?:了解到|获悉|得悉|获得消息|获取消息)/;
/** How far after the park its office or meeting and the verb of learning are read (UTF-16 units). */
const TOLD_REACH = 24;

/** `记者从K了解到,该区…`, `记者从K管委会获悉`: the park K tells the article's news, which is about it. */
export function toldBy(structure: TextStructure, span: LinkSpan): boolean {
  return FROM_SOURCE.test(structure.before(span.entity.start, 2)) && TOLD_AFTER.test(structure.after(span.entity.end, TOLD_REACH));
}

/** Where a clause of a folded lead ends: `,` `;` `:`. */
const CLAUSE_MARKS = /[,;:]/;

/**
 * The lead from its first whole clause: a lead cut at MAX_GAP may start inside a name
 * (`…新区重点打造的…`), which must not read as a clause opened by a place.
 */
export function wholeClauses(structure: TextStructure, amount: LinkSpan, lead: string): string {
  const sentenceStart = structure.sentenceStart(amount.sentence);
  if (amount.entity.start - lead.length <= sentenceStart || readFromSentenceStart(amount, lead, sentenceStart)) return lead;
  const cut = lead.search(CLAUSE_MARKS);
  return cut < 0 ? '' : lead.slice(cut);
}

/**
 * A page glossing its characters in pinyin (`宜秀區(qū)1個`) folds to fewer units than it is written in, so a lead
 * shorter than the stretch before the amount may still be whole: read from the sentence's start (the stretch within
 * the twice MAX_GAP units `LinkContext.leadStart` reads) and not cut to MAX_GAP.
 */
function readFromSentenceStart(amount: LinkSpan, lead: string, sentenceStart: number): boolean {
  return lead.length < MAX_GAP && amount.entity.start - 2 * MAX_GAP <= sentenceStart;
}

/**
 * `项目12个` right after a park, or after a verb of bringing projects in and their kind (`K共签约产业项目76个`,
 * `K累计引进重大项目12个`), or the count first and the projects' event after (`K47个重点项目集中开工`): the park's
 * projects, counted.
 */
const PROJECTS_COUNTED_AFTER = /^\s*(?:(?:的)?(?:(?:共|累计|共计|已|新)?(?:签约|引进|招引|落地|开工|新签)[\u4e00-\u9fff]{0,4}?)?项目\s*[0-9一二三四五六七八九十]{1,4}\s*[个项]|(?:共|累计)?[0-9一二三四五六七八九十]{1,4}\s*[个项][\u4e00-\u9fff]{0,6}?项目(?:集中)?(?:签约|开工|落地|开建|动工))/;

/** How far after a park its counted projects are read (UTF-16 units). */
const PROJECTS_COUNTED_REACH = 40;

/** `K项目12个`, `K共签约产业项目76个`: the park counts its projects (the sums after are its). */
export function countsItsProjects(structure: TextStructure, park: LinkSpan): boolean {
  const after = structure.after(park.entity.end, PROJECTS_COUNTED_REACH);
  // A scraped page's pinyin glosses (`新区(qū)共签约产(chǎn)业(yè)项目`) are read past.
  return PROJECTS_COUNTED_AFTER.test(refolded(after.includes('(') ? after.replace(PINYIN_GLOSSES, '') : after));
}

/** A scraped page's pinyin gloss after a character (`产(chǎn)`). */
const PINYIN_GLOSSES = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)/g;
