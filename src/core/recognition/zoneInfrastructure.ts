// A zone's own infrastructure investment (`开发区基础设施投资额累计超过X`, `合作区基础设施投资累计X`): the money
// the zone's developer lays out building the zone itself, so one thing's money (`item`) even when summed so
// far with `累计`, which elsewhere makes a sum. Reads the few characters right before the amount only.
import { SUM_SO_FAR_MARK } from './windowMarks';

/**
 * The infrastructure investment summed so far (`累计` after it) and only the words that bring it to the figure,
 * right before the amount; a plan or a period's figure without `累计` is left to the other rules.
 */
const INFRASTRUCTURE_INVESTMENT_BEFORE = /(?:基础设施|基础建设|基建)投资额?累计(?:超过|超|达到|达|为|约|近|逾)*$/;

/** How far before the amount the infrastructure investment is read. */
const REACH = 16;

/** Where the infrastructure investment right before the amount starts, or -1. */
export function zoneInfrastructureBefore(text: string, lo: number, start: number, marks: number): number {
  // The pattern needs the `累` of `累计`, as marked in a window holding this one (windowMarks.ts).
  if ((marks & SUM_SO_FAR_MARK) === 0) return -1;
  const from = Math.max(lo, start - REACH);
  const m = INFRASTRUCTURE_INVESTMENT_BEFORE.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}
