// A sentence opened by the head of the topic project's name (`P产业园一期项目…。产业园于…开工`): that project.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('a sentence opened by the bare head of the project\'s name (`产业园于…开工`)', () => {
  it('gives the amount to the project whose name ends with that head, also inside a speaker\'s quote', () => {
    const text = '青松电子信息产业园一期项目位于河口镇,总占地约80亩,总投资2.4亿元。“产业园于今年2月开工,目前已完成投资9000万元,预计年底完工。”';
    assert.deepEqual(projectsOf(text), ['2.4亿元: 青松电子信息产业园一期项目', '9000万元: 青松电子信息产业园一期项目']);
  });

  it('gives nothing when the head opening the sentence is not the project\'s', () => {
    const text = '青松电子信息产业园一期项目位于河口镇,总投资2.4亿元。“基地于今年2月开工,目前已完成投资9000万元。';
    assert.deepEqual(projectsOf(text), ['2.4亿元: 青松电子信息产业园一期项目', '9000万元: -']);
  });

  it('gives nothing when the project\'s name ends with no place at all', () => {
    const text = '青松数控机床生产线项目位于河口镇,总投资2.4亿元。“产业园于今年2月开工,目前已完成投资9000万元。';
    assert.deepEqual(projectsOf(text), ['2.4亿元: 青松数控机床生产线项目', '9000万元: -']);
  });
});
