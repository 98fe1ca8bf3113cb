// Cohen's kappa (Cohen 1960) for two coders over nominal categories: the agreement beyond what
// the two coders' own category frequencies would give by chance. Tallied item by item, so a
// corpus is one pass and memory grows with the number of distinct categories, not of items.

export interface KappaResult {
  /** Items both coders categorised. */
  n: number;
  /** Observed agreement p_o (0–1); null when there are no items. */
  observed: number | null;
  /** Chance agreement p_e from the two coders' marginals; null when there are no items. */
  expected: number | null;
  /**
   * (p_o − p_e) / (1 − p_e); null when undefined: no items, or both coders used one and the same
   * category for everything (p_e = 1), where agreement beyond chance cannot be measured.
   */
  kappa: number | null;
}

export class KappaTally {
  private n = 0;
  private agreed = 0;
  private readonly firstCounts = new Map<string, number>();
  private readonly secondCounts = new Map<string, number>();

  /** One item: the category coder A gave it and the one coder B gave it. */
  add(first: string, second: string): void {
    this.n += 1;
    if (first === second) this.agreed += 1;
    this.firstCounts.set(first, (this.firstCounts.get(first) ?? 0) + 1);
    this.secondCounts.set(second, (this.secondCounts.get(second) ?? 0) + 1);
  }

  get size(): number {
    return this.n;
  }

  result(): KappaResult {
    if (this.n === 0) return { n: 0, observed: null, expected: null, kappa: null };
    const observed = this.agreed / this.n;
    let expected = 0;
    for (const [category, count] of this.firstCounts) expected += (count / this.n) * ((this.secondCounts.get(category) ?? 0) / this.n);
    const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
    return { n: this.n, observed, expected, kappa };
  }
}

/** Kappa of a list of (A's category, B's category) items. */
export function cohenKappa(items: Iterable<readonly [string, string]>): KappaResult {
  const tally = new KappaTally();
  for (const [first, second] of items) tally.add(first, second);
  return tally.result();
}
