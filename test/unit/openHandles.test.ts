// A root-level hook: after the last unit test nothing may keep Node alive (a timer, a worker, a
// child process, a server or socket left open by a test or by a module at import). Mocha runs
// without `--exit`, so such a leftover would hang `npm test` with every test green; failing here
// names the kind of resource instead. To find the culprit, run mocha with
// `--require why-is-node-running/include` or print `process._getActiveHandles()` here.
import { strict as assert } from 'node:assert';

/** Standard streams: a pipe under CI, a TTY in a terminal, a file when redirected. */
const STDIO = new Set(['PipeWrap', 'TTYWrap', 'FSReqCallback', 'FileHandle']);

/** How long a resource may take to close after its owner let it go (a worker's `terminate()` settles later). */
const SETTLE_MS = 5_000;

const leftovers = () => process.getActiveResourcesInfo().filter((kind) => !STDIO.has(kind));

// A worker terminated by the last test closes its message ports a moment later: wait for them (while
// this hook runs, Mocha's own timer for it is open, so timers are left to the check below).
after('resources let go by the last tests have closed', async function () {
  this.timeout(SETTLE_MS + 5_000);
  const closing = () => leftovers().filter((kind) => kind !== 'Timeout');
  for (const start = Date.now(); closing().length > 0 && Date.now() - start < SETTLE_MS; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

after('nothing keeps the process alive after the unit tests', () => {
  const open = leftovers();
  assert.deepEqual(open, [], `resources still open after the unit tests: ${open.join(', ')}`);
});
