import { strict as assert } from 'node:assert';
import { CharTrie } from '../../src/core/workspaceLexicon/charTrie';

/** Every (start, word) the trie finds in `text` by longestAt at each position allowed by mayStartAt. */
function longestEverywhere(trie: CharTrie, words: readonly string[], text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const node = trie.mayStartAt(text, i) ? trie.longestAt(text, i, text.length) : 0;
    if (node === 0) continue;
    const word = words[trie.wordOf(node)];
    assert.equal(trie.lengthOf(node), word.length);
    found.push(`${i}:${word}`);
  }
  return found;
}

/** The same by brute force over the list. */
function expected(words: readonly string[], text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const here = words.filter((w) => text.startsWith(w, i)).sort((a, b) => b.length - a.length);
    if (here.length > 0) found.push(`${i}:${here[0]}`);
  }
  return found;
}

describe('CharTrie (the workspace lexicon’s names and rejected strings)', () => {
  it('finds the longest word at each position, and its list index', () => {
    const words = ['苏州', '苏州高新区', '苏州高新区投资集团', '高新区', '甲乙科技有限公司'];
    const trie = new CharTrie(words);
    const text = '苏州高新区投资集团与甲乙科技有限公司在苏州高新区签约。苏州';
    assert.deepEqual(longestEverywhere(trie, words, text), expected(words, text));
    assert.deepEqual(longestEverywhere(trie, words, text).slice(0, 3), ['0:苏州高新区投资集团', '2:高新区', '10:甲乙科技有限公司']);
  });

  it('stops at the limit given', () => {
    const words = ['苏州', '苏州高新区'];
    const trie = new CharTrie(words);
    assert.equal(words[trie.wordOf(trie.longestAt('苏州高新区', 0, 4))], '苏州');
    assert.equal(trie.longestAt('苏州高新区', 0, 1), 0);
  });

  it('tells whether a slice of the text is a word, without a prefix or a longer word counting', () => {
    const trie = new CharTrie(['丙丁公司', '丙丁公司分公司']);
    const text = '近日丙丁公司分公司签约';
    assert.ok(trie.has(text, 2, 6));
    assert.ok(trie.has(text, 2, 9));
    assert.ok(!trie.has(text, 2, 5), 'a prefix of a word');
    assert.ok(!trie.has(text, 2, 8));
    assert.ok(!trie.has(text, 3, 6));
    assert.ok(!trie.has(text, 2, 2), 'the empty slice');
  });

  it('a word listed twice keeps its first index', () => {
    const trie = new CharTrie(['甲园', '乙园', '甲园']);
    assert.equal(trie.wordOf(trie.longestAt('甲园', 0, 2)), 0);
  });

  it('one-unit words are found (the pair filter cannot rule their positions out), also at the end of the text', () => {
    const words = ['园', '园区', 'A'];
    const trie = new CharTrie(words);
    const text = 'xA园区与园';
    assert.deepEqual(longestEverywhere(trie, words, text), ['1:A', '2:园区', '5:园']);
  });

  it('an empty list matches nothing', () => {
    const trie = new CharTrie([]);
    assert.equal(trie.longestAt('任何文字', 0, 4), 0);
    assert.ok(!trie.mayStartAt('任何文字', 0));
    assert.ok(!trie.has('任何文字', 0, 4));
  });

  let seed = 7;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const pick = (units: string, length: number) => Array.from({ length }, () => units[random(units.length)]).join('');

  it('agrees with a brute-force search on many words sharing prefixes and units', () => {
    const units = '苏州高新区园产业甲乙丙丁';
    const words = [...new Set(Array.from({ length: 3000 }, () => pick(units, 1 + random(6))))];
    const trie = new CharTrie(words);
    const text = pick(units, 5000);
    assert.deepEqual(longestEverywhere(trie, words, text), expected(words, text));
    for (const word of words.slice(0, 200)) assert.ok(trie.has(`前${word}后`, 1, 1 + word.length), word);
  });

  it('nextStart skips only positions where no word starts (words of two units or more, text mostly other units)', () => {
    // Their first units never come later in a word, nor the later ones first: a skip must
    // consult both sets.
    const words = [...new Set(Array.from({ length: 300 }, () => pick('甲乙丙丁', 1) + pick('园区产业基地', 1 + random(4))))];
    const trie = new CharTrie(words);
    // Words among units that start none, so that whole stretches are skipped two at a time.
    const text = Array.from({ length: 400 }, () => (random(3) === 0 ? words[random(words.length)] : pick('的了在和是有为与签约项目', 1 + random(4)))).join('');
    const starts: number[] = [];
    for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i + 1)) starts.push(i);
    const possible = expected(words, text).map((hit) => Number(hit.split(':')[0]));
    for (const at of possible) assert.ok(starts.includes(at), `a word starts at ${at}`);
    assert.ok(starts.length < text.length / 2, `most positions skipped (${starts.length} of ${text.length})`);
    assert.equal(trie.nextStart(text, text.length), text.length);
  });

  it('nextStart rules out a whole window of the shortest word’s length, never a position where a word starts', () => {
    // Shortest words of three, four and more units (the window stops at four); their heads share
    // no unit with the filler, so most of the text is skipped a window at a time.
    for (const shortest of [3, 4, 6]) {
      const words = [...new Set(Array.from({ length: 300 }, () => pick('甲乙丙丁戊', 1) + pick('园区产业基地港', shortest - 1 + random(3))))];
      const trie = new CharTrie(words);
      const text = Array.from({ length: 400 }, () => (random(3) === 0 ? words[random(words.length)] : pick('的了在和是有为与签约项目', 1 + random(5)))).join('');
      const starts: number[] = [];
      for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i + 1)) starts.push(i);
      const possible = expected(words, text).map((hit) => Number(hit.split(':')[0]));
      for (const at of possible) assert.ok(starts.includes(at), `shortest ${shortest}: a word starts at ${at}`);
      assert.ok(starts.length < text.length / 2, `shortest ${shortest}: most positions skipped (${starts.length} of ${text.length})`);
      // A word at the very end, shorter than a window from the last positions, is still found.
      const tail = `的了${words[0]}`;
      assert.equal(trie.nextStart(tail, 0), 2, `shortest ${shortest}: the word at the end`);
    }
  });

  it('nextStart with a one-unit word among longer ones skips nothing that could start it', () => {
    const words = ['园', '甲乙丙丁产业园'];
    const trie = new CharTrie(words);
    const text = '的了在园和是甲乙丙丁产业园';
    const starts: number[] = [];
    for (let i = trie.nextStart(text, 0); i < text.length; i = trie.nextStart(text, i + 1)) starts.push(i);
    assert.deepEqual(starts.filter((at) => trie.longestAt(text, at, text.length) !== 0), [3, 6, 12]);
  });
});
