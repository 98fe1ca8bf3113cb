// The size of an investment fund, and the capital raised or subscribed into it (guidelines, role: none of
// the named kinds, so `other`): a fund's size is neither a project's investment nor a subsidy handed out,
// though `基金` and `出资` are cues of those kinds elsewhere.

/** The fund's noun, read in the amount's sentence. */
const FUND = '基金';

/**
 * A size word or a verb of raising right before the amount, past a qualifier (`基金规模近X`, `总规模X`,
 * `首期规模X`, `新增募资X`). `投资规模` is the scale of projects' investment, no fund's size.
 */
const FUND_SIZE_BEFORE = /(?<!投资)(?:规模|募资)(?:为|达|达到|高达|近|超|超过|逾|约|不低于)?$/;

/**
 * Capital subscribed (`某某平台认缴X`): a partner's share of a fund, or of a company's registered capital,
 * other in both cases, with or without the fund named in its sentence.
 */
const SUBSCRIBED_BEFORE = /认缴(?:了)?(?:近|超|约)?$/;

/** A fund set up at a size: `设立了X的某某产业基金` (the verb before the amount, the fund after `的`). */
const SET_UP_BEFORE = /(?:设立|成立|组建|发起设立|发起成立)(?:了)?(?:规模)?(?:为|达|近|超|约)?$/;
const FUND_NAMED_AFTER = /^的[^,，;；。、!！?？]{0,14}?基金/;

/** How far back the words before an amount are read. */
const LEAD_REACH = 12;

/** How far after the amount the fund's name is read. */
const NAME_REACH = 18;

/**
 * Whether the amount states a fund's size or capital raised or subscribed into it: a size word right
 * before it with a fund named earlier in its sentence, a verb of subscribing, or a fund set up at that
 * size. Reads a few characters around the amount and its sentence's head only.
 */
export function fundMoney(text: string, start: number, afterEnd: number, sStart: number): boolean {
  const lead = text.slice(Math.max(sStart, start - LEAD_REACH), start);
  if (SUBSCRIBED_BEFORE.test(lead)) return true;
  if (SET_UP_BEFORE.test(lead)) return FUND_NAMED_AFTER.test(text.slice(afterEnd, afterEnd + NAME_REACH));
  const size = FUND_SIZE_BEFORE.exec(lead);
  return size !== null && fundInSentence(text, start - lead.length + size.index, sStart);
}

/** A fund named between the sentence's start and the size word (the sentence is bounded by MAX_WINDOW). */
function fundInSentence(text: string, sizeAt: number, sStart: number): boolean {
  return text.slice(sStart, sizeAt).includes(FUND);
}
