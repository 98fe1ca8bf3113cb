// Spreading per-article tasks over threads, with the results handed on in the order of the
// files, as `--jobs 1` (the same function in the main thread) hands them on.
//
// `--jobs N` runs the tasks on N threads: N - 1 worker threads and the main thread itself, which
// takes the next file whenever it is free, between handing out files, collecting results and
// writing them. Each thread that runs the engine pays once for V8 compiling it (about a second
// of CPU: `npm run bench:cli` prints it by thread); a main thread that only handed out files
// would leave its own isolate idle and start one more worker (its start, and every file's trip
// both ways): measured 6-7% of `extract --jobs 2`'s CPU and wall time on 20 and 50 MB (at a
// load average of about 3; within the noise at 6).
//
// Memory stays flat however many files there are: a file is sent to a worker only while fewer
// than WINDOW_PER_JOB × jobs files are in flight or waiting for an earlier one, and a result is
// dropped once `consume` has returned (which waits for stdout to drain). A slow file holds the
// others back, it never lets results pile up.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EXIT_FAILURE } from './cliError';
import type { CliWorkerData, OutcomeMessage, TaskMessage } from './cliWorker';
import type { FileTask, TaskOutcome, TaskValue } from './fileTasks';
import { runFileTask, runFileTasks, valueOrThrow } from './fileTasks';
import { defaultJobs } from './jobsOption';
import type { LoadedLexicon } from './lexiconOption';

/**
 * Files sent in one message, and answered in one: each message costs both threads a wake-up and
 * a (de)serialisation whatever it carries, about 6% of `extract --jobs 2`'s CPU with one file a
 * message on articles of a few KB; four halve that. And a message's files are run stage by stage
 * (runFileTasks: all recognised, then all linked), which costs less the more files a stage runs
 * over in a row: the engine over 3 MB of news-sized articles (warmed, CPU of the median pass), 4
 * files a stage 13% less than file by file, 16 files 21% less, 64 files 25% less. Sixteen: most
 * of the gain, and few files held. Fewer when there are few files, so that every worker gets
 * some (see batchSize).
 */
export const FILES_PER_MESSAGE = 16;
/**
 * Messages a worker holds at once. Several, so that the next files are already waiting when it
 * posts its results: a worker is handed files only when the main thread is between two of its
 * own turns, and on a busy machine the main thread also waits for a core, often longer than a
 * few articles take. With one message, each cost the worker a round trip through the main
 * thread (idle a fifth of the time). `extract --jobs 2` on 50 MB of news-sized articles (about
 * 2 KB) at a load average of 7 to 9, with four files a message, the idle time of the worker's
 * event loop: holding 8 files, 1.3-4.1 s of 6-12 s; 16 files, 0.03-1.0 s; 32 files, 0-4 ms.
 * Four messages of sixteen files hold 64.
 * The file to blame when a worker dies is the one it last started (its `progress`);
 * the files it finished before it in the same message are read again in the main thread, so
 * that the output holds every file before the one that failed, as with `--jobs 1`. (A task's own
 * failures never stop a worker: runFileTasks returns them.)
 */
const MESSAGES_PER_WORKER = 4;
/**
 * Files in flight or finished but not yet consumed, per job: room for each worker's messages, and
 * three times as many for the main thread to run ahead while a worker is slower (still compiling
 * the engine, or waiting for a core). With room for as many again only, the main thread waited
 * 0.13-0.41 s of a 25 MB `extract --jobs 2` at a load average of 8 to 10 (its event loop's idle
 * time), 10-30 ms with this. About a MB of results per job on news-sized articles.
 */
const WINDOW_PER_JOB = 4 * MESSAGES_PER_WORKER * FILES_PER_MESSAGE;

/** The bundled worker, beside the bundled command line (dist/cli.js). */
const WORKER_PATH = join(__dirname, 'cliWorker.js');

/** A cap on each worker's heap, from INVEST_NEWS_WORKER_HEAP_MB (unset: Node's default). */
function workerHeapLimit(): { maxOldGenerationSizeMb: number } | undefined {
  const mb = Number(process.env.INVEST_NEWS_WORKER_HEAP_MB);
  return Number.isInteger(mb) && mb > 0 ? { maxOldGenerationSizeMb: mb } : undefined;
}

/**
 * Runs `tasks` on `jobs` threads (`jobsGiven`, or when not given as many as the files' size is
 * worth: defaultJobs), the main thread and `jobs` - 1 worker threads (the main thread
 * alone when `jobs` is 1 or there is one task), and calls `consume` with each value in the order
 * of `tasks`, one at a time. A task's failure is thrown at its place: what came before it was
 * consumed, nothing after it is.
 * A worker that dies (out of memory, say) fails the file it was working on the same way, as a
 * `CliError` naming it (exit status 1). `lexicon`: the workspace lexicon every task recognises
 * with (read and checked before: each worker gets its text once, when it starts).
 */
export async function forEachInOrder<V extends TaskValue>(
  tasks: readonly FileTask[],
  jobsGiven: number | undefined,
  consume: (value: V, index: number) => Promise<void> | void,
  lexicon?: LoadedLexicon,
): Promise<void> {
  const jobs = jobsGiven ?? defaultJobs(tasks.map((task) => task.file));
  if (jobs <= 1 || tasks.length <= 1) {
    // A few files at a time, stage by stage (runFileTasks), as a worker runs a message's files.
    for (let first = 0; first < tasks.length; first += FILES_PER_MESSAGE) {
      const outcomes = runFileTasks(tasks.slice(first, first + FILES_PER_MESSAGE), lexicon?.matcher);
      for (let k = 0; k < outcomes.length; k++) await consume(valueOrThrow(outcomes[k]) as V, first + k);
    }
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
  /** A turn of the main thread's own (mainTurn) is waiting in the event loop. */
  private mainTurnScheduled = false;

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
      for (let i = 1; i < this.jobs; i++) this.workers.push(this.start(resourceLimits));
      // The workers get their files first, so which files a worker holds does not depend on timing.
      this.send();
      this.scheduleMainTurn();
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
   * so the files it still holds are those of the message it was on and of the ones after it.)
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

  /**
   * The main thread's share: as many files per turn as a worker's message holds, run the same way
   * (runFileTasks: stage by stage), each turn queued behind the events already waiting (workers'
   * results), so it hands out and writes between them; the workers hold several messages
   * (MESSAGES_PER_WORKER), so they have work while it reads its own.
   */
  private scheduleMainTurn(): void {
    if (this.mainTurnScheduled || this.finished) return;
    this.mainTurnScheduled = true;
    setImmediate(() => this.mainTurn());
  }

  private mainTurn(): void {
    this.mainTurnScheduled = false;
    // Within the window, as the workers' files; out of it, consumeReady schedules the next turn.
    const first = this.nextToSend;
    const end = Math.min(this.windowEnd(), first + this.batch);
    if (this.finished || first >= end) return;
    this.nextToSend = end;
    const outcomes = runFileTasks(this.tasks.slice(first, end), this.lexicon?.matcher);
    for (let k = 0; k < outcomes.length; k++) this.done.set(first + k, outcomes[k]);
    void this.consumeReady();
    this.send();
    this.scheduleMainTurn();
  }

  /** The end of the files that may be in flight: WINDOW_PER_JOB per thread after the next to consume. */
  private windowEnd(): number {
    return Math.min(this.tasks.length, this.nextToConsume + WINDOW_PER_JOB * this.jobs);
  }

  /** Hands out files to workers with room, within the window after the next file to consume. */
  private send(): void {
    const limit = this.windowEnd();
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
        this.scheduleMainTurn();
      }
    } catch (error) {
      this.settle(error);
    } finally {
      this.consuming = false;
    }
    // Never stuck when workers die: their files are failed or read again (retire), the main thread takes the rest.
    if (this.nextToConsume === this.tasks.length) this.settle();
  }
}
