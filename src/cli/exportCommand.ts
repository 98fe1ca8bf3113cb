// `invest-news export`: the reviewed annotations of the articles in one of six formats
// (src/core/interop). Progress goes to stderr; the summary (what was written, annotations per
// label, anything skipped and why) to stdout.
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { AnnotatedArticle, ExportResult, Format } from '../core/interop/annotatedArticle';
import { FORMATS } from '../core/interop/annotatedArticle';
import { annotatedArticle, relativeToCommonFolder } from '../core/interop/collect';
import { exportFormat, exportsFolder } from '../core/interop/formats';
import { renderExportSummary } from '../core/interop/report';
import { sidecarPathFor } from '../core/sidecarSchema';
import { parseArgs } from './args';
import { writeFileAtomic } from './atomicWrite';
import { CliError, EXIT_USAGE } from './cliError';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths } from './files';
import { writeOut } from './output';
import { loadReviewedArticle } from './reviewedArticle';

const OPTIONS = {
  to: { type: 'string', choices: FORMATS },
  out: { type: 'string' },
  'include-suggestions': { type: 'boolean' },
  'doccano-graphemes': { type: 'boolean' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
} as const;

/** Progress lines are printed for exports of at least this many articles. */
const PROGRESS_FROM = 20;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write the annotations in jsonl, csv, brat, label-studio, doccano or conll format',
  usage: `usage: invest-news export PATH… --to FORMAT --out DIR|FILE [--include-suggestions]

Exports the accepted annotations of each article's sidecar (ARTICLE.txt.ann.json); rejected
spans never. Paths in the export are relative to the folder the articles share.

  --to FORMAT             jsonl         one article a line, all attributes; UTF-16 offsets
                          csv           one annotation a row, UTF-8 with BOM (Excel); UTF-16 offsets
                          brat          .txt + .ann pairs, annotation.conf, visual.conf; code points
                          label-studio  tasks JSON + labeling config XML; code points
                          doccano       JSONL {text, label: [[start, end, LABEL]]}; UTF-16 offsets
                          conll         character-level BIO, one character a line; no offsets
  --out DIR|FILE          brat writes a folder; the others one file (a FILE name, or a DIR to
                          write annotations.jsonl, … into). Label Studio's config goes beside it.
  --include-suggestions   also export the engine's unreviewed suggestions (marked as such:
                          status "suggested", Label Studio predictions, brat attribute Suggested)
  --doccano-graphemes     doccano offsets in grapheme clusters (a project with that mode on)
  --include GLOB          which files to take from folders (default ${DEFAULT_INCLUDE})`,

  async run(argv) {
    const { positionals, options } = parseArgs('export', argv, OPTIONS);
    const format = options.to as Format | undefined;
    if (!format) throw new CliError(`export: --to FORMAT is required (${FORMATS.join(', ')})`, EXIT_USAGE);
    if (!options.out) throw new CliError('export: --out DIR|FILE is required', EXIT_USAGE);
    const files = expandPaths(positionals, options.include);
    const names = relativeToCommonFolder(files.map((f) => resolve(f)));
    const articles: AnnotatedArticle[] = [];
    const warnings: string[] = [];
    files.forEach((file, i) => {
      const article = loadReviewedArticle(file);
      warnings.push(...article.warnings);
      articles.push(annotatedArticle(names[i], article.text, article.items, options['include-suggestions']));
      if (files.length >= PROGRESS_FROM && ((i + 1) % Math.ceil(files.length / 20) === 0 || i + 1 === files.length)) {
        process.stderr.write(`invest-news export: read ${i + 1}/${files.length} articles\n`);
      }
    });
    const result = exportFormat(format, articles, { doccanoGraphemes: options['doccano-graphemes'] });
    const targets = outputPaths(result, options.out, exportsFolder(format));
    refuseOverwritingInputs(targets.map((t) => t.target), files);
    for (const { target, file } of targets) writeFileAtomic(target, file.bom ? `\ufeff${file.content}` : file.content);
    for (const warning of warnings) process.stderr.write(`invest-news: warning: ${warning}\n`);
    await writeOut(`invest-news ${renderExportSummary(format, articles.length, result, targets.map((t) => t.target), options['include-suggestions'])}`);
  },
};

/** Where each output file goes: into the folder `out`, or the main file at `out` and the rest beside it. */
function outputPaths(result: ExportResult, out: string, folder: boolean) {
  const isDirectory = existsSync(out) && statSync(out).isDirectory();
  const asFile = !folder && !isDirectory && extname(out) !== '';
  return result.files.map((file, i) => ({
    file,
    target: asFile ? (i === 0 ? out : join(dirname(out), file.path)) : join(out, ...file.path.split('/')),
  }));
}

/** An export must never replace an article or a sidecar (brat copies `.txt` files: `--out` must not be the corpus). */
function refuseOverwritingInputs(targets: readonly string[], articles: readonly string[]): void {
  const protectedPaths = new Set(articles.flatMap((a) => [resolve(a), resolve(sidecarPathFor(a))]));
  const clash = targets.find((t) => protectedPaths.has(resolve(t)));
  if (clash) throw new CliError(`export: ${clash} is an article or sidecar of the corpus; choose another --out`);
}
