// Reads doccano sequence-labeling JSONL: `label: [[start, end, LABEL], …]` (or the relation
// export's `entities: [{start_offset, end_offset, label}]`). Offsets are UTF-16 units unless
// the line's meta says `"offset_unit": "grapheme"` or the caller says so (grapheme projects).
// Our exporter's meta (file, money, suggested) is read back when present.
import type { Entity } from '../types';
import type { ImportedDocument, ImportedSpan, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, numberedLines, placeSpan, toLabel } from './importedDocument';
import { MONEY_KEYS } from './annotatedArticle';
import type { DoccanoUnit } from './doccano';
import { createGraphemeConverter } from './offsets';

export interface DoccanoImportOptions {
  /** Unit when a line does not say: doccano's default is UTF-16 units. */
  unit?: DoccanoUnit;
}

export function importDoccano(files: readonly InputFile[], options: DoccanoImportOptions = {}): ParsedImport {
  const parsed: ParsedImport = { documents: [], problems: [], notes: [] };
  for (const file of files) {
    for (const { line, text: raw } of numberedLines(file.content)) {
      if (raw.trim() === '') continue;
      const where = { file: file.path, line };
      const fail = (message: string) => parsed.problems.push({ ...where, message });
      let json: Record<string, unknown>;
      try {
        json = JSON.parse(raw);
      } catch (error) {
        fail(`not a complete JSON object (truncated line?): ${(error as Error).message}`);
        continue;
      }
      const text = json?.text ?? json?.data;
      if (typeof text !== 'string') {
        fail('no "text" field: not a doccano export line');
        continue;
      }
      const unit = json.offset_unit === 'grapheme' || json.offset_unit === 'utf-16' ? json.offset_unit : (options.unit ?? 'utf-16');
      const converter = unit === 'grapheme' ? createGraphemeConverter(text) : undefined;
      const triples = readTriples(json);
      if (typeof triples === 'string') {
        fail(triples);
        continue;
      }
      const money = Array.isArray(json.money) ? (json.money as Record<string, unknown>[]) : [];
      const suggested = new Set((Array.isArray(json.suggested) ? json.suggested : []).map((t) => JSON.stringify(t)));
      const document: ImportedDocument = { source: where, files: typeof json.file === 'string' ? [json.file] : [], text, spans: [] };
      let failed = false;
      triples.forEach(([start, end, labelName], i) => {
        const what = `span ${i + 1} [${start}, ${end}, ${String(labelName)}]`;
        const label = toLabel(labelName);
        if (!label) {
          parsed.notes.push({ ...where, message: `${what}: label ${String(labelName)} is not one of ours; skipped` });
          return;
        }
        const placed = placeSpan(text, converter, start, end, undefined, unit === 'grapheme' ? 'grapheme clusters' : 'UTF-16 units');
        if ('error' in placed) {
          fail(`${what}: ${placed.error}`);
          failed = true;
          return;
        }
        if (suggested.has(JSON.stringify([start, end, labelName]))) {
          parsed.notes.push({ ...where, message: `${what}: an unreviewed suggestion; skipped` });
          return;
        }
        const span: ImportedSpan = { label, ...placed, text: text.slice(placed.start, placed.end), status: 'accepted', source: `${file.path}:${line}` };
        const attributes = money.find((m) => m.start === start && m.end === end);
        if (attributes) {
          for (const key of MONEY_KEYS) {
            if (attributes[key] === undefined) continue;
            const problem = applyMoneyAttribute(span as Partial<Entity>, key, attributes[key]);
            if (problem) {
              fail(`${what}: ${problem}`);
              failed = true;
            }
          }
        }
        document.spans.push(span);
      });
      if (!failed) parsed.documents.push(document);
    }
  }
  return parsed;
}

type Triple = [unknown, unknown, unknown];

function readTriples(json: Record<string, unknown>): Triple[] | string {
  if (Array.isArray(json.entities)) {
    return (json.entities as Record<string, unknown>[]).map((e) => [e?.start_offset, e?.end_offset, e?.label]);
  }
  const label = json.label ?? [];
  if (!Array.isArray(label)) return '"label" is not a list of [start, end, LABEL] spans';
  for (const item of label) {
    if (!Array.isArray(item) || item.length !== 3) return `"label" holds ${JSON.stringify(item)}, not a [start, end, LABEL] span (a text-classification export?)`;
  }
  return label as Triple[];
}
