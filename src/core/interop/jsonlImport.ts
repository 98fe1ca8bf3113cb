// Reads our native JSONL (see jsonl.ts) back: one article a line, UTF-16 offsets unless the
// line says `"offset_unit": "code-point"`. Every annotation must cover its `text`.
// A MONEY annotation's `project`, `company` and `park` ([start, end] of the linked span, in the
// line's unit) are its links: each must be the offsets of an annotation of that label in the
// same line. One that is not (not imported, or not there) is skipped with one note per kind;
// one that is not a pair of whole numbers refuses the line.
import * as z from 'zod';
import type { ImportedDocument, ImportedLink, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, describeValue, dropMisplacedMoneyAttributes, numberedLines, placeSpan, readGuarded, toLabel } from './importedDocument';
import { MONEY_KEYS } from './annotatedArticle';
import { JSONL_SUGGESTED_LINKS } from './jsonl';
import type { OffsetConverter } from './offsets';
import { createOffsetConverter } from './offsets';
import type { LinkKind } from '../types';
import { LINK_KINDS, LINK_TARGET_LABEL } from '../types';

const LineSchema = z.looseObject({
  file: z.string().optional(),
  text: z.string(),
  offset_unit: z.enum(['utf-16', 'code-point']).optional(),
  annotations: z.array(
    z.looseObject({
      label: z.string(),
      start: z.number(),
      end: z.number(),
      text: z.string().optional(),
      status: z.enum(['accepted', 'rejected', 'suggested']).optional(),
    }),
  ),
});

export function importJsonl(files: readonly InputFile[]): ParsedImport {
  const parsed: ParsedImport = { documents: [], problems: [], notes: [] };
  for (const file of files) {
    for (const { line, text } of numberedLines(file.content)) {
      if (text.trim() === '') continue;
      readGuarded(parsed, { file: file.path, line }, () => readLine(file.path, line, text, parsed));
    }
  }
  return dropMisplacedMoneyAttributes(parsed);
}

function readLine(path: string, line: number, text: string, parsed: ParsedImport): void {
  const where = { file: path, line };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    parsed.problems.push({ ...where, message: `not a complete JSON object (truncated line?): ${(error as Error).message}` });
    return;
  }
  const result = LineSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    parsed.problems.push({ ...where, message: `${issue.path.join('.') || '(line)'}: ${issue.message}` });
    return;
  }
  const data = result.data;
  const converter = data.offset_unit === 'code-point' ? createOffsetConverter(data.text) : undefined;
  const unit = data.offset_unit === 'code-point' ? 'code points' : 'UTF-16 units';
  const document: ImportedDocument = { source: where, files: data.file ? [data.file] : [], text: data.text, spans: [] };
  const amounts: { index: number; span: ImportedDocument['spans'][number] }[] = [];
  data.annotations.forEach((a, index) => {
    const what = `annotation ${index + 1} (${a.label} “${a.text ?? ''}”)`;
    const label = toLabel(a.label);
    if (!label) {
      parsed.notes.push({ ...where, message: `${what}: label ${a.label} is not one of ours; skipped` });
      return;
    }
    const placed = placeSpan(data.text, converter, a.start, a.end, a.text, unit);
    if ('error' in placed) {
      parsed.problems.push({ ...where, message: `${what}: ${placed.error}` });
      return;
    }
    const span = { label, ...placed, text: data.text.slice(placed.start, placed.end), status: a.status ?? 'accepted', source: `${path}:${line}` } as ImportedDocument['spans'][number];
    for (const key of MONEY_KEYS) {
      if (a[key] === undefined) continue;
      const problem = applyMoneyAttribute(span, key, a[key]);
      if (problem) parsed.problems.push({ ...where, message: `${what}: ${problem}` });
    }
    if (span.status === 'suggested') {
      parsed.notes.push({ ...where, message: `${what}: an unreviewed suggestion; skipped (the engine suggests it again)` });
      return;
    }
    document.spans.push(span);
    if (label === 'MONEY') amounts.push({ index, span });
  });
  const links = readLinks(data.annotations, amounts, document, converter, parsed, where);
  if (links.length) document.links = links;
  parsed.documents.push(document);
}

/** The links of the line's imported amounts, each to an imported span at the stated offsets. */
function readLinks(
  annotations: readonly Record<string, unknown>[],
  amounts: readonly { index: number; span: ImportedDocument['spans'][number] }[],
  document: ImportedDocument,
  converter: OffsetConverter | undefined,
  parsed: ParsedImport,
  where: { file: string; line: number },
): ImportedLink[] {
  const spanAt = new Map(document.spans.map((s) => [`${s.label}:${s.start}:${s.end}`, s]));
  const unresolved = new Map<string, number>();
  const links: ImportedLink[] = [];
  for (const { index, span } of amounts) {
    const a = annotations[index];
    const suggested = Array.isArray(a[JSONL_SUGGESTED_LINKS]) ? (a[JSONL_SUGGESTED_LINKS] as unknown[]) : [];
    for (const kind of LINK_KINDS) {
      const raw = a[kind];
      if (raw === undefined) continue;
      if (!Array.isArray(raw) || raw.length !== 2 || !raw.every((n) => Number.isInteger(n) && n >= 0) || (converter && raw[1] > converter.codePointLength)) {
        parsed.problems.push({ ...where, message: `annotation ${index + 1} (MONEY “${span.text}”): ${kind} ${describeValue(raw)} is not [start, end] of a span in the text` });
        continue;
      }
      const [start, end] = converter ? [converter.toUtf16(raw[0]), converter.toUtf16(raw[1])] : raw;
      const reason = suggested.includes(kind) ? `${kind} link(s) marked in ${JSONL_SUGGESTED_LINKS} (unreviewed)` : !spanAt.has(`${LINK_TARGET_LABEL[kind]}:${start}:${end}`) ? `${kind} link(s) to no imported ${LINK_TARGET_LABEL[kind]} at their offsets` : undefined;
      if (reason) {
        unresolved.set(reason, (unresolved.get(reason) ?? 0) + 1);
        continue;
      }
      links.push({ kind: kind as LinkKind, from: { start: span.start, end: span.end }, to: { start, end }, source: `${where.file}:${where.line}` });
    }
  }
  for (const [reason, count] of unresolved) parsed.notes.push({ ...where, message: `${count} ${reason}; skipped` });
  return links;
}
