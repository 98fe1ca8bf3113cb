// Two or more annotators' versions of one article, split into what they all agree on and the
// places where they differ (the disagreements an adjudicator walks through).
//
// A place is a group of overlapping accepted annotations (any label, any annotator): a boundary
// difference, a relabelling, a span only one annotator marked and a MONEY attribute or link
// difference each make their group differ, and one decision (take A's, B's, both or neither)
// settles the whole group. A group is unanimous when every annotator has exactly the same
// annotations there: same offsets, label, MONEY attributes (value, range, currency, qualifier,
// role, scope) and accepted links (by the target's label and offsets, as annotators' ids differ).
//
// Each disagreement has a key computed from what every annotator has there, so a decision stored
// under it still applies after an annotator changes something elsewhere in their file, and is
// asked again when they change that very place. Sorting, then one sweep: n log n.
import type { Annotation, Link } from '../sidecar/sidecarSchema';
import { hashText } from '../textHash';

/** One annotator's file for the article, its annotations placed in the article's current text. */
export interface AnnotatorFile {
  annotator: string;
  /** SHA-256 of the sidecar file's content: which version of their work was adjudicated. */
  fileHash: string;
  annotations: readonly Annotation[];
  links: readonly Link[];
}

/** An accepted annotation of one annotator, with what decides whether others agree with it. */
export interface Claim {
  annotator: string;
  annotation: Annotation;
  /** Its accepted links (from a MONEY annotation), to the annotator's own annotations. */
  links: ClaimLink[];
  /** Label, offsets, MONEY attributes and accepted links: equal signatures, equal claims. */
  signature: string;
}

export interface ClaimLink {
  link: Link;
  target: Annotation;
}

export interface Disagreement {
  /** Stable while what every annotator has at this place stays the same. */
  key: string;
  /** The place: union of the claims' spans (UTF-16 units, end exclusive). */
  start: number;
  end: number;
  /** Per annotator (in the order of the files), their claims at this place, by start. */
  versions: { annotator: string; claims: Claim[] }[];
}

export interface VersionsDiff {
  annotators: string[];
  /** The claims everyone made, once (the first file's copy). */
  unanimous: Claim[];
  disagreements: Disagreement[];
}

export function diffVersions(files: readonly AnnotatorFile[]): VersionsDiff {
  const claims = files.flatMap((file) => claimsOf(file));
  claims.sort((x, y) => x.annotation.start - y.annotation.start || x.annotation.end - y.annotation.end || compareText(x.signature, y.signature));
  const diff: VersionsDiff = { annotators: files.map((f) => f.annotator), unanimous: [], disagreements: [] };
  for (const group of overlapGroups(claims)) {
    const versions = files.map((file) => ({ annotator: file.annotator, claims: group.filter((c) => c.annotator === file.annotator) }));
    const signatures = versions.map((v) => v.claims.map((c) => c.signature).join('\n'));
    if (signatures.every((s) => s === signatures[0])) diff.unanimous.push(...versions[0].claims);
    else diff.disagreements.push({ key: disagreementKey(versions), start: group[0].annotation.start, end: group.reduce((end, c) => Math.max(end, c.annotation.end), 0), versions });
  }
  return diff;
}

/** Accepted, placed annotations: rejected ones claim no span (they only silence a suggestion). */
function claimsOf(file: AnnotatorFile): Claim[] {
  const claimed = file.annotations.filter((a) => a.status === 'accepted' && !a.orphaned);
  const byId = new Map(claimed.map((a) => [a.id, a]));
  const linksFrom = new Map<string, ClaimLink[]>();
  for (const link of file.links) {
    const target = byId.get(link.to);
    if (link.status !== 'accepted' || !target || !byId.has(link.from)) continue;
    linksFrom.set(link.from, [...(linksFrom.get(link.from) ?? []), { link, target }]);
  }
  return claimed.map((annotation) => {
    const links = linksFrom.get(annotation.id) ?? [];
    return { annotator: file.annotator, annotation, links, signature: signatureOf(annotation, links) };
  });
}

function signatureOf(a: Annotation, links: readonly ClaimLink[]): string {
  const attributes = a.label === 'MONEY' ? [a.value, a.max, a.currency, a.qualifier, a.role, a.scope] : [];
  const linked = links.map(({ link, target }) => `${link.kind}→${spanKey(target)}`).sort();
  return JSON.stringify([a.label, a.start, a.end, a.text, ...attributes.map((x) => x ?? null), linked]);
}

/** Label and offsets: what a link target or a duplicate is recognised by across annotators. */
export function spanKey(a: Pick<Annotation, 'label' | 'start' | 'end'>): string {
  return `${a.label}@${a.start}-${a.end}`;
}

/** Runs of claims (sorted by start) that overlap one another, directly or through a chain. */
function* overlapGroups(sorted: readonly Claim[]): Generator<Claim[]> {
  let group: Claim[] = [];
  let end = -1;
  for (const claim of sorted) {
    if (group.length > 0 && claim.annotation.start >= end) {
      yield group;
      group = [];
    }
    group.push(claim);
    end = Math.max(end, claim.annotation.end);
  }
  if (group.length > 0) yield group;
}

/** Who has what at the place, names sorted so the order of the files does not matter. */
function disagreementKey(versions: readonly { annotator: string; claims: readonly Claim[] }[]): string {
  const content = [...versions].sort((x, y) => compareText(x.annotator, y.annotator)).map((v) => [v.annotator, v.claims.map((c) => c.signature)]);
  return hashText(JSON.stringify(content)).slice(0, 16);
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
