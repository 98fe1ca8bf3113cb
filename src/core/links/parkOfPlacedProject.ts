// The park of each project, read once per article after the walk: a sentence that places a project
// in a park (`该项目位于省级K`, `项目选址在K`, `…总投资X,选址于K`, `P项目择址K内`) says where all of
// that project's money goes, the amounts written before it too (guidelines: the park where the project
// is built). It only fills a park link the walk left absent, and never for a project placed in two parks.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { writtenRightAfter } from './onlyPark';

/**
 * A project's clause, then the word placing it (`项目选址在`, `该项目位于省级`, `项目目前选址于`), or the word
 * opening a clause of a sentence about a project (`,选址于`, `,二期选址在`), then the places the park lies in and its rank.
 */
const PLACED_BEFORE = /(?:项目[^,;:。!?]{0,6}|[,;]\s*(?:[一二三四五六七八九十首]期)?)\s*(?:位于|坐落于|坐落在|地处|选址于|选址在|选址|择址于|择址|设在|建在|定在|落户于|落户在|落户)\s*(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区|市|州|盟|县|旗|区|镇|乡)){0,3}\s*(?:国家级|省级|市级)?\s*$/;
/** How far before a park its placing words are read (UTF-16 units). */
const PLACED_REACH = 32;
/** The word that makes a placing sentence one about a project: in its placing words, or before them (`项目总投资X,选址于K`). */
const PROJECT_WORD = '项目';
/** How many spans before and after the park a placing sentence's project is looked for. */
const MAX_SPANS = 24;

/** A project's name and the park a sentence placed it in (`null`: placed in two parks, none kept). */
type ProjectParks = Map<string, LinkSpan | null>;

/**
 * Fill each absent park link of an item amount linked to a project the article placed in a park.
 * `out` holds the walk's links by entity index; `finish` turns the park into the span the walk links.
 */
export function linkPlacedProjects(ctx: LinkContext, out: (AmountLinks | undefined)[], finish: (park: LinkSpan) => LinkSpan | undefined): void {
  const placing = placingParks(ctx);
  if (placing.length === 0) return;
  const projects = new Map<number, string>();
  for (const span of ctx.spans) if (span.entity.label === 'PROJECT') projects.set(span.entity.start, span.name);
  fillPlacedParks(ctx, out, projectParks(ctx, out, projects, placing), (links) => projects.get(links.project?.start ?? -1), finish);
}

/**
 * Give each item amount without a park link the park its carrier (`carrierOf`: the name of its project
 * or company) was placed in; a carrier placed in two parks (`null`) gives none.
 */
export function fillPlacedParks(ctx: LinkContext, out: (AmountLinks | undefined)[], placed: ReadonlyMap<string, LinkSpan | null>, carrierOf: (links: AmountLinks) => string | undefined, finish: (park: LinkSpan) => LinkSpan | undefined): void {
  if (placed.size === 0) return;
  for (const span of ctx.spans) {
    if (span.entity.label !== 'MONEY' || span.entity.scope !== 'item') continue;
    const links = out[span.index];
    if (!links || links.park) continue;
    const park = placed.get(carrierOf(links) ?? '');
    const linked = park ? finish(park) : undefined;
    if (linked) out[span.index] = { ...links, park: { start: linked.entity.start, end: linked.entity.end } };
  }
}

/** The parks a sentence places a project in (`项目选址在K`, `项目总投资X,选址于K`), in text order. */
function placingParks(ctx: LinkContext): LinkSpan[] {
  const found: LinkSpan[] = [];
  for (const park of ctx.spans) {
    if (park.entity.label !== 'PARK' || ctx.parks.projectNamed(park) || ctx.parks.isCityWide(park)) continue;
    const verb = PLACED_BEFORE.exec(ctx.structure.before(park.entity.start, PLACED_REACH));
    if (!verb) continue;
    // A clause opened by the placing word belongs to a sentence about a project (`项目总投资X,选址于K`);
    // a stretch too long to read (undefined) is not read as one.
    if (!verb[0].startsWith(PROJECT_WORD) && !(ctx.structure.gap(ctx.structure.sentenceStart(park.sentence), park.entity.start) ?? '').includes(PROJECT_WORD)) continue;
    found.push(park);
  }
  return found;
}

/** A clause of the sentence opened by a phase (`,一期拟投资Y,`), before the placing words. */
const PHASE_CLAUSE = /[,;，；]\s*(?:[一二三四首]期|分[两二三四五]期)/;

/**
 * `项目总投资X,分两期建设,一期拟投资Y,选址K`: a placing written after a clause opened by a phase places that phase
 * (its amount's own link says so), not the project as a whole: the project is placed in no one park.
 */
function placesAPhase(ctx: LinkContext, park: LinkSpan): boolean {
  const lead = ctx.structure.gap(ctx.structure.sentenceStart(park.sentence), park.entity.start);
  return lead !== undefined && PHASE_CLAUSE.test(lead);
}

/** The project each placing park is said of, by the project's name; a project placed in two parks gets `null`. */
function projectParks(ctx: LinkContext, out: readonly (AmountLinks | undefined)[], projects: ReadonlyMap<number, string>, placing: readonly LinkSpan[]): ProjectParks {
  const placed: ProjectParks = new Map();
  for (const park of placing) {
    const project = projectPlaced(ctx, out, projects, park);
    if (!project) continue;
    const inner = innermost(ctx, park);
    const known = placed.get(project);
    // A phase placed there says nothing of where the project as a whole goes, and keeps its other placings from
    // naming one park.
    placed.set(project, !placesAPhase(ctx, park) && (known === undefined || known?.name === inner.name) ? inner : null);
  }
  return placed;
}

/**
 * The project a placing sentence is about: a project named in it before the park, else the project of
 * the sentence's first item amount linked to one, else the project of the last such amount before the
 * park, in its paragraph or the one before (`该项目位于K` goes on about the project just told).
 */
function projectPlaced(ctx: LinkContext, out: readonly (AmountLinks | undefined)[], projects: ReadonlyMap<number, string>, park: LinkSpan): string | undefined {
  const projectOf = (span: LinkSpan) => (span.entity.label === 'MONEY' && span.entity.scope === 'item' ? projects.get(out[span.index]?.project?.start ?? -1) : undefined);
  let before: LinkSpan | undefined;
  for (let j = park.pos - 1; j >= 0 && j >= park.pos - MAX_SPANS && ctx.spans[j].paragraph >= park.paragraph - 1; j--) {
    const span = ctx.spans[j];
    if (span.sentence === park.sentence && span.entity.label === 'PROJECT' && span.named) return span.name;
    if (projectOf(span) !== undefined) {
      before = span;
      break;
    }
  }
  if (before && before.sentence === park.sentence) return projectOf(before);
  for (let j = park.pos + 1; j < ctx.spans.length && j <= park.pos + MAX_SPANS && ctx.spans[j].sentence === park.sentence; j++) {
    const project = projectOf(ctx.spans[j]);
    if (project !== undefined) return project;
  }
  return before && projectOf(before);
}

/** `择址K1K2内`: the park written right after a zone lies inside it, and is where the project is built. */
export function innermost(ctx: LinkContext, park: LinkSpan): LinkSpan {
  let inner = park;
  for (let next = ctx.spans[inner.pos + 1]; next?.entity.label === 'PARK' && writtenRightAfter(ctx, inner, next) && !ctx.parks.projectNamed(next); next = ctx.spans[inner.pos + 1]) inner = next;
  return inner;
}
