// `该基地位于K`, `该工厂将建在某州的K`, `这个坐落在K的…项目`: the article's plant, base or project said to stand in
// a park, by the thing built (named before the park or after it) and a verb of lying or being built there.
// Read at the parks of an article (onlyPark.ts), as `投资地点位于K` is: where the article's investment lies.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/**
 * `该基地位于`, `这座工厂将建在某州的`: the thing built, then where it lies or is built, then the places the park lies
 * in (a province's, a city's or a state's name, up to two, `的` after) right before the park.
 */
const SITE_PLACED_BEFORE =
  /(?:基地|工厂|厂区|厂房)(?:将|拟|计划|预计)?(?:位于|坐落于|坐落在|建在|设在|落户于?)\s*(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|县)){0,2}的?\s*$/;
/** `坐落在K的`, `位于K的`: a verb of lying right before the park… */
const LIES_BEFORE = /(?:坐落于|坐落在|位于)\s*$/;
/** …and the project that lies there right after it (`的“化尾”项目`, `的P项目`), within its clause. */
const PROJECT_AFTER = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?的[^,;:。!?]{0,16}?项目/;
/** How far before a park the thing built and its places are read (UTF-16 units). */
const SITE_REACH = 24;
/** How far after a park the project lying there is read (UTF-16 units). */
const PROJECT_REACH = 20;

/** Does the article say its plant, base or project stands in this park? */
export function sitedInPark(ctx: LinkContext, park: LinkSpan): boolean {
  const { structure } = ctx;
  const before = structure.before(park.entity.start, SITE_REACH);
  if (SITE_PLACED_BEFORE.test(before)) return true;
  return LIES_BEFORE.test(before) && PROJECT_AFTER.test(structure.after(park.entity.end, PROJECT_REACH));
}
