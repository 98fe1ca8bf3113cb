// Paragraphs written for the kinds of link miss found when the engine was measured on a further
// set of fresh articles: a project named in the clause after its money, a phase said of the
// project itself, a project said by its short name, the company that signs for a project, a
// company that a later sentence goes on about, a project's park written as `来自K的`, a project
// built in a park whose name it starts with, a company that moves into a park. Every sentence is
// invented in the genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('fresh link misses: the project of an amount', () => {
  it('links the project a company builds with the money, named in the clause after it (`C拟投资X,在Q建设P项目`)', () => {
    assert.deepEqual(linksOf('华源新能科技公司拟投资4.2亿元,在江宁建设储能电池项目;宏达物流公司拟投资1.5亿美元,在溧水建设智慧仓储项目。'), [
      '4.2亿元: 储能电池项目 华源新能科技公司 -',
      '1.5亿美元: 智慧仓储项目 宏达物流公司 -',
    ]);
  });

  it('keeps a phase said of the project itself (`该项目一期`, `P项目(二期):`) the project\'s', () => {
    assert.deepEqual(linksOf('全力推进鑫达轴承项目建设,目前,该项目一期已完成投资超亿元。'), ['亿元: 鑫达轴承项目 - -']);
    assert.deepEqual(linksOf('五\n城南污水处理厂扩建项目(二期):总投资2.1亿元,年度计划投资1亿元。'), [
      '2.1亿元: 城南污水处理厂扩建项目 - -',
      '1亿元: 城南污水处理厂扩建项目 - -',
    ]);
    // Another phase named as a project of its own still moves on from it.
    assert.deepEqual(linksOf('鑫达轴承项目已建成投产,二期项目总投资3亿元。'), ['3亿元: - - -']);
  });

  it('links a project said by its name without places and 项目 when it opens the amount\'s clause', () => {
    const text = '近日,长兴县鑫达轴承项目建设进展顺利。\n据了解,鑫达轴承一期已投资8000万元,预计年内可实现产值3亿元、纳税2000万元。该项目全部达产后年产值可达12亿元。';
    assert.deepEqual(linksOf(text), [
      '8000万元: 长兴县鑫达轴承项目 - -',
      '3亿元: 长兴县鑫达轴承项目 - -',
      '2000万元: 长兴县鑫达轴承项目 - -',
      '12亿元: 长兴县鑫达轴承项目 - -',
    ]);
    // The short name must open the clause and be followed by what a project does.
    assert.deepEqual(linksOf('近日,长兴县鑫达轴承项目开工。\n据了解,全县今年已投资8000万元。'), ['8000万元: - - -']);
  });

  it('links no project to a ranking word the recogniser let through (`十强项目第一名`)', () => {
    const [first] = linksOf('十强项目第一名是来自滨江经济开发区的恒达年产300万套智能驾驶系统,投资总额6亿6000万元。');
    assert.equal(first.split(' ')[1], '-');
  });
});

describe('fresh link misses: the company of an amount', () => {
  it('links the company that signed for a project (`与C就P项目签订协议`) to the project\'s money', () => {
    assert.deepEqual(linksOf('经开区招商局与苏州恒瑞智能科技有限公司就光谷精密模具项目签订了入驻协议。据了解,光谷精密模具项目占地200亩,总投资6亿元。'), [
      '6亿元: 光谷精密模具项目 苏州恒瑞智能科技有限公司 -',
    ]);
    // A company that signs something else for the project is not said to be its company.
    assert.deepEqual(linksOf('经开区与苏州恒瑞智能科技有限公司就光谷精密模具项目展开洽谈。光谷精密模具项目总投资6亿元。'), ['6亿元: 光谷精密模具项目 - -']);
  });

  it('goes on with the paragraph\'s company after a sentence opened by 该公司, and through the amounts after it', () => {
    const text = '第三名是来自城北区的江苏鼎信新材料有限公司,投资总额3亿5000万元。该公司是一家专注于复合材料的高新技术企业。预计年可实现产值6亿元,实现税收4000多万元。';
    assert.deepEqual(linksOf(text), [
      '3亿5000万元: - 江苏鼎信新材料有限公司 -',
      '6亿元: - 江苏鼎信新材料有限公司 -',
      '4000多万元: - 江苏鼎信新材料有限公司 -',
    ]);
    // Without 该公司 the later sentence is not said to be the company's.
    assert.deepEqual(linksOf('第三名是来自城北区的江苏鼎信新材料有限公司,投资总额3亿元。城北区是一个工业强区。预计年可实现产值6亿元。'), [
      '3亿元: - 江苏鼎信新材料有限公司 -',
      '6亿元: - - -',
    ]);
  });
});

describe('fresh link misses: the park of an amount', () => {
  it('links the park a ranked project comes from (`第一名是来自K的X`), for the rest of its paragraph', () => {
    const text = '第一名是来自滨江经济开发区的恒达年产300万套智能驾驶系统,投资总额6亿6000万元。预计到2026年,该公司可达到年产300万套的生产能力,年产值20亿元、年税收1亿元。';
    assert.deepEqual(linksOf(text), [
      '6亿6000万元: - - 滨江经济开发区',
      '20亿元: - - 滨江经济开发区',
      '1亿元: - - 滨江经济开发区',
    ]);
    // Where a visitor comes from is not where the money goes.
    assert.deepEqual(linksOf('来自苏州工业园区的客商在本县投资5亿元。'), ['5亿元: - - -']);
  });

  it('links the park a project is located in though the project\'s name starts with the park\'s', () => {
    const text = '12月8日,临江产业园标准厂房开园仪式举行。临江产业园标准厂房项目位于临江产业园北区,总投资1.2亿元。';
    assert.deepEqual(linksOf(text), ['1.2亿元: 临江产业园标准厂房项目 - 临江产业园']);
  });

  it('links the park a company moves into with its money (`C投资X,迁入K`), the verb left out of the park', () => {
    const text = '滨江科技园区吸引投资逾100亿元\n管理局表示,本月核准3家企业进驻,包括宏泰精工有限公司投资3亿元,迁入南港科技产业园区营运。';
    assert.deepEqual(linksOf(text)[1], '3亿元: - 宏泰精工有限公司 南港科技产业园区');
    assert.deepEqual(linksOf('包括台灣宏泰精工有限公司投資2.77億元,遷入南港科技產業園區營運。'), ['2.77億元: - 台灣宏泰精工有限公司 南港科技產業園區']);
  });

  it('links no park (not even the title\'s) to money of companies that moved into a place not recognised as a park', () => {
    const text = '滨江科技园区吸引投资逾100亿元\n此外,宏泰精工有限公司、华信电子有限公司等2家公司进驻北湖双创园,上述投资案投资金额逾1.1亿元。';
    assert.deepEqual(linksOf(text), ['100亿元: - - 滨江科技园区', '1.1亿元: - - -']);
    // A place recognised as a park is the money's park.
    assert.deepEqual(linksOf(text.replace('双创园', '软体园区'))[1], '1.1亿元: - - 北湖软体园区');
    // Moving into the park the article is about keeps it.
    assert.deepEqual(linksOf('滨江科技园区吸引投资逾100亿元\n此外,宏泰精工有限公司等2家公司进驻园区,投资金额逾1.1亿元。')[1], '1.1亿元: - - 滨江科技园区');
  });
});
