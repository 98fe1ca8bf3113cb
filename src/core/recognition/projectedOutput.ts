// A projected output: the sales or taxes expected once production starts (`全部达产后,年主营业务收入将达X`,
// `届时年创利税可达X`). Output that is yet to come is what one project or firm spoken of will yield; a region's
// or a batch's figures are reported with a count, a period or a summing word, which the rules weighed before
// this one catch. Reads the amount's sentence before it, up to a short reach.
import type { MoneyRole } from '../types';
import { isClauseEnd, isSentenceEnd, runStart } from '../text';
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

/** How far back a long sentence's opening is looked for (three windows: a sentence of lists runs long). */
const OPENING_REACH = 240;

/**
 * The projects of the occasion reported, opening a sentence (after a lead such as `据了解,`): `本次`, `此次` or
 * `这次`, a few words, then `项目` (Taiwan's `专案`); the words between and the verb after it say whether they are a
 * batch (`本次集中开工项目`, `此次签约的一批项目`) or their fields are listed (`此次开工的项目涉及A、B等`).
 */
const OCCASION_PROJECTS = /^(?:[^,，。]{1,5}[,，])?(?:本次|此次|这次)([^,，。]{0,8}?)(?:项目|专案)(涉及|涵盖|覆盖|包括)?/;

/** Words between the occasion and `项目` that make its projects a batch (`集中`, `一批`, `这些`). */
const BATCH_CHARS = /[集批些]/;

/** A list of what the projects span, closed by `等` or joined by `、`, in the rest of the sentence. */
const LISTED = /[、等]/;

/** A sentence opening on bare `项目` and a milestone of production (`项目达产后`, `建成投产后`): it speaks of the subject before. */
const OUTCOME_OPENING = /^(?:项目)?(?:全部|全面)?(?:建成|投产|达产|达效|竣工|建成投产|建成达产)(?:之后|以后|后)/;

/**
 * `本次集中开工项目涉及A、B等领域,…,预计达产后年产值X`, `此次开工的项目涉及A、B等零部件,…。项目达产后年营业收入X`:
 * output expected once the occasion's projects are built, said of them as a batch (one sentence, however long, or a
 * sentence opening on bare `项目` and the milestone right after it), is their sum. Asked only once `projectedOutput`
 * holds; one project of the occasion (`此次开工的新项目`, nothing listed) stays its own.
 */
export function occasionBatchOutput(text: string, start: number): boolean {
  const opening = sentenceOpening(text, start);
  if (opening < 0) return false;
  if (occasionBatchAt(text, opening, start)) return true;
  if (opening === 0 || !OUTCOME_OPENING.test(text.slice(opening, opening + 12))) return false;
  const before = sentenceOpening(text, opening - 1);
  return before >= 0 && occasionBatchAt(text, before, opening - 1);
}

/** Where the sentence holding `pos` opens, or -1 when it opens further back than OPENING_REACH. */
function sentenceOpening(text: string, pos: number): number {
  const floor = Math.max(0, pos - OPENING_REACH);
  const open = runStart(text, pos, isSentenceEnd, floor);
  return open > floor || floor === 0 ? open : -1;
}

/** The sentence text[open, end) opens with the occasion's projects as a batch or with the fields they span listed. */
function occasionBatchAt(text: string, open: number, end: number): boolean {
  const m = OCCASION_PROJECTS.exec(text.slice(open, end));
  if (!m) return false;
  if (BATCH_CHARS.test(m[1])) return true;
  return m[2] !== undefined && LISTED.test(text.slice(open + m[0].length, end));
}
