import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { moveAnnotations, moveSpan, type TextChange, type TextReader } from '../../src/core/review/annotationEdits';
import { contextAfter, contextBefore, createAnnotation } from '../../src/core/review/review';
import { AnnotationSchema, type Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';

const now = new Date('2024-05-01T08:00:00.000Z');

/** Applies changes in order, as VS Code does, to get the text after them. */
function apply(text: string, changes: readonly TextChange[]): string {
  let result = text;
  for (const c of changes) result = result.slice(0, c.rangeOffset) + c.text + result.slice(c.rangeOffset + c.rangeLength);
  return result;
}

function tag(text: string, fragment: string, label: Label = 'MONEY', nth = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(fragment, start + 1);
  assert.ok(start >= 0, `fixture must contain ${fragment}`);
  return createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'tester', now, text, [String(start)]);
}

/** A reader of `text` that records every read, as the editor store's reader of the document would be called. */
function countingReader(text: string): { read: TextReader; reads: Array<[number, number]>; unitsRead: () => number } {
  const reads: Array<[number, number]> = [];
  const read: TextReader = (start, end) => {
    reads.push([start, end]);
    return text.slice(start, end);
  };
  return { read, reads, unitsRead: () => reads.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(end, text.length) - start), 0) };
}

/**
 * Moves the annotations once with the whole new text and once through a reader of it; both must
 * give the same result (the reader is what the editor passes).
 */
function edit(text: string, annotations: Annotation[], changes: TextChange[]) {
  const newText = apply(text, changes);
  const whole = moveAnnotations(annotations, changes, newText);
  const throughReader = moveAnnotations(annotations, changes, countingReader(newText).read);
  assert.deepEqual(throughReader, whole);
  return { newText, ...whole };
}

const article = '新余高新区签约项目17个，合同资金达65.1亿元，博通科技产业园项目总投资50亿元。';

describe('moveAnnotations', () => {
  it('shifts a span when text is inserted before it, and keeps text and context right', () => {
    const money = tag(article, '65.1亿元');
    const at = article.indexOf('合同');
    const { newText, annotations, removed, changed } = edit(article, [money], [{ rangeOffset: at, rangeLength: 0, text: '本次' }]);
    assert.equal(changed, true);
    assert.deepEqual(removed, []);
    assert.equal(annotations[0].start, money.start + 2);
    assert.equal(newText.slice(annotations[0].start, annotations[0].end), '65.1亿元');
    assert.equal(annotations[0].text, '65.1亿元');
    assert.ok(annotations[0].before?.endsWith('本次合同资金达'));
    assert.ok(AnnotationSchema.safeParse(annotations[0]).success);
  });

  it('treats an insertion at the start as outside the span and one at the end as outside too', () => {
    const park = tag(article, '新余高新区', 'PARK');
    const atStart = edit(article, [park], [{ rangeOffset: park.start, rangeLength: 0, text: '江西' }]);
    assert.equal(atStart.annotations[0].text, '新余高新区');
    const atEnd = edit(article, [park], [{ rangeOffset: park.end, rangeLength: 0, text: '内' }]);
    assert.equal(atEnd.annotations[0].start, park.start);
    assert.equal(atEnd.annotations[0].text, '新余高新区');
  });

  it('grows and shrinks a span on edits inside it and reads its text again', () => {
    const money = tag(article, '65.1亿元');
    const grown = edit(article, [money], [{ rangeOffset: money.start + 4, rangeLength: 0, text: '23' }]);
    assert.equal(grown.annotations[0].text, '65.123亿元');
    const shrunk = edit(article, [money], [{ rangeOffset: money.start + 2, rangeLength: 2, text: '' }]);
    assert.equal(shrunk.annotations[0].text, '65亿元');
    assert.equal(shrunk.annotations[0].end - shrunk.annotations[0].start, 4);
  });

  it('trims a span whose head or tail is deleted together with text outside it', () => {
    const park = tag(article, '新余高新区', 'PARK');
    const money = tag(article, '65.1亿元');
    const head = edit(article, [money], [{ rangeOffset: money.start - 1, rangeLength: 3, text: 'X' }]);
    assert.equal(head.annotations[0].text, '.1亿元');
    assert.equal(head.annotations[0].start, money.start);
    const tail = edit(article, [park], [{ rangeOffset: park.end - 1, rangeLength: 3, text: '' }]);
    assert.equal(tail.annotations[0].text, '新余高新');
  });

  it('removes an annotation only when its whole span is deleted, and reports it', () => {
    const park = tag(article, '新余高新区', 'PARK');
    const money = tag(article, '50亿元');
    const { annotations, removed } = edit(article, [park, money], [{ rangeOffset: 0, rangeLength: park.end + 1, text: '' }]);
    assert.deepEqual(removed, [park]);
    assert.equal(annotations.length, 1);
    assert.equal(annotations[0].text, '50亿元');
  });

  it('keeps the tag when exactly its words are replaced (a correction)', () => {
    const money = tag(article, '50亿元');
    const { annotations, removed } = edit(article, [money], [{ rangeOffset: money.start, rangeLength: money.end - money.start, text: '五十亿元' }]);
    assert.deepEqual(removed, []);
    assert.equal(annotations[0].text, '五十亿元');
  });

  it('finds the words again inside a replacement of whole lines (reload from disk)', () => {
    const text = `第一行\n${article}\n第三行`;
    const money = tag(text, '65.1亿元');
    const lineStart = text.indexOf('\n') + 1;
    const replacement = `今天，${article.replace('签约', '正式签约')}`;
    const { newText, annotations, removed } = edit(text, [money], [{ rangeOffset: lineStart, rangeLength: article.length, text: replacement }]);
    assert.deepEqual(removed, []);
    assert.equal(newText.slice(annotations[0].start, annotations[0].end), '65.1亿元');
  });

  it('does not put two annotations of one label on the same words found in a replacement', () => {
    const text = '甲50亿元乙50亿元丙';
    const first = tag(text, '50亿元', 'MONEY', 0);
    const second = { ...tag(text, '50亿元', 'MONEY', 1), id: 'second' };
    const { annotations, removed } = edit(text, [first, second], [{ rangeOffset: 0, rangeLength: text.length, text: '甲50亿元丙' }]);
    assert.equal(annotations.length, 1);
    assert.equal(removed.length, 1);
  });

  it('applies several changes in order (multi-cursor edits arrive last first)', () => {
    const park = tag(article, '新余高新区', 'PARK');
    const money = tag(article, '50亿元');
    const changes = [
      { rangeOffset: money.start, rangeLength: 0, text: '约' },
      { rangeOffset: 0, rangeLength: 0, text: '江西省' },
    ];
    const { newText, annotations } = edit(article, [park, money], changes);
    for (const a of annotations) assert.equal(newText.slice(a.start, a.end), a.text);
    assert.deepEqual(annotations.map((a) => a.text), ['新余高新区', '50亿元']);
  });

  it('passes orphaned annotations through and returns unchanged objects when nothing moved', () => {
    const long = `${article}\n${'后文'.repeat(20)}`;
    const money = tag(long, '50亿元');
    const orphan = { ...tag(long, '65.1亿元'), orphaned: true };
    const result = edit(long, [money, orphan], [{ rangeOffset: long.length, rangeLength: 0, text: '\n下一段' }]);
    assert.equal(result.changed, false);
    assert.equal(result.annotations[0], money);
    assert.equal(result.annotations[1], orphan);
  });

  it('keeps every surviving span on its text for random edits (property)', () => {
    const annotations = ['新余高新区', '65.1亿元', '博通科技产业园项目', '50亿元'].map((f) => tag(article, f, 'PROJECT'));
    const changeArb = fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), text: fc.string({ maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 4 }), (raw) => {
        let text = article;
        let current: Annotation[] = annotations;
        for (const r of raw) {
          const rangeOffset = r.at % (text.length + 1);
          const change = { rangeOffset, rangeLength: Math.min(r.length, text.length - rangeOffset), text: r.text };
          const next = edit(text, current, [change]);
          text = next.newText;
          current = next.annotations;
          for (const a of current) {
            assert.equal(text.slice(a.start, a.end), a.text);
            assert.ok(a.end > a.start);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('moveAnnotations through a text reader', () => {
  /** A long article with a few annotations near its start and one near its end. */
  function longArticle() {
    const filler = '开发区持续优化营商环境，推动产业集聚发展。\n'.repeat(20_000);
    const text = `${article}\n${filler}${article}`;
    const first = tag(text, '65.1亿元');
    const park = tag(text, '新余高新区', 'PARK');
    const last = { ...tag(text, '50亿元', 'MONEY', 1), id: 'last' };
    return { text, annotations: [park, first, last] };
  }

  it('reads only the annotations and their context for an edit away from every annotation', () => {
    const { text, annotations } = longArticle();
    const at = text.length >> 1;
    const changes = [{ rangeOffset: at, rangeLength: 0, text: '新' }];
    const newText = apply(text, changes);
    const counting = countingReader(newText);
    const result = moveAnnotations(annotations, changes, counting.read);
    assert.deepEqual(result, moveAnnotations(annotations, changes, newText));
    const spans = annotations.reduce((sum, a) => sum + a.end - a.start, 0);
    // Each annotation: its span, CONTEXT_LENGTH (16) units each side and one more; near ones merged.
    assert.ok(counting.unitsRead() <= spans + annotations.length * 40, `read ${counting.unitsRead()} units of ${newText.length}`);
    assert.ok(counting.reads.every(([start, end]) => end - start < 1000), 'no read of the whole text');
    assert.equal(result.annotations[2].start, annotations[2].start + 1, 'the span after the edit moved');
    assert.equal(result.annotations[2].text, '50亿元');
  });

  it('reads nothing when no annotation is left to place', () => {
    const orphan = { ...tag(article, '50亿元'), orphaned: true };
    const counting = countingReader(article);
    const result = moveAnnotations([orphan], [{ rangeOffset: 0, rangeLength: 0, text: '' }], counting.read);
    assert.deepEqual(counting.reads, []);
    assert.equal(result.annotations[0], orphan);
  });

  it('gives the same text and context as the whole text would, at its ends and around surrogate pairs (property)', () => {
    // Astral characters (two UTF-16 units) so a context boundary can fall inside a pair.
    const base = '𠀀签约𠮷项目50亿元😀合同资金达65.1亿元，总投资𠀀𠀀10亿元。'.repeat(3);
    const annotations = ['签约', '50亿元', '65.1亿元', '10亿元'].flatMap((f, i) => [tag(base, f, 'PROJECT', 0), { ...tag(base, f, 'PROJECT', 2), id: `far${i}` }]);
    const changeArb = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 6 }),
      text: fc.constantFrom('', '新', '𠀀', '😀x', '\n', '元'),
    });
    fc.assert(
      fc.property(fc.array(changeArb, { minLength: 1, maxLength: 3 }), (raw) => {
        let text = base;
        const changes: TextChange[] = [];
        for (const r of raw) {
          const rangeOffset = r.at % (text.length + 1);
          const change = { rangeOffset, rangeLength: Math.min(r.length, text.length - rangeOffset), text: r.text };
          changes.push(change);
          text = apply(text, [change]);
        }
        const result = edit(base, annotations, changes);
        for (const a of result.annotations) {
          assert.equal(a.text, text.slice(a.start, a.end));
          assert.equal(a.before ?? '', contextBefore(text, a.start));
          assert.equal(a.after ?? '', contextAfter(text, a.end));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('moveSpan', () => {
  it('returns undefined only when the change covers the whole span', () => {
    assert.equal(moveSpan(5, 10, { rangeOffset: 4, rangeLength: 7, text: 'x' }), undefined);
    assert.deepEqual(moveSpan(5, 10, { rangeOffset: 5, rangeLength: 4, text: '' }), { start: 5, end: 6 });
    assert.deepEqual(moveSpan(5, 10, { rangeOffset: 0, rangeLength: 5, text: '' }), { start: 0, end: 5 });
  });
});
