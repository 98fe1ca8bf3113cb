// A site's list of other stories printed after the article (`相关推荐`, `热点回顾`, `延伸阅读` … on a line of its own,
// then other headlines and their first lines): the money there is other news (a commodity's price, another
// place's plan), none of the article's parks' (guidelines, "Links": never guess a park the text does not tie).
import { articleReading } from './articleReadings';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** A line that is only the heading of a list of other stories (folded: `相關閱讀` reads `相关阅读`). */
const RELATED_HEADING = /^\s*(?:相关(?:推荐|阅读|新闻|文章|报道)|延伸阅读|推荐阅读|热点回顾|热门推荐|热点推荐|精彩推荐|往期回顾|猜你喜欢|更多新闻)\s*$/;
/** The longest such line read (UTF-16 units, spaces around the heading included). */
const HEADING_REACH = 12;

/**
 * Where the list of other stories starts: the first heading line in the second half of the page (one above the
 * story, `时间:…`⏎`相关推荐`⏎ then the story, is the site's header), as an offset; null when there is none.
 * Read once per article, one look at each short paragraph of the second half.
 */
const RELATED_NEWS_START = articleReading((ctx: LinkContext): { offset: number } | null => {
  const { structure } = ctx;
  const half = structure.text.length / 2;
  for (let p = structure.paragraphOf(half); p < structure.paragraphCount; p++) {
    const { start, end } = structure.paragraph(p);
    if (start < half || end - start > HEADING_REACH) continue;
    if (RELATED_HEADING.test(structure.after(start, HEADING_REACH))) return { offset: start };
  }
  return null;
});

/** Is the amount in the list of other stories after the article? */
export function inRelatedNews(ctx: LinkContext, amount: LinkSpan): boolean {
  const start = ctx.once(RELATED_NEWS_START);
  return start !== null && amount.entity.start > start.offset;
}
