// What no brand or listed short name consists of, wholly: determiners, offices, qualities, the words
// of projects, trades and firms, and places (`本公司`, `新材料`, `某某县` name no firm). One map for
// the short-name readers (brandNames.ts, listedNames.ts), which must refuse the same words.
import { DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS } from '../lexicon/genericWords';
import { PLACE_NAMES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';

export const BRAND_GENERIC = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, COMPANY_WORDS, PLACE_NAMES);
