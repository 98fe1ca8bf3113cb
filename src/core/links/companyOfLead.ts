// The company an article opens with goes on in the paragraph after it when that paragraph opens
// with the company's works: `5月8日,C某某基地开工奠基仪式在K举行。`⏎`该基地占地百亩,…总投资X`,
// `由C投资X的P项目将开工。`⏎`该项目投产后,…;此项目包括总投资Y的Q项目`. The paragraph names no company
// of its own, so nothing else says whose money it is; the paragraph before was about C (its
// subject, or the payer of its money), and C is the first company of the article (a company named
// later, a subsidiary or a partner, is no such lead).
import { articleReading } from './articleReadings';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { onlyBlankBetween, SOURCE_LEAD, type Topic } from './linkTopic';

/**
 * A paragraph opened by the works the paragraph before spoke of: `该基地…`, `此项目…`, `该制造基地…`, or
 * `项目一期…`, `项目建成后…`, after a word saying where the news comes from at most (`据悉,` `公告显示,`).
 */
const OPENS_WITH_ITS_WORKS = new RegExp(
  `^\\s*(?:(?:${SOURCE_LEAD}|公告显示|公告称)\\s*[,，]?\\s*)?` +
    '(?:(?:该|此|本)[\\u4e00-\\u9fff]{0,4}(?:项目|基地|工厂|厂区)|项目(?:[一二三]期|建成|投产|达产|全部|全面|落地|竣工|规划|由|分|将|总投资|计划))',
);
/** How far into the paragraph its opening is read (UTF-16 units). */
const OPENING_REACH = 16;

/** The first company the article names (read once per article). */
const FIRST_COMPANY = articleReading((ctx) => ctx.spans.find((span) => span.entity.label === 'COMPANY' && span.named) ?? null);

function firstCompany(ctx: LinkContext): LinkSpan | null {
  return ctx.once(FIRST_COMPANY);
}

/**
 * The company the paragraph starting at span `from` goes on about, from the topic `last` the
 * paragraph before (`lastParagraph`, blank lines between at most) ended with; undefined when none.
 */
export function leadCompanyGoesOn(ctx: LinkContext, last: Topic, lastParagraph: number, from: number): LinkSpan | undefined {
  const company = last.company ?? last.payer?.company;
  if (!company || lastParagraph < 0 || company.name !== firstCompany(ctx)?.name) return undefined;
  const paragraph = ctx.spans[from].paragraph;
  const { start, end } = ctx.structure.paragraph(paragraph);
  if (!OPENS_WITH_ITS_WORKS.test(ctx.structure.gap(start, Math.min(end, start + OPENING_REACH)) ?? '')) return undefined;
  if (!onlyBlankBetween(ctx, lastParagraph, paragraph)) return undefined;
  for (let j = from; j < ctx.spans.length && ctx.spans[j].paragraph === paragraph; j++) if (ctx.spans[j].entity.label === 'COMPANY') return undefined;
  return company;
}
