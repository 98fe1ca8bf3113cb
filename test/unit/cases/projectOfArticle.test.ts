// The article's one project, taken up by a sentence with no subject of its own.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('a sentence with no subject of its own, in an article naming one project', () => {
  const TEXT =
    '青岚化工新材料项目开工仪式在江城举行。\n' +
    '青岚化工做特种溶剂起家,产品如今远销东南亚。此次开工的新项目总投资9.6亿元,用地180亩,年内完成主体施工。\n' +
    '据悉,项目产品为改性树脂和环保涂料。计划投资6亿元,达产后可实现年销售收入8亿元。';

  it('gives `此次开工的新项目总投资X` and `计划投资X` (after a sentence about 项目) to the one project', () => {
    assert.deepEqual(projectsOf(TEXT), [
      '9.6亿元: 青岚化工新材料项目',
      '6亿元: 青岚化工新材料项目',
      '8亿元: 青岚化工新材料项目',
    ]);
  });

  it('gives a later clause of a sentence opened by 项目 (`项目位于某村,预计总投资X`) to the one project', () => {
    const text = '今年以来,石塘镇在云岭村建设生态茶叶加工配套设施建设项目。\n走进生态茶叶加工配套设施项目建设点,工人们正在安装设备。\n项目位于云岭村下寨小组,预计总投资380万元,含厂房建设和设备购置。';
    assert.deepEqual(projectsOf(text), ['380万元: 生态茶叶加工配套设施建设项目']);
  });

  it('gives nothing when the article names a second project', () => {
    const text = TEXT.replace('青岚化工新材料项目开工', '青岚化工新材料项目与青岚特种溶剂项目开工');
    assert.deepEqual(projectsOf(text).map((line) => line.split(' ')[1]), ['-', '-', '-']);
  });

  it('gives nothing when the sentence names its own subject, a part, or what the money qualifies', () => {
    const own = TEXT.replace('计划投资6亿元', '江城港务公司计划投资6亿元');
    assert.equal(projectsOf(own)[1], '6亿元: -');
    const part = TEXT.replace('此次开工的新项目总投资9.6亿元', '其中,总投资9.6亿元');
    assert.equal(projectsOf(part)[0], '9.6亿元: -');
    const qualifies = TEXT.replace('计划投资6亿元,达产后', '总投资6亿元的码头扩建已获批复,达产后');
    assert.equal(projectsOf(qualifies)[1], '6亿元: -');
  });

  it('gives nothing when the one project is named only after the amount', () => {
    const text = '此次开工的新项目总投资9.6亿元,占地180亩。\n青岚化工新材料项目由江城引进。';
    assert.deepEqual(projectsOf(text), ['9.6亿元: -']);
  });
});
