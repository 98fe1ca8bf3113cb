// The diagnosis file: every disagreement between two annotators, one CSV row each, with the text
// around it, so that the annotators (or whoever adjudicates) can go through them in a spreadsheet.
// UTF-8 with a BOM and CRLF rows, like the CSV export, so spreadsheets read the Chinese text.
import { csvField } from '../interop/csv';
import type { Disagreement } from './compareArticle';

export const DIAGNOSIS_HEADER = ['annotator_a', 'annotator_b', 'article', 'label', 'kind', 'attribute', 'version_a', 'version_b', 'start', 'end', 'context'] as const;

export function diagnosisHeader(): string {
  return `\uFEFF${DIAGNOSIS_HEADER.join(',')}\r\n`;
}

export function diagnosisRows(a: string, b: string, disagreements: readonly Disagreement[]): string {
  return disagreements
    .map((d) => `${[a, b, d.file, d.label, d.kind, d.attribute, d.a, d.b, d.start, d.end, d.context].map(csvField).join(',')}\r\n`)
    .join('');
}
