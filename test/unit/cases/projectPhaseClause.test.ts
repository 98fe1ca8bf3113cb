// A sentence opened by a phase of the paragraph's project, the amount in a later clause (`一期工程正在施工,计划投资X`):
// the phase is a part of that project (PROJECT_ANAPHOR in projectOfAmount.ts); a count of phases (`分三期建设`) names no phase
// (`otherPhase`).
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

/** Another project first, so the article has more than one and no sole-project default answers. */
const OTHER = '去年,总投资3亿元的东林仓储物流项目已建成投产。\n';

describe('a phase opening the sentence, the amount in a later clause', () => {
  it('links `一期工程正在…,计划投资X` to the paragraph\'s project', () => {
    const text = OTHER + '据了解,青岚新型建材生产基地项目是该县今年的重点项目,项目总投资2.4亿元,分两期建设。一期工程正在加紧施工,计划投资8000万元,建成两条生产线。';
    assert.deepEqual(projectsOf(text), ['3亿元: 东林仓储物流项目', '2.4亿元: 青岚新型建材生产基地项目', '8000万元: 青岚新型建材生产基地项目']);
  });

  it('links `二期工程占地N亩,计划投资Y` the same way', () => {
    const text = OTHER + '柏川精密铸造项目一期已经投产。二期工程占地60亩,计划投资1.5亿元。';
    assert.deepEqual(projectsOf(text), ['3亿元: 东林仓储物流项目', '1.5亿元: 柏川精密铸造项目']);
  });

  it('leaves a phase clause of another project\'s phase alone (`P二期项目` named, then 一期)', () => {
    const text = OTHER + '柏川精密铸造二期项目开工。一期工程占地40亩,累计投资9000万元。';
    assert.deepEqual(projectsOf(text), ['3亿元: 东林仓储物流项目', '9000万元: -']);
  });

  it('reads `分三期建设` as a count of phases, not another phase: the first phase after it is the project\'s', () => {
    const text = '近日,远川精工有限公司拟投资12亿元在柳溪县建设远川高端轴承生产基地项目,该项目分三期投资建设,一期计划投资4亿元。';
    assert.deepEqual(projectsOf(text), ['12亿元: 远川高端轴承生产基地项目', '4亿元: 远川高端轴承生产基地项目']);
  });

  it('still leaves another phase to no project after the count (`A一期项目…,分三期建设,二期计划投资X`)', () => {
    const text = '青禾化工一期项目已经投产,该公司分三期建设,二期计划投资6亿元。';
    assert.deepEqual(projectsOf(text), ['6亿元: -']);
  });
});
