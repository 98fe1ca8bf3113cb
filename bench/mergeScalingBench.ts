// `npm run bench:merge`: how the per-annotation and per-document work grows. Each line times one
// step (CPU time) at N and at 4N (annotations, imported spans or documents) on a generated article whose
// amounts and parks repeat (the case that was quadratic) and prints the ratio: about 4 is
// linear, 16 quadratic. Pure code, no VS Code; the best of five runs of each size (on a loaded
// machine a ratio can stray: run it again before reading much into one line).
//   re-anchoring    reanchorAnnotations after an outside edit: text inserted before every span;
//                   CRLF line breaks (every context around a line break changed)
//   reload          moveAnnotations for VS Code's reload of a changed file (one change replacing all)
//   import merge    mergeImported, keeping conflicts and replacing them
//   import plan     planImport of one article's spans sent as one document per span (a Label
//                   Studio export of many tasks), and Label Studio parsing + planning of the same
//   review          createAnnotation for a whole import minted in one millisecond (AnnotationIds)
//   adjudication    adjudicate two annotators' versions of one article (every seventh span dropped,
//                   every fifth shortened by one character), every disagreement decided
// A benchmark, not a test: it asserts nothing and never fails on a slow machine.
//
//   npm run bench:merge             (N=4000 to change the base size; below ~10,000 the steps are
//                                    a few milliseconds and cache effects blur the ratio)
import { adjudicate } from '../src/core/adjudication/adjudicate';
import { diffVersions } from '../src/core/adjudication/diffVersions';
import { moveAnnotations } from '../src/core/review/annotationEdits';
import { exportFormat, importFormat } from '../src/core/interop/formats';
import type { ImportedDocument, ImportedSpan } from '../src/core/interop/importedDocument';
import { mergeImported, planImport } from '../src/core/interop/importPlan';
import { reanchorAnnotations } from '../src/core/review/reanchor';
import { AnnotationIds, createAnnotation } from '../src/core/review/review';
import type { Annotation } from '../src/core/sidecar/sidecarSchema';
import type { Entity, Label } from '../src/core/types';

const BASE = Number(process.env.N ?? 16000);
const RUNS = 5;
const now = new Date('2024-06-01T00:00:00.000Z');

const PARKS = ['新余高新区', '经开区', '临港新片区'];
const AMOUNTS = ['50亿元', '3亿美元', '1.2亿元', '800万元', '10亿元'];

/** An article with `count` annotations (three a sentence): parks and amounts repeat, projects do not. */
function article(count: number): { text: string; entities: Entity[] } {
  let text = '';
  const entities: Entity[] = [];
  const tag = (label: Label, words: string) => {
    entities.push({ label, start: text.length, end: text.length + words.length, text: words });
    text += words;
  };
  for (let k = 0; entities.length < count; k++) {
    text += `第${k}批：`;
    tag('PARK', PARKS[k % PARKS.length]);
    text += '签约';
    tag('PROJECT', `智能制造${k}号项目`);
    text += '，总投资';
    tag('MONEY', AMOUNTS[k % AMOUNTS.length]);
    text += k % 3 === 2 ? '。\n' : '。';
  }
  return { text, entities: entities.slice(0, count) };
}

function annotationsOf(text: string, entities: readonly Entity[]): Annotation[] {
  const ids = new AnnotationIds([]);
  return entities.map((e) => createAnnotation(e, 'accepted', 'bench', now, text, ids));
}

function importedSpans(entities: readonly Entity[], relabel: (k: number) => boolean): ImportedSpan[] {
  return entities.map((e, k) => ({ ...e, label: relabel(k) ? (e.label === 'PARK' ? 'COMPANY' : 'PARK') : e.label, status: 'accepted', source: `in.json, task ${k}` }));
}

/**
 * CPU seconds (this process, user + system) of the fastest of RUNS calls of `step(size)`, its
 * set-up not counted. CPU time, not wall time: on a shared machine the wall time also counts the
 * waits for a core, which say nothing about how the work grows.
 */
function timed(size: number, prepare: (size: number) => () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const step = prepare(size);
    // Garbage of the set-up or of the last run collected now, not charged to this one
    // (npm run bench:merge runs node with --expose-gc).
    (globalThis as { gc?: () => void }).gc?.();
    const started = process.cpuUsage();
    step();
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

const fmt = (seconds: number) => (seconds >= 1 ? `${seconds.toFixed(2)} s` : `${(seconds * 1000).toFixed(1)} ms`);

function line(name: string, unit: string, prepare: (size: number) => () => unknown): void {
  for (let run = 0; run < 2; run++) prepare(BASE)(); // warm-up: the JIT compiles the hot code first
  const small = timed(BASE, prepare);
  const large = timed(4 * BASE, prepare);
  const ratio = large / small;
  const verdict = ratio < 6 ? 'linear' : ratio < 10 ? 'between' : 'quadratic';
  console.log(`${name.padEnd(46)} ${BASE.toLocaleString('en')} ${unit}: ${fmt(small).padStart(9)}   ${(4 * BASE).toLocaleString('en')}: ${fmt(large).padStart(9)}   ratio ${ratio.toFixed(1)} (${verdict}; linear ≈ 4, quadratic ≈ 16)`);
}

console.log(`bench:merge — CPU time at N and 4N, best of ${RUNS}\n`);

line('re-anchoring: text inserted before all', 'annotations', (size) => {
  const { text, entities } = article(size);
  const annotations = annotationsOf(text, entities);
  const newText = `【本报讯】${text.slice(0, text.length >> 1)}另据报道，${text.slice(text.length >> 1)}`;
  return () => reanchorAnnotations(annotations, newText);
});

line('re-anchoring: LF turned into CRLF', 'annotations', (size) => {
  const { text, entities } = article(size);
  const annotations = annotationsOf(text, entities);
  const newText = text.replace(/\n/g, '\r\n');
  return () => reanchorAnnotations(annotations, newText);
});

line('reload: whole text replaced, one line added', 'annotations', (size) => {
  const { text, entities } = article(size);
  const annotations = annotationsOf(text, entities);
  const newText = `【本报讯】\n${text}`;
  return () => moveAnnotations(annotations, [{ rangeOffset: 0, rangeLength: text.length, text: newText }], newText);
});

line('import merge: conflicts kept', 'spans', (size) => {
  const { text, entities } = article(size);
  const current = annotationsOf(text, entities.filter((_, k) => k % 2 === 0));
  const spans = importedSpans(entities, (k) => k % 4 === 0);
  return () => mergeImported(current, spans, text, { author: 'bench', now });
});

line('import merge: conflicts replaced', 'spans', (size) => {
  const { text, entities } = article(size);
  const current = annotationsOf(text, entities.filter((_, k) => k % 2 === 0));
  const spans = importedSpans(entities, (k) => k % 4 === 0);
  return () => mergeImported(current, spans, text, { author: 'bench', now, replace: true });
});

line('import plan: one document per span', 'documents', (size) => {
  // Every document carries the article's text (as every Label Studio task does): a short one, so
  // the hashing of each document's text, linear in the input, does not hide the planning.
  const { text, entities } = article(30);
  const spans = importedSpans(entities, () => false);
  const documents: ImportedDocument[] = Array.from({ length: size }, (_, k) => ({ source: { file: 'tasks.json', name: `task ${k}` }, files: ['news.txt'], text, spans: [spans[k % spans.length]] }));
  return () => planImport({ documents, problems: [], notes: [] }, [{ file: 'news.txt', text, annotations: [] }], { author: 'bench', now });
});

line('import plan: Label Studio parsed and planned', 'tasks', (size) => {
  // A short article (as a task per paragraph would be): parsing and hashing each task's text stay small.
  const { text, entities } = article(6);
  const exported = exportFormat('label-studio', [{ file: 'news.txt', text, annotations: entities.map((e) => ({ ...e, status: 'accepted' as const })) }]);
  const main = exported.files.find((f) => f.path.endsWith('.json') && f.content.trimStart().startsWith('[')) ?? exported.files[0];
  const task = JSON.parse(main.content)[0] as { id?: number };
  const tasks = Array.from({ length: size }, (_, k) => ({ ...task, id: k + 1 }));
  const files = [{ path: 'tasks.json', content: JSON.stringify(tasks) }];
  return () => planImport(importFormat('label-studio', files), [{ file: 'news.txt', text, annotations: [] }], { author: 'bench', now });
});

line('review: annotations created in one millisecond', 'annotations', (size) => {
  const { text, entities } = article(size);
  return () => {
    const ids = new AnnotationIds(['x']);
    for (const entity of entities) createAnnotation(entity, 'accepted', 'bench', now, text, ids);
  };
});

line('adjudication: two versions, every place decided', 'annotations', (size) => {
  const { text, entities } = article(size);
  const first = annotationsOf(text, entities);
  const second = first.filter((_, k) => k % 7 !== 3).map((a, k) => (k % 5 === 0 ? { ...a, end: a.end - 1, text: a.text.slice(0, -1) } : a));
  const files = [{ annotator: 'a', fileHash: '0'.repeat(64), annotations: first, links: [] }, { annotator: 'b', fileHash: '1'.repeat(64), annotations: second, links: [] }];
  const decisions = diffVersions(files).disagreements.map((d, k) => ({ key: d.key, take: k % 2 === 0 ? ['a'] : ['b'], place: '' }));
  return () => adjudicate({ text, article: 'news.txt', files, decisions, adjudicator: 'bench', now: now.toISOString() });
});
