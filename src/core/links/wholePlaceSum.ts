// A sum the amount's sentence gives to a whole city, county, province or country, named by a
// determiner rather than by its name (`一季度全市项目总投资X`, `落户该市的…项目共计12个,总投资达X`,
// `将该省的引进外资总额提升至X`): the place's figure, not the park the article or its paragraph is about.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/**
 * `全市` `该市` `本市` `全县` `该省` `全国` `该国` …: a whole place said by a determiner. Not when a park's
 * words follow (`该县工业园区…`, `全市开发区…`: the county's park, or the city's parks, which other rules read).
 */
const WHOLE_PLACE = /(?:全|该|本)(?:市|县|省|国)(?!工业园|开发区|经开区|高新区|产业园|园区|[\u4e00-\u9fff]{0,4}园区)/;

/**
 * Does the `aggregate` amount's lead (its sentence before it, MAX_GAP units at most) name a whole place by a
 * determiner? Its sum is that place's (guidelines, "Links": a park link only where the money goes to or is
 * counted for the park; the subject may stand a clause before, `落户该市的项目共计N个,总投资X`).
 * Reads the lead the context folds once per amount, no more.
 */
export function sumOfWholePlace(ctx: LinkContext, amount: LinkSpan): boolean {
  if (amount.entity.scope !== 'aggregate') return false;
  const lead = ctx.leadOf(amount);
  return WHOLE_PLACE.test(lead);
}
