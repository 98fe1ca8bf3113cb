// What the summary panel shows of agreement: per pair of annotators, per label exact and overlap
// span F1, and Cohen's kappa on the MONEY attributes of the amounts both marked, over the
// articles given (the open article, or every article with several annotators' files). The same
// comparison as `invest-news agree` (compareArticle, PairAgreement), reduced to what a table shows.
import { LABELS, type Label } from '../types';
import { annotatorVersion, type AnnotatorVersion, type LinkClaim } from './annotatorVersion';
import { compareArticle, MONEY_ATTRIBUTES, type MoneyAttribute } from './compareArticle';
import { PairAgreement } from './pairAgreement';
import type { Annotation } from '../sidecar/sidecarSchema';

/** One annotator's annotations of one article, placed in its text. */
export interface PanelVersion {
  annotator: string;
  annotations: readonly Annotation[];
  links: readonly LinkClaim[];
}

export interface PanelArticle {
  file: string;
  text: string;
  versions: readonly PanelVersion[];
}

export interface PanelLabelAgreement {
  label: Label;
  aSpans: number;
  bSpans: number;
  exactF1: number | null;
  overlapF1: number | null;
}

export interface PanelPair {
  a: string;
  b: string;
  /** Articles both annotated. */
  articles: number;
  labels: PanelLabelAgreement[];
  money: { attribute: MoneyAttribute; n: number; kappa: number | null }[];
}

export interface PanelAgreementData {
  /** Every annotator with a file among the articles, sorted. */
  annotators: string[];
  /** Empty when fewer than two annotators: the panel shows no agreement then. */
  pairs: PanelPair[];
}

export function panelAgreement(articles: readonly PanelArticle[]): PanelAgreementData {
  const annotators = [...new Set(articles.flatMap((a) => a.versions.map((v) => v.annotator)))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const pairs: PanelPair[] = [];
  for (let i = 0; i < annotators.length; i++) {
    for (let j = i + 1; j < annotators.length; j++) {
      const pair = pairOf(articles, annotators[i], annotators[j]);
      if (pair.articles > 0) pairs.push(pair);
    }
  }
  return { annotators, pairs };
}

function pairOf(articles: readonly PanelArticle[], a: string, b: string): PanelPair {
  const agreement = new PairAgreement(a, b);
  for (const article of articles) {
    const first = versionOf(article, a);
    const second = versionOf(article, b);
    if (first && second) agreement.add(compareArticle(article.file, article.text, first, second));
  }
  const report = agreement.report();
  return {
    a,
    b,
    articles: report.articles,
    labels: LABELS.map((label) => {
      const { aSpans, bSpans, exactF1, overlapF1 } = report.labels[label];
      return { label, aSpans, bSpans, exactF1, overlapF1 };
    }),
    money: MONEY_ATTRIBUTES.map((attribute) => ({ attribute, n: report.money[attribute].n, kappa: report.money[attribute].kappa })),
  };
}

function versionOf(article: PanelArticle, annotator: string): AnnotatorVersion | undefined {
  const version = article.versions.find((v) => v.annotator === annotator);
  return version && annotatorVersion(version.annotations, version.links);
}
