// What the recogniser finds in a case paragraph, read back as one line per amount or name, so a
// test states the expected reading the way a reviewer would write it down.
import { recognize } from '../../../src/core/recognition/recognize';
import type { Entity } from '../../../src/core/types';

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
