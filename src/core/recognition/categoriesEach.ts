// `分别` before a list of amounts makes each amount one listed thing's own (scopeWindow.ts,
// `oneOfEachList`) when the things are projects, phases or firms (`二期和三期项目分别投资X、Y`). When
// what the clause lists before `分别` are kinds of capital, industries or groups of people, or the money
// is a zone's foreign capital split by its sources, each amount is a category's total, many firms'
// together (guidelines, `scope`: `aggregate` when the amount sums several projects):
// `合同利用外资、民资分别达X和Y`, `新材料、新能源产业产值分别为X、Y`, `城乡居民人均收入分别达到X、Y`,
// `其中A国和B国是主要引资国,实际利用外资分别为X和Y`.
// Read on the clause before `分别` only: a few dozen units per amount.
import { isSentenceEnd } from '../text';

/** Farthest back (UTF-16 units) from `分别` the clause's head is looked for. */
const CLAUSE_REACH = 32;

/** `外资、民资`, `内资和外资`: kinds of capital listed, each a category's total. */
const CAPITAL_KINDS = /[内外民][资資](?:、|和|及|与)[内外民][资資]/;

/** `新材料、新能源、新食品产业产值`: industries listed, then at most a kind of figure. */
const INDUSTRIES = /、[^、]{1,8}(?:产业|行业|產業|行業)[^、]{0,6}$/;

/** `城乡居民人均可支配收入`: groups of people, their averages. */
const RESIDENTS = /居民/;

/** `实际利用外资分别为X和Y`: a clause that is only the zone's foreign capital, split by its sources. */
const FOREIGN_CAPITAL_ONLY = /^(?:[\s,，其中此外另外同时]*)(?:实际|實際|合同)?(?:利用|使用)?(?:外资|外資)(?:金额|金額|额|額)?$/;

/** Words of one party: a firm's, a project's, a phase's name listed before `分别` is an owner. */
const ONE_PARTY = /公司|企业|企業|集团|集團|项目|項目|[一二三四五六七八九]期/;

/**
 * Whether the things `分别` at `each` distributes the amounts over are categories (above), read in its
 * clause: then each amount is a category's total, not one thing's own.
 */
export function categoriesEach(text: string, each: number): boolean {
  let head = each;
  while (head > 0 && each - head < CLAUSE_REACH && !listBoundary(text.charCodeAt(head - 1))) head--;
  const clause = text.slice(head, each);
  if (ONE_PARTY.test(clause)) return false;
  return CAPITAL_KINDS.test(clause) || INDUSTRIES.test(clause) || RESIDENTS.test(clause) || FOREIGN_CAPITAL_ONLY.test(clause);
}

/** A clause's end that is no list comma: `,` `，` `:` `：` or a sentence's end (a `、` list stays in the clause). */
function listBoundary(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x3a || c === 0xff1a || isSentenceEnd(c);
}
