// `invest-news agree`: how well two or more annotators agree, pair by pair: span F1 per label
// (exact offsets, and overlap), Cohen's kappa on the MONEY attributes and links of the spans both
// marked, a line per article, and optionally every disagreement in a CSV file.
import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { annotatorNameProblem, annotatorSidecarPath } from '../core/sidecar/annotators';
import { annotatorVersion, readSidecarForAgreement, type AnnotatorVersion } from '../core/agreement/annotatorVersion';
import { compareArticle, MONEY_ATTRIBUTES } from '../core/agreement/compareArticle';
import { diagnosisHeader, diagnosisRows } from '../core/agreement/diagnosis';
import type { KappaResult } from '../core/agreement/kappa';
import { PairAgreement, type LabelAgreement, type PairReport } from '../core/agreement/pairAgreement';
import { sidecarPathFor } from '../core/sidecar/sidecarSchema';
import { placeStoredAnnotations } from '../core/review/storedAnnotations';
import { LABELS, LINK_KINDS } from '../core/types';
import { parseArgs } from './args';
import { writeFileAtomic } from './atomicWrite';
import { CliError, EXIT_FAILURE, EXIT_USAGE } from './cliError';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths, readArticle, readSidecarText } from './files';
import { writeOut } from './output';
import { renderTable } from './table';

const OPTIONS = {
  articles: { type: 'string' },
  diagnosis: { type: 'string' },
  json: { type: 'boolean' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
} as const;

export const agreeCommand: CliCommand = {
  name: 'agree',
  summary: 'measure agreement between annotators (span F1 per label, kappa on amounts and links)',
  usage: `usage: invest-news agree A B [C…] [--articles DIR] [--json] [--diagnosis FILE] [--include GLOB]

Compares the annotators' sidecars pair by pair (A×B, A×C, B×C, …). Each of A, B, … is
  - a folder holding the articles and one annotator's sidecars beside them (ARTICLE.txt.ann.json),
    articles matched by their path inside the folders; or, with --articles DIR,
  - an annotator's name: their sidecars are DIR/…/annotators/NAME/ARTICLE.txt.ann.json (the
    layout of the setting investNews.annotator).
Only accepted annotations are claims of a span (rejected ones only silence a suggestion). An
article counts for a pair when both annotators have a sidecar for it and the same text.
  - per label: exact F1 (same offsets) and overlap F1 (spans that overlap), with A as reference
    for precision and recall;
  - Cohen's kappa on role, scope, currency and value of the amounts both marked (same offsets),
    and on each kind of link when the sidecars have links;
  - a table per article.

  A B …             folders of articles with sidecars, or annotator names with --articles
  --articles DIR    the articles, for annotator names
  --json            print { "pairs": [ { "a", "b", "labels": { "PARK": { "exactF1", "overlapF1", … } }, "money", "links", "perArticle" } ] }
  --diagnosis FILE  write every disagreement (article, label, both versions, the text around it) to a CSV file
  --include GLOB    which files are articles (default ${DEFAULT_INCLUDE})`,

  async run(argv) {
    const { positionals, options } = parseArgs('agree', argv, OPTIONS);
    const sources = annotatorSources(positionals, options.articles);
    const articles = listArticles(sources, options.include);
    const run = compareAll(sources, articles, options.diagnosis !== undefined);
    for (const warning of run.warnings) process.stderr.write(`invest-news: warning: ${warning}\n`);
    const reports = run.pairs.map((p) => p.agreement.report());
    if (reports.every((r) => r.articles === 0)) {
      throw new CliError(`no article has sidecars of two of the annotators (${sources.map((s) => s.name).join(', ')}); nothing to compare`, EXIT_FAILURE);
    }
    if (options.diagnosis !== undefined) writeFileAtomic(options.diagnosis, run.diagnosis);
    const result = { annotators: sources.map((s) => s.name), articles: articles.length, pairs: reports };
    await writeOut(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderAgreement(result.annotators, articles.length, reports));
  },
};

/** One annotator: where their articles and sidecars are. */
interface AnnotatorSource {
  name: string;
  /** Folder the article paths are relative to. */
  root: string;
  sidecarOf(articlePath: string): string;
}

function annotatorSources(positionals: readonly string[], articlesFolder: string | undefined): AnnotatorSource[] {
  if (positionals.length < 2) throw new CliError('agree: give at least two annotators (folders, or names with --articles DIR)', EXIT_USAGE);
  const repeated = positionals.find((p, i) => positionals.indexOf(p) !== i);
  if (repeated !== undefined) throw new CliError(`agree: "${repeated}" is given twice`, EXIT_USAGE);
  if (articlesFolder !== undefined) {
    return positionals.map((name) => {
      const problem = annotatorNameProblem(name);
      if (problem) throw new CliError(`agree: "${name}": ${problem}`, EXIT_USAGE);
      return { name, root: articlesFolder, sidecarOf: (article: string) => annotatorSidecarPath(sidecarPathFor(article), name) };
    });
  }
  return positionals.map((folder) => {
    if (!isFolder(folder)) throw new CliError(`${folder}: not a folder (to compare annotators by name, add --articles DIR)`, EXIT_USAGE);
    return { name: folder, root: folder, sidecarOf: sidecarPathFor };
  });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Article paths relative to the roots: the union over the annotators' folders, sorted. */
function listArticles(sources: readonly AnnotatorSource[], include: string): string[] {
  const all = new Set<string>();
  for (const root of new Set(sources.map((s) => s.root))) {
    for (const file of expandPaths([root], include)) all.add(relative(root, file).split(/[\\/]/).join('/'));
  }
  return [...all].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

interface PairRun {
  first: number;
  second: number;
  agreement: PairAgreement;
}

interface ComparisonRun {
  pairs: PairRun[];
  diagnosis: string;
  warnings: string[];
}

/** One article at a time (the corpus is never held in memory), every pair on it. */
function compareAll(sources: readonly AnnotatorSource[], articles: readonly string[], withDiagnosis: boolean): ComparisonRun {
  const pairs: PairRun[] = [];
  for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push({ first: i, second: j, agreement: new PairAgreement(sources[i].name, sources[j].name) });
  const missing = sources.map(() => new Skipped());
  const differing = pairs.map(() => new Skipped());
  const orphaned: string[] = [];
  let diagnosis = withDiagnosis ? diagnosisHeader() : '';
  for (const article of articles) {
    const loaded = sources.map((source, i) => {
      const found = loadVersion(source, article, orphaned);
      if (!found) missing[i].add(article);
      return found;
    });
    pairs.forEach((pair, p) => {
      const first = loaded[pair.first];
      const second = loaded[pair.second];
      if (!first || !second) return;
      if (first.text !== second.text) {
        differing[p].add(article);
        return;
      }
      const comparison = compareArticle(article, first.text, first.version, second.version);
      pair.agreement.add(comparison);
      if (withDiagnosis) diagnosis += diagnosisRows(pair.agreement.a, pair.agreement.b, comparison.disagreements);
    });
  }
  const warnings = [
    ...sources.flatMap((s, i) => missing[i].warning(`without a sidecar of ${s.name} (left out of ${s.name}'s pairs)`)),
    ...pairs.flatMap((pair, p) => differing[p].warning(`whose text differs between ${pair.agreement.a} and ${pair.agreement.b} (left out of that pair)`)),
    ...orphaned,
  ];
  return { pairs, diagnosis, warnings };
}

/** Articles left out for one reason: counted, and the first named. */
class Skipped {
  private count = 0;
  private first = '';

  add(article: string): void {
    if (this.count++ === 0) this.first = article;
  }

  warning(reason: string): string[] {
    return this.count === 0 ? [] : [`${this.count} article(s) ${reason}, e.g. ${this.first}`];
  }
}

/** The annotator's version of the article, or undefined when they have no sidecar (or no article) for it. */
function loadVersion(source: AnnotatorSource, article: string, warnings: string[]): { text: string; version: AnnotatorVersion } | undefined {
  const articlePath = `${source.root.replace(/[\\/]+$/, '')}/${article}`;
  const sidecarPath = source.sidecarOf(articlePath);
  const read = readSidecarText(sidecarPath);
  if (read.kind === 'missing' || !isFile(articlePath)) return undefined;
  // Figures computed without one annotator's file would mislead: an unusable file stops the run.
  const parsed = read.kind === 'text' ? readSidecarForAgreement(read.text) : { ok: false as const, problem: read.problem };
  if (!parsed.ok) throw new CliError(`${sidecarPath}: ${parsed.problem}`);
  const text = readArticle(articlePath);
  // Annotated on another version of the text: placed again by the editor's rule; orphans left out.
  const { placed, newlyOrphaned } = placeStoredAnnotations(parsed.sha256, parsed.annotations, text);
  if (newlyOrphaned > 0) warnings.push(`${sidecarPath}: ${newlyOrphaned} annotation(s) no longer found in the changed article; left out`);
  const annotations = placed;
  return { text, version: annotatorVersion(annotations, parsed.links) };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

// ---- the readable report -------------------------------------------------------------------

export function renderAgreement(annotators: readonly string[], articleCount: number, reports: readonly PairReport[]): string {
  const sections = [`invest-news agree: ${annotators.length} annotators, ${articleCount} article(s)`];
  for (const report of reports) sections.push(renderPair(report));
  return `${sections.join('\n\n')}\n`;
}

function renderPair(report: PairReport): string {
  const title = `${report.a} × ${report.b}: ${report.articles} article(s) compared (A = ${report.a}, B = ${report.b})`;
  const spans = renderTable(
    ['Label', 'A spans', 'B spans', 'Exact', 'Exact F1', 'Overlap F1', 'Overlap P', 'Overlap R'],
    [...LABELS.map((l) => spanRow(l, report.labels[l])), spanRow('all', report.overall)],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const kappaHeaders = ['', 'Items', 'Observed', 'Expected', "Cohen's kappa"];
  const kappaAlign = ['left', 'right', 'right', 'right', 'right'] as const;
  const money = renderTable(kappaHeaders, MONEY_ATTRIBUTES.map((m) => kappaRow(m, report.money[m])), [...kappaAlign]);
  const parts = [title, spans, `  MONEY attributes of the amounts both marked:`, money];
  if (report.links) parts.push('  Links of the amounts both marked (target span, or none):', renderTable(kappaHeaders, LINK_KINDS.map((k) => kappaRow(k, report.links![k])), [...kappaAlign]));
  parts.push('  Per article:', renderTable(
    ['Article', 'A spans', 'B spans', 'Exact', 'Exact F1', 'Overlap F1', 'Attribute disagreements'],
    report.perArticle.map((r) => [r.file, String(r.aSpans), String(r.bSpans), String(r.exactMatches), score(r.exactF1), score(r.overlapF1), String(r.attributeDisagreements)]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  ));
  return parts.join('\n');
}

function spanRow(label: string, row: LabelAgreement): string[] {
  return [label, String(row.aSpans), String(row.bSpans), String(row.exactMatches), score(row.exactF1), score(row.overlapF1), score(row.overlapPrecision), score(row.overlapRecall)];
}

function kappaRow(name: string, result: KappaResult): string[] {
  return [name, String(result.n), score(result.observed), score(result.expected), score(result.kappa)];
}

function score(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}
