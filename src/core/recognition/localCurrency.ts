// Which currency a bare `元` (or `澳元`) stands for. Taiwanese news writes `元` (`億元`) for the New Taiwan
// dollar and names it (`新台幣`) once at most, often not at all; what marks such an article is the
// Traditional spelling of that currency or of offices only Taiwan has (`行政院`, `經濟部`, `國科會`).
// Mainland news mirrored into Traditional characters has neither, so its `元` stays CNY. The mark
// may come late (a headline and lead with bare `億元`, the currency named in the third paragraph),
// so it holds for the whole article: one scan of the raw text (the Traditional spelling is the
// signal) before the paragraphs are read. Likewise `澳元`, the Australian dollar, is Macau news'
// short form of the pataca in an article that names the pataca (`澳門元`) anywhere.

/** Raw-text words that make every bare `元` of the article the New Taiwan dollar. */
export const TAIWAN_YUAN_MARKERS = /[台臺]幣|行政院|經濟部|國科會|立法院/;
/** Raw-text names of the pataca: with one, `澳元` in the article is the pataca too. */
export const PATACA_MARKERS = /澳[門门][元幣币]|澳門圓|MOP/;
/** Either kind of marker (what an edit must not add or remove unnoticed, incrementalAnalysis.ts). */
export const ARTICLE_CURRENCY_MARKERS = new RegExp(`${TAIWAN_YUAN_MARKERS.source}|${PATACA_MARKERS.source}`);

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
  if (!ARTICLE_CURRENCY_MARKERS.test(rawText)) return NO_ARTICLE_CURRENCIES;
  const yuan = TAIWAN_YUAN_MARKERS.test(rawText) ? 'TWD' : undefined;
  const aoYuan = PATACA_MARKERS.test(rawText) ? 'MOP' : undefined;
  if (yuan === undefined && aoYuan === undefined) return NO_ARTICLE_CURRENCIES;
  return { yuan, aoYuan };
}

/** A cache key of the article's currencies ('' for none). */
export function articleCurrenciesKey(currencies: ArticleCurrencies): string {
  return currencies === NO_ARTICLE_CURRENCIES ? '' : `${currencies.yuan ?? ''}/${currencies.aoYuan ?? ''}`;
}
