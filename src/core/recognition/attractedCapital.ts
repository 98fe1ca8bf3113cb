// Capital attracted (`引资`): what a place, a zone or an event draws in from all its investors, a measure of
// many (guidelines, `scope`: `aggregate` when the amount sums several projects): `某市引资逾X`,
// `某区在港引资迈百亿`, `协议引资X`, `合同引资额X`, `招商引资到位X`; and the other verbs news writes for drawing
// capital in (`某区赴京招商揽资X`, `某会某市吸金X`, `某园攬入X`, `某特区已吸引X投资`). The word stands right before
// the amount, at most a verb of degree between; read there, whoever the sentence names before it (a site's
// breadcrumb of a company's pages, a firm that hosted the event). A few units per amount.
import { foldedStretch } from '../fold';
import { charSet } from '../text';

/** How far before the amount the word is read. */
const REACH = 10;

/**
 * `引资` and its nouns, or another verb of drawing capital in (`揽资 揽金 揽入 吸金 吸资`, `吸引` with or without
 * its object), then at most a verb of degree or a qualifier, right before the amount.
 */
const ATTRACTED_RIGHT_BEFORE = /(?:引[资資](?:额|額|总额|總額|金额|金額|到位|资金|資金)?|[揽攬][资資金入]|吸[金资資]|吸引(?:投资|投資|资金|資金)?)(?:已|达到|達到|达|達|为|為|约|約|近|逾|超过|超過|超|迈|邁|突破|共|合计|合計|\s)*$/;

/** Whether the amount at `start` is capital attracted, named right before it. */
export function attractedCapitalRightBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - REACH);
  // Cheap test first: a `引`, `揽` or `吸` the pattern opens with, which most amounts have not right before them.
  return foldsToYinBetween(text, from, start) && ATTRACTED_RIGHT_BEFORE.test(foldedStretch(text, from, start));
}

/** `引 揽 攬 吸`, or an entity's `&` (`&#24341;`), the only units of text[lo, hi) whose fold is or may hold them. */
function foldsToYinBetween(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (YIN_OR_ENTITY.has(text.charCodeAt(i))) return true;
  return false;
}

const YIN_OR_ENTITY = charSet('引揽攬吸&');
