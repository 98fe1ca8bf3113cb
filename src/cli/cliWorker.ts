// A worker thread of the command line (bundled to dist/cliWorker.js; see workerPool.ts): runs
// the per-article tasks it is sent, one message each way per file. The workspace lexicon, if
// any, comes once in its workerData (the file's text, checked by the main thread) and is
// parsed once here, for every task.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileTask } from './fileTasks';
import { runFileTask, transferablesOf } from './fileTasks';
import { matcherOfText } from './lexiconOption';

/** What a worker is started with. */
export interface CliWorkerData {
  lexicon?: { file: string; text: string };
}

export interface TaskMessage {
  index: number;
  task: FileTask;
}

const source = (workerData as CliWorkerData | undefined)?.lexicon;
const lexicon = source && matcherOfText(source.file, source.text);

parentPort?.on('message', ({ index, task }: TaskMessage) => {
  const outcome = runFileTask(task, lexicon);
  parentPort?.postMessage({ index, outcome }, transferablesOf(outcome));
});
