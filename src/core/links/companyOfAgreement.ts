// The firm party of an agreement: `某县与C就P开展合作,投资额X`, `K和C达成合作协议,双方将投资X`, `C与某大学团队合作,
// 投入资金X`. A government, a place, a park, a school or a person agrees or works with one company; the money said later
// in the same clause chain (no `;` or full stop between) is the company's, the other party being no investor
// (guidelines: the company link is the investor, the signer). The `与` here joins the two sides of a deal, not a list
// of companies: a company on the other side, or a list of companies, says nothing of whose money it is.
import type { LinkSpan } from './linkNames';
import { placeSubjectAny, WITH_SIGNER } from './linkClauses';
import { WINDOW, type LinkContext } from './linkContext';

/** Between the company and the amount: the deal (cooperation, an agreement, a signing), with no clause chain ended. */
const AGREES = /合作|协议|签约|签订|签署|携手|共建|合资/;
/** After the company, its other party then the deal in one clause: `C与某大学团队合作`, `C和某镇签订…`. */
const WITH_PARTY_AGREES = /^\s*(?:与|和|同)[^,;:。、与和同]{1,24}?(?:合作|协议|签约|签订|签署|携手|共建)/;
/** A party that is itself a firm (`与某某企业合作`): firms together, none the payer alone. */
const FIRM_PARTY = /企业|公司|集团|厂|银行|基金/;
/** Before `与C`: the other side is a firm (`公司与C合资`): firms together. */
const FIRM_BEFORE = /(?:企业|公司|集团|厂)\s*(?:与|和|同)\s*$/;
/** Talks, an intention, a visit (not a fair's name, `洽谈会`): no deal yet, whose money it would be is not said. */
const NO_DEAL_YET = /洽谈(?!会)|意向|磋商|商谈(?!会)|考察|拜访|会见|座谈/;
/** A deal signed: talks named beside it came to an end. */
const SIGNED = /签约|签订|签署/;
/** The amount's own clause opens with a phase (`二期计划投资X`): a project's part, said of the project before. */
const PHASE_CLAUSE = /(?:^|,)\s*(?:第)?[一二三四五首]期[^,]*$/;
/** The company opens or closes a list of parties (`与C、D`, `C等`). */
const LISTED_AFTER = /^\s*[、等及]/;
const LISTED_BEFORE = /[、及]\s*(?:与|和|同)?\s*$/;
/** A clause chain ends, or a new subject shares the money (`其中`, `分别`, `各`): the deal's party says no more. */
const CHAIN_ENDS = /[;。!?]|其中|分别|各自|(?:^|[^双])方各/;
/** A subject of the amount's own clause that is a party's other (`对方`, `政府`, `我县`), not the firm's deal. */
const OTHER_SUBJECT = /(?:政府|我[市县区镇]|该[市县区镇]|对方|银行)[^,]{0,8}$/;

/**
 * The one company a clause chain names as a party of a deal with a party that is no firm, before the amount at
 * span `i` (sentence spans from `from`), when no other company stands between: that company's money.
 */
export function partyOfAgreement(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'COMPANY') continue;
    if (!span.named) return undefined;
    const gap = ctx.structure.gap(span.entity.end, amount.entity.start);
    if (gap === undefined || CHAIN_ENDS.test(gap) || (NO_DEAL_YET.test(gap) && !SIGNED.test(gap)) || PHASE_CLAUSE.test(gap) || !dealBetween(ctx, j, gap)) return undefined;
    if (placeSubjectAny(gap) || OTHER_SUBJECT.test(ctx.leadOf(amount))) return undefined;
    return span;
  }
  return undefined;
}

/** The company at span `j` is one side of a deal whose other side is no firm, said in `gap` (company to amount). */
function dealBetween(ctx: LinkContext, j: number, gap: string): boolean {
  const company = ctx.spans[j];
  const before = ctx.structure.before(company.entity.start, 6);
  const after = ctx.structure.after(company.entity.end, 32);
  if (LISTED_AFTER.test(after) || LISTED_BEFORE.test(before)) return false;
  if (WITH_SIGNER.test(before)) return !FIRM_BEFORE.test(before) && !firmBefore(ctx, j) && AGREES.test(gap);
  const withParty = WITH_PARTY_AGREES.exec(after);
  if (!withParty || FIRM_PARTY.test(withParty[0])) return false;
  const end = company.entity.end + withParty[0].length;
  for (let k = j + 1; k < ctx.spans.length && ctx.spans[k].entity.start < end; k++) if (ctx.spans[k].entity.label === 'COMPANY') return false;
  return true;
}

/** `C0与C`: the party before `与` is a company of the same clause (firms together). */
function firmBefore(ctx: LinkContext, j: number): boolean {
  const prev = ctx.spans[j - 1];
  if (!prev || prev.sentence !== ctx.spans[j].sentence || prev.entity.label !== 'COMPANY') return false;
  const gap = ctx.structure.gap(prev.entity.end, ctx.spans[j].entity.start);
  return gap !== undefined && !/[,;:。]/.test(gap);
}
