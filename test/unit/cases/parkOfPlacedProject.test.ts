// The park a sentence places a project in, read once per article and given to all of that project's
// amounts, the ones written before it too (parkOfPlacedProject.ts).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

/** The park of each amount (`-` for none). */
const parksOf = (text: string) => linksOf(text).map((line) => line.split(' ').pop());

describe('the park a sentence places a project in (`该项目位于K`, `项目选址在K`)', () => {
  it('links the project told in the paragraph before to the park its next paragraph places it in (`该项目位于省级K`)', () => {
    const text = '本月初,由外商独资兴建的云舟精密陶瓷项目在澜川市建成投产。\n该项目位于省级白石经济开发区北片,分两期建设,总投资4.5亿元。';
    assert.deepEqual(linksOf(text), ['4.5亿元: 云舟精密陶瓷项目 - 白石经济开发区']);
  });

  it('reads the placing words in Traditional characters too (`該項目位於K`)', () => {
    const text = '本月初,澜川市的雲舟精密陶瓷項目建成投產。\n該項目位於省級白石經濟開發區,項目總投資4.5億元。';
    assert.deepEqual(parksOf(text), ['白石經濟開發區']);
  });

  it('links the money said before the sentence that places the project, and its yield after (`项目选址在K`)', () => {
    const text = '在谈的几个项目里,安睿光学镜片项目由安睿光学科技有限公司投资3.6亿元建设,主打车载镜头镜片。目前项目选址在白沙镇南岭工业城,首期用地52亩。项目达产后,年产值可达12亿元,年纳税6000万元。';
    assert.deepEqual(parksOf(text), ['白沙镇南岭工业城', '白沙镇南岭工业城', '白沙镇南岭工业城']);
  });

  it('reads a placing clause of a sentence about a project (`项目总投资X,选址于K`)', () => {
    const text = '经过多轮洽谈,宏川精密铸件项目正式签约落户我镇。\n双方最终敲定合作细节,项目总投资2.4亿元,选址于青禾科技产业园,用地40亩。';
    assert.deepEqual(parksOf(text), ['青禾科技产业园']);
  });

  it('links the park written right after the zone it lies in (`择址K1K2内`)', () => {
    const text = '云麓果蔬冻干项目由本地企业投资1.6亿元建设,年内开工。项目择址石湾经济开发区绿谷食品产业园内,用地40亩。';
    assert.deepEqual(parksOf(text), ['绿谷食品产业园']);
  });
});

describe('no park from a placing sentence', () => {
  it('links none when the article places the project in two parks', () => {
    const text = '其中,安睿光学镜片项目由安睿光学科技有限公司投资3.6亿元建设。\n据介绍,项目一期选址在南岭工业城,二期选址在北渡工业园。';
    assert.deepEqual(parksOf(text), ['-']);
  });

  it('links none from a placing clause in a sentence about no project (`公司成立于…,位于K`)', () => {
    const text = '安睿光学镜片项目计划总投资3.6亿元。\n安睿光学科技有限公司成立于2009年,位于南岭工业城。';
    assert.deepEqual(parksOf(text), ['-']);
  });
});

describe('the park written before the project it places (`在K,P项目竣工投产`, `K开工的是P项目`)', () => {
  const laterPark = '\n此外,石门物流园的冷链仓储中心也在加紧建设,总投资1.2亿元。';

  it('links the project\'s amounts in the next paragraph to the park a clause opened by `在` placed it in', () => {
    const text = `近日,在青川县翠湖光电产业园,华锐新能源电池项目竣工投产。该项目是青川县去年引进的重点项目。\n华锐新能源电池项目总投资2.6亿元,主要生产圆柱形锂电池。${laterPark}`;
    assert.deepEqual(parksOf(text), ['青川县翠湖光电产业园', '石门物流园']);
  });

  it('links the project the park starts (`K开工的是P项目`), its investment and its yield', () => {
    const text = `2月8日,全省一季度重大项目集中开工,年度计划投资300亿元。\n今年,白鹭经济开发区开工的是年产5万吨正极材料项目,由青禾新材料股份有限公司投资建设。\n据了解,该项目总投资18亿元,建成达产后年产值可达25亿元。${laterPark}`;
    assert.deepEqual(parksOf(text), ['-', '白鹭经济开发区', '白鹭经济开发区', '石门物流园']);
  });

  it('links none when `在K` opens no clause of its own before the project (`在K的带动下,P项目…`)', () => {
    const text = `近日,在翠湖光电产业园的带动下,华锐新能源电池项目竣工投产。\n华锐新能源电池项目总投资2.6亿元,主要生产圆柱形锂电池。${laterPark}`;
    assert.deepEqual(parksOf(text), ['-', '石门物流园']);
  });

  it('links none when two parks are written before the project so (`在A,P项目一期…;在B,P项目二期…`)', () => {
    const text = `上月,在翠湖光电产业园,华锐新能源电池项目一期竣工投产;本月,在北渡工业园,华锐新能源电池项目二期开工。\n华锐新能源电池项目总投资2.6亿元,主要生产圆柱形锂电池。${laterPark}`;
    assert.deepEqual(parksOf(text), ['-', '石门物流园']);
  });
});
