// A company named as where a person works (`C总经理某某介绍,项目…`) does not end the paragraph's project.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf, projectsOf } from '../linkHelpers';

describe('a company named as where a person works (`C总经理某某介绍,`)', () => {
  const opening = '6月3日,远帆智能装备产业园项目举行开工仪式。\n作为今年集中开工的重点项目之一,远帆智能装备产业园项目将建成区域领先的装备制造基地。';

  it('leaves the paragraph\'s project the topic of what the person says', () => {
    const text = opening + '青禾远帆机械有限公司总经理李明介绍,项目用地约45亩,计划总投资3.2亿元,全部投产后年销售收入可达5亿元,年纳税1200万元。';
    assert.deepEqual(projectAndCompanyOf(text), [
      '3.2亿元: 远帆智能装备产业园项目 青禾远帆机械有限公司',
      '5亿元: 远帆智能装备产业园项目 青禾远帆机械有限公司',
      '1200万元: 远帆智能装备产业园项目 青禾远帆机械有限公司',
    ]);
  });

  it('also after a deputy\'s title, the amount in a later clause of what is said', () => {
    const text = opening + '恒达机械有限公司副总经理张华介绍,项目总用地60亩,计划投资2.4亿元。';
    assert.deepEqual(projectsOf(text), ['2.4亿元: 远帆智能装备产业园项目']);
  });

  it('does not when the person describes a project of the sentence\'s own', () => {
    const text = opening + '青禾远帆机械有限公司董事长李明表示,公司追加的投资项目为一座仓储中心,该项目总投资额达3.2亿元。';
    assert.deepEqual(projectsOf(text), ['3.2亿元: -']);
  });

  it('does not when the company itself opens the clause, with no person\'s title after it', () => {
    const text = opening + '青禾远帆机械有限公司在当地投资多年,项目占地面积45亩,总投资3.2亿元。';
    assert.deepEqual(projectsOf(text), ['3.2亿元: -']);
  });
});
