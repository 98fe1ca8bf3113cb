// The topic a paragraph continues, for links (links.ts): the company, project and park it set so
// far, what opens a paragraph or a sentence as its subject, and what carries a topic from one
// paragraph to the next (`该项目…`, `该协议…`, a company's brand opening its profile).
import type { LinkSpan } from './linkNames';
import { isSubjectLead, latestSubjectStart, signedWith } from './linkClauses';
import { WINDOW, type LinkContext, type SaidSoFar } from './linkContext';
import { parkByKind } from './parkByKind';
import { signsWithParty } from './companySigns';
import { samePark } from './linkParks';
import { titledPersonCompany } from './companyOfTitles';

/** Facts a paragraph has set so far: the topic it continues. */
export interface Topic {
  company?: LinkSpan;
  project?: LinkSpan;
  /** A park the paragraph placed its company or project in (`在K投资成立…`). */
  park?: LinkSpan;
  /** The company an earlier item amount of the paragraph was linked to, and that amount's position. */
  payer?: { company: LinkSpan; at: number };
  /** How far after the topic project the text was read for the projects as a group (see groupSince). */
  groupRead?: { project: LinkSpan; upTo: number };
  /** The park the last sentence opened with as its subject (`K占地500亩,…`): the paragraph's money, when nothing nearer says. */
  parkOpened?: LinkSpan;
  /** The company whose own, unnamed project the paragraph goes on about (`C项目工地上…`), until a project is named. */
  ownProjectOf?: LinkSpan;
}

/**
 * A topic with every field present, in one order: topics built field by field in varying orders
 * had several shapes, and each new one deoptimised the functions reading them (V8's 'wrong map').
 */
export function newTopic(company?: LinkSpan): Topic {
  return { company, project: undefined, park: undefined, payer: undefined, groupRead: undefined, parkOpened: undefined, ownProjectOf: undefined };
}

// ---- what opens a paragraph ----------------------------------------------------------------

/** Words that say where a paragraph's news comes from before its subject (`据悉,该项目…`), shared with companyOfLead.ts. */
export const SOURCE_LEAD = '(?:据悉|据了解|据介绍|记者了解到)';

/**
 * A paragraph that opens by going on about the project before it: `项目投产后,…`, `项目分两期建设`, where it lies or what
 * it holds (`项目位于K`, `项目选址…`, `项目总投资…`: a heading line holding only its name is the project before), or `该项目…`
 * whatever it says next (`该项目集研发、制造于一体`), also after a word saying where the news
 * comes from (`据悉,该项目…`).
 */
const PARAGRAPH_PROJECT_ANAPHOR = new RegExp(`^\\s*(?:${SOURCE_LEAD}\\s*[,，]?\\s*)?(?:(?:该|此|本)项目|项目(?:建成|投产|达产|全部|全面|落地|竣工|规划|由|分|位于|选址|坐落|总投资|计划|预计|拟|将|总?占地|总?用地|主要))`);
/**
 * `某中心主任某某指出,该项目…`: a speaker's words about the project before, opening the paragraph; so does the
 * source a reporter had them from (`记者今日从某市有关部门了解到,该项目…`).
 */
const SPEAKER_THEN_PROJECT = /^\s*[^,，。;；:：]{2,30}?(?:表示|指出|介绍|说|透露|了解到|获悉|得知)\s*[,，:：]\s*(?:该|此|这个)项目/;
/** How far into the paragraph a speaker's lead is read (UTF-16 units). */
const SPEAKER_REACH = 40;
/**
 * A paragraph that opens by listing the projects the paragraph before counted (`六大项目包括:…`,
 * `上述项目分别是…`): they are where that paragraph put them.
 */
const PARAGRAPH_GROUP_LIST = /^\s*(?:这些|上述|以上|首批|[一二三四五六七八九十两\d]{1,2}(?:大|个))项目(?:包括|分别|有|为|是)/;
/**
 * `C。图片来源:某某广电`: a photo's caption naming what it shows, then its credit; like a caption line it
 * introduces the company the next paragraph speaks of.
 */
const PHOTO_CAPTION = /^\s*[^。!！?？\n]{2,40}[。.]?\s*(?:图片来源|图源|摄影|供图|图\s*[/／])\s*[:：]?/;
/** How far into a paragraph a photo caption and its credit are read (UTF-16 units). */
const MAX_HEADING_CAPTION = 64;
/** A paragraph that goes on about the agreement of the paragraph before (`该协议…`, `根据协议,…`). */
const AGREEMENT_ANAPHOR = /^\s*(?:根据|按照|依据)?\s*(?:该|此|上述)?(?:协议|合同)/;

/**
 * The topic a paragraph opens with, from the topic the paragraph before it ended with: a caption
 * (`C董事长某某`) introduces its company, `项目投产后，…` goes on about its project, `该协议…`
 * about the agreement it signed (its project and the park that signed it), and a company's
 * brand opening it makes it that company's profile.
 */
export function paragraphTopic(ctx: LinkContext, said: SaidSoFar, last: Topic, lastParagraph: number, paragraph: number): Topic {
  const caption =
    last.company !== undefined &&
    lastParagraph >= 0 &&
    onlyBlankBetween(ctx, lastParagraph, paragraph) &&
    (ctx.structure.isHeading(lastParagraph, false) || opensWith(ctx, lastParagraph, PHOTO_CAPTION, MAX_HEADING_CAPTION));
  const topic = newTopic(caption ? last.company : undefined);
  if (last.project && (opensWith(ctx, paragraph, PARAGRAPH_PROJECT_ANAPHOR) || opensWith(ctx, paragraph, SPEAKER_THEN_PROJECT, SPEAKER_REACH))) topic.project = last.project;
  if (last.park && paragraph === lastParagraph + 1 && opensWith(ctx, paragraph, PARAGRAPH_GROUP_LIST)) topic.park = last.park;
  const agreement = said.agreement;
  if (agreement && agreement.paragraph === paragraph - 1 && opensWith(ctx, paragraph, AGREEMENT_ANAPHOR)) {
    topic.project = agreement.project;
    topic.park = agreement.park;
  }
  topic.company ??= brandLeading(ctx, paragraph);
  topic.project ??= projectOfOpeningOwner(ctx, said, last, paragraph);
  return topic;
}

/** Are the lines between two paragraphs all blank (none when they follow each other)? */
export function onlyBlankBetween(ctx: LinkContext, before: number, after: number): boolean {
  for (let p = before + 1; p < after; p++) {
    const { start, end } = ctx.structure.paragraph(p);
    if (!/^\s*$/.test(ctx.structure.text.slice(start, end))) return false;
  }
  return after > before;
}

/**
 * `5月8日,C某某项目举行开工典礼。`⏎`C是一家…企业。该项目总投资X`: a paragraph opened by the company of
 * the project before (after a time at most) goes on about that project too.
 */
function projectOfOpeningOwner(ctx: LinkContext, said: SaidSoFar, last: Topic, paragraph: number): LinkSpan | undefined {
  const owner = last.project && said.projectCompany.get(last.project.name);
  if (!owner) return undefined;
  const { start, end } = ctx.structure.paragraph(paragraph);
  const head = ctx.structure.gap(start, Math.min(end, start + owner.name.length + 12)) ?? '';
  const at = head.indexOf(owner.name);
  return at >= 0 && isSubjectLead(head.slice(0, at)) ? last.project : undefined;
}

/** Does the paragraph's head (a few units) read so? */
function opensWith(ctx: LinkContext, paragraph: number, re: RegExp, reach = 12): boolean {
  const { start, end } = ctx.structure.paragraph(paragraph);
  return re.test(ctx.structure.gap(start, Math.min(end, start + reach)) ?? '');
}

/** Right after a brand: it is one of a list (`、和及与`) or glossed (`(`), no paragraph's subject. */
const LISTED_OR_GLOSSED_NEXT = /^[、和及与(]/;

/**
 * `格力电器此次开建的基地…。项目投资50亿元`: a paragraph that opens with a registered company's
 * brand, or a short name the article gave a company (after a time at most), is that company's profile, as one
 * that opens with its name.
 */
function brandLeading(ctx: LinkContext, paragraph: number): LinkSpan | undefined {
  if (ctx.writtenAgain.length === 0) return undefined;
  const { start, end } = ctx.structure.paragraph(paragraph);
  const head = ctx.structure.gap(start, Math.min(end, start + 24)) ?? '';
  // A brand first written further into the head than a subject may start leads no subject (isSubjectLead): the
  // head is read that far only, once for every brand.
  const latest = latestSubjectStart(head);
  for (const { brand, span } of ctx.writtenAgain) {
    const at = firstWrittenBy(head, brand, latest);
    if (at >= 0 && isSubjectLead(head.slice(0, at)) && !LISTED_OR_GLOSSED_NEXT.test(head.slice(at + brand.length))) return span;
  }
  return undefined;
}

/** Where `word` is first written in `text`, when that is at `latest` or before; -1 otherwise. */
function firstWrittenBy(text: string, word: string, latest: number): number {
  const first = word.charCodeAt(0);
  for (let at = 0; at <= latest && at + word.length <= text.length; at++) if (text.charCodeAt(at) === first && text.startsWith(word, at)) return at;
  return -1;
}

// ---- what a sentence is about --------------------------------------------------------------

/** How far into a sentence its opening brand is looked for (UTF-16 units). */
const BRAND_SUBJECT_REACH = 24;

/**
 * `…金桥公司计划投资X。天顺风能计划投资Y建设…`: a sentence that opens with a registered company's brand, or a
 * short name the article gave a company (after a time at most; not one of a list, not glossed), has that
 * company as its subject, as a sentence that opens with its tagged name (companySubjectOf) has: the
 * company spoken of before is no longer the one paying. Asked only when no tagged company opens a clause.
 */
export function brandSubjectOf(ctx: LinkContext, from: number): LinkSpan | undefined {
  if (ctx.writtenAgain.length === 0) return undefined;
  const start = ctx.structure.sentenceStart(ctx.spans[from].sentence);
  const head = ctx.structure.gap(start, Math.min(ctx.spans[from].entity.start, start + BRAND_SUBJECT_REACH)) ?? '';
  for (const { brand, span } of ctx.writtenAgain) {
    const at = head.indexOf(brand);
    if (at >= 0 && isSubjectLead(head.slice(0, at)) && !LISTED_OR_GLOSSED_NEXT.test(head.slice(at + brand.length))) return span;
  }
  return undefined;
}

/** `新开工的P项目总占地…`: a batch word before the project still leaves it the subject. */
const BATCH_LEAD = /^\s*(?:新|此次|本次|今年|当天|当日)?(?:开工|签约|竣工|投产|落户|引进|开建)的\s*$/;
/** A sentence that states a part of the sentence before it. */
const PART_OF_WHOLE = /^\s*其中/;

/**
 * `子公司在当地投资建设P项目。项目计划总投资X`: a sentence without money that names one project only
 * leaves it the paragraph's project, for a `该项目`/`项目…` after it (`topicProject` asks for that anaphor);
 * not when `该项目` before it in the sentence speaks of another (`anaphorBefore`).
 */
export function soleProjectWithoutMoney(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  let sole: LinkSpan | undefined;
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    if (span.entity.label === 'MONEY') return undefined;
    const project = ctx.asProject(span);
    if (!project) continue;
    if (sole && sole.name !== project.name) return undefined;
    sole = project;
  }
  return sole && !anaphorBefore(ctx, sole) ? sole : undefined;
}

/** `该项目`/`此项目` before a span in its sentence, up to ANAPHOR_REACH units before it. */
const ANAPHOR_SUBJECT = /(?:该|此|这个|本)项目/;
const ANAPHOR_REACH = 60;

/**
 * `该项目投产后,可每年为P项目提供原料`: the sentence speaks of the project before by its anaphor; P, named after
 * it, is what that project serves or meets, not what the paragraph goes on about.
 */
function anaphorBefore(ctx: LinkContext, span: LinkSpan): boolean {
  const start = ctx.structure.sentenceStart(span.sentence);
  return ANAPHOR_SUBJECT.test(ctx.structure.before(span.entity.start, Math.min(span.entity.start - start, ANAPHOR_REACH)));
}

/**
 * The project the sentence is about: its first span, when that is a project and only a time or
 * a connective comes before it (the lead is read only then).
 */
export function projectSubjectOf(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  if (from >= to) return undefined;
  const first = ctx.spans[from];
  const project = ctx.asProject(first);
  if (!project) return eventSubject(ctx, from, to);
  const start = ctx.structure.sentenceStart(first.sentence);
  const lead = ctx.structure.gap(start, first.entity.start);
  if (lead !== undefined && (isSubjectLead(lead) || BATCH_LEAD.test(lead))) return project;
  return eventSubject(ctx, from, to);
}

/** The event a project's own news reports, right after its name (`P项目正式封顶`). */
const OWN_EVENT_AFTER = /^\s*(?:正式|顺利|成功|今日|日前)?(?:开工|封顶|竣工|奠基|投产|开建|动工)/;

/**
 * `被列入K重点项目的P项目正式封顶`: a sentence whose one project is followed by its own event is
 * about that project, though a description comes before it; no money of the sentence's own
 * (the amounts' rules read such sentences themselves).
 */
function eventSubject(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  let found: LinkSpan | undefined;
  for (let j = from; j < to && j < from + WINDOW; j++) {
    const span = ctx.spans[j];
    if (span.entity.label === 'MONEY') return undefined;
    if (span.entity.label !== 'PROJECT') continue;
    if (found || !span.named) return undefined;
    found = span;
  }
  return found && OWN_EVENT_AFTER.test(ctx.structure.after(found.entity.end, 8)) ? found : undefined;
}

/** `…宝马公司,美国通用公司,日本丰田等汽车配套`: a comma list closed by 等 a few characters on. */
const LIST_CLOSED_AFTER = /^\s*[,，]\s*[^,，。;；:：]{1,8}等/;
/** `C、D`, `C和D`: the company is one of a list. */
const LISTED_NEXT = /^[、和及与]/;

/**
 * The first named company that begins a clause of the sentence (or opens it after where it is:
 * `位于某某区的C在投产后…`) and is not one of a list.
 */
export function companySubjectOf(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'COMPANY' || !span.named) continue;
    if ((LISTED_NEXT.test(ctx.structure.after(span.entity.end, 1)) && !signsWithParty(ctx, j)) || LIST_CLOSED_AFTER.test(ctx.structure.after(span.entity.end, 12))) continue;
    if (ctx.beginsClause(span) || placedSubject(ctx, span) || titledPersonCompany(ctx, span) || SUBSIDIARY_OPENING.test(ctx.structure.before(span.entity.start, 12))) return span;
  }
  return undefined;
}

/** A sentence opened by where the company is, then `的` right before it (`位于杏山工业区的C…`). */
const PLACED_LEAD = /^(?:位于|地处|坐落于|坐落在|落户于|落户在|落户|入驻)[^,;:。、]{1,16}的$/;

function placedSubject(ctx: LinkContext, span: LinkSpan): boolean {
  const start = ctx.structure.sentenceStart(span.sentence);
  const lead = ctx.structure.gap(start, span.entity.start);
  return lead !== undefined && PLACED_LEAD.test(lead.trim());
}

/**
 * `公告称,公司控股子公司C拟在K投资…`, `董事会宣布,本公司之间接全资附属公司C签订…`: a clause opened by the
 * subsidiary's name, said as the company's (`附属公司` is how Hong Kong announcements write a subsidiary).
 */
const SUBSIDIARY_OPENING = /(?:^|[,:;。])\s*(?:公司|本公司)?(?:的|之)?(?:间接)?(?:全资|控股)?(?:子公司|附属公司)\s*$/;

/** `X与C举行签约仪式`: the company that signs, in this sentence. */
export function signerIn(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'COMPANY' || !span.named) continue;
    if (signedWith(ctx.structure, span)) return span;
  }
  return undefined;
}

/** A sentence opened by `该开发区…`, `该孵化园…`: the park it speaks of, for the paragraph after it. */
export function parkSubjectByKind(ctx: LinkContext, from: number): LinkSpan | undefined {
  const first = ctx.spans[from];
  const start = ctx.structure.sentenceStart(first.sentence);
  const end = Math.min(start + 16, ctx.structure.text.length);
  if (!ctx.structure.holdsEither('该', '該', start, end)) return undefined;
  const head = ctx.structure.gap(start, end) ?? '';
  const at = head.indexOf('该');
  if (at < 0 || !isSubjectLead(head.slice(0, at))) return undefined;
  return parkByKind(ctx, first, head.slice(at));
}

/**
 * `K签约金额达到N。其中，C投资M…`: a sentence opened by 其中 right after a park's total
 * states a part of it, so its money goes to that park.
 */
export function parkOfWhole(ctx: LinkContext, said: SaidSoFar, from: number): LinkSpan | undefined {
  const sentence = ctx.spans[from].sentence;
  const whole = said.whole;
  if (whole === undefined || whole.sentence >= sentence) return undefined;
  const start = ctx.structure.sentenceStart(sentence);
  if (PART_OF_WHOLE.test(ctx.structure.text.slice(start, start + 4)) && (whole.sentence === sentence - 1 || nothingSaidSince(ctx, from, whole))) return whole.park;
  // `在这57个项目中,A类项目有5个,总投资X;B类项目有6个,总投资Y`: the `;` clauses go on listing its parts.
  const parts = said.parts;
  const listGoesOn = parts !== undefined && parts.sentence === sentence - 1 && CLAUSE_SEMICOLON.test(ctx.structure.before(start, 2));
  if (!listGoesOn && !countedByWhole(ctx, whole.sentence, start)) return undefined;
  const park = listGoesOn ? parts.park : whole.park;
  said.parts = { sentence, park };
  return park;
}

/** How many sentences may stand between a park's whole and the `其中` sentence stating a part of it. */
const PART_AFTER_SENTENCES = 3;

/**
 * `K…N个项目签约动工,总投资X。这是K…的一项安排。`⏎`这些项目分布在…。其中,…13个,总投资Y`: the
 * sentences between the whole and the `其中` sentence at span `from` (a few, in the whole's paragraph or the next)
 * state no money and name no other park, so the `其中` still divides that whole. Reads the spans between only.
 */
function nothingSaidSince(ctx: LinkContext, from: number, whole: { sentence: number; park: LinkSpan }): boolean {
  const first = ctx.spans[from];
  if (first.sentence - whole.sentence - 1 > PART_AFTER_SENTENCES || first.paragraph - ctx.structure.paragraphOf(ctx.structure.sentenceStart(whole.sentence)) > 1) return false;
  for (let j = from - 1; j >= 0 && ctx.spans[j].sentence > whole.sentence; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'MONEY' || (span.entity.label === 'PARK' && !samePark(span.name, whole.park.name))) return false;
  }
  return true;
}

/** A `;` right before a sentence: it goes on with the clauses before it. */
const CLAUSE_SEMICOLON = /[;；]\s*$/;

/** `在这57个项目中,…`: a sentence opened by the projects a whole counted, said by their number. */
const AMONG_COUNTED = /^\s*(?:在)?(?:这|此|上述|以上)\s*(\d{1,4})\s*[个项]\s*(?:重点)?项目中/;
/** How far the head of a sentence is read for AMONG_COUNTED (UTF-16 units). */
const AMONG_COUNTED_REACH = 20;

/**
 * `…集中开工重点建设项目57个,总投资X。`⏎`在这57个项目中,产业项目有5个,总投资Y`: the sentence at
 * `start` opens with the projects the whole's sentence counted (the same number, counted there),
 * so its money is a part of that park's whole, however far after it.
 */
function countedByWhole(ctx: LinkContext, wholeSentence: number, start: number): boolean {
  const head = ctx.structure.gap(start, Math.min(start + AMONG_COUNTED_REACH, ctx.structure.text.length)) ?? '';
  const among = AMONG_COUNTED.exec(head);
  if (among === null) return false;
  const wholeText = ctx.structure.gap(ctx.structure.sentenceStart(wholeSentence), ctx.structure.sentenceStart(wholeSentence + 1)) ?? '';
  return new RegExp(`(?<!\\d)${among[1]}\\s*[个项]`).test(wholeText);
}
