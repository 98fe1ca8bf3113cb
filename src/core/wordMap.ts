// Words looked up at a position of a text without slicing it: the one lookup every recogniser
// uses. The recognisers test boundaries at every step of a leftward scan, so lookups must be
// cheap and allocation-free. Two character tries (one read forwards, one backwards, each built
// on first use, kept as double arrays) answer "the longest word starting / ending here" in at
// most word-length steps, and usually in none: a typed-array test of the first character rules
// most out.

/** A node of the trie while it is built (then flattened into a `Trie`). */
interface BuildNode<V> {
  next: Map<number, BuildNode<V>> | undefined;
  /** The word the path to this node spells, if it is one. */
  word: string | undefined;
  value: V | undefined;
}

/** A word found at a position: text[start, end) is `word`. */
export interface WordMatch<V> {
  word: string;
  value: V;
  start: number;
  end: number;
}

const newNode = <V>(): BuildNode<V> => ({ next: undefined, word: undefined, value: undefined });

/** Scratch buffer for `covers` (names are short; grown when needed). */
let reachable = new Uint8Array(64);

/**
 * The characters that words start (or end) with, one bit per trie, shared by all maps: a
 * position whose character starts no word is ruled out with one typed-array read instead of a
 * trie lookup. 32 tries share a table of 256 KB, allocated when the first of them is built.
 */
const firstChars: Uint32Array[] = [];
let triesBuilt = 0;

/**
 * The tries of the sets of words made by `of`, by direction and words, for the maps of the same set to share (a
 * trie is the costliest part of reading the first article in a process). Built from the modules' constant lists
 * only, never freed, as the tries themselves.
 */
const sharedTries = new Map<string, Trie<unknown>>();
/** Between the words of a set in its key in `sharedTries` (no word holds it: words are one line of text). */
const WORD_SEPARATOR = '\n';

/**
 * Every character of every word, numbered from 1 in the order the tries met them (0: in no word),
 * shared by all maps: a trie's cells are indexed by these few numbers (about 1,300 for the
 * recognisers' lists), not by the 65,536 units.
 */
const charIds = new Uint16Array(0x10000);
let charCount = 0;

function charId(c: number): number {
  if (charIds[c] === 0) {
    // 65,535 numbers for at most 65,536 units, one of which starts no word (words come from the lexicons).
    if (charCount === 0xffff) throw new Error('WordMap: no character number left');
    charIds[c] = ++charCount;
  }
  return charIds[c];
}

/**
 * A trie as a double array in one typed array of cells: a node is a cell, and its child by the
 * character numbered `id` is the cell `base + id` when that cell says it is this node's child. A
 * step is two reads of one array, the second of which holds the next step's first.
 */
interface Trie<V> {
  /**
   * Per cell, two numbers: at `2 * cell` its base (where its children start, below 0 too; 0 for a leaf), at
   * `2 * cell + 1` its parent times two, plus 1 when the path to it spells a word; -1 when the
   * cell is free (and for the root, cell 0).
   */
  cells: Int32Array;
  /** Number of cells: a child read past them, or before the first (a base below 0), is none. */
  size: number;
  /** Per cell: the word its path spells (undefined when none) and that word's value. */
  words: (string | undefined)[];
  values: (V | undefined)[];
  /** The table of `firstChars` holding this trie's bit, and the bit. */
  chars: Uint32Array;
  bit: number;
}

/** The cell of the child of `node` by the unit `c`, or -1 (`c` a unit of the text, never NaN). */
function childOf<V>(trie: Trie<V>, node: number, c: number): number {
  const child = trie.cells[2 * node] + charIds[c];
  return child >= 0 && child < trie.size && trie.cells[2 * child + 1] >> 1 === node ? child : -1;
}

/** Does the path to `node` spell a word? */
function isWord<V>(trie: Trie<V>, node: number): boolean {
  return (trie.cells[2 * node + 1] & 1) !== 0;
}

export class WordMap<V> {
  private forward: Trie<V> | undefined;
  private backward: Trie<V> | undefined;
  private longestLength: number | undefined;
  /**
   * The cell of the word the last `longestEndingAt` or `longestStartingAt` found (in the trie it read), for
   * `endingAt` and `startingAt` to name it without walking to it again.
   */
  private longestNode = 0;

  /**
   * Keeps the entries, then the words of `valueOfLists`' lists each valued so (`of`); the tries are built on first
   * use, so loading a module builds nothing. A word listed twice keeps its first value.
   */
  constructor(
    private readonly entries: readonly (readonly [string, V])[],
    private readonly lists: readonly (readonly string[])[] = [],
    private readonly valueOfLists?: V,
  ) {}

  /** Length of the longest word. */
  get longest(): number {
    if (this.longestLength === undefined) {
      let max = 0;
      for (const entry of this.entries) if (entry[0].length > max) max = entry[0].length;
      for (const list of this.lists) for (const word of list) if (word.length > max) max = word.length;
      this.longestLength = max;
    }
    return this.longestLength;
  }

  /**
   * A set of words (every value `true`) from one or more lists, kept as they are: a pair per word, built at load for
   * every list of every module, cost more than reading the lists when a trie is built.
   */
  static of(...lists: readonly (readonly string[])[]): WordMap<true> {
    return new WordMap<true>([], lists, true);
  }

  /** The longest word that ends just before `end` and starts at or after `floor`. */
  endingAt(text: string, end: number, floor = 0): WordMatch<V> | undefined {
    const length = this.longestEndingAt(text, end, floor);
    if (length === 0) return undefined;
    const trie = this.backward!;
    const node = this.longestNode;
    return { word: trie.words[node]!, value: trie.values[node] as V, start: end - length, end };
  }

  /** The longest word that starts at `start` and ends at or before `limit`. */
  startingAt(text: string, start: number, limit = text.length): WordMatch<V> | undefined {
    const length = this.longestStartingAt(text, start, limit);
    if (length === 0) return undefined;
    const trie = this.forward!;
    const node = this.longestNode;
    return { word: trie.words[node]!, value: trie.values[node] as V, start, end: start + length };
  }

  /** False when no word starts with the character `c`: one typed-array read, for scans that test several maps. */
  mayStartWith(c: number): boolean {
    const trie = this.forward ?? (this.forward = this.trie(1));
    return (trie.chars[c] & trie.bit) !== 0;
  }

  /** False when no word ends with the character `c`: one typed-array read, for loops over a whole text. */
  mayEndWith(c: number): boolean {
    const trie = this.backward ?? (this.backward = this.trie(-1));
    return (trie.chars[c] & trie.bit) !== 0;
  }

  /** Length of the longest word that ends just before `end` and starts at or after `floor`, else 0. */
  longestEndingAt(text: string, end: number, floor = 0): number {
    // Nothing to read (the text's start or end, asked often): said before reading, since one read
    // out of the text makes V8 throw away and recompile this function and every one it is inlined in.
    if (end <= floor || end > text.length) return 0;
    const trie = this.backward ?? (this.backward = this.trie(-1));
    if ((trie.chars[text.charCodeAt(end - 1)] & trie.bit) === 0) return 0;
    // The steps of `childOf`, written out: this loop runs at almost every character a scan reads.
    const { cells, size } = trie;
    const lo = floor > 0 ? floor : 0;
    let node = 0;
    let best = 0;
    for (let k = end - 1; k >= lo; k--) {
      const child = cells[2 * node] + charIds[text.charCodeAt(k)];
      if (child < 0 || child >= size) break;
      const parent = cells[2 * child + 1];
      if (parent >> 1 !== node) break;
      node = child;
      if ((parent & 1) !== 0) {
        best = end - k;
        this.longestNode = node;
      }
    }
    return best;
  }

  /**
   * Calls `visit` with the length of every word that ends just before `end` (shortest first): for a reading that
   * anchors words by their last unit but needs each of them, not the longest only.
   */
  forEachEndingAt(text: string, end: number, visit: (length: number) => void): void {
    if (end <= 0 || end > text.length) return;
    const trie = this.backward ?? (this.backward = this.trie(-1));
    if ((trie.chars[text.charCodeAt(end - 1)] & trie.bit) === 0) return;
    let node = 0;
    for (let k = end - 1; k >= 0; k--) {
      node = childOf(trie, node, text.charCodeAt(k));
      if (node < 0) return;
      if (isWord(trie, node)) visit(end - k);
    }
  }

  /** Length of the longest word that starts at `start` and ends at or before `limit`, else 0. */
  longestStartingAt(text: string, start: number, limit = text.length): number {
    // As in longestEndingAt: no read out of the text.
    if (start < 0 || start >= limit || start >= text.length) return 0;
    const trie = this.forward ?? (this.forward = this.trie(1));
    if ((trie.chars[text.charCodeAt(start)] & trie.bit) === 0) return 0;
    const { cells, size } = trie;
    const hi = limit < text.length ? limit : text.length;
    let node = 0;
    let best = 0;
    for (let k = start; k < hi; k++) {
      const child = cells[2 * node] + charIds[text.charCodeAt(k)];
      if (child < 0 || child >= size) break;
      const parent = cells[2 * child + 1];
      if (parent >> 1 !== node) break;
      node = child;
      if ((parent & 1) !== 0) {
        best = k + 1 - start;
        this.longestNode = node;
      }
    }
    return best;
  }

  /** True when a word lies wholly inside text[start, end). */
  occursIn(text: string, start: number, end: number): boolean {
    const trie = (this.forward ??= this.trie(1));
    for (let i = start; i < end; i++) {
      // The first character rules most positions out: test it here, without a call.
      if ((trie.chars[text.charCodeAt(i)] & trie.bit) !== 0 && this.longestStartingAt(text, i, end) > 0) return true;
    }
    return false;
  }

  /** True when text[start, end) is a sequence of words of this map (and not empty). */
  covers(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n <= 0) return false;
    const trie = (this.forward ??= this.trie(1));
    // Most stretches asked about open with a character no word starts with, or end with one no word
    // ends with: no scratch to clear.
    if ((trie.chars[text.charCodeAt(start)] & trie.bit) === 0) return false;
    const backward = (this.backward ??= this.trie(-1));
    if ((backward.chars[text.charCodeAt(end - 1)] & backward.bit) === 0) return false;
    if (reachable.length < n + 1) reachable = new Uint8Array(2 * n + 2);
    reachable.fill(0, 0, n + 1);
    reachable[0] = 1;
    for (let k = 0; k < n; k++) {
      if (!reachable[k]) continue;
      // A word must start here: most positions are ruled out by their first character.
      if ((trie.chars[text.charCodeAt(start + k)] & trie.bit) === 0) continue;
      let node = 0;
      for (let j = start + k; j < end; j++) {
        node = childOf(trie, node, text.charCodeAt(j));
        if (node < 0) break;
        if (isWord(trie, node)) reachable[j + 1 - start] = 1;
      }
    }
    return reachable[n] === 1;
  }

  /** The trie of the words read forwards (`step` 1) or backwards (-1). */
  private build(step: 1 | -1): Trie<V> {
    const table = triesBuilt >> 5;
    const chars = (firstChars[table] ??= new Uint32Array(0x10000));
    // Signed: the 32nd bit as an unsigned number (2^31) is no small integer to V8, and a trie
    // holding it changed every trie's shape, deoptimising the scans that read them. Tests with
    // `&` read it the same either way.
    const bit = 1 << (triesBuilt & 31);
    triesBuilt++;
    const root = newNode<V>();
    // Entries read by index, not destructured: most tries are built before V8 compiles this, and the interpreter
    // walks an iterator for every `[word, value]`.
    for (const entry of this.entries) addWord(root, entry[0], entry[1], step, chars, bit);
    for (const list of this.lists) for (const word of list) addWord(root, word, this.valueOfLists as V, step, chars, bit);
    return flatten(root, chars, bit);
  }

  /**
   * The trie of the words read in the direction `step`: a set of words (`of`) that another map holds too (the places,
   * the boundary words: modules make the same set several times) shares that map's trie, built once.
   */
  private trie(step: 1 | -1): Trie<V> {
    if (this.entries.length > 0 || this.valueOfLists !== true) return this.build(step);
    const key = `${step}${WORD_SEPARATOR}${this.lists.map((list) => list.join(WORD_SEPARATOR)).join(WORD_SEPARATOR)}`;
    let trie = sharedTries.get(key) as Trie<V> | undefined;
    if (trie === undefined) {
      trie = this.build(step);
      sharedTries.set(key, trie as Trie<unknown>);
    }
    return trie;
  }
}

/** Adds `word` to the trie at `root` read in the direction `step`, and marks the first character read in `chars`. */
function addWord<V>(root: BuildNode<V>, word: string, value: V, step: number, chars: Uint32Array, bit: number): void {
  if (word.length === 0) return;
  const from = step === 1 ? 0 : word.length - 1;
  chars[word.charCodeAt(from)] |= bit;
  insert(root, word, value, from, step);
}

function insert<V>(root: BuildNode<V>, word: string, value: V, from: number, step: number): void {
  let node = root;
  for (let k = from; k >= 0 && k < word.length; k += step) {
    const c = word.charCodeAt(k);
    node.next ??= new Map();
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  if (node.word === undefined) {
    node.word = word;
    node.value = value;
  }
}

/**
 * The built trie as a double array: the root is cell 0, and the children of each node, in breadth-first
 * order, are placed at the lowest base where every cell they need is free.
 */
function flatten<V>(root: BuildNode<V>, chars: Uint32Array, bit: number): Trie<V> {
  const space = new FreeCells();
  const order: BuildNode<V>[] = [root];
  const cellOf: number[] = [0];
  const ids: number[] = [];
  const kids: BuildNode<V>[] = [];
  // `forEach`, not `for (const [c, child] of next)`: no iterator nor entry pair per child in the interpreter, which
  // builds most tries (each is built once, mostly before V8 compiles this).
  const addChild = (child: BuildNode<V>, c: number): void => {
    ids.push(charId(c));
    kids.push(child);
  };
  for (let i = 0; i < order.length; i++) {
    const next = order[i].next;
    if (next === undefined) continue;
    ids.length = 0;
    kids.length = 0;
    next.forEach(addChild);
    const base = space.baseFor(ids);
    space.cells[2 * cellOf[i]] = base;
    for (let k = 0; k < ids.length; k++) {
      space.take(base + ids[k], (cellOf[i] << 1) | (kids[k].word !== undefined ? 1 : 0));
      order.push(kids[k]);
      cellOf.push(base + ids[k]);
    }
  }
  const size = space.size;
  const words: (string | undefined)[] = new Array<string | undefined>(size).fill(undefined);
  const values: (V | undefined)[] = new Array<V | undefined>(size).fill(undefined);
  for (let i = 0; i < order.length; i++) {
    words[cellOf[i]] = order[i].word;
    values[cellOf[i]] = order[i].value;
  }
  return { cells: space.cells.slice(0, 2 * size), size, words, values, chars, bit };
}

/**
 * The cells of a double array while it is filled, and which are free: `skip` sends a taken cell to a
 * later one from which to look on, the path shortened as it is read, so that the free cell at or
 * after a given one is found in a step or two (written with plain loops: a trie is built once, mostly
 * before V8 has compiled this).
 */
class FreeCells {
  /**
   * As in `Trie.cells`: per cell its base (0 for a leaf) and its parent times two plus its word bit; -1 (both) when
   * free. Set by typed-array fills, not a loop per cell: most tries are built before V8 compiles this.
   */
  cells = new Int32Array(256).fill(-1);
  /** Per cell: 0 when free, else a later cell to look on from (a zeroed array is all free). */
  private skip = new Int32Array(128);
  /** One past the last cell taken. */
  size = 1;

  constructor() {
    // The root, cell 0, is taken, a leaf until given a base; its parent stays -1 (no node's).
    this.cells[0] = 0;
    this.skip[0] = 1;
  }

  /**
   * The lowest base from which the children numbered `ids` all take free cells, below 0 when their numbers are high:
   * characters are numbered across all tries (about 1,300), and a base kept at 0 or above set a small trie's
   * children as many cells away from its root, every cell between made, copied and read past for nothing.
   */
  baseFor(ids: readonly number[]): number {
    let low = ids[0];
    for (let k = 1; k < ids.length; k++) if (ids[k] < low) low = ids[k];
    for (let at = this.freeFrom(1); ; at = this.freeFrom(at + 1)) {
      const base = at - low;
      let k = 0;
      while (k < ids.length && this.isFree(base + ids[k])) k++;
      if (k === ids.length) return base;
    }
  }

  take(cell: number, parent: number): void {
    if (cell >= this.skip.length) this.grow(cell + 1);
    this.cells[2 * cell] = 0;
    this.cells[2 * cell + 1] = parent;
    this.skip[cell] = cell + 1;
    if (cell + 1 > this.size) this.size = cell + 1;
  }

  private isFree(cell: number): boolean {
    return cell >= this.skip.length || this.skip[cell] === 0;
  }

  /** The first free cell at or after `cell`. */
  private freeFrom(cell: number): number {
    let free = cell;
    while (!this.isFree(free)) free = this.skip[free];
    for (let c = cell; c < free; ) {
      const after = this.skip[c];
      this.skip[c] = free;
      c = after;
    }
    return free;
  }

  private grow(cells: number): void {
    const length = Math.max(cells, 2 * this.skip.length);
    const skip = new Int32Array(length);
    skip.set(this.skip);
    const pairs = new Int32Array(2 * length);
    pairs.set(this.cells);
    pairs.fill(-1, this.cells.length);
    this.skip = skip;
    this.cells = pairs;
  }
}

