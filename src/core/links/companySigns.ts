// The company that signs for a project is the project's company (guidelines: the company link is the
// investor, the signer): `K与C举行“P项目”签约仪式`, `C与某镇关于P项目正式签约`, `K代表与C董事长某某签订了
// 投资X的P项目合作协议`. Read as a fact of the sentence (sentenceFacts.ts), so the project's amounts in
// later sentences (`该项目总投资X`) take the company too.
import type { LinkSpan } from './linkNames';
import { WITH_SIGNER } from './linkClauses';
import type { LinkContext } from './linkContext';
import type { ProjectCompanies } from './companyOfProject';

/** After the company: it is the subject that signs with another party (`C与K…签约`). */
const SIGNS_WITH_AFTER = /^\s*(?:与|和|同)/;
/** The company opens a list (`C、D`, `C等`): several signers, none the project's alone. */
const OPENS_LIST_AFTER = /^\s*[、等及]/;
/** Between the company and the project: one clause: the signing, or a person's title and name. */
const SIGNER_PROJECT_GAP = /^[^,;:。!?]{0,40}$/;
/** The signing, between the company and the project or in the words right after the project (`P项目签约仪式`). */
const SIGNING = /签约|签订|签署/;
const SIGNING_AFTER_PROJECT = /^[^,;。]{0,8}(?:签约|签订|签署)/;

/**
 * `K与C举行“P项目”签约仪式`: the one company a sentence names, a party of a signing (`与C`, `C与K`), is the
 * company of the first project named after it in the same clause when the signing is said between them or
 * right after the project. Not when the sentence names another company (which one signs for it is not said).
 */
export function readSignerOfProject(ctx: LinkContext, said: ProjectCompanies, from: number, to: number): void {
  let company: LinkSpan | undefined;
  let at = -1;
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'COMPANY') continue;
    if (!span.named || (company && company.name !== span.name)) return;
    if (!company) at = j;
    company ??= span;
  }
  if (!company) return;
  const after = ctx.structure.after(company.entity.end, 4);
  if (OPENS_LIST_AFTER.test(after)) return;
  if (!WITH_SIGNER.test(ctx.structure.before(company.entity.start, 2)) && !SIGNS_WITH_AFTER.test(after)) return;
  for (let k = at + 1; k < to; k++) {
    const project = ctx.asProject(ctx.spans[k]);
    if (!project) continue;
    const gap = ctx.structure.gap(company.entity.end, project.entity.start);
    if (gap === undefined || !SIGNER_PROJECT_GAP.test(gap)) return;
    const signs = SIGNING.test(gap) || SIGNING_AFTER_PROJECT.test(ctx.structure.after(project.entity.end, 16));
    if (signs && !said.projectCompany.has(project.name)) said.projectCompany.set(project.name, company);
    return;
  }
}

/** After a company: `与K…签订`, the party it signs with and the signing, in one clause (no list mark, no second party). */
const SIGNS_WITH_PARTY = /^\s*(?:与|和|同)[^,;:。、与和同]{1,24}?(?:签约|签订|签署)/;
/** A party written as a firm (`与某某企业共建的…项目已签约`, `和某某食品厂…`): companies together, no signing with a place. */
const FIRM_PARTY = /企业|公司|集团|厂/;

/**
 * `C与某某县政府签订投资协议,计划投资X`: the company at span `j` signs with a party that is no company (a
 * government, a place, a park), so its `与` joins the two sides of a signing, not a list of companies: C is the
 * sentence's subject and payer.
 */
export function signsWithParty(ctx: LinkContext, j: number): boolean {
  const company = ctx.spans[j];
  const found = SIGNS_WITH_PARTY.exec(ctx.structure.after(company.entity.end, 32));
  if (!found || FIRM_PARTY.test(found[0])) return false;
  const end = company.entity.end + found[0].length;
  for (let k = j + 1; k < ctx.spans.length && ctx.spans[k].entity.start < end; k++) if (ctx.spans[k].entity.label === 'COMPANY') return false;
  return true;
}
