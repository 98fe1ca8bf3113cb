// The one park of a kind an article names, for a bare zone word (`经开区`, `高新区`) opening a clause far from any
// writing of the park's name (`来源:某某经济技术开发区` … `过去一年,…经开区…共签约项目52个,合同投资额X`): the
// paragraphs around name no park, yet the article names exactly one park that the word can stand for, so the
// word is that park (guidelines, "Links": the park whose figures an aggregate states). Two different parks of
// the kind leave it open: no link (absent is better than wrong).
import { articleReading } from './articleReadings';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { samePark } from './linkParks';

/** Per bare kind word, the article's one park of that kind (as first written), or null when none or several. */
const PARK_OF_KIND = articleReading((): Map<string, LinkSpan | null> => new Map());

/**
 * The article's only park `ofKind` accepts, read once per article and kind word (one pass over its spans);
 * undefined when it names none or two different ones.
 */
export function articleParkOfKind(ctx: LinkContext, kind: string, ofKind: (span: LinkSpan) => boolean): LinkSpan | undefined {
  const known = ctx.once(PARK_OF_KIND);
  let park = known.get(kind);
  if (park === undefined) {
    park = onlyParkOfKind(ctx, ofKind);
    known.set(kind, park);
  }
  return park ?? undefined;
}

function onlyParkOfKind(ctx: LinkContext, ofKind: (span: LinkSpan) => boolean): LinkSpan | null {
  let found: LinkSpan | null = null;
  for (const span of ctx.spans) {
    if (!ofKind(span)) continue;
    if (found && !samePark(found.name, span.name)) return null;
    found ??= span;
  }
  return found;
}
