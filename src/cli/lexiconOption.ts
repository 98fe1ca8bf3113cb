// `--lexicon FILE`: the workspace lexicon (src/core/lexicon/) the editor uses, so that the command
// line suggests the same names and never the strings the researcher rejected. Without the option,
// `.invest-news/lexicon.json` in the current folder or the nearest folder above it is used when
// there is one (the editor's lexicon lives there in the workspace folder). A lexicon that cannot
// be used stops the command with FILE:LINE: results without it would not be the editor's.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import { LEXICON_PATH, parseLexicon } from '../core/workspaceLexicon/workspaceLexicon';
import { CliError, EXIT_USAGE } from './cliError';

export const LEXICON_OPTION = { type: 'string' } as const;

export const LEXICON_HELP = `  --lexicon FILE  the workspace lexicon: its names are suggested, its rejected strings
                  never are, spellings of one park are totalled under its canonical name;
                  default ${LEXICON_PATH} in the current folder or the nearest one above`;

/**
 * A lexicon read and checked in the main thread: its file and text go to each worker thread
 * (once, when it starts; see workerPool.ts), which parses them once (`matcherOfText`).
 */
export interface LoadedLexicon {
  file: string;
  text: string;
  matcher: LexiconMatcher;
}

/** The lexicon read and checked; undefined without a lexicon (or an empty one). */
export function lexiconOf(command: string, option: string | undefined, from = process.cwd()): LoadedLexicon | undefined {
  const file = option ?? findDefault(from);
  if (file === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${command}: --lexicon ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`, EXIT_USAGE);
  }
  const matcher = matcherOfText(file, text);
  return matcher ? { file, text, matcher } : undefined;
}

/** The matcher of a lexicon file's text; undefined when it is empty. A lexicon that cannot be used throws FILE:LINE. */
export function matcherOfText(file: string, text: string): LexiconMatcher | undefined {
  const parsed = parseLexicon(text);
  if (!parsed.ok) throw new CliError(`${file}:${parsed.line}: ${parsed.problem} (the lexicon cannot be used; fix it or pass another with --lexicon)`);
  const matcher = new LexiconMatcher(parsed.lexicon);
  return matcher.isEmpty ? undefined : matcher;
}

function findDefault(from: string): string | undefined {
  for (let folder = resolve(from); ; folder = dirname(folder)) {
    const candidate = join(folder, LEXICON_PATH);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}
