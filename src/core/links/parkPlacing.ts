// Where an article places its investment at a park (read at the parks of an article, onlyPark.ts): the
// investment's site (`投资地点位于K`, `项目选址在K`, `吸引…企业进驻K`), the plant its company puts up there
// (`该公司将在某省某市的K建立工厂`, `拟于某国K新建工厂`), or its plant, base or project said to stand there
// (`该基地位于K`, `该工厂将建在某州的K`, `这个坐落在K的…项目`). Each reads a few dozen units around the park.
import { WINDOW, type LinkContext } from './linkContext';
import { commonPrefix, sameName, shortProjectName, type LinkSpan } from './linkNames';

/**
 * `投资地点位于K`, `项目选址在K`, `吸引…企业进驻K`: the park is where the article's investment lies or
 * what its project brings firms into (not `公司位于K`, where a company is based).
 */
const INVESTMENT_PLACED_BEFORE = /(?:(?:项目|投资地点|项目地点|建设地点|选址|厂址)[^,;。]{0,6}(?:位于|坐落于|地处|落户于?|选址于?|设在|定在|建在)|(?:投资|项目|建设)地点\s*(?:为|是)|(?:企业|项目)(?:进驻|入驻|落户))\s*(?:[\u4e00-\u9fff]{2,7}?[省市县])?\s*$/;
/** How far before a park its placing words (and the city it lies in) are read (UTF-16 units). */
export const PLACED_REACH = 24;

/** Does the article place its investment at this park (`投资地点位于K`)? */
export function investmentPlacedIn(ctx: LinkContext, park: LinkSpan): boolean {
  return INVESTMENT_PLACED_BEFORE.test(ctx.structure.before(park.entity.start, PLACED_REACH));
}

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

/** `这个坐落在K的…项目`, `该项目位于K`: a determiner right before the placing words points back to the article's project. */
const POINTS_BACK = /(?:这个|这一|该|此)[^,，。;；]{0,8}$/;
/** How far before the park the determiner is read (UTF-16 units). */
const POINTS_BACK_REACH = 12;

/**
 * The projects the sentence placing the article's investment names (`《P项目投资合同》签约,项目选址K`, `位于K的P项目`);
 * none when the placing points back to the project spoken of (`这个坐落在K的“某尾”项目`: another name of it).
 */
export function projectsPlacedWith(ctx: LinkContext, park: LinkSpan): LinkSpan[] {
  const projects: LinkSpan[] = [];
  if (POINTS_BACK.test(ctx.structure.before(park.entity.start, POINTS_BACK_REACH))) return projects;
  const { spans } = ctx;
  for (let j = park.pos - 1; j >= 0 && j >= park.pos - WINDOW && spans[j].sentence === park.sentence; j--) if (spans[j].entity.label === 'PROJECT') projects.push(spans[j]);
  for (let j = park.pos + 1; j < spans.length && j <= park.pos + WINDOW && spans[j].sentence === park.sentence; j++) if (spans[j].entity.label === 'PROJECT') projects.push(spans[j]);
  return projects;
}

/** Fewest leading characters two project names share to be read as parts of one undertaking (`某某基地一期项目`, `某某基地项目`). */
const SHARED_HEAD = 4;

/**
 * `…总投资X的A项目…。…《B项目投资合同》签约,项目选址K`: the sentence that places the article's investment in K names its
 * project, and the amount belongs to another one: the park is B's, not A's (a round-up of several projects, each
 * somewhere else). Not when the placing sentence names no project (`这个坐落在K的“某尾”项目`), nor for a longer,
 * shorter or phased writing of a placed project.
 */
export function anotherProjectThanPlaced(placed: readonly LinkSpan[], project: LinkSpan | undefined): boolean {
  if (!project || placed.length === 0) return false;
  const name = shortProjectName(project);
  return !placed.some((other) => {
    const short = shortProjectName(other);
    return sameName(short, name) || commonPrefix(short, name) >= SHARED_HEAD;
  });
}

/**
 * A verb of siting or settling right before the park (`选址某省某市K`, `落地K`, `设在K`, `落户于K`), the places it lies in
 * between: the thing the sentence is about stands in the park (not firms moving in, `入驻K`, said of many as often; nor a
 * building lying there, `坐落在K的办事处`).
 */
const SITED_BEFORE = /(?:落户于|落户在|落地于?|选址于?|选址在|择址于?|建在|设在)\s*(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|州|盟|县|旗|镇|乡)){0,3}\s*$/;
/** `在K奠基动工`, `在K正式落地`: after `在` and the park, the project is founded, settled or put into production there. */
const FOUNDED_AFTER = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?(?:内|境内)?\s*(?:正式|顺利|全面|隆重)?(?:奠基|落地|落户|投产|建成|落成)/;
/** `在` right before the park. */
const AT_BEFORE = /在\s*$/;
/** How far before a park its siting words and places are read (UTF-16 units). */
const SITED_REACH = 24;

/**
 * Does the sentence site its project in the park (`选址K的…项目`, `项目落地K`) or found it there (`在K奠基动工`)?
 * Read at the parks of an article's opening (onlyPark.ts): the placings that do not make the park the opening's subject.
 */
export function sitedOrFoundedIn(ctx: LinkContext, park: LinkSpan): boolean {
  const before = ctx.structure.before(park.entity.start, SITED_REACH);
  if (SITED_BEFORE.test(before)) return true;
  return AT_BEFORE.test(before) && FOUNDED_AFTER.test(ctx.structure.after(park.entity.end, 12));
}
