// Parts of a zone named by where they lie, not by a name of their own: `某某工业园区南区`, `某某新区启动区`.
// With no name they are no park apart from the zone (a zone inside a zone is a second PARK only when it
// has a name: guidelines), so they are one span with the zone. Only after a zone suffix: an industry
// park's `北区` is read as where in that park a project lies (`位于某某产业园北区`), the park itself.
// A part may be written with the word for a park (`某某经开区东部园区`, `某某高新区西部园区`): a direction is
// no name of its own either, so it is one span with the zone, unlike `某某经开区池河园区` (a second PARK).

import { charSet, code, unitAt } from '../text';
import { exceptionChars, NOT_ABBREVIATION_AFTER } from '../lexicon/exceptions';
import { WordMap } from '../wordMap';

/** Directions that name a part of a zone (`南区`, `东区`). */
const DIRECTIONS = charSet('东南西北');
const QU = code('区');
/** `南区域`, `东区块`: 区 opens a word of its own (a region, a block), not a part's name. */
const NOT_PART_AFTER = charSet(exceptionChars(NOT_ABBREVIATION_AFTER));
/** A zone's first phase of building, named as its part (`启动区`, `起步区`). */
const PHASE_PARTS = WordMap.of(['启动区', '起步区']);
/**
 * End of a phase part right after the park ending at `end` (`某某产业园启动区`), else `end`. Unlike a direction, which
 * says where in an industry park a project lies, a park's first phase of building is a part of it set up as such,
 * named by that alone: one span with the park, as after a zone.
 */
export function phasePartEnd(text: string, end: number): number {
  const part = end + PHASE_PARTS.longestStartingAt(text, end);
  return part > end && !NOT_PART_AFTER.has(unitAt(text, part)) ? part : end;
}

/** The part a zone runs itself, named by that (`某某高新区直管园`, `某某新区直管区`): no name of its own either. */
const RUN_DIRECTLY_PARTS = WordMap.of(['直管区', '直管园']);

/** End of a part named by its direction or its phase right after the zone ending at `zoneEnd`, else `zoneEnd`. */
export function zonePartEnd(text: string, zoneEnd: number): number {
  const byDirection = DIRECTIONS.has(unitAt(text, zoneEnd)) && unitAt(text, zoneEnd + 1) === QU;
  const end = byDirection ? zoneEnd + 2 : zoneEnd + (PHASE_PARTS.longestStartingAt(text, zoneEnd) || RUN_DIRECTLY_PARTS.longestStartingAt(text, zoneEnd));
  if (end > zoneEnd) return NOT_PART_AFTER.has(unitAt(text, end)) ? zoneEnd : end;
  return directionParkEnd(text, zoneEnd);
}

/** Directions with the middle, as a zone's parks are named (`中部园区`). */
const PART_DIRECTIONS = charSet('东南西北中');
const BU = code('部');
/** The words for a park a zone's part is written with. */
const PARK_WORDS = WordMap.of(['园区', '片区']);

/** End of `东部园区`-like (a direction, `部`, a word for a park) right after the zone ending at `zoneEnd`, else `zoneEnd`. */
function directionParkEnd(text: string, zoneEnd: number): number {
  if (!PART_DIRECTIONS.has(unitAt(text, zoneEnd)) || unitAt(text, zoneEnd + 1) !== BU) return zoneEnd;
  const word = PARK_WORDS.longestStartingAt(text, zoneEnd + 2);
  return word > 0 ? zoneEnd + 2 + word : zoneEnd;
}

/**
 * Is text[from, to) a position alone, directions then `部` (`东部新区`, `南部片区`, `西北部园区` with no place before them)?
 * A part of a city or a zone named by where it lies has no name of its own: standing alone before a zone's word, it names
 * no zone (the zone's own writing keeps its place, `某某东部新区`). Without `部` two directions may be a place (`中北`).
 */
export function positionOnly(text: string, from: number, to: number): boolean {
  if (to - from < 2 || text.charCodeAt(to - 1) !== BU) return false;
  for (let k = from; k < to - 1; k++) if (!PART_DIRECTIONS.has(text.charCodeAt(k))) return false;
  return true;
}

/** Longest position read before a zone's own name (`西北部`). */
const POSITION_MAX = 3;

/**
 * `某市北部生态新区`: a city, the part of it by where it lies, then the zone's own name, longer together than the
 * qualifier a zone's scan reads between a place and its suffix. The position opens at most `POSITION_MAX` units
 * right after the place (`placeStart(end)`: where a place chain ending at `end` starts, `end` for none) and the own
 * name after it runs at most `nameMax` units, Han and no boundary (`isBoundary`). -1 when no such writing stands there.
 */
export function placeAndPositionStart(text: string, anchor: number, floor: number, nameMax: number,
  placeStart: (end: number) => number, isBoundary: (at: number) => boolean): number {
  for (let gap = 1; gap <= nameMax; gap++) {
    const bu = anchor - gap - 1;
    if (bu <= floor || isBoundary(anchor - gap)) return -1;
    if (text.charCodeAt(bu) !== BU) continue;
    for (let from = bu - 1; from >= Math.max(floor + 1, bu - POSITION_MAX); from--) {
      if (!PART_DIRECTIONS.has(text.charCodeAt(from))) break;
      const start = placeStart(from);
      if (start < from) return start;
    }
  }
  return -1;
}
