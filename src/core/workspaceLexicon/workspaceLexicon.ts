// The workspace lexicon: what the researcher has taught the engine, in one file kept with the
// corpus (`.invest-news/lexicon.json`). Names accepted as PARK, PROJECT or COMPANY are suggested
// wherever they occur; rejected strings are never suggested again; spellings of one park (or
// project, company) are grouped under one canonical name, so totals per park merge them.
//
// The file is research data edited by hand and kept in git: zod-validated, refused (with the
// line) rather than half-read, and written deterministically, one entry a line, entries sorted,
// so that two researchers' additions merge as separate lines.
import * as z from 'zod';
import { lineAt, lineOfPath, syntaxErrorAt } from './jsonLines';

export const LEXICON_FORMAT = 'invest-news-lexicon';
export const LEXICON_VERSION = 1;
/** Where the lexicon lives, relative to a workspace folder (and the CLI's default beside the corpus). */
export const LEXICON_PATH = '.invest-news/lexicon.json';

export const LEXICON_LABELS = ['PARK', 'PROJECT', 'COMPANY'] as const;
export type LexiconLabel = (typeof LEXICON_LABELS)[number];

export function isLexiconLabel(value: unknown): value is LexiconLabel {
  return typeof value === 'string' && (LEXICON_LABELS as readonly string[]).includes(value);
}

/** One spelling: not empty, one line, no space around it (it is matched exactly). */
const Spelling = z
  .string()
  .min(1, 'an empty name')
  .refine((s) => !/[\r\n]/.test(s), 'a name on more than one line')
  .refine((s) => s.trim() === s, 'a name with spaces around it');

const NameEntrySchema = z
  .object({
    /** The canonical name: totals group every spelling under it. */
    name: Spelling,
    label: z.enum(LEXICON_LABELS),
    /** Other spellings of the same entity (`苏州高新区` for `苏州高新技术产业开发区`). */
    variants: z.array(Spelling).optional(),
  })
  .strict();

export type LexiconEntry = z.infer<typeof NameEntrySchema>;

export const LexiconFileSchema = z
  .object({
    format: z.literal(LEXICON_FORMAT),
    version: z.literal(LEXICON_VERSION),
    names: z.array(NameEntrySchema),
    /** Strings never to be suggested as a PARK, PROJECT or COMPANY. */
    rejected: z.array(Spelling),
  })
  .strict();

export interface Lexicon {
  readonly names: readonly LexiconEntry[];
  readonly rejected: readonly string[];
}

export const EMPTY_LEXICON: Lexicon = Object.freeze({ names: Object.freeze([]), rejected: Object.freeze([]) });

export type LexiconParseResult = { ok: true; lexicon: Lexicon } | { ok: false; line: number; problem: string };

/** Parses lexicon text; never throws. A problem names its line (1-based) and what is wrong. */
export function parseLexicon(text: string): LexiconParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const at = syntaxErrorAt(body);
    const found = at < body.length ? `unexpected “${body[at]}”` : 'the file ends too early';
    return { ok: false, line: lineAt(body, at), problem: `not valid JSON: ${found}` };
  }
  const result = LexiconFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    return { ok: false, line: lineOfPath(body, issue.path), problem: `${where}: ${issue.message}` };
  }
  const clash = firstClash(result.data);
  if (clash) return { ok: false, line: lineOfPath(body, clash.path), problem: clash.problem };
  return { ok: true, lexicon: { names: result.data.names, rejected: result.data.rejected } };
}

/** A spelling listed twice (two entries, or a name and a rejection): the file would say two things. */
function firstClash(lexicon: Lexicon): { path: PropertyKey[]; problem: string } | undefined {
  const owner = new Map<string, string>();
  for (const [i, entry] of lexicon.names.entries()) {
    for (const [j, spelling] of spellingsOf(entry).entries()) {
      const path = j === 0 ? ['names', i, 'name'] : ['names', i, 'variants', j - 1];
      const first = owner.get(spelling);
      if (first !== undefined) return { path, problem: `“${spelling}” is already listed under “${first}”` };
      owner.set(spelling, entry.name);
    }
  }
  const rejected = new Set<string>();
  for (const [i, spelling] of lexicon.rejected.entries()) {
    const path = ['rejected', i];
    if (owner.has(spelling)) return { path, problem: `“${spelling}” is both a name (under “${owner.get(spelling)}”) and rejected` };
    if (rejected.has(spelling)) return { path, problem: `“${spelling}” is rejected twice` };
    rejected.add(spelling);
  }
  return undefined;
}

/** The canonical name first, then its variants. */
export function spellingsOf(entry: LexiconEntry): string[] {
  return [entry.name, ...(entry.variants ?? [])];
}

/** Plain code-unit order: the same on every machine and locale. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The file's text: keys in a fixed order, entries sorted by name, variants and rejections sorted,
 * one entry a line and a final newline. The same lexicon always gives the same bytes.
 */
export function serializeLexicon(lexicon: Lexicon): string {
  const names = [...lexicon.names].sort((a, b) => byCodeUnits(a.name, b.name)).map((entry) => {
    const json = JSON.stringify;
    const variants = entry.variants?.length ? `, "variants": [${[...new Set(entry.variants)].sort(byCodeUnits).map((v) => json(v)).join(', ')}]` : '';
    return `    { "name": ${json(entry.name)}, "label": ${json(entry.label)}${variants} }`;
  });
  const rejected = [...new Set(lexicon.rejected)].sort(byCodeUnits).map((s) => `    ${JSON.stringify(s)}`);
  const list = (lines: string[]) => (lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`);
  return `{\n  "format": "${LEXICON_FORMAT}",\n  "version": ${LEXICON_VERSION},\n  "names": ${list(names)},\n  "rejected": ${list(rejected)}\n}\n`;
}

/** The entry holding the spelling (as its name or a variant), if any. */
export function entryOf(lexicon: Lexicon, spelling: string): LexiconEntry | undefined {
  return lexicon.names.find((entry) => entry.name === spelling || entry.variants?.includes(spelling));
}
