// One project written under a longer and a shorter name: the readings of an article's or a
// paragraph's one project count it once.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('one project under a longer and a shorter name (`安徽P项目` then `P项目`)', () => {
  // The middle paragraph opens with no anaphor (`项目位于…` would go on about the project before it, whatever the
  // article names later): its money is read by the article's one project only.
  const TEXT =
    '近日,青岚建工承建的宣城30GWh储能电池产业化项目顺利交付。\n' +
    '厂区位于宣城市开发区北三路东侧,建设内容包括电芯厂房、仓库等。项目总投资60亿元,建成后可实现年产值120亿元。\n' +
    '据悉,安徽宣城30GWh储能电池产业化项目是全省重点项目。';

  it('gives `项目总投资X` to the one project, though the article also writes it with its province', () => {
    assert.deepEqual(projectsOf(TEXT), ['60亿元: 宣城30GWh储能电池产业化项目', '120亿元: 宣城30GWh储能电池产业化项目']);
  });

  it('takes a name that adds only the word for building (`…设施建设项目`, `…设施项目`) as one project', () => {
    const text = TEXT.replace('安徽宣城30GWh储能电池产业化项目', '宣城30GWh储能电池产业化建设项目');
    // Linked by the fullest writing (projectFullWriting.ts).
    assert.deepEqual(projectsOf(text), ['60亿元: 宣城30GWh储能电池产业化建设项目', '120亿元: 宣城30GWh储能电池产业化建设项目']);
  });

  it('still sees two projects when the longer name adds a phase or a numbered part', () => {
    for (const other of ['宣城30GWh储能电池产业化二期项目', '5号宣城30GWh储能电池产业化项目']) {
      const text = TEXT.replace('安徽宣城30GWh储能电池产业化项目', other);
      assert.deepEqual(projectsOf(text), ['60亿元: -', '120亿元: -'], other);
    }
  });

  it('still sees two projects when the shorter name is only a kind (`储能项目`)', () => {
    const text = TEXT.replace('安徽宣城30GWh储能电池产业化项目', '储能项目');
    assert.deepEqual(projectsOf(text), ['60亿元: -', '120亿元: -']);
  });
});
