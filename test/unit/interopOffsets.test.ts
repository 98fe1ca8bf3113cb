import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { codePointToUtf16, createGraphemeConverter, createOffsetConverter, OffsetError, utf16ToCodePoint } from '../../src/core/interop/offsets';

// The worked example of interop-formats.md: the same spans in both conventions.
const PIN_LINE = '📍总投资50亿元的博通科技产业园项目落户新余高新区';

describe('interop offsets', () => {
  it('converts the documented example both ways', () => {
    const start = PIN_LINE.indexOf('50亿元');
    assert.equal(start, 5, 'UTF-16 start of 50亿元');
    assert.equal(utf16ToCodePoint(PIN_LINE, start), 4);
    assert.equal(utf16ToCodePoint(PIN_LINE, start + '50亿元'.length), 8);
    assert.equal(codePointToUtf16(PIN_LINE, 4), 5);
    assert.equal(codePointToUtf16(PIN_LINE, 25), PIN_LINE.length);
  });

  it('is the identity on BMP-only text', () => {
    const text = '总投资50亿元';
    for (let i = 0; i <= text.length; i++) {
      assert.equal(utf16ToCodePoint(text, i), i);
      assert.equal(codePointToUtf16(text, i), i);
    }
  });

  it('refuses an offset inside a surrogate pair, and offsets out of range', () => {
    const text = '甲𠀀乙';
    assert.throws(() => utf16ToCodePoint(text, 2), OffsetError);
    assert.equal(utf16ToCodePoint(text, 3), 2);
    assert.throws(() => utf16ToCodePoint(text, 5), OffsetError);
    assert.throws(() => codePointToUtf16(text, 4), OffsetError);
    assert.throws(() => utf16ToCodePoint(text, -1), OffsetError);
    assert.throws(() => utf16ToCodePoint(text, 1.5), OffsetError);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\ud800b\udc00c';
    assert.equal(utf16ToCodePoint(text, 5), 5);
    assert.equal(codePointToUtf16(text, 5), 5);
  });

  it('agrees with the string iterator on random text, both directions', () => {
    const alphabet = fc.constantFrom('a', '元', '𠀀', '📍', '\n', '亿', '👍🏽');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const converter = createOffsetConverter(text);
        const points = [...text];
        assert.equal(converter.codePointLength, points.length);
        let utf16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          assert.equal(converter.toUtf16(cp), utf16);
          assert.equal(converter.toCodePoint(utf16), cp);
          if (cp < points.length) {
            if (points[cp].length === 2) assert.throws(() => converter.toCodePoint(utf16 + 1), OffsetError);
            utf16 += points[cp].length;
          }
        }
      }),
    );
  });

  it('counts grapheme clusters for doccano grapheme mode (CRLF and skin-tone emoji count one)', () => {
    const text = 'a\r\n👍🏽元';
    const g = createGraphemeConverter(text);
    assert.equal(g.codePointLength, 4);
    assert.equal(g.toCodePoint(text.indexOf('元')), 3);
    assert.equal(g.toUtf16(3), text.indexOf('元'));
    assert.throws(() => g.toCodePoint(2), OffsetError, 'between \\r and \\n');
  });

  it('counts the clusters Intl.Segmenter counts over the whole text, line by line', () => {
    const alphabet = fc.constantFrom('a', '元', '\n', '\r', '\r\n', 'e\u0301', '\u0301', '👨‍👩‍👧', '\u200d', '🇨🇳', '👍🏽');
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const expected = [...segmenter.segment(text)].map((s) => s.index);
        const g = createGraphemeConverter(text);
        assert.equal(g.codePointLength, expected.length);
        expected.forEach((utf16, cluster) => assert.equal(g.toUtf16(cluster), utf16));
      }),
      { numRuns: 1000 },
    );
  });
});

