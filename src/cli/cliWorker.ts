// A worker thread of the command line (bundled to dist/cliWorker.js; see workerPool.ts): runs
// the per-article tasks it is sent, a few files to a message each way (see FILES_PER_MESSAGE),
// each message's files stage by stage (see runFileTasks).
// The workspace lexicon, if any, comes once in its workerData (the file's text, checked by the
// main thread) and is parsed once here, for every task.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileTask, TaskOutcome } from './fileTasks';
import { runFileTasks, transferablesOf } from './fileTasks';
import { matcherOfText } from './lexiconOption';

/** What a worker is started with. */
export interface CliWorkerData {
  lexicon?: { file: string; text: string };
  /**
   * One Int32 the worker sets to the index of each file as it starts it: memory it shares with
   * the main thread, still readable there when the worker has died, so the file it died on is known.
   */
  progress: SharedArrayBuffer;
}

/** Files `first`, `first + 1`, … of the command's list. */
export interface TaskMessage {
  first: number;
  tasks: FileTask[];
}

/** The outcomes of a TaskMessage's tasks, in its order. */
export interface OutcomeMessage {
  first: number;
  outcomes: TaskOutcome[];
}

const data = workerData as CliWorkerData;
const lexicon = data.lexicon && matcherOfText(data.lexicon.file, data.lexicon.text);
const progress = new Int32Array(data.progress);

parentPort?.on('message', ({ first, tasks }: TaskMessage) => {
  // Stage by stage over the message's files (runFileTasks); the file it is on is the one a stage last started.
  const outcomes = runFileTasks(tasks, lexicon, (k) => Atomics.store(progress, 0, first + k));
  const message: OutcomeMessage = { first, outcomes };
  parentPort?.postMessage(message, outcomes.flatMap(transferablesOf));
});
