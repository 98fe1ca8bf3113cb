// Investment added up (`累计投资`, `累计投资额`): done so far, or what counted projects invest (guidelines, role
// `completed` or `investment`).
import type { MoneyRole } from '../types';

/** The words of a sum of investment whose kind the sentence's subject decides. */
const SUMMED = '累计';
const SUMMED_CUES = new Set(['累计投资', '投资额']);
/**
 * Several projects named before the sum: counted (`项目27个`, `30多个项目`, `3个新建产业项目`), listed (`A、B等项目`)
 * or signed (`某某项目签约`, `签约N个项目`: what was signed is planned; not firms signed, `签约入驻企业`).
 */
const PROJECTS_BEFORE = /[0-9一二三四五六七八九十百千两]+[多余]?[个项][^,，。;；]{0,12}项目|项目(?:共|达|有)?[0-9一二三四五六七八九十百千两]+[多余]?[个项]|等项目|项目签约|签约[^,，。;；]{0,6}项目/;

/**
 * `回归投资制造业项目27个,累计投资超X`: investment summed over projects the sentence counts or lists is what they
 * invest, counted by plan (`investment`); summed over an investor, firms or a zone (`入驻企业累计投资额超过X`,
 * `某园区累计投资3亿元`) it is what has been invested so far (`completed`). Undefined for any other cue.
 * Reads the amount's sentence before the cue once (a bounded window).
 */
export function summedInvestmentRole(text: string, cue: { word: string; end: number }, sStart: number): MoneyRole | undefined {
  if (!SUMMED_CUES.has(cue.word)) return undefined;
  const cueStart = cue.end - cue.word.length;
  const from = cue.word === '投资额' ? cueStart - SUMMED.length : cueStart;
  if (!text.startsWith(SUMMED, from) || from < sStart) return undefined;
  return PROJECTS_BEFORE.test(text.slice(sStart, from)) ? 'investment' : 'completed';
}
