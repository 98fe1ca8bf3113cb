// CSV for spreadsheets: one annotation a row. UTF-8 with a BOM (Excel then reads Chinese
// correctly), RFC 4180 quoting, CRLF row ends, text that would run as a formula neutralised. Offsets are UTF-16 code units, like the sidecars.
// A MONEY row names its linked project, company and park by their texts (`suggested_links`
// lists the kinds that are unreviewed suggestions).
import type { AnnotatedArticle, ExportResult } from './annotatedArticle';
import { emptyCounts, exportableAnnotations, exportableLinks } from './annotatedArticle';
import type { LinkKind } from '../types';

/** The linked texts of each exported amount (by its index in `kept`), for the CSV exports. */
function linkedTextsByAmount(article: AnnotatedArticle, kept: ReturnType<typeof exportableAnnotations>): Map<number, { kind: LinkKind; text: string; suggested: boolean }[]> {
  const linksOf = new Map<number, { kind: LinkKind; text: string; suggested: boolean }[]>();
  for (const link of exportableLinks(article, kept)) {
    const list = linksOf.get(link.from) ?? [];
    list.push({ kind: link.kind, text: kept[link.to].text, suggested: link.status === 'suggested' });
    linksOf.set(link.from, list);
  }
  return linksOf;
}

/** What a CSV row is made from: an exported annotation, its article and the texts its links name. */
export interface CsvRowSource {
  article: AnnotatedArticle;
  annotation: ReturnType<typeof exportableAnnotations>[number];
  /** The text of the span its link of this kind points at. */
  linked(kind: LinkKind): string | undefined;
  /** The kinds of its links that are unreviewed suggestions, space-separated. */
  suggestedLinks: string | undefined;
}

/**
 * One CSV file, one row per exported annotation that `rowOf` gives a record for (only those are
 * counted). UTF-8 with a BOM and CRLF row ends.
 */
export function exportCsvTable<C extends string>(articles: readonly AnnotatedArticle[], path: string, columns: readonly C[], rowOf: (source: CsvRowSource) => Record<C, unknown> | undefined): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  const rows: string[] = [columns.join(',')];
  let linkCount = 0;
  for (const article of articles) {
    const kept = exportableAnnotations(article, skipped);
    const linksOf = linkedTextsByAmount(article, kept);
    for (const list of linksOf.values()) linkCount += list.length;
    for (const [index, annotation] of kept.entries()) {
      const links = linksOf.get(index) ?? [];
      const record = rowOf({
        article,
        annotation,
        linked: (kind) => links.find((l) => l.kind === kind)?.text,
        suggestedLinks: links.filter((l) => l.suggested).map((l) => l.kind).join(' ') || undefined,
      });
      if (!record) continue;
      counts[annotation.label]++;
      rows.push(columns.map((c) => csvField(record[c])).join(','));
    }
  }
  return { files: [{ path, content: rows.map((r) => `${r}\r\n`).join(''), bom: true }], counts, skipped, links: linkCount };
}

export const CSV_COLUMNS = ['file', 'label', 'text', 'start', 'end', 'value', 'max', 'currency', 'qualifier', 'role', 'scope', 'status', 'project', 'company', 'park', 'suggested_links'] as const;

export function exportCsv(articles: readonly AnnotatedArticle[]): ExportResult {
  return exportCsvTable(articles, 'annotations.csv', CSV_COLUMNS, ({ article, annotation: a, linked, suggestedLinks }) => ({
    file: article.file,
    label: a.label,
    text: a.text,
    start: a.start,
    end: a.end,
    value: a.value,
    max: a.max,
    currency: a.currency,
    qualifier: a.qualifier,
    role: a.role,
    scope: a.scope,
    status: a.status ?? 'accepted',
    project: linked('project'),
    company: linked('company'),
    park: linked('park'),
    suggested_links: suggestedLinks,
  }));
}

/**
 * RFC 4180: a field containing a comma, a quote or a line break is quoted, quotes doubled. A text
 * cell a spreadsheet would run as a formula (starting with = + - @, tab or carriage return, or
 * their full-width forms, which some spreadsheet locales accept too) gets a leading single quote,
 * as OWASP's CSV-injection guidance recommends. Numbers are written as numbers: a negative
 * number is not a formula.
 */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'number' ? numberText(value) : neutraliseFormula(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Plain digits for amounts (5000000000, not 5e9), so spreadsheets and scripts read them alike. */
function numberText(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value).toString() : String(value);
}
