// A park said by its kind, not its name, for links (parkOfAmount.ts): `该开发区`, `该孵化园`,
// `该园区`, a bare kind word (`此次新区集中开工…`, `在经开区投资`), or a sentence going on about
// the park the sentence before opened with. Each is the park named shortly before (this
// paragraph or the one before), and none when the text leaves it open which one.
import { articleReading } from './articleReadings';
import { articleParkOfKind } from './articleParkOfKind';
import type { LinkSpan } from './linkNames';
import { isSubjectLead, placeSubjectAny, wholeClauses } from './linkClauses';
import { WINDOW, type LinkContext } from './linkContext';
import { samePark } from './linkParks';
import { kindOnlyNameDeclaredAt } from '../recognition/parkAliases';
import { WHITE_SPACE } from './linkText';
import { charSet } from '../text';

/** `该开发区`, `该孵化园`: a park said by its kind; the words after 该 end with a park word. */
const PARK_BY_KIND = /该([\u4e00-\u9fff]{0,6}?)(开发区|经开区|高新区|园区|新区|集聚区|孵化园|产业园|工业园|科技园|园)/;
/** Words after 该 that say something else than a park's name (`该项目位于园区`). */
const NOT_PARK_WORDS = /项目|公司|企业|[位于在是的将已]/;
/** How many spans back a park said by its kind is looked for (this paragraph and the one before). */
const MAX_KIND_BACK = 48;
/**
 * A park's kind word alone, as the subject of a clause (`此次新区集中开工…`) or where money goes
 * (`在新区投资`): the park of that kind the text is about. Only kinds that name one sort of park; the kinds written
 * out (`近日,经济开发区签下…`) are read like their short words.
 */
const BARE_KIND = /(?:^|[,;:。!?])(?:此次|本次|今年以来|今年|目前|同时|近年来)?(新区|经开区|高新区|经济技术开发区|经济开发区|开发区|合作区)|在(新区|经开区|高新区|经济技术开发区|经济开发区|开发区|合作区)(?:投资|建设|设立|落户)/;
/** The endings a park of each bare kind word is written with (`经开区` is short for `经济技术开发区`). */
export const KIND_ENDINGS: Record<string, readonly string[]> = {
  新区: ['新区'],
  经开区: ['经开区', '经济技术开发区', '经济开发区'],
  高新区: ['高新区', '高新技术产业开发区'],
  开发区: ['开发区'],
  经济技术开发区: ['经济技术开发区', '经开区'],
  经济开发区: ['经济开发区', '经开区'],
  // A cooperation zone abroad or across a border (`某某经贸合作区`, written short `某某合作区`).
  合作区: ['合作区'],
};
/** The last characters of the bare kind words, for a cheap test first. */
const KIND_LAST = '区';
/** Between two parks that share a clause: `A和B`, `A、B`. */
export const PARK_AND_PARK = /^\s*(?:和|及|与|、|以及)\s*$/;

/**
 * `该开发区共签约…总投资X`, `该孵化园…总投资X`: a park said by its kind is the nearest park named
 * before with that ending (the words after 该 first, then the park word alone), in this
 * paragraph or the one before. Only leads holding 该 are read.
 */
export function parkByKind(ctx: LinkContext, at: LinkSpan, text: string): LinkSpan | undefined {
  if (!text.includes('该')) return undefined;
  const words = PARK_BY_KIND.exec(text);
  if (!words || NOT_PARK_WORDS.test(words[1])) return undefined;
  const byEnding = parkEndingWith(ctx, at, words[1] + words[2]) ?? (words[1] ? parkEndingWith(ctx, at, words[2]) : undefined);
  // `该园区` names no kind of park (every park is one): the park the text last spoke of as a subject.
  return byEnding ?? (!words[1] && words[2] === '园区' ? subjectParkBefore(ctx, at) : undefined);
}

/**
 * `此次新区集中开工…总投资X`, `计划在新区投资X`: a bare kind word is the one park of that kind named
 * in this paragraph, the one before or the one after (`…;经开区项目1个,总投资X。`⏎`…到某某经开区观摩`);
 * none when two parks of that kind are (absent, not a guess).
 */
export function parkByBareKind(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  const lead = ctx.leadOf(amount);
  if (!lead.includes(KIND_LAST)) return undefined;
  const clauses = wholeClauses(ctx.structure, amount, lead);
  const declared = parkByDeclaredKindName(ctx, clauses);
  if (declared) return declared;
  const words = BARE_KIND.exec(clauses);
  if (!words) return undefined;
  const endings = KIND_ENDINGS[words[1] ?? words[2]];
  const ofKind = (span: LinkSpan) => span.entity.label === 'PARK' && !ctx.parks.projectNamed(span) && endings.some((end) => span.name.endsWith(end));
  let found: LinkSpan | undefined;
  for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - MAX_KIND_BACK; j--) {
    const span = ctx.spans[j];
    if (span.paragraph < amount.paragraph - 1) break;
    if (!ofKind(span)) continue;
    if (found && !samePark(found.name, span.name)) return undefined;
    found = fuller(found, span);
  }
  // The next paragraph that names anything (blank lines between paragraphs name nothing).
  let next = -1;
  for (let j = amount.pos + 1; j < ctx.spans.length && j <= amount.pos + MAX_KIND_BACK; j++) {
    const span = ctx.spans[j];
    if (span.paragraph > amount.paragraph && next < 0) next = span.paragraph;
    if (next >= 0 && span.paragraph > next) break;
    if (!ofKind(span)) continue;
    if (found && !samePark(found.name, span.name)) return undefined;
    found = fuller(found, span);
  }
  // None around: the article's one park of that kind, however far (`来源:某某经济技术开发区` … `经开区共签约…`).
  return found ?? articleParkOfKind(ctx, words[1] ?? words[2], ofKind);
}

/** How far after a park its declaration is read (`(以下简称“某某某某区”)`). */
const DECLARATION_REACH = 20;
/** What a declaration opens with as written: a bracket, or an entity (`&#40;`, `&nbsp;(`) folding may read as one. */
const DECLARATION_OPENERS = charSet('(（&');
const SPACE = charSet(WHITE_SPACE);

/**
 * Could a declaration open right after the park (its first unit past white space, as written)? Most parks are
 * followed by none: they are passed over with no fold of the stretch after them.
 */
function mayDeclareAfter(ctx: LinkContext, park: LinkSpan): boolean {
  const text = ctx.structure.text;
  const end = Math.min(text.length, park.entity.end + DECLARATION_REACH);
  let at = park.entity.end;
  while (at < end && SPACE.has(text.charCodeAt(at))) at++;
  return at < end && DECLARATION_OPENERS.has(text.charCodeAt(at));
}

/** The park an article declares a kind-only short name for (the first such declaration), read once. */
interface KindNamedPark {
  name: string;
  park: LinkSpan;
}

const KIND_NAMED_PARK = articleReading(readKindNamedPark);

function readKindNamedPark(ctx: LinkContext): KindNamedPark | null {
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || !mayDeclareAfter(ctx, span)) continue;
    const after = ctx.structure.foldedCut(span.entity.end, span.entity.end + DECLARATION_REACH);
    // `K(以下简称“经贸合作区”)`: read as the recogniser reads a park's declared short name (parkAliases.ts).
    const name = kindOnlyNameDeclaredAt(after, after.length - after.trimStart().length);
    // A short name tagged as a park of its own (`某某合作区`, inside the declaration) is linked as that park (onlyPark.ts).
    const next = ctx.spans[span.pos + 1];
    const tagged = next?.entity.label === 'PARK' && next.entity.start < span.entity.end + DECLARATION_REACH;
    if (name && !tagged) return { name, park: span };
  }
  return null;
}

/**
 * `截至目前,经贸合作区基础设施投资累计超过X`: a clause opening with the kind-only short name the article
 * declared for a park (`K(以下简称“经贸合作区”)`) is about that park.
 */
function parkByDeclaredKindName(ctx: LinkContext, clauses: string): LinkSpan | undefined {
  const declared = ctx.once(KIND_NAMED_PARK);
  if (!declared) return undefined;
  const at = clauses.indexOf(declared.name);
  return at >= 0 && (at === 0 || /[,;:。!?]/.test(clauses[at - 1])) ? declared.park : undefined;
}

/** Of two mentions of one park (`某某合作区`, `某某经贸合作区`), the one written in full; the nearer when alike. */
function fuller(found: LinkSpan | undefined, span: LinkSpan): LinkSpan {
  return found === undefined || span.name.length > found.name.length ? span : found;
}

/** The nearest park before, in this paragraph or the one before, that is the subject of its clause (`据了解,K是…`). */
function subjectParkBefore(ctx: LinkContext, at: LinkSpan): LinkSpan | undefined {
  for (let j = at.pos - 1; j >= 0 && j >= at.pos - MAX_KIND_BACK; j--) {
    const span = ctx.spans[j];
    if (span.paragraph < at.paragraph - 1) break;
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || !ctx.beginsClause(span)) continue;
    // `A与B联合举办…`: two parks share the subject, and 园区 does not say which.
    const next = ctx.spans[j + 1];
    if (next && next !== at && next.entity.label === 'PARK' && PARK_AND_PARK.test(ctx.structure.gap(span.entity.end, next.entity.start) ?? '')) return undefined;
    return span;
  }
  return undefined;
}

/**
 * `目前,该园区已形成…。截至目前,共签约项目N个,总投资X`: a sentence without a subject of its own
 * goes on about the park the sentence before it opened with by kind (same paragraph).
 */
export function parkByKindJustBefore(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  if (amount.sentence === 0) return undefined;
  const start = ctx.structure.sentenceStart(amount.sentence - 1);
  if (start < ctx.structure.paragraph(amount.paragraph).start) return undefined;
  const head = ctx.structure.gap(start, Math.min(start + 16, ctx.structure.sentenceStart(amount.sentence))) ?? '';
  const at = head.indexOf('该');
  if (at < 0 || !isSubjectLead(head.slice(0, at))) return undefined;
  if (!onlyAmountsBefore(ctx, amount) || placeSubjectAny(ctx.leadOf(amount))) return undefined;
  return parkByKind(ctx, amount, head.slice(at));
}

/** Is every span before the amount in its sentence an amount (no name to be its subject)? */
function onlyAmountsBefore(ctx: LinkContext, amount: LinkSpan): boolean {
  for (let j = amount.pos - 1; j >= 0 && ctx.spans[j].sentence === amount.sentence; j--) {
    if (ctx.spans[j].entity.label !== 'MONEY') return false;
    if (j < amount.pos - WINDOW) return false;
  }
  return true;
}

function parkEndingWith(ctx: LinkContext, at: LinkSpan, ending: string): LinkSpan | undefined {
  for (let j = at.pos - 1; j >= 0 && j >= at.pos - MAX_KIND_BACK; j--) {
    const span = ctx.spans[j];
    if (span.paragraph < at.paragraph - 1) break;
    if (span.entity.label === 'PARK' && !ctx.parks.projectNamed(span) && span.name.endsWith(ending)) return span;
  }
  return undefined;
}
