// `--annotator NAME`: the command reads (and `import` writes) that annotator's sidecars,
// ARTICLE_DIR/annotators/NAME/ARTICLE.txt.ann.json, the layout of the setting investNews.annotator.
import { annotatorNameProblem, annotatorSidecarPath } from '../core/sidecar/annotators';
import { sidecarPathFor } from '../core/sidecar/sidecarSchema';
import { CliError, EXIT_USAGE } from './cliError';

export const ANNOTATOR_OPTION = { type: 'string' } as const;

export const ANNOTATOR_HELP = '  --annotator NAME  that annotator\'s sidecars (annotators/NAME/ARTICLE.txt.ann.json beside the article)';

/** The validated name ('' when the option is absent: the single-annotator sidecars). */
export function annotatorOf(command: string, value: string | undefined): string {
  if (value === undefined) return '';
  const problem = annotatorNameProblem(value);
  if (problem) throw new CliError(`${command}: --annotator "${value}": ${problem}`, EXIT_USAGE);
  return value;
}

/** The sidecar of `article` for `annotator` ('' = the one beside the article). */
export function sidecarOf(article: string, annotator: string): string {
  return annotatorSidecarPath(sidecarPathFor(article), annotator);
}
