// WordMap's tries (src/core/wordMap.ts, double arrays over characters numbered across all maps): every
// lookup answers what a plain reading of the word list answers, whatever the words share, whatever the
// maps built before or after it numbered.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { WordMap } from '../../src/core/wordMap';

/** The longest word of `words` that starts at `start` and ends by `limit`, read plainly. */
function longestStarting(words: readonly string[], text: string, start: number, limit: number): number {
  let best = 0;
  for (const w of words) if (w.length > best && start + w.length <= Math.min(limit, text.length) && text.startsWith(w, start)) best = w.length;
  return best;
}

function longestEnding(words: readonly string[], text: string, end: number, floor: number): number {
  let best = 0;
  for (const w of words) if (w.length > best && end - w.length >= Math.max(floor, 0) && end <= text.length && text.startsWith(w, end - w.length)) best = w.length;
  return best;
}

/** A few characters, so that words share beginnings and ends and texts hold them often. */
const CHARS = ['园', '区', '产', '业', '高', '新', '港', '湾', 'A'];
const word = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
const text = fc.array(fc.constantFrom(...CHARS, '的', ','), { maxLength: 24 }).map((cs) => cs.join(''));

describe('WordMap tries', () => {
  it('name every word ending at a position, shortest first, as a plain reading of the list does', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (words, t) => {
        const map = WordMap.of(words);
        for (let end = 0; end <= t.length; end++) {
          const lengths: number[] = [];
          map.forEachEndingAt(t, end, (length) => lengths.push(length));
          const plain = [...new Set(words.filter((w) => w.length <= end && t.startsWith(w, end - w.length)).map((w) => w.length))].sort((a, b) => a - b);
          assert.deepEqual(lengths, plain, `${words} ${t} ${end}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('find the longest word starting or ending at every position, as a plain reading of the list does', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), text, (words, t) => {
        const map = WordMap.of(words);
        for (let i = 0; i <= t.length; i++) {
          for (const bound of [t.length, i + 2, i - 2]) {
            assert.equal(map.longestStartingAt(t, i, bound), longestStarting(words, t, i, bound), `${words} ${t} ${i}`);
            assert.equal(map.longestEndingAt(t, i, bound), longestEnding(words, t, i, bound), `${words} ${t} ${i}`);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('say whether a word lies in a stretch and whether words cover it, as a plain reading does', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), text, fc.nat(24), fc.nat(24), (words, t, a, b) => {
        const map = WordMap.of(words);
        const [start, end] = a <= b ? [a, Math.min(b, t.length)] : [b, Math.min(a, t.length)];
        const stretch = t.slice(start, end);
        const occurs = words.some((w) => stretch.includes(w));
        assert.equal(map.occursIn(t, start, end), occurs, `${words} ${stretch}`);
        const reach = [true];
        for (let k = 1; k <= stretch.length; k++) reach.push(words.some((w) => k >= w.length && reach[k - w.length] && stretch.startsWith(w, k - w.length)));
        assert.equal(map.covers(t, start, end), stretch.length > 0 && reach[stretch.length], `${words} ${stretch}`);
      }),
      { numRuns: 300 },
    );
  });

  it('answer as a plain reading for a small map of characters numbered high (its bases below 0)', () => {
    // Characters numbered first by another map, then a small map of characters numbered after them: its root's
    // children take the first free cells, so its bases fall below 0, and a text unit numbered low (or in no word)
    // reads a cell before the first.
    const early = Array.from({ length: 400 }, (_, k) => String.fromCharCode(0x4e00 + 3 * k) + String.fromCharCode(0x4e01 + 3 * k));
    assert.ok(WordMap.of(early).mayStartWith(0x4e00));
    const late = ['港湾', '湾区', '产业园', '园'];
    const map = WordMap.of(late);
    const texts = ['一港湾区产业园丁', '园' + early[0] + '港湾', early.slice(0, 6).join('') + '产业园区'];
    for (const t of texts) {
      for (let i = 0; i <= t.length; i++) {
        assert.equal(map.longestStartingAt(t, i), longestStarting(late, t, i, t.length), `${t} ${i}`);
        assert.equal(map.longestEndingAt(t, i), longestEnding(late, t, i, 0), `${t} ${i}`);
      }
      assert.equal(map.occursIn(t, 0, t.length), late.some((w) => t.includes(w)));
    }
    assert.equal(map.covers('港湾产业园', 0, 5), true);
    assert.equal(map.covers('港' + early[0], 0, 3), false);
  });

  it('give each word found its own value (the first listed of a word listed twice)', () => {
    const map = new WordMap([['高新区', 1], ['新区', 2], ['高新区', 3], ['区', 4]]);
    assert.deepEqual(map.startingAt('在高新区内', 1), { word: '高新区', value: 1, start: 1, end: 4 });
    assert.deepEqual(map.endingAt('在高新区内', 4, 2), { word: '新区', value: 2, start: 2, end: 4 });
    assert.deepEqual(map.endingAt('在高新区内', 4, 3), { word: '区', value: 4, start: 3, end: 4 });
    assert.equal(map.startingAt('在高新区内', 0), undefined);
  });

  it('answer alike for maps of the same set of words, however it is split into lists, and apart for other sets', () => {
    const whole = WordMap.of(['滨湖', '滨湖新城', '湖畔']);
    const split = WordMap.of(['滨湖'], ['滨湖新城', '湖畔']);
    // The same words joined otherwise are another set: `滨湖新城` and `湖畔` are not `滨湖新城湖畔`.
    const joined = WordMap.of(['滨湖', '滨湖新城湖畔']);
    const text = '在滨湖新城湖畔';
    for (const map of [whole, split]) {
      assert.deepEqual([map.longestStartingAt(text, 1), map.longestEndingAt(text, 7), map.longestEndingAt(text, 5)], [4, 2, 4]);
    }
    assert.deepEqual([joined.longestStartingAt(text, 1), joined.longestEndingAt(text, 7), joined.longestEndingAt(text, 5)], [6, 6, 0]);
  });

  it('find nothing at characters that maps made later numbered, nor at characters no word holds', () => {
    const earlier = WordMap.of(['湖畔']);
    earlier.longestStartingAt('湖畔', 0);
    earlier.longestEndingAt('湖畔', 2);
    // Built after: its characters are numbered after every cell of the earlier trie.
    const later = WordMap.of(['𪚥龘齉', '湖畔龘']);
    assert.equal(later.longestStartingAt('湖畔龘', 0), 3);
    assert.deepEqual([earlier.longestStartingAt('湖畔龘', 0), earlier.longestStartingAt('龘湖畔', 0), earlier.longestEndingAt('湖畔龘', 3)], [2, 0, 0]);
    assert.deepEqual([earlier.longestStartingAt('湖\uffff', 0), earlier.longestEndingAt('\u0000畔', 2)], [0, 0]);
  });
});
