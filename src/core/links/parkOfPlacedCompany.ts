// The park of each company, read once per article after the walk: a sentence whose subject is a company
// and that places it in a park (`C坐落于K`, `C就在K开工建设`, `C新厂房动工仪式在K举行`) says where that
// company's money goes, the amounts written before it too (guidelines: the park where the money is
// invested). It only fills a park link the walk left absent, and never for a company placed in two parks.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { fillPlacedParks, innermost } from './parkOfPlacedProject';

/**
 * The words between the company and the park end with a placing word (`坐落于`, `入驻`, `在`), then the
 * places the park lies in; no comma or clause break between them, so the company is the one placed.
 */
const PLACED_BETWEEN = /^[^,;:。!?]*?(?:位于|坐落于|坐落在|地处|入驻|进驻|落户于|落户在|落户|落地|在|于)\s*(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|州|盟|县|旗|区|镇|乡)){0,2}\s*(?:国家级|省级|市级)?\s*$/;
/** How many spans after the company its placing park is looked for. */
const MAX_SPANS = 6;

/** A company's name and the park a sentence placed it in (`null`: placed in two parks, none kept). */
type CompanyParks = Map<string, LinkSpan | null>;

/**
 * Fill each absent park link of an item amount linked to a company the article placed in a park.
 * `out` holds the walk's links by entity index; `finish` turns the park into the span the walk links.
 */
export function linkPlacedCompanies(ctx: LinkContext, out: (AmountLinks | undefined)[], finish: (park: LinkSpan) => LinkSpan | undefined): void {
  const placed = companyParks(ctx);
  if (placed.size === 0) return;
  const companies = new Map<number, string>();
  for (const span of ctx.spans) if (span.entity.label === 'COMPANY') companies.set(span.entity.start, span.name);
  fillPlacedParks(ctx, out, placed, (links) => companies.get(links.company?.start ?? -1), finish);
}

/** The park each sentence's subject company is placed in, by the company's name; two parks give `null`. */
function companyParks(ctx: LinkContext): CompanyParks {
  const placed: CompanyParks = new Map();
  let sentence = -1;
  for (const company of ctx.spans) {
    if (company.entity.label !== 'COMPANY' || company.sentence === sentence) continue;
    // Only the sentence's first company is its subject: a later one is a partner or a payee.
    sentence = company.sentence;
    const park = parkPlacing(ctx, company);
    if (!park) continue;
    const inner = innermost(ctx, park);
    const known = placed.get(company.name);
    placed.set(company.name, known === undefined || known?.name === inner.name ? inner : null);
  }
  return placed;
}

/** The park the company's own clause places it in, before any other company or amount of the sentence. */
function parkPlacing(ctx: LinkContext, company: LinkSpan): LinkSpan | undefined {
  for (let j = company.pos + 1; j < ctx.spans.length && j <= company.pos + MAX_SPANS; j++) {
    const span = ctx.spans[j];
    if (span.sentence !== company.sentence || span.entity.label === 'COMPANY' || span.entity.label === 'MONEY') return undefined;
    if (span.entity.label !== 'PARK') continue;
    if (ctx.parks.projectNamed(span) || ctx.parks.isCityWide(span)) return undefined;
    return PLACED_BETWEEN.test(ctx.structure.gap(company.entity.end, span.entity.start) ?? ',') ? span : undefined;
  }
  return undefined;
}
