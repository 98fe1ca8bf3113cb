// The counted amounts of one article that the corpus reads across articles (see totals.ts and
// corpusRecords.ts): its item amounts of a project, de-duplicated against earlier articles, and
// its stated aggregates, listed.
import { recordKey } from './corpusRecords';
import type { CitableAmount, StatedAggregate } from './corpusRecords';
import type { CountedAmount } from './amountTable';
import { groupName } from './records';
import type { AmountRecord } from './records';
import type { TotalsBasis, TotalsItem } from './totalsData';
import { keyOf } from './totalsGroups';

/** The counted amounts of one article that the corpus de-duplicates (items of a project) or lists (aggregates). */
export class CitedAmounts {
  private readonly items = new Map<TotalsItem, CitableAmount>();
  readonly aggregates: StatedAggregate[] = [];
  constructor(private readonly file: string) {}

  note(basis: TotalsBasis, record: AmountRecord<TotalsItem>, counted: CountedAmount): void {
    const item = record.amount;
    const source = { file: this.file, start: item.start, end: item.end, text: item.text };
    const max = item.max;
    if (counted.scope === 'aggregate') {
      if (basis !== 'all') return;
      const aggregate: StatedAggregate = { ...source, currency: counted.currency, role: counted.role, value: counted.value, status: item.status === 'accepted' ? 'accepted' : 'suggested' };
      if (max !== undefined) aggregate.max = max;
      if (record.park) aggregate.park = groupName(record.park);
      this.aggregates.push(aggregate);
      return;
    }
    if (!record.project) return;
    let amount = this.items.get(item);
    if (!amount) {
      // Keyed by the names the groups use (canonical when the lexicon has one), so that a repeat
      // comes out of the very rows it was added to.
      const project = groupName(record.project);
      const projectKey = keyOf(project);
      amount = {
        ...source, key: recordKey(projectKey, counted.role, counted.currency, counted.value, max), project, projectKey,
        parkKey: record.park ? keyOf(groupName(record.park)) : '', companyKey: record.company ? keyOf(groupName(record.company)) : '',
        currency: counted.currency, role: counted.role, value: counted.value, accepted: false, all: false,
      };
      if (max !== undefined) amount.max = max;
      this.items.set(item, amount);
    }
    amount[basis] = true;
  }

  /** In text order (the items were met in text order in each pass). */
  citable(): CitableAmount[] {
    return [...this.items.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
