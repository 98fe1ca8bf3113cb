// The records CSV: one amount a row with whose money it is (its company, project and park, by
// the amount's links), for a spreadsheet or a statistics package. UTF-8 with a BOM and CRLF rows
// like the annotation CSV. An amount without a link of a kind leaves that cell empty; a link that
// is an unreviewed suggestion is named in `suggested_links`.
import type { AnnotatedArticle, ExportResult } from './annotatedArticle';
import { emptyCounts, exportableAnnotations } from './annotatedArticle';
import { csvField, linkedTextsByAmount } from './csv';
import type { LinkKind } from '../types';

export const RECORDS_CSV_COLUMNS = ['file', 'company', 'project', 'park', 'amount', 'value', 'max', 'currency', 'role', 'scope', 'status', 'suggested_links'] as const;

export function exportRecordsCsv(articles: readonly AnnotatedArticle[]): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  const rows: string[] = [RECORDS_CSV_COLUMNS.join(',')];
  let linkCount = 0;
  for (const article of articles) {
    const kept = exportableAnnotations(article, skipped);
    const linksOf = linkedTextsByAmount(article, kept);
    for (const list of linksOf.values()) linkCount += list.length;
    kept.forEach((a, index) => {
      if (a.label !== 'MONEY') return;
      counts.MONEY++;
      const links = linksOf.get(index) ?? [];
      const linked = (kind: LinkKind) => links.find((l) => l.kind === kind)?.text;
      const record: Record<(typeof RECORDS_CSV_COLUMNS)[number], unknown> = {
        file: article.file,
        company: linked('company'),
        project: linked('project'),
        park: linked('park'),
        amount: a.text,
        value: a.value,
        max: a.max,
        currency: a.currency,
        role: a.role,
        scope: a.scope,
        status: a.status ?? 'accepted',
        suggested_links: links.filter((l) => l.suggested).map((l) => l.kind).join(' ') || undefined,
      };
      rows.push(RECORDS_CSV_COLUMNS.map((c) => csvField(record[c])).join(','));
    });
  }
  return { files: [{ path: 'records.csv', content: rows.map((r) => `${r}\r\n`).join(''), bom: true }], counts, skipped, links: linkCount };
}
