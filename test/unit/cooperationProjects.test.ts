import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import type { Entity } from '../../src/core/types';

const projects = (entities: readonly Entity[]) => entities.filter((e) => e.label === 'PROJECT').map((e) => e.text);

describe('合作 in a list of named projects is the work the project does', () => {
  it('keeps a long named cooperation in a list item whole', () => {
    const text = '签约项目包括智能温室大棚建设项目、海水稻品种繁育技术合作项目、冷链仓储中心项目。';
    assert.deepEqual(projects(recognize(text)), ['智能温室大棚建设项目', '海水稻品种繁育技术合作项目', '冷链仓储中心项目']);
  });

  it('names no project by a kind of cooperation outside a list', () => {
    const text = '青岚市举行投资推介会暨经贸合作项目签约仪式,现场签约12个项目。';
    assert.deepEqual(projects(recognize(text)), []);
  });

  it('names no project by a short cooperation in a list', () => {
    const text = '会上签约了冷链仓储中心项目、中德合作项目、智能温室大棚建设项目。';
    assert.ok(!projects(recognize(text)).some((p) => p.includes('合作')));
  });
});
