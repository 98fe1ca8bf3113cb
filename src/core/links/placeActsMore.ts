// A place that is no park acting as its clause's subject in the forms PLACE_SUBJECT (linkClauses.ts) leaves out: a time
// written after the place (`某县2月份投资X的11个重点项目`), the place investing (`、某县投资X的P项目`, an item of a list
// too), the place's plan (`某市将大力支持…,力争…产值突破X`), and a province or city we know written without its level
// word before its deed (`南京招商引资超X`). The amounts after it are the place's, not a park's.
import { MAJOR_PLACES } from '../lexicon/placeNames';

/** A time written right after the place, before its deed (`2月份`, `1-5月`, `今年`). */
const TIME_AFTER = '(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月份?|今年|去年|上半年|全年|一季度|前[三四]季度)';
/** What the place does after that time: the deeds of PLACE_SUBJECT, and investing. */
const DEED_AFTER_TIME = '(?:要|将)?(?:共|累计|新|签约|完成|实现|引进|招引|重点|在建|开竣工|开工|竣工|投资)';
/** The place investing (not an office or firm named after investment: `投资促进局`, `投资公司`, `投资集团`…), or planning. */
const INVESTS_OR_PLANS = '(?:(?:计划|拟)?投资(?![促公集中服局有者人环])|将)';
/** A clause (or a list item after `、`) opened by a place with its level word, then one of the forms above. */
const PLACE_ACTS_MORE = new RegExp(
  `(?:^|[,;:、])\\s*(?:[0-9]{4}年|[0-9]+月(?:份)?|今年|去年|上半年|全年|一季度|前[三四]季度)?\\s*,?\\s*([\\u4e00-\\u9fff]{1,5}[市县区镇乡盟州省])(?:${TIME_AFTER}${DEED_AFTER_TIME}|${INVESTS_OR_PLANS})`,
);
/** Cheap cue: one of the deeds' first characters (asked only where PLACE_SUBJECT found no place). */
const DEED_CHARS = /[投将]/;
/** A park's words for itself (`园区`, `新区`, `全区`…), a sub-zone (`片区`), or several places (`等`): no place subject. */
const NO_PLACE = /(?:^(?:全|该|本|我)?(?:园|高新|开发|经开|工业园|产业园|示范|新|合作|片)?区$)|片区$|等/;

/**
 * A country, province or prefecture-level city we know by name, without its level word, opening a clause (a time at most
 * before it, a quoted word after it: `南京“云端”招商签约`), then a deed of bringing investment in or a sum's words.
 */
const KNOWN_PLACE_ACTS = new RegExp(
  `(?:^|[,;:。])\\s*(?:[0-9]{4}年|今年|去年|上半年|全年)?\\s*(${[...MAJOR_PLACES].sort((a, b) => b.length - a.length).join('|')})(?:[“"][^”"]{1,6}[”"])?(?:招商|签约|共签约|新签约|累计|引进|共引进|集中签约|集中开工|新开工|开工)`,
);
/** Cheap cue: the first characters of those deeds. */
const KNOWN_DEED_CHARS = /[招签累引集开]/;

/** Where in `text` such a place ends (its last character), or -1. */
export function placeActsMoreAt(text: string): number {
  if (!DEED_CHARS.test(text)) return knownPlaceActsAt(text);
  const place = PLACE_ACTS_MORE.exec(text);
  if (place === null || NO_PLACE.test(place[1])) return knownPlaceActsAt(text);
  return place.index + place[0].lastIndexOf(place[1]) + place[1].length - 1;
}

/** Where a known place without its level word, acting as a clause's subject, ends in `text`, or -1. */
function knownPlaceActsAt(text: string): number {
  if (!KNOWN_DEED_CHARS.test(text)) return -1;
  const place = KNOWN_PLACE_ACTS.exec(text);
  return place === null ? -1 : place.index + place[0].indexOf(place[1]) + place[1].length - 1;
}
