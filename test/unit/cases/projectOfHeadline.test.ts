// A headline's amount, in an article that names one project only, is that project's, named before or after it.
import { strict as assert } from 'node:assert';
import { projectsOf } from '../linkHelpers';

describe('a headline amount in an article naming one project', () => {
  const TEXT =
    '投资80亿元!这个项目明年投产!\n' +
    '2024-03-02 来源:临江日报\n' +
    '3月1日,澄湾光伏玻璃项目在临江县破土动工,规划用地150亩。';

  it('gives the headline amount (named before the project, exclaiming) to the one project', () => {
    assert.deepEqual(projectsOf(TEXT), ['80亿元: 澄湾光伏玻璃项目']);
  });

  it('gives a short line of the body repeating the headline to the project too', () => {
    const text = TEXT + '\n投资80亿元!这个项目明年投产!\n项目建成后将带动上下游企业落户。';
    assert.deepEqual(projectsOf(text), ['80亿元: 澄湾光伏玻璃项目', '80亿元: 澄湾光伏玻璃项目']);
  });

  it('gives a headline naming the project without 项目 (`签约某某园 耗资X`) to it', () => {
    const text = '临江正式签约国家级玻璃产业园 耗资多达30亿元\n加入时间:2024-01-21 09:12:40\n据报道,临江县将迎来新的玻璃企业。日前,澄湾光伏玻璃项目在临江县签约,将落户城东。';
    assert.deepEqual(projectsOf(text), ['30亿元: 澄湾光伏玻璃项目']);
  });

  it('gives nothing when the article names a second project', () => {
    const text = TEXT.replace('规划用地150亩', '澄湾玻璃深加工项目同日签约');
    assert.deepEqual(projectsOf(text), ['80亿元: -']);
  });

  it('gives nothing to a sentence of the body (a full stop), nor to a line naming a firm of its own', () => {
    const sentence = '此次动工的工程总投资80亿元。\n澄湾光伏玻璃项目由临江县引进。';
    assert.deepEqual(projectsOf(sentence), ['80亿元: -']);
    const firm = '1.临江港务有限公司总投资80亿元\n澄湾光伏玻璃项目由临江县引进。';
    assert.deepEqual(projectsOf(firm).map((line) => line.split(' ')[1]), ['-']);
  });
});
