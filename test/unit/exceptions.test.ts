// Every exception character of src/core/lexicon/exceptions.ts with its example: the example shows
// the character where the rule looks for it, and a sentence built on it is read as the exception
// says (each sentence would be money, or bounded, without its character in the list).
import { strict as assert } from 'node:assert';
import { NOT_CURRENCY_AFTER_YUAN, NOT_NUMBER_AFTER, NOT_QUALIFIER_BEFORE } from '../../src/core/lexicon/exceptions';
import { recognize } from '../../src/core/recognize';

function money(text: string) {
  return recognize(text).filter((e) => e.label === 'MONEY');
}

describe('exception characters', () => {
  describe('after 元: another word, not a currency', () => {
    for (const [character, example] of NOT_CURRENCY_AFTER_YUAN) {
      it(`${character} (${example})`, () => {
        assert.ok(example.includes(`元${character}`), `the example shows 元${character}`);
        assert.deepEqual(money(`一元${character}`), [], `一元${character} holds no amount`);
      });
    }
  });

  describe('before a Chinese numeral: a word, not a number', () => {
    for (const [character, example] of NOT_NUMBER_AFTER) {
      it(`${character} (${example})`, () => {
        assert.ok(/^[一二三四五六七八九十]$/.test(example[example.lastIndexOf(character) + 1]), `the example shows ${character} before a numeral`);
        const sentence = `投资${character}一亿元`;
        const numeral = sentence.indexOf('一');
        assert.ok(!money(sentence).some((m) => m.start === numeral), `no amount starts at the 一 of ${character}一亿元`);
      });
    }
  });

  describe('before a one-character qualifier: another word, no bound', () => {
    for (const [qualifier, list] of Object.entries(NOT_QUALIFIER_BEFORE)) {
      for (const [character, example] of list) {
        it(`${character}${qualifier} (${example})`, () => {
          assert.ok(example.includes(`${character}${qualifier}`), `the example shows ${character}${qualifier}`);
          const found = money(`总投资${character}${qualifier}5亿元`);
          assert.equal(found.length, 1);
          assert.equal(found[0].qualifier, undefined, `${qualifier} after ${character} bounds nothing`);
        });
      }
    }
  });
});
