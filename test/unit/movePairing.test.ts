import { strict as assert } from 'node:assert';
import type { SeenFile } from '../../src/core/sidecar/movePairing';
import { MOVE_TIMING, pairMoves } from '../../src/core/sidecar/movePairing';

const seen = (article: string, sha256: string, at: number): SeenFile => ({ article, sha256, at });
const names = (pairs: readonly { deleted: SeenFile; created: SeenFile }[]) => pairs.map((p) => `${p.deleted.article}->${p.created.article}`);

describe('pairing deletions with creations into moves', () => {
  const t0 = 100_000;

  it('waits for the deletion to settle before deciding, and says when to look again', () => {
    const result = pairMoves([seen('a.txt', 'S', t0)], [seen('copy.txt', 'S', t0 - 800)], t0 + 10);
    assert.deepEqual(result.pairs, []);
    assert.equal(result.deletions.length, 1);
    assert.equal(result.creations.length, 1);
    assert.equal(result.nextDecisionAt, t0 + MOVE_TIMING.settleMs);
  });

  it('takes the creation reported after the deletion over a copy with the same text made shortly before', () => {
    // The copy was made 800 ms before; the move's own creation came 400 ms after its deletion, in a later batch.
    const copy = seen('copy.txt', 'S', t0 - 800);
    const moved = seen('moved.txt', 'S', t0 + 400);
    const result = pairMoves([seen('a.txt', 'S', t0)], [copy, moved], t0 + MOVE_TIMING.settleMs);
    assert.deepEqual(names(result.pairs), ['a.txt->moved.txt']);
    assert.deepEqual(result.creations, [copy], 'the copy stays a plain new file');
    assert.equal(result.deletions.length, 0);
    assert.equal(result.nextDecisionAt, undefined);
  });

  it('takes a creation reported in the same batch (just before the deletion) over an older copy', () => {
    const result = pairMoves([seen('a.txt', 'S', t0)], [seen('copy.txt', 'S', t0 - 300), seen('moved.txt', 'S', t0 - 2)], t0 + MOVE_TIMING.settleMs);
    assert.deepEqual(names(result.pairs), ['a.txt->moved.txt']);
  });

  it('takes a creation after the deletion over a nearer copy made while the article existed', () => {
    const result = pairMoves([seen('a.txt', 'S', t0)], [seen('copy.txt', 'S', t0 - 100), seen('moved.txt', 'S', t0 + 600)], t0 + MOVE_TIMING.settleMs);
    assert.deepEqual(names(result.pairs), ['a.txt->moved.txt']);
  });

  it('pairs a copy followed by a delete (the creation before the deletion) when nothing appeared after it', () => {
    const result = pairMoves([seen('a.txt', 'S', t0)], [seen('older.txt', 'S', t0 - 2_000), seen('copy.txt', 'S', t0 - 400)], t0 + MOVE_TIMING.settleMs);
    assert.deepEqual(names(result.pairs), ['a.txt->copy.txt']);
  });

  it('pairs only the same text, never a file with itself, each creation once', () => {
    const deletions = [seen('a.txt', 'S', t0), seen('b.txt', 'S', t0 + 5), seen('c.txt', 'T', t0)];
    const creations = [seen('a.txt', 'S', t0 + 1), seen('x.txt', 'S', t0 + 2), seen('y.txt', 'U', t0 + 2)];
    const result = pairMoves(deletions, creations, t0 + MOVE_TIMING.settleMs + 10);
    // a.txt written again after its deletion is not its own move, but can be where b.txt went.
    assert.deepEqual(names(result.pairs), ['a.txt->x.txt', 'b.txt->a.txt']);
    assert.deepEqual(result.deletions.map((d) => d.article), ['c.txt'], 'an unpaired deletion waits for a late creation');
    assert.deepEqual(result.creations.map((c) => c.article), ['y.txt']);
  });

  it('pairs a deletion kept waiting with a creation reported late, within the window', () => {
    const first = pairMoves([seen('a.txt', 'S', t0)], [], t0 + MOVE_TIMING.settleMs);
    assert.deepEqual(first.pairs, []);
    const late = seen('moved.txt', 'S', t0 + 3_000);
    const second = pairMoves(first.deletions, [late], t0 + 3_000);
    assert.deepEqual(names(second.pairs), ['a.txt->moved.txt']);
  });

  it('forgets deletions and creations older than the window', () => {
    const result = pairMoves([seen('a.txt', 'S', t0)], [seen('b.txt', 'S', t0 + 10)], t0 + MOVE_TIMING.windowMs + 10);
    assert.deepEqual(result.pairs, []);
    assert.deepEqual(result.deletions, []);
    assert.deepEqual(result.creations, []);
  });
});
