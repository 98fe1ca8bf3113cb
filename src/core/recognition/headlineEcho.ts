// A headline repeats the article's main fact cut from its sentence (`某市招商引资超50亿元`,
// `某区赴海外招商 揽资8亿美元`): the sentence rules find no verb or subject there and read the amount
// as money of no kind (`other`), as one item's, or, naming no owner, as a sum. The body states the same
// value with its context, so the headline's amount reads as its body twin does, on these points only
// (measured on the pool: where a title amount reads `other` or `item` and its twin does not, the twin's
// reading was right every time; a sum over an item twin was an item in the 4 headlines naming one thing
// started or signed and a sum in the 3 of a batch, a count or a region's drive; the other differences, a
// signing headline over an investment total, are the gold's own choice).
// Its links come later, in the links layer: `copyToTitle` (links.ts) gives a title amount the links of the
// first body amount with the same value, currency, role and scope, which this echo often makes it share.
import type { Entity } from '../types';
import { TopOfPage } from '../articleTitle';
import { foldedStretch } from '../fold';
import { signedRightBefore } from './signedRightBefore';

/** One paragraph of the text: where it starts and its text (a TextSource's `paragraphs(at, at)`). */
export type ParagraphAt = (offset: number) => { start: number; text: string };

/** `echoHeadline` over a whole text. */
export function echoHeadlineOfText(entities: Entity[], text: string): Entity[] {
  return entities.length > 0 ? echoHeadline(entities, text.length, paragraphsOf(text)) : entities;
}

/** The paragraphs of a string, for `headlineOf`. */
function paragraphsOf(text: string): ParagraphAt {
  return (offset) => {
    const start = offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    return { start, text: text.slice(start, newline < 0 ? text.length : newline) };
  };
}

/** Longest headline (trimmed, UTF-16 units): a longer first paragraph is the lead, not a title. */
const MAX_HEADLINE = 64;
/** Paragraphs read from the top to find the headline (blank lines, a site's trail, a date above it). */
const MAX_TOP_PARAGRAPHS = 8;
/** A title is a line, not a paragraph full of amounts. */
const MAX_HEADLINE_AMOUNTS = 4;
/** A full stop inside it: a sentence, not a headline. */
const SENTENCE_END = /[。！？!?][^。！？!?]/;

/**
 * The headline of the article: the first paragraph that may be a title as the links read it (`TopOfPage`,
 * articleTitle.ts), when it is short and holds no full stop; undefined otherwise. A list of other pages'
 * titles above it counts as one paragraph read.
 */
export function headlineOf(length: number, paragraphAt: ParagraphAt): { start: number; end: number } | undefined {
  const top = new TopOfPage();
  let para = paragraphAt(0);
  for (let k = 0; k < MAX_TOP_PARAGRAPHS; ) {
    const { start, text } = para;
    const reading = top.read(text.slice(0, 200), (ahead) => headAfter(para, ahead, length, paragraphAt));
    if (reading === 'title') {
      const line = text.trim();
      return line.length <= MAX_HEADLINE && !SENTENCE_END.test(line.replace(/[!！]/g, '，')) ? { start, end: start + text.length } : undefined;
    }
    if (reading !== 'listed') k++;
    const next = start + text.length + 1;
    if (next > length) return undefined;
    para = paragraphAt(next);
  }
  return undefined;
}

/** The head (first 200 units) of the paragraph `ahead` paragraphs after `para`; undefined past the text's end. */
function headAfter(para: { start: number; text: string }, ahead: number, length: number, paragraphAt: ParagraphAt): string | undefined {
  let at = para;
  for (let k = 0; k < ahead; k++) {
    const next = at.start + at.text.length + 1;
    if (next > length) return undefined;
    at = paragraphAt(next);
  }
  return at.text.slice(0, 200);
}

/**
 * The entities with each headline amount read as its body twin reads (`twinOf`): its role when the
 * headline's is `other`, its `aggregate` scope when the headline's is `item`. Changed amounts are
 * copies; the array is returned as it is when nothing changes. Linear: one pass over the amounts
 * after the headline, stopped once every headline amount has its twin.
 */
export function echoHeadline(entities: Entity[], length: number, paragraphAt: ParagraphAt): Entity[] {
  return readHeadline(entities, length, paragraphAt).entities;
}

/**
 * `echoHeadline`, and what it changed (`echoed`: the changed amounts' places and readings, '' for
 * none), so that an update can tell whether an edit changed the headline's reading from afar.
 */
export function readHeadline(entities: Entity[], length: number, paragraphAt: ParagraphAt): { entities: Entity[]; echoed: string } {
  const unchanged = { entities, echoed: '' };
  const headline = entities.length > 0 ? headlineOf(length, paragraphAt) : undefined;
  if (!headline) return unchanged;
  const inTitle: number[] = [];
  let k = 0;
  while (k < entities.length && entities[k].start < headline.end) {
    const e = entities[k];
    if ((e.start >= headline.start || kickerAbove(e, paragraphAt)) && e.label === 'MONEY' && e.role !== undefined && e.role !== 'threshold') inTitle.push(k);
    k++;
  }
  if (inTitle.length > MAX_HEADLINE_AMOUNTS) return unchanged;
  const oneThing = !MANY_IN_HEADLINE.test(paragraphAt(headline.start).text);
  const wanting = inTitle.filter((i) => entities[i].role === 'other' || entities[i].role === 'contract' || entities[i].scope === 'item' || oneThing);
  const twins = new Map<number, Entity>();
  for (; k < entities.length && twins.size < wanting.length; k++) {
    const body = entities[k];
    if (body.label !== 'MONEY') continue;
    for (const i of wanting) if (!twins.has(i) && isTwin(entities[i], body)) twins.set(i, body);
  }
  const out = entities.slice();
  const changed: string[] = [];
  for (const [i, twin] of twins) {
    out[i] = echoed(entities[i], twin, oneThing, () => signedObjectInHeadline(entities[i], paragraphAt));
    if (out[i] !== entities[i]) changed.push(`${out[i].start}:${out[i].role}:${out[i].scope}`);
  }
  const index = pageIndexAmounts(entities, paragraphAt, headline);
  for (const i of index.amounts) {
    const top = repeatedTopAmount(out, i, index.text, paragraphAt);
    if (top < 0 || (out[top].role === entities[i].role && out[top].scope === entities[i].scope)) continue;
    out[i] = { ...entities[i], role: out[top].role, scope: out[top].scope };
    changed.push(`${out[i].start}:${out[i].role}:${out[i].scope}`);
  }
  return changed.length === 0 ? unchanged : { entities: out, echoed: changed.join(' ') };
}

/**
 * The amounts of the article's last money paragraph, after the headline: a paper's page index there
 * (`2023-02-11 170亿元 7 7 某某报 content_1.html 1 <headline>`) repeats the kicker's or the subtitle's line, its
 * figures cut of their words (`repeatedTopAmount` checks the line). One paragraph read, the last one holding money.
 */
function pageIndexAmounts(entities: Entity[], paragraphAt: ParagraphAt, headline: { start: number; end: number }): { amounts: number[]; text: string } {
  const none = { amounts: [], text: '' };
  let last = entities.length - 1;
  while (last >= 0 && entities[last].label !== 'MONEY') last--;
  if (last < 0 || entities[last].start < headline.end) return none;
  const para = paragraphAt(entities[last].start);
  const amounts: number[] = [];
  for (let k = last; k >= 0 && entities[k].start >= para.start; k--) if (entities[k].label === 'MONEY') amounts.push(k);
  // An index line holds a few figures; a last paragraph full of them is the body's.
  return amounts.length <= MAX_HEADLINE_AMOUNTS ? { amounts, text: para.text } : none;
}

/**
 * The first amount of the same value as the index's amount `i`, when the index repeats its whole line (the
 * kicker `170亿元`, the subtitle `签约项目总投资681亿元`); -1 when the first such amount's line is not repeated.
 */
function repeatedTopAmount(entities: Entity[], i: number, indexText: string, paragraphAt: ParagraphAt): number {
  for (let k = 0; k < i; k++) {
    const e = entities[k];
    if (e.label !== 'MONEY' || !isTwin(e, entities[i])) continue;
    const line = paragraphAt(e.start).text.trim();
    return isTopLine(line) && line.length < indexText.trim().length && indexText.includes(line) && e.role !== 'other' ? k : -1;
  }
  return -1;
}

/** A line as a title, a kicker or a subtitle is written: short, no sentence in it. */
function isTopLine(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADLINE && !SENTENCE_END.test(line);
}

/** Characters a kicker line may hold besides its amount (`约`, `超`, a mark). */
const KICKER_SLACK = 3;

/**
 * `170亿元` alone on a line above the headline (a paper's kicker, too short to be the title): the headline's
 * figure, cut of all its words, so read as the headline's amounts are.
 */
function kickerAbove(amount: Entity, paragraphAt: ParagraphAt): boolean {
  const line = paragraphAt(amount.start).text.trim();
  return line.length <= amount.end - amount.start + KICKER_SLACK;
}

/**
 * What makes a headline speak of many (a batch, a count, a region's drive for investment: `集中开工`,
 * `投资共700件`, `全年招商引资逾85亿`); without any, it names one thing started or signed.
 */
const MANY_IN_HEADLINE = /集中|招商|引资|批|共|以上|[0-9０-９一二三四五六七八九十两几多]+[个件家项宗]/;

/**
 * The headline's amount read as its twin reads it, where the headline's own reading is the weaker: its role
 * when it has none, its scope when the twin sums; and, in a headline naming one thing (`oneThing`), the
 * twin's `item` over a sum read only because the cut sentence names no owner (`总投资60亿!某某城开工`).
 */
function echoed(title: Entity, twin: Entity, oneThing: boolean, signedObject: () => boolean): Entity {
  const role = (title.role === 'other' && twin.role !== 'other' && twin.role !== 'threshold') || (signedOverInvestment(title, twin) && !signedObject()) ? twin.role : title.role;
  const scope = title.scope === 'item' && twin.scope === 'aggregate' ? 'aggregate' : oneThing && title.scope === 'aggregate' && twin.scope === 'item' ? 'item' : title.scope;
  return role === title.role && scope === title.scope ? title : { ...title, role, scope };
}

/**
 * `某区12个项目集中签约引资X` over `…签约项目12个,总投资X`: a headline read as signed money only because a signing
 * stands in its cut sentence, whose body twin states the same value as the projects' investment total, is that
 * total (the body's words say what kind it is; a twin read as signed money leaves the headline as it is).
 */
function signedOverInvestment(title: Entity, twin: Entity): boolean {
  return title.role === 'contract' && twin.role === 'investment';
}

/** How far before a headline's amount its verb of signing is read, and how far after it the projects it may size. */
const SIGNED_REACH_BEFORE = 8;
const SIGNED_REACH_AFTER = 24;

/**
 * `某某洽谈会首日签下X`, `某某股份:签订X项目投资合同`: a headline's amount that is the object of a verb of signing
 * says itself what was signed; a body twin stating the projects' investment does not make it their investment.
 */
function signedObjectInHeadline(title: Entity, paragraphAt: ParagraphAt): boolean {
  const para = paragraphAt(title.start);
  const start = title.start - para.start;
  const end = title.end - para.start;
  const before = foldedStretch(para.text, Math.max(0, start - SIGNED_REACH_BEFORE), start);
  const after = foldedStretch(para.text, end, Math.min(para.text.length, end + SIGNED_REACH_AFTER));
  return signedRightBefore(before + after, before.length, before.length);
}

/**
 * The body's amount the headline repeats: the same currency and the same value, or, the headline
 * rounding it, the value its words allow: `超3800亿元` over `3826.4亿元` (at least: from the headline's
 * value up to its last written digit's next step), `近6亿美元` over `5.8亿美元` (at most), `600多亿元`
 * over `648.2亿元` (about: within a step either side), and a bare headline value of three digits or
 * more cut short (`2417亿元` over `2417.36亿元`). A bare round value (`10亿元`) matches only itself.
 */
export function isTwin(title: Entity, body: Entity): boolean {
  if (title.currency !== body.currency || title.value === undefined || body.value === undefined || title.value <= 0) return false;
  const t = title.value;
  const b = body.value;
  if (t === b) return true;
  const step = lastDigitStep(t);
  switch (title.qualifier) {
    case 'at_least':
      return b > t && b < t + step;
    case 'at_most':
      return b < t && b > t - step;
    case 'approx':
      return Math.abs(b - t) < step;
    case undefined:
      return t / step >= 100 && b > t && b < t + step;
    default:
      return false;
  }
}

/** The place of a value's last non-zero digit (`3800亿` → `100亿`, `26亿` → `1亿`). */
function lastDigitStep(value: number): number {
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}
