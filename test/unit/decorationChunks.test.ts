import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { mergeReview } from '../../src/core/review/review';
import type { ReviewItem } from '../../src/core/review/review';
import { CHUNK_SIZE, chunkSpans, planPaint } from '../../src/editor/decorationChunks';
import type { ChunkedPaint } from '../../src/editor/decorationChunks';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));
/** Long enough for several chunks. */
const article = Array.from({ length: 12 }, () => samples.join('\n')).join('\n');

interface Range {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

function converter(text: string): (item: { start: number; end: number }) => Range {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const at = (offset: number) => {
    let line = 0;
    let hi = starts.length - 1;
    while (line < hi) {
      const mid = (line + hi + 1) >> 1;
      if (starts[mid] <= offset) line = mid;
      else hi = mid - 1;
    }
    return [line, offset - starts[line]] as const;
  };
  return (item) => {
    const [line, character] = at(item.start);
    const [endLine, endCharacter] = at(item.end);
    return { line, character, endLine, endCharacter };
  };
}

const translate = (r: Range, lines: number): Range => ({ line: r.line + lines, character: r.character, endLine: r.endLine + lines, endCharacter: r.endCharacter });
const lineCount = (text: string) => text.split('\n').length;
const key = (item: ReviewItem, r: Range) => `${item.label}/${item.status}@${r.line}:${r.character}-${r.endLine}:${r.endCharacter}`;

describe('decoration chunks', () => {
  it('paints a large article in chunks, and after an edit sends only the chunks that changed, with ranges a full paint would give', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('新', '5亿元', '\n', '高新区\n项目', ''),
        fc.integer({ min: 0, max: 4 }),
        (at, inserted, removed) => {
          const analysis = new IncrementalAnalysis();
          analysis.update(article);
          const items = mergeReview(analysis.suggestions, []);
          const first = planPaint(items, converter(article), undefined);
          assert.ok(first.paint.ids.length > 1, 'several chunks');
          assert.deepEqual(first.dirty, first.paint.ids);

          const offset = Math.floor(at * (article.length - 10));
          const text = article.slice(0, offset) + inserted + article.slice(offset + removed);
          const region = analysis.update(text, [{ offset, removed, inserted }]);
          const next = mergeReview(analysis.suggestions, []);
          const plan = planPaint(next, converter(text), { paint: first.paint, region, lineDelta: lineCount(text) - lineCount(article), translate });

          // Every range is what converting the offsets again would give.
          assert.deepEqual(plan.paint.ranges, next.map(converter(text)));
          // A chunk not sent again shows exactly what it showed, moved with the text.
          assert.ok(plan.dirty.length <= 2, `an edit dirties at most two chunks (${plan.dirty.length})`);
          const oldSpans = chunkSpans(first.paint as ChunkedPaint<Range>);
          const newSpans = chunkSpans(plan.paint);
          for (const id of plan.paint.ids) {
            if (plan.dirty.includes(id)) continue;
            const was = oldSpans.get(id);
            const now = newSpans.get(id);
            assert.ok(was && now);
            const lineDelta = lineCount(text) - lineCount(article);
            const before = items.slice(was.from, was.to).map((item, k) => {
              const r = first.paint.ranges[was.from + k];
              return key(item, item.end < (region?.start ?? 0) ? r : translate(r, lineDelta));
            });
            const after = next.slice(now.from, now.to).map((item, k) => key(item, plan.paint.ranges[now.from + k]));
            assert.deepEqual(after, before);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('sends only the chunk of a span whose status changed, when the text did not change', () => {
    const analysis = new IncrementalAnalysis();
    analysis.update(article);
    const items = mergeReview(analysis.suggestions, []);
    const first = planPaint(items, converter(article), undefined);
    const changed = items.map((item, i) => (i === CHUNK_SIZE + 5 ? { ...item, status: 'accepted' as const } : item));
    const plan = planPaint(changed, converter(article), { paint: first.paint, region: undefined, lineDelta: 0, translate, sameText: true });
    assert.deepEqual(plan.dirty, [1]);
    assert.deepEqual(plan.cleared, []);
  });
});
