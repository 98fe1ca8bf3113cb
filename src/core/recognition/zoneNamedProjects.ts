// A project named by its zone: `某某新区氢能产业园项目`. Paragraph by paragraph the zone reads as the park where
// a project with a plain description lies, the name starting after it. But when every mention of the name in
// the article comes right after the same zone, the zone is how the project is called (the article never says
// `氢能产业园项目` alone): the zone is part of its name, one PROJECT (the guidelines: a park's name outside a
// project name is a PARK, inside it part of the PROJECT). The zone stays a PARK where the name is also written
// without it, where the name starts with a company the article names (`某某园区某某集团项目`: the zone is the
// place of a named firm's project), or where the zone is itself written right after another (`某某开发区某某产业城
// P项目`: a sub-zone placed in its zone reads as the place). This is a reading of the whole article, so it runs after the
// paragraphs, next to the headline's echo (recognize.ts, incrementalAnalysis.ts).
// Measured on the pool 73-108: a name written once right after a zone is one PROJECT with it in 11 articles,
// zone + project in 3 (a company's project, a sub-zone after its zone, a name also written without its zone).
import type { Entity } from '../types';
import { foldedStretch } from '../fold';

/** Longest stretch between a zone and a name read as debris (a pinyin gloss `(qū)` is ten units at most). */
const MAX_DEBRIS = 10;

/**
 * The entities with each such project joined to its zone (one PROJECT from the zone's start), and what
 * was joined (`joined`: the joined names, sorted, '' for none), so that an update can tell whether an
 * edit changed the reading away from the edit. Linear: one pass to group the projects by name, one to join.
 * The array is returned as it is when nothing is joined.
 */
export function readZoneNamedProjects(entities: Entity[], text = ''): { entities: Entity[]; joined: string } {
  const isZoneBefore = zoneBefore(text);
  const zoneOf = zonesOfNames(entities, text, isZoneBefore);
  if (zoneOf.size === 0) return { entities, joined: '' };
  const out: Entity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const zone = entities[k];
    const next = entities[k + 1];
    if (next !== undefined && isZoneBefore(zone, next) && zoneOf.get(next.text) === zone.text) {
      out.push({ label: 'PROJECT', start: zone.start, end: next.end, text: zone.end === next.start ? zone.text + next.text : text.slice(zone.start, next.end) });
      k++;
    } else out.push(zone);
  }
  const joined = [...zoneOf].map(([name, zone]) => zone + name).sort().join('\u0000');
  return { entities: out, joined };
}

/** `readZoneNamedProjects`'s entities only (a whole text read at once). */
export function joinZoneNamedProjects(entities: Entity[], text = ''): Entity[] {
  return readZoneNamedProjects(entities, text).entities;
}

/**
 * Each project name written every time right after the same zone, and not starting with a company's name:
 * name → zone. Only names met once right after a zone are counted (most articles have none: no map is made then).
 */
function zonesOfNames(entities: readonly Entity[], text: string, isZoneBefore: ZoneBefore): Map<string, string> {
  let seen: Map<string, { zone: string | undefined }> | undefined;
  for (let k = 1; k < entities.length; k++) {
    if (isZoneBefore(entities[k - 1], entities[k])) (seen ??= new Map()).set(entities[k].text, { zone: entities[k - 1].text });
  }
  const out = new Map<string, string>();
  if (seen === undefined) return out;
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    const entry = e.label === 'PROJECT' ? seen.get(e.text) : undefined;
    if (entry === undefined) continue;
    if (k === 0 || !isZoneBefore(entities[k - 1], e) || entities[k - 1].text !== entry.zone || zoneInZone(entities, k - 1, text)) entry.zone = undefined;
  }
  const companies = companyNames(entities);
  for (const [name, { zone }] of seen) if (zone !== undefined && !startsWithCompany(name, companies)) out.set(name, zone);
  return out;
}

/**
 * A zone written right after another (`某某开发区某某产业城P项目`): a sub-zone placed in its zone, where the project
 * lies, reads as a place, not as the head of the name.
 */
function zoneInZone(entities: readonly Entity[], k: number, text: string): boolean {
  const outer = entities[k - 1];
  return outer !== undefined && outer.label === 'PARK' && touching(text, outer, entities[k]);
}

/** The article's company names (read only when some project follows a zone). */
function companyNames(entities: readonly Entity[]): Set<string> {
  const out = new Set<string>();
  for (const e of entities) if (e.label === 'COMPANY') out.add(e.text);
  return out;
}

/** A project name that begins with one of the article's company names (`某某集团项目`). */
function startsWithCompany(name: string, companies: ReadonlySet<string>): boolean {
  for (const company of companies) if (name.startsWith(company)) return true;
  return false;
}

type ZoneBefore = (zone: Entity, project: Entity) => boolean;

/**
 * A PARK ending where a PROJECT starts, or with only debris of the page between them (`某某新區(qū)某某產業園項目`: a
 * span leaves the gloss after it out, so the zone ends before it; the gloss folds to nothing, so the name goes on).
 */
function zoneBefore(text: string): ZoneBefore {
  return (zone, project) => zone.label === 'PARK' && project.label === 'PROJECT' && touching(text, zone, project);
}

/**
 * Does `right` start where `left` ends, or after a stretch that folds to nothing (read only between two spans already
 * next to each other but for a few units, and only when `text` is given)?
 */
function touching(text: string, left: Entity, right: Entity): boolean {
  if (left.end === right.start) return true;
  return text !== '' && right.start > left.end && right.start - left.end <= MAX_DEBRIS && foldedStretch(text, left.end, right.start) === '';
}
