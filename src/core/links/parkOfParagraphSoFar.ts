// The park a paragraph's money has gone to so far (guidelines, "Links": the park the money goes to, linked even where
// the sentence does not name it when the text is about that park): an amount no reading of its own sentence ties to a
// park, after an amount of the same paragraph the walk linked to park K, with no other park named between them, goes
// on in K (`K…总投资X。…主要生产钢化玻璃,总投资Y,年产值Z`). Read from what the walk has linked, no scan of the text.
import type { LinkContext, SaidSoFar } from './linkContext';
import type { LinkSpan } from './linkNames';
import { oneParkWriting } from './linkParks';

/** `X、`: the amount ends an item of a list (its qualifier at most between). */
const ITEM_ENDS = /^\s*(?:以上|左右|以下)?\s*、/;
/** How far after the amount its item's end is read (UTF-16 units). */
const ITEM_END_REACH = 4;

/** Words placing the amount's project or company somewhere (`位于 落户 选址 坐落`). */
const PLACED = /位于|落户|选址|坐落/;

/** A placing word right before the park (`落户K`, `位于K`, `在K`): the park is where the thing it places lies. */
const PLACED_BEFORE = /(?:位于|落户|选址|坐落于|落地|在)\s*$/;
/** How far before the park its placing word is read (UTF-16 units). */
const PLACED_REACH = 4;

/** `;K`: the park opens an item of a list written with semicolons (its place, no more than that item's). */
const OPENS_ITEM = /[;；]\s*$/;
/** A semicolon: the end of a list's item. */
const ITEM_MARK = /[;；]/;
/** A clause or sentence end: the park's item ends before the amount it holds. */
const ITEM_OR_SENTENCE_END = /[;；。]/;
/** How far apart the park, the amounts and the marks between them are read (UTF-16 units); further apart, no reading. */
const ITEM_REACH = 160;

/**
 * `…;K某某配套道路,总投资X;某某酒店道路改造,总投资Y`, `…;K项目之一P,投资X;某镇开工项目Q,总投资Y`: a park opening
 * one item of a list written with semicolons, that item holding the last amount linked to it, is that item's place;
 * the next items name works of their own, each its own place, none the item's before.
 */
function itemOfListBefore(ctx: LinkContext, park: LinkSpan, parked: LinkSpan, amount: LinkSpan): boolean {
  if (amount.entity.start - park.entity.start > ITEM_REACH || !OPENS_ITEM.test(ctx.structure.before(park.entity.start, 2))) return false;
  const ownItem = ctx.structure.foldedCut(park.entity.end, parked.entity.end);
  return !ITEM_OR_SENTENCE_END.test(ownItem) && ITEM_MARK.test(ctx.structure.foldedCut(parked.entity.end, amount.entity.start));
}

/** Remember the last amount the walk linked to a park (`said.lastParked`). */
export function noteParkedAmount(said: SaidSoFar, amount: LinkSpan, park: LinkSpan | undefined, project: LinkSpan | undefined): void {
  if (park) said.lastParked = { pos: amount.pos, paragraph: amount.paragraph, park, item: amount.entity.scope === 'item', project: project?.name };
}

/** The park of the paragraph's last amount linked to one, when no other park is named since; undefined when none. */
export function parkOfParagraphSoFar(ctx: LinkContext, said: SaidSoFar, amount: LinkSpan, project: LinkSpan | undefined): LinkSpan | undefined {
  const last = said.lastParked;
  // After a sum (`…等项目,总投资X;另外一个项目…`), the park counts the sum's projects: the next item may lie elsewhere.
  if (amount.entity.scope !== 'item' || last === undefined || !last.item || last.paragraph !== amount.paragraph) return undefined;
  // `位于某镇的P项目,投资额Y`: the amount's own sentence places it, somewhere no park (a park would have tied it there).
  if (PLACED.test(ctx.leadOf(amount))) return undefined;
  // `落户K的P项目计划投资X;Q项目计划投资Y`: a park placing the item before is that project's site, not another project's.
  if (project !== undefined && project.name !== last.project && PLACED_BEFORE.test(ctx.structure.before(last.park.entity.start, PLACED_REACH))) return undefined;
  // `投资X的K、投资Y的L`: a park written after the amount is what that amount described, no place the paragraph is in.
  if (last.park.pos > last.pos) return undefined;
  // `K总投资X、P项目总投资Y`: the items of a list are each their own, not the one before.
  if (ITEM_ENDS.test(ctx.structure.after(ctx.spans[last.pos].entity.end, ITEM_END_REACH))) return undefined;
  if (itemOfListBefore(ctx, last.park, ctx.spans[last.pos], amount)) return undefined;
  for (let j = last.pos + 1; j < amount.pos; j++) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK' && !oneParkWriting(span.name, last.park.name)) return undefined;
  }
  return last.park;
}
