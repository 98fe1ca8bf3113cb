// Re-anchoring, live-edit moves, import merging and import planning must give exactly the results
// of their first (quadratic) versions, kept in test/unit/reference/ as the model: random small
// articles built from few pieces, so texts repeat and occurrences tie, with CRLF line breaks and
// characters outside the BMP (two UTF-16 units) among them.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { moveAnnotations, type TextChange } from '../../src/core/review/annotationEdits';
import type { ImportedDocument, ImportedSpan, ParsedImport } from '../../src/core/interop/importedDocument';
import { mergeImported, planImport, type ExistingArticle } from '../../src/core/interop/importPlan';
import { findBestOccurrence, reanchorAnnotations } from '../../src/core/review/reanchor';
import { OccurrenceIndex } from '../../src/core/review/occurrenceIndex';
import { createAnnotation } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';
import { moveAnnotations as moveAnnotationsModel } from './reference/annotationEditsQuadratic';
import { mergeImported as mergeImportedModel, planImport as planImportModel } from './reference/importPlanQuadratic';
import { findBestOccurrence as findBestOccurrenceModel, reanchorAnnotations as reanchorModel } from './reference/reanchorQuadratic';
import { createAnnotation as createAnnotationModel } from './reference/reviewQuadratic';

const now = new Date('2024-05-01T08:00:00.000Z');
const PIECES = ['亿', '元', 'a', 'b', '\r\n', '\n', '😀', '𠀀', '5'];
const LABELS: Label[] = ['MONEY', 'PARK'];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Raw choices turned into a span of `text` (may cut a surrogate pair: sidecars can hold anything valid). */
interface RawSpan {
  at: number;
  length: number;
  label: number;
  accepted: boolean;
  orphaned: boolean;
  stale: number;
  value: number;
}

const rawSpanArb: fc.Arbitrary<RawSpan> = fc.record({
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 4 }),
  label: fc.nat({ max: 1 }),
  accepted: fc.boolean(),
  orphaned: fc.boolean(),
  stale: fc.nat({ max: 4 }),
  value: fc.nat({ max: 2 }),
});

function spanOf(text: string, raw: RawSpan): { start: number; end: number } | undefined {
  if (text.length === 0) return undefined;
  const start = raw.at % text.length;
  return { start, end: Math.min(text.length, start + raw.length) };
}

/** Annotations of `text`: some orphaned, some with offsets that no longer fit their text (stale). */
function annotationsOf(text: string, raws: readonly RawSpan[]): Annotation[] {
  const annotations: Annotation[] = [];
  raws.forEach((raw, i) => {
    const span = spanOf(text, raw);
    if (!span) return;
    const entity = { label: LABELS[raw.label], ...span, text: text.slice(span.start, span.end), ...(raw.value ? { value: raw.value } : {}) };
    const annotation: Annotation = { ...createAnnotation(entity, raw.accepted ? 'accepted' : 'rejected', 'tester', now, text, []), id: `t${i}` };
    if (raw.orphaned && raw.stale === 0) annotation.orphaned = true;
    if (raw.stale === 1 && span.end + 1 <= text.length) {
      annotation.start += 1;
      annotation.end += 1;
    }
    annotations.push(annotation);
  });
  return annotations;
}

/** An outside edit: pieces inserted, removed or replaced, line breaks converted, or halves swapped. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(), length: fc.nat({ max: 6 }), text: fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((p) => p.join('')) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
  fc.record({ kind: fc.constant('lf-to-crlf' as const) }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, edit: Edit): string {
  switch (edit.kind) {
    case 'splice': {
      const at = edit.at % (text.length + 1);
      return text.slice(0, at) + edit.text + text.slice(at + edit.length);
    }
    case 'crlf':
      return text.replace(/\r\n/g, '\n');
    case 'lf-to-crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'swap': {
      const at = edit.at % (text.length + 1);
      return text.slice(at) + text.slice(0, at);
    }
  }
}

describe('near-linear merges give the results of the quadratic model', () => {
  it('reanchorAnnotations (property)', () => {
    fc.assert(
      fc.property(textArb, fc.array(rawSpanArb, { maxLength: 14 }), fc.array(editArb, { minLength: 1, maxLength: 3 }), (text, raws, edits) => {
        const annotations = annotationsOf(text, raws);
        const newText = edits.reduce(applyEdit, text);
        assert.deepEqual(reanchorAnnotations(annotations, newText), reanchorModel(annotations, newText));
      }),
      { numRuns: 1500 },
    );
  });

  it('reanchorAnnotations on many copies of one amount, the text moved (regression)', () => {
    const paragraph = '园区签约项目，总投资50亿元。\r\n另有投资50亿元😀。\n';
    const text = paragraph.repeat(30);
    const starts = [...text.matchAll(/50亿元/g)].map((m) => m.index);
    const annotations = annotationsOf(text, starts.map((at, k) => ({ at, length: 4, label: k % 3 === 0 ? 1 : 0, accepted: true, orphaned: false, stale: 0, value: 0 })));
    for (const newText of [`前言。${text}`, text.replace(/\r\n/g, '\n'), text.slice(paragraph.length * 7) + text.slice(0, paragraph.length * 7), text.replace(/50亿元/g, (m, at: number) => (at % 3 ? m : '60亿元'))]) {
      const result = reanchorAnnotations(annotations, newText);
      assert.deepEqual(result, reanchorModel(annotations, newText));
      assert.ok(result.placed.length > 0);
    }
  });

  /** A hint cut from the haystack itself, its context perhaps altered at one unit: many partial matches. */
  const hintArb = fc.record({
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 3 }),
    before: fc.nat({ max: 6 }),
    after: fc.nat({ max: 6 }),
    alter: fc.option(fc.record({ side: fc.boolean(), index: fc.nat(), to: fc.constantFrom(...PIECES) })),
    random: fc.option(fc.record({ text: textArb.map((t) => t.slice(0, 2) || 'a'), before: textArb.map((t) => t.slice(0, 5)), after: textArb.map((t) => t.slice(0, 5)) })),
  });

  function hintOf(haystack: string, raw: typeof hintArb extends fc.Arbitrary<infer T> ? T : never) {
    if (raw.random || haystack.length === 0) return raw.random ?? { text: 'a' };
    const at = raw.at % haystack.length;
    const end = Math.min(haystack.length, at + raw.length);
    let before = haystack.slice(Math.max(0, at - raw.before), at);
    let after = haystack.slice(end, end + raw.after);
    if (raw.alter) {
      const alter = (s: string) => (s.length ? s.slice(0, raw.alter!.index % s.length) + raw.alter!.to + s.slice((raw.alter!.index % s.length) + 1) : s);
      if (raw.alter.side) before = alter(before);
      else after = alter(after);
    }
    return { text: haystack.slice(at, end), before, after };
  }

  it('findBestOccurrence with one or two expected places, a window and taken places (property)', () => {
    fc.assert(
      fc.property(
        textArb.map((t) => t + t),
        hintArb,
        fc.array(fc.integer({ min: -3, max: 85 }), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 10 }),
        fc.nat({ max: 10 }),
        fc.nat({ max: 4 }),
        (haystack, rawHint, expected, fromCut, toCut, takenEvery) => {
          const hint = hintOf(haystack, rawHint);
          const from = Math.min(fromCut, haystack.length);
          const to = Math.max(from, haystack.length - toCut);
          const taken = (at: number) => takenEvery > 0 && at % takenEvery === 0;
          const model = findBestOccurrenceModel(haystack, hint, expected, from, to, taken);
          assert.equal(findBestOccurrence(haystack, hint, expected, from, to, taken), model);
          // The search by context levels, which long texts reach after the nearest-first walk.
          for (const budget of [0, 1, 3]) {
            assert.equal(new OccurrenceIndex(haystack, [hint.text, 'a', '亿元', '5a', 'ab'], from, to, budget).best(hint, expected, taken), model, `budget ${budget}`);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it('the search by context levels visits every occurrence that could tie the best (regression)', () => {
    // Both occurrences share the after-context only; the nearer one must win the tie.
    const cases: [string, { text: string; before?: string; after?: string }, number[]][] = [
      ['\r\n\r\n', { text: '\r\n', before: '\r\n', after: '\r\n' }, [0]],
      ['xa1ya1z', { text: 'a', before: 'q', after: '1' }, [4]],
      ['😀亿元b亿元😀亿元', { text: '亿元', before: '😀', after: 'b' }, [6, 9]],
    ];
    for (const [haystack, hint, expected] of cases) {
      const model = findBestOccurrenceModel(haystack, hint, expected, 0, haystack.length);
      for (const budget of [0, 1]) assert.equal(new OccurrenceIndex(haystack, [hint.text], 0, haystack.length, budget).best(hint, expected, () => false), model, `${haystack} budget ${budget}`);
    }
  });

  it('moveAnnotations, a reload replacing the whole text included (property)', () => {
    fc.assert(
      fc.property(textArb, fc.array(rawSpanArb, { maxLength: 12 }), fc.array(editArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (text, raws, edits, whole) => {
        const annotations = annotationsOf(text, raws).filter((a) => text.slice(a.start, a.end) === a.text || a.orphaned);
        let current = text;
        const changes: TextChange[] = [];
        for (const edit of edits) {
          const next = applyEdit(current, edit);
          if (whole || edit.kind !== 'splice') changes.push({ rangeOffset: 0, rangeLength: current.length, text: next });
          else {
            const at = edit.at % (current.length + 1);
            changes.push({ rangeOffset: at, rangeLength: Math.min(edit.length, current.length - at), text: edit.text });
          }
          current = next;
        }
        assert.deepEqual(moveAnnotations(annotations, changes, current), moveAnnotationsModel(annotations, changes, current));
      }),
      { numRuns: 1500 },
    );
  });

  const importedSpanArb = fc.record({
    raw: rawSpanArb,
    status: fc.constantFrom('accepted', 'rejected', 'suggested', 'accepted') as fc.Arbitrary<ImportedSpan['status']>,
  });

  function importedSpans(text: string, raws: readonly { raw: RawSpan; status: ImportedSpan['status'] }[]): ImportedSpan[] {
    const spans: ImportedSpan[] = [];
    raws.forEach(({ raw, status }, i) => {
      const span = spanOf(text, raw);
      if (!span) return;
      spans.push({ label: LABELS[raw.label], ...span, text: text.slice(span.start, span.end), status, source: `in:${i}`, ...(raw.value ? { value: raw.value } : {}) });
    });
    return spans;
  }

  it('mergeImported, with and without replace, ids minted at one time (property)', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(rawSpanArb, { maxLength: 12 }),
        fc.array(importedSpanArb, { maxLength: 16 }),
        fc.boolean(),
        fc.subarray([0, 1, 2, 4]),
        (text, raws, imported, replace, takenIds) => {
          const stem = `a${now.getTime().toString(36)}`;
          const current = annotationsOf(text, raws).map((a, i) => (i < takenIds.length ? { ...a, id: takenIds[i] === 0 ? stem : `${stem}-${takenIds[i] + 1}` } : a));
          // The same annotation object twice, as a caller might pass it.
          if (current.length > 2) current.push(current[1]);
          const spans = importedSpans(text, imported);
          const options = { author: 'importer', now, replace };
          assert.deepEqual(mergeImported(current, spans, text, options), mergeImportedModel(current, spans, text, options));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('planImport: documents named by file, by suffix or found by text (property)', () => {
    const files = ['a.txt', 'x/a.txt', 'y/a.txt', 'b.txt', 'x/b.txt', 'c.txt'];
    const names = ['a.txt', './a.txt', 'x\\a.txt', 'x/a.txt', 'b.txt', 'y/b.txt', 'z.txt', 'b.txt/'];
    const texts = ['甲50亿元\r\n乙50亿元', '😀5亿元', '5亿元\n5亿元', ''];
    const articleArb = fc.record({ file: fc.constantFrom(...files), text: fc.nat({ max: 3 }), annotations: fc.array(rawSpanArb, { maxLength: 4 }), problem: fc.boolean() });
    const documentArb = fc.record({ names: fc.subarray(names, { maxLength: 2 }), text: fc.nat({ max: 3 }), spans: fc.array(importedSpanArb, { maxLength: 4 }) });
    fc.assert(
      fc.property(fc.uniqueArray(articleArb, { selector: (a) => a.file, maxLength: 6 }), fc.array(documentArb, { maxLength: 8 }), fc.boolean(), (rawArticles, rawDocuments, replace) => {
        const articles: ExistingArticle[] = rawArticles.map((a) => {
          const text = texts[a.text];
          return { file: a.file, text, annotations: annotationsOf(text, a.annotations), ...(a.problem && a.text === 1 ? { problem: 'broken' } : {}) };
        });
        const documents: ImportedDocument[] = rawDocuments.map((d, i) => {
          const text = texts[d.text];
          return { source: { file: 'in.json', line: i + 1, ...(i % 2 ? { name: `task ${i}` } : {}) }, files: d.names, text, spans: importedSpans(text, d.spans) };
        });
        const parsed: ParsedImport = { documents, problems: [], notes: [{ file: 'in.json', message: 'a note' }] };
        const options = { author: 'importer', now, replace };
        // No document here carries links: the plan's link fields are empty and the model has none.
        const withoutLinks = (plan: ReturnType<typeof planImport>) => ({
          ...plan,
          articles: plan.articles.map(({ links, addedLinks, linkConflicts, unplacedLinks, importedLinks, ...rest }) => {
            assert.deepEqual({ links, addedLinks, linkConflicts, unplacedLinks, importedLinks }, { links: [], addedLinks: [], linkConflicts: [], unplacedLinks: 0, importedLinks: [] });
            return rest;
          }),
        });
        assert.deepEqual(withoutLinks(planImport(parsed, articles, options)), planImportModel(parsed, articles, options));
      }),
      { numRuns: 1500 },
    );
  });

  it('createAnnotation mints the same ids from a set or a list of the ids taken', () => {
    const text = '总投资50亿元。';
    const entity = { label: 'MONEY' as const, start: 3, end: 7, text: '50亿元' };
    const ids = new Set<string>(['x']);
    const list = ['x'];
    for (let k = 0; k < 30; k++) {
      const fromSet = createAnnotation(entity, 'accepted', 'tester', now, text, ids);
      const fromModel = createAnnotationModel(entity, 'accepted', 'tester', now, text, list);
      assert.deepEqual(fromSet, fromModel);
      ids.add(fromSet.id);
      list.push(fromModel.id);
      // A gap in the sequence, filled later, as ids of a merged sidecar may leave one.
      if (k === 5) {
        ids.add(`${fromSet.id.split('-')[0]}-9`);
        list.push(`${fromSet.id.split('-')[0]}-9`);
      }
    }
  });
});
