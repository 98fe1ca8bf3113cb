// Settling overlapping candidate spans: the best-ranked span of each overlap wins, greedily.
// Spans are first cut into clusters (runs whose extents chain-overlap); no span of one cluster
// overlaps a span of another, so the greedy choice inside each cluster is the choice over the
// whole list, and the cost stays linear in the text however many spans a paragraph holds
// (a cluster is a few spans: a name and the names or amounts inside it).

interface Extent {
  start: number;
  end: number;
}

/**
 * The spans of `byStart` (sorted by start) that survive, in start order: within each cluster, in
 * the order of `rank` (best first), a span is kept unless it overlaps one already kept.
 */
export function keepNonOverlapping<T extends Extent>(byStart: readonly T[], rank: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (let i = 0; i < byStart.length; ) {
    let j = i + 1;
    let clusterEnd = byStart[i].end;
    while (j < byStart.length && byStart[j].start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++].end);
    if (j === i + 1) kept.push(byStart[i]);
    // Clusters follow each other in the text, so sorting each one's survivors sorts them all.
    else for (const span of resolveCluster(byStart.slice(i, j), rank)) kept.push(span);
    i = j;
  }
  return kept;
}

function resolveCluster<T extends Extent>(cluster: T[], rank: (a: T, b: T) => number): T[] {
  cluster.sort(rank);
  const kept: T[] = [];
  for (const span of cluster) {
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
