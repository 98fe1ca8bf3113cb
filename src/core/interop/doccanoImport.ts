// Reads doccano sequence-labeling JSONL: `label: [[start, end, LABEL], …]`, or the relation
// export's `entities: [{id, start_offset, end_offset, label}]` with `relations: [{id, from_id,
// to_id, type}]`, whose `project`, `company` and `park` relations from an amount are its links.
// Offsets are UTF-16 units unless the line's meta says `"offset_unit": "grapheme"` or the caller
// says so (grapheme projects). Our exporter's meta (file, money, suggested, suggested_links) is
// read back when present.
import type { Entity, LinkKind } from '../types';
import { LINK_TARGET_LABEL } from '../types';
import type { ImportedDocument, ImportedLink, ImportedSpan, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, describeValue, dropMisplacedMoneyAttributes, isLinkKind, numberedLines, placeSpan, readGuarded, toLabel } from './importedDocument';
import { MONEY_KEYS } from './annotatedArticle';
import type { DoccanoUnit } from './doccano';
import type { OffsetConverter } from './offsets';
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

/** What a line's reading shares: where it is, its text and unit, and where problems and notes go. */
interface LineContext {
  where: { file: string; line: number };
  text: string;
  unit: DoccanoUnit;
  converter: OffsetConverter | undefined;
  parsed: ParsedImport;
  fail(message: string): void;
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
  const entries = readEntries(json);
  if (typeof entries === 'string') {
    fail(entries);
    return;
  }
  const context: LineContext = { where, text, unit, converter: unit === 'grapheme' ? createGraphemeConverter(text) : undefined, parsed, fail };
  const spans = readSpans(json, entries, context);
  if (!spans) return;
  const links = readRelations(json, entries, spans, context);
  if (!links) return;
  const document: ImportedDocument = { source: where, files: typeof json.file === 'string' ? [json.file] : [], text, spans: spans.filter((s) => s !== undefined) };
  if (links.length) document.links = links;
  parsed.documents.push(document);
}

/**
 * The imported span of each entry (undefined where it is skipped: not our label, a suggestion),
 * with our exporter's MONEY attributes; undefined when any entry is refused.
 */
function readSpans(json: Record<string, unknown>, entries: readonly Entry[], context: LineContext): (ImportedSpan | undefined)[] | undefined {
  const { where, text, unit, converter, parsed, fail } = context;
  const money = moneyByOffsets(json.money);
  const suggested = new Set((Array.isArray(json.suggested) ? json.suggested : []).map(spanKey));
  let failed = false;
  const spans = entries.map(({ start, end, label: labelName }, i): ImportedSpan | undefined => {
    const what = `span ${i + 1} [${describeValue(start)}, ${describeValue(end)}, ${describeValue(labelName)}]`;
    const label = toLabel(labelName);
    if (!label) {
      parsed.notes.push({ ...where, message: `${what}: label ${describeValue(labelName)} is not one of ours; skipped` });
      return undefined;
    }
    const placed = placeSpan(text, converter, start, end, undefined, unit === 'grapheme' ? 'grapheme clusters' : 'UTF-16 units');
    const error = 'error' in placed ? placed.error : unit === 'utf-16' ? splitCluster(text, placed.start, placed.end) : undefined;
    if (error !== undefined || 'error' in placed) {
      fail(`${what}: ${error}`);
      failed = true;
      return undefined;
    }
    if (suggested.has(spanKey([start, end, labelName]))) {
      parsed.notes.push({ ...where, message: `${what}: an unreviewed suggestion; skipped` });
      return undefined;
    }
    const span: ImportedSpan = { label, ...placed, text: text.slice(placed.start, placed.end), status: 'accepted', source: `${where.file}:${where.line}` };
    const attributes = money.get(`${describeValue(start)} ${describeValue(end)}`);
    for (const key of MONEY_KEYS) {
      if (attributes?.[key] === undefined) continue;
      const problem = applyMoneyAttribute(span as Partial<Entity>, key, attributes[key]);
      if (problem) {
        fail(`${what}: ${problem}`);
        failed = true;
      }
    }
    return span;
  });
  return failed ? undefined : spans;
}

/**
 * The amount links among the line's `relations` (by entity id). A relation of one of our kinds
 * naming an id the line does not have refuses the line; other relations, those whose ends were
 * not imported or do not go from a MONEY to the kind's label, and those our export marked as
 * unreviewed suggestions are skipped, one note per reason.
 */
function readRelations(json: Record<string, unknown>, entries: readonly Entry[], spans: readonly (ImportedSpan | undefined)[], context: LineContext): ImportedLink[] | undefined {
  const { where, fail, parsed } = context;
  const relations = json.relations ?? [];
  if (!Array.isArray(relations)) {
    fail('"relations" is not a list of {id, from_id, to_id, type} relations');
    return undefined;
  }
  const entryOf = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.id !== undefined && !entryOf.has(idKey(e.id))) entryOf.set(idKey(e.id), i);
  });
  const suggested = new Set((Array.isArray(json.suggested_links) ? json.suggested_links : []).map(spanKey));
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const links: ImportedLink[] = [];
  for (const [i, r] of relations.entries()) {
    const relation = isRecord(r) ? r : {};
    const kind = relation.type;
    if (!isLinkKind(kind)) {
      skip('relation(s) that are not one of project, company, park');
      continue;
    }
    const [from, to] = [relation.from_id, relation.to_id].map((id) => entryOf.get(idKey(id)));
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? relation.from_id : relation.to_id;
      fail(`relation ${i + 1} (${kind}) points to entity ${describeValue(missing)}, which this line does not have`);
      return undefined;
    }
    const link = linkBetween(kind, entries[from], entries[to], spans[from], spans[to], suggested);
    if (typeof link === 'string') skip(link);
    else links.push({ ...link, source: `${where.file}:${where.line}` });
  }
  for (const [reason, count] of skipped) parsed.notes.push({ ...where, message: `${count} ${reason}; skipped` });
  return links;
}

/** The link a relation of `kind` makes between two entries, or why it makes none. */
function linkBetween(kind: LinkKind, fromEntry: Entry, toEntry: Entry, from: ImportedSpan | undefined, to: ImportedSpan | undefined, suggested: ReadonlySet<string>): Omit<ImportedLink, 'source'> | string {
  if (suggested.has(spanKey([fromEntry.start, fromEntry.end, toEntry.start, toEntry.end, kind]))) return `${kind} link(s) marked as unreviewed suggestions`;
  if (!from || !to) return `${kind} link(s) whose ends are not imported`;
  if (from.label !== 'MONEY' || to.label !== LINK_TARGET_LABEL[kind]) return `${kind} link(s) not from a MONEY to a ${LINK_TARGET_LABEL[kind]}`;
  return { kind, from: { start: from.start, end: from.end }, to: { start: to.start, end: to.end } };
}

/** Entity ids are numbers in doccano; anything else in the input still gets a key, never a throw. */
function idKey(id: unknown): string {
  return typeof id === 'number' || typeof id === 'string' ? `${typeof id}:${id}` : describeValue(id);
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

/** One span of the line as written: offsets and label, and its id in a relation-mode export. */
interface Entry {
  start: unknown;
  end: unknown;
  label: unknown;
  id?: unknown;
}

function readEntries(json: Record<string, unknown>): Entry[] | string {
  if (Array.isArray(json.entities)) {
    return (json.entities as unknown[]).map((e) => (isRecord(e) ? { start: e.start_offset, end: e.end_offset, label: e.label, id: e.id } : { start: undefined, end: undefined, label: undefined }));
  }
  const label = json.label ?? [];
  if (!Array.isArray(label)) return '"label" is not a list of [start, end, LABEL] spans';
  for (const item of label) {
    if (!Array.isArray(item) || item.length !== 3) return `"label" holds ${describeValue(item)}, not a [start, end, LABEL] span (a text-classification export?)`;
  }
  return label.map(([start, end, labelName]: unknown[]) => ({ start, end, label: labelName }));
}
