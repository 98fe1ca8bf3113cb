// "Which of these spans overlap [start, end)?" for a fixed set of spans, each switched on or off
// as a merge adds or replaces annotations: a tree of the largest end over the spans sorted by
// start. A query costs O((k + 1) log n) for k answers, where a filter over all spans per
// imported span made an import quadratic (20,000 spans: 83 s). Pure.
import { countBelow } from '../sortedNumbers';

export class OverlapTree {
  /** Leaf order: the spans by start. */
  private readonly order: number[];
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly size: number;
  /** Heap-ordered: node i has children 2i and 2i+1; a leaf holds its span's end while on, else -Infinity. */
  private readonly maxEnd: number[];
  private readonly leafOf: number[];

  /** `spans[i]` is span i; all start off. */
  constructor(spans: readonly { start: number; end: number }[]) {
    this.order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
    this.starts = this.order.map((i) => spans[i].start);
    this.ends = this.order.map((i) => spans[i].end);
    this.leafOf = new Array<number>(spans.length);
    this.order.forEach((span, leaf) => (this.leafOf[span] = leaf));
    let size = 1;
    while (size < spans.length) size *= 2;
    this.size = size;
    this.maxEnd = new Array<number>(2 * size).fill(-Infinity);
  }

  set(span: number, on: boolean): void {
    let node = this.size + this.leafOf[span];
    this.maxEnd[node] = on ? this.ends[this.leafOf[span]] : -Infinity;
    for (node >>= 1; node >= 1; node >>= 1) this.maxEnd[node] = Math.max(this.maxEnd[2 * node], this.maxEnd[2 * node + 1]);
  }

  /** The spans switched on that overlap [start, end) (half-open: touching is not overlapping), in no order. */
  overlapping(start: number, end: number): number[] {
    // Leaves [0, before) start before `end`; of those, the ones ending after `start` overlap.
    const before = countBelow(this.starts, end);
    const found: number[] = [];
    const stack: [node: number, from: number, to: number][] = [[1, 0, this.size]];
    while (stack.length > 0) {
      const [node, from, to] = stack.pop() as [number, number, number];
      if (from >= before || this.maxEnd[node] <= start) continue;
      if (to - from === 1) {
        found.push(this.order[from]);
        continue;
      }
      const middle = (from + to) >> 1;
      stack.push([2 * node, from, middle], [2 * node + 1, middle, to]);
    }
    return found;
  }
}
