// A zone inside a zone is two PARKs (guidelines: `浒关开发区莱克工业园` → `浒关开发区`, `莱克工业园`). The sentence's scan
// reads `某某示范区某某产业园` as one name where the zone is no place it knows (a zone the article names by writing it
// again, zonesNamedAgain.ts): its prefix scan runs on through the zone's suffix. The article itself tells the two
// apart by writing each alone. So a park whose name is two parks the article writes alone, the first a zone, is read as
// those two. A sub-zone named after its zone (`某某自贸区某某片区`) is one span, its part. Read once
// per article over the parks found (parksAcrossParagraphs.ts), no scan of the text.
import type { Entity } from '../types';
import { foldedText } from '../fold';
import { AREA_SET, ZONE_SET } from './parkScan';

/** Shortest part: a place and a one-character suffix at least (`某某区`). */
const PART_MIN = 3;

/**
 * The entities with each park made of two parks written alone split in two (`found`: the names split, sorted, '' for
 * none). The array is returned as it is when nothing is split.
 */
export function splitZonesInZones(entities: Entity[]): { entities: Entity[]; found: string } {
  const names = new Set<string>();
  for (const e of entities) if (e.label === 'PARK') names.add(e.text);
  // a zone, its park and the two together: three names at least
  if (names.size < 3) return { entities, found: '' };
  const split: string[] = [];
  const out: Entity[] = [];
  for (const e of entities) {
    const k = e.label === 'PARK' ? zoneEnd(e.text, names) : 0;
    if (k === 0) {
      out.push(e);
      continue;
    }
    split.push(e.text);
    out.push({ label: 'PARK', start: e.start, end: e.start + k, text: e.text.slice(0, k) });
    out.push({ label: 'PARK', start: e.start + k, end: e.end, text: e.text.slice(k) });
  }
  return split.length === 0 ? { entities, found: '' } : { entities: out, found: split.sort().join('\u0000') };
}

/** Length of the zone opening `name` when the rest is a park the article writes alone too, else 0. */
function zoneEnd(name: string, names: ReadonlySet<string>): number {
  for (let k = PART_MIN; k <= name.length - PART_MIN; k++) {
    const zone = name.slice(0, k);
    const park = name.slice(k);
    if (!names.has(zone) || !names.has(park)) continue;
    // the inner one a park of its own (`某某产业园`, `某某产业基地`), not the zone's part (`某某片区`, one span with its zone)
    const folded = foldedText(name);
    if (ZONE_SET.longestEndingAt(folded, k) > 0 && AREA_SET.longestEndingAt(folded, folded.length, k) > 0) return k;
  }
  return 0;
}
