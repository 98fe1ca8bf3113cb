// A park the article names is that park at each of its other mentions: `位于某省某市的某某科技城与…签约` …
// `作为…重要支撑的某某科技城全面开建`. Paragraph by paragraph, a sentence's reading may drop a mention (a description
// `作为…的` read as what something becomes, a foreign or unknown place before a zone, a verb the scan stops at),
// while the same name stands as a park elsewhere in the article. The name is the article's, so every other writing
// of it, touching no entity found, is the park too. This is a reading of the whole article, so it runs after the
// paragraphs, next to the brands across paragraphs (recognize.ts, incrementalAnalysis.ts).
import type { Entity } from '../types';
import { foldedText } from '../fold';
import { charSet } from '../text';
import { WordMap } from '../wordMap';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { touches } from './companiesNamingProjects';
import { GENERIC, PLACES } from './parkScan';
import { nameWithoutPlace, settledInZone } from './parkWithoutPlace';
import { parkShortWritings } from './parkShortWritings';
import { headsWorksName } from './parkHeadingWorks';
import { zonesNamedAgain } from './zonesNamedAgain';
import { parkListSiblings } from './parkListSiblings';
import { splitZonesInZones } from './zonesInZones';
import type { ArticleFold } from './articleFold';

/** Shortest name carried: a place and a suffix (`某某新区`); shorter writings are too often words of a sentence. */
const MIN_NAME = 4;
/** Parks of an article whose names are looked for: a bound on the scans of the text. */
const MAX_PARKS = 8;
/** What follows a writing that makes it part of a longer name: a project's (`某某科技城项目`, Taiwan's `专案`). */
const CONTINUES_NAME = /^(?:项目|項目|专案|專案)/;
/** Units after a writing read for works it heads (`(二期)工程`, `配套道路建设工程`: parkHeadingWorks.ts). */
const WORKS_REACH = 12;

/** A count or a rank right before a writing makes it a kind of park (`首个某某产业园`, `4个省级某某产业园`). */
const COUNT_OR_RANK = charSet('个個级級');
/** A park named after its trade alone (`生物医药产业园`) is read as a kind wherever a sentence describes it: not carried. */
const TRADES = WordMap.of(INDUSTRY_WORDS);
const OPEN_BRACKETS = charSet('(（');

/**
 * The entities with a PARK added at each other writing of a park's name (`found`: the names added, each with its
 * number of writings, sorted, '' for none), so that an update can tell whether an edit changed the reading away
 * from the edit. The array is returned as it is when nothing is found. `fold`: the article's fold, when the caller kept
 * the one its paragraphs were read in (articleFold.ts).
 */
export function readParksAcrossParagraphs(entities: Entity[], text: string, fold?: ArticleFold): { entities: Entity[]; found: string } {
  // zones the gazetteer does not know, named by being written again (zonesNamedAgain.ts)
  const added: Entity[] = zonesNamedAgain(entities, text, fold);
  // items of a list of parks the sentence's reading dropped (parkListSiblings.ts)
  added.push(...parkListSiblings(entities, text));
  const names = new Set<string>();
  for (let k = 0; k < entities.length && names.size < MAX_PARKS; k++) {
    const park = entities[k];
    if (park.label !== 'PARK' || (park.end - park.start < MIN_NAME && !declaredShortName(text, park.start)) || names.has(park.text)) continue;
    names.add(park.text);
    if (isOtherName(text, entities, k) || TRADES.startingAt(foldedText(park.text), 0)) continue;
    addWritings(text, entities, park.text, added);
    // `某某台商投资区` … `某某台商区`: the name written short, characters of it left out (parkShortWritings.ts)
    added.push(...parkShortWritings(text, park.text, (at, end, placeDropped) => !(placeDropped && placeEndsAt(text, at)) && writtenAsPark(text, entities, at, end)));
    // `昆明空港经济区` … `空港经济区`: the zone written again without its place, after the article has named it in
    // full (a headline's short form before it is left to the links' reading of the title's kind word)
    const short = nameWithoutPlace(park.text);
    if (short !== undefined && !names.has(short) && !kindOfZone(short)) {
      names.add(short);
      addShortWritings(text, entities, short, added, park.end);
    }
  }
  if (added.length === 0) return splitZonesInZones(entities);
  const kept = withoutNested(added);
  const counts = new Map<string, number>();
  for (const park of kept) counts.set(park.text, (counts.get(park.text) ?? 0) + 1);
  const found = [...counts].map(([name, count]) => `${name}\u0002${count}`).sort().join('\u0000');
  // `某某示范区某某产业园`, both written alone too: a zone inside a zone, two parks (zonesInZones.ts)
  const split = splitZonesInZones([...entities, ...kept].sort((a, b) => a.start - b.start));
  return { entities: split.entities, found: split.found === '' ? found : `${found}\u0005${split.found}` };
}

/**
 * Each writing of `name` read as the park; a short form (`from`: where the full name was first written) only after
 * the full name and not right after a place, which would name another zone.
 */
function addWritings(text: string, entities: readonly Entity[], name: string, added: Entity[], from?: number): void {
  for (let at = text.indexOf(name, from ?? 0); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (from !== undefined && placeEndsAt(text, at)) continue;
    if (writtenAsPark(text, entities, at, end)) added.push({ label: 'PARK', start: at, end, text: name });
  }
}

/**
 * A zone's own name and its kind without its place, written once, may still be the kind noun (`招商项目及临空经济区推介`,
 * as `高新区` alone is); an article writing it again and again uses it as the zone's name: only then is each writing the zone.
 */
const MIN_SHORT_WRITINGS = 2;

/**
 * The writings of a zone's name without its place after its full name (`from`), when there are enough of them, or
 * the one written where a verb settles something in it (`落户某某投资区`).
 */
function addShortWritings(text: string, entities: readonly Entity[], name: string, added: Entity[], from: number): void {
  const found: Entity[] = [];
  addWritings(text, entities, name, found, from);
  if (found.length >= MIN_SHORT_WRITINGS) added.push(...found);
  else for (const park of found) if (settledInZone(text, park.start)) added.push(park);
}

/**
 * `某市临空经济区` … `临空经济区将加快…`: a remainder the suffix lists hold whole is a kind of zone spelled out, the kind
 * noun wherever the article writes it alone, however often (guidelines: a bare generic noun is no PARK, as `高新区` after
 * `某某高新区` is none); the links still read it as the zone (`samePark`).
 */
function kindOfZone(name: string): boolean {
  const folded = foldedText(name);
  return GENERIC.covers(folded, 0, folded.length) && !ONE_PER_CITY.has(folded);
}

/**
 * Kinds of zone a city holds one of, set up by the state for one purpose (`某州台商投资区`, for Taiwanese investors):
 * unlike `高新区`, the kind written alone after the article named its zone is no common noun but that zone's name.
 */
const ONE_PER_CITY = new Set(['台商投资区']);

/** Longest place name read back from a writing. */
const PLACE_BACK = 5;

/** A place we know ends right before `at` (`石家庄空港经济区`: another city's zone of that kind). */
function placeEndsAt(text: string, at: number): boolean {
  const before = foldedText(text.slice(Math.max(0, at - PLACE_BACK), at));
  return PLACES.longestEndingAt(before, before.length) > 0;
}

/** `简称`, and what may stand between it and the name it declares (`以下简称:“某园”`). */
const DECLARATION = /简称[:：]?[“"「『‘]?$/;
/** Longest `简称` with its colon and quotation mark. */
const DECLARATION_MAX = 4;

/**
 * `某某装备制造产业园(以下简称“某德园”)`: a short name the article declares is the park's wherever it is written, shorter
 * than MIN_NAME too, and before the declaration as well (a headline or lead often uses the short name first).
 */
function declaredShortName(text: string, start: number): boolean {
  return DECLARATION.test(foldedText(text.slice(Math.max(0, start - DECLARATION_MAX), start)));
}

/** `readParksAcrossParagraphs`'s entities only (a whole text read at once). */
export function addParksAcrossParagraphs(entities: Entity[], text: string, fold?: ArticleFold): Entity[] {
  return readParksAcrossParagraphs(entities, text, fold).entities;
}

/** The writings in text order, each dropped where it overlaps one kept before it (`某某工业园` inside `某某工业园区`: the longer, met first, stays). */
function withoutNested(added: Entity[]): Entity[] {
  added.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  for (const park of added) if (kept.length === 0 || kept[kept.length - 1].end <= park.start) kept.push(park);
  return kept;
}

/** A writing touching no entity, neither a project's name going on nor a counted or ranked kind. */
function writtenAsPark(text: string, entities: readonly Entity[], at: number, end: number): boolean {
  if (at > 0 && COUNT_OR_RANK.has(text.charCodeAt(at - 1))) return false;
  return !touches(entities, at, end) && !CONTINUES_NAME.test(text.slice(end, end + 2)) && !headsWorksName(foldedText(text.slice(end, end + WORKS_REACH)), 0);
}

/**
 * `某某经济技术开发区(某某工业区)管委会`: a park in brackets right after another is that zone's other name; carried,
 * its writings would read as a second park in play where the article has one (the links then name none).
 */
function isOtherName(text: string, entities: readonly Entity[], k: number): boolean {
  const park = entities[k];
  return k > 0 && entities[k - 1].label === 'PARK' && entities[k - 1].end === park.start - 1 && OPEN_BRACKETS.has(text.charCodeAt(park.start - 1));
}
