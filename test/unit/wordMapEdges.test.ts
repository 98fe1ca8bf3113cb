// WordMap's longest-word reads at the edges of the text and of the range asked: they answer 0
// without reading out of the text (see src/core/wordMap.ts), and still find a word that fits exactly.
import { strict as assert } from 'node:assert';
import { WordMap } from '../../src/core/wordMap';

describe('WordMap at the edges of the text', () => {
  const words = new WordMap([['开发区', 1], ['区', 2]]);
  const text = '开发区';

  it('finds the longest word ending at the text end, and none ending at or past its edges', () => {
    assert.equal(words.longestEndingAt(text, 3), 3);
    assert.equal(words.longestEndingAt(text, 3, 1), 1);
    assert.equal(words.longestEndingAt(text, 3, 3), 0);
    assert.equal(words.longestEndingAt(text, 0), 0);
    assert.equal(words.longestEndingAt(text, 4), 0);
    assert.equal(words.longestEndingAt('', 0), 0);
  });

  it('finds the longest word starting at the text start, and none starting at or past its edges', () => {
    assert.equal(words.longestStartingAt(text, 0), 3);
    assert.equal(words.longestStartingAt(text, 2), 1);
    assert.equal(words.longestStartingAt(text, 0, 2), 0);
    assert.equal(words.longestStartingAt(text, 2, 2), 0);
    assert.equal(words.longestStartingAt(text, 3), 0);
    assert.equal(words.longestStartingAt(text, -1), 0);
    assert.equal(words.longestStartingAt(text, 3, 10), 0);
  });

  it('says which characters may start a word: the first of each, not one only inside or at the end of one', () => {
    const opened = WordMap.of(['园区', '港口']);
    assert.deepEqual(['园', '港', '区', '口', '开'].map((c) => opened.mayStartWith(c.charCodeAt(0))), [true, true, false, false, false]);
  });

  it('keeps the tries apart whichever bit of the shared first-character tables each holds (the 32nd is the sign bit)', () => {
    // 33 tries built one after another hold every bit of a table once, whatever was built before.
    const maps = Array.from({ length: 33 }, (_, i) => new WordMap([[`词${String.fromCharCode(0x4e00 + i)}`, i]]));
    maps.forEach((map, i) => {
      const own = `词${String.fromCharCode(0x4e00 + i)}`;
      const other = `词${String.fromCharCode(0x4e00 + ((i + 1) % 33))}`;
      assert.deepEqual([map.longestStartingAt(own, 0), map.longestEndingAt(own, 2), map.mayEndWith(own.charCodeAt(1))], [2, 2, true], own);
      assert.deepEqual([map.longestStartingAt(other, 0), map.longestEndingAt(other, 2), map.mayEndWith(other.charCodeAt(1))], [0, 0, false], other);
    });
  });
});
