// The shared leftward scan (src/core/recognition/nameScan.ts): it goes on over the units its table calls
// plain with one read, and that shortcut must never move where a scan stops.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { extendLeft, scanOptions, type ScanOptions } from '../../src/core/recognition/nameScan';

const KIND = { cap: 20, stopWords: ['兴建'], extraChars: '·-', protectedWords: ['和美'] };
const SCAN = scanOptions(KIND);
/** The same scan reading every unit the long way: its table calls no unit plain. */
const NONE_PLAIN = new Uint8Array(0x10000);
const LONG_WAY: ScanOptions = { ...SCAN, plainUnits: () => NONE_PLAIN };

/** Name text, boundaries of every kind (characters, shared and own words, a name read whole), brackets, digits. */
const PIECES = ['青', '溪', '电子', '科技', 'AB', '·', '-', '的', '、', ',', '引进', '兴建', '和美', '和', '(溪口)', '(', ')', '3', '年产'];

describe('the leftward name scan', () => {
  it('stops where reading every unit the long way stops', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), fc.nat(40), fc.nat(40), (pieces, e, f) => {
        const text = `${pieces.join('')}产业园`;
        const end = Math.min(e, text.length);
        const floor = Math.min(f, end);
        assert.equal(extendLeft(text, end, floor, SCAN), extendLeft(text, end, floor, LONG_WAY), `${text} ${end} ${floor}`);
      }),
      { numRuns: 500 },
    );
  });

  it('goes on over name text and stops after a boundary word, keeping a name read whole', () => {
    const text = '计划兴建青溪·和美电子产业园';
    assert.equal(text.slice(extendLeft(text, text.indexOf('产业园'), 0, SCAN)), '青溪·和美电子产业园');
  });
});
