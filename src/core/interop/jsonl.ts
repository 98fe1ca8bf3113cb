// Our native JSONL: one article a line with its text and every annotation attribute.
// Offsets are UTF-16 code units (as in the sidecars); each line says so in `offset_unit`, so a
// line keeps its meaning when lines are shuffled, split or concatenated. A MONEY annotation
// names its links as `invest-news extract` does: `"project": [start, end]`, `"company"`,
// `"park"` (the linked span's offsets, in the line's unit), each absent without a link;
// `"suggested_links": ["park"]` lists the kinds that are unreviewed suggestions.
import { hashText } from '../textHash';
import type { AnnotatedArticle, ExportResult, InteropAnnotation } from './annotatedArticle';
import { emptyCounts, exportableAnnotations, exportableLinks, MONEY_KEYS } from './annotatedArticle';

/** The field listing the kinds of an amount's links that are unreviewed suggestions. */
export const JSONL_SUGGESTED_LINKS = 'suggested_links';

export const JSONL_FORMAT = 'invest-news-jsonl';
export const JSONL_OFFSET_UNIT = 'utf-16';

export function exportJsonl(articles: readonly AnnotatedArticle[]): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  let linkCount = 0;
  const lines = articles.map((article) => {
    const kept = exportableAnnotations(article, skipped);
    const annotations = kept.map((a) => {
      counts[a.label]++;
      return jsonlAnnotation(a);
    });
    for (const link of exportableLinks(article, kept)) {
      const to = kept[link.to];
      const row = annotations[link.from];
      row[link.kind] = [to.start, to.end];
      if (link.status === 'suggested') row[JSONL_SUGGESTED_LINKS] = [...((row[JSONL_SUGGESTED_LINKS] as string[] | undefined) ?? []), link.kind];
      linkCount++;
    }
    return JSON.stringify({
      format: JSONL_FORMAT,
      offset_unit: JSONL_OFFSET_UNIT,
      file: article.file,
      sha256: hashText(article.text),
      text: article.text,
      annotations,
    });
  });
  return { files: [{ path: 'annotations.jsonl', content: lines.map((l) => `${l}\n`).join('') }], counts, skipped, links: linkCount };
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
