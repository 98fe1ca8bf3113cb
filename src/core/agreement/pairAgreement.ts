// Agreement between two annotators over a corpus: the article comparisons added one by one
// (nothing kept per span), then per label span F1, per MONEY attribute and link kind Cohen's
// kappa, and a line per article.
import { LABELS, LINK_KINDS, type Label, type LinkKind } from '../types';
import type { ArticleComparison, LabelCounts, MoneyAttribute } from './compareArticle';
import { MONEY_ATTRIBUTES } from './compareArticle';
import { KappaTally, type KappaResult } from './kappa';

export interface LabelAgreement extends LabelCounts {
  /** 2·matches / (A's spans + B's spans); null when neither marked the label. */
  exactF1: number | null;
  /** Precision and recall taking A as the reference (B's spans that hit, A's spans that are hit). */
  exactPrecision: number | null;
  exactRecall: number | null;
  /** Harmonic mean of the overlap precision and recall; null when neither marked the label. */
  overlapF1: number | null;
  overlapPrecision: number | null;
  overlapRecall: number | null;
}

export interface ArticleAgreement extends LabelCounts {
  file: string;
  exactF1: number | null;
  overlapF1: number | null;
  /** MONEY attributes (and links) on which the two differ, over the spans both marked. */
  attributeDisagreements: number;
}

export interface PairReport {
  a: string;
  b: string;
  articles: number;
  labels: Record<Label, LabelAgreement>;
  /** All labels together. */
  overall: LabelAgreement;
  money: Record<MoneyAttribute, KappaResult>;
  /** Present when either annotator's sidecars have links. */
  links?: Record<LinkKind, KappaResult>;
  perArticle: ArticleAgreement[];
}

export class PairAgreement {
  private readonly counts = Object.fromEntries(LABELS.map((l) => [l, emptyCounts()])) as Record<Label, LabelCounts>;
  private readonly money = Object.fromEntries(MONEY_ATTRIBUTES.map((m) => [m, new KappaTally()])) as Record<MoneyAttribute, KappaTally>;
  private readonly links = Object.fromEntries(LINK_KINDS.map((k) => [k, new KappaTally()])) as Record<LinkKind, KappaTally>;
  private hasLinks = false;
  private readonly perArticle: ArticleAgreement[] = [];

  constructor(
    readonly a: string,
    readonly b: string,
  ) {}

  add(comparison: ArticleComparison): void {
    const total = emptyCounts();
    for (const label of LABELS) {
      addCounts(this.counts[label], comparison.labels[label]);
      addCounts(total, comparison.labels[label]);
    }
    for (const attribute of MONEY_ATTRIBUTES) for (const [x, y] of comparison.money[attribute]) this.money[attribute].add(x, y);
    if (comparison.hasLinks) this.hasLinks = true;
    for (const kind of LINK_KINDS) for (const [x, y] of comparison.links[kind]) this.links[kind].add(x, y);
    const attributeDisagreements = comparison.disagreements.filter((d) => d.kind === 'attribute' || d.kind === 'link').length;
    const { exactF1, overlapF1 } = labelAgreement(total);
    this.perArticle.push({ file: comparison.file, ...total, exactF1, overlapF1, attributeDisagreements });
  }

  report(): PairReport {
    const overall = emptyCounts();
    for (const label of LABELS) addCounts(overall, this.counts[label]);
    const report: PairReport = {
      a: this.a,
      b: this.b,
      articles: this.perArticle.length,
      labels: Object.fromEntries(LABELS.map((l) => [l, labelAgreement(this.counts[l])])) as Record<Label, LabelAgreement>,
      overall: labelAgreement(overall),
      money: Object.fromEntries(MONEY_ATTRIBUTES.map((m) => [m, this.money[m].result()])) as Record<MoneyAttribute, KappaResult>,
      perArticle: this.perArticle,
    };
    if (this.hasLinks) report.links = Object.fromEntries(LINK_KINDS.map((k) => [k, this.links[k].result()])) as Record<LinkKind, KappaResult>;
    return report;
  }
}

export function labelAgreement(counts: LabelCounts): LabelAgreement {
  const { aSpans, bSpans, exactMatches, aOverlapping, bOverlapping } = counts;
  const overlapPrecision = ratio(bOverlapping, bSpans);
  const overlapRecall = ratio(aOverlapping, aSpans);
  return {
    ...counts,
    exactF1: aSpans + bSpans === 0 ? null : (2 * exactMatches) / (aSpans + bSpans),
    exactPrecision: ratio(exactMatches, bSpans),
    exactRecall: ratio(exactMatches, aSpans),
    overlapF1: aSpans + bSpans === 0 ? null : harmonicMean(overlapPrecision ?? 0, overlapRecall ?? 0),
    overlapPrecision,
    overlapRecall,
  };
}

function harmonicMean(x: number, y: number): number {
  return x + y === 0 ? 0 : (2 * x * y) / (x + y);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function emptyCounts(): LabelCounts {
  return { aSpans: 0, bSpans: 0, exactMatches: 0, aOverlapping: 0, bOverlapping: 0 };
}

function addCounts(into: LabelCounts, from: LabelCounts): void {
  into.aSpans += from.aSpans;
  into.bSpans += from.bSpans;
  into.exactMatches += from.exactMatches;
  into.aOverlapping += from.aOverlapping;
  into.bOverlapping += from.bOverlapping;
}
