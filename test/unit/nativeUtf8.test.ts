import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeArticle, textDecoderUtf8 } from '../../src/core/decode';
import { nativeStrictUtf8 } from '../../src/cli/nativeUtf8';

// The bundled test runs from dist/test/unit; fixtures stay in the source tree.
const FIXTURES = resolve(__dirname, '../../../test/unit/fixtures/decode');

/** Byte sequences at the edges of UTF-8's definition, valid and not. */
const PIECES: readonly number[][] = [
  [0x41], [0x0a], [0x00], [0x7f], [0xc2, 0x85], [0xc2, 0xa0], // ASCII, NUL, DEL, C1, NBSP
  [0xe4, 0xb8, 0xad], [0xef, 0xbb, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], // 中, BOM, emoji, U+10FFFF
  [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], // overlongs, surrogate, too high, 5 bytes
  [0xe4, 0xb8], [0x80], [0xff], [0xfe], // truncated, lone continuation, never-valid bytes
];

/** Deterministic pseudo-random byte strings made of PIECES and loose bytes. */
function* generatedBytes(count: number): Generator<Uint8Array> {
  let seed = 20260101;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
  for (let n = 0; n < count; n++) {
    const bytes: number[] = [];
    for (let k = Math.floor(random() * 8); k > 0; k--) bytes.push(...PIECES[Math.floor(random() * PIECES.length)]);
    if (random() < 0.3) bytes.push(Math.floor(random() * 256));
    yield new Uint8Array(bytes);
  }
}

describe('nativeStrictUtf8', () => {
  it('gives what TextDecoder (fatal) gives, text or refusal, on every edge of UTF-8', () => {
    let refused = 0;
    for (const bytes of generatedBytes(20000)) {
      const expected = textDecoderUtf8(bytes);
      if (expected === undefined) refused++;
      assert.equal(nativeStrictUtf8(bytes), expected, `bytes ${Array.from(bytes, (b) => b.toString(16)).join(' ')}`);
    }
    // Both kinds of answer were compared many times.
    assert.ok(refused > 1000 && refused < 19000, `${refused} refused`);
  });

  it('keeps a leading BOM, decodes ASCII-only and empty input, and reads a view into a larger buffer', () => {
    assert.equal(nativeStrictUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), '\ufeffA');
    assert.equal(nativeStrictUtf8(new Uint8Array(Buffer.from('invest 1 yi yuan\r\n', 'latin1'))), 'invest 1 yi yuan\r\n');
    assert.equal(nativeStrictUtf8(new Uint8Array()), '');
    const whole = Buffer.from('前文投资5亿元后文', 'utf8');
    assert.equal(nativeStrictUtf8(whole.subarray(6, 16)), '投资5亿');
  });

  it('makes decodeArticle give the same verdict, text and reason on every decode fixture', () => {
    for (const name of readdirSync(FIXTURES)) {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
      assert.deepEqual(decodeArticle(bytes, nativeStrictUtf8), decodeArticle(bytes), name);
      const damaged = new Uint8Array([...bytes.subarray(0, 40), 0xff, ...bytes.subarray(40)]);
      assert.deepEqual(decodeArticle(damaged, nativeStrictUtf8), decodeArticle(damaged), `${name} with a bad byte`);
    }
  });
});
