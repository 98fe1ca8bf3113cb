import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { unitsToString } from '../../src/core/unitsToString';

describe('unitsToString', () => {
  // Units of the Basic Multilingual Plane outside the surrogates, a BOM among them.
  const bmpUnit = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0xffff }), fc.constant(0xfeff));

  it('makes the same string through the decoder a browser has as through Node\'s Buffer, a leading BOM kept', () => {
    fc.assert(
      fc.property(fc.array(bmpUnit, { maxLength: 60 }), fc.nat(5), (codes, spare) => {
        // Units read from a larger buffer, as the fold's scratch is: only the first n count.
        const units = new Uint16Array(codes.length + spare);
        units.set(codes);
        const expected = String.fromCharCode(...codes);
        assert.equal(unitsToString(units, codes.length, false, undefined), expected);
        assert.equal(unitsToString(units, codes.length, false, Buffer), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a lone surrogate, which a decoder would replace', () => {
    const units = Uint16Array.of(0x6295, 0xd842, 0x8d44);
    assert.equal(unitsToString(units, 3, true, undefined), '投\ud842资');
  });
});
