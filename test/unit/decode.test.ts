import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeArticle } from '../../src/core/decode';

// The bundled test runs from dist/test/unit; fixtures stay in the source tree.
const FIXTURES = resolve(__dirname, '../../../test/unit/fixtures/decode');
const read = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const reference = readFileSync(join(FIXTURES, 'utf8.txt'), 'utf8');

describe('decodeArticle', () => {
  it('decodes plain UTF-8', () => {
    const result = decodeArticle(read('utf8.txt'));
    assert.ok(result.ok);
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.text, reference);
  });

  it('drops a UTF-8 BOM', () => {
    const result = decodeArticle(read('utf8-bom.txt'));
    assert.ok(result.ok);
    assert.equal(result.encoding, 'utf-8-bom');
    assert.equal(result.text, reference);
    assert.notEqual(result.text.charCodeAt(0), 0xfeff);
  });

  for (const [file, encoding] of [['utf16le-bom.txt', 'utf-16le'], ['utf16be-bom.txt', 'utf-16be']] as const) {
    it(`decodes ${encoding} with a BOM`, () => {
      const result = decodeArticle(read(file));
      assert.ok(result.ok, result.ok ? '' : result.reason);
      assert.equal(result.encoding, encoding);
      assert.equal(result.text, reference);
    });
  }

  it('decodes GBK bytes made by iconv as GB18030', () => {
    const result = decodeArticle(read('gbk.txt'));
    assert.ok(result.ok, result.ok ? '' : result.reason);
    assert.equal(result.encoding, 'gb18030');
    assert.equal(result.text, reference);
  });

  it('decodes hand-built GBK bytes (中文 = D6 D0 CE C4)', () => {
    const result = decodeArticle(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0x31, 0xd2, 0xda, 0xd4, 0xaa]));
    assert.ok(result.ok);
    assert.equal(result.text, '中文1亿元');
  });

  it('refuses text that is neither UTF-8 nor Chinese, with a reason', () => {
    const result = decodeArticle(read('latin1.txt'));
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /not UTF-8/);
  });

  it('refuses UTF-8 with one bad byte instead of reading it as GB18030 mojibake, naming the byte', () => {
    for (const text of ['新余高新区签约项目17个', reference]) {
      const good = Buffer.from(text, 'utf8');
      const cut = text.indexOf('签') * 3 + 1;
      const bytes = new Uint8Array(Buffer.concat([good.subarray(0, cut), Buffer.from([0xff]), good.subarray(cut)]));
      const result = decodeArticle(bytes);
      assert.equal(result.ok, false, result.ok ? `decoded as ${result.encoding}: ${result.text}` : '');
      assert.match(result.ok ? '' : result.reason, new RegExp(`UTF-8 text with 1 invalid byte sequence\\(s\\), the first at byte ${cut - 1} \\(line 1\\)`));
    }
  });

  it('refuses binary files', () => {
    const png = decodeArticle(read('binary.png.txt'));
    assert.equal(png.ok, false);
    assert.match(png.ok ? '' : png.reason, /binary/);
    const controls = decodeArticle(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x41 : 0x02))));
    assert.equal(controls.ok, false);
  });

  it('names UTF-16 without a BOM instead of calling it binary', () => {
    const bytes = new Uint8Array(Buffer.from('invest 1 yi yuan', 'utf16le'));
    const result = decodeArticle(bytes);
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.reason, /UTF-16 without a byte-order mark/);
  });

  /** `bytes` as a view that starts `offset` bytes into a larger buffer (the word scan's alignment varies with it). */
  const viewAt = (bytes: Uint8Array, offset: number) => {
    const larger = new Uint8Array(bytes.length + offset + 3).fill(0x41);
    larger.set(bytes, offset);
    return larger.subarray(offset, offset + bytes.length);
  };

  it('counts every control byte and DEL, wherever it falls in a word and whatever the view\'s offset', () => {
    // 2 control bytes in 100 are the most a text may have (2%), 3 are too many.
    for (let offset = 0; offset < 4; offset++) {
      for (let first = 0; first < 9; first++) {
        for (const control of [0x01, 0x0b, 0x1f, 0x7f]) {
          const bytes = new Uint8Array(100).fill(0x41);
          for (const at of [first, 50 + (first % 4), 99 - (first % 3)]) bytes[at] = control;
          const tooMany = decodeArticle(viewAt(bytes, offset));
          assert.equal(tooMany.ok ? 'accepted' : tooMany.reason, 'binary file (too many control characters)', `offset ${offset}, first ${first}, byte ${control}`);
          bytes[first] = 0x0a; // a line feed is not a control byte here
          assert.ok(decodeArticle(viewAt(bytes, offset)).ok, `offset ${offset}, first ${first}, byte ${control}, two left`);
        }
      }
    }
  });

  it('finds a single NUL anywhere, and tells UTF-16 without a BOM from binary at any offset', () => {
    for (let offset = 0; offset < 4; offset++) {
      for (let at = 0; at < 11; at++) {
        const bytes = new Uint8Array(Buffer.from('投资10亿', 'utf8'));
        bytes[at] = 0;
        const result = decodeArticle(viewAt(bytes, offset));
        assert.equal(result.ok ? 'accepted' : result.reason, 'binary file (contains NUL bytes)', `offset ${offset}, NUL at ${at}`);
      }
      const utf16 = decodeArticle(viewAt(new Uint8Array(Buffer.from('invest 1 yi yuan', 'utf16le')), offset));
      assert.match(utf16.ok ? '' : utf16.reason, /UTF-16 without a byte-order mark/, `offset ${offset}`);
    }
  });

  it('refuses a UTF-8 BOM followed by invalid bytes', () => {
    const result = decodeArticle(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]));
    assert.equal(result.ok, false);
  });

  it('accepts an empty file and keeps line endings untouched', () => {
    const empty = decodeArticle(new Uint8Array());
    assert.ok(empty.ok);
    assert.equal(empty.text, '');
    const crlf = decodeArticle(new Uint8Array(Buffer.from('第一段\r\n第二段\n', 'utf8')));
    assert.ok(crlf.ok);
    assert.equal(crlf.text, '第一段\r\n第二段\n');
  });
});
