// `invest-news extract`: the engine's entities as JSONL (the contract score.mjs reads) or JSON.
import { withLinks } from '../core/links';
import { recognize } from '../core/recognize';
import type { Entity } from '../core/types';
import { LINK_KINDS } from '../core/types';
import { parseArgs } from './args';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths, readArticle } from './files';
import { LEXICON_HELP, LEXICON_OPTION, lexiconOf } from './lexiconOption';
import { jsonSafe, writeOut } from './output';

const OPTIONS = {
  format: { type: 'string', choices: ['jsonl', 'json'], default: 'jsonl' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
  lexicon: LEXICON_OPTION,
} as const;

/** Keys in the order of the contract; MONEY attributes only where the entity has them. */
const KEYS = ['label', 'start', 'end', 'text', 'value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const;

export function entityRecord(file: string, entity: Entity): Record<string, unknown> {
  const record: Record<string, unknown> = { file };
  for (const key of KEYS) if (entity[key] !== undefined) record[key] = entity[key];
  // Each link as [start, end] of the linked span (the scorer's fields), absent without a link.
  for (const kind of LINK_KINDS) {
    const link = entity.links?.[kind];
    if (link) record[kind] = [link.start, link.end];
  }
  return record;
}

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'print the entities the engine finds, one JSON object a line',
  usage: `usage: invest-news extract PATH… [--format jsonl|json] [--include GLOB] [--lexicon FILE]

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
Articles may be UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.`,

  async run(argv) {
    const { positionals, options } = parseArgs('extract', argv, OPTIONS);
    const files = expandPaths(positionals, options.include);
    const lexicon = lexiconOf('extract', options.lexicon);
    const json = options.format === 'json';
    let first = true;
    if (json) await writeOut('[');
    for (const file of files) {
      const text = readArticle(file);
      const lines = withLinks(text, recognize(text, lexicon)).map((entity) => jsonSafe(JSON.stringify(entityRecord(file, entity))));
      if (lines.length === 0) continue;
      if (json) {
        await writeOut(`${first ? '\n' : ',\n'}${lines.join(',\n')}`);
      } else {
        await writeOut(`${lines.join('\n')}\n`);
      }
      first = false;
    }
    if (json) await writeOut(first ? ']\n' : '\n]\n');
  },
};
