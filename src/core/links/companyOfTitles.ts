// A person named by several titles, joined by `、`, the company's the last before the name
// (`某商会会长、C董事长某某,就在K投资…`, `签约企业、C总裁某某表示,企业…预计实现营收X`): the company is where the
// person works and the sentence's subject, as when it opens the clause (`C董事长某某表示,…`), though a title
// stands before it. People listed one after another (`某市市长某某、C董事长某某`) end the item before `、` with a
// name, not a title, and are no such case. Asked by `companySubjectOf` (linkTopic.ts).
import { refolded } from '../fold';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';
import { TITLE_AFTER } from './projectSpeaker';

/** One title or role, alone in its item, right before `、` and the company (`商会会长、`, `签约企业、`). */
const TITLE_BEFORE = /(?:^|[,;:。“”!?])[^,;:。、“”!?\s]{0,12}(?:会长|主席|代表|企业|董事|总裁|秘书|经理|书记|理事|负责人)、$/;
/** How far before and after the company the titles are read (UTF-16 units). */
const BEFORE_REACH = 16;
const TITLE_REACH = 10;

/** Is the company the last of a person's titles (a title item before it, a title right after it)? */
export function titledPersonCompany(ctx: LinkContext, span: LinkSpan): boolean {
  if (!TITLE_BEFORE.test(refolded(ctx.structure.before(span.entity.start, BEFORE_REACH)))) return false;
  return TITLE_AFTER.test(refolded(ctx.structure.after(span.entity.end, TITLE_REACH)));
}
