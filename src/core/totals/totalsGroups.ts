// Grouping the counted amounts by park, project or company (see totals.ts): names are merged
// after folding, an amount without a link of the kind goes to the unlinked row (key ''), and
// the rows come out sorted by key with that row last.
import { foldText } from '../fold';
import { AmountTable } from './amountTable';
import type { CountedAmount } from './amountTable';
import { groupName } from './records';
import type { RecordEnd } from './records';
import { detached } from './stringTable';
import type { ProjectTotals, RawGroup, TotalsBasis } from './totalsData';

/**
 * Folding names is the costly part of grouping: one cache for every article of a process. It
 * holds copies (`detached`): a name cut from an article would keep the article's text alive.
 */
const nameKeys = new Map<string, string>();
const MAX_CACHED_NAMES = 100_000;
/** The normalised name a park, project or company is grouped by (folded, no spaces). */
export function keyOf(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_CACHED_NAMES) nameKeys.clear();
    key = detached(nameKey(name));
    nameKeys.set(detached(name), key);
  }
  return key;
}

export type GroupKind = 'park' | 'project' | 'company';

/** Counts an amount in the group its link names, or in the unlinked group (key ''). */
export function addToGroup(groups: Map<string, GroupAccumulator>, basis: TotalsBasis, amount: CountedAmount, end: RecordEnd | undefined): GroupAccumulator {
  const name = end ? groupName(end) : '';
  const group = end ? groupFor(groups, name, keyOf(name)) : groupFor(groups, '', '');
  group.table.add(basis, amount);
  if (basis === 'all' && end?.status === 'suggested') group.suggestedCount += 1;
  return group;
}

export class GroupAccumulator {
  readonly table = new AmountTable();
  readonly files = new Set<string>();
  suggestedCount = 0;
  park?: string;
  constructor(readonly name: string) {}
}

/** Names are merged after folding (Traditional → Simplified, full-width → ASCII) and without spaces. */
function nameKey(name: string): string {
  return foldText(name).text.replace(/\s+/g, '');
}

export function groupFor<G extends GroupAccumulator>(groups: Map<string, G>, name: string, key: string): G {
  let group = groups.get(key);
  if (!group) {
    group = new GroupAccumulator(name) as G;
    groups.set(key, group);
  }
  return group;
}

export function rawGroups(groups: Map<string, GroupAccumulator>): RawGroup[] {
  return [...groups.entries()].map(([key, g]) => {
    const raw: RawGroup = { key, name: g.name, amounts: g.table.raw(), suggestedCount: g.suggestedCount };
    if (g.park !== undefined) raw.park = g.park;
    return raw;
  });
}

/** Rows sorted by key, the unlinked row ('') last; a project's row carries its park. */
export function groupRows(groups: Map<string, GroupAccumulator>): ProjectTotals[] {
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1))
    .map(([, g]) => {
      const row: ProjectTotals = { name: g.name, fileCount: g.files.size, amounts: g.table.rows(), suggestedCount: g.suggestedCount };
      if (g.park !== undefined) row.park = g.park;
      return row;
    });
}
