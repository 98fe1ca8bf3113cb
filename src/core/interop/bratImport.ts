// Reads brat standoff back: each `.ann` with the `.txt` beside it. Offsets are code points of
// the `.txt`. brat's own drift detector applies: the stored text of every T line must equal
// the text at its offsets. A `.txt` with CRLF may come from brat 1.3 (Python 2), which may have
// counted `\r\n` as one character: when the stored texts do not all match under the Python 3
// count, the Python 2 count is tried and used if it makes every line match.
// A BOM at the start of the `.txt` counts as character 0 in brat; our texts have none.
// Text-bound annotations of our labels, and relations of our link kinds (project, company,
// park: an amount's links) have a place in a sidecar: events, other relations, normalizations,
// equivalences, other entity types and the attributes and notes on them are skipped with one
// note per kind, and so are links whose ends are not imported (or are the wrong labels). What is
// wrong refuses the file: a malformed line, an id defined twice, an attribute, note or relation
// pointing at an id the file does not define.
import type { Entity } from '../types';
import { LINK_TARGET_LABEL } from '../types';
import type { ImportedDocument, ImportedLink, ImportedSpan, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, dropMisplacedMoneyAttributes, isLinkKind, numberedLines, readGuarded, toLabel } from './importedDocument';
import { BRAT_ATTRIBUTES, BRAT_SUGGESTED, BRAT_SUGGESTED_LINK } from './brat';
import type { OffsetConverter } from './offsets';
import { createOffsetConverter } from './offsets';
import { countBelow } from '../sortedNumbers';

interface TextBound {
  line: number;
  label: string;
  fragments: [number, number][];
  text: string;
}

export function importBrat(files: readonly InputFile[]): ParsedImport {
  const parsed: ParsedImport = { documents: [], problems: [], notes: [] };
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const ann of files.filter((f) => f.path.endsWith('.ann'))) {
    const txtPath = `${ann.path.slice(0, -4)}.txt`;
    const txt = byPath.get(txtPath);
    if (!txt) {
      parsed.problems.push({ file: ann.path, message: `no ${txtPath} beside it: brat offsets index that text` });
      continue;
    }
    readGuarded(parsed, { file: ann.path }, () => {
      const document = readPair(ann, txtPath, txt.content, parsed);
      if (document) parsed.documents.push(document);
    });
  }
  return dropMisplacedMoneyAttributes(parsed);
}

function readPair(ann: InputFile, txtPath: string, rawText: string, parsed: ParsedImport): ImportedDocument | undefined {
  const bom = rawText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const text = rawText.slice(bom);
  let problems = 0;
  const fail = (line: number, message: string) => {
    parsed.problems.push({ file: ann.path, line, message });
    problems++;
  };
  const skipped = new SkippedKinds();
  const lines = parseAnn(ann.content, bom, fail, skipped);
  if (problems) return undefined;

  const place = choosePlacement(text, [...lines.bounds.values()]);
  if (place.note) parsed.notes.push({ file: ann.path, message: place.note });
  const spans = new Map<string, ImportedSpan>();
  for (const [id, bound] of lines.bounds) {
    const placed = placeBound(text, place.converter, bound);
    if ('error' in placed) {
      fail(bound.line, `${id} ${bound.label}: ${placed.error}`);
      continue;
    }
    if ('skip' in placed) {
      parsed.notes.push({ file: ann.path, line: bound.line, message: `${id} ${bound.label}: ${placed.skip}; skipped` });
      continue;
    }
    const label = toLabel(bound.label);
    if (!label) {
      skipped.add('text-bound annotation(s) of types that are not ours', bound.label);
      continue;
    }
    spans.set(id, { label, start: placed.start, end: placed.end, text: text.slice(placed.start, placed.end), status: 'accepted', source: `${ann.path}:${bound.line}` });
  }
  applyAttributes(lines, spans, fail, skipped);
  applyNotes(lines, spans, fail, skipped);
  const links = readRelations(lines, spans, ann.path, fail, skipped);
  for (const message of skipped.messages()) parsed.notes.push({ file: ann.path, message });
  if (problems) return undefined;
  const kept: ImportedSpan[] = [];
  for (const span of spans.values()) {
    if (span.status === 'suggested') parsed.notes.push({ file: ann.path, line: Number(span.source.split(':').pop()), message: `${span.label} “${span.text}” is marked ${BRAT_SUGGESTED} (unreviewed); skipped` });
    else kept.push(span);
  }
  const files = txtPath.endsWith('.txt') ? [txtPath, txtPath.slice(0, -4)] : [txtPath];
  return links.length ? { source: { file: ann.path }, files, text, spans: kept, links } : { source: { file: ann.path }, files, text, spans: kept };
}

type Fail = (line: number, message: string) => void;

interface Relation {
  line: number;
  id: string;
  type: string;
  arg1: string;
  arg2: string;
  /** Marked by our export's AnnotatorNotes as an unreviewed suggested link. */
  suggested?: boolean;
}

interface AnnLines {
  bounds: Map<string, TextBound>;
  attributes: { line: number; target: string; name: string; value?: string }[];
  notes: { line: number; target: string; text: string }[];
  relations: Relation[];
  /** Every id the file defines, with its kind (`T`, `E`, `R`…) and line. */
  defined: Map<string, { kind: string; line: number }>;
}

/** The lines of an `.ann`, by kind; malformed lines and reused ids are problems. */
function parseAnn(content: string, bom: number, fail: Fail, skipped: SkippedKinds): AnnLines {
  const lines: AnnLines = { bounds: new Map(), attributes: [], notes: [], relations: [], defined: new Map() };
  for (const { line, text: raw } of numberedLines(content)) {
    if (raw.trim() === '') continue;
    const [id, payload = '', tail] = splitTabs(raw);
    const kind = id[0];
    if (!Object.hasOwn(KIND_NAMES, kind)) {
      fail(line, `unknown line kind “${id}”: ${raw}`);
      continue;
    }
    if (kind !== '*') {
      const first = lines.defined.get(id);
      if (first) {
        fail(line, `${id} is defined twice (first on line ${first.line}): brat ids must be unique in a file`);
        continue;
      }
      lines.defined.set(id, { kind, line });
    }
    if (kind === 'T') {
      const match = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(payload);
      if (!match || tail === undefined) {
        fail(line, `not a text-bound line (expected "T<n><TAB>TYPE start end<TAB>text"): ${raw}`);
        continue;
      }
      const fragments = match[2].split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      lines.bounds.set(id, { line, label: match[1], fragments: fragments.map(([s, e]) => [s - bom, e - bom]), text: tail });
    } else if (kind === 'A' || kind === 'M') {
      const [name, target, value] = payload.split(' ');
      if (!name || !target) fail(line, `not an attribute line (expected "A<n><TAB>Name T<n> [value]"): ${raw}`);
      else lines.attributes.push({ line, name, target, value });
    } else if (kind === 'R') {
      const match = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(payload);
      if (!match) fail(line, `not a relation line (expected "R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>"): ${raw}`);
      else lines.relations.push({ line, id, type: match[1], arg1: match[2], arg2: match[3] });
    } else if (kind === '#') {
      const match = /^(\S+) (\S+)$/.exec(payload);
      if (!match) fail(line, `not a note line (expected "#<n><TAB>AnnotatorNotes T<n><TAB>text"): ${raw}`);
      else if (match[1] !== 'AnnotatorNotes') skipped.add('note(s) of other types than AnnotatorNotes', match[1]);
      else lines.notes.push({ line, target: match[2], text: tail ?? '' });
    } else {
      skipped.add(`${KIND_NAMES[kind]}(s)`);
    }
  }
  return lines;
}

/**
 * MONEY attributes (and Suggested) onto our spans. An attribute of an event or a relation has no
 * place in a sidecar and is skipped; one pointing at an id the file does not define is an error.
 */
function applyAttributes(lines: AnnLines, spans: Map<string, ImportedSpan>, fail: Fail, skipped: SkippedKinds): void {
  for (const a of lines.attributes) {
    const target = lines.defined.get(a.target);
    if (!target) {
      fail(a.line, `attribute ${a.name} points to ${a.target}, which this file does not define`);
      continue;
    }
    if (target.kind !== 'T') {
      skipped.add(`attribute(s) of ${KIND_NAMES[target.kind]}s`, a.name);
      continue;
    }
    const span = spans.get(a.target);
    if (!span) continue; // a text-bound annotation skipped above, with its attributes
    if (a.name === BRAT_SUGGESTED) {
      span.status = 'suggested';
      continue;
    }
    const key = BRAT_ATTRIBUTES.find(([name]) => name === a.name)?.[1];
    if (!key) {
      skipped.add('attribute(s) that are not ours', a.name);
      continue;
    }
    const problem = applyMoneyAttribute(span as Partial<Entity>, key, a.value);
    if (problem) fail(a.line, `${a.name} of ${a.target}: ${problem}`);
  }
}

/** `value=` and `max=` of our own export's AnnotatorNotes; any other note text has no place in a sidecar. */
function applyNotes(lines: AnnLines, spans: Map<string, ImportedSpan>, fail: Fail, skipped: SkippedKinds): void {
  const relations = new Map(lines.relations.map((r) => [r.id, r]));
  for (const n of lines.notes) {
    const target = lines.defined.get(n.target);
    if (!target) {
      fail(n.line, `AnnotatorNotes points to ${n.target}, which this file does not define`);
      continue;
    }
    if (target.kind === 'R' && n.text.trim() === BRAT_SUGGESTED_LINK) {
      const relation = relations.get(n.target);
      if (relation) relation.suggested = true;
      continue;
    }
    if (target.kind !== 'T') {
      skipped.add(`note(s) on ${KIND_NAMES[target.kind]}s`);
      continue;
    }
    const span = spans.get(n.target);
    if (!span) continue;
    const amounts = [...n.text.matchAll(/(?<=^|\s)(value|max)=(\S+)(?=\s|$)/g)];
    for (const [, key, value] of amounts) {
      const problem = applyMoneyAttribute(span as Partial<Entity>, key, value);
      if (problem) fail(n.line, `AnnotatorNotes of ${n.target}: ${problem}`);
    }
    if (n.text.replace(/(?<=^|\s)(value|max)=(\S+)(?=\s|$)/g, '').trim() !== '') skipped.add('free-text note(s) on our annotations');
  }
}

/**
 * The relations that are links: of a kind of ours, from an imported MONEY to an imported span of
 * the kind's label. An argument the file does not define refuses the file (brat refuses it too);
 * the rest that cannot be a link is skipped with one note per kind.
 */
function readRelations(lines: AnnLines, spans: ReadonlyMap<string, ImportedSpan>, path: string, fail: Fail, skipped: SkippedKinds): ImportedLink[] {
  const links: ImportedLink[] = [];
  for (const r of lines.relations) {
    const missing = [r.arg1, r.arg2].find((arg) => !lines.defined.has(arg));
    if (missing) {
      fail(r.line, `relation ${r.id} (${r.type}) points to ${missing}, which this file does not define`);
      continue;
    }
    if (!isLinkKind(r.type)) {
      skipped.add('relation(s)');
      continue;
    }
    if (r.suggested) {
      skipped.add(`${r.type} link(s) marked ${BRAT_SUGGESTED_LINK} (unreviewed)`);
      continue;
    }
    const from = spans.get(r.arg1);
    const to = spans.get(r.arg2);
    if (!from || !to || from.status !== 'accepted' || to.status !== 'accepted') {
      skipped.add(`${r.type} link(s) whose ends are not imported`);
      continue;
    }
    if (from.label !== 'MONEY' || to.label !== LINK_TARGET_LABEL[r.type]) {
      skipped.add(`${r.type} link(s) not from a MONEY to a ${LINK_TARGET_LABEL[r.type]}`);
      continue;
    }
    links.push({ kind: r.type, from: { start: from.start, end: from.end }, to: { start: to.start, end: to.end }, source: `${path}:${r.line}` });
  }
  return links;
}

/** What was left out, counted per kind, so that a file of thousands of events gives a few notes, not thousands. */
class SkippedKinds {
  private readonly counts = new Map<string, { count: number; names: Set<string> }>();

  add(kind: string, name?: string): void {
    const entry = this.counts.get(kind) ?? { count: 0, names: new Set<string>() };
    entry.count++;
    if (name !== undefined) entry.names.add(name);
    this.counts.set(kind, entry);
  }

  messages(): string[] {
    return [...this.counts].map(([kind, { count, names }]) => {
      const list = [...names];
      const shown = list.length ? ` (${list.slice(0, 6).join(', ')}${list.length > 6 ? ', …' : ''})` : '';
      return `${count} ${kind}${shown} skipped: the sidecar has no place for them`;
    });
  }
}

const KIND_NAMES: Record<string, string> = { T: 'text-bound annotation', A: 'attribute', M: 'attribute', '#': 'note', R: 'relation', E: 'event', N: 'normalization', '*': 'equivalence' };

/** `ID<TAB>payload[<TAB>text]`; the text may itself contain tabs. */
function splitTabs(line: string): [string, string?, string?] {
  const first = line.indexOf('\t');
  if (first < 0) return [line];
  const second = line.indexOf('\t', first + 1);
  if (second < 0) return [line.slice(0, first), line.slice(first + 1)];
  return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
}

interface Placement {
  converter: OffsetConverter;
  note?: string;
}

/** Python 3 counting, unless the text has CRLF and only the Python 2 (`\r\n` = 1) count matches every stored text. */
function choosePlacement(text: string, bounds: readonly TextBound[]): Placement {
  const python3 = createOffsetConverter(text);
  if (!text.includes('\r\n') || bounds.every((b) => !('error' in placeBound(text, python3, b)))) return { converter: python3 };
  const python2 = crlfAsOneConverter(text);
  if (bounds.every((b) => !('error' in placeBound(text, python2, b)))) {
    return { converter: python2, note: 'offsets count each CRLF as one character (a brat 1.3 / Python 2 export); converted' };
  }
  return { converter: python3 };
}

/** Code points where `\r\n` counts as one, mapped to UTF-16 offsets of the real text. */
function crlfAsOneConverter(text: string): OffsetConverter {
  const folded = text.replace(/\r\n/g, '\n');
  const inner = createOffsetConverter(folded);
  const crlfs: number[] = []; // folded UTF-16 offsets of each '\n' that was '\r\n'
  let removed = 0;
  for (let i = text.indexOf('\r\n'); i >= 0; i = text.indexOf('\r\n', i + 2)) crlfs.push(i - removed++);
  return {
    codePointLength: inner.codePointLength,
    toCodePoint: () => {
      throw new Error('only used for reading');
    },
    toUtf16(codePoint: number): number {
      const foldedOffset = inner.toUtf16(codePoint);
      // CRLFs before the offset, by binary search: a long CRLF file has as many as it has lines.
      return foldedOffset + countBelow(crlfs, foldedOffset);
    },
  };
}

/** The whole span from the first to the last fragment, provided only line breaks lie between fragments. */
function placeBound(text: string, converter: OffsetConverter, bound: TextBound): { start: number; end: number } | { error: string } | { skip: string } {
  const utf16: [number, number][] = [];
  for (const [s, e] of bound.fragments) {
    if (s < 0 || e > converter.codePointLength) return { error: `offsets ${s}–${e} are past the end of the text (${converter.codePointLength} characters)` };
    if (e <= s) return { error: `offsets ${s}–${e} are an empty span` };
    utf16.push([converter.toUtf16(s), converter.toUtf16(e)]);
  }
  const stored = utf16.map(([s, e]) => text.slice(s, e)).join(' ');
  if (stored !== bound.text) return { error: `the text at ${bound.fragments.map((f) => f.join(' ')).join(';')} is “${stored}”, not the stored “${bound.text}”` };
  for (let i = 1; i < utf16.length; i++) {
    if (!/^[\r\n]*$/.test(text.slice(utf16[i - 1][1], utf16[i][0]))) {
      return { skip: 'discontinuous fragments with text between them cannot be one sidecar span' };
    }
  }
  return { start: utf16[0][0], end: utf16[utf16.length - 1][1] };
}
