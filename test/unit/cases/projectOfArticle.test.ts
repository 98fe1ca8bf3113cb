// The article's one project, taken up by a sentence with no subject of its own.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('a sentence with no subject of its own, in an article naming one project', () => {
  const TEXT =
    '澄湾光伏玻璃项目今天在临江县破土动工。\n' +
    '澄湾集团以建筑玻璃起步,如今在海外设有三座工厂。此次动工的项目总投资7.2亿元,规划用地150亩,明年投产。\n' +
    '据介绍,项目主要生产超白压延玻璃。计划投资5亿元,建成后年销售收入可达6亿元。';

  it('gives `此次动工的项目总投资X` and `计划投资X` (after a sentence about 项目) to the one project', () => {
    assert.deepEqual(projectsOf(TEXT), [
      '7.2亿元: 澄湾光伏玻璃项目',
      '5亿元: 澄湾光伏玻璃项目',
      '6亿元: 澄湾光伏玻璃项目',
    ]);
  });

  it('gives a later clause of a sentence opened by 项目 (`项目位于某村,预计总投资X`) to the one project', () => {
    const text = '去年冬天,枫桥乡在白鹭村启动了竹编文化体验馆建设项目。\n在竹编文化体验馆项目工地上,几台吊车正在作业。\n项目位于白鹭村东头,预计总投资260万元,含展厅装修和文创设施。';
    assert.deepEqual(projectsOf(text), ['260万元: 竹编文化体验馆建设项目']);
  });

  it('gives nothing when the article names a second project', () => {
    const text = TEXT.replace('澄湾光伏玻璃项目今天', '澄湾光伏玻璃项目与澄湾玻璃深加工项目今天');
    assert.deepEqual(projectsOf(text).map((line) => line.split(' ')[1]), ['-', '-', '-']);
  });

  it('gives nothing when the sentence names its own subject, a part, or what the money qualifies', () => {
    const own = TEXT.replace('计划投资5亿元', '临江港务公司计划投资5亿元');
    assert.equal(projectsOf(own)[1], '5亿元: -');
    const part = TEXT.replace('此次动工的项目总投资7.2亿元', '其中,总投资7.2亿元');
    assert.equal(projectsOf(part)[0], '7.2亿元: -');
    const qualifies = TEXT.replace('计划投资5亿元,建成后', '总投资5亿元的码头扩建已获批复,建成后');
    assert.equal(projectsOf(qualifies)[1], '5亿元: -');
  });

  it('gives nothing when the one project is named only after the amount', () => {
    const text = '此次动工的项目总投资7.2亿元,规划用地150亩。\n澄湾光伏玻璃项目由临江县引进。';
    assert.deepEqual(projectsOf(text), ['7.2亿元: -']);
    // Nor to a clause opened by 该项目: it takes up a project said before it, never one said after.
    const later = '临江集团芯片封装厂正式落户城东,该项目总投资6亿元。\n另据了解,澄湾光伏玻璃项目下月开工。';
    assert.deepEqual(projectsOf(later), ['6亿元: -']);
  });
});
