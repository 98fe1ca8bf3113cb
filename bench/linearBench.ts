// `npm run bench:linear`: the `linear:` line of `npm run bench` alone, in about half a minute (engineGrowth.ts).
// A benchmark, not a test: it asserts nothing and never fails on a slow machine.
import { growthLine } from './engineGrowth';

console.log(growthLine());
