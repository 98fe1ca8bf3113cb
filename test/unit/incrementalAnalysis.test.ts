import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dirtyRegion, IncrementalAnalysis, lineSource, mayDeclare, stringSource } from '../../src/core/recognition/incrementalAnalysis';
import type { TextChange } from '../../src/core/recognition/incrementalAnalysis';
import { moveAnnotations } from '../../src/core/review/annotationEdits';
import { recognize } from '../../src/core/recognition/recognize';
import { createAnnotation, mergeReview, mergeReviewAfterEdit } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));
const article = samples.join('\n');

/** Pieces an edit inserts: amounts, currencies, the currency declaration, line breaks, debris. */
const PIECES = ['新', '5', '65.1', '亿元', '万', '美元', '(下同)', '（以下同）', '下', '同', '\n', '\n\n', '高新区', '项目', '&#19979;', '，', '',
  // a park's short name declared, and used
  '瑞金经济技术开发区(简称“瑞开区”)', '瑞开区', '簡稱'];

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.offset) + change.inserted + text.slice(change.offset + change.removed);
}

const edit = (length: number) =>
  fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    removed: fc.integer({ min: 0, max: 6 }),
    inserted: fc.array(fc.constantFrom(...PIECES), { maxLength: 3 }).map((p) => p.join('')),
  }).map(({ at, removed, inserted }) => {
    const offset = Math.min(length, Math.floor(at * length));
    return { offset, removed: Math.min(removed, length - offset), inserted };
  });

describe('IncrementalAnalysis', () => {
  it('gives exactly what recognize gives, edit after edit (several changes per update too)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (updates, seed) => {
        const analysis = new IncrementalAnalysis();
        let text = article;
        analysis.update(text);
        let n = seed;
        for (const batch of updates) {
          const changes: TextChange[] = [];
          for (const at of batch) {
            n = (Math.imul(n, 1103515245) + 12345) >>> 0;
            const change = fc.sample(edit(text.length), { numRuns: 1, seed: n })[0];
            change.offset = Math.min(text.length, Math.floor(at * text.length));
            change.removed = Math.min(change.removed, text.length - change.offset);
            changes.push(change);
            text = apply(text, change);
          }
          analysis.update(text, changes);
          assert.deepEqual(analysis.suggestions, recognize(text));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('reads the edited paragraphs from lines as VS Code keeps them (CRLF too)', () => {
    for (const eol of ['\n', '\r\n']) {
      const lines = article.split('\n').map((l) => l.replace(/\r$/, ''));
      const text = lines.join(eol);
      const starts: number[] = [];
      lines.reduce((offset, line) => (starts.push(offset), offset + line.length + eol.length), 0);
      const lineOf = (offset: number) => {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
        return line;
      };
      const source = lineSource({ lineCount: lines.length, eol, lineText: (l) => lines[l], lineStart: (l) => starts[l], lineOf, text: () => text });
      assert.equal(source.length, text.length);
      const middle = starts[Math.floor(lines.length / 2)] + 3;
      assert.deepEqual(source.paragraphs(middle, middle + 1), stringSource(text).paragraphs(middle, middle + 1));
    }
  });

  it('merges with the annotations exactly as a full merge does, reusing the items before the edit', () => {
    const base = recognize(article);
    const ids = new Set<string>();
    const annotations: Annotation[] = base.filter((_, i) => i % 3 === 0).map((entity, i) => {
      const annotation = createAnnotation(entity, i % 4 === 0 ? 'rejected' : 'accepted', 't', new Date(i * 1000), article, ids);
      ids.add(annotation.id);
      return annotation;
    });
    fc.assert(
      fc.property(fc.array(edit(article.length), { minLength: 1, maxLength: 8 }), (edits) => {
        const analysis = new IncrementalAnalysis();
        let text = article;
        analysis.update(text);
        let moved = annotations;
        let items = mergeReview(analysis.suggestions, moved);
        for (const change of edits) {
          change.offset = Math.min(change.offset, text.length);
          change.removed = Math.min(change.removed, text.length - change.offset);
          text = apply(text, change);
          const before = { items, annotations: moved };
          moved = moveAnnotations(moved, [{ rangeOffset: change.offset, rangeLength: change.removed, text: change.inserted }], text).annotations;
          const region = analysis.update(text, [change]);
          items = region ? mergeReviewAfterEdit(before, analysis.suggestions, moved, region.start) : mergeReview(analysis.suggestions, moved);
          assert.deepEqual(items, mergeReview(recognize(text), moved));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('re-recognises only the touched paragraphs of a plain edit', () => {
    const analysis = new IncrementalAnalysis();
    analysis.update(article);
    const offset = article.indexOf('\n', article.length >> 1) - 1;
    const text = `${article.slice(0, offset)}新${article.slice(offset)}`;
    const region = analysis.update(text, [{ offset, removed: 0, inserted: '新' }]);
    assert.ok(region, 'the incremental path was taken');
    assert.equal(region.delta, 1);
    assert.ok(region.end - region.start < 2000, 'one paragraph, not the article');
    assert.deepEqual(analysis.suggestions, recognize(text));
  });

  it('falls back to a full recognition when a currency declaration comes before the edit', () => {
    const declared = `外资3000万美元(下同)到位。\n${article}`;
    const analysis = new IncrementalAnalysis();
    analysis.update(declared);
    const offset = declared.length - 10;
    const text = `${declared.slice(0, offset)}总投资5000万，${declared.slice(offset)}`;
    assert.equal(analysis.update(text, [{ offset, removed: 0, inserted: '总投资5000万，' }]), undefined);
    assert.deepEqual(analysis.suggestions, recognize(text));
  });

  it('falls back to a full recognition when a park\'s short name is declared before the edit', () => {
    const declared = `记者从瑞金经济技术开发区(简称“瑞开区”)获悉。\n${article}`;
    const analysis = new IncrementalAnalysis();
    analysis.update(declared);
    const offset = declared.length - 10;
    const text = `${declared.slice(0, offset)}与瑞开区签约，${declared.slice(offset)}`;
    assert.equal(analysis.update(text, [{ offset, removed: 0, inserted: '与瑞开区签约，' }]), undefined);
    assert.deepEqual(analysis.suggestions, recognize(text));
    assert.ok(recognize(text).some((e) => e.label === 'PARK' && e.text === '瑞开区' && e.start >= offset), 'the short name is a park after the edit');
  });

  it('knows which text may declare a currency or a park\'s short name, in any spelling that folds to it', () => {
    assert.equal(mayDeclare('某某开发区(簡稱“某開區”)'), true);
    assert.equal(mayDeclare('名称简单，称号'), false);
    assert.equal(mayDeclare('外资3000万美元(下同)'), true);
    assert.equal(mayDeclare('外资3000万美元（以下同）'), true);
    assert.equal(mayDeclare('&#19979;同'), true);
    assert.equal(mayDeclare('同比增长，下一步'), false);
  });

  it('refuses changes that do not add up to the new text', () => {
    assert.equal(dirtyRegion(3, stringSource('abcd'), [{ offset: 1, removed: 0, inserted: 'xy' }]), undefined);
    assert.equal(dirtyRegion(3, stringSource('abc'), [{ offset: 5, removed: 0, inserted: '' }]), undefined);
    assert.deepEqual(dirtyRegion(6, stringSource('a\nbXc\nd'), [{ offset: 3, removed: 0, inserted: 'X' }]), { region: { start: 2, end: 5, delta: 1 }, text: 'bXc' });
  });
});

describe('IncrementalAnalysis and a brand heading a project of another paragraph', () => {
  it('drops and finds again the brand when an edit far from it removes or restores the project', () => {
    const text = '总投资80亿元的远拓化工江城百万吨乙烯项目今日开工。\n据悉,远拓化工计划在本省建设加油站30座。';
    const analysis = new IncrementalAnalysis();
    analysis.update(text);
    assert.ok(analysis.suggestions.some((e) => e.label === 'COMPANY' && e.text === '远拓化工'));
    const project = '远拓化工江城百万吨乙烯项目';
    const at = text.indexOf(project);
    const without = text.slice(0, at) + '乙烯工程' + text.slice(at + project.length);
    // The brand lies outside the edited paragraph: the whole article is said changed.
    assert.equal(analysis.update(without, [{ offset: at, removed: project.length, inserted: '乙烯工程' }]), undefined);
    assert.deepEqual(analysis.suggestions, recognize(without));
    assert.ok(!analysis.suggestions.some((e) => e.label === 'COMPANY'));
    analysis.update(text, [{ offset: at, removed: 4, inserted: project }]);
    assert.deepEqual(analysis.suggestions, recognize(text));
  });
});
