// doccano sequence labeling JSONL: `{text, label: [[start, end, LABEL], …]}` one article a
// line. Offsets are UTF-16 code units, doccano's default (JavaScript string indices); a project
// created with "count grapheme clusters as one character" needs `unit: 'grapheme'`.
// doccano keeps unknown keys as the example's meta and writes them back on export, so the file
// name, hash, offset unit and MONEY attributes ride along and survive a round trip.
import { hashText } from '../textHash';
import type { AnnotatedArticle, ExportResult, InteropAnnotation } from './annotatedArticle';
import { DOCCANO_GRAPHEME_CONVENTION, emptyCounts, exportableAnnotations, MONEY_KEYS } from './annotatedArticle';
import type { OffsetConverter } from './offsets';
import { createGraphemeConverter } from './offsets';

export type DoccanoUnit = 'utf-16' | 'grapheme';

export interface DoccanoOptions {
  unit?: DoccanoUnit;
}

export function exportDoccano(articles: readonly AnnotatedArticle[], options: DoccanoOptions = {}): ExportResult {
  const unit = options.unit ?? 'utf-16';
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  const lines = articles.map((article) => {
    const converter: OffsetConverter | undefined = unit === 'grapheme' ? createGraphemeConverter(article.text) : undefined;
    const label: [number, number, string][] = [];
    const money: Record<string, unknown>[] = [];
    const suggested: [number, number, string][] = [];
    for (const a of exportableAnnotations(article, skipped)) {
      let start = a.start;
      let end = a.end;
      try {
        if (converter) [start, end] = [converter.toCodePoint(a.start), converter.toCodePoint(a.end)];
      } catch (error) {
        skipped.push({ file: article.file, reason: `${a.label} “${a.text}”: ${(error as Error).message}` });
        continue;
      }
      counts[a.label]++;
      label.push([start, end, a.label]);
      if (a.status === 'suggested') suggested.push([start, end, a.label]);
      const attributes = moneyAttributes(a);
      if (attributes) money.push({ start, end, ...attributes });
    }
    const line: Record<string, unknown> = { text: article.text, label, file: article.file, sha256: hashText(article.text), offset_unit: unit };
    if (money.length) line.money = money;
    if (suggested.length) line.suggested = suggested;
    return JSON.stringify(line);
  });
  const result: ExportResult = { files: [{ path: 'doccano.jsonl', content: lines.map((l) => `${l}\n`).join('') }], counts, skipped };
  if (unit === 'grapheme') result.offsets = DOCCANO_GRAPHEME_CONVENTION;
  return result;
}

function moneyAttributes(a: InteropAnnotation): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const key of MONEY_KEYS) if (a[key] !== undefined) out[key] = a[key];
  return Object.keys(out).length ? out : undefined;
}
