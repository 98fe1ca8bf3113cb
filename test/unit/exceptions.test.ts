// Every exception character of src/core/lexicon/exceptions.ts with its example: the example shows
// the character where the rule looks for it, and a sentence built on it is read as the exception
// says (each sentence would be money, or bounded, without its character in the list).
import { strict as assert } from 'node:assert';
import {
  LEADING_JUNK, NOT_ABBREVIATION_AFTER, NOT_ABBREVIATION_BEFORE, NOT_COUNTY, NOT_CURRENCY_AFTER_YUAN, NOT_NUMBER_AFTER, NOT_QUALIFIER_BEFORE, NOT_SUB_ZONE_BEFORE,
} from '../../src/core/lexicon/exceptions';
import { recognize } from '../../src/core/recognition/recognize';

function money(text: string) {
  return recognize(text).filter((e) => e.label === 'MONEY');
}

function parks(text: string): string[] {
  return recognize(text).filter((e) => e.label === 'PARK').map((e) => e.text);
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

  describe('before 园/城 after a zone: an ordinary place, not a sub-zone', () => {
    for (const [character, example] of NOT_SUB_ZONE_BEFORE) {
      it(`${character} (${example})`, () => {
        const suffix = example[example.indexOf(character) + 1];
        assert.ok(suffix === '园' || suffix === '城', `the example shows ${character} before 园 or 城`);
        assert.deepEqual(parks(`南昌高新区艾${character}${suffix}环境优美`), ['南昌高新区']);
      });
    }
  });

  describe('after 开区: another word, not an abbreviated zone', () => {
    for (const [character, example] of NOT_ABBREVIATION_AFTER) {
      it(`${character} (${example})`, () => {
        assert.ok(example.endsWith(`开区${character}`), `the example shows 开区${character}`);
        assert.deepEqual(parks(`吉安展开区${character}合作`), []);
      });
    }
  });

  describe('before a bare 开区: a word with 开, not an abbreviated zone', () => {
    for (const [character, example] of NOT_ABBREVIATION_BEFORE) {
      it(`${character} (${example})`, () => {
        assert.ok(example.includes(`${character}开区`), `the example shows ${character}开区`);
        assert.deepEqual(parks(`上半年,${character}开区内签约项目12个`), []);
      });
    }
  });

  describe('at the head of an area park\'s prefix: not part of the name', () => {
    for (const [character, example] of LEADING_JUNK) {
      it(`${character} (${example})`, () => {
        assert.ok(example.includes(`${character}`) && example.endsWith('园'), `the example shows ${character} before a park`);
        assert.deepEqual(parks(`走访${character}锂电产业园`), ['锂电产业园']);
      });
    }
  });

  describe('before 县: a function word or numeral, never a one-character county', () => {
    for (const [character, example] of NOT_COUNTY) {
      it(`${character} (${example})`, () => {
        assert.ok(example.includes(`${character}县`), `the example shows ${character}县`);
        assert.ok(!parks(`，${character}县工业园招商`).some((p) => p.startsWith(character)), `no park opens with ${character}`);
      });
    }
  });
});
