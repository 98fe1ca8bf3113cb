// What every exporter takes and every importer gives back. Pure data: the CLI and the editor
// collect the articles (reading files, sidecars, suggestions) and write the results.
import type { ReviewStatus } from '../review/review';
import type { Entity, Label, LinkKind, SpanRef } from '../types';
import { LABELS, LINK_KINDS, LINK_TARGET_LABEL } from '../types';

export type InteropAnnotation = Entity & { id?: string; status?: ReviewStatus };

/**
 * A link to export: from a MONEY span to a span of LINK_TARGET_LABEL[kind], both by their UTF-16
 * offsets in the article. `suggested`: the engine's, not reviewed (exported only on request).
 */
export interface InteropLink {
  kind: LinkKind;
  status: 'accepted' | 'suggested';
  from: SpanRef;
  to: SpanRef;
}

/** One article to export: `file` is its path relative to the export root, `/`-separated. */
export interface AnnotatedArticle {
  file: string;
  text: string;
  annotations: readonly InteropAnnotation[];
  /** The amounts' links; a link whose ends are not both exported is left out. */
  links?: readonly InteropLink[];
}

/** One file an exporter produces; `path` is relative to the output directory, `/`-separated. */
export interface OutputFile {
  path: string;
  content: string;
  /** Prefix a UTF-8 BOM when writing (the CSV, for Excel). */
  bom?: boolean;
}

export interface Skipped {
  file: string;
  reason: string;
}

export interface ExportResult {
  /** The first file is the main output (`--out FILE` renames it); the others go beside it. */
  files: OutputFile[];
  /** Annotations written, per label. */
  counts: Record<Label, number>;
  skipped: Skipped[];
  /** What the offsets count when it is not the format's usual convention (doccano in grapheme mode). */
  offsets?: string;
  /** Links written (0 when the format has no place for them). */
  links?: number;
  /** One line each: what the format could not carry (links in CoNLL, suggested links in brat). */
  notes?: string[];
}

export const FORMATS = ['jsonl', 'csv', 'records-csv', 'brat', 'label-studio', 'doccano', 'conll'] as const;
export type Format = (typeof FORMATS)[number];
export const IMPORT_FORMATS = ['jsonl', 'brat', 'label-studio', 'doccano'] as const satisfies readonly Format[];
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What each format writes: the CLI's help lists it from here, and both front ends take the
 * default output name and whether it is a folder from here.
 */
export const FORMAT_TABLE: Record<Format, { help: string; defaultName: string; folder: boolean }> = {
  jsonl: { help: 'one article a line, all attributes; UTF-16 offsets', defaultName: 'annotations.jsonl', folder: false },
  csv: { help: 'one annotation a row, UTF-8 with BOM (Excel); UTF-16 offsets', defaultName: 'annotations.csv', folder: false },
  'records-csv': { help: 'one amount a row with its company, project and park (UTF-8 with BOM)', defaultName: 'records.csv', folder: false },
  brat: { help: '.txt + .ann pairs, annotation.conf, visual.conf; code points', defaultName: 'brat', folder: true },
  'label-studio': { help: 'tasks JSON + labeling config XML; code points', defaultName: 'label-studio-tasks.json', folder: false },
  doccano: { help: 'JSONL {text, label: [[start, end, LABEL]]}; UTF-16 offsets', defaultName: 'doccano.jsonl', folder: false },
  conll: { help: 'character-level BIO, one character a line; no offsets', defaultName: 'annotations.conll', folder: false },
};

/** What the offsets of each format count, for summaries and the README. */
export const OFFSET_CONVENTION: Record<Format, string> = {
  jsonl: 'UTF-16 code units (as the sidecars)',
  csv: 'UTF-16 code units (as the sidecars)',
  'records-csv': 'none (one amount a row, with the linked texts)',
  brat: 'code points (as brat counts)',
  'label-studio': 'code points (as Label Studio counts)',
  doccano: 'UTF-16 code units (doccano default)',
  conll: 'none (one character a line)',
};

/** doccano with "count grapheme clusters as one character" on. */
export const DOCCANO_GRAPHEME_CONVENTION = 'grapheme clusters (doccano grapheme mode)';

export function emptyCounts(): Record<Label, number> {
  return Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
}

/**
 * The annotations of an article that can be exported, sorted: each must cover exactly its
 * `text` at its offsets (a sidecar written for an older version of the article would put the
 * span elsewhere; exporting it would corrupt the data set), and rejected ones never leave.
 */
export function exportableAnnotations(article: AnnotatedArticle, skipped: Skipped[]): InteropAnnotation[] {
  const kept: InteropAnnotation[] = [];
  for (const a of article.annotations) {
    if (a.status === 'rejected') continue;
    const covered = article.text.slice(a.start, a.end);
    if (!(a.end > a.start && a.start >= 0 && a.end <= article.text.length) || covered !== a.text) {
      skipped.push({ file: article.file, reason: `${a.label} “${a.text}” at ${a.start}–${a.end} does not match the article text there (“${covered}”)` });
      continue;
    }
    kept.push(a);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));
}

/** MONEY attribute keys, in the order every format writes them. */
export const MONEY_KEYS = ['value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const;

/** Currencies always listed in tool configurations, besides those found in the data. */
export const COMMON_CURRENCIES = ['CNY', 'USD', 'HKD', 'EUR', 'JPY', 'GBP', 'KRW', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF'];

export function currenciesOf(articles: readonly AnnotatedArticle[]): string[] {
  const found = new Set(COMMON_CURRENCIES);
  for (const article of articles) for (const a of article.annotations) if (a.currency) found.add(a.currency);
  return [...found];
}

/** A link between two exported annotations, by their indexes in `exportableAnnotations`' list. */
export interface ExportedLink {
  kind: LinkKind;
  status: 'accepted' | 'suggested';
  from: number;
  to: number;
}

/**
 * The article's links whose two ends are among `kept` (the annotations being written) with the
 * labels the kind wants, in the order of their amounts, then kind. A link to a span that is not
 * written (rejected, skipped, not exported) is left out: it would point at nothing.
 */
export function exportableLinks(article: AnnotatedArticle, kept: readonly InteropAnnotation[]): ExportedLink[] {
  if (!article.links?.length) return [];
  const indexOf = new Map(kept.map((a, i) => [`${a.label}:${a.start}:${a.end}`, i]));
  const found: ExportedLink[] = [];
  const seen = new Set<string>();
  for (const link of article.links) {
    const from = indexOf.get(`MONEY:${link.from.start}:${link.from.end}`);
    const to = indexOf.get(`${LINK_TARGET_LABEL[link.kind]}:${link.to.start}:${link.to.end}`);
    const key = `${from}:${link.kind}`;
    if (from === undefined || to === undefined || seen.has(key)) continue;
    seen.add(key);
    found.push({ kind: link.kind, status: link.status, from, to });
  }
  return found.sort((a, b) => a.from - b.from || LINK_KINDS.indexOf(a.kind) - LINK_KINDS.indexOf(b.kind));
}
