// A park other projects settle in or sign with is a park, even where the article also names the project of building
// it (`K项目`): `12个产业项目签约落户K`, `K与C1、C2等13家单位签署项目合作协议`, `K签约项目N个`. Read by
// ArticleParks (linkParks.ts) before it takes a park's writings for that project's name.
import { countsItsProjects, signedWith } from './linkClauses';
import type { LinkSpan } from './linkNames';
import type { TextStructure } from './linkText';

/** Right before the park: the projects or firms the sentence speaks of settle there. */
const SETTLING_BEFORE = /(?:落户|入驻|进驻|迁入)\s*$/;
/** How far before the park the settling word is read (UTF-16 units). */
const SETTLING_REACH = 4;
/** After the park: it signs with parties (`K与A、B等13家单位签署…协议`), read to the clause's end. */
const SIGNS_WITH_PARTIES_AFTER = /^\s*(?:与|和|同)[^;；。!?！？\n]{2,60}?(?:签署|签订|签约)/;
/** How far after the park its parties and the signing are read (UTF-16 units). */
const PARTIES_REACH = 72;

/**
 * Does the article write the park as the host of other projects here (settled in, signing with parties, counting its
 * projects)? Asked once per park mention per article, never per amount.
 */
export function hostsProjects(structure: TextStructure, park: LinkSpan): boolean {
  const before = structure.before(park.entity.start, SETTLING_REACH);
  if (SETTLING_BEFORE.test(before)) return true;
  return SIGNS_WITH_PARTIES_AFTER.test(structure.after(park.entity.end, PARTIES_REACH)) || signedWith(structure, park) || countsItsProjects(structure, park);
}
