// Preloaded into a benchmarked process (`node --require dist/bench/rssProbe.js …`): on exit it
// writes one line to stderr with the process's peak RSS and CPU time, worker threads included
// (getrusage of the whole process), for cliBench.ts to read: `rss-probe {"maxRssKb",…}`.
//
// It also says where that CPU went, thread by thread (Linux only: /proc/self/task): the main
// thread; the threads already there when the probe loads, which are V8's helper threads
// (optimising compiler, garbage collector); and the threads started later, which for the
// command line are its worker threads. A worker thread is gone by the time the process exits,
// so each thread's CPU is sampled every SAMPLE_MS and the last sample kept: a worker's last
// few milliseconds can be missed (cliBench prints what the samples leave unattributed).
import { readFileSync, readdirSync, writeSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const PROBE_PREFIX = 'rss-probe ';
const SAMPLE_MS = 50;

/** What /proc/self/task/TID/schedstat says the thread has run, in ms (undefined once it is gone). */
function threadCpuMs(tid: string): number | undefined {
  try {
    return Number(readFileSync(`/proc/self/task/${tid}/schedstat`, 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

function taskIds(): string[] {
  try {
    return readdirSync('/proc/self/task');
  } catch {
    return [];
  }
}

/** Each thread's CPU at its last sample, by thread id. */
const lastSeen = new Map<string, number>();
const presentAtStart = new Set(taskIds());

function sample(): void {
  for (const tid of taskIds()) {
    const ms = threadCpuMs(tid);
    if (ms !== undefined) lastSeen.set(tid, ms);
  }
}

/** CPU ms by kind of thread; `started`: one entry per thread started after the probe loaded, in order of id. */
function threadCpu(): { main: number; helpers: number[]; started: number[] } {
  sample();
  const main = String(process.pid);
  const helpers: number[] = [];
  const started: number[] = [];
  const ids = [...lastSeen.keys()].filter((tid) => tid !== main).sort((a, b) => Number(a) - Number(b));
  for (const tid of ids) (presentAtStart.has(tid) ? helpers : started).push(lastSeen.get(tid) as number);
  return { main: lastSeen.get(main) ?? 0, helpers, started };
}

// Preloads run in worker threads too; only the process's main thread samples and reports.
if (isMainThread) {
  setInterval(sample, SAMPLE_MS).unref();
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const report = { maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime, threadCpuMs: threadCpu() };
    writeSync(2, `${PROBE_PREFIX}${JSON.stringify(report)}\n`);
  });
}
