// Helper for the link tests: each amount of a text with the spans the engine links it to, as
// one readable line, so a test states whose money it is the way a reviewer would read it.
import { withLinks } from '../../src/core/links/links';
import { recognize } from '../../src/core/recognition/recognize';

/** `amount: project company park` for each MONEY of the text (`-` for no link). */
export function linksOf(text: string): string[] {
  return withLinks(text, recognize(text))
    .filter((e) => e.label === 'MONEY')
    .map((e) => {
      const name = (kind: 'project' | 'company' | 'park') => (e.links?.[kind] ? text.slice(e.links[kind].start, e.links[kind].end) : '-');
      return `${e.text}: ${name('project')} ${name('company')} ${name('park')}`;
    });
}

/** `amount: project` for each MONEY of the text: for tests about projects alone. */
export function projectsOf(text: string): string[] {
  return linksOf(text).map((line) => line.split(' ').slice(0, 2).join(' '));
}

/** `amount: project company` for each MONEY of the text: for tests about projects and companies, without the park. */
export function projectAndCompanyOf(text: string): string[] {
  return linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' '));
}

/** The park linked to each amount (`-` for none): for tests about parks alone. */
export const parkOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

/**
 * The park linked to each amount when `park` is a PARK at its first mention, however the recogniser reads
 * it (the link rules apart from the park-name rules).
 */
export function parkOfWithPark(text: string, park: string): string[] {
  const at = text.indexOf(park);
  const entities = recognize(text).filter((e) => e.end <= at || e.start >= at + park.length);
  entities.push({ label: 'PARK', start: at, end: at + park.length, text: park });
  entities.sort((a, b) => a.start - b.start);
  return withLinks(text, entities)
    .filter((e) => e.label === 'MONEY')
    .map((e) => (e.links?.park ? text.slice(e.links.park.start, e.links.park.end) : '-'));
}
