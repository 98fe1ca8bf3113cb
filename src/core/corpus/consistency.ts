// Consistency checks over a corpus of reviewed articles: what a researcher wants warned about
// before the data is used. Pure (no `vscode`): the editor shows the findings in the Problems
// panel and `invest-news check` prints them. Linear in the corpus: maps keyed by text, one
// scan of each article for the accepted names.
import type { Annotation, Link } from '../sidecar/sidecarSchema';
import type { Label } from '../types';
import { LineCounter } from './occurrences';

/** One article as the checks see it: its text and its sidecar's placed annotations and links. */
export interface CheckedArticle {
  file: string;
  text: string;
  annotations: readonly Annotation[];
  links?: readonly Link[];
}

export const FINDING_KINDS = ['mixedLabels', 'unlabelledName', 'itemsAboveAggregate', 'thresholdAsItem', 'linkToRejected'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** What the quick fix of a finding does. */
export type FindingFix =
  | { kind: 'relabel'; annotationId: string; label: Label }
  | { kind: 'tag'; label: Label }
  | { kind: 'reveal' }
  | { kind: 'setScope'; annotationId: string; scope: 'aggregate' }
  | { kind: 'removeLink'; linkId: string };

export interface Finding {
  kind: FindingKind;
  file: string;
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** The string the finding is about. */
  text: string;
  /** FINDING_MESSAGES[kind] with its {0}, {1}… filled from messageArgs. */
  message: string;
  /** What fills the message: the editor shows the message translated, with these. */
  messageArgs: string[];
  fix: FindingFix;
}

/** The English message of each kind of finding. */
export const FINDING_MESSAGES: Readonly<Record<FindingKind, string>> = {
  mixedLabels: '"{0}" is labelled {1} here and {2} {3} time(s) elsewhere ({4})',
  unlabelledName: '"{0}" is accepted as {1} in {2} and not labelled here',
  itemsAboveAggregate: '{0} {1} items sum to {2} {3}, above the stated total "{4}" ({5})',
  thresholdAsItem: '"{0}" is a threshold stored as an item; a threshold is a size class (scope aggregate), never summed',
  linkToRejected: 'link {0} ({1}) points at "{2}", which is rejected',
};

/** The message and its arguments, as a finding carries them. */
function said(kind: FindingKind, args: readonly (string | number)[]): { message: string; messageArgs: string[] } {
  const messageArgs = args.map(String);
  return { message: FINDING_MESSAGES[kind].replace(/\{(\d+)\}/g, (_, i: string) => messageArgs[Number(i)]), messageArgs };
}

type Placed = { article: CheckedArticle; annotation: Annotation };

const NAME_LABELS: readonly Label[] = ['PARK', 'PROJECT', 'COMPANY'];

/** Every finding of every check, by file then offset. */
export function checkCorpus(articles: readonly CheckedArticle[]): Finding[] {
  const found = [
    ...mixedLabels(articles),
    ...unlabelledNames(articles),
    ...articles.flatMap(itemsAboveAggregate),
    ...articles.flatMap(thresholdsAsItems),
    ...articles.flatMap(linksToRejected),
  ];
  return withLines(articles, found);
}

const placed = (article: CheckedArticle) => article.annotations.filter((a) => !a.orphaned);
const accepted = (article: CheckedArticle) => placed(article).filter((a) => a.status === 'accepted');

/** Files named once each, in order, at most `limit` of them. */
function fileList(files: readonly string[], limit = 3): string {
  const unique = [...new Set(files)];
  return unique.length <= limit ? unique.join(', ') : `${unique.slice(0, limit).join(', ')} and ${unique.length - limit} more`;
}

/** The same string accepted with two labels: each minority use is a finding, fixed to the majority label. */
export function mixedLabels(articles: readonly CheckedArticle[]): Omit<Finding, 'line'>[] {
  const byText = new Map<string, Map<Label, Placed[]>>();
  for (const article of articles) {
    for (const annotation of accepted(article)) {
      const labels = byText.get(annotation.text) ?? new Map<Label, Placed[]>();
      byText.set(annotation.text, labels);
      const uses = labels.get(annotation.label) ?? [];
      labels.set(annotation.label, uses);
      uses.push({ article, annotation });
    }
  }
  const found: Omit<Finding, 'line'>[] = [];
  for (const [text, labels] of byText) {
    if (labels.size < 2) continue;
    // Most uses wins; on a tie the first label in LABELS order, so the fix is stable.
    const [majority, majorityUses] = [...labels].sort(([a, ua], [b, ub]) => ub.length - ua.length || a.localeCompare(b))[0];
    for (const [label, uses] of labels) {
      if (label === majority) continue;
      for (const { article, annotation } of uses) {
        found.push({
          kind: 'mixedLabels', file: article.file, start: annotation.start, end: annotation.end, text,
          ...said('mixedLabels', [text, label, majority, majorityUses.length, fileList(majorityUses.map((u) => u.article.file))]),
          fix: { kind: 'relabel', annotationId: annotation.id, label: majority },
        });
      }
    }
  }
  return found;
}

/**
 * A name accepted as PARK, PROJECT or COMPANY somewhere and found elsewhere with no annotation
 * over it (accepted or rejected: a rejection is a decision). One scan of each article with a
 * word map of all accepted names (the longest name at each place).
 */
export function unlabelledNames(articles: readonly CheckedArticle[]): Omit<Finding, 'line'>[] {
  const names = new Map<string, { label: Label; file: string }>();
  for (const article of articles) {
    for (const a of accepted(article)) if (NAME_LABELS.includes(a.label) && !names.has(a.text)) names.set(a.text, { label: a.label, file: article.file });
  }
  if (names.size === 0) return [];
  const map = new NameTrie(names);
  const found: Omit<Finding, 'line'>[] = [];
  for (const article of articles) {
    const covered = coverage(article.text.length, placed(article));
    for (let at = 0; at < article.text.length; at++) {
      const word = map.longestAt(article.text, at);
      if (word === undefined) continue;
      const end = at + word.length;
      const name = names.get(word)!;
      if (!covered.touches(at, end)) {
        found.push({
          kind: 'unlabelledName', file: article.file, start: at, end, text: word,
          ...said('unlabelledName', [word, name.label, name.file]),
          fix: { kind: 'tag', label: name.label },
        });
      }
      at = end - 1;
    }
  }
  return found;
}

/**
 * The longest of a set of names starting at a position: a character trie, walked only as far as
 * the text matches (usually not past the first character). Built per check, dropped after it.
 */
class NameTrie {
  private readonly root = new Map<number, TrieNode>();

  constructor(names: ReadonlyMap<string, unknown>) {
    for (const name of names.keys()) {
      let level = this.root;
      let node: TrieNode | undefined;
      for (let i = 0; i < name.length; i++) {
        node = level.get(name.charCodeAt(i)) ?? { next: new Map(), word: undefined };
        level.set(name.charCodeAt(i), node);
        level = node.next;
      }
      if (node) node.word = name;
    }
  }

  longestAt(text: string, start: number): string | undefined {
    let level = this.root;
    let longest: string | undefined;
    for (let i = start; i < text.length; i++) {
      const node = level.get(text.charCodeAt(i));
      if (!node) break;
      if (node.word !== undefined) longest = node.word;
      level = node.next;
    }
    return longest;
  }
}

interface TrieNode {
  next: Map<number, TrieNode>;
  word: string | undefined;
}

/** Which units of a text some annotation covers: a prefix count answers "any covered in [s, e)" in O(1). */
function coverage(length: number, annotations: readonly Annotation[]): { touches(start: number, end: number): boolean } {
  const delta = new Int32Array(length + 1);
  for (const a of annotations) {
    delta[Math.min(a.start, length)]++;
    delta[Math.min(a.end, length)]--;
  }
  const coveredBefore = new Int32Array(length + 1);
  let depth = 0;
  for (let i = 0; i < length; i++) {
    depth += delta[i];
    coveredBefore[i + 1] = coveredBefore[i] + (depth > 0 ? 1 : 0);
  }
  return { touches: (start, end) => coveredBefore[end] - coveredBefore[start] > 0 };
}

/**
 * Accepted items of one currency and role that add up to more than the largest accepted
 * aggregate of that currency and role stating their total: one of them, or the aggregate, is
 * wrong. Shown at the aggregate; the fix only reveals it (which number is wrong is the
 * researcher's call).
 */
export function itemsAboveAggregate(article: CheckedArticle): Omit<Finding, 'line'>[] {
  const groups = new Map<string, { items: Annotation[]; aggregate?: Annotation }>();
  for (const a of accepted(article)) {
    if (a.label !== 'MONEY' || a.value === undefined || !a.currency || !a.role || a.role === 'threshold') continue;
    const key = `${a.currency}\0${a.role}`;
    const group = groups.get(key) ?? { items: [] };
    groups.set(key, group);
    if (a.scope === 'item') group.items.push(a);
    else if (a.scope === 'aggregate' && (!group.aggregate || a.value > (group.aggregate.value ?? 0))) group.aggregate = a;
  }
  const found: Omit<Finding, 'line'>[] = [];
  for (const { items, aggregate } of groups.values()) {
    if (!aggregate || items.length < 2) continue;
    const sum = items.reduce((total, a) => total + (a.value ?? 0), 0);
    // Relative tolerance: values are decimals read from text (0.1 + 0.2 style error).
    if (sum <= (aggregate.value ?? 0) * (1 + 1e-9)) continue;
    found.push({
      kind: 'itemsAboveAggregate', file: article.file, start: aggregate.start, end: aggregate.end, text: aggregate.text,
      ...said('itemsAboveAggregate', [items.length, aggregate.role ?? '', sum, aggregate.currency ?? '', aggregate.text, aggregate.value ?? '']),
      fix: { kind: 'reveal' },
    });
  }
  return found;
}

/** A threshold (a size class) stored with scope `item`: the guidelines make every threshold an aggregate. */
export function thresholdsAsItems(article: CheckedArticle): Omit<Finding, 'line'>[] {
  return accepted(article)
    .filter((a) => a.label === 'MONEY' && a.role === 'threshold' && a.scope === 'item')
    .map((a) => ({
      kind: 'thresholdAsItem' as const, file: article.file, start: a.start, end: a.end, text: a.text,
      ...said('thresholdAsItem', [a.text]),
      fix: { kind: 'setScope' as const, annotationId: a.id, scope: 'aggregate' as const },
    }));
}

/** An accepted link whose amount or target was rejected: the link holds nothing. */
export function linksToRejected(article: CheckedArticle): Omit<Finding, 'line'>[] {
  const byId = new Map(placed(article).map((a) => [a.id, a]));
  const found: Omit<Finding, 'line'>[] = [];
  for (const link of article.links ?? []) {
    if (link.status !== 'accepted') continue;
    const rejected = [byId.get(link.from), byId.get(link.to)].find((a) => a?.status === 'rejected');
    if (!rejected) continue;
    found.push({
      kind: 'linkToRejected', file: article.file, start: rejected.start, end: rejected.end, text: rejected.text,
      ...said('linkToRejected', [link.id, link.kind, rejected.text]),
      fix: { kind: 'removeLink', linkId: link.id },
    });
  }
  return found;
}

/** Adds line numbers (one pass per article over its findings in offset order) and sorts. */
function withLines(articles: readonly CheckedArticle[], found: readonly Omit<Finding, 'line'>[]): Finding[] {
  const byFile = new Map<string, Omit<Finding, 'line'>[]>();
  for (const f of found) {
    const list = byFile.get(f.file) ?? [];
    byFile.set(f.file, list);
    list.push(f);
  }
  const result: Finding[] = [];
  for (const article of articles) {
    const mine = (byFile.get(article.file) ?? []).sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
    const lines = new LineCounter(article.text);
    for (const f of mine) result.push({ ...f, line: lines.lineOf(f.start) });
  }
  return result;
}
