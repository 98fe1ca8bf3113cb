// Our native JSONL: one article a line with its text and every annotation attribute.
// Offsets are UTF-16 code units (as in the sidecars); each line says so in `offset_unit`, so a
// line keeps its meaning when lines are shuffled, split or concatenated.
import { hashText } from '../textHash';
import type { AnnotatedArticle, ExportResult, InteropAnnotation } from './annotatedArticle';
import { emptyCounts, exportableAnnotations, MONEY_KEYS } from './annotatedArticle';

export const JSONL_FORMAT = 'invest-news-jsonl';
export const JSONL_OFFSET_UNIT = 'utf-16';

export function exportJsonl(articles: readonly AnnotatedArticle[]): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  const lines = articles.map((article) => {
    const annotations = exportableAnnotations(article, skipped).map((a) => {
      counts[a.label]++;
      return jsonlAnnotation(a);
    });
    return JSON.stringify({
      format: JSONL_FORMAT,
      offset_unit: JSONL_OFFSET_UNIT,
      file: article.file,
      sha256: hashText(article.text),
      text: article.text,
      annotations,
    });
  });
  return { files: [{ path: 'annotations.jsonl', content: lines.map((l) => `${l}\n`).join('') }], counts, skipped };
}

function jsonlAnnotation(a: InteropAnnotation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (a.id !== undefined) out.id = a.id;
  out.label = a.label;
  out.start = a.start;
  out.end = a.end;
  out.text = a.text;
  out.status = a.status ?? 'accepted';
  for (const key of MONEY_KEYS) if (a[key] !== undefined) out[key] = a[key];
  return out;
}
