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
