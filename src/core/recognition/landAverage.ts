// An average over land (`亩均产值X`, `X/亩`, perUnitOfLand in aggregateWords.ts) describes one project when the
// sentence is about that one project (guidelines, `scope`: `item` when it belongs to one project): its rate of
// investment, output or tax per mu is that project's own figure, not a sum over several. Over a park, a region,
// firms moving in or counted projects (`园区亩均税收X`, `入园企业亩均…`, `新签约企业62家,…平均每亩投资X`) it stays
// an average of many, `aggregate`.
import { charSet, code, isHan } from '../text';
import { WordMap } from '../wordMap';
import { hasCount } from './projectCounts';
import { namesOneProject } from './scopeSubject';
import { oneProjectSubject } from './sizeClass';
import { MU, XIANG } from './moneyCues';

/** A source told before the sentence's subject (`据介绍,项目投资强度X每亩`): no subject of its own. */
const REPORTING_LEADS = WordMap.of(['据介绍', '据了解', '据悉', '据测算', '经测算']);
const LEAD_COMMAS = charSet(',，');

/** Longest project name read at the head of the sentence. */
const MAX_NAME = 24;

/** After `项目`, words that make the name one of several (`A项目、B项目`, `A项目和B项目`, `A项目等`). */
const MORE_NAMES_AFTER = charSet('、和与及等');
const QUOTES = charSet('“”"「」');
const DE = code('的');

/**
 * `项目全部达产后,预计亩均产值X`, `据介绍,该项目投资强度X/亩`, `某某新材料项目占地120亩,…,亩均产值X`: the sentence
 * from `sStart` opens with one project (a bare or pointed-at `项目`, or one project's name) and counts nothing
 * before the amount at `start`.
 */
export function landAverageOfOneProject(text: string, sStart: number, start: number): boolean {
  const from = pastReportingLead(text, sStart, start);
  if (!oneProjectSubject(text, from) && !namedProjectOpens(text, from, start)) return false;
  return !hasCount(text, sStart, start);
}

/** Past `据介绍,` at the sentence's head (spaces and line ends before it skipped), else `from`. */
function pastReportingLead(text: string, from: number, hi: number): number {
  let k = from;
  while (k < hi && k - from < 4 && !isHan(text.charCodeAt(k))) k++;
  const lead = REPORTING_LEADS.startingAt(text, k, hi);
  return lead && LEAD_COMMAS.has(text.charCodeAt(lead.end)) ? lead.end + 1 : from;
}

/** One project's name, Han characters through `项目`, opens text[from, hi), and no other name is joined to it. */
function namedProjectOpens(text: string, from: number, hi: number): boolean {
  let k = from;
  while (k < hi && k - from < 4 && !isHan(text.charCodeAt(k))) k++;
  for (let at = k; at + 1 < hi && at - k <= MAX_NAME; at++) {
    const c = text.charCodeAt(at);
    if (c === XIANG && text.charCodeAt(at + 1) === MU) return namesOneProject(text, k, at) && !MORE_NAMES_AFTER.has(text.charCodeAt(at + 2));
    if ((!isHan(c) && !QUOTES.has(c)) || c === DE) return false;
  }
  return false;
}
