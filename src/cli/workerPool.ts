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
import type { CliWorkerData, TaskMessage } from './cliWorker';
import type { FileTask, TaskOutcome, TaskValue } from './fileTasks';
import { runFileTask, valueOrThrow } from './fileTasks';
import type { LoadedLexicon } from './lexiconOption';

/**
 * Tasks a worker holds at once. Two, so that the next file is already waiting when it posts a
 * result: with one, each file costs it a round trip through the main thread, which on a busy
 * machine (the main thread sharing the cores with the workers) left workers idle a fifth of the
 * time. The file to blame when a worker dies is still known: a worker answers its tasks in the
 * order it got them, and Node delivers the messages a worker posted before it stopped ahead of
 * its 'exit' event (and of the out-of-memory 'error'), so the oldest task it still holds is the
 * one it was on. (A task's own failures never stop a worker: runFileTask returns them.)
 */
const TASKS_PER_WORKER = 2;
/** Files in flight or finished but not yet consumed, per job. */
const WINDOW_PER_JOB = 8;

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
  const workerData: CliWorkerData = lexicon ? { lexicon: { file: lexicon.file, text: lexicon.text } } : {};
  await new OrderedPool(tasks, Math.min(jobs, tasks.length), consume as (value: TaskValue, index: number) => Promise<void> | void, workerData).run();
}

interface PoolWorker {
  worker: Worker;
  /** Indices of the tasks it was sent and has not answered, oldest first. */
  held: number[];
  dead: boolean;
}

class OrderedPool {
  private readonly workers: PoolWorker[] = [];
  private readonly done = new Map<number, TaskOutcome>();
  private nextToSend = 0;
  private nextToConsume = 0;
  private consuming = false;
  private finished = false;
  private settle!: (error?: unknown) => void;

  constructor(
    private readonly tasks: readonly FileTask[],
    private readonly jobs: number,
    private readonly consume: (value: TaskValue, index: number) => Promise<void> | void,
    private readonly workerData: CliWorkerData,
  ) {}

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
    const worker = new Worker(WORKER_PATH, resourceLimits ? { resourceLimits, workerData: this.workerData } : { workerData: this.workerData });
    const entry: PoolWorker = { worker, held: [], dead: false };
    worker.on('message', ({ index, outcome }: { index: number; outcome: TaskOutcome }) => {
      const held = entry.held.indexOf(index);
      if (held >= 0) entry.held.splice(held, 1);
      this.done.set(index, outcome);
      void this.consumeReady();
      this.send();
    });
    worker.on('error', (error) => this.retire(entry, error.message));
    worker.on('exit', (code) => this.retire(entry, `exit code ${code}`));
    return entry;
  }

  /**
   * A worker that stopped: the files it held fail, the oldest first (every file before it is
   * held by another worker or done, and the output stops at it), and the others carry on up to it.
   */
  private retire(entry: PoolWorker, reason: string): void {
    if (entry.dead || this.finished) return;
    entry.dead = true;
    for (const index of entry.held) {
      this.done.set(index, { ok: false, message: `${this.tasks[index].file}: a worker thread stopped while reading this article (${reason})`, exitCode: EXIT_FAILURE });
    }
    entry.held = [];
    void this.consumeReady();
  }

  /** Hands out files to workers with room, within the window after the next file to consume. */
  private send(): void {
    const limit = Math.min(this.tasks.length, this.nextToConsume + WINDOW_PER_JOB * this.jobs);
    for (const entry of this.workers) {
      while (!this.finished && !entry.dead && entry.held.length < TASKS_PER_WORKER && this.nextToSend < limit) {
        const message: TaskMessage = { index: this.nextToSend, task: this.tasks[this.nextToSend] };
        entry.worker.postMessage(message);
        entry.held.push(this.nextToSend);
        this.nextToSend++;
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
