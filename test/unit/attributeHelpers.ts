// Helper for the role and scope tests: each amount of a text with its role and scope, as one
// readable line (`8亿元 investment item`).
import { recognize } from '../../src/core/recognition/recognize';

/** `text role scope` for each MONEY the recogniser finds in `text`, in order. */
export function attributes(text: string): string[] {
  return recognize(text)
    .filter((e) => e.label === 'MONEY')
    .map((e) => `${e.text} ${e.role} ${e.scope}`);
}

/** The role of each MONEY the recogniser finds in `text`, in order. */
export function roles(text: string): string[] {
  return attributes(text).map((a) => a.split(' ')[1]);
}
