// Paragraphs written for the link misses found on fresh news about single projects: a project built
// in phases, whose later sentences speak of its first phase. Every sentence is invented in the
// genre, not taken from an article.
import { strict as assert } from 'node:assert';
import { linksOf } from './linkHelpers';

describe('single-project link misses: a sentence opened by a phase', () => {
  it('links the phase’s money to the project the paragraph is about', () => {
    const text = '其中,青石新材料产业园项目,总投资8亿元,分三期进行投资建设。一期项目计划投资3亿元,主要建设生产线。一期项目建成投产后,可实现年销售收入4亿元以上。';
    assert.deepEqual(linksOf(text), ['8亿元: 青石新材料产业园项目 - -', '3亿元: 青石新材料产业园项目 - -', '4亿元: 青石新材料产业园项目 - -']);
  });

  it('links a phase opening a clause after the project’s totals', () => {
    const text = '青石新材料产业园项目总投资不低于80亿元;一期投资15亿元,生产钻机。';
    assert.deepEqual(linksOf(text), ['80亿元: 青石新材料产业园项目 - -', '15亿元: 青石新材料产业园项目 - -']);
  });

  it('links a phase opening the sentence after a time word (目前)', () => {
    const text = '青石新材料产业园项目总投资8亿元,分三期建设。目前,一期投资2.5亿元,主厂房已经竣工。';
    assert.deepEqual(linksOf(text), ['8亿元: 青石新材料产业园项目 - -', '2.5亿元: 青石新材料产业园项目 - -']);
  });

  it('does not give another phase to a project named with its own phase', () => {
    const text = '青石新材料产业园一期项目总投资5亿元,已建成投产。二期项目计划投资8亿元,明年开工。';
    assert.deepEqual(linksOf(text), ['5亿元: 青石新材料产业园一期项目 - -', '8亿元: - - -']);
  });

  it('does not give a phase to the project once a company has become the subject', () => {
    const text = '青石新材料产业园项目总投资5亿元。据悉,红谷光电公司也在此落户。一期投资2亿元,建设厂房。';
    assert.deepEqual(linksOf(text), ['5亿元: 青石新材料产业园项目 - -', '2亿元: - 红谷光电公司 -']);
  });
});

describe('single-project link misses: 该公司 after the sentence naming the company', () => {
  it('links the money of a sentence opened by 该公司 to the one company named in the sentence before', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司办公楼进入装潢阶段。该公司主要生产不锈钢厨具,预计投产后年销售3亿元,利税5000万元。';
    assert.deepEqual(linksOf(text), ['3亿元: - 远帆厨具设备有限公司 青川经开区', '5000万元: - 远帆厨具设备有限公司 青川经开区']);
  });

  it('links no company when the sentence before named two', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司和丰谷食品有限公司新厂房进入装潢阶段。该公司预计年销售3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青川经开区']);
  });

  it('links no company when the sentence is not opened by 该公司', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司办公楼进入装潢阶段。据测算,全区预计年销售3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青川经开区']);
  });
});

describe('single-project link misses: projects that move into a park just named', () => {
  it('links the sentence’s money, and the paragraph’s after it, to the park the projects move into', () => {
    const text =
      '昨天,青川经开区发布信息:开辟1500亩用地,建立“中法产业园”,首批四大项目率先入驻,投资总额46亿元,预计新增年销售收入90亿元。' +
      '四大项目包括:投资20亿元的青禾汽车变速箱项目、6亿元的远帆滤清系统项目。';
    assert.deepEqual(linksOf(text), [
      '46亿元: - - 中法产业园',
      '90亿元: - - 中法产业园',
      '20亿元: 青禾汽车变速箱项目 - 中法产业园',
      '6亿元: 远帆滤清系统项目 - 中法产业园',
    ]);
  });

  it('carries the park to the next paragraph when it opens by listing those projects', () => {
    const text =
      '昨天,青川经开区发布信息:建立“中法产业园”,首批四大项目率先入驻,投资总额46亿元。\n' +
      '四大项目包括:投资20亿元的青禾汽车变速箱项目、6亿元的远帆滤清系统项目。\n' +
      '此外,全县今年新增投资9亿元。';
    assert.deepEqual(linksOf(text), [
      '46亿元: - - 中法产业园',
      '20亿元: 青禾汽车变速箱项目 - 中法产业园',
      '6亿元: 远帆滤清系统项目 - 中法产业园',
      '9亿元: - - -',
    ]);
  });

  it('links no park when the projects move somewhere of their own', () => {
    const text = '昨天,青川经开区发布信息:建立“中法产业园”,首批四大项目率先入驻滨河片区,投资总额46亿元。';
    assert.deepEqual(linksOf(text), ['46亿元: - - -']);
  });
});

describe('single-project link misses: a project followed by its own event', () => {
  const OPENING = '4月9日,被列入青川县18个重点项目中的青川绿色食品产业园项目正式封顶。';

  it('makes the project the topic though a description comes before it, for 项目由C… after it', () => {
    const text = `${OPENING}项目由青川远帆投资有限公司筹划实施,总投资6.2亿元。`;
    assert.deepEqual(linksOf(text), ['6.2亿元: 青川绿色食品产业园项目 青川远帆投资有限公司 -']);
  });

  it('carries it to the next paragraph opened by 项目规划', () => {
    const text = `${OPENING}项目由青川远帆投资有限公司筹划实施,总投资6.2亿元。\n项目规划分为孵化和加工两个板块,预计投产后可实现年产值9亿元。`;
    assert.deepEqual(linksOf(text), [
      '6.2亿元: 青川绿色食品产业园项目 青川远帆投资有限公司 -',
      '9亿元: 青川绿色食品产业园项目 青川远帆投资有限公司 -',
    ]);
  });

  it('makes no topic when the project is not followed by its own event', () => {
    const text = '4月9日,被列入青川县18个重点项目中的青川绿色食品产业园项目进展顺利。全县项目由各乡镇筹划实施,总投资6.2亿元。';
    assert.deepEqual(linksOf(text), ['6.2亿元: - - -']);
  });
});

describe('single-project link misses: a company in a comma list closed by 等', () => {
  const OPENING = '5月8日,青川县远帆汽车内饰项目一期工程竣工。';

  it('does not make a customer listed with commas the paragraph’s company', () => {
    const text = `${OPENING}该企业主要为德国的甲乙公司,美国丙丁汽车公司,日本戊己等汽车配套。该项目固定资产投资2200万美元。`;
    assert.deepEqual(linksOf(text), ['2200万美元: 青川县远帆汽车内饰项目 - -']);
  });

  it('still makes a company opening a clause the paragraph’s company', () => {
    const text = `${OPENING}美国丙丁汽车公司,计划追加投资2200万美元。`;
    assert.deepEqual(linksOf(text), ['2200万美元: - 美国丙丁汽车公司 -']);
  });
});

describe('single-project link misses: a zone inside a zone', () => {
  it('puts the money in the inner zone when the sentence places it in the zone written after its zone', () => {
    const text = '远帆集团规划在金山工业区奉贤园区建设华东总部。远帆集团项目总投资额不低于60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: 远帆集团项目 远帆集团 奉贤园区']);
  });
});
