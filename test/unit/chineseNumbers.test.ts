import { strict as assert } from 'node:assert';
import { parseNumber, readNumber, scaledValue, tokenValue } from '../../src/core/recognition/chineseNumbers';
import { foldText } from '../../src/core/fold';

describe('chineseNumbers', () => {
  describe('parseNumber: whole strings, exact values', () => {
    const cases: [string, number][] = [
      // Arabic, separators, decimals, leading zeros
      ['65', 65], ['65.1', 65.1], ['1,200', 1200], ['12,345,678', 12345678], ['0.5', 0.5], ['007', 7],
      ['3575.105', 3575.105],
      // Arabic with multipliers (exact: 65.1 * 1e8 in floating point is not 6510000000)
      ['65.1亿', 6510000000], ['655.45亿', 65545000000], ['247.04亿', 24704000000], ['0.1亿', 10000000],
      ['3.5万', 35000], ['8000万', 80000000], ['1.5万亿', 1.5e12], ['5千万', 50000000], ['3百万', 3000000],
      ['2千', 2000], ['50个亿', 5000000000], ['3亿5000万', 350000000], ['1亿2000.5万', 120005000],
      ['500多万', 5000000], ['1000余万', 10000000],
      // Chinese numerals
      ['六十五亿', 6500000000], ['两千万', 20000000], ['一千二百万', 12000000], ['百亿', 10000000000],
      ['十亿', 1000000000], ['十五', 15], ['二十', 20], ['一亿二千万', 120000000], ['一千零五十万', 10500000],
      ['万亿', 1e12], ['三万亿', 3e12], ['一万二千亿', 1.2e12], ['亿', 1e8], ['千万', 1e7], ['二〇二三', 2023],
      ['零', 0], ['三点五亿', 350000000], ['十二点五万', 125000], ['十几亿', 1000000000], ['几十亿', 1000000000],
      ['百余亿', 10000000000], ['十多万', 100000],
      // tens in one character, and an Arabic 0 among Chinese digits (`一0五0` = 一〇五〇)
      ['卅五亿', 3500000000], ['廿', 20], ['卌二万', 420000], ['一0五0万', 10500000], ['二0二三', 2023],
      // financial forms
      ['壹佰万', 1000000], ['贰仟伍佰', 2500], ['叁拾亿', 3000000000], ['玖佰玖拾玖', 999],
    ];
    for (const [input, expected] of cases) {
      it(`${input} → ${expected}`, () => assert.equal(parseNumber(input), expected));
    }
  });

  describe('a shortened number: a lone digit after 百, 千, 万 or 亿 stands one place below it', () => {
    const cases: [string, number][] = [
      ['三千五', 3500], ['三千五亿', 350000000000], ['一万二', 12000], ['两亿五', 250000000], ['一百二', 120],
      ['三千五万', 35000000],
      // Not shortened: a unit of its own, a 零, a digit after 十, more digits, an approximation word.
      ['三千五百', 3500], ['三千零五', 3005], ['一千零五十万', 10500000], ['二十五', 25], ['卅五亿', 3500000000],
      ['一万五千', 15000], ['一亿二千万', 120000000],
    ];
    for (const [input, expected] of cases) {
      it(`${input} → ${expected}`, () => assert.equal(parseNumber(input), expected));
    }
    it('reads the shortened number inside a sentence, with its multiplier', () => {
      const t = readNumber('全年开工项目总投资三千五亿元,其中', 9)!;
      assert.equal(tokenValue(t), 350000000000);
      assert.equal(t.end, 13);
    });
  });

  it('folded full-width and Traditional forms read like their plain forms', () => {
    for (const [raw, expected] of [['６５．１億', 6510000000], ['５０００萬', 50000000], ['兩千萬', 20000000], ['１，２００', 1200]] as const) {
      assert.equal(parseNumber(foldText(raw).text), expected, raw);
    }
  });

  describe('not one number', () => {
    for (const input of ['', '元', '几', 'abc', '点五', '1,20', '65.1亿元', '五卅', '0五']) {
      it(JSON.stringify(input), () => assert.equal(parseNumber(input), undefined));
    }
  });

  it('reports the multiplier scale, 万/亿 and approximation', () => {
    const t = readNumber('共500多万元', 1)!;
    assert.deepEqual([t.start, t.end, t.scale, t.bigUnit, t.approx, t.arabic], [1, 6, 4, true, true, true]);
    const bare = readNumber('亿元以上', 0)!;
    assert.equal(bare.bare, true);
    assert.equal(readNumber('百亿元', 0)!.bare, false);
    assert.equal(readNumber('十几亿', 0)!.approx, true);
    assert.equal(readNumber('壹佰圆', 0)!.financial, true);
    assert.equal(readNumber('2023年', 0)!.end, 4);
  });

  it('a number without multiplier takes another one exactly (ranges: 10-20亿)', () => {
    const t = readNumber('10.3', 0)!;
    assert.equal(scaledValue(t, 8), 1030000000);
    assert.equal(tokenValue(t), 10.3);
  });

  it('a value is the correctly rounded decimal, whole or not, small or past 2^53', () => {
    const mantissas = ['0', '7', '65.1', '0.05', '1200', '3.14159', '999999999999999', '9007199254740991', '9007199254740993',
      '123456789012345.6', '4.35', '0.1', '100000000000000000000001'];
    for (const mantissa of mantissas) {
      for (let exponent = 0; exponent <= 24; exponent++) {
        const exact = Number(`${mantissa}e${exponent}`);
        assert.equal(tokenValue({ mantissa, exponent }), exact, `${mantissa}e${exponent}`);
        assert.equal(scaledValue({ mantissa, exponent: 0 }, exponent), exact, `${mantissa} scaled by ${exponent}`);
      }
    }
  });

  it('reads only a bounded stretch of a long run of numerals', () => {
    const t = readNumber('一'.repeat(10000), 0);
    assert.ok(!t || t.end <= 40);
  });
});
