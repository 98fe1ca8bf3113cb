// The article's title, byline and lead as the park readings see them: where the opening ends, which lines are a
// site's byline or trail, and the bare kind word a title opens with.
import type { LinkContext } from './linkContext';

/** The bare kind word a title opens with (`经开区新旧动能转换…`, `好消息!经济开发区…`), or undefined. */
export function titleKindWord(ctx: LinkContext): string | undefined {
  const title = ctx.parks.titleParagraph;
  if (title < 0) return undefined;
  const { start, end } = ctx.structure.paragraph(title);
  const head = ctx.structure.gap(start, Math.min(end, start + TITLE_KIND_REACH)) ?? '';
  const opening = TITLE_KIND.exec(head)?.[1];
  if (opening !== undefined || end - start > TITLE_CLAUSE_REACH) return opening;
  // `【聚焦某会】某省代表团签约仪式举行 高新区签约1个项目`: the kind word opening a later part of a title line (no full
  // stop in it), its subject.
  const line = ctx.structure.gap(start, end) ?? '';
  return line.includes('。') ? undefined : TITLE_CLAUSE_KIND.exec(line)?.[1];
}

/** The longest title line whose later parts are read for the kind word (UTF-16 units). */
const TITLE_CLAUSE_REACH = 64;
/**
 * The bare kind word opening a part of a title line after a space, a bracket or an exclamation, a verb or its object
 * after it (not a name's end; not after `,` `;`, which list a statistic's categories as often).
 */
const TITLE_CLAUSE_KIND = /[\s!:】\]](新区|经开区|高新区|经济技术开发区|经济开发区|开发区)(?=[\u4e00-\u9fff])/;

/** How far into the title its kind word may start (UTF-16 units): after a short exclamation at most. */
const TITLE_KIND_REACH = 12;
const TITLE_KIND = /^\s*(?:[\u4e00-\u9fff]{1,3}[!:]\s*)?(新区|经开区|高新区|经济技术开发区|经济开发区|开发区)/;

/** The last paragraph of the article's opening: the lead after a title line (and after a byline under it), or the first paragraph of a text without one. */
export function openingParagraph(ctx: LinkContext): number {
  const title = ctx.parks.titleParagraph;
  if (title < 0 || !isTitleLine(ctx, title)) return title;
  let lead = title + 1;
  while (lead + 1 < ctx.structure.paragraphCount && !isLead(ctx, lead)) lead++;
  return lead;
}

/** A site's trail (`某某网 > 新闻 > 正文`: two steps at least) or a photo's caption (`…仪式。图片来源:某报`). */
const FURNITURE = /[>＞][^>＞]+[>＞]|图片来源|图为/;

/** Is the opening paragraph a page's trail or a photo's caption, telling no news (the lead is below it)? */
export function isPageFurniture(ctx: LinkContext, opening: number): boolean {
  if (opening < 0) return false;
  const { start, end } = ctx.structure.paragraph(opening);
  return FURNITURE.test(ctx.structure.gap(start, end) ?? '');
}

/** Fewest units (trimmed) of a lead: a date line, a reporter's name or a photo caption (`集中开工现场。`) is shorter. */
const MIN_LEAD = 20;

/** Could the paragraph be the lead: no byline, and long enough to tell the news. */
function isLead(ctx: LinkContext, paragraph: number): boolean {
  const { start, end } = ctx.structure.paragraph(paragraph);
  // A photo's file name and caption do not open the article.
  if (end - start < MIN_LEAD || ctx.parks.isImageLine(paragraph)) return false;
  // A stretch too long to read at once (undefined) is longer than any byline.
  const line = ctx.structure.gap(start, end);
  return line === undefined || (line.trim().length >= MIN_LEAD && !isBylineText(line));
}

/** How long a title with an exclamation in it may be (UTF-16 units); a lead is longer. */
const MAX_TITLE = 40;

/** A title line: a heading, or a short line with no full stop (`给力!某某开发区项目集中开工`). */
function isTitleLine(ctx: LinkContext, title: number): boolean {
  if (ctx.structure.isHeading(title, false)) return true;
  const { start, end } = ctx.structure.paragraph(title);
  const line = ctx.structure.gap(start, end);
  return line !== undefined && line.trim().length <= MAX_TITLE && !line.includes('。');
}

/** A site's byline under the title: who wrote it, its source, its date (`作者:某某 来源:某某`). */
const BYLINE = /(?:作者|来源|时间|日期|发布时间|更新时间|发布日期|责任编辑|浏览次数)\s*[:：]/;

export function isByline(ctx: LinkContext, paragraph: number): boolean {
  const { start, end } = ctx.structure.paragraph(paragraph);
  const line = ctx.structure.gap(start, end);
  return line !== undefined && isBylineText(line);
}

function isBylineText(line: string): boolean {
  return BYLINE.test(line) && !line.includes('。');
}
