// The records CSV: one amount a row with whose money it is (its company, project and park, by
// the amount's links), for a spreadsheet or a statistics package. UTF-8 with a BOM and CRLF rows
// like the annotation CSV. An amount without a link of a kind leaves that cell empty; a link that
// is an unreviewed suggestion is named in `suggested_links`.
import type { AnnotatedArticle, ExportResult } from './annotatedArticle';
import { exportCsvTable } from './csv';

export const RECORDS_CSV_COLUMNS = ['file', 'company', 'project', 'park', 'amount', 'value', 'max', 'currency', 'role', 'scope', 'status', 'suggested_links'] as const;

export function exportRecordsCsv(articles: readonly AnnotatedArticle[]): ExportResult {
  return exportCsvTable(articles, 'records.csv', RECORDS_CSV_COLUMNS, ({ article, annotation: a, linked, suggestedLinks }) =>
    a.label !== 'MONEY'
      ? undefined
      : {
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
          suggested_links: suggestedLinks,
        },
  );
}
