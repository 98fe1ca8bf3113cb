// An amount that values a plant being built (guidelines, role `investment`): `建设一个X(合Y)的锂电池零件工厂`,
// `建造一座价值X的巨型工厂`, a headline's `X光伏玻璃厂获批`, `以X的价格建造`. News of factories abroad often
// names no cue word (no `投资`): the amount is written as the size or price of the plant itself. Reads a short
// window right after the amount, only when no cue in its sentence gave it a role.
import { code, isHan } from '../text';
import { WordMap } from '../wordMap';

/** Head nouns of a plant or works an amount may value (`玻璃厂`, `零件工厂`, `生产基地`). */
const FACILITY_HEADS = WordMap.of(['厂', '基地', '工程']);
/** How many Han characters the plant's kind may have between the amount and its head noun (`锂电池零件`). */
const KIND_REACH = 10;
/** Without `的`, a headline's kind is short (`光伏玻璃厂获批`). */
const BARE_KIND_REACH = 6;
/** Verbs of selling or buying a building right after the amount: `拟X出售某工厂大厦` values no plant being built. */
const TRADING_VERBS = WordMap.of(['出售', '收购', '购买', '购入', '转让', '租赁', '出租']);
/** Cues that name a value only, which a plant named right after makes its investment (`价值X的巨型工厂`). */
export const VALUE_WORDS = new Set(['价值', '价格', '总值']);
/** How far a bracketed gloss of the same amount in another currency may run (`(合3940万欧元)`). */
const GLOSS_REACH = 20;
/** `的价格建造`: the price a builder puts on the works. */
const PRICE_OF_BUILDING = /^价格(?:建造|建设|兴建|修建)/;
const DE = code('的');

/** The amount ending at `afterEnd` values a plant or works named right after it (past a bracketed gloss). */
export function valuesFacilityAfter(text: string, afterEnd: number): boolean {
  let k = pastGloss(text, afterEnd);
  // The gloss itself (`(合3940万欧元)的…工厂`): its bracket closes right after it.
  if (text[k] === ')' || text[k] === '）') k++;
  const described = text.charCodeAt(k) === DE;
  if (described) {
    k++;
    if (PRICE_OF_BUILDING.test(text.slice(k, k + 4))) return true;
  } else if (TRADING_VERBS.longestStartingAt(text, k) > 0) return false;
  const reach = described ? KIND_REACH : BARE_KIND_REACH;
  for (let j = k; j < text.length && j - k <= reach; j++) {
    if (j > k && FACILITY_HEADS.longestStartingAt(text, j) > 0) return true;
    if (!isHan(text.charCodeAt(j)) || text.charCodeAt(j) === DE) return false;
  }
  return false;
}

/**
 * `以X的价格建造`: the price a builder puts on the works, right after the amount's `的`. Read where the noun
 * `价格` after the amount would make it a price of no kind (moneyRole.ts): a price of building is invested.
 */
export function priceOfBuildingAfter(text: string, afterEnd: number): boolean {
  return text.charCodeAt(afterEnd) === DE && PRICE_OF_BUILDING.test(text.slice(afterEnd + 1, afterEnd + 5));
}

/** Where the text goes on after a bracket right at `at` (`(合3940万欧元)`), or `at` itself. */
function pastGloss(text: string, at: number): number {
  const open = text[at];
  if (open !== '(' && open !== '（') return at;
  const close = open === '(' ? ')' : '）';
  for (let j = at + 1; j < text.length && j - at <= GLOSS_REACH; j++) if (text[j] === close) return j + 1;
  return at;
}
