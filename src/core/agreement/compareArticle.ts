// Two annotators' versions of one article, compared: per label the span counts and matches
// (exact offsets, and overlap), the MONEY attributes and links of the spans both marked, and
// every disagreement with the text around it (the diagnosis file).
import { contextAfter, contextBefore } from '../review/review';
import type { Annotation } from '../sidecar/sidecarSchema';
import { LABELS, LINK_KINDS, type Label, type LinkKind } from '../types';
import type { AnnotatorVersion } from './annotatorVersion';
import { compareSpans, countOverlapping, matchExact, overlapsOf } from './spanMatching';

/** The MONEY attributes compared with kappa (value: value and range maximum, as one category). */
export const MONEY_ATTRIBUTES = ['role', 'scope', 'currency', 'value'] as const;
export type MoneyAttribute = (typeof MONEY_ATTRIBUTES)[number];

/** The category of a missing attribute or link: it counts as a category of its own. */
export const NONE = '(none)';

export interface LabelCounts {
  /** Spans A and B marked. */
  aSpans: number;
  bSpans: number;
  /** Pairs of spans with the same offsets (each span in at most one pair). */
  exactMatches: number;
  /** A's spans overlapping one of B's, and B's overlapping one of A's. */
  aOverlapping: number;
  bOverlapping: number;
}

export type DisagreementKind = 'only-a' | 'only-b' | 'boundary' | 'label' | 'attribute' | 'link';

export interface Disagreement {
  file: string;
  kind: DisagreementKind;
  label: Label;
  /** The attribute (role, scope, currency, value) or link kind, for those kinds. */
  attribute: string;
  /** Each annotator's version ('' when that annotator has nothing there). */
  a: string;
  b: string;
  /** Where in the article (UTF-16 units, end exclusive): the span, or both spans' union. */
  start: number;
  end: number;
  /** The text around it, the span in 【】, line breaks shown as ⏎. */
  context: string;
}

export interface ArticleComparison {
  file: string;
  labels: Record<Label, LabelCounts>;
  /** Per attribute, (A's category, B's category) for each MONEY span both marked. */
  money: Record<MoneyAttribute, [string, string][]>;
  /** Per link kind, (A's target, B's target) for each MONEY span both marked. */
  links: Record<LinkKind, [string, string][]>;
  /** Whether either version has a link at all (kappa on links is reported only then). */
  hasLinks: boolean;
  disagreements: Disagreement[];
}

const CONTEXT_WIDTH = 20;

export function compareArticle(file: string, text: string, a: AnnotatorVersion, b: AnnotatorVersion): ArticleComparison {
  const comparison: ArticleComparison = {
    file,
    labels: Object.fromEntries(LABELS.map((l) => [l, { aSpans: 0, bSpans: 0, exactMatches: 0, aOverlapping: 0, bOverlapping: 0 }])) as Record<Label, LabelCounts>,
    money: { role: [], scope: [], currency: [], value: [] },
    links: { project: [], company: [], park: [] },
    hasLinks: a.links.length + b.links.length > 0,
    disagreements: [],
  };
  const byLabelA = groupByLabel(a.annotations);
  const byLabelB = groupByLabel(b.annotations);
  const leftA: Annotation[] = [];
  const leftB: Annotation[] = [];
  const targetsA = linkTargets(a);
  const targetsB = linkTargets(b);
  const row = (kind: DisagreementKind, label: Label, attribute: string, first: string, second: string, start: number, end: number) =>
    comparison.disagreements.push({ file, kind, label, attribute, a: first, b: second, start, end, context: contextOf(text, start, end) });

  for (const label of LABELS) {
    const spansA = byLabelA.get(label) ?? [];
    const spansB = byLabelB.get(label) ?? [];
    const { pairs, firstLeft, secondLeft } = matchExact(spansA, spansB);
    comparison.labels[label] = {
      aSpans: spansA.length,
      bSpans: spansB.length,
      exactMatches: pairs.length,
      aOverlapping: countOverlapping(spansA, spansB),
      bOverlapping: countOverlapping(spansB, spansA),
    };
    leftA.push(...firstLeft);
    leftB.push(...secondLeft);
    if (label !== 'MONEY') continue;
    for (const [first, second] of pairs) {
      for (const attribute of MONEY_ATTRIBUTES) {
        const categories: [string, string] = [moneyCategory(first, attribute), moneyCategory(second, attribute)];
        comparison.money[attribute].push(categories);
        if (categories[0] !== categories[1]) row('attribute', label, attribute, categories[0], categories[1], first.start, first.end);
      }
      if (!comparison.hasLinks) continue;
      for (const kind of LINK_KINDS) {
        const categories: [string, string] = [targetsA.get(`${first.id}\u0000${kind}`) ?? NONE, targetsB.get(`${second.id}\u0000${kind}`) ?? NONE];
        comparison.links[kind].push(categories);
        if (categories[0] !== categories[1]) row('link', label, kind, categories[0], categories[1], first.start, first.end);
      }
    }
  }
  listUnmatched(leftA.sort(compareSpans), leftB.sort(compareSpans), row);
  comparison.disagreements.sort((x, y) => x.start - y.start || x.end - y.end || x.kind.localeCompare(y.kind) || x.attribute.localeCompare(y.attribute));
  return comparison;
}

type RowWriter = (kind: DisagreementKind, label: Label, attribute: string, a: string, b: string, start: number, end: number) => void;

/**
 * The spans only one annotator marked with that label, each reported once: the same offsets with
 * another label ('label'), an overlapping span of the same label ('boundary', B's overlapping
 * spans listed together), or nothing of the other ('only-a', 'only-b').
 */
function listUnmatched(leftA: Annotation[], leftB: Annotation[], row: RowWriter): void {
  const used = new Set<Annotation>();
  const bySpanB = new Map<string, Annotation[]>();
  for (const span of leftB) {
    const key = `${span.start}:${span.end}`;
    const same = bySpanB.get(key);
    if (same) same.push(span);
    else bySpanB.set(key, [span]);
  }
  const restA: Annotation[] = [];
  for (const span of leftA) {
    const relabelled = bySpanB.get(`${span.start}:${span.end}`)?.find((other) => !used.has(other));
    if (!relabelled) {
      restA.push(span);
      continue;
    }
    used.add(relabelled);
    row('label', span.label, 'label', span.label, relabelled.label, span.start, span.end);
  }
  const restB = leftB.filter((span) => !used.has(span));
  const overlaps = overlapsOf(restA, restB);
  restA.forEach((span, i) => {
    const sameLabel = overlaps[i].filter((other) => other.label === span.label);
    if (sameLabel.length === 0) {
      row('only-a', span.label, '', describeSpan(span), '', span.start, span.end);
      return;
    }
    for (const other of sameLabel) used.add(other);
    const start = Math.min(span.start, ...sameLabel.map((o) => o.start));
    const end = Math.max(span.end, ...sameLabel.map((o) => o.end));
    row('boundary', span.label, '', describeSpan(span), sameLabel.map(describeSpan).join('; '), start, end);
  });
  for (const span of restB) if (!used.has(span)) row('only-b', span.label, '', '', describeSpan(span), span.start, span.end);
}

function groupByLabel(annotations: readonly Annotation[]): Map<Label, Annotation[]> {
  const groups = new Map<Label, Annotation[]>();
  for (const annotation of annotations) {
    const group = groups.get(annotation.label);
    if (group) group.push(annotation);
    else groups.set(annotation.label, [annotation]);
  }
  for (const group of groups.values()) group.sort(compareSpans);
  return groups;
}

/** `id + kind` → the target's place and text: annotators' ids differ, their spans are compared. */
function linkTargets(version: AnnotatorVersion): Map<string, string> {
  const byId = new Map(version.annotations.map((a) => [a.id, a]));
  const targets = new Map<string, string>();
  for (const link of version.links) {
    const target = byId.get(link.to);
    if (target) targets.set(`${link.from}\u0000${link.kind}`, describeSpan(target));
  }
  return targets;
}

export function moneyCategory(annotation: Annotation, attribute: MoneyAttribute): string {
  if (attribute !== 'value') return annotation[attribute] ?? NONE;
  if (annotation.value === undefined) return NONE;
  return annotation.max === undefined ? String(annotation.value) : `${annotation.value}–${annotation.max}`;
}

/** `「text」 start–end`: enough to find the span, and to tell two versions of it apart. */
export function describeSpan(span: Annotation): string {
  return `「${span.text}」 ${span.start}–${span.end}`;
}

/** Up to CONTEXT_WIDTH units either side (never half a surrogate pair), the span in 【】. */
export function contextOf(text: string, start: number, end: number): string {
  const shown = `${contextBefore(text, start, CONTEXT_WIDTH)}【${text.slice(start, end)}】${contextAfter(text, end, CONTEXT_WIDTH)}`;
  return shown.replace(/\r\n|\r|\n/g, '⏎');
}
