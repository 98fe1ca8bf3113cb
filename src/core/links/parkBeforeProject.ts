// The park a sentence places a project in, written before the project (`近日,在K,P项目竣工投产`,
// `主会场K开工的是P项目`): where the project is built (guidelines, "Links"), for all of the project's item
// amounts the walk left without a park, in later paragraphs too (`P项目总投资X`). The mirror of
// parkOfPlacedProject.ts, which reads the park written after (`P项目位于K`); `在K的P项目` the walk reads itself
// (sentenceFacts.ts). Read once per article after the walk, and never for a project placed so in two parks.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { fillPlacedParks, innermost } from './parkOfPlacedProject';
import { oneProject } from './projectVariants';

/** `在K,`: `在` placing what follows in the park opens its clause (after a time word's `,` or at the sentence's start). */
const PLACING_OPENS_CLAUSE = /(?:^|[,;:。!?])\s*在\s*$/;
/** How far before the park its placing word is read (UTF-16 units). */
const PLACING_REACH = 8;
/** `在K,P项目竣工投产`: the clause placing what follows, then the project as the next clause's subject. */
const COMMA_GAP = /^\s*,\s*$/;
/** `K开工的是P`, `K落户的项目为P`: what starts or settles in the park is the project. */
const STARTS_THERE_GAP = /^\s*(?:开工|开建|动工|落户|落地)的(?:项目)?(?:是|为)\s*$/;

/** A project and the park a sentence wrote before it to place it there. */
interface PlacedAhead {
  project: LinkSpan;
  park: LinkSpan;
}

/**
 * Fill each absent park link of an item amount whose project (in any longer or shorter writing) a sentence placed
 * in the park written before it. `out` holds the walk's links by entity index; `finish` turns the park into the
 * span the walk links.
 */
export function linkProjectsPlacedAhead(ctx: LinkContext, out: (AmountLinks | undefined)[], finish: (park: LinkSpan) => LinkSpan | undefined): void {
  const placings = placedAhead(ctx);
  if (placings.length === 0) return;
  const parks = new Map<string, LinkSpan | null>();
  for (const { project, park } of placings) {
    const known = parks.get(project.name);
    parks.set(project.name, known === undefined || known?.name === park.name ? park : null);
  }
  const projects = new Map<number, LinkSpan>();
  for (const span of ctx.spans) if (span.entity.label === 'PROJECT') projects.set(span.entity.start, span);
  // The amount's project names the placed one when it is that project written longer or shorter.
  const placedName = (links: AmountLinks) => {
    const project = projects.get(links.project?.start ?? -1);
    return project && placings.find((placing) => oneProject(placing.project, project))?.project.name;
  };
  fillPlacedParks(ctx, out, parks, placedName, finish);
}

/** The projects placed by a park written before them, in text order. */
function placedAhead(ctx: LinkContext): PlacedAhead[] {
  const found: PlacedAhead[] = [];
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || ctx.parks.isCityWide(span)) continue;
    // `在K1K2,P项目…`: the park inside the zone written right after it is where the project is.
    const park = innermost(ctx, span);
    const project = ctx.spans[park.pos + 1];
    if (project === undefined || project.entity.label !== 'PROJECT' || project.sentence !== park.sentence) continue;
    if (placesProject(ctx, span, park, project)) found.push({ project, park });
  }
  return found;
}

/** Does the text around the park (written first as `outer`) place the project after it there? */
function placesProject(ctx: LinkContext, outer: LinkSpan, park: LinkSpan, project: LinkSpan): boolean {
  const gap = ctx.structure.gap(park.entity.end, project.entity.start);
  if (gap === undefined) return false;
  if (STARTS_THERE_GAP.test(gap)) return true;
  const before = ctx.structure.before(outer.entity.start, PLACING_REACH);
  return COMMA_GAP.test(gap) && PLACING_OPENS_CLAUSE.test(before);
}
