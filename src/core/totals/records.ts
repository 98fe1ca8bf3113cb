// The records of an article: one per amount (MONEY that is not rejected), with the project,
// company and park its links name. Links as the user reviews them (src/core/links/linkReview.ts): a
// stored accepted link first, the engine's suggested link otherwise (marked `suggested`), a
// rejected link silences its suggestion. No link, no attribution: an amount is never given the
// nearest or the first span of the article. Pure; shared by the totals (the summary panel and
// `invest-news summary`) and the exports.
import { LinkIndex } from '../links/linkReview';
import type { ReviewItem } from '../review/review';
import type { Link } from '../sidecar/sidecarSchema';
import type { AmountLinks, Entity } from '../types';
import { LINK_KINDS } from '../types';

/** One linked end of a record: the span's text and offsets, and how the link stands. */
export interface RecordEnd {
  text: string;
  start: number;
  end: number;
  status: 'accepted' | 'suggested';
  /** The workspace lexicon's canonical name for `text` when it lists it as a variant: totals group under it. */
  canonical?: string;
}

/** The name an end is totalled and de-duplicated under: the lexicon's canonical name, else the text as written. */
export function groupName(end: RecordEnd): string {
  return end.canonical ?? end.text;
}

/** An amount and whose money it is. `amount` is the item itself (same object as in the input). */
export interface AmountRecord<T extends Entity = ReviewItem> {
  amount: T;
  project?: RecordEnd;
  company?: RecordEnd;
  park?: RecordEnd;
}

/** What an article's records are read from. */
export interface LinkedArticle {
  /** The merged review items (mergeReview's result, sorted by start). */
  items: readonly ReviewItem[];
  /** The engine's entities of the same text; MONEY ones may carry `links`. */
  suggestions: readonly Entity[];
  /** The stored links of the article's sidecar. */
  links: readonly Link[];
  /** The engine's links parallel to `suggestions`, when computed apart from them. */
  suggestedLinks?: readonly (AmountLinks | undefined)[];
  /** The canonical name of a spelling (the workspace lexicon's), so totals merge spellings of one park. */
  canonicalName?: (text: string) => string | undefined;
}

/** The records of an article, one per non-rejected MONEY item, in text order. Linear. */
export function articleRecords(article: LinkedArticle): AmountRecord[] {
  const records = recordsFromIndex(article.items, new LinkIndex(article.items, article.suggestions, article.links, article.suggestedLinks));
  if (article.canonicalName) withCanonicalNames(records, article.canonicalName);
  return records;
}

/** Marks each linked end whose text has another canonical name (in place; `records` are fresh). */
export function withCanonicalNames(records: readonly AmountRecord[], canonicalName: (text: string) => string | undefined): void {
  for (const record of records) {
    for (const kind of LINK_KINDS) {
      const end = record[kind];
      const canonical = end && canonicalName(end.text);
      if (end && canonical !== undefined && canonical !== end.text) end.canonical = canonical;
    }
  }
}

/** The same, from a LinkIndex already built over `items` (the editor keeps one per analysis). */
export function recordsFromIndex(items: readonly ReviewItem[], index: LinkIndex): AmountRecord[] {
  const records: AmountRecord[] = [];
  for (const amount of items) {
    if (amount.label !== 'MONEY' || amount.status === 'rejected') continue;
    const record: AmountRecord = { amount };
    for (const link of index.linksOf(amount)) record[link.kind] = endOf(link.target, link.status);
    records.push(record);
  }
  return records;
}

function endOf(target: Entity, status: RecordEnd['status']): RecordEnd {
  return { text: target.text, start: target.start, end: target.end, status };
}

