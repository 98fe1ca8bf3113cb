import { strict as assert } from 'node:assert';
import { firstStartingAt, lastSpan } from '../../src/core/sortedSpans';

describe('sortedSpans', () => {
  const spans = [{ start: 2, end: 5 }, { start: 7, end: 9 }, { start: 7, end: 12 }];

  it('finds the first span starting at or after an offset', () => {
    assert.equal(firstStartingAt(spans, 0), 0);
    assert.equal(firstStartingAt(spans, 3), 1);
    assert.equal(firstStartingAt(spans, 7), 1);
    assert.equal(firstStartingAt(spans, 13), 3);
  });

  it('gives the last span, and undefined for an empty list', () => {
    assert.equal(lastSpan(spans), spans[2]);
    assert.equal(lastSpan([]), undefined);
  });
});
