// The project an earlier paragraph named, taken up by `该项目`/`项目建成后` in a later one (projectTakenUp.ts).
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

/** A first paragraph naming another project, so the article has more than one. */
const OTHER = '去年,总投资4亿元的远帆冷链物流项目已建成投产。\n';

describe('a project taken up in a later paragraph', () => {
  it('links `项目建成达产后` money to the project an earlier paragraph named last, past a paragraph about its park', () => {
    const text = OTHER + '3月6日,青禾智能装备产业园项目开工仪式在江城经济开发区举行。\n江城经济开发区今年已引进企业12家。\n据悉,项目建成达产后,预计年产值可达18亿元,年税收1.2亿元。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '18亿元: 青禾智能装备产业园项目', '1.2亿元: 青禾智能装备产业园项目']);
  });

  it('links `该项目` in a later sentence of a paragraph that does not open with it', () => {
    const text = OTHER + '青禾智能装备项目开工。\n现场机器轰鸣,工人们正加紧施工。该项目计划总投资6亿元。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '6亿元: 青禾智能装备项目']);
  });

  it('links nothing when the project was one of a list', () => {
    const text = OTHER + '活动现场签约了青禾智能装备项目、明川新材料项目等8个项目。\n江城经济开发区今年已引进企业12家。\n现场机器轰鸣,工人们正加紧施工。该项目建成后,预计年产值可达18亿元。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '18亿元: -']);
  });

  it('links nothing when a company is named before the amount, or the projects were spoken of as a group since', () => {
    const byCompany = OTHER + '青禾智能装备项目开工。\n江城经济开发区今年已引进企业12家。\n恒远科技有限公司负责人说,该项目建成后年产值可达18亿元。';
    assert.deepEqual(projectsOf(byCompany), ['4亿元: 远帆冷链物流项目', '18亿元: -']);
    const group = OTHER + '青禾智能装备项目开工。\n江城经济开发区今年已引进企业12家,这些项目进展顺利。\n现场机器轰鸣。项目建成后年产值可达18亿元。';
    assert.deepEqual(projectsOf(group), ['4亿元: 远帆冷链物流项目', '18亿元: -']);
  });

  it('links nothing when the sentence names or describes a project of its own first (`拓新项目计划总投资X,项目达产后…`)', () => {
    const text = OTHER + '青禾智能装备项目开工。\n江城经济开发区今年已引进企业12家。\n现场机器轰鸣。拓新项目计划总投资5亿元,项目达产后年利税约8000万元。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '5亿元: -', '8000万元: -']);
    const described = OTHER + '青禾智能装备项目开工。\n江城经济开发区今年已引进企业12家。\n入驻的投资项目是,建设一座仓库,该项目总投资3亿元。';
    assert.deepEqual(projectsOf(described), ['4亿元: 远帆冷链物流项目', '3亿元: -']);
  });
});
