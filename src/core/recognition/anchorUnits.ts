// Where a folded paragraph's finders start. Each finder looks for its anchors by a few units they
// hold (a digit or a numeral for amounts, the last unit of a park's suffix, the 项 of 项目, the 是 of a
// clause saying what a firm is …); every such unit of a paragraph is found in one pass over it, which
// records its positions by kind, so that no finder reads the whole paragraph again for its own (each
// such read was a pass of its own: a table loop, a regex over a character class, an `includes`).
//
// A finder declares its kind once, at load (`unitKind('公集会')`). The recogniser finds the units of
// every kind declared while it folds a paragraph (`foldWithAnchors`: the fold reads every unit anyway)
// and hands them to every finder; a finder called alone finds its text's by a scan (`anchorUnits`).
import { foldText, type FoldedText, type UnitMarks } from '../fold';

/** A kind of anchor unit: the units it holds. */
export interface UnitKind {
  readonly units: string;
  /** Index of its positions in an `AnchorUnits`. */
  readonly id: number;
}

const kinds: UnitKind[] = [];

/** Most kinds: their ids (plus 1) fit in a byte, beside MANY. */
const MAX_KINDS = 254;
/** A unit several kinds hold (their ids are then read from `kinds`). */
const MANY = 0xff;

/**
 * Per UTF-16 unit: 0 when no kind holds it, else the id of the one kind holding it plus 1, or MANY;
 * rebuilt when a kind is declared after it was built.
 */
let unitKinds: Uint8Array | undefined;

/** Declares a kind of anchor unit (at load: each finder names the units its anchors hold). */
export function unitKind(units: string): UnitKind {
  if (kinds.length >= MAX_KINDS) throw new Error('unitKind: too many kinds');
  const kind: UnitKind = { units, id: kinds.length };
  kinds.push(kind);
  unitKinds = undefined;
  return kind;
}

/** Per UTF-16 unit, whether some kind holds it (non-zero) and which (see `unitKinds`). */
export function anchorUnitTable(): Uint8Array {
  if (unitKinds) return unitKinds;
  const table = new Uint8Array(0x10000);
  for (const kind of kinds) {
    for (let i = 0; i < kind.units.length; i++) {
      const c = kind.units.charCodeAt(i);
      table[c] = table[c] === 0 || table[c] === kind.id + 1 ? kind.id + 1 : MANY;
    }
  }
  unitKinds = table;
  sharedUnits = new Map();
  return table;
}

/** The ids of the kinds holding a unit several kinds hold (MANY in the table). */
let sharedUnits = new Map<number, number[]>();

function kindsHolding(unit: number): number[] {
  let ids = sharedUnits.get(unit);
  if (!ids) sharedUnits.set(unit, (ids = kinds.filter((kind) => kind.units.includes(String.fromCharCode(unit))).map((kind) => kind.id)));
  return ids;
}

/** No positions: an array of the same elements kind as the lists (`new Array(n)`), so that their readers see one. */
const NONE: readonly number[] = new Array<number>(0);

/** Per kind (by id), the positions counted and not yet written (all zero between two texts). */
let sizes = new Int32Array(0);

/** The positions of a text's anchor units, by kind, each list ascending. */
export class AnchorUnits {
  /** Per kind (by id), its positions; undefined when the text holds none. */
  private readonly lists: (number[] | undefined)[];

  /**
   * `marked[0 … count - 1]`: where the text's anchor units are, ascending. Each kind's list is made at its size,
   * counted first: a list grown by `push` from empty takes room for 16 positions at once, and a paragraph
   * holds units of a few dozen kinds, one or two of most; those rooms were an eighth of all the engine allocated.
   */
  constructor(readonly text: string, marked: Int32Array, count: number) {
    const table = anchorUnitTable();
    if (sizes.length < kinds.length) sizes = new Int32Array(kinds.length);
    for (let j = 0; j < count; j++) {
      const id = table[text.charCodeAt(marked[j])];
      if (id !== MANY) sizes[id - 1]++;
      else for (const k of kindsHolding(text.charCodeAt(marked[j]))) sizes[k]++;
    }
    // At its size too: written at a far index, an empty array grows by half as much again.
    const lists = (this.lists = new Array<number[] | undefined>(kinds.length));
    for (let k = 0; k < kinds.length; k++) if (sizes[k] > 0) lists[k] = new Array<number>(sizes[k]);
    // Filled from the end: `sizes` counts down the positions of each kind still to be written, back to zero.
    for (let j = count - 1; j >= 0; j--) {
      const at = marked[j];
      const id = table[text.charCodeAt(at)];
      if (id !== MANY) (lists[id - 1] as number[])[--sizes[id - 1]] = at;
      else for (const k of kindsHolding(text.charCodeAt(at))) (lists[k] as number[])[--sizes[k]] = at;
    }
  }

  /** How many units of `kind` the text holds. */
  count(kind: UnitKind): number {
    return this.lists[kind.id]?.length ?? 0;
  }

  /** Where the units of `kind` are, ascending. */
  positions(kind: UnitKind): readonly number[] {
    return this.lists[kind.id] ?? NONE;
  }

  /** The positions of `kind`, read forward (see AnchorCursor). */
  cursor(kind: UnitKind): AnchorCursor {
    return new AnchorCursor(this.positions(kind));
  }

  /** Does one of `words` (two units or more, each opening with a unit of `kind`) occur in the text? */
  holds(kind: UnitKind, ...words: readonly string[]): boolean {
    const text = this.text;
    for (const at of this.positions(kind)) {
      // The unit after is read first: most units of a kind open none of the words asked about.
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : -1;
      for (const word of words) if (word.charCodeAt(1) === next && text.startsWith(word, at)) return true;
    }
    return false;
  }
}

/**
 * The listed positions of one kind read in ascending order from increasing starting points (a
 * finder's scan moving forward): each `next` goes on from where the last one stopped.
 */
export class AnchorCursor {
  private at = 0;

  constructor(private readonly list: readonly number[]) {}

  /** The first listed position at or after `from`, or -1. */
  next(from: number): number {
    const list = this.list;
    // A scan never moves back; if one did, the search starts over.
    if (this.at > 0 && list[this.at - 1] >= from) this.at = 0;
    while (this.at < list.length && list[this.at] < from) this.at++;
    return this.at < list.length ? list[this.at] : -1;
  }
}

/** What the fold records the anchor units in (read right after each fold, so one serves every fold). */
let marks: UnitMarks | undefined;

/**
 * `foldText(original, start, end)` and the anchor units of the folded text, found by the fold's own
 * pass: the fold reads every unit anyway, and marking the few anchor units costs it little.
 */
export function foldWithAnchors(original: string, start = 0, end = original.length): { folded: FoldedText; anchors: AnchorUnits } {
  const table = anchorUnitTable();
  if (marks?.table !== table) marks = { table, positions: new Int32Array(1 << 12), count: 0 };
  const folded = foldText(original, start, end, marks);
  return { folded, anchors: new AnchorUnits(folded.text, marks.positions, marks.count) };
}

/** Scratch for the positions a scan finds, before they are grouped (read at once: never shared). */
let scratch = new Int32Array(1 << 12);

/** The anchor units of `text` for every kind declared, found by a scan of its own. */
export function anchorUnits(text: string): AnchorUnits {
  const table = anchorUnitTable();
  if (scratch.length < text.length) scratch = new Int32Array(2 * text.length);
  const marked = scratch;
  let count = 0;
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] !== 0) marked[count++] = i;
  return new AnchorUnits(text, marked, count);
}
