// A root-level hook: after the last unit test nothing may keep Node alive (a timer, a worker, a
// child process, a server or socket left open by a test or by a module at import). Mocha runs
// without `--exit`, so such a leftover would hang `npm test` with every test green; failing here
// names the kind of resource instead. To find the culprit, run mocha with
// `--require why-is-node-running/include` or print `process._getActiveHandles()` here.
import { strict as assert } from 'node:assert';

/** Standard streams: a pipe under CI, a TTY in a terminal, a file when redirected. */
const STDIO = new Set(['PipeWrap', 'TTYWrap', 'FSReqCallback', 'FileHandle']);

after('nothing keeps the process alive after the unit tests', () => {
  const leftovers = process.getActiveResourcesInfo().filter((kind) => !STDIO.has(kind));
  assert.deepEqual(leftovers, [], `resources still open after the unit tests: ${leftovers.join(', ')}`);
});
