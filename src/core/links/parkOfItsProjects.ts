// The projects an article starts or settles in its one park (guidelines, "Links": the park where the project is
// built): an article that names one park only, though not as the subject of its opening (a city's round-up, a
// signing a company tells), ties a project to it where one sentence names the park, then the project, and the
// project's own clause tells its start or settling with no place of its own (`前往K集中开工一批项目建设现场,参加P项目
// 开工活动`, `K与C签署投资协议,总投资X的P项目正式落户`), or names the project right before the park, as its subject
// (`P项目启动仪式在K举行`, `P项目是K…的项目`). The project's money goes to that park; the article's other
// amounts (its city's sums, other projects) are left to the rules that read their own sentence. Read once per
// article (onlyPark.ts), over its spans.
import { clauseEnd } from './linkText';
import type { LinkContext } from './linkContext';
import { WINDOW } from './linkContext';
import type { LinkSpan } from './linkNames';
import { oneParkWriting } from './linkParks';

/** The article's one park and the projects started or settled in it. */
export interface ParkOfProjects {
  park: LinkSpan;
  projects: LinkSpan[];
}

/** What separates the items of a list (`K的A项目、B项目`): a project after it is another item's. */
const LIST_MARK = '、';
/**
 * The end of the project's clause: its start or settling (`开工活动`, `正式落户`, `奠基仪式`), nothing after it, so no
 * place of its own (`落户某镇`, `落户于L`), and not a signing or a visit, which any park may host.
 */
const STARTS_OR_SETTLES = /(?:落户|落地|开工|动工|奠基)(?:活动|仪式|建设)?\s*$/;
/** How far after the project its clause is read (UTF-16 units). */
const CLAUSE_REACH = 32;

/**
 * The article's one park (in any of its writings) and the projects it starts or settles; null when the article names
 * no park, several, a city's parks as a whole, places by sections, or no project so.
 */
export function parkOfItsProjects(ctx: LinkContext): ParkOfProjects | null {
  if (ctx.parks.placeSection) return null;
  let park: LinkSpan | undefined;
  const projects: LinkSpan[] = [];
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || ctx.parks.isImageLine(span.paragraph)) continue;
    // `某某市产业园区`: the city's parks as a whole, no one park.
    if (ctx.parks.isCityWide(span)) return null;
    park ??= span;
    if (!oneParkWriting(park.name, span.name)) return null;
    const project = projectAfter(ctx, span);
    if (project && startsOrSettles(ctx, project)) projects.push(project);
    const before = projectBefore(ctx, span);
    if (before) projects.push(before);
  }
  return park && projects.length > 0 ? { park, projects } : null;
}

/** The first project after the park in its sentence, within the window, with no list mark between; undefined when none. */
function projectAfter(ctx: LinkContext, park: LinkSpan): LinkSpan | undefined {
  for (let j = park.pos + 1; j <= park.pos + WINDOW; j++) {
    const span = ctx.spans[j];
    if (span === undefined || span.sentence !== park.sentence) return undefined;
    if (span.entity.label !== 'PROJECT') continue;
    return ctx.structure.holds(LIST_MARK, park.entity.end, span.entity.start) ? undefined : span;
  }
  return undefined;
}

/** How far before the park the project it follows may end (UTF-16 units): its own clause or the next. */
const BEFORE_REACH = 40;
/** Words of a signing or a promotion between: an event any park may host, not where the project lies. */
const SIGNING_BETWEEN = /签约|签署|簽約|簽署|洽谈|推介/;
/**
 * A clause mark between opens another clause with a subject of its own (`P项目已备案,另有C落户K`), unless the verb of
 * settling opens it (`P项目,落户K`); a park after `由 与 和 向 被` is who brings in or deals with the project, not its site.
 */
const OTHER_CLAUSE_BETWEEN = /[,，;；:：](?!\s*(?:落户|落戶|落地|位于|位於|选址|選址|建在|设在|設在))/;
const AGENT_BEFORE_PARK = /[由与與和向被]\s*$/;

/**
 * `P项目是K…的项目`, `P项目启动仪式在K举行`, `P项目位于某镇的K`, `P项目,落户K`: the project the park's sentence is about,
 * written right before it (the nearest project, within the reach, no list mark, park, signing or clause of another
 * subject between, and the park no agent: `由K引进`), lies in the park (guidelines, "Links": the park where the
 * project is built); undefined when none.
 */
function projectBefore(ctx: LinkContext, park: LinkSpan): LinkSpan | undefined {
  for (let j = park.pos - 1; j >= park.pos - WINDOW && j >= 0; j--) {
    const span = ctx.spans[j];
    if (span.sentence !== park.sentence || span.entity.label === 'PARK') return undefined;
    if (span.entity.label !== 'PROJECT') continue;
    if (park.entity.start - span.entity.end > BEFORE_REACH || ctx.structure.holds(LIST_MARK, span.entity.end, park.entity.start)) return undefined;
    const between = ctx.structure.after(span.entity.end, park.entity.start - span.entity.end);
    return SIGNING_BETWEEN.test(between) || OTHER_CLAUSE_BETWEEN.test(between) || AGENT_BEFORE_PARK.test(between) ? undefined : span;
  }
  return undefined;
}

/** Does the project's clause end telling its start or settling (`P项目开工活动`, `P项目、Q项目正式落户`)? */
function startsOrSettles(ctx: LinkContext, project: LinkSpan): boolean {
  const after = ctx.structure.after(project.entity.end, CLAUSE_REACH);
  const end = clauseEnd(after);
  // A clause longer than the reach is not read to its end.
  return end < CLAUSE_REACH && STARTS_OR_SETTLES.test(after.slice(0, end));
}
