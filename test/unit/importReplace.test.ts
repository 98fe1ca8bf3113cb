// `--replace` reports what the sidecar ends up with: an annotation added by this import and then
// replaced by a later span of the same import is neither "added" nor "replaced".
import { strict as assert } from 'node:assert';
import type { ImportedSpan } from '../../src/core/interop/importedDocument';
import { mergeImported } from '../../src/core/interop/importPlan';
import { createAnnotation } from '../../src/core/review/review';

const TEXT = '新余高新区博通科技产业园项目总投资50亿元';
const span = (start: number, end: number, label: ImportedSpan['label'] = 'PROJECT'): ImportedSpan => ({ label, start, end, text: TEXT.slice(start, end), status: 'accepted', source: 'in.jsonl:1' });
const OPTIONS = { author: 'tester', now: new Date('2024-06-01T08:00:00Z'), replace: true };

describe('import with replace', () => {
  it('does not report an annotation it added and then replaced', () => {
    const merge = mergeImported([], [span(5, 12, 'COMPANY'), span(5, 14)], TEXT, OPTIONS);
    assert.deepEqual(merge.annotations.map((a) => [a.label, a.start, a.end]), [['PROJECT', 5, 14]]);
    assert.deepEqual(merge.added.map((a) => [a.label, a.start, a.end]), [['PROJECT', 5, 14]]);
    assert.deepEqual(merge.replaced, []);
  });

  it('still reports a stored annotation it replaced', () => {
    const stored = createAnnotation(span(5, 12, 'COMPANY'), 'accepted', 'li', OPTIONS.now, TEXT, []);
    const merge = mergeImported([stored], [span(5, 14)], TEXT, OPTIONS);
    assert.deepEqual(merge.replaced, [stored]);
    assert.equal(merge.added.length, 1);
  });
});
