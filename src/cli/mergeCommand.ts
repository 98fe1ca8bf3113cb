// `invest-news merge BASE OURS THEIRS [PATH]`: a git merge driver for sidecars. Merges by
// annotation and link id (src/core/sidecar/sidecarMerge.ts) and writes the result over OURS, as git
// expects; exit 0 when clean, 1 when something conflicted (OURS's version kept, each conflict
// told on stderr) or a file is not a valid sidecar (OURS left untouched).
import { readFileSync } from 'node:fs';
import { parseSidecar, serializeSidecar, type Sidecar } from '../core/sidecar/sidecarSchema';
import { mergeSidecars } from '../core/sidecar/sidecarMerge';
import { parseArgs } from './args';
import { writeFileAtomic } from './atomicWrite';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cliError';
import type { CliCommand } from './command';
import { describeFsError } from './files';
import { terminalSafe } from './output';

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'merge two versions of a sidecar by annotation id (a git merge driver)',
  usage: `usage: invest-news merge BASE OURS THEIRS [PATH]

Merges two versions of an annotation file (OURS, THEIRS) against their common ancestor (BASE;
an empty file when there is none) by annotation and link id, and writes the result over OURS:
  - both sides' additions are kept; a change or removal made on one side is applied;
  - the same span tagged on both sides (two ids) is kept once;
  - an annotation or link changed differently on both sides keeps OURS's version and is
    reported; the exit status is then 1, so git marks the file as conflicted;
  - links whose annotations are gone are dropped.
PATH is the file's name in the repository, for messages (git's %P).

As a git merge driver (see the README):
  .gitattributes:  *.ann.json merge=invest-news
  git config merge.invest-news.name "invest-news sidecar merge"
  git config merge.invest-news.driver "invest-news merge %O %A %B %P"`,

  async run(argv) {
    const { positionals } = parseArgs('merge', argv, {});
    if (positionals.length < 3 || positionals.length > 4) throw new CliError('merge: give BASE OURS THEIRS [PATH]', EXIT_USAGE);
    const [basePath, oursPath, theirsPath, name = oursPath] = positionals;
    const base = readSidecar(basePath, name, true);
    const ours = readSidecar(oursPath, name, false);
    const theirs = readSidecar(theirsPath, name, false);
    if (!ours || !theirs) throw new CliError(`merge: ${name}: an empty version; nothing to merge by id`);
    const { merged, conflicts } = mergeSidecars(base, ours, theirs);
    if (merged !== ours || conflicts.length === 0) writeFileAtomic(oursPath, serializeSidecar(merged));
    for (const conflict of conflicts) process.stderr.write(`invest-news: merge: ${terminalSafe(name)}: ${terminalSafe(conflict.message)}\n`);
    return conflicts.length > 0 ? EXIT_FAILURE : 0;
  },
};

/** The parsed sidecar; undefined for an empty file when `mayBeEmpty` (git's BASE without ancestor). */
function readSidecar(path: string, name: string, mayBeEmpty: boolean): Sidecar | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`merge: ${path}: ${describeFsError(error)}`);
  }
  if (mayBeEmpty && text.trim() === '') return undefined;
  const parsed = parseSidecar(text);
  if (!parsed.ok) throw new CliError(`merge: ${name}${path === name ? '' : ` (${path})`}: ${parsed.problem}`);
  return parsed.sidecar;
}
