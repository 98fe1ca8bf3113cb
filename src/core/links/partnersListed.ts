// Companies listed as the joint subject of one deed (`C1、C2投资X建设的P项目`, `由C1和C2投资兴建的P项目`): the list is
// the investor, and a news story names the one that leads first (as leadPartner.ts reads `A与B共同投资`), so the money
// and the project are the first company's. The rules that read a payer or a builder right before the money or the
// project stop at the last company of such a list; they ask here for the first one.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** Between two companies of one list: a joiner only. */
const JOINED = /^\s*[、和与及]\s*$/;
/**
 * Before the first company: the list is the object of another's deed (`K与C1、C2签约`, `向C1和C2增资`, `引进C1、C2`),
 * or goes on a list before it, not the subject that pays.
 */
const OBJECT_BEFORE = /(?:[与和及、同]|向|对|增资|注资|联合|引进|引入|吸引|利用|借助|依托|通过|帮助|服务)\s*$/;
/** How many companies one list holds at most (a longer run is a batch, not partners in a deed). */
const MOST_PARTNERS = 4;

/**
 * The first company of the list the company at span `last` closes (joined by `、 和 与 及`, one sentence, each a named
 * COMPANY span), when it opens the list as its subject (OBJECT_BEFORE not before it: a list going on before the
 * fourth company back is none either); else undefined, also for a company with no partner before it.
 */
export function firstOfPartners(ctx: LinkContext, last: number): LinkSpan | undefined {
  let first = last;
  while (first > 0 && last - first < MOST_PARTNERS) {
    const prev = ctx.spans[first - 1];
    if (prev.sentence !== ctx.spans[last].sentence || prev.entity.label !== 'COMPANY' || !prev.named) break;
    const gap = ctx.structure.gap(prev.entity.end, ctx.spans[first].entity.start);
    if (gap === undefined || !JOINED.test(gap)) break;
    first--;
  }
  if (first === last) return undefined;
  const lead = ctx.spans[first];
  return OBJECT_BEFORE.test(ctx.structure.before(lead.entity.start, 4)) ? undefined : lead;
}

/** From the list's last company to the amount: the verb paying it, done together or not (`C1、C2投资X`, `C1和C2共同出资X`). */
const PAY_TOGETHER = /^\s*(?:拟|计划|将|已)?\s*(?:共同|联合|合作)?\s*总?(?:投资|出资|斥资|合资)\s*(?:约|超|逾|近|达)?\s*$/;
/** After the amount: another amount of a list (`C1、C2投资X、Y的P1和P2`), each of its own item, not the list's one deed. */
const AMOUNTS_LISTED_AFTER = /^\s*(?:[、和及与]|以及)\s*[0-9０-９一二三四五六七八九十两]/;

/**
 * `C1、C2投资X建设的P项目`: the amount at span `i` paid right after the list the company at span `last` closes is the
 * list's lead's (firstOfPartners); not one amount of a list of them.
 */
export function leadOfPayingList(ctx: LinkContext, last: number, i: number): LinkSpan | undefined {
  const amount = ctx.spans[i].entity;
  const gap = ctx.structure.gap(ctx.spans[last].entity.end, amount.start);
  if (gap === undefined || !PAY_TOGETHER.test(gap) || AMOUNTS_LISTED_AFTER.test(ctx.structure.after(amount.end, 3))) return undefined;
  return firstOfPartners(ctx, last);
}
