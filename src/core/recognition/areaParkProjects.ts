// A named estate written straight before `项目`, with at most a phase or `签约` between (`某某新材料产业园签约项目`,
// `某某数据园区二期项目`, `某某工业区项目`): the estate is what the project builds, so the whole is one PROJECT and
// the park inside it is not tagged apart (guidelines: `京东数字产业园项目` is one PROJECT). The project scan takes
// the names whose head it reads as an area park (`…产业园项目`); this reading adds those whose head it treats as a
// zone's place (`园区 工业区`) or that a signing word separates from `项目`. Administrative zones before `项目`
// (`某某开发区项目`, `某某新区签约项目`) are the zone's projects, a category, and are left out, as is a count
// after `项目` (`某某产业园签约项目5个`: how many projects the park signed), and `项目建设` (`掀起某某工业园区项目建设热潮`:
// the building of the park's projects, a drive, not one project).
import { isDigit, isNumeral } from '../text';
import { WordMap } from '../wordMap';
import type { ParkSpan } from './parks';
import type { Span } from './projects';

/** The heads of an estate built as a whole (not an administrative zone). */
const ESTATE_HEADS = WordMap.of(['产业园', '工业园', '园区', '工业区', '物流园', '科技园', '信息园', '产业城', '科技城']);

/** What may stand between the estate and `项目`: a phase, or the signing the sentence reports. */
const BETWEEN = /^(?:[一二三四五六七八九十]期|签约)?项目/u;

/** A count right after `项目` (`项目5个`, `项目十二个`) makes the mention a tally of the park's projects. */
function countedAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isDigit(c) || isNumeral(c);
}

const DENG = '等'.charCodeAt(0);
/** `项目建设`: the building of projects, the activity a drive is about. */
const BUILDING = '建设';

/** End of the project an estate names, or -1. */
function estateProjectEnd(text: string, park: ParkSpan): number {
  if (ESTATE_HEADS.longestEndingAt(text, park.end, park.start) === 0) return -1;
  // `A产业园等项目`-like lists are read by projectLists.ts; `等[estate]项目` closes a list of kinds.
  if (park.start > 0 && text.charCodeAt(park.start - 1) === DENG) return -1;
  const m = BETWEEN.exec(text.slice(park.end, park.end + 6));
  if (m === null) return -1;
  const end = park.end + m[0].length;
  return countedAfter(text, end) || text.startsWith(BUILDING, end) ? -1 : end;
}

/**
 * Adds to `projects` (text order, kept so) the projects named by an estate right before `项目`, where no project
 * overlaps the name already. The overlap rule then drops the PARK inside the longer PROJECT. One pass over both lists.
 */
export function addEstateProjects(text: string, parks: readonly ParkSpan[], projects: Span[]): void {
  let j = 0;
  for (const park of parks) {
    while (j < projects.length && projects[j].end <= park.start) j++;
    const end = estateProjectEnd(text, park);
    if (end < 0 || (j < projects.length && projects[j].start < end)) continue;
    projects.splice(j, 0, { start: park.start, end });
    j++;
  }
}
