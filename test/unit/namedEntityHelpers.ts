// Helpers for the PARK / PROJECT / COMPANY tests: run the recogniser on a folded text and read
// the spans back in the original text, as an editor user would see them.
import { strict as assert } from 'node:assert';
import { foldText, toOriginal } from '../../src/core/fold';
import { findNamedEntities, type NamedSpan } from '../../src/core/recognition/namedEntities';

export type NamedLabel = NamedSpan['label'];

/** `LABEL:text` for every span found in `text`, in order. */
export function namedIn(text: string): string[] {
  const folded = foldText(text);
  return findNamedEntities(folded.text).map((e) => {
    const [s, t] = toOriginal(folded, e.start, e.end);
    return `${e.label}:${text.slice(s, t)}`;
  });
}

/** Only the spans of one label, as their text. */
export function namesOf(label: NamedLabel, text: string): string[] {
  return namedIn(text)
    .filter((n) => n.startsWith(`${label}:`))
    .map((n) => n.slice(label.length + 1));
}

/** Splits `a [[PARK:b]] c` into the plain text and the expected `LABEL:text` list. */
export function parseMarked(marked: string): { text: string; expected: string[] } {
  let text = '';
  const expected: string[] = [];
  let last = 0;
  for (const m of marked.matchAll(/\[\[(PARK|PROJECT|COMPANY):(.*?)\]\]/g)) {
    text += marked.slice(last, m.index) + m[2];
    expected.push(`${m[1]}:${m[2]}`);
    last = (m.index ?? 0) + m[0].length;
  }
  return { text: text + marked.slice(last), expected };
}

/** Asserts that the paragraph's marked spans (`[[LABEL:text]]`) are exactly the PARK/PROJECT/COMPANY it yields. */
export function assertNames(marked: string): void {
  const { text, expected } = parseMarked(marked);
  assert.deepEqual(namedIn(text), expected);
}
