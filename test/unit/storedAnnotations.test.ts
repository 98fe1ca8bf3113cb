// One rule for the editor and the CLI: stored offsets are trusted only when the hash matches and
// every annotation still covers its text; otherwise they are re-anchored.
import { strict as assert } from 'node:assert';
import { createAnnotation } from '../../src/core/review/review';
import { placeStoredAnnotations } from '../../src/core/review/storedAnnotations';
import { hashText } from '../../src/core/textHash';

const TEXT = '新余高新区一季度签约项目17个，合同资金达65.1亿元。';
const NOW = new Date('2024-01-01T00:00:00Z');
const money = createAnnotation({ label: 'MONEY', start: 21, end: 27, text: '65.1亿元' }, 'accepted', 'li', NOW, TEXT, []);

describe('placeStoredAnnotations', () => {
  it('keeps offsets that fit the text they were written for', () => {
    const result = placeStoredAnnotations(hashText(TEXT), [money], TEXT);
    assert.deepEqual(result.placed, [money]);
    assert.equal(result.newlyOrphaned, 0);
  });

  it('re-anchors an annotation whose offsets are stale although the hash matches', () => {
    const stale = { ...money, start: 23, end: 29 };
    const result = placeStoredAnnotations(hashText(TEXT), [stale], TEXT);
    assert.deepEqual(result.placed.map((a) => [a.start, a.end]), [[21, 27]]);
  });

  it('orphans what the changed text lost, and counts only the new orphans', () => {
    const changed = TEXT.replace('65.1亿元', '七十亿元');
    const result = placeStoredAnnotations(hashText(TEXT), [money], changed);
    assert.equal(result.placed.length, 0);
    assert.equal(result.orphaned[0].orphaned, true);
    assert.equal(result.newlyOrphaned, 1);
    assert.equal(placeStoredAnnotations(hashText(TEXT), result.orphaned, changed).newlyOrphaned, 0);
  });
});
