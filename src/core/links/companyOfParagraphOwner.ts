// The owner a paragraph names for the project it describes (`项目总投资X,…。项目业主为C。`): a list of projects, one
// paragraph each under a heading that names the project (or a project named nowhere as such), says whose each project is
// in a sentence of its own, often after the figures. The guidelines' company is the project's owner, so the paragraph's
// item amounts take it, before and after the sentence that says so. Read once per article.
import { articleReading } from './articleReadings';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';

/**
 * `项目业主为C`, `该项目的建设单位是C`, `业主单位:C`: the project's owner named by its role, right before the company (`项目`
 * before the role or not: a page glossing each character with its pinyin leaves the window no room for it).
 */
const OWNER_ROLE_BEFORE = /(?:业主单位|业主|建设单位|建设主体|投资主体|实施主体)\s*(?:为|是|系|:)?\s*$/;
/** How far before the company the role words are read (folded units). */
const ROLE_REACH = 12;
/** How many spans back the amount's sentence is read for a company of its own. */
const SENTENCE_REACH = 8;

/** The owner the amount's paragraph names for its project, when it names one only, and the amount's sentence no company. */
export function ownerOfParagraph(ctx: LinkContext, i: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const owner = ctx.once(PARAGRAPH_OWNERS).get(amount.paragraph);
  if (!owner) return undefined;
  // `C2投资X…。项目业主为C1`: a company named in the amount's own sentence is the one it speaks of, not the owner.
  for (let j = i - 1; j >= 0 && j >= i - SENTENCE_REACH && ctx.spans[j].sentence === amount.sentence; j--) if (ctx.spans[j].entity.label === 'COMPANY' && ctx.spans[j] !== owner) return undefined;
  return owner;
}

/** Each paragraph's one owner named by its role (by the paragraph's index); two different owners: none. */
const PARAGRAPH_OWNERS = articleReading((ctx): Map<number, LinkSpan> => {
  const owners = new Map<number, LinkSpan>();
  const twice = new Set<number>();
  for (const span of ctx.spans) {
    if (span.entity.label !== 'COMPANY' || !span.named || !OWNER_ROLE_BEFORE.test(ctx.structure.before(span.entity.start, ROLE_REACH))) continue;
    const known = owners.get(span.paragraph);
    if (known && known.name !== span.name) twice.add(span.paragraph);
    else owners.set(span.paragraph, span);
  }
  for (const paragraph of twice) owners.delete(paragraph);
  return owners;
});
