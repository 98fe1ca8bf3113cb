// `--jobs N`: how many threads share the articles of `extract`, `summary`, `export` and
// `check`: the main thread and N - 1 worker threads. One per core by default; 1 runs everything
// in the main thread. The output is the same bytes whatever N (see workerPool.ts).
import { availableParallelism } from 'node:os';
import { CliError, EXIT_USAGE } from './cliError';

export const JOBS_OPTION = { type: 'string' } as const;

export const JOBS_HELP = `  --jobs N        threads reading the articles, the main thread and N - 1 worker
                  threads (default: one per core); 1 = no worker threads. The
                  output is the same whatever N`;

/** The number of jobs: a whole number from 1, or the cores when not given. */
export function jobsOf(command: string, value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new CliError(`${command}: --jobs must be a whole number from 1, not "${value}"`, EXIT_USAGE);
  }
  return jobs;
}
