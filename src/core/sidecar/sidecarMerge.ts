// Merging two branches' versions of one sidecar against their common ancestor, by annotation id
// and link id (`invest-news merge`, a git merge driver). Git's line merge would put conflict
// markers into JSON, or silently produce two annotations of one span; merging by id keeps both
// sides' additions, applies each side's changes and removals, and reports a change both sides
// made differently (OURS's version kept). Linear in annotations + links.
import type { Annotation, Link, Sidecar } from './sidecarSchema';
import { SidecarSchema } from './sidecarSchema';

export interface MergeConflict {
  /** The annotation or link id, or '' for the file as a whole. */
  id: string;
  message: string;
}

export interface SidecarMergeResult {
  merged: Sidecar;
  conflicts: MergeConflict[];
}

/**
 * Three-way merge. `base` is undefined when the file has no common ancestor (added on both
 * branches). When the two sides annotate different texts (the article changed on one branch),
 * their offsets cannot be combined: OURS is returned unchanged with a conflict.
 */
export function mergeSidecars(base: Sidecar | undefined, ours: Sidecar, theirs: Sidecar): SidecarMergeResult {
  if (ours.sha256 !== theirs.sha256) {
    return { merged: ours, conflicts: [{ id: '', message: 'the two sides annotate different versions of the article (sha256 differs); merge the article first, open it in the editor to re-anchor, then merge again' }] };
  }
  const conflicts: MergeConflict[] = [];
  const annotations = mergeById(base?.annotations ?? [], ours.annotations, theirs.annotations, 'annotation', conflicts);
  const { kept, renamed } = dropDuplicateSpans(annotations, new Set(ours.annotations.map((a) => a.id)), conflicts);
  const theirLinks = (theirs.links ?? []).map((l) => ({ ...l, from: renamed.get(l.from) ?? l.from, to: renamed.get(l.to) ?? l.to }));
  const links = mergeById(base?.links ?? [], ours.links ?? [], theirLinks, 'link', conflicts);
  const merged: Sidecar = { ...ours, annotations: kept, links: fittingLinks(links, kept, new Set((ours.links ?? []).map((l) => l.id)), conflicts) };
  const check = SidecarSchema.safeParse(merged);
  if (!check.success) {
    const issue = check.error.issues[0];
    return { merged: ours, conflicts: [...conflicts, { id: '', message: `the merged file would be invalid (${issue.path.join('.')}: ${issue.message}); OURS kept as it was` }] };
  }
  return { merged, conflicts };
}

interface Identified {
  id: string;
}

/** Per id: a change on one side is taken, the same change on both is taken once, different changes keep OURS. */
function mergeById<T extends Identified>(base: readonly T[], ours: readonly T[], theirs: readonly T[], what: string, conflicts: MergeConflict[]): T[] {
  const baseById = new Map(base.map((x) => [x.id, x]));
  const theirsById = new Map(theirs.map((x) => [x.id, x]));
  const oursIds = new Set(ours.map((x) => x.id));
  const result: T[] = [];
  for (const mine of ours) {
    const original = baseById.get(mine.id);
    const other = theirsById.get(mine.id);
    if (other === undefined) {
      // Absent on their side: added by us (keep), or removed by them (drop, unless we changed it).
      if (original === undefined) result.push(mine);
      else if (!same(original, mine)) {
        conflicts.push({ id: mine.id, message: `${what} ${mine.id}: changed on our side, removed on theirs; ours kept` });
        result.push(mine);
      }
      continue;
    }
    if (same(mine, other) || (original !== undefined && same(original, other))) result.push(mine);
    else if (original !== undefined && same(original, mine)) result.push(other);
    else {
      conflicts.push({ id: mine.id, message: `${what} ${mine.id}: changed differently on both sides (ours ${describe(mine)}, theirs ${describe(other)}); ours kept` });
      result.push(mine);
    }
  }
  for (const other of theirs) {
    if (oursIds.has(other.id)) continue;
    const original = baseById.get(other.id);
    if (original === undefined) result.push(other);
    else if (!same(original, other)) conflicts.push({ id: other.id, message: `${what} ${other.id}: removed on our side, changed on theirs; left removed (ours)` });
  }
  return result;
}

/**
 * Two people accepting the same suggestion on two branches give two ids for one span and label:
 * theirs is dropped (its links follow ours). When the two disagree on its attributes or status,
 * ours is kept and the difference reported.
 */
function dropDuplicateSpans(annotations: readonly Annotation[], oursIds: ReadonlySet<string>, conflicts: MergeConflict[]): { kept: Annotation[]; renamed: Map<string, string> } {
  const bySpan = new Map<string, Annotation>();
  for (const a of annotations) if (oursIds.has(a.id)) bySpan.set(spanKey(a), a);
  const renamed = new Map<string, string>();
  const kept: Annotation[] = [];
  for (const a of annotations) {
    const mine = oursIds.has(a.id) ? undefined : bySpan.get(spanKey(a));
    if (mine === undefined) {
      kept.push(a);
      continue;
    }
    renamed.set(a.id, mine.id);
    if (!same(decision(mine), decision(a))) conflicts.push({ id: mine.id, message: `annotation ${mine.id}: the same span was tagged on both sides, differently (ours ${describe(mine)}, theirs ${a.id} ${describe(a)}); ours kept` });
  }
  return { kept, renamed };
}

/** Links whose ends are gone are dropped (as when an annotation is deleted); two accepted links of one kind from one amount keep ours. */
function fittingLinks(links: readonly Link[], annotations: readonly Annotation[], oursIds: ReadonlySet<string>, conflicts: MergeConflict[]): Link[] {
  const ids = new Set(annotations.map((a) => a.id));
  const accepted = new Map<string, Link>();
  const result: Link[] = [];
  const seen = new Set<string>();
  // Ours first, so that of two accepted links of one kind from one amount, ours is the one kept.
  for (const link of [...links].sort((a, b) => Number(oursIds.has(b.id)) - Number(oursIds.has(a.id)))) {
    if (!ids.has(link.from) || !ids.has(link.to)) continue;
    const sameLink = `${link.kind}\u0000${link.from}\u0000${link.to}\u0000${link.status}`;
    if (seen.has(sameLink)) continue;
    seen.add(sameLink);
    if (link.status === 'accepted') {
      const key = `${link.kind}\u0000${link.from}`;
      const mine = accepted.get(key);
      if (mine) {
        conflicts.push({ id: mine.id, message: `link ${mine.id}: both sides linked amount ${link.from} to a ${link.kind}, to different spans; ours kept` });
        continue;
      }
      accepted.set(key, link);
    }
    result.push(link);
  }
  return result;
}

function spanKey(a: Annotation): string {
  return `${a.label}\u0000${a.start}\u0000${a.end}`;
}

/** What a person decided about a span: everything but who, when and the id. */
function decision(a: Annotation): object {
  const rest: Record<string, unknown> = { ...a };
  for (const key of ['id', 'author', 'time']) delete rest[key];
  return rest;
}

function same(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with keys sorted at every level: equal content, equal text, whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function describe(item: object): string {
  const a = item as Partial<Annotation & Link>;
  if (a.label !== undefined) return `${a.label} 「${a.text}」 ${a.start}–${a.end} ${a.status}${a.role ? ` ${a.role}` : ''}`;
  return `${a.kind} ${a.from}→${a.to} ${a.status}`;
}
