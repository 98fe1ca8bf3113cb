// `invest-news extract`: the engine's entities as JSONL (the contract score.mjs reads) or JSON.
import { parseArgs } from './args';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths } from './files';
import type { TaskValues } from './fileTasks';
import { LEXICON_HELP, LEXICON_OPTION, lexiconOf } from './lexiconOption';
import { JOBS_HELP, JOBS_OPTION, jobsOf } from './jobsOption';
import { writeOut } from './output';
import { forEachInOrder } from './workerPool';

const OPTIONS = {
  format: { type: 'string', choices: ['jsonl', 'json'], default: 'jsonl' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
  lexicon: LEXICON_OPTION,
  jobs: JOBS_OPTION,
} as const;

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'print the entities the engine finds, one JSON object a line',
  usage: `usage: invest-news extract PATH… [--format jsonl|json] [--include GLOB] [--lexicon FILE] [--jobs N]

Runs the recogniser over each article and prints one entity a line (JSONL):
  {"file","label","start","end","text","value","max","currency","qualifier","role","scope",
   "project","company","park"}
MONEY attributes appear only on MONEY entities, and only those that apply. "project",
"company" and "park" are the [start, end] of the span the amount is linked to (whose money
it is), each absent when the text does not say.
Offsets are UTF-16 code units into the decoded text (BOM dropped), end exclusive.

  PATH            a file (taken as given) or a folder (searched recursively)
  --format F      jsonl (default) or json (one array)
  --include GLOB  which files to take from folders (default ${DEFAULT_INCLUDE});
                  ** = any folders, * = any characters in a name
${LEXICON_HELP}
${JOBS_HELP}
Articles may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.`,

  async run(argv) {
    const { positionals, options } = parseArgs('extract', argv, OPTIONS);
    const jobs = jobsOf('extract', options.jobs);
    const files = expandPaths(positionals, options.include);
    const lexicon = lexiconOf('extract', options.lexicon);
    const json = options.format === 'json';
    const separator = json ? ',\n' : '\n';
    const terminator = json ? '' : '\n';
    let first = true;
    if (json) await writeOut('[');
    await forEachInOrder<TaskValues['extract']>(files.map((file) => ({ kind: 'extract', file, separator, terminator })), jobs, async ({ bytes }) => {
      if (bytes.length === 0) return;
      if (json) await writeOut(first ? '\n' : ',\n');
      await writeOut(bytes);
      first = false;
    }, lexicon);
    if (json) await writeOut(first ? ']\n' : '\n]\n');
  },
};
