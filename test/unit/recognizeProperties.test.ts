import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Recognizer, recognize } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';

/** Pieces that stress the recogniser: numerals, multipliers, currencies, separators, debris. */
const PIECES = [
  '0', '1', '5', '65.1', '1,200', '99999999999999999999', '.', ',', '，', '、', '-', '~', '～', '至', '到', '一', '两', '十', '百', '千', '万', '亿',
  '萬', '億', '几', '多', '余', '点', '个', '壹', '佰', '元', '美元', '港币', '人民币', '圆', '以上', '以下', '左右', '约',
  '超', '近', '过', '上', '数', '项目', '企业', '总投资', '签约资金', '外资', '税收', '的', '其中', '(下同)', '(', ')',
  '（', '）', '(wàn)', '&rdquo;', '&#53;', '&', '&#', '𠀀', '😀', '\uD800', '\uDC00', '\n', '\r\n', ' ', '\u3000', '６',
  '．', '高新区', '产业园', '有限公司', '集团', '“', '”', '%', '年', '月', '亩', '吨',
];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

function assertWellFormed(text: string, entities: readonly Entity[]): void {
  let previousEnd = 0;
  for (const e of entities) {
    assert.ok(Number.isInteger(e.start) && Number.isInteger(e.end));
    assert.ok(e.start >= previousEnd, 'sorted and non-overlapping');
    assert.ok(e.end > e.start && e.end <= text.length, 'in bounds');
    assert.equal(e.text, text.slice(e.start, e.end));
    if (e.label === 'MONEY') {
      assert.ok(Number.isFinite(e.value), 'a finite value');
      assert.ok(typeof e.currency === 'string' && e.role !== undefined && e.scope !== undefined);
      if (e.max !== undefined) assert.ok(e.max > (e.value as number));
    }
    previousEnd = e.end;
  }
}

describe('recognize (properties)', () => {
  it('random strings never throw and give well-formed spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        assertWellFormed(text, recognize(text));
      }),
      { numRuns: 300 },
    );
  });

  it('adversarial strings from numerals, currencies and debris give well-formed spans', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        assertWellFormed(text, recognize(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic and the cache never changes the result', () => {
    fc.assert(
      fc.property(fc.array(adversarial, { minLength: 1, maxLength: 4 }), (versions) => {
        const r = new Recognizer();
        for (const text of versions) assert.deepEqual(r.recognize(text), recognize(text));
      }),
      { numRuns: 300 },
    );
  });

  it('offsets survive text outside the BMP put before them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), adversarial, (prefix, text) => {
        const alone = recognize(text).filter((e) => e.label === 'MONEY');
        const shifted = recognize(`${prefix}\n${text}`).filter((e) => e.label === 'MONEY' && e.start > prefix.length);
        assert.deepEqual(
          shifted.map((e) => [e.start - prefix.length - 1, e.end - prefix.length - 1, e.value]),
          alone.map((e) => [e.start, e.end, e.value]),
        );
      }),
      { numRuns: 300 },
    );
  });
});
