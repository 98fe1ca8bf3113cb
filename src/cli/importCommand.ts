// `invest-news import`: annotations made in another tool back into the sidecars. Every input
// document must carry the exact text of an article under --articles; any problem (bad line,
// offsets past the end, text mismatch) refuses the whole import and nothing is written.
// Conflicts with annotations already in a sidecar are listed and left alone unless --replace.
import { readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import type { ImportFormat } from '../core/interop/annotatedArticle';
import { IMPORT_FORMATS } from '../core/interop/annotatedArticle';
import { importFormat, readsFile } from '../core/interop/formats';
import type { ImportProblem, InputFile } from '../core/interop/importedDocument';
import { formatProblem } from '../core/interop/importedDocument';
import type { ExistingArticle } from '../core/interop/importPlan';
import { renderImportReport } from '../core/interop/report';
import { planImport, sidecarFor } from '../core/interop/importPlan';
import type { Sidecar } from '../core/sidecar/sidecarSchema';
import { parseSidecar, serializeSidecar } from '../core/sidecar/sidecarSchema';
import { parseArgs } from './args';
import { writeFilesAtomically } from './atomicWrite';
import { CliError, EXIT_USAGE } from './cliError';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, describeFsError, expandPaths, readArticle } from './files';
import { terminalSafe, writeOut } from './output';
import { ANNOTATOR_HELP, ANNOTATOR_OPTION, annotatorOf, sidecarOf } from './annotatorOption';
import { readStoredReview } from './reviewedArticle';

const OPTIONS = {
  from: { type: 'string', choices: IMPORT_FORMATS },
  articles: { type: 'string' },
  'dry-run': { type: 'boolean' },
  replace: { type: 'boolean' },
  author: { type: 'string' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
  'doccano-graphemes': { type: 'boolean' },
  annotator: ANNOTATOR_OPTION,
} as const;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'read jsonl, brat, label-studio or doccano annotations into the sidecars',
  usage: `usage: invest-news import FILE|DIR --from FORMAT --articles DIR [--dry-run] [--replace] [--doccano-graphemes] [--annotator NAME]

Adds the annotations of FILE (or of the FORMAT's files in DIR) to the sidecars of the articles
in --articles DIR (ARTICLE.txt.ann.json beside each article), as accepted annotations.

  --from FORMAT    jsonl (this tool's export; UTF-16 offsets), brat (.ann + .txt; code points),
                   label-studio (JSON export; code points), doccano (JSONL; UTF-16 units, or
                   grapheme clusters when the line says "offset_unit": "grapheme")
  --doccano-graphemes  doccano offsets count grapheme clusters (a project with that mode on:
                   doccano writes no unit marker); without it, an offset that splits a
                   character cluster is refused
  --articles DIR   the corpus: an input document belongs to the article its file name names,
                   else to the article with exactly its text; a text that differs is refused
  --dry-run        show what would change, write nothing
  --replace        take the imported annotation where it conflicts with a stored one
                   (default: keep the stored one and list the conflict)
  --author NAME    recorded as the author of the imported annotations (default: the OS user)
  --include GLOB   which files of --articles are articles (default ${DEFAULT_INCLUDE})
${ANNOTATOR_HELP}

Nothing is written when any input line is bad (truncated JSON, offsets past the end, a stored
text that is not at its offsets, a text that is not the article's): fix it and run again.
Unreviewed suggestions in the input (predictions, status "suggested") are not imported.
Links (brat relations project/company/park, Label Studio relations, the JSONL
project/company/park fields) are imported as accepted links between imported spans;
a link already stored is left alone, one the sidecar contradicts is a conflict (--replace).
The sidecars are written all or none: if one cannot be written, the others are left as they were.`,

  async run(argv) {
    const { positionals, options } = parseArgs('import', argv, OPTIONS);
    const format = options.from as ImportFormat | undefined;
    if (!format) throw new CliError(`import: --from FORMAT is required (${IMPORT_FORMATS.join(', ')})`, EXIT_USAGE);
    if (!options.articles) throw new CliError('import: --articles DIR is required', EXIT_USAGE);
    if (positionals.length !== 1) throw new CliError('import: give one FILE or DIR to import', EXIT_USAGE);
    const { root, files } = readInput(positionals[0], format);
    const annotator = annotatorOf('import', options.annotator);
    const corpus = loadArticles(options.articles, options.include, annotator);
    const plan = planImport(importFormat(format, files, { doccanoGraphemes: options['doccano-graphemes'] }), corpus.articles, {
      author: options.author ?? defaultAuthor(),
      now: new Date(),
      replace: options.replace,
    });
    const shown = (p: ImportProblem) => terminalSafe(formatProblem({ ...p, file: join(root, p.file) }), true);
    for (const warning of corpus.warnings) process.stderr.write(`invest-news: warning: ${terminalSafe(warning, true)}\n`);
    for (const note of plan.notes) process.stderr.write(`invest-news: note: ${shown(note)}\n`);
    if (plan.problems.length) {
      for (const problem of plan.problems) process.stderr.write(`invest-news: ${shown(problem)}\n`);
      throw new CliError(`import: ${plan.problems.length} problem(s) in the input; nothing was written`);
    }
    const writes = plan.articles
      .filter((a) => a.added.length > 0 || a.replaced.length > 0 || a.addedLinks.length > 0)
      .map((a) => {
        const path = sidecarOf(join(options.articles as string, ...a.file.split('/')), annotator);
        // Fields of the sidecar this version does not know are kept (a newer version wrote them);
        // the links are the stored ones (but for those whose spans the import replaced) and the imported ones.
        const stored = corpus.sidecars.get(a.file);
        const content = serializeSidecar({ ...stored, ...sidecarFor(a.file, a.text, a.annotations), links: a.links });
        const check = parseSidecar(content);
        if (!check.ok) throw new CliError(`import: the new sidecar ${path} would be invalid (${check.problem}); nothing was written`);
        return { path, content };
      });
    if (!options['dry-run']) writeFilesAtomically(writes);
    await writeOut(terminalSafe(`invest-news ${renderImportReport(plan, options['dry-run'], writes.length)}`));
  },
};

/** The input files, paths relative to the input folder (brat pairs `.ann` with the `.txt` beside it). */
function readInput(path: string, format: ImportFormat): { root: string; files: InputFile[] } {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
  if (!isDirectory) {
    const paths = format === 'brat' && path.endsWith('.ann') ? [path, `${path.slice(0, -4)}.txt`] : [path];
    return { root: dirname(path), files: paths.map((p) => ({ path: basename(p), content: readUtf8(p) })) };
  }
  const found = expandPaths([path], '**').filter((f) => readsFile(format, f));
  if (found.length === 0) throw new CliError(`${path}: no ${format} files in it`);
  return { root: path, files: found.map((f) => ({ path: relative(path, f).split('\\').join('/'), content: readUtf8(f) })) };
}

/** Strict UTF-8; a BOM is kept (brat counts it as a character; the JSON readers drop it). */
function readUtf8(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(`${path}:${badUtf8Line(bytes)}: not valid UTF-8 (a file cut off in the middle of a character?)`);
  }
}

/** 1-based line holding the first byte sequence that is not UTF-8. */
function badUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let from = 0;
  while (from <= bytes.length) {
    const newline = bytes.indexOf(0x0a, from);
    const to = newline < 0 ? bytes.length : newline;
    try {
      decoder.decode(bytes.subarray(from, to));
    } catch {
      return line;
    }
    if (newline < 0) break;
    from = newline + 1;
    line++;
  }
  return line;
}

interface Corpus {
  articles: ExistingArticle[];
  /** The sidecars as read, by article path relative to the folder. */
  sidecars: Map<string, Sidecar>;
  warnings: string[];
}

/** The corpus, with each sidecar's annotations at the article's current offsets (the editor's rule). */
function loadArticles(folder: string, include: string, annotator: string): Corpus {
  const corpus: Corpus = { articles: [], sidecars: new Map(), warnings: [] };
  for (const path of expandPaths([folder], include)) {
    const file = relative(folder, path).split('\\').join('/');
    const text = readArticle(path);
    const stored = readStoredReview(path, text, annotator);
    corpus.warnings.push(...stored.warnings);
    if (stored.sidecar) corpus.sidecars.set(file, stored.sidecar);
    corpus.articles.push(stored.problem ? { file, text, annotations: [], problem: stored.problem } : { file, text, annotations: stored.annotations, links: stored.sidecar?.links ?? [] });
  }
  return corpus;
}

function defaultAuthor(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}
