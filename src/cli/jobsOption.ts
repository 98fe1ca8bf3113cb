// `--jobs N`: how many threads share the articles of `extract`, `summary`, `export` and
// `check`: the main thread and N - 1 worker threads. By default one per core, but no more than
// one per BYTES_PER_THREAD of articles; 1 runs everything in the main thread. The output is the
// same bytes whatever N (see workerPool.ts).
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { CliError, EXIT_USAGE } from './cliError';

export const JOBS_OPTION = { type: 'string' } as const;

export const JOBS_HELP = `  --jobs N        threads reading the articles, the main thread and N - 1 worker
                  threads (default: one per core, and one per 10 MB of articles
                  at most); 1 = no worker threads. The output is the same
                  whatever N`;

/** The number of jobs given: a whole number from 1; undefined when not given (see defaultJobs). */
export function jobsOf(command: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(jobs) || jobs < 1) {
    throw new CliError(`${command}: --jobs must be a whole number from 1, not "${value}"`, EXIT_USAGE);
  }
  return jobs;
}

/**
 * Articles a thread must have to be worth starting. Every thread that runs the engine first pays
 * for V8 compiling it, about 0.5-1 s of CPU (half of it on V8's compiler threads), while the
 * warmed engine reads about 10 MB a second of CPU: below this, a thread costs about as much as it
 * does. Measured on two cores, `extract` on news-sized articles: --jobs 2 took 0.6-0.95 s more CPU
 * than --jobs 1 on 2, 5 and 10 MB and was no faster (its CPU over two cores no less than --jobs
 * 1's one thread); on 20 MB about even on free cores; on 50 MB faster.
 */
const BYTES_PER_THREAD = 10_000_000;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    // A file that cannot be read fails in its task, at its place.
    return 0;
  }
}

/** Files measured at most for the default: a corpus of tens of thousands of articles costs a few ms. */
const FILES_MEASURED = 512;

/**
 * One thread per core, but no more than one per BYTES_PER_THREAD of the files' bytes, and at
 * least one. The bytes are those of the files when there are FILES_MEASURED or fewer, otherwise
 * estimated from that many spread evenly over the list (a `stat` each: thousands would cost tens
 * of ms, and the bound is a rough one anyway).
 */
export function defaultJobs(files: readonly string[], cores = availableParallelism(), sizeOf: (file: string) => number = fileSize): number {
  const step = Math.max(1, files.length / FILES_MEASURED);
  let measured = 0;
  let bytes = 0;
  for (let k = 0; k < files.length; k += step) {
    bytes += sizeOf(files[Math.floor(k)]);
    measured++;
  }
  const total = measured === 0 ? 0 : (bytes / measured) * files.length;
  return Math.max(1, Math.min(cores, Math.floor(total / BYTES_PER_THREAD)));
}
