// `全区` in an article about one park: the whole park where the text has just named it (by its name or its kind
// word), or counted its projects after the paragraph before named it; elsewhere `全区` is as often a district.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { samePark } from './linkParks';
import { onlyPark } from './onlyPark';

/** `全区`: the whole district or, right after the park is named, the whole park. */
export const WHOLE_AREA = '全区';
/** How far before the amount `全区` may stand (`今年一季度,全区…;…;地方级财政收入完成X`): two windows. */
const WHOLE_AREA_REACH = 160;

/** The park's kind words, which an article about it uses for it (`经开区狠抓项目建设`). */
export const PARK_KIND_WORD = /经开区|开发区|高新区|新区|园区|示范区/;

/**
 * `K发展依然劲头十足,经开区…。今年一季度,全区地区生产总值完成X;…完成Y`: in an article about one park,
 * `全区` after the paragraph names that park (by its name or its kind word) is the park as a whole;
 * elsewhere it is as often a district. Reads at most WHOLE_AREA_REACH units.
 */
export function wholeParkAfterItsName(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  const park = onlyPark(ctx);
  if (!park) return undefined;
  const { start } = ctx.structure.paragraph(amount.paragraph);
  const before = ctx.structure.foldedCut(Math.max(start, amount.entity.start - WHOLE_AREA_REACH), amount.entity.start);
  const at = before.lastIndexOf(WHOLE_AREA);
  const head = at < 0 ? '' : before.slice(0, at);
  if (head.includes(park.name) || PARK_KIND_WORD.test(head)) return park;
  return PROJECTS_COUNTED.test(before.slice(at)) && namedInParagraphBefore(ctx, amount, park) ? park : undefined;
}

/** `全区共签约引进项目16个`: the whole area counting the projects it brought in, as a park reports its own. */
const PROJECTS_COUNTED = /项目\s*[0-9一二三四五六七八九十百两]+\s*[个项]/;

/** How many spans back the park is looked for in the paragraph before `全区`'s (an article names a handful per paragraph). */
const PARAGRAPH_BEFORE_SPANS = 24;

/**
 * `K年中盘点,…该区经济发展…`⏎`…今年1至7月,全区累计批准外资项目14个,总投资X`: the article's park named in the
 * paragraph right before (blank lines between at most) is the area whose projects `全区` counts in the next one.
 */
function namedInParagraphBefore(ctx: LinkContext, amount: LinkSpan, park: LinkSpan): boolean {
  let before = amount.paragraph - 1;
  while (before > 0 && isBlank(ctx, before)) before--;
  for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - PARAGRAPH_BEFORE_SPANS; j--) {
    const span = ctx.spans[j];
    if (span.paragraph < before) return false;
    if (span.paragraph === before && span.entity.label === 'PARK' && samePark(span.name, park.name)) return true;
  }
  return false;
}

function isBlank(ctx: LinkContext, paragraph: number): boolean {
  const { start, end } = ctx.structure.paragraph(paragraph);
  return ctx.structure.text.slice(start, end).trim() === '';
}
