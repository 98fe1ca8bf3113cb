// `invest-news export`: the reviewed annotations of the articles in one of six formats
// (src/core/interop). Progress goes to stderr; the summary (what was written, annotations per
// label, anything skipped and why) to stdout.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { AnnotatedArticle, Format, OutputFile } from '../core/interop/annotatedArticle';
import { FORMAT_TABLE, FORMATS } from '../core/interop/annotatedArticle';
import { relativeToCommonFolder } from '../core/interop/collect';
import type { Destination, OverwriteRefusal } from '../core/interop/exportPlacement';
import { overwriteRefusal, placeExport } from '../core/interop/exportPlacement';
import { exportFormat } from '../core/interop/formats';
import { renderExportSummary } from '../core/interop/report';
import { sidecarPathFor } from '../core/sidecar/sidecarSchema';
import { parseArgs } from './args';
import { writeFilesAtomically } from './atomicWrite';
import { CliError, EXIT_USAGE } from './cliError';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths } from './files';
import { ProblemLog } from './problemLog';
import { terminalSafe, writeOut } from './output';
import { ANNOTATOR_HELP, ANNOTATOR_OPTION, annotatorOf } from './annotatorOption';
import { LEXICON_HELP, LEXICON_OPTION, lexiconOf } from './lexiconOption';
import type { TaskValues } from './fileTasks';
import { JOBS_HELP, JOBS_OPTION, jobsOf } from './jobsOption';
import { forEachInOrder } from './workerPool';

const OPTIONS = {
  to: { type: 'string', choices: FORMATS },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'include-suggestions': { type: 'boolean' },
  'doccano-graphemes': { type: 'boolean' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
  annotator: ANNOTATOR_OPTION,
  lexicon: LEXICON_OPTION,
  jobs: JOBS_OPTION,
} as const;

/** Progress lines are printed for exports of at least this many articles. */
const PROGRESS_FROM = 20;

const FORMAT_NAME_WIDTH = Math.max(...FORMATS.map((f) => f.length)) + 2;
const FORMAT_LINES = FORMATS.map((f, i) => `${i === 0 ? '  --to FORMAT             ' : ' '.repeat(26)}${f.padEnd(FORMAT_NAME_WIDTH)}${FORMAT_TABLE[f].help}`).join('\n');

export const exportCommand: CliCommand = {
  name: 'export',
  summary: `write the annotations in ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS[FORMATS.length - 1]} format`,
  usage: `usage: invest-news export PATH… --to FORMAT --out DIR|FILE [--force] [--include-suggestions] [--annotator NAME] [--lexicon FILE] [--jobs N]

Exports the accepted annotations of each article's sidecar (ARTICLE.txt.ann.json) and the
accepted links between them (an amount's project, company and park); rejected spans never.
Paths in the export are relative to the folder the articles share. CoNLL has no place for links.

${FORMAT_LINES}
  --out DIR|FILE          ${FORMATS.filter((f) => FORMAT_TABLE[f].folder).join(', ')} writes a folder; the others one file: a FILE name, or a DIR
                          to write the default name into (annotations.csv, …); Label Studio's
                          config goes beside it. A DIR that does not exist is created; a name
                          with an extension is a FILE.
  --force                 replace output files that already exist (never an article or an
                          annotation file: those are refused even then)
  --include-suggestions   also export the engine's unreviewed suggestions and suggested links
                          (marked as such: status "suggested", Label Studio predictions, brat
                          attribute Suggested and note "suggested link")
  --doccano-graphemes     doccano offsets in grapheme clusters (a project with that mode on)
  --include GLOB          which files to take from folders (default ${DEFAULT_INCLUDE})
${ANNOTATOR_HELP}
${LEXICON_HELP}
${JOBS_HELP}

All files of an export are written, or none: on any failure the files already there are left
as they were. An annotation file that cannot be used (not UTF-8, not valid) is reported in one
line; its article is exported without it and the exit status is 1.`,

  async run(argv) {
    const { positionals, options } = parseArgs('export', argv, OPTIONS);
    const format = options.to as Format | undefined;
    if (!format) throw new CliError(`export: --to FORMAT is required (${FORMATS.join(', ')})`, EXIT_USAGE);
    if (!options.out) throw new CliError('export: --out DIR|FILE is required', EXIT_USAGE);
    const annotator = annotatorOf('export', options.annotator);
    const jobs = jobsOf('export', options.jobs);
    const files = expandPaths(positionals, options.include);
    const lexicon = lexiconOf('export', options.lexicon);
    const names = relativeToCommonFolder(files.map((f) => resolve(f)));
    const includeSuggestions = options['include-suggestions'];
    // The whole export is built before anything is written (all files, or none), so the
    // articles are kept until then.
    const articles: AnnotatedArticle[] = [];
    const problems = new ProblemLog();
    const tasks = files.map((file, i) => ({ kind: 'export' as const, file, name: names[i], annotator, includeSuggestions }));
    await forEachInOrder<TaskValues['export']>(tasks, jobs, (exported, i) => {
      problems.add(exported);
      articles.push(exported.article);
      if (files.length >= PROGRESS_FROM && ((i + 1) % Math.ceil(files.length / 20) === 0 || i + 1 === files.length)) {
        process.stderr.write(`invest-news export: read ${i + 1}/${files.length} articles\n`);
      }
    }, lexicon);
    const result = exportFormat(format, articles, { doccanoGraphemes: options['doccano-graphemes'] });
    const targets = outputPaths(format, result.files, options.out);
    refuseOverwriting(targets.map((t) => t.target), files, options.force);
    writeFilesAtomically(targets.map(({ target, file }) => ({ path: target, content: file.bom ? `\ufeff${file.content}` : file.content })));
    problems.print();
    await writeOut(terminalSafe(`invest-news ${renderExportSummary(format, articles.length, result, targets.map((t) => t.target), options['include-suggestions'])}`));
    return problems.exitStatus();
  },
};

/** Where each output file goes (src/core/interop/exportPlacement.ts decides; this joins the paths). */
function outputPaths(format: Format, files: readonly OutputFile[], out: string): { target: string; file: OutputFile }[] {
  const placement = placeExport(format, files, { kind: kindOf(out), name: basename(out) });
  if (!placement.ok) throw new CliError(`export: ${out} is a file; ${format} writes a folder of files, give a folder as --out`);
  return placement.files.map(({ file, base, segments }) => ({ file, target: join(base === 'destination' ? out : dirname(out), ...segments) }));
}

function kindOf(path: string): Destination['kind'] {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'file';
  } catch {
    return 'missing';
  }
}

const REFUSALS: Record<OverwriteRefusal, string> = {
  annotationFile: 'is an annotation file; an export never replaces one: choose another --out',
  article: 'is an article (one exported, or one with an annotation file beside it); an export never replaces one: choose another --out',
  folder: 'is a folder; choose another --out',
  exists: 'already exists; add --force to replace it, or choose another --out',
};

/** Nothing is written when any target is an article, a sidecar, or (without --force) an existing file. */
function refuseOverwriting(targets: readonly string[], articles: readonly string[], force: boolean): void {
  const exported = new Set(articles.flatMap((a) => [resolve(a), resolve(sidecarPathFor(a))]));
  for (const target of targets) {
    let isFolder = false;
    let exists = false;
    try {
      isFolder = statSync(target).isDirectory();
      exists = true;
    } catch {
      // Missing (or unreadable: the write will say why).
    }
    const refusal = overwriteRefusal({ path: target, exists, isFolder, hasSidecar: existsSync(sidecarPathFor(target)), isExportedArticle: exported.has(resolve(target)) }, force);
    if (refusal) throw new CliError(`export: ${target} ${REFUSALS[refusal]}; nothing was written`);
  }
}
