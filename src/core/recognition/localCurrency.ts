// Which currency a bare `元` stands for. Taiwanese news writes `元` (`億元`) for the New Taiwan
// dollar and names it (`新台幣`) once at most, often not at all; what marks such an article is the
// Traditional spelling of that currency or of offices only Taiwan has (`行政院`, `經濟部`, `國科會`).
// Mainland news mirrored into Traditional characters has neither, so its `元` stays CNY. The mark
// may come late (a headline and lead with bare `億元`, the currency named in the third paragraph),
// so it holds for the whole article: one scan of the raw text (the Traditional spelling is the
// signal) before the paragraphs are read.

/** Raw-text words that make every bare `元` of the article the New Taiwan dollar. */
export const TAIWAN_YUAN_MARKERS = /[台臺]幣|行政院|經濟部|國科會|立法院/;

/** The currency every bare `元` of the article stands for, when the article says; CNY when undefined. */
export function articleYuanCurrency(rawText: string): string | undefined {
  return TAIWAN_YUAN_MARKERS.test(rawText) ? 'TWD' : undefined;
}
