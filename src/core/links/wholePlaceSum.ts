// A sum the amount's sentence gives to a whole city, county, province or country, named by a
// determiner rather than by its name (`一季度全市项目总投资X`, `落户该市的…项目共计12个,总投资达X`,
// `将该省的引进外资总额提升至X`): the place's figure, not the park the article or its paragraph is about.
import { MAJOR_PLACES } from '../lexicon/placeNames';
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
  return WHOLE_PLACE.test(lead) && WHOLE_PLACE.test(withoutRankings(lead));
}

/**
 * `走在全市前列`, `增幅排名全市第一`, `居全省首位`: a whole place after a verb of standing and before a rank is the
 * field a figure is ranked in, not the subject whose sum the sentence gives (`全省第二批重大项目`, `全市第二产业`:
 * no verb of standing before, still the place's).
 */
const RANKING = /(?:居|列|名|排|走在|领跑|领先)全(?:市|县|省|国)(?:前列|第[一二三四五六七八九十0-9]{1,2}位?(?![批轮期次产季])|首位|之首)/g;

/** The lead with its rankings taken out (asked only of a lead naming a whole place). */
function withoutRankings(lead: string): string {
  return lead.replace(RANKING, '');
}

/**
 * After the amount: `的`, a province or a prefecture-level city by its name and level word, then the kind of its
 * projects (`总投资X的某省重大项目`, `总投资X的某市重点项目`), no park word between.
 */
const PLACES_PROJECTS_AFTER = /^\s*的\s*([\u4e00-\u9fff]{2,4}?)[省市](?:(?!园|区)[^,;:。!?]){0,6}?项目/;
/** Provinces and prefecture-level cities (and countries) by name. */
const MAJOR_PLACE_SET: ReadonlySet<string> = new Set(MAJOR_PLACES);
/** How far after the amount its `的` and the projects it describes are read (UTF-16 units). */
const PLACES_PROJECTS_REACH = 16;

/**
 * `共计537个、总投资X的某省重大项目在K集中开工`: the sum describes the projects of a whole province or city
 * named with its level word, the place's figure, not the park where they start or sign (guidelines: an aggregate
 * over a province or city is no park's).
 */
export function sumOfPlacesProjects(ctx: LinkContext, amount: LinkSpan): boolean {
  if (amount.entity.scope !== 'aggregate') return false;
  const after = ctx.structure.after(amount.entity.end, PLACES_PROJECTS_REACH);
  if (!after.includes('的')) return false;
  const place = PLACES_PROJECTS_AFTER.exec(after);
  return place !== null && MAJOR_PLACE_SET.has(place[1]);
}
