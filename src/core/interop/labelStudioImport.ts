// Reads a Label Studio "JSON" export (an array of tasks; one task object is accepted too).
// Offsets are code points of `data.text`. Of a task's annotations, the latest one not
// cancelled is taken (several means several annotators: say so, never merge silently);
// predictions are unreviewed suggestions and are left out. Per-region results sharing a
// region's id carry its MONEY attributes (see labelStudio.ts). `relation` results labelled
// project, company or park from a MONEY region to a region of the kind's label are the amount's
// links; a relation naming a region id the annotation does not have refuses the task, other
// relations are skipped with one note per kind.
import type { Entity } from '../types';
import { LINK_TARGET_LABEL } from '../types';
import type { ImportedDocument, ImportedLink, ImportedSpan, InputFile, ParsedImport } from './importedDocument';
import { applyMoneyAttribute, describeValue, dropMisplacedMoneyAttributes, isLinkKind, lineAt, placeSpan, readGuarded, toLabel } from './importedDocument';
import { LS_CHOICE_ATTRIBUTES, LS_NUMBER_ATTRIBUTES } from './labelStudio';
import { createOffsetConverter } from './offsets';

interface LsResult {
  id?: unknown;
  from_id?: unknown;
  to_id?: unknown;
  labels?: unknown;
  from_name?: unknown;
  type?: unknown;
  value?: { start?: unknown; end?: unknown; text?: unknown; labels?: unknown; choices?: unknown; number?: unknown };
}

interface LsAnnotation {
  id?: unknown;
  was_cancelled?: unknown;
  result?: unknown;
}

export function importLabelStudio(files: readonly InputFile[]): ParsedImport {
  const parsed: ParsedImport = { documents: [], problems: [], notes: [] };
  for (const file of files) {
    const content = file.content.charCodeAt(0) === 0xfeff ? file.content.slice(1) : file.content;
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (error) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      parsed.problems.push({ file: file.path, line: position ? lineAt(content, Number(position[1])) : undefined, message: `not valid JSON (truncated file?): ${message}` });
      continue;
    }
    const tasks = Array.isArray(json) ? json : [json];
    tasks.forEach((task, index) => {
      readGuarded(parsed, { file: file.path, name: `task ${index + 1}` }, () => {
        const document = readTask(file.path, task, index, parsed);
        if (document) parsed.documents.push(document);
      });
    });
  }
  return dropMisplacedMoneyAttributes(parsed);
}

/**
 * Label Studio stores a region's text as the user selected it in the browser: a newline inside
 * it may be written as the two characters `\n`, and a CR of a CRLF may be gone after the task
 * was saved again. The offsets are what count; the text is compared up to those line-break forms.
 */
export function sameUpToLineBreaks(covered: string, stored: string): boolean {
  return covered === stored || unifyLineBreaks(covered) === unifyLineBreaks(stored);
}

function unifyLineBreaks(text: string): string {
  return text.replace(/\\r\\n|\\r|\\n|\r\n|\r/g, '\n');
}

function readTask(path: string, task: unknown, index: number, parsed: ParsedImport): ImportedDocument | undefined {
  const t = task as { id?: unknown; data?: { text?: unknown; file?: unknown }; annotations?: unknown; predictions?: unknown };
  const name = `task ${index + 1}${t?.id !== undefined && t?.id !== null ? ` (id ${describeValue(t.id)})` : ''}`;
  const where = { file: path, message: '' };
  const fail = (message: string) => parsed.problems.push({ ...where, message: `${name}: ${message}` });
  if (typeof t !== 'object' || t === null || typeof t.data?.text !== 'string') {
    fail('no data.text: not a Label Studio text task');
    return undefined;
  }
  const text = t.data.text;
  const annotations = (Array.isArray(t.annotations) ? t.annotations : []) as LsAnnotation[];
  const live = annotations.filter((a) => typeof a === 'object' && a !== null && a.was_cancelled !== true);
  const chosen = live[live.length - 1];
  if (live.length > 1) parsed.notes.push({ ...where, message: `${name}: ${live.length} annotations (several annotators?); imported the last one (id ${describeValue(chosen.id)})` });
  if (Array.isArray(t.predictions) && t.predictions.length) parsed.notes.push({ ...where, message: `${name}: predictions are unreviewed suggestions; skipped` });
  const results = (chosen && Array.isArray(chosen.result) ? chosen.result : []) as LsResult[];
  const converter = createOffsetConverter(text);
  const regions = new Map<string, ImportedSpan>();
  const spans: ImportedSpan[] = [];
  let failed = false;
  results.forEach((r, i) => {
    if (r?.type !== 'labels') return;
    const labels = Array.isArray(r.value?.labels) ? r.value.labels : [];
    const label = toLabel(labels[0]);
    const what = `result ${i + 1}${r.id !== undefined ? ` (region ${describeValue(r.id)})` : ''}`;
    if (!label) {
      parsed.notes.push({ ...where, message: `${name}, ${what}: label ${describeValue(labels)} is not one of ours; skipped` });
      return;
    }
    const expected = typeof r.value?.text === 'string' ? r.value.text : undefined;
    const placed = placeSpan(text, converter, r.value?.start, r.value?.end, expected, 'code points', sameUpToLineBreaks);
    if ('error' in placed) {
      fail(`${what}: ${placed.error}`);
      failed = true;
      return;
    }
    const span: ImportedSpan = { label, ...placed, text: text.slice(placed.start, placed.end), status: 'accepted', source: `${path}, ${name}` };
    spans.push(span);
    if (r.id !== undefined) regions.set(regionKey(r.id), span);
  });
  results.forEach((r, i) => {
    const key = typeof r?.from_name === 'string' ? r.from_name : '';
    const isChoice = r?.type === 'choices' && (LS_CHOICE_ATTRIBUTES as readonly string[]).includes(key);
    const isNumber = r?.type === 'number' && (LS_NUMBER_ATTRIBUTES as readonly string[]).includes(key);
    if (!isChoice && !isNumber) return;
    const span = regions.get(regionKey(r.id));
    if (!span) return;
    const raw = isChoice ? (Array.isArray(r.value?.choices) ? r.value.choices[0] : undefined) : r.value?.number;
    const problem = applyMoneyAttribute(span as Partial<Entity>, key, raw);
    if (problem) {
      fail(`result ${i + 1}: ${problem}`);
      failed = true;
    }
  });
  const links = readRelations(results, regions, `${path}, ${name}`, fail, (message) => parsed.notes.push({ ...where, message: `${name}: ${message}` }));
  if (failed || links === undefined) return undefined;
  const document: ImportedDocument = { source: { file: path, name }, files: typeof t.data.file === 'string' ? [t.data.file] : [], text, spans };
  if (links.length) document.links = links;
  return document;
}

/** The amount links among the `relation` results; undefined when one names an unknown region. */
function readRelations(results: readonly LsResult[], regions: ReadonlyMap<string, ImportedSpan>, source: string, fail: (message: string) => void, note: (message: string) => void): ImportedLink[] | undefined {
  const links: ImportedLink[] = [];
  const skipped = new Map<string, number>();
  let ok = true;
  const known = new Set(results.filter((r) => r?.type !== 'relation' && r?.id !== undefined).map((r) => regionKey(r.id)));
  results.forEach((r, i) => {
    if (r?.type !== 'relation') return;
    const missing = [r.from_id, r.to_id].find((id) => !known.has(regionKey(id)));
    const labels = Array.isArray(r.labels) ? r.labels : [];
    const kinds = labels.filter(isLinkKind);
    if (missing !== undefined && kinds.length) {
      fail(`result ${i + 1}: relation ${describeValue(labels)} points to region ${describeValue(missing)}, which this annotation does not have`);
      ok = false;
      return;
    }
    if (kinds.length !== 1 || labels.length !== 1) {
      const reason = 'relation(s) that are not one of project, company, park';
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      return;
    }
    const kind = kinds[0];
    const from = regions.get(regionKey(r.from_id));
    const to = regions.get(regionKey(r.to_id));
    if (!from || !to) {
      const reason = `${kind} relation(s) whose regions are not imported`;
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      return;
    }
    if (from.label !== 'MONEY' || to.label !== LINK_TARGET_LABEL[kind]) {
      const reason = `${kind} relation(s) not from a MONEY to a ${LINK_TARGET_LABEL[kind]}`;
      skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
      return;
    }
    links.push({ kind, from: { start: from.start, end: from.end }, to: { start: to.start, end: to.end }, source });
  });
  for (const [reason, count] of skipped) note(`${count} ${reason}; skipped`);
  return ok ? links : undefined;
}

/** Region ids are strings in Label Studio; anything else in the input still gets a key, never a throw. */
function regionKey(id: unknown): string {
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `\u0000${describeValue(id)}`;
}
