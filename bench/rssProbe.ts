// Preloaded into a benchmarked process (`node --require dist/bench/rssProbe.js …`): on exit it
// writes one line to stderr with the process's peak RSS and CPU time, worker threads included
// (getrusage of the whole process), for cliBench.ts to read: `rss-probe {"maxRssKb",…}`.
import { writeSync } from 'node:fs';

const PROBE_PREFIX = 'rss-probe ';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `${PROBE_PREFIX}${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime })}\n`);
});
