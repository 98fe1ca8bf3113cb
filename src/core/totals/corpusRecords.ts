// Corpus totals a paper can cite. The same project is often reported by several articles (a
// signing, then the start of works): summing every article would count its money two or three
// times. Across articles, an item amount of a project is one record per (project, role,
// currency, value), the project compared by its normalised name; the first article to report it
// counts it, the others are listed as its sources. Stated aggregates ("全区签约项目总投资65.1亿元")
// are claims about a set of projects at a date: adding them across articles adds overlapping
// sets, so the corpus lists them (article, park, text, value) and builds no difference on them.
// Pure and linear: one Map keyed by the record, never a comparison of every pair.
import type { SummedRole } from '../types';

/** Where a record was reported: an article and the amount's offsets and text there. */
export interface RecordSource {
  file: string;
  start: number;
  end: number;
  text: string;
}

/**
 * An item amount of a project, counted in its article (after the article's own rules: glosses,
 * repeats, parts of a total). The keys are the normalised names of the groups it was added to
 * ('' for the unlinked row of a kind), so a repeat can be taken out of the same groups.
 */
export interface CitableAmount extends RecordSource {
  /** `recordKey` of the amount. */
  key: string;
  project: string;
  projectKey: string;
  parkKey: string;
  companyKey: string;
  currency: string;
  role: SummedRole;
  value: number;
  max?: number;
  /** Counted in the accepted-only sums, in the accepted + unreviewed sums. */
  accepted: boolean;
  all: boolean;
}

/** A stated aggregate of one article: listed in the corpus scope, never summed across articles. */
export interface StatedAggregate extends RecordSource {
  currency: string;
  role: SummedRole;
  value: number;
  max?: number;
  park?: string;
  status: 'accepted' | 'suggested';
}

/** A record reported by more than one article, counted once. */
export interface RepeatedRecord {
  project: string;
  currency: string;
  role: SummedRole;
  value: number;
  max?: number;
  /** Every article that reports it, the counted one first. */
  sources: RecordSource[];
}

/** The key of a record across articles: the project's normalised name, role, currency, value (and range end). */
export function recordKey(projectKey: string, role: SummedRole, currency: string, value: number, max: number | undefined): string {
  return `${projectKey}\u0000${role}\u0000${currency}\u0000${value}\u0000${max ?? ''}`;
}

/** What `CorpusRecords.add` decided for one amount and basis. */
export interface RepeatVerdict {
  accepted: boolean;
  all: boolean;
}

/**
 * Collects the item amounts of a corpus, article after article. `add` says, per basis, whether
 * the amount repeats a record an earlier article already counted (then it must come out of the
 * sums); `repeated` lists the records with more than one source.
 */
export class CorpusRecords {
  private readonly firsts = { accepted: new Set<string>(), all: new Set<string>() };
  private readonly records = new Map<string, RepeatedRecord>();

  add(amount: CitableAmount): RepeatVerdict {
    const verdict = { accepted: this.seen('accepted', amount), all: this.seen('all', amount) };
    const source: RecordSource = { file: amount.file, start: amount.start, end: amount.end, text: amount.text };
    const record = this.records.get(amount.key);
    if (!record) this.records.set(amount.key, recordOf(amount, source));
    else if (record.sources[record.sources.length - 1].file !== amount.file) record.sources.push(source);
    return verdict;
  }

  /** Records reported by several articles, in the order they were first reported. */
  repeated(): RepeatedRecord[] {
    return [...this.records.values()].filter((r) => r.sources.length > 1);
  }

  private seen(basis: 'accepted' | 'all', amount: CitableAmount): boolean {
    if (!amount[basis]) return false;
    if (this.firsts[basis].has(amount.key)) return true;
    this.firsts[basis].add(amount.key);
    return false;
  }
}

function recordOf(amount: CitableAmount, source: RecordSource): RepeatedRecord {
  const record: RepeatedRecord = { project: amount.project, currency: amount.currency, role: amount.role, value: amount.value, sources: [source] };
  if (amount.max !== undefined) record.max = amount.max;
  return record;
}
