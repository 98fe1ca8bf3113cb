// What every importer produces before anything touches a sidecar: the documents it found
// (text + spans, offsets already converted to UTF-16 units) and the problems that refuse the
// whole import. Parsing is pure and total: bad input becomes a problem naming file and line.
import type { ReviewStatus } from '../review/review';
import type { Entity, Label, LinkKind, SpanRef } from '../types';
import { isLabel, LINK_KINDS, MONEY_ROLES, MONEY_SCOPES, QUALIFIERS } from '../types';
import { MONEY_KEYS } from './annotatedArticle';
import type { OffsetConverter } from './offsets';

/** One input file, `path` as the user should read it in messages. */
export interface InputFile {
  path: string;
  content: string;
}

export interface ImportProblem {
  file: string;
  /** 1-based line, when the input is line-oriented or the place is known. */
  line?: number;
  message: string;
}

export interface ImportedSpan extends Entity {
  status: ReviewStatus;
  /** Where the span came from, for conflict reports (`file:line` or `file, task 3`). */
  source: string;
}

/**
 * An amount's link as the input states it, between two spans of the same document (UTF-16).
 * The importer has checked that both ends are spans it imports, of the labels the kind wants.
 */
export interface ImportedLink {
  kind: LinkKind;
  from: SpanRef;
  to: SpanRef;
  /** Where the link came from, for reports (`file:line`). */
  source: string;
}

export function isLinkKind(value: unknown): value is LinkKind {
  return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}

export interface DocumentSource {
  file: string;
  line?: number;
  /** A name within the file (`task 3 (id 12)`) when there are no lines to point at. */
  name?: string;
}

export interface ImportedDocument {
  /** Where the document came from, for messages. */
  source: DocumentSource;
  /** Article paths (relative to the articles folder) the document names, best first. */
  files: string[];
  text: string;
  spans: ImportedSpan[];
  /** The amounts' links the input carries (brat relations, Label Studio relations…), if any. */
  links?: ImportedLink[];
}

export interface ParsedImport {
  documents: ImportedDocument[];
  /** Any problem refuses the whole import: no sidecar is written. */
  problems: ImportProblem[];
  /** Things left out on purpose (suggestions, unknown labels, relations), with the reason. */
  notes: ImportProblem[];
}

export function formatProblem(p: ImportProblem): string {
  return `${p.file}${p.line !== undefined ? `:${p.line}` : ''}: ${p.message}`;
}

/**
 * Converts a span from the format's unit to UTF-16 and checks it against the document text:
 * inside the text, not empty, and covering `expectedText` when the format stores one.
 * Returns the UTF-16 span or a message saying what is wrong.
 */
export function placeSpan(
  text: string,
  converter: OffsetConverter | undefined,
  start: unknown,
  end: unknown,
  expectedText: string | undefined,
  unitName: string,
  sameText: (covered: string, expected: string) => boolean = (a, b) => a === b,
): { start: number; end: number } | { error: string } {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { error: `offsets ${describeValue(start)}–${describeValue(end)} are not whole numbers` };
  const length = converter ? converter.codePointLength : text.length;
  const s = start as number;
  const e = end as number;
  if (s < 0 || e > length) return { error: `offsets ${s}–${e} are past the end of the text (${length} ${unitName})` };
  if (e <= s) return { error: `offsets ${s}–${e} are an empty span` };
  let from = s;
  let to = e;
  if (converter) {
    from = converter.toUtf16(s);
    to = converter.toUtf16(e);
  } else if (isLowSurrogate(text.charCodeAt(s)) || isLowSurrogate(text.charCodeAt(e))) {
    return { error: `offsets ${s}–${e} cut a character outside the BMP in half (were they counted in code points, not ${unitName}?)` };
  }
  const covered = text.slice(from, to);
  if (expectedText !== undefined && !sameText(covered, expectedText)) {
    return { error: `offsets ${s}–${e} cover “${covered}” but the annotation says “${expectedText}”` };
  }
  return { start: from, end: to };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A label the format spells in any case (`money`, `Money`) → ours, or undefined. */
export function toLabel(value: unknown): Label | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.toUpperCase();
  return isLabel(upper) ? upper : undefined;
}

/**
 * Copies the MONEY attributes it recognises from `source` (strings from brat or Label Studio,
 * numbers from JSON) onto `span`; returns a message for a value out of the vocabulary.
 */
export function applyMoneyAttribute(span: Partial<Entity>, key: string, raw: unknown): string | undefined {
  switch (key) {
    case 'value':
    case 'max': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
      if (!Number.isFinite(n) || n < 0) return `${key} “${describeValue(raw)}” is not a non-negative number`;
      span[key] = n;
      return undefined;
    }
    case 'currency':
      if (typeof raw !== 'string' || !/^[A-Z]{3}$/.test(raw)) return `currency “${describeValue(raw)}” is not an ISO 4217 code such as CNY`;
      span.currency = raw;
      return undefined;
    case 'role':
      return setEnum(span, 'role', raw, MONEY_ROLES);
    case 'scope':
      return setEnum(span, 'scope', raw, MONEY_SCOPES);
    case 'qualifier':
      return setEnum(span, 'qualifier', raw, QUALIFIERS);
    default:
      return undefined;
  }
}

function setEnum(span: Partial<Entity>, key: 'role' | 'scope' | 'qualifier', raw: unknown, values: readonly string[]): string | undefined {
  if (typeof raw !== 'string' || !values.includes(raw)) return `${key} “${describeValue(raw)}” is not one of ${values.join(', ')}`;
  (span as Record<string, unknown>)[key] = raw;
  return undefined;
}

/**
 * Any value of the input, shown in a message. `String(value)` throws on `{"toString":1}` and
 * overflows the stack on deeply nested arrays; input is never trusted to be printable.
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return clip(value);
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return clip(JSON.stringify(value));
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Runs the reading of one line (or task) of hostile input: an unexpected exception (a value
 * nested too deeply for the stack, a shape no check foresaw) becomes a problem naming the file
 * and line like any other bad input, never an internal error that stops the whole command.
 */
export function readGuarded(parsed: ParsedImport, where: { file: string; line?: number; name?: string }, read: () => void): void {
  try {
    read();
  } catch (error) {
    const reason = error instanceof RangeError && /call stack/i.test(error.message) ? 'values nested too deeply' : describeValue((error as Error)?.message ?? error);
    parsed.problems.push({ file: where.file, line: where.line, message: `${where.name ? `${where.name}: ` : ''}cannot be read (${reason}): not an export of this format?` });
  }
}

/**
 * MONEY attributes belong to MONEY spans only: an importer that found them on another label
 * (a brat Role on a PARK, a doccano money entry at a COMPANY's offsets) drops them with a note
 * rather than storing attributes nothing reads or shows.
 */
export function dropMisplacedMoneyAttributes(parsed: ParsedImport): ParsedImport {
  for (const document of parsed.documents) {
    for (const span of document.spans) {
      if (span.label === 'MONEY') continue;
      const found = MONEY_KEYS.filter((key) => span[key] !== undefined);
      if (found.length === 0) continue;
      const shown = found.map((key) => `${key}=${describeValue(span[key])}`).join(' ');
      for (const key of found) delete span[key];
      parsed.notes.push({ file: document.source.file, line: lineOf(span.source) ?? document.source.line, message: `${span.label} “${span.text}”: MONEY attributes (${shown}) do not apply to a ${span.label}; dropped` });
    }
  }
  return parsed;
}

/** The line of a `file:line` span source, if it has one. */
function lineOf(source: string): number | undefined {
  const match = /:(\d+)$/.exec(source);
  return match ? Number(match[1]) : undefined;
}

/** 1-based line of a character position (for JSON.parse errors in whole-file JSON). */
export function lineAt(content: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < content.length; i++) if (content.charCodeAt(i) === 10) line++;
  return line;
}

/** The lines of a text file with their 1-based numbers; a leading BOM and CR before LF dropped. */
export function numberedLines(content: string): { line: number; text: string }[] {
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  return body.split('\n').map((text, i) => ({ line: i + 1, text: text.endsWith('\r') ? text.slice(0, -1) : text }));
}
