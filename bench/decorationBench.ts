// Editor refresh on a 5 MB article, in pure code (no VS Code): what the analysis cache and the
// decorations do for one document version. Goals (issue 3): first full highlight under 1 s,
// refresh after a one-character edit under 50 ms median (through the Recognizer's paragraph cache).
// CPU time is printed next to wall time: on a shared machine the wall time includes waiting for a core.
//
//   npm run bench:editor            (MB=5 RUNS=21 to change the size and the number of edit runs)
import fs from 'node:fs';
import path from 'node:path';
import { Recognizer } from '../src/core/recognize';
import { createAnnotation, mergeReview } from '../src/core/review';
import type { ReviewItem } from '../src/core/review';
import type { Annotation } from '../src/core/sidecarSchema';

const TARGET_BYTES = Number(process.env.MB ?? 5) * 1024 * 1024;
const EDIT_RUNS = Number(process.env.RUNS ?? 21);
const FULL_RUNS = 3;

/** The sample articles repeated, each copy's amounts varied so paragraphs are not all identical. */
function generateArticle(): string {
  const dir = path.join(__dirname, '..', '..', 'samples');
  const samples = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const parts: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < TARGET_BYTES; copy++) {
    const sample = samples[copy % samples.length].replace(/\d+(\.\d+)?(?=[万亿])/g, (n) => String(Number(n) + (copy % 97)));
    parts.push(sample);
    bytes += Buffer.byteLength(sample, 'utf8') + 1;
  }
  return parts.join('\n');
}

/** Offsets → line/character, as `document.positionAt` does for each decoration range. */
function toPositions(text: string, items: readonly ReviewItem[]): number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let checksum = 0;
  for (const item of items) {
    for (const offset of [item.start, item.end]) {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      checksum += lo + (offset - lineStarts[lo]);
    }
  }
  return checksum;
}

interface Timing { recognize: number; merge: number; positions: number; total: number; cpu: number; items: number }

function refresh(recognizer: Recognizer, text: string, annotations: readonly Annotation[]): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const suggestions = recognizer.recognize(text);
  const t1 = performance.now();
  const items = mergeReview(suggestions, annotations);
  const t2 = performance.now();
  toPositions(text, items);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { recognize: t1 - t0, merge: t2 - t1, positions: t3 - t2, total: t3 - t0, cpu: (cpu.user + cpu.system) / 1000, items: items.length };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function report(name: string, timings: Timing[]): void {
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `${name.padEnd(34)} median ${ms(median(timings.map((t) => t.total))).padStart(10)} wall (min ${ms(Math.min(...timings.map((t) => t.total)))}),` +
    ` ${ms(median(timings.map((t) => t.cpu)))} CPU` +
    `  (recognise ${ms(median(timings.map((t) => t.recognize)))}, merge ${ms(median(timings.map((t) => t.merge)))},` +
    ` positions ${ms(median(timings.map((t) => t.positions)))}; ${timings[0].items} items; ${timings.length} runs)`,
  );
}

function main(): void {
  const text = generateArticle();
  console.log(`article: ${(Buffer.byteLength(text, 'utf8') / 1024 / 1024).toFixed(2)} MB, ${text.length} UTF-16 units, ${text.split('\n').length} lines`);

  // A researcher's sidecar: every 20th suggestion accepted, so the merge has real work to do.
  const suggestions = new Recognizer().recognize(text);
  const annotations: Annotation[] = [];
  const ids = new Set<string>();
  const now = new Date(0);
  for (let i = 0; i < suggestions.length; i += 20) {
    const annotation = createAnnotation(suggestions[i], 'accepted', 'bench', now, text, ids);
    ids.add(annotation.id);
    annotations.push(annotation);
  }

  const full: Timing[] = [];
  for (let run = 0; run < FULL_RUNS; run++) full.push(refresh(new Recognizer(), text, annotations));
  report('first full analysis', full);

  // One character typed in the middle of the article, then deleted, alternately: each run is a
  // new document version that differs from the previous one in one paragraph.
  const recognizer = new Recognizer();
  refresh(recognizer, text, annotations);
  const middle = text.indexOf('\n', text.length >> 1) - 1;
  const edits: Timing[] = [];
  for (let run = 0; run < EDIT_RUNS; run++) {
    const edited = run % 2 === 0 ? `${text.slice(0, middle)}新${text.slice(middle)}` : text;
    edits.push(refresh(recognizer, edited, annotations));
  }
  report('re-analysis after a 1-char edit', edits);

  // What the user waits for on a huge article: the viewport (50 visible lines ± 200) is scanned
  // again by its own Recognizer and repainted; the full re-analysis above follows on the next tick.
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const middleLine = lineStarts.findIndex((start) => start > middle) - 1;
  const firstLine = Math.max(0, middleLine - 225);
  const lastLine = Math.min(lineStarts.length - 1, middleLine + 225);
  const viewportRecognizer = new Recognizer();
  const viewport: Timing[] = [];
  for (let run = 0; run <= EDIT_RUNS; run++) {
    const edited = run % 2 === 0 ? `${text.slice(0, middle)}新${text.slice(middle)}` : text;
    const delta = edited.length - text.length;
    const from = lineStarts[firstLine];
    const to = lastLine + 1 < lineStarts.length ? lineStarts[lastLine + 1] - 1 + delta : edited.length;
    const slice = edited.slice(from, to);
    const inRange = annotations.filter((a) => a.end > from && a.start < to).map((a) => ({ ...a, start: a.start - from, end: a.end - from }));
    const timing = refresh(viewportRecognizer, slice, inRange);
    if (run > 0) viewport.push(timing);
  }
  report('viewport repaint after a 1-char edit', viewport);
}

main();
