// A clause about the article's park said by its kind word alone (`园区主要经济指标超额完成,其中:工业总产值X`,
// `2022年,园区完成规上工业总产值Y`, `基地完成规上工业产值Z`, `片区新签约项目11个,投资总额W`): an article about a
// park calls it by its kind as often as by its name, and such a clause's sums are that park's figures (guidelines,
// "Links": the park whose figures an aggregate states). The park is the one of that kind the article opens with and
// names most, when the paragraphs around say nothing (parkByKind.ts reads those first); with none such, the park
// whose name is the article's first words, its title's or its first sentence's subject (`K属省级…,发展格局为…`): the
// article is about it, though it names it once and other parks (its areas, its titles) as often.
import { articleReading } from './articleReadings';
import { wholeClauses } from './linkClauses';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { namedMostOf, PARKS_NAMED, type ParkNamed } from './mainPark';
import { openingParagraph } from './articleOpening';

/** A time before a clause's subject: `今年以来`, `2021年一季度`, `今年1-4月份`, `去年上半年`. */
const TIME = '(?:此次|本次|今年以来|目前|同时|近年来|截至目前|其中|全年)?\\s*(?:(?:[0-9]{4}年|今年|去年)(?:[一二三四1-4]季度|上半年|下半年|前[0-9一二三四五六七八九十]{1,2}个?月|[0-9一二三四五六七八九十]{1,2}(?:[-—至~][0-9一二三四五六七八九十]{1,2})?月份?)?)?';
/**
 * A park's kind word opening a clause, after a time at most (`园区主要经济指标…`, `2021年一季度基地…完成工业产值`): the
 * park is the clause's subject. Not after a place (`该市园区`, `全省开发区`) nor inside a clause (`企业入驻园区后`).
 */
const KIND_SUBJECT = new RegExp(`(?:^|[,;:。!?])\\s*${TIME}\\s*(园区|基地|片区)`);
/** The last characters of the kind words, for a cheap test first. */
const KIND_LAST = /[区地]/;

/**
 * The endings of the parks each kind word stands for (`园区`: any industry park, `产业园` and `工业园` too). A zone's kind
 * word (`新区`, `经开区`) is read by parkByBareKind (parkByKind.ts), which names the zone of the paragraphs around.
 */
const KIND_ENDINGS: Record<string, readonly string[]> = {
  园区: ['园区', '园'],
  基地: ['基地'],
  片区: ['片区'],
};

/** Fewest times the article names the park for its kind word alone to stand for it (the article comes back to it). */
const MIN_MENTIONS = 2;

/** Paragraphs after the opening its park may first be named in (a blank line, then the lead). */
const OPENING_SLACK = 2;

/** The article's park for each kind word, read once: the one named most of that kind, from the opening on. */
const PARKS_BY_KIND = articleReading(readParksByKind);

/** A park of PARKS_BY_KIND that opens the article: named once, it still is the one the kind word stands for. */
interface KindPark extends ParkNamed {
  opensArticle?: boolean;
}

/** `园区完成规上工业总产值X`: the park the kind word opening the amount's clause stands for, or undefined. */
export function parkOfKindSubject(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  const lead = ctx.leadOf(amount);
  if (!KIND_LAST.test(lead)) return undefined;
  const words = KIND_SUBJECT.exec(wholeClauses(ctx.structure, amount, lead));
  if (!words) return undefined;
  const park = ctx.once(PARKS_BY_KIND).get(words[1]);
  // Named only after the amount, the kind word cannot stand for it (`园区…引进项目X,K已入驻企业…`); named once, the
  // park is one the article passes by (`市长察看了K…。目前,园区…`: the zone it lies in may be what 园区 means).
  if (!park || park.first.entity.start >= amount.entity.start || (park.mentions < MIN_MENTIONS && !park.opensArticle)) return undefined;
  return writtenLast(ctx, amount, park);
}

/** How many spans back the park's last writing is looked for. */
const MAX_NAME_BACK = 48;

/** The park as the text last wrote it before the amount (`某某(某市)循环经济产业基地`, later `某市循环经济产业基地`), else as first written. */
function writtenLast(ctx: LinkContext, amount: LinkSpan, park: ParkNamed): LinkSpan {
  for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - MAX_NAME_BACK; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK' && park.names.includes(span.name)) return span;
  }
  return park.first;
}

function readParksByKind(ctx: LinkContext): Map<string, KindPark> {
  const found = new Map<string, KindPark>();
  if (ctx.parks.placeSection) return found;
  // A company's own base (`某某电器西南产业基地`) is no park of others' figures.
  const parks = ctx.once(PARKS_NAMED).parks.filter((park) => !park.companyBase);
  // The opening as read (a breadcrumb may stand for the title), a blank line and the lead after it.
  const opening = Math.max(openingParagraph(ctx), 0) + OPENING_SLACK;
  const opener = parkOpeningArticle(ctx, parks);
  for (const [kind, endings] of Object.entries(KIND_ENDINGS)) {
    const ofKind = parks.filter((park) => park.names.some((name) => endings.some((end) => name.endsWith(end))));
    // the one named most, no other as often
    const { best: park, runnerUp } = namedMostOf(ofKind);
    const namedMost = park && park.mentions > runnerUp && park.first.paragraph <= opening ? park : undefined;
    if (opener && ofKind.includes(opener) && (!namedMost || namedMost === opener)) found.set(kind, { ...opener, opensArticle: true });
    else if (namedMost) found.set(kind, namedMost);
  }
  return found;
}

/**
 * The park whose name is the first words of the article (of its title paragraph, nothing but marks before it), if any.
 * Not a park opening the lead under a title of other words (`加快扩区`⏎`K建立于…`): other parks may be as much its news.
 */
function parkOpeningArticle(ctx: LinkContext, parks: readonly ParkNamed[]): ParkNamed | undefined {
  const opening = ctx.parks.titleParagraph;
  if (opening < 0) return undefined;
  const first = parks.find((park) => park.first.paragraph === opening);
  if (!first || parks.some((park) => park.first.entity.start < first.first.entity.start)) return undefined;
  const { start } = ctx.structure.paragraph(opening);
  return BEFORE_OPENER.test(ctx.structure.gap(start, first.first.entity.start) ?? '-') ? first : undefined;
}

/** What may stand before the park opening the article: marks and spaces only. */
const BEFORE_OPENER = /^[\s\p{P}]*$/u;
