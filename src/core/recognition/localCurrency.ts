// Which currency a bare `元` (or `澳元`) stands for. Taiwanese news writes `元` (`億元`) for the New Taiwan
// dollar and names it (`新台幣`) once at most, often not at all; what marks such an article is the
// Traditional spelling of that currency or of offices only Taiwan has (`行政院`, `經濟部`, `國科會`).
// Mainland news mirrored into Traditional characters has neither, so its `元` stays CNY. Taiwanese
// news reposted in Simplified characters loses that spelling but keeps the words: `新台币`, a
// ministry of economy that is no other country's (`经济部` with no `国` before it), `国科会`,
// `国发会`, `投资台湾`. It also calls a county or city government `县府` / `市府`, which some
// mainland cities write too (`市府常务会议`), so that word marks the article only beside the name of
// one of Taiwan's counties or cities.
// The mark may come late (a headline and lead with bare `億元`, the currency named in the third
// paragraph), so it holds for the whole article: one scan of the raw text before the paragraphs are
// read. Likewise `澳元`, the Australian dollar, is Macau news' short form of the pataca in an
// article that names the pataca (`澳門元`) anywhere.

/**
 * Raw-text words that make every bare `元` of the article the New Taiwan dollar. A ministry of economy is
 * Taiwan's alone: not another country's (`德国经济部`), nor the economic department of an office, a chamber,
 * a firm or a bank (`中联办经济部`, `香港特别行政区联络办公室经济部`, `商会经济部`, `集团经济部`).
 */
export const TAIWAN_YUAN_MARKERS = /[台臺][幣币]|行政院|(?<![国國室办辦会會司团團行])(?:經濟部|经济部)|國科會|国科会|國發會|国发会|投[资資][台臺][湾灣]|立法院/;
/** A county or city government's short name (not a street named after it: `市府路`, `市府大道`). */
const LOCAL_GOVERNMENT = /[縣县市]府(?![路街道大廣广前])/;
/** Taiwan's counties and cities, beside which LOCAL_GOVERNMENT marks a Taiwanese article (`平台中` is no place). */
const TAIWAN_PLACES = /(?<![平舞])[台臺](?:北|中|南|東|东)|新北|桃[園园]|高雄|基隆|新竹|苗栗|彰化|南投|[雲云]林|嘉[義义]|屏[東东]|宜[蘭兰]|花[蓮莲]|澎湖|金[門门]/;
/** Raw-text names of the pataca: with one, `澳元` in the article is the pataca too. */
export const PATACA_MARKERS = /澳[門门][元幣币]|澳門圓|MOP/;
/** Any word that may mark the article (what an edit must not add or remove unnoticed, incrementalAnalysis.ts). */
export const ARTICLE_CURRENCY_MARKERS = new RegExp(
  `${TAIWAN_YUAN_MARKERS.source}|${LOCAL_GOVERNMENT.source}|${TAIWAN_PLACES.source}|${PATACA_MARKERS.source}`,
);

/**
 * The units every marker above opens with, and the units its second one is: each word of the four
 * lists has one of each there (a unit test reads them out of the lists). Every article is read for
 * the markers and nearly none has one; the regex of so many words takes some 5 ns a unit, a scan for
 * such a pair of units (rare) a third of that, so the regex is tried only where a pair is.
 */
export const MARKER_FIRST_UNITS = '台臺行經经國国投立縣县市新桃高基苗彰南雲云嘉屏宜花澎金澳M';
export const MARKER_SECOND_UNITS = '幣币政濟济科發发资資法府北中南東东園园雄隆竹栗化投林義义蘭兰蓮莲湖門门O';
const FIRST = 1;
const SECOND = 2;
/** Per UTF-16 unit: FIRST and SECOND (bits) when a marker may have it there. */
const MARKER_UNITS = markerUnits();
const MARKER_AT = new RegExp(ARTICLE_CURRENCY_MARKERS.source, 'y');

function markerUnits(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of MARKER_FIRST_UNITS) table[c.charCodeAt(0)] |= FIRST;
  for (const c of MARKER_SECOND_UNITS) table[c.charCodeAt(0)] |= SECOND;
  return table;
}

/**
 * `ARTICLE_CURRENCY_MARKERS.test(rawText)`, read as said at MARKER_FIRST_UNITS. Every other unit is
 * read: a marker's first two units hold one at an odd offset, as its first or as its second.
 */
export function holdsArticleCurrencyMarker(rawText: string): boolean {
  // `recognize` never throws, whatever a caller outside TypeScript passes: that is read as the regex reads it.
  if (typeof rawText !== 'string') return ARTICLE_CURRENCY_MARKERS.test(rawText);
  const units = MARKER_UNITS;
  for (let i = 1; i < rawText.length; i += 2) {
    const here = units[rawText.charCodeAt(i)];
    if (here === 0) continue;
    if ((here & SECOND) !== 0 && (units[rawText.charCodeAt(i - 1)] & FIRST) !== 0 && markerAt(rawText, i - 1)) return true;
    // Past the end, `charCodeAt` gives NaN and the table undefined, which has no bit set.
    if ((here & FIRST) !== 0 && (units[rawText.charCodeAt(i + 1)] & SECOND) !== 0 && markerAt(rawText, i)) return true;
  }
  return false;
}

function markerAt(rawText: string, at: number): boolean {
  MARKER_AT.lastIndex = at;
  return MARKER_AT.test(rawText);
}

/** What the article's own short currency words stand for; a field is undefined when the article does not say. */
export interface ArticleCurrencies {
  /** A bare `元` (CNY when undefined). */
  readonly yuan?: string;
  /** `澳元` (AUD when undefined). */
  readonly aoYuan?: string;
}

/** An article without markers. */
export const NO_ARTICLE_CURRENCIES: ArticleCurrencies = {};

/**
 * The article's currencies, from one scan of its raw text for either marker (nearly every article
 * has none), then one for each kind when it has one.
 */
export function articleCurrencies(rawText: string): ArticleCurrencies {
  if (!holdsArticleCurrencyMarker(rawText)) return NO_ARTICLE_CURRENCIES;
  const yuan = writtenInTaiwan(rawText) ? 'TWD' : undefined;
  const aoYuan = PATACA_MARKERS.test(rawText) ? 'MOP' : undefined;
  if (yuan === undefined && aoYuan === undefined) return NO_ARTICLE_CURRENCIES;
  return { yuan, aoYuan };
}

function writtenInTaiwan(rawText: string): boolean {
  return TAIWAN_YUAN_MARKERS.test(rawText) || (LOCAL_GOVERNMENT.test(rawText) && TAIWAN_PLACES.test(rawText));
}

/** A cache key of the article's currencies ('' for none). */
export function articleCurrenciesKey(currencies: ArticleCurrencies): string {
  return currencies === NO_ARTICLE_CURRENCIES ? '' : `${currencies.yuan ?? ''}/${currencies.aoYuan ?? ''}`;
}
