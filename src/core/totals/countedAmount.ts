// What one MONEY amount adds to the sums, or why it adds nothing (see totals.ts): no value or
// currency, a repeat in the article (the same aggregate, the same project's amount), or a part
// of the project's total stated just before it. The reasons are counted in `SkippedCounts`.
import type { CountedAmount } from './amountTable';
import { groupName } from './records';
import type { AmountRecord } from './records';
import { keyOf } from './totalsGroups';
import type { SkippedCounts, TotalsBasis, TotalsItem } from './totalsData';
import type { SummedRole } from '../types';

/** Between a project's total and a part of it, in one sentence: `，其中一期`, `；首期`. */
const PART_OF_TOTAL = /(?:其中|[一二三四五六七八九十首]期)/;
const SENTENCE_END = /[。！？!?\n\r]/;

/**
 * What a MONEY item (not a threshold, not a gloss) adds to the sums; or why it adds nothing: no
 * value or currency, a repeat of an amount `seen` in the article (the same aggregate, or the
 * same amount of the same project), or a part of the same project's total stated before it in
 * its sentence (`totalsOfProject`: the last counted item amount of each project).
 */
export function countedAmount(text: string, record: AmountRecord<TotalsItem>, seen: Set<string>, totalsOfProject: Map<string, TotalsItem>): CountedAmount | keyof SkippedCounts {
  const item = record.amount;
  if (typeof item.value !== 'number' || !Number.isFinite(item.value) || !item.currency) return 'incomplete';
  const scope = item.scope === 'aggregate' ? 'aggregate' : 'item';
  const role: SummedRole = item.role === 'threshold' || item.role === undefined ? 'other' : item.role;
  const projectKey = record.project && scope === 'item' ? keyOf(groupName(record.project)) : '';
  const repeatKey =
    scope === 'aggregate'
      ? `A|${item.currency}|${role}|${item.value}|${item.max ?? ''}`
      : projectKey
        ? `I|${projectKey}|${item.currency}|${role}|${item.value}|${item.max ?? ''}`
        : undefined;
  if (repeatKey !== undefined) {
    if (seen.has(repeatKey)) return 'repeats';
    seen.add(repeatKey);
  }
  if (projectKey) {
    const total = totalsOfProject.get(projectKey);
    if (total && isPartOf(text, total, item)) return 'parts';
    totalsOfProject.set(projectKey, item);
  }
  return { currency: item.currency, role, scope, value: item.value, isRange: item.max !== undefined };
}

/** `part` is a part of `total` (same project, checked by the caller): same currency, not larger, after 其中 or a phase word in the same sentence. */
export function isPartOf(text: string, total: TotalsItem, part: TotalsItem): boolean {
  if (total.currency !== part.currency || typeof total.value !== 'number' || typeof part.value !== 'number' || part.value >= total.value) return false;
  if (part.start < total.end || part.start - total.end > MAX_PART_GAP) return false;
  const between = text.slice(total.end, part.start);
  return !SENTENCE_END.test(between) && PART_OF_TOTAL.test(between);
}

/** How far after a total its part may be stated (the same sentence, a clause or two). */
const MAX_PART_GAP = 40;

/** No amount skipped yet, for either basis. */
export function emptySkipped(): Record<TotalsBasis, SkippedCounts> {
  return { accepted: { glosses: 0, repeats: 0, parts: 0, incomplete: 0, crossArticle: 0 }, all: { glosses: 0, repeats: 0, parts: 0, incomplete: 0, crossArticle: 0 } };
}

export function addSkipped(to: SkippedCounts, from: SkippedCounts): void {
  for (const key of Object.keys(to) as (keyof SkippedCounts)[]) to[key] += from[key];
}
