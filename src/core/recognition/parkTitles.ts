// Titles a park is given and classes of parks, written like names. A government sorts its parks and rates them: a key
// park (`属省级重点工业园区`), an advanced one (`被评为某市先进工业园`), a place in a ranking (`十快产业集聚区`,
// `百强园区`), a first-class zone to be built (`建成国内一流经开区`), a title quoted after its province or rank
// (`被评为“某省省级食品特色工业园”`, `“全省民营科技示范工业园”`). The words say what the park is or is to be, never which
// park: no park's own name holds them. Read on the prefix and a bounded stretch before it, so the cost per park is bounded.
import { charSet, isHan, isNumeral, unitAt } from '../text';
import { WordMap } from '../wordMap';

/** Ratings a government gives its parks: key, advanced, excellent, first-class. */
const HONOURS = WordMap.of(['重点', '重點', '先进', '先進', '优秀', '優秀', '一流']);
/** After a count, a place in a ranking: `十强`, `百佳`, `十快` (the ten fastest growing). */
const RANKING_MARKS = charSet('强強佳快优優');
/** Ranks and whole places opening a quoted title: the title a province or the nation gives (`“全省…工业园”`). */
const TITLE_WORDS = WordMap.of(['国家级', '省级', '市级', '县级', '省級', '市級', '縣級', '國家級', '全国', '全省', '全市', '全县', '全國', '全縣']);
const OPEN_QUOTES = charSet('“"「『');
const CLOSE_QUOTES = charSet('”"」』');
/** Longest quoted title read back from the park's start to its opening quote. */
const QUOTED_TITLE_MAX = 14;

/** Does the prefix text[start, anchor) open with a count then a ranking mark (`十快`, `百强`)? */
function rankingPlace(text: string, start: number, anchor: number): boolean {
  let k = start;
  while (k < anchor && isNumeral(text.charCodeAt(k))) k++;
  return k > start && k < anchor && RANKING_MARKS.has(text.charCodeAt(k));
}

/**
 * Is the park text[start, end) quoted whole, its quotation opening with a rank or a whole place (`“某省省级食品工业园”`,
 * `“全省民营科技示范工业园”`)? The scan leaves the place and the rank out of the name; inside the quotation they make the
 * words a title the park was given.
 */
function quotedTitleOfPlace(text: string, start: number, anchor: number, end: number): boolean {
  if (!CLOSE_QUOTES.has(unitAt(text, end))) return false;
  const min = Math.max(0, start - QUOTED_TITLE_MAX);
  let open = start - 1;
  while (open >= min && isHan(text.charCodeAt(open))) open--;
  if (open < min || !OPEN_QUOTES.has(text.charCodeAt(open))) return false;
  for (let k = open + 1; k < anchor; k++) if (TITLE_WORDS.longestStartingAt(text, k, anchor) > 0) return true;
  return false;
}

/**
 * Is the park text[start, end), its suffix at `anchor`, a title or a class of parks, no park named? A rating right before
 * the suffix (`某市先进工业园`) or opening the prefix (`重点工业园区`, `一流经开区`), a place in a ranking opening
 * it (`十快产业集聚区`), or a quoted title after a rank or a whole place.
 */
export function titleOrClass(text: string, start: number, anchor: number, end: number): boolean {
  if (HONOURS.longestEndingAt(text, anchor, start) > 0 || HONOURS.longestStartingAt(text, start, anchor) > 0) return true;
  return rankingPlace(text, start, anchor) || quotedTitleOfPlace(text, start, anchor, end);
}

/** Ranks and ratings right before a kind of park written again (`国家级光电产业基地`, `世界一流光电产业基地`). */
const RANKS_BEFORE = WordMap.of(['国家级', '省级', '市级', '世界级', '國家級', '省級', '市級', '一流', '重点', '先进', '重點', '先進']);

/**
 * Does a rank or a rating end right at `at`, before the front a zone's writing shares (`“国家级光电产业基地”` …
 * `打造世界一流光电产业基地`)? Such a writing is a title or a goal, a kind of park, not a zone's name written again.
 */
export function titledAt(text: string, at: number): boolean {
  return RANKS_BEFORE.longestEndingAt(text, at) > 0;
}
