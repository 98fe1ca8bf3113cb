// A headline's short writing of the article's park yields, for the body's money, to the body's own first writing.
import { strict as assert } from 'node:assert';
import { parkOf } from '../linkHelpers';
import { placeLevelWritten, zoneWrittenShort } from '../../../src/core/links/zoneShortWriting';

describe('a park the headline writes short and the body in full', () => {
  it('links the body\'s money to the body\'s full writing, not the headline\'s kind word left short', () => {
    const text = '临湘汽开区32个项目集中签约\n\n本报讯 日前，临湘汽车经济技术开发区举行招商引资项目集中签约活动，32个项目集中签约，总投资216亿元。\n今年以来，该区实际到位内资58亿元，同比增长12%。';
    assert.deepEqual(parkOf(text), ['临湘汽车经济技术开发区', '临湘汽车经济技术开发区']);
  });

  const LEVEL = '宜州市高新区坚持以招商引资为引领推动高质量发展\n\n2021.08.07 10:40 来源:宜州日报\n\n本报讯:今年以来,宜州高新区坚持把招商引资作为“一号工程”,不断开拓新的合作领域,招商引资成效显著。\n\n一是目标任务排名稳居前列。上半年累计完成招商引资到位资金41.2亿元,完成年度目标任务的55%。';

  it('links the body\'s money to the body\'s writing without the level word the headline added', () => {
    assert.deepEqual(parkOf(LEVEL), ['宜州高新区']);
  });

  it('keeps the headline\'s writing when the body adds the place\'s level word to it', () => {
    assert.deepEqual(parkOf(LEVEL.replace('宜州市高新区', '宜州高新区').replace('今年以来,宜州高新区', '今年以来,宜州市高新区')), ['宜州高新区']);
  });

  it('links the body\'s money to the body\'s full writing that also adds the city\'s level word', () => {
    const text =
      '澜屿经开区:冬季工地不停工\n\n2019年06月12日 00:00:00 浏览量:35次\n\n' +
      '近日,澜屿市经济开发区召集各部门,逐一梳理在建项目,确保澜屿市经济开发区年底前如期交付。\n\n' +
      '据悉,总投资6.2亿元、占地3万平方米的澜屿汀泰材料有限公司PVB膜片项目正在调试;' +
      '澜屿晴川实业有限公司,总投资2.8亿元、年产500万件的餐盒项目已竣工。';
    assert.deepEqual(parkOf(text), ['澜屿市经济开发区', '澜屿市经济开发区']);
  });

  it('keeps the headline\'s full writing when the body writes the park short', () => {
    const text = '临湘经济技术开发区32个项目集中签约\n\n本报讯 日前，临湘经开区举行招商引资项目集中签约活动。\n今年以来，该区实际到位内资58亿元，同比增长12%。';
    assert.deepEqual(parkOf(text), ['临湘经济技术开发区']);
  });
});

describe('zoneWrittenShort', () => {
  it('reads a zone written by leaving out characters of its kind words', () => {
    assert.ok(zoneWrittenShort('临湘汽开区', '临湘汽车经济技术开发区'));
    assert.ok(zoneWrittenShort('宜州经开区', '宜州经济技术开发区'));
    assert.ok(zoneWrittenShort('宜州开发区', '宜州经济开发区'));
    assert.ok(zoneWrittenShort('滨江丰乐园区', '滨江产业区丰乐园区'));
    // The full writing adds the city's level word as well: a third run, the place written with its level.
    assert.ok(zoneWrittenShort('澜屿经开区', '澜屿市经济开发区'));
    assert.ok(zoneWrittenShort('汀洲经开区', '汀洲县经济开发区'));
  });

  it('reads no zone inside a zone, no other place, and no name that contains the other', () => {
    // A bonded zone inside a high-tech zone is another park.
    assert.ok(!zoneWrittenShort('宜州高新区', '宜州高新综合保税区'));
    assert.ok(!zoneWrittenShort('临湘经开区', '宜州经济技术开发区'));
    assert.ok(!zoneWrittenShort('宜州高新区', '宜州高新区东区'));
    // Characters left out in three places: more than a zone's kind words written short.
    assert.ok(!zoneWrittenShort('宜州丰乐园区', '宜州北丰东乐南园园区'));
    // A level word is left out only after the place: a third run elsewhere is more than the kind words.
    assert.ok(!zoneWrittenShort('澜屿经开区', '澜屿城市经济开发区'));
    assert.ok(!zoneWrittenShort('澜屿经开区', '澜屿市高新产业开发区'));
  });
});

describe('placeLevelWritten', () => {
  it('reads a park written with and without the level word after its place', () => {
    assert.ok(placeLevelWritten('宜州市高新区', '宜州高新区'));
    assert.ok(placeLevelWritten('临湘县工业园区', '临湘工业园区'));
    assert.ok(!placeLevelWritten('宜州高新区', '宜州经开区'));
    assert.ok(!placeLevelWritten('宜州市高新区', '宜州市高新区'));
  });
});
