// The company the article last showed investing or building owns later amounts naming no owner (currentInvestor.ts).
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

describe('the current investor carried to later amounts', () => {
  const opening = '6月3日,青禾冷链物流项目开工仪式在东川市举行,这是远帆冷链集团有限公司在华中建设的首个冷链项目。\n';

  it('gives the project\'s money in the next paragraph to the company shown building it', () => {
    assert.deepEqual(linksOf(`${opening}青禾冷链物流项目占地300亩,冷库容量20万吨。该项目总投资8亿元,分两期建设。`), [
      '8亿元: 青禾冷链物流项目 远帆冷链集团有限公司 -',
    ]);
  });

  it('stops at another project, and at a park opening a sentence as its new subject', () => {
    assert.deepEqual(linksOf(`${opening}东川物流园二期项目总投资3亿元。`), ['3亿元: 东川物流园二期项目 - -']);
    assert.deepEqual(linksOf(`${opening}东川经开区是省级开发区,规划面积20平方公里。该项目总投资8亿元,分两期建设。`), [
      '8亿元: 青禾冷链物流项目 - 东川经开区',
    ]);
  });
});

describe('a company closing a list with 等 is one of several investors (`A、某研究所、C等联合投资X`)', () => {
  const opening = '青禾农业有限公司投资2亿元建设茶园。白鹭食品有限公司投资3亿元建设加工厂。\n';
  const later = '\n记者了解到,去年全县引进项目20个,累计到位资金12.5亿元。其中,投资1.6亿元建设的研发楼已正式运营。';
  const companies = (text: string) => linksOf(text).map((l) => l.split(' ')[2]);

  it('carries none of them to a later amount naming no owner', () => {
    const text = `${opening}由青禾大学、某省农业研究所、远帆生物科技有限公司等联合投资800万元,启动种质资源研究。${later}`;
    assert.deepEqual(companies(text).slice(-1), ['-']);
  });

  it('still carries a company shown investing alone', () => {
    const text = `${opening}由远帆生物科技有限公司投资800万元,启动种质资源研究。${later}`;
    assert.deepEqual(companies(text).slice(-1), ['远帆生物科技有限公司']);
  });
});
