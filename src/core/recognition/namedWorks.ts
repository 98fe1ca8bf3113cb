// Public works named as one project (scope, see moneyScope.ts): `某某水利枢纽工程项目总投资X`,
// `某某供水工程总投资X,累计完成投资Y` — `工程` closes the name of one work when the words before it
// are not all kinds' words; `重点工程项目`, `全省重大水利工程` are kinds of works, many of them.
import { ADMIN_WORDS, DETERMINER_WORDS, INDUSTRY_WORDS, PROJECT_WORDS, QUALITY_WORDS } from '../lexicon/genericWords';
import { PLACE_NAMES } from '../lexicon/placeNames';
import { code } from '../text';
import { WordMap } from '../wordMap';

const WORKS = '工程';
const GONG = code('工');

/**
 * Words that, alone before `工程`, make it a kind of works: the generic words of projects, places, and
 * the sectors public works are counted by (`重大水利工程`, `市政道路工程`, `配套工程`).
 */
const WORKS_KINDS = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, PLACE_NAMES, [
  '水利', '交通', '市政', '道路', '公路', '水务', '供水', '排水', '污水', '绿化', '亮化', '美化', '能源', '电力', '管网',
  '配套', '附属', '土建', '安装', '主体', '水电', '基础', '重大', '民生', '环境', '整治', '提升', '工程']);

/** text[from, at) ends with `工程` and names one work: two characters or more before it, not all kinds' words. */
export function namesOneWork(text: string, from: number, at: number): boolean {
  return at - from >= 4 && text.startsWith(WORKS, at - 2) && !WORKS_KINDS.covers(text, from, at - 2);
}

/** `工程` then a word of the works' total investment or of its progress (`某某供水工程总投资X`). */
export const WORKS_INVEST = WordMap.of(['工程总投资', '工程计划总投资', '工程计划投资', '工程投资总额', '工程投资',
  '工程累计投资', '工程已累计投资', '工程累计完成投资', '工程已完成投资']);

/**
 * One work named from `from` to `工程` at `at`, then its investment (`WORKS_INVEST`),
 * its name read by `namesOneWork`.
 */
export function worksInvestingAt(text: string, from: number, at: number, hi: number): boolean {
  return text.charCodeAt(at) === GONG && WORKS_INVEST.startingAt(text, at, hi) !== undefined && namesOneWork(text, from, at + 2);
}
