// Which deleted articles were moved, and to where, when the file watcher reports a move as a
// deletion and a creation (a `git mv` in a terminal, a file manager, a script). Pure (no
// `vscode`): src/editor/outsideRenames.ts feeds it what the watcher reported and moves the
// sidecars of the pairs it returns.
//
// The two halves of one move can arrive in either order and in different batches of the watcher,
// and a file with the same text may have been created shortly before (a copy the user made). So a
// deletion is not decided the moment it is seen: once a short settling time has passed, it goes to
// a new file with its text that appeared as it went (with it or after it), the nearest in time;
// only when there is none, to one that appeared before it (a copy followed by a delete is a move
// too). A file that appeared while the article still existed was a copy of it when it appeared.

/** A deletion or a creation the watcher reported: the article (a URI string), the sha256 of its text, when it was seen (ms). */
export interface SeenFile {
  readonly article: string;
  readonly sha256: string;
  readonly at: number;
}

export interface MoveTiming {
  /** A deletion and a creation further apart than this are not one move. */
  readonly windowMs: number;
  /** How long a deletion waits for the other half of its move before it is decided. */
  readonly settleMs: number;
  /**
   * Reports this close are one batch of the watcher, which gives a batch's creations before its
   * deletions: a creation this much before a deletion still appeared with it.
   */
  readonly sameBatchMs: number;
}

export const MOVE_TIMING: MoveTiming = { windowMs: 5_000, settleMs: 1_000, sameBatchMs: 50 };

export interface MovePairs<D extends SeenFile, C extends SeenFile> {
  /** Each deletion that was a move, with the file it moved to. */
  readonly pairs: readonly { readonly deleted: D; readonly created: C }[];
  /** What is still undecided, or may still pair: keep it for the next call. */
  readonly deletions: D[];
  readonly creations: C[];
  /** When to call again for a deletion still settling (undefined: nothing waits). */
  readonly nextDecisionAt?: number;
}

/**
 * Pairs the settled deletions with creations of the same text (each creation to one deletion at
 * most; see likeliestTarget), and drops what is older than the window.
 * Linear in the number of deletions times the creations of the same text.
 */
export function pairMoves<D extends SeenFile, C extends SeenFile>(deletions: readonly D[], creations: readonly C[], now: number, timing: MoveTiming = MOVE_TIMING): MovePairs<D, C> {
  const recent = <T extends SeenFile>(seen: T) => now - seen.at < timing.windowMs;
  const waiting = deletions.filter(recent).sort((a, b) => a.at - b.at);
  const bySha = new Map<string, C[]>();
  for (const c of creations.filter(recent)) {
    const same = bySha.get(c.sha256) ?? [];
    bySha.set(c.sha256, same);
    same.push(c);
  }
  const pairs: { deleted: D; created: C }[] = [];
  const kept: D[] = [];
  let nextDecisionAt: number | undefined;
  for (const d of waiting) {
    const settlesAt = d.at + timing.settleMs;
    if (settlesAt > now) {
      kept.push(d);
      nextDecisionAt = Math.min(nextDecisionAt ?? settlesAt, settlesAt);
      continue;
    }
    const same = bySha.get(d.sha256) ?? [];
    const nearest = likeliestTarget(same.filter((c) => c.article !== d.article), d.at, timing);
    if (!nearest) {
      kept.push(d);
      continue;
    }
    same.splice(same.indexOf(nearest), 1);
    pairs.push({ deleted: d, created: nearest });
  }
  const creationsLeft = [...bySha.values()].flat().sort((a, b) => a.at - b.at);
  return { pairs, deletions: kept, creations: creationsLeft, nextDecisionAt };
}

/** Of the files with the deleted article's text: one that appeared with or after the deletion, else one before it; the nearest in time. */
function likeliestTarget<C extends SeenFile>(candidates: readonly C[], deletedAt: number, timing: MoveTiming): C | undefined {
  const asItWent = candidates.filter((c) => c.at >= deletedAt - timing.sameBatchMs);
  let best: C | undefined;
  for (const c of asItWent.length > 0 ? asItWent : candidates) {
    if (!best || Math.abs(c.at - deletedAt) < Math.abs(best.at - deletedAt)) best = c;
  }
  return best;
}
