// Helpers for the tests of whole paragraphs: a paragraph with its names marked `[[LABEL:text]]`
// and the attributes each amount must have, checked as one test per paragraph.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';
import { namedIn, parseMarked } from './namedEntityHelpers';

/** An amount's text and only the attributes the test cares about. */
export type MoneyExpect = Partial<Pick<Entity, 'value' | 'max' | 'currency' | 'qualifier' | 'role' | 'scope'>> & { text: string };

/** Asserts the text's amounts are exactly `money`, in order, with the attributes each one states. */
export function assertMoney(text: string, money: readonly MoneyExpect[]): void {
  const found = recognize(text).filter((e) => e.label === 'MONEY');
  assert.deepEqual(found.map((e) => e.text), money.map((m) => m.text));
  money.forEach((exp, i) => {
    for (const key of ['value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const) {
      if (key in exp) assert.equal(found[i][key], exp[key], `${exp.text}: ${key}`);
    }
  });
}

/** A rule, a paragraph with its names marked `[[LABEL:text]]`, and its amounts. */
export type MarkedParagraph = readonly [rule: string, marked: string, money: readonly MoneyExpect[]];

/** One test per paragraph, titled by its rule: the marked names are exactly the spans found, and the amounts read as listed. */
export function itChecksParagraphs(paragraphs: readonly MarkedParagraph[]): void {
  for (const [rule, marked, money] of paragraphs) {
    it(rule, () => {
      const { text, expected } = parseMarked(marked);
      assert.deepEqual(namedIn(text), expected);
      assertMoney(text, money);
    });
  }
}
