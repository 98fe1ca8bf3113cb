// An event of a whole place or of a fair, held somewhere (`某省2018年重大项目集中开工仪式在K举行`,
// `某某博览会重点项目签约仪式在某宾馆举行`), then the batch its paragraph counts (`此次签约项目N个,投资总额X`):
// the sums are the event's, a province's, city's or fair's, not a park's, even when the park hosts the
// event or one of its projects (guidelines, "Links": a park only for the money it gets or the figures it states).
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** How far before the amount, in its paragraph, the event's clause is looked for (UTF-16 units). */
const EVENT_REACH = 200;
/** The verbs of holding an event, the cheap test before any reading. */
const HELD_VERBS = ['举行', '举办', '召开'] as const;
/**
 * The clause holding the event, up to its verb: its name (a ceremony, meeting or fair), `在`/`于`, the venue, the verb
 * (`2018某省产业大招商重大项目开工仪式在某市某某经济区举行`, `某某博览会重点项目签约仪式在某宾馆举行`).
 */
const EVENT_CLAUSE = /^([^,;:。!?]{0,48}?(?:仪式|大会|活动|推介会|洽谈会|博览会|交易会|峰会|论坛))\s*(?:[0-9]{1,2}日|近日|日前)?\s*(?:在|于)([^,;:。!?]{0,32}?)(?:隆重|盛大|成功|圆满|顺利|正式){0,2}$/;
/**
 * What names the event after a whole place or a fair: a place with its level word (not `城市`, `市场`), or a fair's
 * kind. An event named otherwise (`集中签约仪式`, `招商推介会`) may be the park's own and is left to other readings.
 */
const PLACE_OR_FAIR = /[\u4e00-\u9fff](?<!城)[省市县州](?!场)|博览会|交易会|洽谈会|投洽会|进博会|广交会/;
/** Where the clause holding the event starts: after the last clause mark before its verb. */
const CLAUSE_MARK = /[,;:。!?][^,;:。!?]*$/;

/**
 * Is the `aggregate` amount a sum of the batch of a place's or a fair's event its paragraph told of before it, with no
 * park named in the event's name or between the event and the amount (`K签约项目5个,总投资X` after the event is K's)?
 */
export function batchOfPlacesEvent(ctx: LinkContext, amount: LinkSpan): boolean {
  if (amount.entity.scope !== 'aggregate') return false;
  const before = ctx.structure.before(amount.entity.start, EVENT_REACH);
  let held = -1;
  for (const verb of HELD_VERBS) held = Math.max(held, before.lastIndexOf(verb));
  if (held < 0) return false;
  const head = before.slice(0, held);
  const mark = CLAUSE_MARK.exec(head);
  const clauseStart = mark ? mark.index + 1 : 0;
  const event = EVENT_CLAUSE.exec(head.slice(clauseStart));
  if (!event || !PLACE_OR_FAIR.test(event[1])) return false;
  const beforeStart = amount.entity.start - before.length;
  return !parkNamedIn(ctx, amount, beforeStart + clauseStart, beforeStart + clauseStart + event[1].length, beforeStart + held);
}

/**
 * Is a PARK written in the event's name [nameStart, nameEnd) (the park's own event) or after the event's verb at
 * `heldAt`, before the amount (the park the batch is counted for)? The venue between is where it is held only.
 */
function parkNamedIn(ctx: LinkContext, amount: LinkSpan, nameStart: number, nameEnd: number, heldAt: number): boolean {
  for (let j = amount.pos - 1; j >= 0; j--) {
    const span = ctx.spans[j];
    if (span.entity.end <= nameStart) return false;
    if (span.entity.label !== 'PARK') continue;
    if (span.entity.start >= heldAt || span.entity.start < nameEnd) return true;
  }
  return false;
}
