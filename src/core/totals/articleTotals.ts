// What one article contributes to the totals (see totals.ts for the rules): its sums per basis,
// per park, project and company, its thresholds, what it skipped and why, and the amounts the
// corpus reads across articles. Computed once per article and kept; combining is totalsAccumulator.ts.
import { AmountTable } from './amountTable';
import { CitedAmounts } from './citedAmounts';
import { countedAmount, emptySkipped } from './countedAmount';
import { glossesOf } from './glosses';
import { groupName } from './records';
import type { AmountRecord, RecordEnd } from './records';
import { reviewCountsOf } from './reviewCounts';
import { TOTALS_BASES } from './totalsData';
import type { ArticleTotals, ThresholdEntry, TotalsArticle, TotalsItem } from './totalsData';
import { addToGroup, rawGroups } from './totalsGroups';
import type { GroupAccumulator, GroupKind } from './totalsGroups';

/** One article's contribution (see `ArticleTotals`). Pure; never throws. */
export function articleTotals(article: TotalsArticle): ArticleTotals {
  const fileTable = new AmountTable();
  const groups: Record<GroupKind, Map<string, GroupAccumulator>> = { park: new Map(), project: new Map(), company: new Map() };
  const thresholds: ThresholdEntry[] = [];
  const skipped = emptySkipped();
  const records = new Map<TotalsItem, AmountRecord<TotalsItem>>();
  for (const record of article.records ?? []) records.set(record.amount, record);
  const cited = new CitedAmounts(article.file);
  const money = article.items.filter((item) => item.label === 'MONEY' && item.status !== 'rejected').sort((a, b) => a.start - b.start || a.end - b.end);
  for (const basis of TOTALS_BASES) {
    // Glosses depend on the basis (the amount a bracket restates may be accepted while the
    // bracket is only suggested), so each basis is read on its own.
    const amounts = basis === 'all' ? money : money.filter(isAccepted);
    const glosses = glossesOf(article.text, amounts);
    const seen = new Set<string>();
    const totalsOfProject = new Map<string, TotalsItem>();
    for (const item of amounts) {
      const record = records.get(item) ?? { amount: item };
      if (item.role === 'threshold') {
        // Listed once (from the `all` pass, which holds every non-rejected threshold).
        if (basis === 'all') thresholds.push(thresholdEntry(article.file, item, record.park));
        continue;
      }
      const counted = glosses.has(item) ? 'glosses' : countedAmount(article.text, record, seen, totalsOfProject);
      if (typeof counted === 'string') {
        skipped[basis][counted] += 1;
        continue;
      }
      fileTable.add(basis, counted);
      cited.note(basis, record, counted);
      addToGroup(groups.park, basis, counted, record.park);
      if (counted.scope === 'item') {
        const project = addToGroup(groups.project, basis, counted, record.project);
        if (project.park === undefined && record.park) project.park = groupName(record.park);
        addToGroup(groups.company, basis, counted, record.company);
      }
    }
  }
  const fileTotals = { file: article.file, amounts: fileTable.rows(), thresholdCount: thresholds.length, review: reviewCountsOf(article.items) };
  return {
    file: article.file, amounts: fileTable.raw(), fileTotals, thresholds, parks: rawGroups(groups.park), projects: rawGroups(groups.project), companies: rawGroups(groups.company), skipped,
    citable: cited.citable(), aggregates: cited.aggregates,
  };
}

function thresholdEntry(file: string, item: TotalsItem, park: RecordEnd | undefined): ThresholdEntry {
  const entry: ThresholdEntry = { file, start: item.start, end: item.end, text: item.text, status: item.status === 'accepted' ? 'accepted' : 'suggested' };
  if (item.value !== undefined) entry.value = item.value;
  if (item.max !== undefined) entry.max = item.max;
  if (item.currency !== undefined) entry.currency = item.currency;
  if (park) entry.park = groupName(park);
  return entry;
}

const isAccepted = (item: TotalsItem): boolean => item.status === 'accepted';
