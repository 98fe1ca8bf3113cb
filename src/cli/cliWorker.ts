// A worker thread of the command line (bundled to dist/cliWorker.js; see workerPool.ts): runs
// the per-article tasks it is sent, one message each way per file.
import { parentPort } from 'node:worker_threads';
import type { FileTask } from './fileTasks';
import { runFileTask } from './fileTasks';

export interface TaskMessage {
  index: number;
  task: FileTask;
}

parentPort?.on('message', ({ index, task }: TaskMessage) => {
  parentPort?.postMessage({ index, outcome: runFileTask(task) });
});
