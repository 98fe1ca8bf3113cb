// A park inside a project's name (guidelines: a project named after a park is one named project, and the
// park stays a PARK of its own): which generic-looking names a park makes named, and which pointed-back
// names hold one. Read by projects.ts on the name already scanned, never past it.
import { code, isNumeral } from '../text';
import { findParks } from './parks';
import { startsAtPlace } from './projectOpenings';

const QI = code('期');

/**
 * `智能装备产业园项目`: industry words are generic for projects but name a park, and a project named
 * after a park is named (as `京东数字产业园项目`). Only called for names made of generic words.
 */
export function namesPark(text: string, start: number, end: number): boolean {
  // `电子信息产业园三期项目`: a phase after the park's name is a part of the same named project.
  const nameEnd = end - start > 4 && text.charCodeAt(end - 1) === QI && isNumeral(text.charCodeAt(end - 2)) ? end - 2 : end;
  // `中国电子泸州产业园项目`: a park named after its place ends the name, whatever generic words open it.
  return findParks(text.slice(start, nameEnd)).some((park) => !park.zone && (park.start === 0 || startsAtPlace(text, start + park.start)) && (park.end === nameEnd - start || withItsWorks(text, start + park.end, nameEnd)));
}

/**
 * `该某某产业园一期项目`: a park inside a pointed-back name is read by the park scan, which keeps the park after the
 * determiner; the project stays with it (read only for the rare names after `该 各 每 这`).
 */
export function holdsAreaPark(text: string, start: number, anchor: number): boolean {
  return findParks(text.slice(start, anchor)).some((park) => !park.zone);
}

/** `新材料产业园及配套基础设施项目`: a park, then the works that serve it, is the park's project still. */
function withItsWorks(text: string, from: number, nameEnd: number): boolean {
  const m = ITS_WORKS.exec(text.slice(from, nameEnd));
  return m !== null && m[0].length === nameEnd - from;
}

/** What a park's project may add to the park: its supporting works (`及配套基础设施`, `配套设施`). */
const ITS_WORKS = /^(?:及|和|与)?(?:其)?配套(?:基础设施|设施|工程)?(?:建设)?/;
