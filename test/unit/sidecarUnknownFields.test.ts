// Fields of a sidecar this version does not know (a newer version or another tool wrote them)
// survive a read-modify-write.
import { strict as assert } from 'node:assert';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';

const TEXT = '新余高新区签约项目';

function sidecarJson(extraTop: Record<string, unknown>, extraAnnotation: Record<string, unknown>): string {
  return JSON.stringify({
    format: 'invest-news-annotations', version: 1, article: 'a.txt', sha256: hashText(TEXT),
    annotations: [{ id: 'x1', label: 'PARK', start: 0, end: 5, text: '新余高新区', status: 'accepted', author: 'li', time: '2024-01-01T00:00:00.000Z', ...extraAnnotation }],
    ...extraTop,
  });
}

describe('sidecar unknown fields', () => {
  it('keeps unknown top-level and per-annotation fields through parse, edit and serialise', () => {
    const parsed = parseSidecar(sidecarJson({ project: { name: 'q1' }, notes: ['n'] }, { reviewer_note: 'checked' }));
    assert.ok(parsed.ok);
    const edited = { ...parsed.sidecar, annotations: parsed.sidecar.annotations.map((a) => ({ ...a, status: 'rejected' as const })) };
    const written = JSON.parse(serializeSidecar(edited)) as Record<string, unknown> & { annotations: Record<string, unknown>[] };
    assert.deepEqual(written.project, { name: 'q1' });
    assert.deepEqual(written.notes, ['n']);
    assert.equal(written.annotations[0].reviewer_note, 'checked');
    assert.equal(written.annotations[0].status, 'rejected');
  });

  it('writes the known keys first, in their fixed order, then the unknown ones', () => {
    const parsed = parseSidecar(sidecarJson({ zeta: 1 }, { alpha: 2 }));
    assert.ok(parsed.ok);
    const written = JSON.parse(serializeSidecar(parsed.sidecar)) as Record<string, unknown> & { annotations: Record<string, unknown>[] };
    assert.deepEqual(Object.keys(written), ['format', 'version', 'article', 'sha256', 'annotations', 'links', 'zeta']);
    assert.deepEqual(Object.keys(written.annotations[0]), ['id', 'label', 'start', 'end', 'text', 'status', 'author', 'time', 'alpha']);
  });
});
