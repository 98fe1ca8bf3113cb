// An amount spent right after it on building one named site (scope, see moneyScope.ts): `资金支持X建设某某园二期`,
// `计划总投资X建设的某某创意园`. The verb of building and one site's name after it say what the money builds,
// so the amount is that site's cost, `item`, though firms were counted in an earlier clause of the sentence (the
// firms a park already hosts, or plans to draw). Several things built (`投建两个医药项目`, `建设A、B等项目`) are no
// one site. Reads a few characters after the amount, nothing more.
import { isHan } from '../text';
import { WordMap } from '../wordMap';

/** Verbs that build one thing, right after the amount. */
const BUILD_VERBS = WordMap.of(['建设', '兴建', '新建', '扩建', '投建']);

/** What one site's name ends in: a park, a base, a centre, a plant, a phase of one. */
const SITE_HEADS = WordMap.of(['园', '园区', '产业园', '基地', '中心', '工厂', '厂', '城', '一期', '二期', '三期', '项目']);

/** Shortest and longest run of Han characters a site's name takes after the verb (and its `的`). */
const NAME_MIN = 2;
const NAME_MAX = 16;

const DE = 0x7684; // 的

/**
 * Things joined or counted in the name's run: several built, not one (`A和B项目`, `两个基地`, `三大园区`, `两医药项目`;
 * `两岸`, the two sides of the strait, counts nothing).
 */
const SEVERAL = /[和及与]|两(?!岸)|[一二三四五六七八九十几数多][个大家座项条所批]/;

/** True when a verb of building, maybe `的`, then one site's name (Han characters, nothing joined or counted) follow the amount. */
export function buildsOneSiteAfter(text: string, afterEnd: number): boolean {
  const verb = BUILD_VERBS.startingAt(text, afterEnd);
  if (!verb) return false;
  let from = verb.end;
  if (text.charCodeAt(from) === DE) from++;
  let p = from;
  const hi = Math.min(text.length, from + NAME_MAX);
  while (p < hi && isHan(text.charCodeAt(p))) p++;
  if (p - from < NAME_MIN || (p < text.length && isHan(text.charCodeAt(p))) || SEVERAL.test(text.slice(from, p))) return false;
  return SITE_HEADS.endingAt(text, p, from + 1) !== undefined;
}
