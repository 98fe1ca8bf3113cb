// Several projects listed before their money (guidelines, scope `aggregate`): `此次开工项目包括A项目、
// B项目、C项目,总投资近4亿元`, `A工程、B工程和C工程集中开工,计划总投资30多亿元`: the amount after the
// list, with no other figure between, is what the listed projects add up to. Reads the amount's
// scope window (one sentence at most) backwards once.
import { charSet, code, isDigit, unitAt } from '../text';

/**
 * Joiners of a list of projects; `及`/`与` are left out: they join a project and its own works as often
 * (`A工程及配套项目`).
 */
const JOINERS = charSet('、和');

/** Closing marks a listed name may end with before its joiner (`“A”项目、`). */
const CLOSERS = charSet('”」)）');

/** Heads of a listed project's name: `项目`, or `工程` for works. */
const HEADS = ['项目', '工程'];
const HEAD_ENDS = charSet(HEADS.map((h) => h[h.length - 1]).join(''));

/** A phase before the head (`一期项目和二期项目`): parts of one project, not several. */
const PHASE = code('期');

/** Works that serve a project (`A项目和配套工程`): part of it, not another project. */
const ANCILLARY = '配套';

/** A project's head ends at `end` (exclusive), not a phase's or ancillary works': `A项目`, `B工程`. */
function projectHeadEndsAt(text: string, end: number, lo: number): boolean {
  // Asked at every character read back: one test of the last unit rules out most before any head is read.
  if (!HEAD_ENDS.has(text.charCodeAt(end - 1))) return false;
  return HEADS.some((h) => {
    const head = end - h.length;
    return head >= lo && text.startsWith(h, head) && unitAt(text, head - 1) !== PHASE && !text.startsWith(ANCILLARY, head - ANCILLARY.length);
  });
}

/**
 * Two or more projects joined by `、`/`和` in [lo, start), and no digit between the first joiner
 * read back and the amount (`A项目投资X、B项目投资Y` gives each its own; a figure between belongs to one).
 */
export function projectsListedBefore(text: string, lo: number, start: number): boolean {
  let projectAfter = false;
  for (let k = start - 1; k > lo; k--) {
    const c = text.charCodeAt(k);
    if (isDigit(c)) return false;
    if (JOINERS.has(c)) {
      let end = k;
      while (end > lo && CLOSERS.has(text.charCodeAt(end - 1))) end--;
      if (projectHeadEndsAt(text, end, lo)) {
        if (projectAfter) return true;
        projectAfter = true;
      }
      continue;
    }
    if (!projectAfter && projectHeadEndsAt(text, k + 1, lo)) projectAfter = true;
  }
  return false;
}
