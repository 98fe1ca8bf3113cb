// Reads doccano sequence-labeling JSONL: `label: [[start, end, LABEL], …]` (or the relation
// export's `entities: [{start_offset, end_offset, label}]`). Offsets are UTF-16 units unless
// the line's meta says `"offset_unit": "grapheme"` or the caller says so (grapheme projects).
// Our exporter's meta (file, money, suggested) is read back when present.
import type { Entity } from '../types';
import type { ImportedDocument, ImportedSpan, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, describeValue, dropMisplacedMoneyAttributes, numberedLines, placeSpan, readGuarded, toLabel } from './importedDocument';
import { MONEY_KEYS } from './annotatedArticle';
import type { DoccanoUnit } from './doccano';
import { createGraphemeConverter, insideGraphemeCluster } from './offsets';

export interface DoccanoImportOptions {
  /** Unit when a line does not say: doccano's default is UTF-16 units. */
  unit?: DoccanoUnit;
}

export function importDoccano(files: readonly InputFile[], options: DoccanoImportOptions = {}): ParsedImport {
  const parsed: ParsedImport = { documents: [], problems: [], notes: [] };
  for (const file of files) {
    for (const { line, text: raw } of numberedLines(file.content)) {
      if (raw.trim() === '') continue;
      readGuarded(parsed, { file: file.path, line }, () => readLine(file.path, line, raw, options, parsed));
    }
  }
  return dropMisplacedMoneyAttributes(parsed);
}

function readLine(path: string, line: number, raw: string, options: DoccanoImportOptions, parsed: ParsedImport): void {
  const where = { file: path, line };
  const fail = (message: string) => parsed.problems.push({ ...where, message });
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    fail(`not a complete JSON object (truncated line?): ${(error as Error).message}`);
    return;
  }
  const text = json?.text ?? json?.data;
  if (typeof text !== 'string') {
    fail('no "text" field: not a doccano export line');
    return;
  }
  const unit = json.offset_unit === 'grapheme' || json.offset_unit === 'utf-16' ? json.offset_unit : (options.unit ?? 'utf-16');
  const converter = unit === 'grapheme' ? createGraphemeConverter(text) : undefined;
  const triples = readTriples(json);
  if (typeof triples === 'string') {
    fail(triples);
    return;
  }
  const money = moneyByOffsets(json.money);
  const suggested = new Set((Array.isArray(json.suggested) ? json.suggested : []).map(spanKey));
  const document: ImportedDocument = { source: where, files: typeof json.file === 'string' ? [json.file] : [], text, spans: [] };
  let failed = false;
  triples.forEach(([start, end, labelName], i) => {
    const what = `span ${i + 1} [${describeValue(start)}, ${describeValue(end)}, ${describeValue(labelName)}]`;
    const label = toLabel(labelName);
    if (!label) {
      parsed.notes.push({ ...where, message: `${what}: label ${describeValue(labelName)} is not one of ours; skipped` });
      return;
    }
    const placed = placeSpan(text, converter, start, end, undefined, unit === 'grapheme' ? 'grapheme clusters' : 'UTF-16 units');
    const error = 'error' in placed ? placed.error : unit === 'utf-16' ? splitCluster(text, placed.start, placed.end) : undefined;
    if (error !== undefined || 'error' in placed) {
      fail(`${what}: ${error}`);
      failed = true;
      return;
    }
    if (suggested.has(spanKey([start, end, labelName]))) {
      parsed.notes.push({ ...where, message: `${what}: an unreviewed suggestion; skipped` });
      return;
    }
    const span: ImportedSpan = { label, ...placed, text: text.slice(placed.start, placed.end), status: 'accepted', source: `${path}:${line}` };
    const attributes = money.get(`${describeValue(start)} ${describeValue(end)}`);
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

/**
 * In UTF-16 units, an offset inside a character cluster (between an `e` and its accent, inside
 * a family emoji) is what a grapheme-mode export read as UTF-16 looks like: refuse it instead of
 * importing every later span at the wrong place.
 */
function splitCluster(text: string, start: number, end: number): string | undefined {
  const at = insideGraphemeCluster(text, start) ? start : insideGraphemeCluster(text, end) ? end : undefined;
  if (at === undefined) return undefined;
  let from = at - 1;
  while (from > 0 && at - from < 32 && insideGraphemeCluster(text, from)) from--;
  let to = at + 1;
  while (to < text.length && to - at < 32 && insideGraphemeCluster(text, to)) to++;
  return `offsets ${start}–${end} split the character ${JSON.stringify(text.slice(from, to))} (were they counted in grapheme clusters, doccano's grapheme mode? then import in that mode: CLI --doccano-graphemes)`;
}

/** Our exporter's `money` meta, by `start end` (the first entry of a span wins), so each span finds its own at once. */
function moneyByOffsets(money: unknown): Map<string, Record<string, unknown>> {
  const byOffsets = new Map<string, Record<string, unknown>>();
  for (const entry of Array.isArray(money) ? money : []) {
    if (!isRecord(entry) || typeof entry.start !== 'number' || typeof entry.end !== 'number') continue;
    const key = `${entry.start} ${entry.end}`;
    if (!byOffsets.has(key)) byOffsets.set(key, entry);
  }
  return byOffsets;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A comparable key of a [start, end, LABEL] entry, whatever the input put in it. */
function spanKey(entry: unknown): string {
  return Array.isArray(entry) ? entry.map(describeValue).join('\u0000') : describeValue(entry);
}

type Triple = [unknown, unknown, unknown];

function readTriples(json: Record<string, unknown>): Triple[] | string {
  if (Array.isArray(json.entities)) {
    return (json.entities as unknown[]).map((e) => (isRecord(e) ? [e.start_offset, e.end_offset, e.label] : [undefined, undefined, undefined]));
  }
  const label = json.label ?? [];
  if (!Array.isArray(label)) return '"label" is not a list of [start, end, LABEL] spans';
  for (const item of label) {
    if (!Array.isArray(item) || item.length !== 3) return `"label" holds ${describeValue(item)}, not a [start, end, LABEL] span (a text-classification export?)`;
  }
  return label as Triple[];
}
