// One annotator's version of a disagreement in a line: what the adjudicator reads before
// choosing, and what the adjudicated file records beside each decision.
import type { Claim } from './diffVersions';

export function describeClaims(claims: readonly Claim[]): string {
  if (claims.length === 0) return '—';
  return claims.map(describeClaim).join('; ');
}

export function describeClaim({ annotation: a, links }: Claim): string {
  const parts = [`${a.label} 「${a.text}」`];
  if (a.label === 'MONEY') {
    if (a.value !== undefined) parts.push(a.max === undefined ? `${a.value}` : `${a.value}–${a.max}`);
    if (a.currency) parts.push(a.currency);
    for (const attribute of [a.qualifier, a.role, a.scope]) if (attribute) parts.push(attribute);
  }
  for (const { link, target } of links) parts.push(`${link.kind}→「${target.text}」`);
  return parts.join(' ');
}
