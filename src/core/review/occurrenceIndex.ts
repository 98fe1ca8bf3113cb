// Finds, for many annotations at once, the best place of each one's text in a haystack (the new
// article text, or the text a reload put in place of the old): most stored context in common,
// then nearest an expected start, then the earliest. A search of the whole haystack per
// annotation made re-anchoring quadratic (16,000 annotations: 78 s), so the haystack is indexed
// once: every occurrence of every text wanted, found in one pass per text length, and, built
// when first asked for, the occurrences grouped by the k units before or after them.
// A search looks first at the occurrences nearest the expected place (an annotation that merely
// moved has its whole context there); otherwise it visits context groups from the most shared
// context down and stops when no unvisited occurrence can share as much as the best found. What
// stays costly: a text whose context changed and that repeats with the same 16 units around it
// many times over (the tied occurrences are all visited to find the nearest).
// Pure: no `vscode` import.
import { countBelow } from '../sortedNumbers';

/** What a search needs to know about the annotation it places. */
export interface AnchorHint {
  readonly text: string;
  readonly before?: string;
  readonly after?: string;
}

/** Occurrences visited nearest-first before the search by context groups takes over. */
export const NEAREST_FIRST_BUDGET = 64;
/** Texts of one length searched with indexOf, one after another; more share one hashing pass. */
const INDEX_OF_TEXTS = 2;

interface Candidate {
  at: number;
  same: number;
  distance: number;
}

export class OccurrenceIndex {
  private readonly starts = new Map<string, number[]>();
  /** Per text, per level and side (2 × level, + 1 after), the starts by the context read there. */
  private readonly groups = new Map<string, Map<string, number[]>[]>();

  /**
   * Indexes the occurrences of `texts` inside `haystack[from, to)`. `nearestFirstBudget`: how many
   * occurrences a search visits nearest-first before it searches by context (tests lower it).
   */
  constructor(
    private readonly haystack: string,
    texts: Iterable<string>,
    private readonly from = 0,
    private readonly to = haystack.length,
    private readonly nearestFirstBudget = NEAREST_FIRST_BUDGET,
  ) {
    const byLength = new Map<number, Set<string>>();
    for (const text of texts) {
      if (!text || this.starts.has(text)) continue;
      this.starts.set(text, []);
      const same = byLength.get(text.length) ?? new Set<string>();
      same.add(text);
      byLength.set(text.length, same);
    }
    for (const [length, same] of byLength) {
      if (same.size <= INDEX_OF_TEXTS) for (const text of same) this.searchOne(text);
      else this.searchByHash(length, same);
    }
  }

  /**
   * The best start of `hint.text`, or undefined when it does not occur (or every occurrence is
   * `taken`): most context in common with `hint.before`/`hint.after`, then nearest an expected
   * start, then the earliest. Occurrences that would cut a surrogate pair are not places.
   */
  best(hint: AnchorHint, expected: readonly number[], taken: (start: number) => boolean): number | undefined {
    const starts = this.starts.get(hint.text);
    if (!starts || starts.length === 0) return undefined;
    const before = hint.before ?? '';
    const after = hint.after ?? '';
    const total = before.length + after.length;
    const visit = (at: number): Candidate => ({ at, same: total === 0 ? 0 : this.sharedContext(at, hint.text.length, before, after), distance: distanceTo(at, expected) });

    // An occurrence with all its context intact near the expected place: usually the answer,
    // found without looking further (the nearest such one wins, and none can have more context).
    let walked = 0;
    let best: Candidate | undefined;
    for (const at of nearestFirst(starts, expected)) {
      if (++walked > this.nearestFirstBudget) break;
      if (taken(at)) continue;
      const candidate = visit(at);
      if (candidate.same === total) return at;
      if (!best || better(candidate, best)) best = candidate;
    }
    if (walked <= this.nearestFirstBudget) return best?.at;
    return this.bestByContext(hint, starts, before, after, visit, taken);
  }

  /**
   * The best occurrence by context levels: the occurrences sharing at least k units of `before`
   * (or of `after`) are one group of an index, visited from the most context down, always on
   * the side with the smaller group. Occurrences not visited yet share at most `beforeLevel`
   * plus `afterLevel` units, so the search stops once that is less than the best found.
   */
  private bestByContext(
    hint: AnchorHint,
    starts: readonly number[],
    before: string,
    after: string,
    visit: (at: number) => Candidate,
    taken: (start: number) => boolean,
  ): number | undefined {
    const seen = new Set<number>();
    let best: Candidate | undefined;
    let beforeLevel = before.length;
    let afterLevel = after.length;
    const beforeGroupAt = (level: number) => (level === 0 ? starts : this.group(hint.text, 'before', level, before.slice(before.length - level)));
    const afterGroupAt = (level: number) => (level === 0 ? starts : this.group(hint.text, 'after', level, after.slice(0, level)));
    let beforeGroup = beforeGroupAt(beforeLevel);
    let afterGroup = afterGroupAt(afterLevel);
    for (;;) {
      if (best && beforeLevel + afterLevel < best.same) break;
      const useBefore = beforeGroup.length <= afterGroup.length;
      for (const at of useBefore ? beforeGroup : afterGroup) {
        if (seen.has(at)) continue;
        seen.add(at);
        if (taken(at)) continue;
        const candidate = visit(at);
        if (!best || better(candidate, best)) best = candidate;
      }
      // A level-0 group holds every occurrence: all are seen.
      if (useBefore ? beforeLevel === 0 : afterLevel === 0) break;
      if (useBefore) beforeGroup = beforeGroupAt(--beforeLevel);
      else afterGroup = afterGroupAt(--afterLevel);
    }
    return best?.at;
  }

  /** Starts of `text` whose `level` units before (or after) it read `key`. */
  private group(text: string, side: 'before' | 'after', level: number, key: string): readonly number[] {
    let ofText = this.groups.get(text);
    if (!ofText) this.groups.set(text, (ofText = []));
    const slot = 2 * level + (side === 'before' ? 0 : 1);
    let groups = ofText[slot];
    if (!groups) {
      groups = new Map<string, number[]>();
      for (const at of this.starts.get(text) ?? []) {
        const from = side === 'before' ? at - level : at + text.length;
        if (from < this.from || from + level > this.to) continue;
        const context = this.haystack.slice(from, from + level);
        const list = groups.get(context);
        if (list) list.push(at);
        else groups.set(context, [at]);
      }
      ofText[slot] = groups;
    }
    return groups.get(key) ?? [];
  }

  /** Units of stored context the text around [at, at + length) repeats (contextScore's numerator). */
  private sharedContext(at: number, length: number, before: string, after: string): number {
    const text = this.haystack;
    const end = at + length;
    let same = 0;
    for (let i = 1; i <= before.length && at - i >= this.from && text.charCodeAt(at - i) === before.charCodeAt(before.length - i); i++) same++;
    for (let i = 0; i < after.length && end + i < this.to && text.charCodeAt(end + i) === after.charCodeAt(i); i++) same++;
    return same;
  }

  private searchOne(text: string): void {
    const found = this.starts.get(text) as number[];
    for (let at = this.haystack.indexOf(text, this.from); at !== -1 && at + text.length <= this.to; at = this.haystack.indexOf(text, at + 1)) {
      if (this.isPlace(at, text.length)) found.push(at);
    }
  }

  /** One pass of a rolling hash (mod 2³²) over the haystack for all texts of one length. */
  private searchByHash(length: number, texts: ReadonlySet<string>): void {
    const text = this.haystack;
    const BASE = 0x01000193;
    let power = 1; // BASE^(length - 1)
    for (let i = 1; i < length; i++) power = Math.imul(power, BASE);
    const byHash = new Map<number, string[]>();
    // Keys kept to 30 bits: small integers, which V8 stores without allocating.
    for (const t of texts) {
      let h = 0;
      for (let i = 0; i < t.length; i++) h = (Math.imul(h, BASE) + t.charCodeAt(i)) | 0;
      const list = byHash.get(h & 0x3fffffff);
      if (list) list.push(t);
      else byHash.set(h & 0x3fffffff, [t]);
    }
    const last = this.to - length;
    if (last < this.from) return;
    let h = 0;
    for (let i = 0; i < length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(this.from + i)) | 0;
    for (let at = this.from; ; at++) {
      const candidates = byHash.get(h & 0x3fffffff);
      if (candidates && this.isPlace(at, length)) {
        for (const t of candidates) if (text.startsWith(t, at)) (this.starts.get(t) as number[]).push(at);
      }
      if (at === last) break;
      h = (Math.imul(h - Math.imul(text.charCodeAt(at), power), BASE) + text.charCodeAt(at + length)) | 0;
    }
  }

  private isPlace(at: number, length: number): boolean {
    return !splitsSurrogatePair(this.haystack, at) && !splitsSurrogatePair(this.haystack, at + length);
  }
}

/** More context, else nearer, else earlier. */
function better(a: Candidate, b: Candidate): boolean {
  return a.same > b.same || (a.same === b.same && (a.distance < b.distance || (a.distance === b.distance && a.at < b.at)));
}

function distanceTo(at: number, expected: readonly number[]): number {
  let distance = Infinity;
  for (const e of expected) distance = Math.min(distance, Math.abs(at - e));
  return distance;
}

/**
 * The sorted `starts` in order of distance to the nearest expected start, ties earliest first:
 * from each expected start one walk down and one walk up, merged; a start reached again by
 * another walk (farther, so later) is skipped.
 */
function* nearestFirst(starts: readonly number[], expected: readonly number[]): Generator<number> {
  // No expected start: every occurrence is equally far, the earliest first.
  if (expected.length === 0) {
    yield* starts;
    return;
  }
  const walks: { index: number; step: 1 | -1; origin: number }[] = [];
  for (const origin of expected) {
    const up = countBelow(starts, origin);
    walks.push({ index: up - 1, step: -1, origin }, { index: up, step: 1, origin });
  }
  const done = new Set<number>();
  for (;;) {
    let pick: (typeof walks)[number] | undefined;
    let pickDistance = Infinity;
    for (const walk of walks) {
      while (walk.index >= 0 && walk.index < starts.length && done.has(walk.index)) walk.index += walk.step;
      if (walk.index < 0 || walk.index >= starts.length) continue;
      const at = starts[walk.index];
      const distance = Math.abs(at - walk.origin);
      if (distance < pickDistance || (distance === pickDistance && pick && at < starts[pick.index])) {
        pick = walk;
        pickDistance = distance;
      }
    }
    if (!pick) return;
    done.add(pick.index);
    yield starts[pick.index];
    pick.index += pick.step;
  }
}


export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}
