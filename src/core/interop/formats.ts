// The table of formats: one place that maps a format name to its exporter, its importer and
// the files the importer reads from a folder. The CLI and the editor both dispatch through it.
import type { AnnotatedArticle, ExportResult, Format, ImportFormat } from './annotatedArticle';
import { exportBrat } from './brat';
import { importBrat } from './bratImport';
import { exportConll } from './conll';
import { exportCsv } from './csv';
import { exportDoccano } from './doccano';
import { importDoccano } from './doccanoImport';
import type { InputFile, ParsedImport } from './importedDocument';
import { exportJsonl } from './jsonl';
import { importJsonl } from './jsonlImport';
import { exportLabelStudio } from './labelStudio';
import { importLabelStudio } from './labelStudioImport';
import { exportRecordsCsv } from './recordsCsv';

/** The engine's links, for front ends that export suggested links (the editor loads this module on first use). */
export { suggestLinks } from '../links/links';

export interface FormatOptions {
  /** doccano only: offsets count grapheme clusters (a project with grapheme mode on); on import, where a line does not say. */
  doccanoGraphemes?: boolean;
}

function doccanoUnit(options: FormatOptions): 'grapheme' | 'utf-16' {
  return options.doccanoGraphemes ? 'grapheme' : 'utf-16';
}

export function exportFormat(format: Format, articles: readonly AnnotatedArticle[], options: FormatOptions = {}): ExportResult {
  switch (format) {
    case 'jsonl':
      return exportJsonl(articles);
    case 'csv':
      return exportCsv(articles);
    case 'records-csv':
      return exportRecordsCsv(articles);
    case 'brat':
      return exportBrat(articles);
    case 'label-studio':
      return exportLabelStudio(articles);
    case 'doccano':
      return exportDoccano(articles, { unit: doccanoUnit(options) });
    case 'conll':
      return exportConll(articles);
  }
}

/** File name endings an importer reads when given a folder. */
export const IMPORT_EXTENSIONS: Record<ImportFormat, readonly string[]> = {
  jsonl: ['.jsonl'],
  brat: ['.ann', '.txt'],
  'label-studio': ['.json'],
  doccano: ['.jsonl', '.json'],
};

export function readsFile(format: ImportFormat, path: string): boolean {
  return IMPORT_EXTENSIONS[format].some((ext) => path.toLowerCase().endsWith(ext));
}

export function importFormat(format: ImportFormat, files: readonly InputFile[], options: FormatOptions = {}): ParsedImport {
  switch (format) {
    case 'jsonl':
      return importJsonl(files);
    case 'brat':
      return importBrat(files);
    case 'label-studio':
      return importLabelStudio(files);
    case 'doccano':
      return importDoccano(files, { unit: doccanoUnit(options) });
  }
}
