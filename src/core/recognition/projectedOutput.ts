// A projected output: the sales or taxes expected once production starts (`全部达产后,年主营业务收入将达X`,
// `届时年创利税可达X`). Output that is yet to come is what one project or firm spoken of will yield; a region's
// or a batch's figures are reported with a count, a period or a summing word, which the rules weighed before
// this one catch. Reads the amount's sentence before it, up to a short reach.
import type { MoneyRole } from '../types';
import { isClauseEnd } from '../text';
import { WordMap } from '../wordMap';

/** A milestone of production after which output is expected, or `届时` pointing at one said before. */
const MILESTONE = /(?:达产|达效|投产|建成|竣工|投入使用|运营)(?:之后|以后|后)|届时/;

/** How far before the amount the milestone is looked for. */
const REACH = 40;

/** The kinds of money a plant yields once it runs. */
const OUTPUT_ROLES: ReadonlySet<MoneyRole> = new Set<MoneyRole>(['revenue', 'tax']);

/** True when the amount is sales or taxes expected after a production milestone named before it in its sentence. */
export function projectedOutput(text: string, sStart: number, start: number, role: MoneyRole | undefined): boolean {
  if (role === undefined || !OUTPUT_ROLES.has(role)) return false;
  return MILESTONE.test(text.slice(Math.max(sStart, start - REACH), start));
}

/**
 * A zone's own word (`园区`, `产业园`, `开发区`), bare, opening a clause of the sentence before the amount, maybe after
 * a pointer or a time (`该园区`, `预计明年园区将完成全面开发`): the zone is the subject, the home of many firms.
 */
const ZONE_WORDS = WordMap.of(['园区', '产业园', '工业园', '产业园区', '工业园区', '开发区', '高新区', '经开区']);
const LEADS = WordMap.of(['该', '整个', '全', '预计', '今年', '明年', '未来', '将来', '届时', '目前']);
/** How many lead words may stand before the zone word in its clause. */
const LEADS_MAX = 3;

/**
 * `园区将完成全面开发,届时工业总产值将达X`, `产业园建成后,预计可实现年产值X`: output a zone expects once built
 * is the sum of its firms' (guidelines, a park's figures are `aggregate`), though no count or period says so.
 * Asked only once `projectedOutput` holds; a zone word that goes on into a project's name (`产业园项目`), or after a
 * project named in the sentence, is none.
 */
export function zoneProjectsOutput(text: string, sStart: number, start: number): boolean {
  const lo = Math.max(sStart, start - REACH * 2);
  // `正在建设的某某产业园项目,…,园区投产后,年可实现产值X`: the zone word points back at the project named before.
  if (text.slice(lo, start).includes('项目')) return false;
  for (let p = lo; p < start; p++) {
    if (p !== sStart && !isClauseEnd(text.charCodeAt(p - 1))) continue;
    let k = p;
    for (let n = 0; n < LEADS_MAX; n++) k = LEADS.startingAt(text, k, start)?.end ?? k;
    const zone = ZONE_WORDS.startingAt(text, k, start);
    if (zone && !text.startsWith('项目', zone.end)) return true;
  }
  return false;
}
