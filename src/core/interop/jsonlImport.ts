// Reads our native JSONL (see jsonl.ts) back: one article a line, UTF-16 offsets unless the
// line says `"offset_unit": "code-point"`. Every annotation must cover its `text`.
import * as z from 'zod';
import type { ImportedDocument, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, dropMisplacedMoneyAttributes, numberedLines, placeSpan, readGuarded, toLabel } from './importedDocument';
import { MONEY_KEYS } from './annotatedArticle';
import { createOffsetConverter } from './offsets';

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
  });
  parsed.documents.push(document);
}
