// A zone introduced in full and written short afterwards: the body's money names the full writing.
import { strict as assert } from 'node:assert';
import { parkOf } from '../linkHelpers';

const TEXT =
  '鹭汀经济技术开发区项目推进会侧记\n\n3月5日,鹭汀经济技术开发区在东岸会堂开会部署全年项目建设。\n' +
  '今年,鹭汀经开区要推进产业项目36个,总投资218亿元,年度计划投资64亿元。\n' +
  '去年,鹭汀经开区固投完成97.3亿元,同比增长9.2%。';

describe('a zone written in full, then short', () => {
  it('links the money of the short writing\'s sentences to the full writing', () => {
    assert.deepEqual(parkOf(TEXT), ['鹭汀经济技术开发区', '鹭汀经济技术开发区', '鹭汀经济技术开发区']);
  });

  it('keeps the short writing when it comes before the full one (a headline read on its own)', () => {
    const text = '鹭汀经开区签约项目总投资218亿元\n\n本报讯 日前,鹭汀经济技术开发区在东岸会堂签下12个项目。';
    assert.deepEqual(parkOf(text), ['鹭汀经开区']);
  });

  it('keeps the short writing when the full one is a line of its own (a photo\'s caption)', () => {
    const text = '鹭汀经开区主要指标全线飘红\n\n鹭汀经济技术开发区。\n\n今年以来,鹭汀经开区规上工业产值达95.4亿元,同比增长21%。';
    assert.deepEqual(parkOf(text), ['鹭汀经开区']);
  });

  const REPRINTED =
    '首页 新闻 图片 视频 专题 English\n\n澜屿经开发区:闯出“西部智造”路\n\n2019-06-12 作者:本站 浏览次数:3\n\n' +
    '澜屿经开发区:闯出“西部智造”路\n\n' +
    '    今年以来,国家级澜屿经济技术开发区紧盯主导产业,新落地企业23家,总投资56.2亿元。' +
    '今年,澜屿汀泰材料、澜屿晴川实业2家企业工业产值4.6亿元,占全区52%。';

  it('links the body\'s money to the full writing after a heading line that wrote the park short', () => {
    // The site's banner line is read as the title: the headline printed under it is a heading like the title.
    assert.deepEqual(parkOf(REPRINTED), ['澜屿经济技术开发区', '澜屿经济技术开发区']);
  });

  it('keeps the heading\'s short writing for money said before the body writes the park in full', () => {
    const text = REPRINTED.replace('今年以来,国家级澜屿经济技术开发区', '今年以来,总投资3.1亿元的新厂开工,国家级澜屿经济技术开发区');
    assert.deepEqual(parkOf(text), ['澜屿经开发区', '澜屿经济技术开发区', '澜屿经济技术开发区']);
  });

  it('leaves a place written with one character more as it is (no kind words left out)', () => {
    const text = '本报讯 鹭汀区经济开发区举行项目签约仪式。\n今年,鹭汀经济开发区签约项目8个,总投资36亿元。';
    assert.deepEqual(parkOf(text), ['鹭汀经济开发区']);
  });
});
