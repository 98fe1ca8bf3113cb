// What no brand or listed short name consists of, wholly: determiners, offices, qualities, the words
// of projects, trades and firms, and places (`本公司`, `新材料`, `某某县` name no firm). One map for
// the short-name readers (brandNames.ts, listedNames.ts), which must refuse the same words.
import { DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS } from '../lexicon/genericWords';
import { PLACE_NAMES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';

export const BRAND_GENERIC = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS, PLACE_NAMES);

/**
 * The trades a firm's short name is written with after its brand (`卓越科技`, `某某生物`), as a regex alternation:
 * after a brand of its own, one of them says the words name a firm (brandNames.ts, brandAppositions.ts).
 */
export const BRAND_TRADES = '(?:科技|电器|电子|药业|股份|智能|新材|能源|光电|机电|生物|实业|控股|制药|医药|医疗器械|医疗|塑料|化工|食品)';

/**
 * The trades that close a longer brand's short name, as a regex alternation: the brand trades above and the makers and
 * builders firms are named after (`某某房地产`, `某某汽车`, `某某玻璃`, `某某风能`); a firm's own word with its brand
 * (brandsAfterAmounts.ts, `longBrandsInvesting` in brandNames.ts), never alone a name (`汽车投资`: no brand before it).
 */
export const FIRM_TRADES = `(?:${BRAND_TRADES.slice(3, -1)}|房地产|地产|置业|汽车|化学|风能|玻璃|电机|材料|纺织|服饰|家居|建材|钢铁|机械|电气|通信|轮胎|纸业|乳业|光伏|锂电|半导体)`;
