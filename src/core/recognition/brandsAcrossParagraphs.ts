// A brand heading a project's name, written on its own in another paragraph: `投资X的中海油某地炼油项目…`⏎…⏎
// `中海油计划在某省布点三百个加油站`. Paragraph by paragraph (companiesNamingProjects.ts) the head is read as the
// brand of the project's company only where the project's own paragraph writes it again; a news story often names
// the project in its lead and the company on its own further down. This is a reading of the whole article, so it
// runs after the paragraphs, next to the headline's echo (recognize.ts, incrementalAnalysis.ts); the same tests
// decide what a brand is (`namesItsBrand`), and the company found is the project's for its links (linkParks.ts,
// `companyInside`). On real articles such heads, written again on their own, were each a brand.
import type { Entity } from '../types';
import { foldedText } from '../fold';
import { mayOpenBrand, namesItsBrand, touches } from './companiesNamingProjects';
import { brandsWrittenAgain } from './brandsWrittenAgain';

/** Shortest head looked for (as in companiesNamingProjects.ts: two units are too often a place or a word). */
const HEAD = 3;
/** Projects of an article whose heads are looked for. */
const MAX_PROJECTS = 8;
/**
 * What a brand read so far from its project holds not: a park's or a phase's word (`某某产业园二期`, `某某孵化园`, a
 * project listed again without `项目`): far from its project, a name that is most of the project's is the project.
 */
const NOT_A_BRAND_HERE = /[园園期]|产业|產業/;
/** A project's name that goes on after the writing with `项目` alone: the writing is the project named without it. */
const ONLY_PROJECT_WORD = /^(?:项目|項目)$/;
/** Units after the writing that say it stands on its own (`计划`, `表示`). */
const AFTER = 2;

/**
 * The entities with a COMPANY for each such writing, and what was found (`found`: the brands, each with its
 * number of writings, sorted, '' for none), so that an update can tell whether an edit changed the reading away
 * from the edit. A few heads per article, each looked for once over the text. The array is returned as it is when
 * nothing is found.
 */
export function readBrandsAcrossParagraphs(entities: Entity[], text: string): { entities: Entity[]; found: string } {
  const added: Entity[] = [];
  const heads = parkHeads(entities, text);
  const parks = heads.size;
  for (const project of entities) {
    if (project.label !== 'PROJECT' || project.end - project.start <= HEAD) continue;
    const head = text.slice(project.start, project.start + HEAD);
    if (heads.has(head)) continue;
    heads.add(head);
    // Folded once per head; a head that opens no brand wherever it is written is not looked for.
    const name = foldedText(project.text);
    if (mayBeBrandHead(head, name, project)) {
      for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + HEAD)) {
        const end = brandWrittenAt(text, at, project, name, entities);
        if (end > at) added.push({ label: 'COMPANY', start: at, end, text: text.slice(at, end) });
      }
    }
    if (heads.size === MAX_PROJECTS + parks) break;
  }
  const headed = added.length === 0 ? entities : [...entities, ...added].sort((a, b) => a.start - b.start);
  // The short names found, heads included, written again anywhere in the article (brandsWrittenAgain.ts).
  added.push(...brandsWrittenAgain(headed, text));
  if (added.length === 0) return { entities, found: '' };
  const counts = new Map<string, number>();
  for (const brand of added) counts.set(brand.text, (counts.get(brand.text) ?? 0) + 1);
  const found = [...counts].map(([name, count]) => `${name}\u0002${count}`).sort().join('\u0000');
  return { entities: [...entities, ...added].sort((a, b) => a.start - b.start), found };
}

/**
 * The heads of the article's parks, taken as already looked for: a project named after its park (`某某湖科技城项目`
 * beside the PARK `某某湖科技城`) heads with the park's place (a lake, a town), and that place written on its own
 * (`以某某湖为生态坐标`) is no brand.
 */
function parkHeads(entities: readonly Entity[], text: string): Set<string> {
  const heads = new Set<string>();
  for (const park of entities) if (park.label === 'PARK' && park.end - park.start > HEAD) heads.add(text.slice(park.start, park.start + HEAD));
  return heads;
}

/** `readBrandsAcrossParagraphs`'s entities only (a whole text read at once). */
export function addBrandsAcrossParagraphs(entities: Entity[], text: string): Entity[] {
  return readBrandsAcrossParagraphs(entities, text).entities;
}

/**
 * The tests of `brandWrittenAt` that read the head and the project's folded name alone: when one fails, every
 * writing of the head fails it (each holds the head), and the head is not looked for.
 */
function mayBeBrandHead(head: string, name: string, project: Entity): boolean {
  return name.length === project.text.length && !NOT_A_BRAND_HERE.test(head) && mayOpenBrand(name, 0);
}

/** Where the project's brand written on its own at `at` ends (no entity touched), or -1; `name` is its folded name. */
function brandWrittenAt(text: string, at: number, project: Entity, name: string, entities: readonly Entity[]): number {
  let n = 0;
  while (project.start + n < project.end && text.charCodeAt(at + n) === text.charCodeAt(project.start + n)) n++;
  if (n < HEAD || touches(entities, at, at + n) || NOT_A_BRAND_HERE.test(text.slice(at, at + n))) return -1;
  if (ONLY_PROJECT_WORD.test(text.slice(project.start + n, project.end))) return -1;
  const from = at > 0 ? at - 1 : 0;
  const raw = text.slice(from, at + n + AFTER);
  const window = foldedText(raw);
  // A fold that changes lengths (a gloss, an entity) leaves the writing's units where they are not: not read.
  if (name.length !== project.text.length || window.length !== raw.length) return -1;
  return namesItsBrand(name, n, window, at - from) ? at + n : -1;
}
