// A smaller inlining budget for V8's optimising compiler in the command line (main thread and
// every worker thread: V8 flags are per process, set here before any worker starts).
//
// A one-shot run over a corpus pays, in each thread that runs the engine, for optimising the
// recogniser's large functions; with V8's default budget (920 bytes of bytecode inlined per
// function) that compilation was about a third of `extract --jobs 2`'s CPU on 20 MB. At 300 it
// costs far less (extract --jobs 2, 20 MB: 5.4 → 4.3 CPU s) while the warmed engine runs as fast
// as before (0.046 s/MB either way), so every size of corpus gains. At 120, counted with callgrind
// (`extract --jobs 1`, single-threaded V8, fixed seeds, 1 and 3 MB of bench/templateCorpus.ts
// articles): 6.75G → 6.34G and 10.04G → 9.62G instructions, the same 1.64G per MB beyond the
// first: a thread's fixed cost 8% less (0.4G), the engine's steady pace unchanged (timings on
// the shared machine could not tell 120 from 300). Output does not depend on it.
import { setFlagsFromString } from 'node:v8';

const FLAG = '--max-inlined-bytecode-size-cumulative';
const CUMULATIVE_BYTES = 120;

/** Sets the budget unless the user started node with their own. */
export function limitInlining(): void {
  if (process.execArgv.some((arg) => arg.startsWith(FLAG))) return;
  // Read when a function is optimised, so setting it before the engine has run is enough.
  setFlagsFromString(`${FLAG}=${CUMULATIVE_BYTES}`);
}
