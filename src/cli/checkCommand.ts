// `invest-news check`: the corpus consistency checks of src/core/corpus/consistency.ts, for a
// corpus kept in git and checked in CI. Exit 1 when there is any finding (or an unusable
// sidecar), 0 on a consistent corpus.
import type { CheckedArticle, Finding } from '../core/corpus/consistency';
import { checkCorpus } from '../core/corpus/consistency';
import { parseArgs } from './args';
import { EXIT_FAILURE } from './cliError';
import type { CliCommand } from './command';
import { DEFAULT_INCLUDE, expandPaths } from './files';
import type { TaskValues } from './fileTasks';
import { JOBS_HELP, JOBS_OPTION, jobsOf } from './jobsOption';
import { jsonSafe, terminalSafe, writeOut } from './output';
import { ProblemLog } from './problemLog';
import { forEachInOrder } from './workerPool';

const OPTIONS = {
  json: { type: 'boolean' },
  include: { type: 'string', default: DEFAULT_INCLUDE },
  jobs: JOBS_OPTION,
} as const;

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'report inconsistent annotations across the articles (exit 1 when there are any)',
  usage: `usage: invest-news check PATH… [--json] [--include GLOB] [--jobs N]

Checks the reviewed annotations (each article's ARTICLE.txt.ann.json) of all the articles
together and prints one line per finding, FILE:LINE: message:
  - the same string accepted with two labels (the majority label is named);
  - a name accepted as PARK, PROJECT or COMPANY somewhere and unlabelled elsewhere;
  - accepted items of one currency and role summing above the aggregate stating their total;
  - a threshold stored with scope item (a threshold is a size class: scope aggregate);
  - an accepted link pointing at a rejected span.

  PATH            a file or a folder (searched recursively)
  --json          print the findings as a JSON array
  --include GLOB  which files to take from folders (default ${DEFAULT_INCLUDE})
${JOBS_HELP}

Exit status 1 when there is any finding or an annotation file cannot be used; 0 otherwise.`,

  async run(argv) {
    const { positionals, options } = parseArgs('check', argv, OPTIONS);
    const jobs = jobsOf('check', options.jobs);
    const files = expandPaths(positionals, options.include);
    const problems = new ProblemLog();
    // The checks compare articles with each other (a name accepted in one, unlabelled in
    // another), so every article's text and annotations are kept until they run.
    const articles: CheckedArticle[] = [];
    await forEachInOrder<TaskValues['check']>(files.map((file) => ({ kind: 'check', file })), jobs, (checked) => {
      problems.add(checked);
      articles.push(checked.article);
    });
    problems.print();
    const findings = checkCorpus(articles);
    await writeOut(options.json ? jsonSafe(`${JSON.stringify(findings, null, 2)}\n`) : terminalSafe(renderFindings(findings, articles.length)));
    return findings.length > 0 ? EXIT_FAILURE : problems.exitStatus();
  },
};

export function renderFindings(findings: readonly Finding[], articleCount: number): string {
  const lines = findings.map((f) => `${f.file}:${f.line}: ${f.message}`);
  const files = new Set(findings.map((f) => f.file)).size;
  lines.push(findings.length === 0
    ? `invest-news check: ${articleCount} article(s), consistent`
    : `invest-news check: ${findings.length} finding(s) in ${files} of ${articleCount} article(s)`);
  return `${lines.join('\n')}\n`;
}
