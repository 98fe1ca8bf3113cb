// What the recogniser finds in a case paragraph, read back as one line per amount or name, so a
// test states the expected reading the way a reviewer would write it down.
import { strict as assert } from 'node:assert';
import { recognize } from '../../../src/core/recognition/recognize';
import type { Entity } from '../../../src/core/types';
import { namedIn, parseMarked } from '../namedEntityHelpers';

const amountsIn = (text: string): Entity[] => recognize(text).filter((e) => e.label === 'MONEY');

/** `text=value` for each amount. */
export const valuesOf = (text: string): string[] => amountsIn(text).map((e) => `${e.text}=${e.value}`);

/** `text currency` for each amount. */
export const currencies = (text: string): string[] => amountsIn(text).map((e) => `${e.text} ${e.currency}`);

/** `text role/scope` for each amount. */
export const rolesAndScopes = (text: string): string[] => amountsIn(text).map((e) => `${e.text} ${e.role}/${e.scope}`);

/** `text value role` for each amount. */
export const valuesAndRoles = (text: string): string[] => amountsIn(text).map((e) => `${e.text} ${e.value} ${e.role}`);

/** `LABEL:text` for every PARK, PROJECT and COMPANY of the whole recogniser (short names declared by the article included). */
export function namesInText(text: string): string[] {
  return recognize(text)
    .filter((e) => e.label !== 'MONEY')
    .map((e) => `${e.label}:${e.text}`);
}

/** An amount's text and only the attributes the test cares about. */
export type MoneyExpect = Partial<Pick<Entity, 'value' | 'max' | 'currency' | 'qualifier' | 'role' | 'scope'>> & { text: string };

/** Asserts the text's amounts are exactly `money`, in order, with the attributes each one states. */
export function assertMoney(text: string, money: readonly MoneyExpect[]): void {
  const found = amountsIn(text);
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
