// PARK, PROJECT and COMPANY spans in folded text (see docs/recognition.md).
// Companies are found first because a project name never reaches back into one
// (`江西极磁科技有限公司现代磁性材料…项目` → the project starts after 公司); a zone that is the
// project's place bounds it the same way. Overlaps left between kinds are settled by length:
// a park inside a project's name (`京东数字产业园项目`) or a company's name is not tagged apart.

import { findCompanies } from './companies';
import { findParks } from './parks';
import { findProjects, type Span } from './projects';

export interface NamedSpan {
  label: 'PARK' | 'PROJECT' | 'COMPANY';
  start: number;
  end: number;
}

export function findNamedEntities(folded: string): NamedSpan[] {
  const companies = findCompanies(folded);
  const parks = findParks(folded, companies);
  const barriers: Span[] = [...companies, ...parks.filter((p) => p.zone)].sort((a, b) => a.start - b.start);
  const projects = findProjects(folded, barriers);
  const all: NamedSpan[] = [
    ...projects.map((s) => ({ label: 'PROJECT' as const, start: s.start, end: s.end })),
    ...companies.map((s) => ({ label: 'COMPANY' as const, start: s.start, end: s.end })),
    ...parks.map((s) => ({ label: 'PARK' as const, start: s.start, end: s.end })),
  ];
  return resolveOverlaps(all);
}

const PRIORITY = { PROJECT: 0, COMPANY: 1, PARK: 2 } as const;

/**
 * Longest first (then PROJECT over COMPANY over PARK), keeping only spans that overlap nothing kept.
 * Spans are grouped into clusters of overlapping spans first, so the cost stays linear in the text.
 */
function resolveOverlaps(spans: NamedSpan[]): NamedSpan[] {
  const byStart = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NamedSpan[] = [];
  for (let i = 0; i < byStart.length; ) {
    let j = i + 1;
    let clusterEnd = byStart[i].end;
    while (j < byStart.length && byStart[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++].end);
    if (j === i + 1) kept.push(byStart[i]);
    else kept.push(...resolveCluster(byStart.slice(i, j)));
    i = j;
  }
  return kept.sort((a, b) => a.start - b.start);
}

function resolveCluster(cluster: NamedSpan[]): NamedSpan[] {
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.label] - PRIORITY[b.label] || a.start - b.start);
  const kept: NamedSpan[] = [];
  for (const span of cluster) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  return kept;
}
