// doccano sequence labeling JSONL: `{text, label: [[start, end, LABEL], …]}` one article a
// line. Offsets are UTF-16 code units, doccano's default (JavaScript string indices); a project
// created with "count grapheme clusters as one character" needs `unit: 'grapheme'`.
// When any article has links, the file is what a doccano project with relations exports:
// `entities: [{id, label, start_offset, end_offset}]` and `relations: [{id, from_id, to_id,
// type}]` (type `project`, `company` or `park`, from the amount to the span it links), on every
// line, so that one project can import the whole file. Ids count up through the file.
// doccano keeps unknown keys as the example's meta and writes them back on export, so the file
// name, hash, offset unit, MONEY attributes and which spans and links are unreviewed suggestions
// (`suggested`, `suggested_links`, by offsets: doccano renumbers ids) survive a round trip.
import { hashText } from '../textHash';
import type { LinkKind } from '../types';
import type { AnnotatedArticle, ExportResult, InteropAnnotation } from './annotatedArticle';
import { DOCCANO_GRAPHEME_CONVENTION, emptyCounts, exportableAnnotations, exportableLinks, MONEY_KEYS } from './annotatedArticle';
import type { OffsetConverter } from './offsets';
import { createGraphemeConverter } from './offsets';

export type DoccanoUnit = 'utf-16' | 'grapheme';

export interface DoccanoOptions {
  unit?: DoccanoUnit;
}

/** An exported annotation with its offsets in the file's unit; `index` is its place among the exportable annotations. */
interface PlacedSpan {
  index: number;
  start: number;
  end: number;
  annotation: InteropAnnotation;
}

/** Running ids of a relation-mode file (doccano's ids are unique across the project). */
interface IdCounter {
  entity: number;
  relation: number;
}

export function exportDoccano(articles: readonly AnnotatedArticle[], options: DoccanoOptions = {}): ExportResult {
  const unit = options.unit ?? 'utf-16';
  const result: ExportResult = { files: [], counts: emptyCounts(), skipped: [] };
  let links = 0;
  const ids: IdCounter | undefined = articles.some((a) => a.links?.length) ? { entity: 0, relation: 0 } : undefined;
  const lines = articles.map((article) => {
    const kept = exportableAnnotations(article, result.skipped);
    const spans = placeSpans(article, kept, unit, result);
    const line: Record<string, unknown> = { text: article.text };
    if (ids) links += addEntitiesAndRelations(line, article, kept, spans, ids);
    else line.label = spans.map((s) => [s.start, s.end, s.annotation.label]);
    Object.assign(line, { file: article.file, sha256: hashText(article.text), offset_unit: unit });
    const money = spans.flatMap((s) => moneyAttributes(s));
    if (money.length) line.money = money;
    const suggested = spans.filter((s) => s.annotation.status === 'suggested').map((s) => [s.start, s.end, s.annotation.label]);
    if (suggested.length) line.suggested = suggested;
    return JSON.stringify(line);
  });
  result.files.push({ path: 'doccano.jsonl', content: lines.map((l) => `${l}\n`).join('') });
  result.links = links;
  if (unit === 'grapheme') result.offsets = DOCCANO_GRAPHEME_CONVENTION;
  return result;
}

/** The annotations with offsets in the file's unit; one that cannot be converted is reported as skipped. */
function placeSpans(article: AnnotatedArticle, kept: readonly InteropAnnotation[], unit: DoccanoUnit, result: ExportResult): PlacedSpan[] {
  const converter: OffsetConverter | undefined = unit === 'grapheme' ? createGraphemeConverter(article.text) : undefined;
  const spans: PlacedSpan[] = [];
  for (const [index, a] of kept.entries()) {
    try {
      const [start, end] = converter ? [converter.toCodePoint(a.start), converter.toCodePoint(a.end)] : [a.start, a.end];
      spans.push({ index, start, end, annotation: a });
      result.counts[a.label]++;
    } catch (error) {
      result.skipped.push({ file: article.file, reason: `${a.label} “${a.text}”: ${(error as Error).message}` });
    }
  }
  return spans;
}

/** Writes the line's entities and the relations between them; returns how many links it wrote. */
function addEntitiesAndRelations(line: Record<string, unknown>, article: AnnotatedArticle, kept: readonly InteropAnnotation[], spans: readonly PlacedSpan[], ids: IdCounter): number {
  const byIndex = new Map<number, { id: number; span: PlacedSpan }>();
  line.entities = spans.map((span) => {
    const id = ++ids.entity;
    byIndex.set(span.index, { id, span });
    return { id, label: span.annotation.label, start_offset: span.start, end_offset: span.end };
  });
  const relations: { id: number; from_id: number; to_id: number; type: LinkKind }[] = [];
  const suggestedLinks: [number, number, number, number, LinkKind][] = [];
  for (const link of exportableLinks(article, kept)) {
    const from = byIndex.get(link.from);
    const to = byIndex.get(link.to);
    if (!from || !to) continue; // an end skipped above (not convertible)
    relations.push({ id: ++ids.relation, from_id: from.id, to_id: to.id, type: link.kind });
    if (link.status === 'suggested') suggestedLinks.push([from.span.start, from.span.end, to.span.start, to.span.end, link.kind]);
  }
  line.relations = relations;
  if (suggestedLinks.length) line.suggested_links = suggestedLinks;
  return relations.length;
}

function moneyAttributes({ start, end, annotation }: PlacedSpan): Record<string, unknown>[] {
  const out: Record<string, unknown> = {};
  for (const key of MONEY_KEYS) if (annotation[key] !== undefined) out[key] = annotation[key];
  return Object.keys(out).length ? [{ start, end, ...out }] : [];
}
