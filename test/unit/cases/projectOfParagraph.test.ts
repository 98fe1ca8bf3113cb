// An item amount whose sentence names no project, in a paragraph that names one project only before it.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('the paragraph’s one project (`P项目计划总投资X。…购置设备,价值Y`)', () => {
  it('gives a later sentence’s amount to the one project the paragraph named', () => {
    const text = '3、桐溪山核桃油精深加工项目计划总投资8000万元,年度计划投资3000万元。占地约25亩,新建榨油车间和仓库,购置灌装设备,价值1500万元以上。';
    assert.deepEqual(projectsOf(text), ['8000万元: 桐溪山核桃油精深加工项目', '3000万元: 桐溪山核桃油精深加工项目', '1500万元: 桐溪山核桃油精深加工项目']);
  });

  it('gives nothing when the paragraph names two projects', () => {
    const text = '桐溪山核桃油精深加工项目和青岚竹木家具制造项目同日开工。占地约25亩,新建榨油车间和仓库,购置灌装设备,价值1500万元以上。';
    assert.deepEqual(projectsOf(text), ['1500万元: -']);
  });

  it('gives nothing when the amount qualifies a thing of its own (`投资X的Q`)', () => {
    const text = '桐溪山核桃油精深加工项目已经开工。园区另有多家企业落户,包括投资1500万元的竹编工坊。';
    assert.deepEqual(projectsOf(text), ['1500万元: -']);
  });

  it('gives nothing when a company is named in the sentence before the amount', () => {
    const text = '桐溪山核桃油精深加工项目已经开工。浙江青岚竹木制品有限公司正在规划扩建厂房,累计投资将突破1500万元。';
    assert.deepEqual(projectsOf(text), ['1500万元: -']);
  });
});

describe('the next item of a `;` list, opened by a subject of its own', () => {
  it('gives the paragraph\'s project none of the money of an item whose name was left unrecognised', () => {
    const text = '其中,远帆乳业项目计划利用现有厂房扩产,预计达产后产值20亿元;青禾化妆品研发总部将导入新的产线,预计达产后产值超10亿元。';
    assert.deepEqual(projectsOf(text), ['20亿元: 远帆乳业项目', '10亿元: -']);
  });

  it('still gives it a clause of the project\'s own after `;`', () => {
    const text = '远帆乳业项目计划利用现有厂房扩产,总投资5亿元;项目建成后将年产酸奶3万吨,预计产值8亿元。';
    assert.deepEqual(projectsOf(text), ['5亿元: 远帆乳业项目', '8亿元: 远帆乳业项目']);
  });
});
