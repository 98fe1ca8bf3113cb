// A project named by its zone: `某某新区氢能产业园项目`. Paragraph by paragraph the zone reads as the park where
// a project with a plain description lies, the name starting after it. But when the article writes the name
// at least twice and every time right after the same zone, the zone is how the project is called (the
// articles never say `氢能产业园项目` alone): the zone is part of its name, one PROJECT. A project written once
// after a zone, or once without it, keeps the paragraph's reading (a zone then a brand, `某某经开区正济药业项目`,
// is the place of a named project). This is a reading of the whole article, so it runs after the paragraphs,
// next to the headline's echo (recognize.ts, incrementalAnalysis.ts).
// Measured on the pool 9-68: names written twice or more, always right after the same zone, occur in 5
// articles of 5 rounds, 10 mentions, the zone part of the name in all 10; none read otherwise.
import type { Entity } from '../types';

/** Mentions of one name, each right after the same zone, for the zone to be part of it. */
const MIN_MENTIONS = 2;

/**
 * The entities with each such project joined to its zone (one PROJECT from the zone's start), and what
 * was joined (`joined`: the joined names, sorted, '' for none), so that an update can tell whether an
 * edit changed the reading away from the edit. Linear: one pass to group the projects by name, one to join.
 * The array is returned as it is when nothing is joined.
 */
export function readZoneNamedProjects(entities: Entity[]): { entities: Entity[]; joined: string } {
  const zoneOf = zonesOfNames(entities);
  if (zoneOf.size === 0) return { entities, joined: '' };
  const out: Entity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const zone = entities[k];
    const next = entities[k + 1];
    if (next !== undefined && isZoneBefore(zone, next) && zoneOf.get(next.text) === zone.text) {
      out.push({ label: 'PROJECT', start: zone.start, end: next.end, text: zone.text + next.text });
      k++;
    } else out.push(zone);
  }
  const joined = [...zoneOf].map(([name, zone]) => zone + name).sort().join('\u0000');
  return { entities: out, joined };
}

/** `readZoneNamedProjects`'s entities only (a whole text read at once). */
export function joinZoneNamedProjects(entities: Entity[]): Entity[] {
  return readZoneNamedProjects(entities).entities;
}

/**
 * Each project name written at least `MIN_MENTIONS` times, every time right after the same zone: name → zone.
 * Only names met once right after a zone are counted (most articles have none: no map is made then).
 */
function zonesOfNames(entities: readonly Entity[]): Map<string, string> {
  let seen: Map<string, { zone: string | undefined; count: number }> | undefined;
  for (let k = 1; k < entities.length; k++) {
    if (isZoneBefore(entities[k - 1], entities[k])) (seen ??= new Map()).set(entities[k].text, { zone: entities[k - 1].text, count: 0 });
  }
  const out = new Map<string, string>();
  if (seen === undefined) return out;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    const entry = e.label === 'PROJECT' ? seen.get(e.text) : undefined;
    if (entry === undefined) continue;
    entry.count++;
    if (k === 0 || !isZoneBefore(entities[k - 1], e) || entities[k - 1].text !== entry.zone) entry.zone = undefined;
  }
  for (const [name, { zone, count }] of seen) if (zone !== undefined && count >= MIN_MENTIONS) out.set(name, zone);
  return out;
}

/** A PARK ending exactly where a PROJECT starts. */
function isZoneBefore(zone: Entity, project: Entity): boolean {
  return zone.label === 'PARK' && project.label === 'PROJECT' && zone.end === project.start;
}
