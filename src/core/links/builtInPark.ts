// `该公司将在某省某市的K建立工厂`, `拟于某国K新建工厂`: the article's company or project puts up its plant
// in a park, said with the place words before the park and the verb of building after it. Read at the
// parks of an article (onlyPark.ts), as `投资地点位于K` is: where the article's investment lies.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/**
 * `在` / `于` / `於` (not `对于 关于 由于 属于 等于 至于 鉴于 基于 用于 归于 处于`, which do not place), then the
 * places the park lies in (`某省某市的`, a country's short name `某国`, up to three place words: `某国某州某市`), right
 * before the park.
 */
const AT_PLACES_BEFORE =
  /(?:在|(?<![对关由属等至鉴基用归处])[于於])(?:[\u4e00-\u9fff]{2,4}?)?(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|县|国)){0,3}的?\s*$/;
/** How far before a park its `在` and places are read (UTF-16 units): a country, a state and a city abroad. */
const AT_REACH = 24;

/**
 * A verb of putting up a plant or a base right after the park (a scraped page's pinyin gloss of the park's last
 * character may stand between): the thing built is the article's, not the park itself.
 */
const BUILDS_AFTER = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?(?:内|境内)?(?:建立|新建|兴建|建造|设立|建厂|设厂|投资建设|投建)/;
/** How far after a park its verb of building is read (UTF-16 units). */
const BUILDS_REACH = 14;

/** Does the sentence build the article's plant in this park (`在…K建立工厂`)? */
export function builtInPark(ctx: LinkContext, park: LinkSpan): boolean {
  const { structure } = ctx;
  return AT_PLACES_BEFORE.test(structure.before(park.entity.start, AT_REACH)) && BUILDS_AFTER.test(structure.after(park.entity.end, BUILDS_REACH));
}
