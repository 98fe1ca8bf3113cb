// Line numbers for a JSON file that people edit by hand: a problem is reported as `FILE:LINE`,
// so the reader goes straight to the entry. JSON.parse says where a syntax error is (a
// position); a schema problem is a path (`names.3.label`), found here by scanning the text once.

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The offset of the first syntax error of text that JSON.parse refused (its messages do not always say where). */
export function syntaxErrorAt(text: string): number {
  return new SyntaxCheck(text).firstError();
}

/** A JSON syntax check that only finds where the first error is (JSON.parse has said there is one). */
class SyntaxCheck {
  private at = 0;
  constructor(private readonly text: string) {}

  firstError(): number {
    try {
      this.value();
      this.space();
      if (this.at < this.text.length) throw this.at;
    } catch (error) {
      if (typeof error === 'number') return error;
      throw error;
    }
    return this.at;
  }

  private space(): void {
    while (this.at < this.text.length && ' \t\r\n'.includes(this.text[this.at])) this.at++;
  }

  private expect(c: string): void {
    this.space();
    if (this.text[this.at] !== c) throw this.at;
    this.at++;
  }

  private value(): void {
    this.space();
    const c = this.text[this.at];
    if (c === '{') this.members('}', () => {
      this.string();
      this.expect(':');
      this.value();
    });
    else if (c === '[') this.members(']', () => this.value());
    else if (c === '"') this.string();
    else this.literal();
  }

  /** `{…}` or `[…]`: members separated by commas. */
  private members(close: string, member: () => void): void {
    this.at++;
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      member();
      this.space();
      if (this.text[this.at] === ',') this.at++;
      else return this.expect(close);
    }
  }

  private string(): void {
    this.space();
    // eslint-disable-next-line no-control-regex -- JSON forbids control characters in strings: that is the check
    const match = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
    match.lastIndex = this.at;
    if (!match.exec(this.text)) throw this.at;
    this.at = match.lastIndex;
  }

  private literal(): void {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    match.lastIndex = this.at;
    if (!match.exec(this.text)) throw this.at;
    this.at = match.lastIndex;
  }
}

/**
 * The line where the value at `path` starts in valid JSON `text` (the deepest part of the path
 * that exists: a missing key is reported at its object). Linear in the text.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  const scanner = new Scanner(text);
  scanner.skipSpace();
  let found = scanner.at;
  for (const key of path) {
    const start = scanner.enter(key);
    if (start === undefined) break;
    found = start;
  }
  return lineAt(text, found);
}

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  /** From the start of an object or array, moves to the start of the member `key`; undefined when absent. */
  enter(key: PropertyKey): number | undefined {
    const open = this.text[this.at];
    if (open !== '{' && open !== '[') return undefined;
    this.at++;
    for (let index = 0; ; index++) {
      this.skipSpace();
      if (this.text[this.at] === '}' || this.text[this.at] === ']') return undefined;
      let name: string | number = index;
      if (open === '{') {
        name = JSON.parse(this.text.slice(this.at, this.skipString())) as string;
        this.skipSpace();
        this.at++; // ':'
        this.skipSpace();
      }
      if (String(name) === String(key)) return this.at;
      this.skipValue();
      this.skipSpace();
      if (this.text[this.at] === ',') this.at++;
    }
  }

  skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  /** Past the string starting at `at`; returns its end. */
  private skipString(): number {
    let i = this.at + 1;
    while (i < this.text.length && this.text[i] !== '"') i += this.text[i] === '\\' ? 2 : 1;
    this.at = i + 1;
    return this.at;
  }

  private skipValue(): void {
    const c = this.text[this.at];
    if (c === '"') {
      this.skipString();
      return;
    }
    if (c !== '{' && c !== '[') {
      while (this.at < this.text.length && !/[,\]}\s]/.test(this.text[this.at])) this.at++;
      return;
    }
    let depth = 0;
    while (this.at < this.text.length) {
      const d = this.text[this.at];
      if (d === '"') {
        this.skipString();
        continue;
      }
      this.at++;
      if (d === '{' || d === '[') depth++;
      else if ((d === '}' || d === ']') && --depth === 0) return;
    }
  }
}
