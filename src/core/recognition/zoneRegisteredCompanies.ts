// A company registered in a zone carries the zone in its name: `某某工业园区某某生物医药有限公司`, `某某高新区某某集团`.
// Written straight before the company's own name, nothing between, the zone is the head of the company's name, not a
// park of its own (guidelines: a company is no PARK). A company's name that opens with a place we know
// (`某某高新区江苏某某有限公司`) is a name of its own after the zone: two spans, as the zone written before a place.
import type { ParkSpan } from './parks';
import type { Span } from './projects';
import { PLACES } from './parkScan';

/**
 * Joins each zone written straight before a company to that company (the company's span opens at the zone) and
 * returns the parks left. Both lists are in text order: one pass.
 */
export function joinZonesToCompanies(text: string, parks: ParkSpan[], companies: readonly Span[]): ParkSpan[] {
  if (parks.length === 0 || companies.length === 0) return parks;
  const kept: ParkSpan[] = [];
  let j = 0;
  for (const park of parks) {
    while (j < companies.length && companies[j].start < park.end) j++;
    const company = j < companies.length ? companies[j] : undefined;
    if (park.zone && company !== undefined && company.start === park.end && PLACES.longestStartingAt(text, company.start) === 0) company.start = park.start;
    else kept.push(park);
  }
  return kept;
}
