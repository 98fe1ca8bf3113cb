// Spreading per-article tasks over worker threads, with the results handed on in the order of
// the files, as `--jobs 1` (the same function in the main thread) hands them on.
//
// Memory stays flat however many files there are: a file is sent to a worker only while fewer
// than WINDOW_PER_JOB × jobs files are in flight or waiting for an earlier one, and a result is
// dropped once `consume` has returned (which waits for stdout to drain). A slow file holds the
// others back, it never lets results pile up.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CliError, EXIT_FAILURE } from './cliError';
import type { CliWorkerData, OutcomeMessage, TaskMessage } from './cliWorker';
import type { FileTask, TaskOutcome, TaskValue } from './fileTasks';
import { runFileTask, valueOrThrow } from './fileTasks';
import type { LoadedLexicon } from './lexiconOption';

/**
 * Files sent in one message, and answered in one: each message costs both threads a wake-up and
 * a (de)serialisation whatever it carries, about 6% of `extract --jobs 2`'s CPU with one file a
 * message on articles of a few KB; four halve that. Fewer when there are few files, so that
 * every worker gets some (see batchSize).
 */
const FILES_PER_MESSAGE = 4;
/**
 * Messages a worker holds at once. Two, so that the next files are already waiting when it posts
 * its results: with one, each message costs it a round trip through the main thread, which on a
 * busy machine (the main thread sharing the cores with the workers) left workers idle a fifth of
 * the time. The file to blame when a worker dies is the one it last started (its `progress`);
 * the files it finished before it in the same message are read again in the main thread, so
 * that the output holds every file before the one that failed, as with `--jobs 1`. (A task's own
 * failures never stop a worker: runFileTask returns them.)
 */
const MESSAGES_PER_WORKER = 2;
/** Files in flight or finished but not yet consumed, per job: room for each worker's two messages and as many waiting. */
const WINDOW_PER_JOB = 4 * FILES_PER_MESSAGE;

/** The bundled worker, beside the bundled command line (dist/cli.js). */
const WORKER_PATH = join(__dirname, 'cliWorker.js');

/** A cap on each worker's heap, from INVEST_NEWS_WORKER_HEAP_MB (unset: Node's default). */
function workerHeapLimit(): { maxOldGenerationSizeMb: number } | undefined {
  const mb = Number(process.env.INVEST_NEWS_WORKER_HEAP_MB);
  return Number.isInteger(mb) && mb > 0 ? { maxOldGenerationSizeMb: mb } : undefined;
}

/**
 * Runs `tasks` on `jobs` worker threads (in the main thread when `jobs` is 1 or there is one
 * task) and calls `consume` with each value in the order of `tasks`, one at a time. A task's
 * failure is thrown at its place: what came before it was consumed, nothing after it is.
 * A worker that dies (out of memory, say) fails the file it was working on the same way, as a
 * `CliError` naming it (exit status 1). `lexicon`: the workspace lexicon every task recognises
 * with (read and checked before: each worker gets its text once, when it starts).
 */
export async function forEachInOrder<V extends TaskValue>(
  tasks: readonly FileTask[],
  jobs: number,
  consume: (value: V, index: number) => Promise<void> | void,
  lexicon?: LoadedLexicon,
): Promise<void> {
  if (jobs <= 1 || tasks.length <= 1) {
    for (let i = 0; i < tasks.length; i++) await consume(valueOrThrow(runFileTask(tasks[i], lexicon?.matcher)) as V, i);
    return;
  }
  const pool = new OrderedPool(tasks, Math.min(jobs, tasks.length), consume as (value: TaskValue, index: number) => Promise<void> | void, lexicon);
  await pool.run();
}

/** Files per message: FILES_PER_MESSAGE, or fewer when there are not that many per worker and message. */
function batchSize(tasks: number, jobs: number): number {
  return Math.max(1, Math.min(FILES_PER_MESSAGE, Math.floor(tasks / (jobs * MESSAGES_PER_WORKER))));
}

interface PoolWorker {
  worker: Worker;
  /** The files of the messages it was sent and has not answered, oldest first. */
  held: number[];
  /** The index of the file it last started (see CliWorkerData). */
  progress: Int32Array;
  dead: boolean;
}

class OrderedPool {
  private readonly workers: PoolWorker[] = [];
  private readonly done = new Map<number, TaskOutcome>();
  private readonly batch: number;
  private nextToSend = 0;
  private nextToConsume = 0;
  private consuming = false;
  private finished = false;
  private settle!: (error?: unknown) => void;

  constructor(
    private readonly tasks: readonly FileTask[],
    private readonly jobs: number,
    private readonly consume: (value: TaskValue, index: number) => Promise<void> | void,
    private readonly lexicon: LoadedLexicon | undefined,
  ) {
    this.batch = batchSize(tasks.length, jobs);
  }

  run(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.settle = (error) => {
        if (this.finished) return;
        this.finished = true;
        for (const { worker } of this.workers) void worker.terminate();
        if (error === undefined) resolve();
        else reject(error);
      };
      const resourceLimits = workerHeapLimit();
      for (let i = 0; i < this.jobs; i++) this.workers.push(this.start(resourceLimits));
      this.send();
    });
  }

  private start(resourceLimits: { maxOldGenerationSizeMb: number } | undefined): PoolWorker {
    const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const lexicon = this.lexicon && { file: this.lexicon.file, text: this.lexicon.text };
    const workerData: CliWorkerData = lexicon ? { lexicon, progress } : { progress };
    const worker = new Worker(WORKER_PATH, resourceLimits ? { resourceLimits, workerData } : { workerData });
    const entry: PoolWorker = { worker, held: [], progress: new Int32Array(progress).fill(-1), dead: false };
    worker.on('message', ({ first, outcomes }: OutcomeMessage) => {
      for (let k = 0; k < outcomes.length; k++) this.done.set(first + k, outcomes[k]);
      entry.held = entry.held.filter((index) => index < first || index >= first + outcomes.length);
      void this.consumeReady();
      this.send();
    });
    worker.on('error', (error) => this.retire(entry, error.message));
    worker.on('exit', (code) => this.retire(entry, `exit code ${code}`));
    return entry;
  }

  /**
   * A worker that stopped: the file it was on fails (or, when it was between messages, the
   * oldest it holds), and so do the files it holds after it: every file before it is held by
   * another worker or done, and the output stops at it. The files it finished before it in the
   * same message, whose results went with it, are read again here. (Node delivers the messages
   * a worker posted before it stopped ahead of its 'exit' event and of the out-of-memory 'error',
   * so the files it still holds are those of the message it was on and of the next.)
   */
  private retire(entry: PoolWorker, reason: string): void {
    if (entry.dead || this.finished) return;
    entry.dead = true;
    const started = Atomics.load(entry.progress, 0);
    const culprit = entry.held.includes(started) ? started : entry.held[0];
    for (const index of entry.held) {
      const task = this.tasks[index];
      this.done.set(index, index < culprit
        ? runFileTask(task, this.lexicon?.matcher)
        : { ok: false, message: `${task.file}: a worker thread stopped while reading this article (${reason})`, exitCode: EXIT_FAILURE });
    }
    entry.held = [];
    void this.consumeReady();
  }

  /** Hands out files to workers with room, within the window after the next file to consume. */
  private send(): void {
    const limit = Math.min(this.tasks.length, this.nextToConsume + WINDOW_PER_JOB * this.jobs);
    for (const entry of this.workers) {
      while (!this.finished && !entry.dead && entry.held.length < MESSAGES_PER_WORKER * this.batch && this.nextToSend < limit) {
        const first = this.nextToSend;
        const tasks = this.tasks.slice(first, Math.min(limit, first + this.batch));
        const message: TaskMessage = { first, tasks };
        entry.worker.postMessage(message);
        for (let k = 0; k < tasks.length; k++) entry.held.push(first + k);
        this.nextToSend += tasks.length;
      }
    }
  }

  /** Consumes the finished results that are next in order, one at a time. */
  private async consumeReady(): Promise<void> {
    if (this.consuming) return;
    this.consuming = true;
    try {
      while (!this.finished && this.done.has(this.nextToConsume)) {
        const index = this.nextToConsume;
        const outcome = this.done.get(index) as TaskOutcome;
        this.done.delete(index);
        await this.consume(valueOrThrow(outcome), index);
        this.nextToConsume++;
        this.send();
      }
    } catch (error) {
      this.settle(error);
    } finally {
      this.consuming = false;
    }
    if (this.nextToConsume === this.tasks.length) this.settle();
    else if (!this.consuming && this.workers.every((w) => w.dead)) this.settle(new CliError('every worker thread stopped'));
  }
}
