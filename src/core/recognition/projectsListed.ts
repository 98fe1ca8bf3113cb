// Several projects listed before their money (guidelines, scope `aggregate`): `此次开工项目包括A项目、
// B项目、C项目,总投资近4亿元`, `A工程、B工程和C工程集中开工,计划总投资30多亿元`: the amount after the
// list, with no other figure between, is what the listed projects add up to. Reads the amount's
// scope window (one sentence at most) backwards once. Likewise several projects, or a count of sites,
// the money builds after it in its clause (`投资X建设的A项目、B项目`, `拟X投建两大生产基地`).
import { charSet, code, isClauseEnd, isDigit, unitAt } from '../text';

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

/** How far after the amount, in its clause, what it builds is read (`合作投资X建设的A项目、B项目`). */
const LISTED_AFTER_REACH = 60;

const LIST_COMMA = code('、');

/**
 * `由A与B合作投资X建设的P项目、Q项目落户某地`: two or more projects joined by `、`/`和` after the amount, in its
 * clause and with no figure between, are what the money builds, their sum.
 */
export function projectsListedAfter(text: string, afterEnd: number): boolean {
  const end = Math.min(text.length, afterEnd + LISTED_AFTER_REACH);
  let joined = false;
  for (let k = afterEnd; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isDigit(c) || (c !== LIST_COMMA && isClauseEnd(c))) return false;
    if (JOINERS.has(c)) {
      let head = k;
      while (head > afterEnd && CLOSERS.has(text.charCodeAt(head - 1))) head--;
      joined ||= projectHeadEndsAt(text, head, afterEnd);
    } else if (joined && projectHeadEndsAt(text, k + 1, afterEnd)) return true;
  }
  return false;
}

/**
 * `拟25亿元投建两大生产基地`: a verb of building right after the amount, then a count of two or more sites or
 * projects, each of them a project of its own (not a plant's workshops or lines: `建设两条生产线`); `两` counts with no
 * classifier too (`投建两医药项目`), not phases (`两期`).
 */
const SITES_COUNTED_AFTER = /^(?:用于)?(?:投资)?(?:投建|建设|新建|兴建|打造|布局)(?:(?:两|二|三|四|五|六|七|八|九|十|[2-9]|[1-9]\d)(?:个|座|大|处)|两(?![期号]))[\u4e00-\u9fff]{0,4}?(?:基地|工厂|产业园|项目)/;
const SITES_REACH = 20;

/** The money builds two or more sites or projects counted right after it (`SITES_COUNTED_AFTER`). */
export function sitesCountedAfter(text: string, afterEnd: number): boolean {
  return SITES_COUNTED_AFTER.test(text.slice(afterEnd, afterEnd + SITES_REACH));
}
