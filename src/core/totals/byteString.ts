// Compact binary records held as one-byte JavaScript strings, for data kept in memory by the
// hundred thousand (the corpus worker's per-file contributions, contributionCodec.ts).
//
// Why a string and not a Uint8Array: V8 stores a string whose characters are all below 256 as
// one byte per character behind a 16-byte header, in its own heap, freed by the ordinary
// collector. A typed array of a few hundred bytes costs a JS object, an ArrayBuffer and an
// off-heap backing store besides (~200 bytes more per record), and its memory is reported to
// the collector only lazily. Numbers are written in the platform's byte order: a record is
// read back by the process that wrote it, never stored or sent.

/** One number of the writer's float scratch, seen as its 8 bytes. */
const floatScratch = new Float64Array(1);
const floatBytes = new Uint8Array(floatScratch.buffer);

/** Bytes per `String.fromCharCode` call (an argument list has a size limit). */
const CHARS_PER_CALL = 8192;

/** Number tags: most numbers of a record are 0 or small counts, written in one or two bytes. */
const ZERO = 0;
const POSITIVE_INTEGER = 1;
const NEGATIVE_INTEGER = 2;
const FLOAT = 3;

/**
 * The string of these character codes. `apply` takes the array as it is: spreading it (`...`)
 * went through its iterator, five times slower for a record.
 */
function charsOf(codes: ArrayLike<number>): string {
  return String.fromCharCode.apply(null, codes as number[]);
}

export class ByteWriter {
  private bytes = new Uint8Array(512);
  private length = 0;

  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value;
  }

  /** A non-negative safe integer, 7 bits a byte (LEB128). */
  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a non-negative integer: ${value}`);
    while (value >= 0x80) {
      this.byte((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.byte(value);
  }

  /** Any number, exactly (−0, NaN and every double included): small integers in a few bytes, the rest in 8. */
  number(value: number): void {
    if (Object.is(value, 0)) this.byte(ZERO);
    else if (Number.isSafeInteger(value)) {
      this.byte(value > 0 ? POSITIVE_INTEGER : NEGATIVE_INTEGER);
      this.uint(Math.abs(value));
    } else {
      this.byte(FLOAT);
      floatScratch[0] = value;
      for (const b of floatBytes) this.byte(b);
    }
  }

  /** A string: one byte a character when all are below 256, else two. */
  text(value: string): void {
    let wide = false;
    for (let i = 0; i < value.length && !wide; i++) wide = value.charCodeAt(i) > 0xff;
    this.uint(value.length * 2 + (wide ? 1 : 0));
    for (let i = 0; i < value.length; i++) {
      const unit = value.charCodeAt(i);
      if (wide) this.byte(unit >> 8);
      this.byte(unit & 0xff);
    }
  }

  /** The record written so far, as a one-byte string. */
  finish(): string {
    let out = '';
    for (let i = 0; i < this.length; i += CHARS_PER_CALL) out += charsOf(this.bytes.subarray(i, Math.min(this.length, i + CHARS_PER_CALL)));
    return out;
  }
}

export class ByteReader {
  private position = 0;
  constructor(private readonly record: string) {}

  byte(): number {
    if (this.position >= this.record.length) throw new RangeError('record ends early');
    return this.record.charCodeAt(this.position++);
  }

  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  }

  number(): number {
    const tag = this.byte();
    if (tag === ZERO) return 0;
    if (tag === POSITIVE_INTEGER) return this.uint();
    if (tag === NEGATIVE_INTEGER) return -this.uint();
    if (tag !== FLOAT) throw new RangeError(`unknown number tag ${tag}`);
    for (let i = 0; i < 8; i++) floatBytes[i] = this.byte();
    return floatScratch[0];
  }

  text(): string {
    const header = this.uint();
    const length = Math.floor(header / 2);
    if (header % 2 === 0) {
      // One byte a character: the record's own characters are the string's.
      if (this.position + length > this.record.length) throw new RangeError('record ends early');
      const text = this.record.slice(this.position, this.position + length);
      this.position += length;
      return text;
    }
    const units: number[] = new Array<number>(length);
    for (let i = 0; i < length; i++) units[i] = (this.byte() << 8) | this.byte();
    let text = '';
    for (let i = 0; i < length; i += CHARS_PER_CALL) text += charsOf(units.slice(i, i + CHARS_PER_CALL));
    return text;
  }

  /** True when every byte was read. */
  get atEnd(): boolean {
    return this.position === this.record.length;
  }
}
