// Kinds of park written like names. A province or prefecture-level city written with 省/市 before the
// bare word for industrial parks (`某某市工业园区总体向好`, `某某省产业园区`) is all the parks of that
// place together, as `全市工业园区` is: a statistic's subject, no park. The bare word for development
// zones after a province says the same (`某某省开发区2024年第三次开工活动`, `是某某省经济开发区`, a title
// the province gives its zones); after a city it is as often the city's one zone (`项目位于某某市开发区
// 北三路`), so it keeps its park. A county or a zone's own place keeps its park (`某某县工业园区`,
// `汨罗市工业园区`, a county-level city).
//
// An industry park named in a description of what something becomes is a kind of park, no named one:
// `工厂投产以后会成为华南一流的锂电产业园`, `打造集研发、生产于一体的电子产业园`, `作为西南最大的物流园`.
// The sentence says what the project or the place is meant to be (a goal, a superlative, what it
// integrates), then `的`, then the industry words and the park suffix. A park the sentence merely
// qualifies with `的` keeps its name (`考察团参观的锂电产业园`, `占地800亩的钒电池产业园`).

import { TRADES_HOLDING_PARK_STOPS } from '../lexicon/boundaryWords';
import { ADMIN_SUFFIX_CHARS, PROVINCE_NAMES } from '../lexicon/placeNames';
import { charSet, code, isHan, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { MAJOR, PLACES_AND_QUALIFIERS } from './parkScan';

/** The bare words for industrial parks, the parks of a place taken together after it. */
const PARKS_OF_A_PLACE = WordMap.of(['工业园区', '产业园区', '工业园', '产业园']);
/** The bare words for development zones, the parks of a province taken together after it. */
const ZONES_OF_A_PROVINCE = WordMap.of(['开发区', '经济开发区']);
/** 省 and 市 after a province's or a city's name. */
const PROVINCE_OR_CITY = charSet('省市');
const PROVINCE = code('省');
/**
 * Provinces and autonomous regions: the municipalities' names before `开发区` name their own zone, and so
 * does a province's name that is also its city's (`吉林`).
 */
const MUNICIPALITIES = ['北京', '天津', '上海', '重庆', '吉林'];
/** Provinces and Taiwan, whose name alone before a bare word for parks is all their parks (`台湾产业园区`). */
const PROVINCES_NOT_MUNICIPALITIES = WordMap.of(PROVINCE_NAMES.filter((name) => !MUNICIPALITIES.includes(name)), ['台湾']);
/** The bare words for a region's parks written with 区, plural in use after a province (`某省工业园区`): `工业园` may be one park. */
const PARKS_OF_A_REGION = WordMap.of(['开发区', '经济开发区', '工业园区', '产业园区']);

/** Is text[anchor, end) the bare word for the parks of the place written right before it with 省/市? */
function bareWordOfPlace(text: string, anchor: number, end: number): boolean {
  const before = text.charCodeAt(anchor - 1);
  if (PARKS_OF_A_PLACE.longestStartingAt(text, anchor, end) === end - anchor) return PROVINCE_OR_CITY.has(before);
  return before === PROVINCE && ZONES_OF_A_PROVINCE.longestStartingAt(text, anchor, end) === end - anchor;
}

/**
 * Is text[start, end) a province's name alone, without 省, then the bare word for development zones or industrial
 * parks (`湖南开发区与粤港合作加快`, `显示台湾产业园区已成为…`)? Also the province's zones together. A municipality
 * keeps its zone: its name before `开发区` is how its own economic-technological zone is called (`天津开发区`), as a
 * city named like its province does.
 */
function zonesOfAProvinceWithoutSuffix(text: string, start: number, anchor: number, end: number): boolean {
  if (PARKS_OF_A_REGION.longestStartingAt(text, anchor, end) !== end - anchor) return false;
  return PROVINCES_NOT_MUNICIPALITIES.longestEndingAt(text, anchor, start) === anchor - start;
}

/**
 * Is text[start, end) a province or prefecture-level city with 省/市, then the bare word for its
 * industrial parks, or a province with 省 and the bare word for its development zones (`anchor` is
 * where that word starts)?
 */
export function parksOfAPlace(text: string, start: number, anchor: number, end: number): boolean {
  if (zonesOfAProvinceWithoutSuffix(text, start, anchor, end)) return true;
  if (!bareWordOfPlace(text, anchor, end)) return false;
  return MAJOR.longestEndingAt(text, anchor - 1, start) > 0 && PLACES_AND_QUALIFIERS.covers(text, start, anchor - 1);
}

const TRADE_DISTRICT = '产业功能区';

/**
 * Is text[start, end) a city's trade district (`产业功能区`) named by its trade alone (`加快推进电子信息产业功能区建设`)?
 * A city divides itself into such districts by trade, a class of districts; one is named with its city (`某某电子信息
 * 产业功能区`) or right after its zone (`afterZone`).
 */
export function tradeDistrictWithoutPlace(text: string, start: number, anchor: number, end: number, afterZone: boolean): boolean {
  if (afterZone || end - anchor !== TRADE_DISTRICT.length || !text.startsWith(TRADE_DISTRICT, anchor)) return false;
  return PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) === 0;
}

/**
 * Words of a described goal before `的`: becoming, forming and building into (成为 形成 建成 打造), the role something
 * plays (作为), a target (目标), what it integrates (`集…于一体`), and superlatives and firsts, which
 * rank a kind of park (`最大的`, `首个…的`, `一流的`, `以…为主的`, `以…为特色的`), and importance (`建设全国重要的…基地`).
 */
const DESCRIPTION_WORDS = WordMap.of(['成为', '形成', '建成', '打造', '作为', '目标', '一体', '最', '首个', '首家', '唯一', '一流', '为主', '为特色', '重要']);

/** Where a clause opens: the description is read back to one of these. */
const CLAUSE_OPENERS = charSet(',，;；:：。!！?？\n');

/** The longest description read before `的`, so the cost per park stays bounded. */
const DESCRIPTION_MAX = 60;

const DE = code('的');
/**
 * `是`: words before it describe its subject, not what follows (`最大的奠基项目是总投资百亿元以上的某某科技园`:
 * the superlative ranks the project, the park after `是` is named).
 */
const COPULA = code('是');

/**
 * Does the park starting at `start` follow `的` closing a description of what something becomes, in
 * its own clause and after any `是` (`成为…的`, `集…于一体的`, `…最大的`)?
 */
export function describedAsGoal(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== DE) return false;
  const min = Math.max(0, start - 1 - DESCRIPTION_MAX);
  for (let k = start - 1; k > min; k--) {
    if (CLAUSE_OPENERS.has(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === COPULA) return false;
    if (DESCRIPTION_WORDS.longestEndingAt(text, k, min) > 0) return true;
  }
  return false;
}

/**
 * Verbs of making something into what follows, with their complement's `为`/`成` (`将某地打造为…`, `打造成为…`, `定位为…`,
 * `建设成为…`): what follows is the role or kind it is to become, a goal, never a park's name, placed or not
 * (`将某某城打造为全省数字产业和人才集聚区`, `功能定位为…承载区、…示范区`).
 */
const MADE_INTO = WordMap.of(['打造为', '打造成', '建设为', '建设成为', '建成为', '定位为', '发展成为']);
/** The last characters of the verbs of MADE_INTO. */
const COMPLEMENT_ENDS = charSet('为成');
/** After `打造成`: the verb's outcome (`打造成功`, `打造成本`, `打造成效`, `打造成果`), no complement. */
const NOT_COMPLEMENT = charSet('功本效果');
/**
 * What may follow a park that ends the goal's complement, its kind word being the role to become: the clause's or the
 * list's end (`打造为…集聚区,`, `…承载区、…示范区。`). Any other word after it (`成为某某产业园内…`, `打造为某某高新区的…`,
 * `打造成为促进某某高新区发展的…`) makes the park something the goal holds or serves: a place, named.
 */
const ENDS_GOAL_ITEM = charSet('和与及');

/**
 * Is the park text[start, end) the complement of a verb making something into it, in its clause and after any `是`
 * (`将某某城打造为全省数字产业和人才集聚区`, an item of the list it opens)? The scan may have taken the complement's
 * `成` into the name (`把某地打造成某某合作示范区`): the verb is read from one character inside the park too.
 */
export function madeIntoGoal(text: string, start: number, end: number): boolean {
  const after = unitAt(text, end);
  if (isHan(after) && !ENDS_GOAL_ITEM.has(after)) return false;
  const min = Math.max(0, start - DESCRIPTION_MAX);
  for (let k = start + 1; k > min; k--) {
    // every verb ends with its complement's 为 or 成: the word list is looked up only there
    if (COMPLEMENT_ENDS.has(text.charCodeAt(k - 1)) && MADE_INTO.longestEndingAt(text, k, min) > 0 && !NOT_COMPLEMENT.has(unitAt(text, k))) return true;
    if (k <= start && (CLAUSE_OPENERS.has(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === COPULA)) return false;
  }
  return false;
}

const FIRST_CLASS = '一流';

/**
 * Does the prefix text[start, anchor) hold `一流` (`建成世界一流光电产业基地`, `国内一流产业园区`)? First class is
 * what a place means to build, a goal like `一流的` before a kind of park, never a word of a park's name.
 */
export function rankedFirstClass(text: string, start: number, anchor: number): boolean {
  return prefixHolds(text, FIRST_CLASS, start, anchor);
}

/**
 * Superlatives and firsts of a kind (`最大`, `首家`, `首座`, `大型`): a park ranked among its kind is
 * described, never named, wherever the rank stands in the prefix (`某国最大有机茶产业园`,
 * `某省首家综合保税区`, `某地首座微型工业区`, `北方大型冷链物流园区`), and so is a park given a star grade in a rating
 * (`某省二星级产业集聚区`, a title the zone holds). No park's own name holds one.
 */
const SUPERLATIVES = WordMap.of(['最', '首家', '首个', '首座', '首批', '大型', '星级']);

/** Does the prefix text[start, anchor) rank the park as the largest or the first of its kind? */
export function rankedSuperlative(text: string, start: number, anchor: number): boolean {
  for (let k = start; k < anchor; k++) if (SUPERLATIVES.longestStartingAt(text, k, anchor) > 0) return true;
  return false;
}

/** Ranks given to parks (`国家级`, `省级` …) and the world class a place means to build (`世界级`). */
const RANKS = WordMap.of(['国家级', '省级', '市级', '县级', '区级', '世界级']);

/**
 * Does a rank make the industry park whose prefix is text[start, anchor) a title, a kind of park, not one?
 * A rank opening the prefix or right before it (`国家级的` too), or anywhere inside it, when no place opens
 * the name after the rank: `着力打造国家级新能源汽车产业基地`, `打造百亿国家级纺织产业基地`, `建设国家级的光电产业园`.
 * A place names the park (`某某国家级石化基地`; `国家级某某产业园` is the caller's, which leaves the rank out).
 */
export function rankedTitle(text: string, start: number, anchor: number): boolean {
  let k = start;
  for (let rank = RANKS.longestStartingAt(text, k, anchor); rank > 0; rank = RANKS.longestStartingAt(text, k, anchor)) k += rank;
  if (PLACES_AND_QUALIFIERS.longestStartingAt(text, k, anchor) > 0) return false;
  if (k > start || RANKS.longestEndingAt(text, text.charCodeAt(start - 1) === DE ? start - 1 : start) > 0) return true;
  for (; k < anchor; k++) if (RANKS.longestStartingAt(text, k, anchor) > 0) return true;
  return false;
}

/**
 * Qualities a place means its park to reach (`现代化` modern, `世界级` world-class, `高水平` high-level, `高质量`, `高标准`,
 * `高能级`, `高品质`): `吹响建设现代化滨江产业新城号角`, `建设世界级临港石化产业基地`. They say what is to be built, a goal,
 * as `一流` does, and no park's own name holds one, so a place after them names none either.
 */
const GOAL_QUALITIES = WordMap.of(['现代化', '世界级', '高水平', '高质量', '高标准', '高能级', '高品质']);

/** Does the prefix text[start, anchor) hold a quality a place means its park to reach (a goal, no park named)? */
export function goalQuality(text: string, start: number, anchor: number): boolean {
  for (let k = start; k < anchor; k++) if (GOAL_QUALITIES.longestStartingAt(text, k, anchor) > 0) return true;
  return false;
}

/** Does text[start, anchor) hold `word`? Read within the prefix only (a bounded scan), never on through the paragraph. */
function prefixHolds(text: string, word: string, start: number, anchor: number): boolean {
  for (let k = start; k + word.length <= anchor; k++) if (text.startsWith(word, k)) return true;
  return false;
}

/** Units of floor area (`平方米`), and the way numbers end before them. */
const AREA_UNITS = WordMap.of(['平方米', '平米', '万平方米']);

/**
 * Does the park starting at `start` follow a floor area (`建成5.5万平方米物流商贸园区`)? A park measured so
 * is a building complex of that size, no named park.
 */
export function measuredAsBuilding(text: string, start: number): boolean {
  return AREA_UNITS.longestEndingAt(text, start) > 0;
}

const XIANG_MU = '项目';

/**
 * Does the prefix text[start, anchor) hold `项目` (`重点项目某某产业园`)? A park's name never does: the
 * park is introduced as a project, whose name it is (guidelines: a project's facility is no PARK).
 */
export function introducedAsProject(text: string, start: number, anchor: number): boolean {
  return prefixHolds(text, XIANG_MU, start, anchor);
}

/**
 * Words that sort parks into kinds (`特色` distinctive, `普通` ordinary, `一般` general, `核心` core, `无名` nameless,
 * `集约化` intensive): opening a park's prefix, with no place after them, they say what kind of park is meant
 * (`打造特色文旅小镇`, `集约化工业园区`, `核心园区`), never which one. Inside a name they stay
 * (`某某生物医药特色产业基地`, `某某示范区核心区`).
 */
const KIND_OPENERS = WordMap.of(['特色', '普通', '一般', '核心', '无名', '無名', '集约化', '集約化']);

/** Does the prefix text[start, anchor) open with a word sorting parks into kinds, no place following it? */
export function kindOpener(text: string, start: number, anchor: number): boolean {
  const length = KIND_OPENERS.longestStartingAt(text, start, anchor) || typeWordLength(text, start, anchor);
  return length > 0 && PLACES_AND_QUALIFIERS.longestStartingAt(text, start + length, anchor) === 0;
}

const XING = code('型');
/** The longest word before `型` read as a type (`枢纽型`, `外向型`, `综合型`). */
const TYPE_WORD_MAX = 3;

/**
 * Length of a type word opening the prefix, a short word then `型` (`综合性、枢纽型物流园区`, `外向型工业园区`), or 0:
 * a type sorts parks into kinds as `特色` does. Not after a place (`某某内陆开放型经济试验区` is one zone).
 */
function typeWordLength(text: string, start: number, anchor: number): number {
  // `新型显示产业园`: the display trade's own name opens with `新型`, which is no type there.
  if (PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) > 0 || TRADES_WITH_TYPE.longestStartingAt(text, start, anchor) > 0) return 0;
  for (let k = start + 1; k <= start + TYPE_WORD_MAX && k < anchor; k++) {
    // `某某县型材产业园`: a place written with its level is no type, the 型 opens the trade.
    if (ADMIN.has(text.charCodeAt(k - 1))) return 0;
    // `一座新型显示产业园`: the 型 of a trade read whole is no type's either.
    if (text.charCodeAt(k) === XING) return TRADES_WITH_TYPE.longestStartingAt(text, k - 1, anchor) > 0 ? 0 : k + 1 - start;
  }
  return 0;
}

const ADMIN = charSet(ADMIN_SUFFIX_CHARS);
/** Trades read whole in a park's prefix (`新型显示`): a `型` inside one opens no type. */
const TRADES_WITH_TYPE = WordMap.of(TRADES_HOLDING_PARK_STOPS);

/**
 * Verbs of constructing what a project builds (`该项目将建设某某产业基地`). Not `规划`, which plans parks of a place too.
 * `打造` (making into) is read only where no one is said to do it (`plannedBySubjectless`): a named park is made into
 * something too.
 */
const FACILITY_VERBS = WordMap.of(['建设', '新建', '兴建', '拟建', '投建', '打造']);
const DA_ZAO = '打造';
/** Joiners of a list of what the verb builds (`建设A、B及C`). */
const LIST_JOINERS = charSet('、及和与');
/** Where the verb's clause ends, read back from a list item: the list belongs to no verb before these. */
const CLAUSE_BOUNDS = charSet(',，;；:：。!！?？\n(（“”"');
/** Words placing what follows in a site (`在`, `于`, `落户`): the item after them is where things are built, not what. */
const SITE_CHARS = charSet('在于於落入驻位');
/** The longest list read back from an item to its verb, so the cost per park stays bounded. */
const FACILITY_LIST_MAX = 40;

/** Where a sentence ends: the project building the park is read back no further. */
const SENTENCE_ENDS = charSet('。!！?？\n');
/** The longest sentence read back from the verb for the project, so the cost per park stays bounded. */
const PROJECT_SUBJECT_MAX = 80;

/** Does the sentence before text[verb] speak of a project (`项目`, not `项目方`, the party), the one that builds? */
function projectBuilds(text: string, verb: number): boolean {
  const min = Math.max(0, verb - PROJECT_SUBJECT_MAX);
  for (let k = verb - 2; k >= min; k--) {
    if (SENTENCE_ENDS.has(text.charCodeAt(k + 1))) return false;
    if (text.startsWith(XIANG_MU, k) && text.charCodeAt(k + 2) !== FANG) return true;
  }
  return false;
}

const FANG = code('方');

/**
 * Is the industry park text[start, anchor…) with no place opening its name what a project builds, the object of a verb
 * of constructing in a sentence about a project (`该项目将建设光伏材料产业基地`), or an item of the list that verb opens
 * (`项目建设物流中心及新材料产业基地`)? Such a park is named by its trade alone, a facility of the project, no PARK. So is
 * one a plan builds with no one doing it (`plannedBySubjectless`). A place names a park whoever builds it, and a county,
 * a firm or a investor building a park builds a park (`该县投资建设某某产业园`, `某某投资3亿元建设某某产业园`: the name
 * may open with a place we do not know).
 */
export function builtAsFacility(text: string, start: number, anchor: number): boolean {
  if (PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) > 0) return false;
  const verb = buildingVerbBefore(text, start);
  if (verb < 0) return false;
  return plannedBySubjectless(text, verb) || (!text.startsWith(DA_ZAO, verb) && projectBuilds(text, verb));
}

/**
 * Where the verb of building whose object (or an item of the list it opens) starts at `start` starts, or -1.
 * The list is read back within its clause, never across a site word (`在 于 落户`: where things are built, not what).
 */
function buildingVerbBefore(text: string, start: number): number {
  const verb = FACILITY_VERBS.longestEndingAt(text, start);
  if (verb > 0) return start - verb;
  if (!LIST_JOINERS.has(text.charCodeAt(start - 1))) return -1;
  const min = Math.max(1, start - 1 - FACILITY_LIST_MAX);
  for (let k = start - 2; k > min; k--) {
    const c = text.charCodeAt(k);
    if (CLAUSE_BOUNDS.has(c) || SITE_CHARS.has(c)) return -1;
    // the verb right before the list's first item, not a noun `建设` closing a phrase (`厂房建设、…`)
    const length = FACILITY_VERBS.longestEndingAt(text, k);
    if (length > 0 && !LIST_JOINERS.has(c)) return k - length;
  }
  return -1;
}

/**
 * Words of intent right before a verb of building, with no doer between (`以建设…为抓手`, `计划打造…`, `将建设…`):
 * the clause states a plan or a goal.
 */
const INTENT_WORDS = WordMap.of(['以', '计划', '将', '拟', '要']);

/**
 * Does the verb at `verb` open its clause (`…,建设储能装备产业园已成热潮`) or follow a word of intent alone (`以建设
 * 农产品加工园、…为抓手`, `计划打造康养产业园`)? Then no one is said to build the park named by its trade alone: the
 * clause plans a kind of park or sets a goal (a slogan, `打造…产业园`), and names none. A firm investing or works
 * starting (`投资建设`, `开工建设`), a place it is built for (`为某市打造`) or a rank of the works (`重点建设`) before the
 * verb say which park, a named one (guidelines: a PARK is a named park; `锂电产业园` is one the article is about).
 */
function plannedBySubjectless(text: string, verb: number): boolean {
  const opening = verb - INTENT_WORDS.longestEndingAt(text, verb);
  if (opening === 0) return true;
  // `某某公司将投资12亿元,建设某某产业园`: the clause before spends the money, its investor builds the park (a word of
  // intent after it, `…18亿元,计划打造…`, states a plan).
  return CLAUSE_BOUNDS.has(text.charCodeAt(opening - 1)) && (opening < verb || !MONEY_ENDS.has(text.charCodeAt(opening - 2)));
}

/** How an amount of money ends (`12亿元`, `8000万`): a clause ending so is an investor's outlay. */
const MONEY_ENDS = charSet('元万亿');

/** The middle dot joining a name's two parts (`某地·某某产业园`, `某某·某某科技城`). */
const MIDDLE_DOT = '·';
/**
 * Longest front before the dot read as a place we do not know: two characters, a place's usual length (a county or a
 * foreign town, `某丽·某姐边境商贸园区`; two countries by their one character, `中某·某某经贸合作区`). Brands run longer.
 */
const UNKNOWN_PLACE_MAX = 2;

/**
 * Does the prefix text[start, anchor) join a brand, not a place, to the park's words with a middle dot (`某某地产·某某科技城`,
 * `某某云·某某数字产业园`)? A place before the dot names a park (`某省·某某旅游度假区`, a border park `某地·某地产业园`), and so
 * does a front of two characters; a company's brand before it names its development, a project, no PARK.
 */
export function brandedDevelopment(text: string, start: number, anchor: number): boolean {
  // read back no further than the prefix: a paragraph with no dot must not be read whole for each park
  let dot = anchor - 1;
  while (dot >= start && text[dot] !== MIDDLE_DOT) dot--;
  if (dot - start <= UNKNOWN_PLACE_MAX) return false;
  const place = PLACES_AND_QUALIFIERS.longestEndingAt(text, dot, start);
  const level = place === 0 && ADMIN_SUFFIX_CHARS.includes(text[dot - 1]) ? PLACES_AND_QUALIFIERS.longestEndingAt(text, dot - 1, start) : 0;
  return place === 0 && level === 0;
}
