// Strings stored once and referred to by number: the park, project and company names of a
// corpus repeat from article to article, so each per-file record (contributionCodec.ts) holds
// a small number instead of the name.

export class StringTable {
  private readonly ids = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The number of `value`, given on first sight. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      const own = detached(value);
      id = this.strings.length;
      this.strings.push(own);
      this.ids.set(own, id);
    }
    return id;
  }

  /** The string of a number `idOf` gave. */
  at(id: number): string {
    const value = this.strings[id];
    if (value === undefined) throw new RangeError(`no string ${id} in the table`);
    return value;
  }

  get size(): number {
    return this.strings.length;
  }
}

/**
 * A copy of `value` that shares no memory with it. V8 keeps a slice of 13 characters or more
 * (a name cut from an article) as a view of the whole string it was cut from: stored as is, one
 * name would keep its article's text alive.
 */
export function detached(value: string): string {
  return JSON.parse(JSON.stringify(value)) as string;
}
