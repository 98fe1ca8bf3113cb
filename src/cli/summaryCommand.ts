// `invest-news summary`: what the articles add up to, with the rules of src/core/totals/totals.ts
// (aggregates beside items, thresholds apart, glosses and repeats not double counted).
import type { RepeatedRecord, StatedAggregate } from '../core/totals/corpusRecords';
import type { ArticleTotals, CurrencyRoleTotals, GroupTotals, MoneySums, ProjectTotals, Totals, TotalsBasis } from '../core/totals/totalsData';
import { combineTotals } from '../core/totals/totalsAccumulator';
import { formatAmount, formatExactAmount } from '../core/totals/moneyFormat';
import { LABELS } from '../core/types';
import { ANNOTATOR_HELP, ANNOTATOR_OPTION, annotatorOf } from './annotatorOption';
import { parseArgs } from './args';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths } from './files';
import { LEXICON_HELP, LEXICON_OPTION, lexiconOf } from './lexiconOption';
import type { TaskValues } from './fileTasks';
import { JOBS_HELP, JOBS_OPTION, jobsOf } from './jobsOption';
import { jsonSafe, terminalSafe, writeOut } from './output';
import { ProblemLog } from './problemLog';
import { renderTable } from './table';
import { forEachInOrder } from './workerPool';

const OPTIONS = {
  json: { type: 'boolean' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
  annotator: ANNOTATOR_OPTION,
  lexicon: LEXICON_OPTION,
  jobs: JOBS_OPTION,
} as const;

/** Threshold rows printed before "… N more". */
const THRESHOLD_ROWS = 40;

export const summaryCommand: CliCommand = {
  name: 'summary',
  summary: 'print totals per currency and role, per park, per project and per file',
  usage: `usage: invest-news summary PATH… [--json] [--include GLOB] [--annotator NAME] [--lexicon FILE] [--jobs N]

Totals of the money in the articles: the engine's suggestions, plus the accepted and rejected
annotations of each article's sidecar (ARTICLE.txt.ann.json) when there is one.
  - rejected spans never count; "accepted" and "accepted + unreviewed" are totalled apart;
  - per currency and role, itemised amounts and stated aggregates are shown side by side
    (never added together: an aggregate already contains its items), with the difference;
  - thresholds ("10亿元以上项目69个") are size classes: listed, never summed;
  - a range counts its minimum; a gloss in another currency ("5.215亿美元(约40.7亿港元)")
    and an aggregate repeated in one article (headline and body) are counted once;
  - an amount belongs to the project, company and park its links name: the sidecar's accepted
    links first, the engine's suggested links otherwise (counted in the "Suggested" column);
    an amount without a link of a kind is summed in the "(no park)" / "(no project)" /
    "(no company)" row, never given the nearest or the first park;
  - a part of a project's stated total ("总投资115亿元，其中一期投资50亿元") is not added to it;
  - over several articles (the corpus, as in the summary panel's corpus scope): an item amount
    of a project reported by several articles (same project, role, currency and value) is
    counted once and listed with its sources; stated aggregates are listed per article (file,
    park, text, value), not summed across articles, and no difference is built on them.

  PATH            a file or a folder (searched recursively)
  --json          print the totals as JSON (the shape the summary panel uses)
  --include GLOB  which files to take from folders (default ${DEFAULT_INCLUDE})
${ANNOTATOR_HELP}
${LEXICON_HELP}
${JOBS_HELP}

An annotation file that cannot be used (not UTF-8, not valid) is reported in one line; the
totals are printed without its annotations and the exit status is 1.`,

  async run(argv) {
    const { positionals, options } = parseArgs('summary', argv, OPTIONS);
    const annotator = annotatorOf('summary', options.annotator);
    const jobs = jobsOf('summary', options.jobs);
    const files = expandPaths(positionals, options.include);
    const problems = new ProblemLog();
    const lexicon = lexiconOf('summary', options.lexicon);
    // Each article's contribution (its sums, not its text) is kept, in file order, and combined once.
    const contributions: ArticleTotals[] = [];
    await forEachInOrder<TaskValues['summary']>(files.map((file) => ({ kind: 'summary', file, annotator })), jobs, (article) => {
      problems.add(article);
      contributions.push(article.totals);
    }, lexicon);
    problems.print();
    const totals = combineTotals(contributions);
    await writeOut(options.json ? jsonSafe(`${JSON.stringify(totals, null, 2)}\n`) : terminalSafe(renderSummary(totals)));
    return problems.exitStatus();
  },
};

/** The readable report: one section per view of the totals. */
export function renderSummary(totals: Totals): string {
  const hasAccepted = LABELS.some((l) => totals.review[l].accepted > 0);
  const sections: string[] = [`invest-news summary: ${totals.articleCount} article(s)`];

  sections.push(section('Review progress per label', renderTable(
    ['Label', 'Accepted', 'Rejected', 'Unreviewed'],
    LABELS.map((l) => [l, String(totals.review[l].accepted), String(totals.review[l].rejected), String(totals.review[l].suggested)]),
    ['left', 'right', 'right', 'right'],
  )));

  const bases: TotalsBasis[] = hasAccepted ? ['accepted', 'all'] : ['all'];
  const corpus = totals.articleCount > 1;
  for (const basis of bases) {
    const table = corpus ? corpusAmountsTable(totals, basis) : amountsTable(totals.amounts, basis, true);
    sections.push(section(`Money by currency and role${corpus ? ' (corpus: each record once)' : ''}: ${basisTitle(basis)}`, table));
  }
  if (corpus) sections.push(...corpusLists(totals));
  if (!hasAccepted) sections.push('  (no accepted annotations yet: the totals are over the engine\'s unreviewed suggestions)');
  sections.push(notes(totals));

  sections.push(section(`Thresholds (size classes, listed and never summed): ${totals.thresholds.length}`, totals.thresholds.length === 0 ? '  none' : renderTable(
    ['File', 'Text', 'Amount', 'Park', 'Status'],
    totals.thresholds.slice(0, THRESHOLD_ROWS).map((t) => [
      t.file, t.text, t.value !== undefined && t.currency ? formatAmount(t.value, t.currency) : '?', t.park ?? '', t.status,
    ]),
  ) + (totals.thresholds.length > THRESHOLD_ROWS ? `\n  … ${totals.thresholds.length - THRESHOLD_ROWS} more (see --json)` : '')));

  sections.push(section(`Per park (by links): ${basisTitle('all')}`, groupTable(totals.parks, 'Park', corpus)));
  sections.push(section(`Per project (by links; item amounts only, aggregates belong to none): ${basisTitle('all')}`, groupTable(totals.projects, 'Project', corpus, (group) => (group as ProjectTotals).park ?? '')));
  sections.push(section(`Per company (by links; item amounts only): ${basisTitle('all')}`, groupTable(totals.companies, 'Company', corpus)));
  sections.push(section(`Per file: ${basisTitle('all')}`, renderTable(
    ['File', 'Currency', 'Role', 'Itemised', 'Stated aggregate', 'Thresholds'],
    totals.files.flatMap((f) => f.amounts.length === 0
      ? [[f.file, '', '', '', '', String(f.thresholdCount)]]
      : f.amounts.map((row, i) => [i === 0 ? f.file : '', row.currency, row.role, amountCell(row.all, 'itemised', row.currency), amountCell(row.all, 'aggregate', row.currency), i === 0 ? String(f.thresholdCount) : ''])),
    ['left', 'left', 'left', 'right', 'right', 'right'],
  )));
  return `${sections.join('\n\n')}\n`;
}

function section(title: string, body: string): string {
  return `${title}\n${body}`;
}

function basisTitle(basis: TotalsBasis): string {
  return basis === 'accepted' ? 'accepted annotations only' : 'accepted + unreviewed suggestions';
}

function amountCell(sums: MoneySums, kind: 'itemised' | 'aggregate', currency: string, exact = false): string {
  const count = kind === 'itemised' ? sums.itemisedCount : sums.aggregateCount;
  if (count === 0) return '–';
  const value = sums[kind];
  return `${formatAmount(value, currency)} (${count})${exact ? ` = ${formatExactAmount(value, currency)}` : ''}`;
}

function amountsTable(rows: readonly CurrencyRoleTotals[], basis: TotalsBasis, exact: boolean): string {
  const used = rows.filter((r) => r[basis].itemisedCount + r[basis].aggregateCount > 0);
  if (used.length === 0) return '  none';
  return renderTable(
    ['Currency', 'Role', 'Itemised (n)', 'Stated aggregates (n)', 'Aggregates − itemised', 'Ranges'],
    used.map((r) => {
      const s = r[basis];
      const both = s.itemisedCount > 0 && s.aggregateCount > 0;
      return [r.currency, r.role, amountCell(s, 'itemised', r.currency, exact), amountCell(s, 'aggregate', r.currency, exact), both ? formatAmount(s.difference, r.currency) : '–', s.rangeCount ? String(s.rangeCount) : ''];
    }),
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
}

/**
 * The corpus's money per currency and role: itemised amounts with each record counted once, and
 * how many stated aggregates there are (listed below, never summed across articles).
 */
function corpusAmountsTable(totals: Totals, basis: TotalsBasis): string {
  const used = totals.amounts.filter((r) => r[basis].itemisedCount + r[basis].aggregateCount > 0);
  if (used.length === 0) return '  none';
  return renderTable(
    ['Currency', 'Role', 'Itemised, each record once (n)', 'Stated aggregates (listed)', 'Ranges'],
    used.map((r) => [r.currency, r.role, amountCell(r[basis], 'itemised', r.currency, true), statedCount(r[basis]), r[basis].rangeCount ? String(r[basis].rangeCount) : '']),
    ['left', 'left', 'right', 'right', 'right'],
  );
}

function statedCount(sums: MoneySums): string {
  return sums.aggregateCount === 0 ? '–' : String(sums.aggregateCount);
}

/** The stated aggregates and the records reported by several articles, as the panel's corpus scope lists them. */
function corpusLists(totals: Totals): string[] {
  const aggregates = totals.statedAggregates;
  const repeated = totals.repeatedRecords;
  return [
    section(`Stated aggregates (listed, never summed across articles): ${aggregates.length}`, aggregates.length === 0 ? '  none' : renderTable(
      ['File', 'Park', 'Text', 'Role', 'Amount', 'Status'],
      aggregates.map((a: StatedAggregate) => [a.file, a.park ?? '', a.text, a.role, formatAmount(a.value, a.currency), a.status]),
    )),
    section(`Records reported by several articles (counted once): ${repeated.length}`, repeated.length === 0 ? '  none' : renderTable(
      ['Project', 'Role', 'Amount', 'Sources'],
      repeated.map((r: RepeatedRecord) => [r.project, r.role, formatAmount(r.value, r.currency), r.sources.map((s) => s.file).join(', ')]),
    )),
  ];
}

function groupTable(groups: readonly GroupTotals[], title: string, corpus: boolean, extra?: (group: GroupTotals) => string): string {
  const rows: string[][] = [];
  for (const group of groups) {
    group.amounts.forEach((r, i) => {
      const first = i === 0;
      const name = group.name === '' ? `(no ${title.toLowerCase()})` : group.name;
      const stated = corpus ? statedCount(r.all) : amountCell(r.all, 'aggregate', r.currency);
      const cells = [first ? name : '', ...(extra ? [first ? extra(group) : ''] : []), first ? String(group.fileCount) : '', first ? String(group.suggestedCount) : '', r.currency, r.role, amountCell(r.all, 'itemised', r.currency), stated];
      rows.push(cells);
    });
  }
  if (rows.length === 0) return '  none';
  const headers = [title, ...(extra ? ['Park'] : []), 'Files', 'Suggested', 'Currency', 'Role', 'Itemised (n)', corpus ? 'Stated aggregates (listed)' : 'Stated aggregates (n)'];
  const align = headers.map((_, i) => (i >= headers.length - 2 || headers[i] === 'Files' || headers[i] === 'Suggested' ? 'right' : 'left') as 'left' | 'right');
  return renderTable(headers, rows, align);
}

function notes(totals: Totals): string {
  const skipped = totals.skipped.all;
  const ranges = totals.amounts.reduce((n, r) => n + r.all.rangeCount, 0);
  const lines = [
    `  ranges counted at their minimum: ${ranges}`,
    `  glosses not counted (second currency in brackets): ${skipped.glosses}`,
    `  repeats counted once (same aggregate, or same project amount, in one article): ${skipped.repeats}`,
    `  parts of a project's stated total not added to it (其中一期…): ${skipped.parts}`,
  ];
  if (totals.articleCount > 1) lines.push(`  records reported again by another article, counted once: ${skipped.crossArticle}`);
  if (skipped.incomplete) lines.push(`  amounts without value or currency, left out: ${skipped.incomplete}`);
  return lines.join('\n');
}
