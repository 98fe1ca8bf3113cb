import { strict as assert } from 'node:assert';
import { IncrementalAnalysis } from '../../src/core/recognition/incrementalAnalysis';
import { recognize } from '../../src/core/recognition/recognize';
import { readZoneNamedProjects } from '../../src/core/recognition/zoneNamedProjects';
import type { Entity } from '../../src/core/types';

const names = (entities: readonly Entity[]) => entities.filter((e) => e.label !== 'MONEY').map((e) => `${e.label} ${e.text}`);

describe('zone-named projects: a zone before every mention of a project is part of its name', () => {
  it('a name written twice, each time right after the same zone, is one PROJECT with the zone', () => {
    const text = '4月2日,澜屿新区储能材料产业园项目举行开工仪式。据介绍,澜屿新区储能材料产业园项目总投资42亿元。';
    assert.deepEqual(names(recognize(text)), ['PROJECT 澜屿新区储能材料产业园项目', 'PROJECT 澜屿新区储能材料产业园项目']);
  });

  it('a pinyin gloss the page put between the zone and the name does not part them', () => {
    const glossed = '4月2日,瀾嶼新區(qū)儲能材料產業園項目舉行開工儀式,總投資42億元。';
    assert.deepEqual(names(recognize(glossed)), ['PROJECT 瀾嶼新區(qū)儲能材料產業園項目']);
  });

  it('a name written once, right after a zone, is one PROJECT with the zone', () => {
    const once = '4月2日,澜屿新区储能材料产业园项目举行开工仪式,总投资42亿元。';
    assert.deepEqual(names(recognize(once)), ['PROJECT 澜屿新区储能材料产业园项目']);
  });

  it('keeps the zone a park before a company\'s project, and a sub-zone written after its zone', () => {
    const company: Entity[] = [
      { label: 'COMPANY', start: 0, end: 4, text: '岚峰集团' },
      { label: 'PARK', start: 10, end: 14, text: '桐湾园区' },
      { label: 'PROJECT', start: 14, end: 20, text: '岚峰集团项目' },
    ];
    assert.equal(readZoneNamedProjects(company).entities, company);
    const subZone: Entity[] = [
      { label: 'PARK', start: 0, end: 5, text: '桐湾开发区' },
      { label: 'PARK', start: 5, end: 10, text: '青禾产业城' },
      { label: 'PROJECT', start: 10, end: 18, text: '光伏组件工厂项目' },
    ];
    assert.equal(readZoneNamedProjects(subZone).entities, subZone);
  });

  it('keeps the zone a park where the name is also written without the zone', () => {
    const alone = '4月2日,澜屿新区储能材料产业园项目举行开工仪式。储能材料产业园项目总投资42亿元。';
    assert.deepEqual(names(recognize(alone)), ['PARK 澜屿新区', 'PROJECT 储能材料产业园项目', 'PROJECT 储能材料产业园项目']);
  });

  it('keeps the zones where the same name follows two different zones', () => {
    const entities: Entity[] = [
      { label: 'PARK', start: 0, end: 4, text: '澜屿新区' },
      { label: 'PROJECT', start: 4, end: 11, text: '冷链物流项目' },
      { label: 'PARK', start: 20, end: 25, text: '桐湾开发区' },
      { label: 'PROJECT', start: 25, end: 32, text: '冷链物流项目' },
    ];
    const read = readZoneNamedProjects(entities);
    assert.equal(read.entities, entities);
    assert.equal(read.joined, '');
  });

  it('stays right edit by edit when an edit elsewhere changes whether a zone names the project', () => {
    let text = '澜屿新区储能材料产业园项目开工\n据介绍,澜屿新区储能材料产业园项目总投资42亿元。\n园区还将新建标准厂房。';
    const analysis = new IncrementalAnalysis();
    analysis.update(text);
    assert.equal(names(analysis.suggestions)[0], 'PROJECT 澜屿新区储能材料产业园项目');
    // The body's zone edited away: the headline's mention, outside the edited paragraph, is read anew.
    const zone = text.indexOf('澜屿新区', 10);
    text = text.slice(0, zone) + text.slice(zone + 4);
    assert.equal(analysis.update(text, [{ offset: zone, removed: 4, inserted: '' }]), undefined);
    assert.deepEqual(analysis.suggestions, recognize(text));
    assert.deepEqual(names(analysis.suggestions).slice(0, 2), ['PARK 澜屿新区', 'PROJECT 储能材料产业园项目']);
    // An edit elsewhere keeps the reading and says where it changed.
    text = text.slice(0, zone) + '澜屿新区' + text.slice(zone);
    analysis.update(text, [{ offset: zone, removed: 0, inserted: '澜屿新区' }]);
    const tail = text.indexOf('标准厂房');
    text = text.slice(0, tail) + '新' + text.slice(tail);
    assert.notEqual(analysis.update(text, [{ offset: tail, removed: 0, inserted: '新' }]), undefined);
    assert.deepEqual(analysis.suggestions, recognize(text));
    assert.equal(names(analysis.suggestions)[0], 'PROJECT 澜屿新区储能材料产业园项目');
  });
});
