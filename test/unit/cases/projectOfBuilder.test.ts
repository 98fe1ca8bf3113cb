// The one project of a company: an amount of a company the article ties to one project only is that project's.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf } from '../linkHelpers';

const BUILT_BY = '临江精密轴承产业园项目由浙江恒鼎机械有限公司投资建设。\n';

describe('the one project of a company, read once per article', () => {
  it('gives the amounts of a company the one project it builds (`P由C投资建设`), said in another paragraph', () => {
    const text = BUILT_BY + '浙江恒鼎机械有限公司董事长周立新表示,公司计划投资8亿元,预计每年利税可达3000万元。';
    assert.deepEqual(projectAndCompanyOf(text), [
      '8亿元: 临江精密轴承产业园项目 浙江恒鼎机械有限公司',
      '3000万元: 临江精密轴承产业园项目 浙江恒鼎机械有限公司',
    ]);
  });

  it('gives a company heading its project\'s name (`C的P`, `CP项目`) that project for its speaker\'s amounts', () => {
    const text = '浙江恒鼎机械有限公司临江精密轴承产业园项目在经开区开工。\n仪式上,浙江恒鼎机械有限公司董事长周立新介绍,项目计划投资8亿元。\n周立新表示:“预计每年利税可达3000万元。”';
    assert.deepEqual(projectAndCompanyOf(text), [
      '8亿元: 临江精密轴承产业园项目 浙江恒鼎机械有限公司',
      '3000万元: 临江精密轴承产业园项目 浙江恒鼎机械有限公司',
    ]);
  });

  it('leaves a company tied to two projects without one', () => {
    const text = BUILT_BY + '浙江恒鼎机械有限公司的滨湖齿轮加工项目已于去年投产。\n浙江恒鼎机械有限公司董事长周立新表示,公司计划投资8亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['8亿元: - 浙江恒鼎机械有限公司']);
  });

  it('leaves money given to the company (a subsidy) without the project', () => {
    const text = BUILT_BY + '浙江恒鼎机械有限公司董事长周立新表示,公司今年获得技改补助资金300万元。';
    assert.deepEqual(projectAndCompanyOf(text), ['300万元: - 浙江恒鼎机械有限公司']);
  });

  it('names the project by its fullest writing when the company is tied to its short one (`轮毂项目`)', () => {
    const text = '投资9亿!年产60万套铝合金轮毂项目落户东港\n3月2日,东港区政府与宁波嘉禾投资有限公司签署协议,计划总投资9亿元。宁波嘉禾投资有限公司的轮毂项目将于年内开工。';
    assert.deepEqual(projectAndCompanyOf(text).slice(-1), ['9亿元: 年产60万套铝合金轮毂项目 宁波嘉禾投资有限公司']);
  });
});
