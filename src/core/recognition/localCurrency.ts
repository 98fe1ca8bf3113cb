// Which currency a bare `元` stands for. Taiwanese news writes `元` (`億元`) for the New Taiwan
// dollar and names it (`新台幣`) once at most, often not at all; what marks such an article is the
// Traditional spelling of that currency or of offices only Taiwan has (`行政院`, `經濟部`, `國科會`).
// Mainland news mirrored into Traditional characters has neither, so its `元` stays CNY. Read on
// the raw text (the Traditional spelling is the signal), one paragraph at a time, and carried
// on from the paragraph that holds it like a `(下同)` currency.

/** Raw-text words that make a bare `元` the New Taiwan dollar from their paragraph on. */
export const TAIWAN_YUAN_MARKERS = /[台臺]幣|行政院|經濟部|國科會|立法院/;

/** The currency a bare `元` stands for from this paragraph on, when the paragraph says. */
export function yuanCurrencyDeclared(rawParagraph: string): string | undefined {
  return TAIWAN_YUAN_MARKERS.test(rawParagraph) ? 'TWD' : undefined;
}
