// Links from an amount to its project.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import type { Entity } from '../../../src/core/types';
import { linksOf, projectsOf } from '../linkHelpers';

describe('a character lost in conversion, left as ? with its gloss tail', () => {
  it('keeps the project of the sentence for the amounts after it', () => {
    assert.deepEqual(linksOf('華興新材料項目投產後,預計年稅收超500萬元,年?lì)I業收入超8000萬元。'), [
      '500萬元: 華興新材料項目 - -',
      '8000萬元: 華興新材料項目 - -',
    ]);
  });
});

describe('the project named in the clause after, its phases, its name without 项目', () => {
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

describe('the project the money builds after a place of any length (`投资X在K建设P项目`)', () => {
  const OTHER = '去年,总投资4亿元的远帆冷链物流项目已建成投产。';

  it('links the project named after the place and the verb, a park naming the place between', () => {
    const text = OTHER + '协议约定公司拟投资12亿元在江城经济开发区投资建设青禾储能电池生产基地项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '12亿元: 青禾储能电池生产基地项目']);
  });

  it('links it after a comma and a long place', () => {
    const text = OTHER + '协议约定公司拟投资人民币约3亿元,在青海省海东市平安区三合镇建设青禾高原食品加工项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '3亿元: 青禾高原食品加工项目']);
  });

  it('links nothing when the money builds something else and the project comes after a clause break', () => {
    const text = OTHER + '公司拟投资5亿元在江城建设厂房及配套设施,同时推进青禾高原食品加工项目。';
    assert.deepEqual(projectsOf(text), ['4亿元: 远帆冷链物流项目', '5亿元: -']);
  });
});

describe('projects spoken of as a group', () => {
  it('gives `项目建成后` money no project once the paragraph says `这些项目`', () => {
    const text = '本次签约项目亮点突出。其中,投资8亿元的恒远新材料项目、投资2亿元的瑞丰冷链物流项目等各具特色。总体来看,这些项目科技含量高、带动能力强。项目全部建成后,预计年产值可达60亿元,税收3亿元。';
    assert.deepEqual(linksOf(text), [
      '8亿元: 恒远新材料项目 - -',
      '2亿元: 瑞丰冷链物流项目 - -',
      '60亿元: - - -',
      '3亿元: - - -',
    ]);
  });

  it('still gives `项目建成后` money the one project the paragraph spoke of', () => {
    const text = '本次签约项目亮点突出。其中,投资2亿元的瑞丰冷链物流项目科技含量高。项目全部建成后,预计年产值可达6亿元,税收3000万元。';
    assert.deepEqual(linksOf(text), [
      '2亿元: 瑞丰冷链物流项目 - -',
      '6亿元: 瑞丰冷链物流项目 - -',
      '3000万元: 瑞丰冷链物流项目 - -',
    ]);
  });
});

describe('a park\'s own project, a project carried into the next paragraph or kept by a batch word', () => {
  it('links a project said to be a park\'s own, and the amounts after its first in the sentence', () => {
    const text =
      '华创精密轴承生产项目是滨江高新区重点打造的“2+1”产业体系中的支撑性战略项目,计划总投资8亿元,占地120亩,' +
      '规划总建筑面积8万平方米,主营精密轴承、智能装备等业务,预计实现年销售10亿元、税收3000万元、亩均税收50万元。';
    assert.deepEqual(linksOf(text), [
      '8亿元: 华创精密轴承生产项目 - 滨江高新区',
      '10亿元: 华创精密轴承生产项目 - 滨江高新区',
      '3000万元: 华创精密轴承生产项目 - 滨江高新区',
      // an average over land sums no project's money (aggregate), but is reported where the project is
      '50万元: - - 滨江高新区',
    ]);
  });

  it('carries a project into the next paragraph when that paragraph opens with 项目投产后', () => {
    const text = '智能家居生产基地项目投资方为广东华居家居有限公司,投资额为5亿元。\n项目投产后,预计年税收3000万元。\n全市全年实现税收20亿元。';
    assert.deepEqual(linksOf(text), [
      '5亿元: 智能家居生产基地项目 广东华居家居有限公司 -',
      '3000万元: 智能家居生产基地项目 广东华居家居有限公司 -',
      '20亿元: - - -',
    ]);
  });

  it('keeps the project of a batch word before it as the subject its later sentences continue', () => {
    const text = '新开工的宁远智能装备产业园项目总占地200亩,将着力打造智能装备产业。项目建成投产后,预计实现年产值9亿元。';
    assert.deepEqual(linksOf(text), ['9亿元: 宁远智能装备产业园项目 - -']);
  });
});

describe('the project right after, or in a list after 分别, and its phases', () => {
  const linksOf = (text: string, kind: 'project' | 'company' | 'park') =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.[kind] ? text.slice(e.links[kind].start, e.links[kind].end) : undefined));

  it('links an amount to the project whose name starts right after it', () => {
    assert.deepEqual(linksOf('总投资30亿元青禾锂电材料项目已经签约。', 'project'), ['青禾锂电材料项目']);
  });

  it('pairs amounts listed after 分别 with the projects after them, in order', () => {
    const text = '总投资分别为9亿元、4亿元的华泰轴承项目和新禾材料项目已签约。';
    assert.deepEqual(linksOf(text, 'project'), ['华泰轴承项目', '新禾材料项目']);
  });

  it('links a phase introduced by 其中 to the project it is part of', () => {
    const text = '总投资40亿元的云溪食品产业园项目进展顺利，该项目分两期建设，其中一期投资15亿元。';
    assert.deepEqual(linksOf(text, 'project'), ['云溪食品产业园项目', '云溪食品产业园项目']);
  });

  it('links an amount to the project after its capacity, and a phase right after the project to it', () => {
    assert.deepEqual(linksOf('总投资约2亿元，年产量8万吨的华泰钢构生产项目已投产。', 'project'), ['华泰钢构生产项目']);
    assert.deepEqual(linksOf('华泰智造产业园项目一期占地120亩，总投资6亿元。', 'project'), ['华泰智造产业园项目']);
  });

  it('keeps another phase apart from the project', () => {
    const text = '云溪食品产业园一期项目已投产。此次二期总投资15亿元。';
    assert.deepEqual(linksOf(text, 'project'), [undefined]);
  });
});

describe('projects named in a list closed by 等项目', () => {
  it('links each amount to the item right after it', () => {
    const text = '开发区签约了总投资3亿元的华泰精密轴承制造、总投资1.2亿元的新禾环保材料生产等项目。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    const projectOf = (e: Entity) => (e.links?.project ? text.slice(e.links.project.start, e.links.project.end) : undefined);
    assert.deepEqual(linked.map(projectOf), ['华泰精密轴承制造', '新禾环保材料生产']);
  });
});

describe('a sentence opened by a phase', () => {
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

describe('a project followed by its own event', () => {
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

describe('labelled amounts before the project they describe', () => {
  it('gives each amount of `首期投资X、总投资Y、年产值Z的…的P项目` the project', () => {
    const text = '其中,首期投资20亿元、总投资80亿元、年产值30多亿元的预计明年底并网发电的南岭光伏发电项目已列入省重点项目。';
    assert.deepEqual(linksOf(text), ['20亿元: 南岭光伏发电项目 - -', '80亿元: 南岭光伏发电项目 - -', '30多亿元: 南岭光伏发电项目 - -']);
  });

  it('reads `总投资X、于…竣工的P项目` and a project name in quotes', () => {
    assert.equal(linksOf('总投资达2000万元、于去年竣工的青年创业孵化基地建设项目,资金全部来自对口支援。')[0], '2000万元: 青年创业孵化基地建设项目 - -');
    assert.equal(linksOf('海川智能科技有限公司计划投资6亿元建设的“云港智慧物流园项目”近日开工。')[0], '6亿元: 云港智慧物流园项目 海川智能科技有限公司 -');
  });

  it('leaves bare amounts listed before projects unpaired (`5亿元、3亿元的A项目和B项目`)', () => {
    const text = '总投资5亿元、3亿元的南岭光伏发电项目和北岭风电项目近日开工。';
    assert.equal(linksOf(text)[0], '5亿元: - - -');
  });
});

describe('a paragraph about the agreement signed before it', () => {
  it('gives `根据该协议,项目总投资…` the agreement\'s project, its company and the park that signed it', () => {
    const text = '2015年,宏远新材公司搬迁至江淮高新技术产业开发区智造园区。\n2016年7月,公司与江淮现代煤化工产业园区管理委员会签订了《宏远新材年产3万吨树脂技改项目投资协议》。\n根据该协议,项目总投资1.2亿元,达产后产值约4亿元。';
    assert.deepEqual(linksOf(text), [
      '1.2亿元: 宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区',
      '4亿元: 宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区',
    ]);
  });
});

describe('the agreement\'s words are no project name', () => {
  it('reads `该协议规划项目总投资` and the next `其中一期` sentence as the agreement\'s project', () => {
    const text = '2015年,宏远新材公司搬迁至江淮高新技术产业开发区智造园区。\n2016年7月,公司与江淮现代煤化工产业园区管理委员会签订了《宏远新材年产3万吨树脂技改项目投资协议》。\n该协议规划项目总投资1.2亿元。其中一期建设投资4000万元,年产值1.5亿元。';
    const project = '宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区';
    assert.deepEqual(linksOf(text), [`1.2亿元: ${project}`, `4000万元: ${project}`, `1.5亿元: ${project}`]);
  });
});

describe('a project named in a sentence without money', () => {
  it('gives `项目计划总投资X` in the next sentence to the one project the sentence before named', () => {
    const text = '公司控股子公司将在当地投资、建设和运营汽车座椅骨架智能工厂项目。项目计划总投资3亿元,主要生产座椅骨架。项目投产后,年产座椅骨架80万套;达产后次年年产值不低于4亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: 汽车座椅骨架智能工厂项目 - -', '4亿元: 汽车座椅骨架智能工厂项目 - -']);
  });

  it('leaves the amount alone when the sentence before named two projects', () => {
    const text = '公司将建设座椅骨架智能工厂项目和汽车内饰件项目。项目计划总投资3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - -']);
  });

  it('needs the anaphor: an amount of another subject stays unlinked', () => {
    const text = '公司将建设座椅骨架智能工厂项目。全县今年完成固定资产投资30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: - - -']);
  });
});

describe('the project after its amount', () => {
  it('links `投资X新上P项目` (a new line of production)', () => {
    assert.deepEqual(linksOf('青禾食品公司今年投资4000万元新上速冻水饺生产项目。'), ['4000万元: 速冻水饺生产项目 青禾食品公司 -']);
  });

  it('links `投资X在Q扩建的P项目` (where the money builds it, then its name)', () => {
    assert.deepEqual(linksOf('本月新开工的项目主要有:某某商贸投资0.5亿元在东城区原百货大楼扩建的东城购物中心项目。').map((l) => l.split(' ')[1]), ['东城购物中心项目']);
  });
});

describe('a contract in the title restating the investment', () => {
  it('gives the title\'s contract amount the links of the project\'s investment of the same value', () => {
    const text = '某某股份:签订8亿元项目投资合同\n公司控股子公司将投资、建设和运营汽车座椅骨架智能工厂项目。项目计划总投资8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 汽车座椅骨架智能工厂项目 - -', '8亿元: 汽车座椅骨架智能工厂项目 - -']);
  });
});

describe('a breadcrumb trail above the title', () => {
  it('reads the line after the trail as the title, which restates its lead', () => {
    const text = '您的位置:首页 >> 证券要闻 >> 文章正文\n某某科技:拟8亿元投资建设电池材料生产基地\n公司拟在江西省抚州市青石工业园投资建设电池材料项目。该项目计划总投资8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 电池材料项目 - 抚州市青石工业园', '8亿元: 电池材料项目 - 抚州市青石工业园']);
  });
});

describe('a list pairing each project with its investor', () => {
  it('links each project of a list to the amount its investor puts in (`P项目,C公司投资X;`)', () => {
    const text = '会上签约的项目有:东门南环片区棚户区改造项目,中联置业集团有限公司投资12亿元;临江冷链物流园项目,华东物流集团有限公司投资10亿元。';
    assert.deepEqual(linksOf(text), [
      '12亿元: 东门南环片区棚户区改造项目 中联置业集团有限公司 -',
      '10亿元: 临江冷链物流园项目 华东物流集团有限公司 -',
    ]);
  });

  it('links no project named in another sentence before the investor', () => {
    const text = '宏达新材料项目签约。华东物流集团有限公司投资10亿元建设仓储中心。';
    assert.deepEqual(linksOf(text), ['10亿元: - 华东物流集团有限公司 -']);
  });
});

describe('a paragraph going on about the project of the paragraph before', () => {
  it('reads 该项目 opening the paragraph, after 据悉 at most, as that project whatever follows', () => {
    const text = '北岭镇绿能光伏组件项目建设正酣。\n据悉,该项目规划用地300亩,总投资30亿元。\n该项目集研发、生产为一体,建成后预计年销售收入50亿元。';
    assert.deepEqual(linksOf(text), [
      '30亿元: 北岭镇绿能光伏组件项目 - -',
      '50亿元: 北岭镇绿能光伏组件项目 - -',
    ]);
  });

  it('links nothing when the paragraph opens with another subject', () => {
    const text = '北岭镇绿能光伏组件项目建设正酣。\n据悉,全镇今年总投资30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: - - -']);
  });

  it('reads a speaker\'s words about 该项目 opening the paragraph as that project (`某主任某某指出,该项目…`)', () => {
    const text = '北岭镇绿能光伏组件项目建设正酣。\n北岭镇招商办主任李明远指出,该项目明年建成投产后,预计年产值可达50亿元。';
    assert.deepEqual(linksOf(text), ['50亿元: 北岭镇绿能光伏组件项目 - -']);
    assert.deepEqual(linksOf(text.replace('指出,该项目', '指出,全镇项目')), ['50亿元: - - -']);
  });
});

describe('a phase of a project whose name holds no phase', () => {
  it('links the first phase\'s money to the project, and to the company the paragraph is about', () => {
    assert.deepEqual(linksOf('华岳医疗集团已在多地建设了3个医药园区。桐溪康复器械产业园项目将于明年开建,首期投资6亿元,预计后年投产。'), [
      '6亿元: 桐溪康复器械产业园项目 华岳医疗集团 -',
    ]);
  });

  it('still leaves a second phase said after the project to no project', () => {
    assert.deepEqual(linksOf('桐溪康复器械产业园项目已建成投产,二期投资4亿元,主要建设研发楼。').map((l) => l.split(' ')[1]), ['-']);
  });

  it('links a later phase said after the project to that project', () => {
    const text = '澜川冷链物流园项目规划用地200亩,二期计划投资5亿元,主要建设分拣中心。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').slice(0, 2).join(' ')), ['5亿元: 澜川冷链物流园项目']);
  });

  it('links what a project yields after its next phase is built, when the project is not said done', () => {
    const text = '其中,禾丰乳品项目拟改造闲置仓库,推进三期扩能,年产8万吨奶粉,预计达产后产值12亿元,税收9000万元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').slice(0, 2).join(' ')), ['12亿元: 禾丰乳品项目', '9000万元: 禾丰乳品项目']);
  });

  it('leaves a later phase to no project once the project is said finished', () => {
    const text = '其中,禾丰乳品项目已全部建成投产,三期扩产预计达产后产值12亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[1]), ['-']);
  });
});

describe('the thing built with the money, said without its place or 项目', () => {
  it('links the amount, and the output of what is built, to the project whose name ends so', () => {
    assert.deepEqual(linksOf('6月2日,青禾县政府和瑞丰集团签订协议,由瑞丰集团投资30亿元在青禾产业集聚区内兴建智能农机装备产业园,建成后预计年产值可达60亿元。\n青禾智能农机装备产业园项目将于年底开建。').map((l) => l.split(' ').slice(0, 2).join(' ')), [
      '30亿元: 青禾智能农机装备产业园项目',
      '60亿元: 青禾智能农机装备产业园项目',
    ]);
  });

  it('links nothing when no project of the article ends so', () => {
    assert.deepEqual(linksOf('由瑞丰集团投资30亿元在青禾产业集聚区内兴建智能农机装备产业园。青禾冷链物流中心项目同日签约。').map((l) => l.split(' ')[1]), ['-']);
  });
});

describe('a phase written with 第 (`第一期`) and the whole project (`整个项目建成后`)', () => {
  const TEXT = '宏泰精工集团有限公司数控机床生产项目落户于青松湖工业园。该项目总投资8亿元,分两期建设。第一期投资5亿元,明年建成投产;第二期后年动工。整个项目建成后预计实现年产值15亿元。';

  it('links the first phase and the whole project\'s output to the paragraph\'s project', () => {
    assert.deepEqual(linksOf(TEXT).map((l) => l.split(' ')[1]), ['数控机床生产项目', '数控机床生产项目', '数控机床生产项目']);
  });

  it('leaves a second phase written with 第 to no project when the name holds the first', () => {
    const text = '宏泰数控机床一期项目总投资5亿元。第二期投资3亿元,后年动工。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[1]), ['宏泰数控机床一期项目', '-']);
  });
});

describe('a page that glosses its characters in pinyin (`項(xiàng)目`)', () => {
  const GLOSSED = '宏達(dá)電(diàn)子項(xiàng)目總投資共8億元,項(xiàng)目占地150畝,項(xiàng)目建成後,將加速岳陽經開區電(diàn)子產(chǎn)業(yè)提檔升級(jí),推動(dòng)區(qū)域經(jīng)濟(jì)發(fā)展,項(xiàng)目達(dá)產(chǎn)後,預(yù)計產(chǎn)值超20億元。';

  it('measures the stretch between the project and its amount as read, without the glosses', () => {
    assert.deepEqual(linksOf(GLOSSED).map((l) => l.split(' ')[1]), ['宏達(dá)電(diàn)子項(xiàng)目', '宏達(dá)電(diàn)子項(xiàng)目']);
  });
});

describe('a lead read through pinyin glosses', () => {
  it('reads back to `项目建成后` opening the sentence on a page glossing every character', () => {
    const text =
      '華盛新材料項(xiàng)目總投資20億元。\n' +
      '項(xiàng)目建成達(dá)產(chǎn)後(hòu),將(jiāng)形成集研發(fā)、製(zhì)造(zào)、包裝(zhuāng)、物流(liú)於一體的產(chǎn)業(yè)鏈(liàn),可實(shí)現(xiàn)年收入15億元。';
    assert.deepEqual(linksOf(text), ['20億元: 華盛新材料項(xiàng)目 - -', '15億元: 華盛新材料項(xiàng)目 - -']);
  });
});

describe('a paragraph going on about the project in phases', () => {
  it('keeps the project for `项目分两期建设`, a phase with its time, and the whole works once built', () => {
    const text =
      '华盛新材料项目现场,厂房已全部封顶。\n' +
      '项目分两期进行建设,计划于2026年全部建成投产。据了解,一期工程年底前可实现生产,预计年新增产值2亿元;全部工程建成投入使用后,可年新增产值5亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 华盛新材料项目 - -', '5亿元: 华盛新材料项目 - -']);
  });
});

describe('clauses after `;` listing what a project yields once built', () => {
  it('gives the amounts of the later clauses to the project, and stops at the sentence\'s end', () => {
    const text = '华盛新材料项目固定资产投资3200万美元。项目全部建成投产后,年产汽车顶棚13万件;年销售收入约1.3亿元,年税金约700万元。全市税收增长8%,达到5亿元。';
    assert.deepEqual(linksOf(text), ['3200万美元: 华盛新材料项目 - -', '1.3亿元: 华盛新材料项目 - -', '700万元: 华盛新材料项目 - -', '5亿元: - - -']);
  });
});

describe('a park written without the place its project\'s name opens with', () => {
  it('stands for the project, so `该项目` after it goes on about that project', () => {
    const text = '11月26日下午,杏林云生工业园项目正式落成并启用。\n据了解,云生工业园是杏林镇重点项目之一,由某村委会和企业签约共建。该项目占地70亩,总投资5000万元。';
    assert.deepEqual(linksOf(text), ['5000万元: 杏林云生工业园项目 - -']);
  });
});

describe('a sentence opened by the project\'s land or floor area', () => {
  it('goes on about the project the sentence before named', () => {
    const text = '某区政府与远帆实业股份有限公司签订协议,共同开发建设青松创意产业园项目。项目总占地面积3000亩,计划总投资120亿元。';
    assert.deepEqual(linksOf(text), ['120亿元: 青松创意产业园项目 远帆实业股份有限公司 -']);
  });
});

describe('a company\'s money building what its own clause names', () => {
  const TEXT = '当天签约的项目包括宏泰智慧康养产业园项目、白石生态农业项目等8个项目。其中,宏泰集团计划出资6亿元在白石镇建造现代农产品加工基地。';

  it('does not take the company\'s project named elsewhere for it', () => {
    assert.deepEqual(linksOf(TEXT), ['6亿元: - 宏泰集团 -']);
  });

  it('still takes that project when the clause builds nothing of its own', () => {
    assert.deepEqual(linksOf(TEXT.replace('在白石镇建造现代农产品加工基地', ',年内开工')), ['6亿元: 宏泰智慧康养产业园项目 宏泰集团 -']);
  });
});

describe('an article naming one project, whose money a later paragraph gives to `项目`', () => {
  const TEXT =
    '远帆科技:拟12亿元投建两大基地\n\n' +
    '9月3日,远帆科技发布公告,公司拟在湖南省岳阳市投资建设远帆科技储能装备生产基地项目。\n\n' +
    '2021年9月1日,远帆科技董事会审议通过了《关于投资建设远帆科技储能装备生产基地项目的议案》。根据《远帆科技股份有限公司章程》等相关规定,本次对外投资事项无需提交股东大会审议。\n\n' +
    '根据公告显示,项目总投资8亿元,规划一期投资3亿元,二期投资5亿元。';
  const projectOf = (text: string) => linksOf(text).map((line) => line.split(' ')[1]);

  it('links the bare word to the one project, and the project\'s company with it', () => {
    assert.deepEqual(projectOf(TEXT).slice(1), ['远帆科技储能装备生产基地项目', '远帆科技储能装备生产基地项目', '远帆科技储能装备生产基地项目']);
    assert.deepEqual(linksOf(TEXT)[1].split(' ')[2], '远帆科技股份有限公司');
  });

  it('does not when the article names two projects, or the sentence describes another before', () => {
    const two = TEXT.replace('相关规定', '相关规定,远帆科技电池回收项目另行审议');
    assert.deepEqual(projectOf(two).slice(1), ['-', '-', '-']);
    const described = TEXT.replace('根据公告显示,项目总投资', '同时入驻的投资项目是,建设一座气站,该项目总投资');
    assert.deepEqual(projectOf(described).slice(1, 2), ['-']);
  });
});

describe('a project named as what the subject builds on (`P项目是在Q项目基础上…`)', () => {
  const TEXT = '青禾(江城)储能科技有限公司储能柜项目是在江城县500MW风电项目基础上,进一步延伸新能源产业链的重要举措,总投资4亿元,预计实现年产值12亿元。';

  it('gives the money to the subject, not to the project it builds on', () => {
    assert.deepEqual(linksOf(TEXT).map((line) => line.split(' ').slice(0, 2).join(' ')), ['4亿元: 储能柜项目', '12亿元: 储能柜项目']);
  });

  it('passes over a project named as an example (`以Q项目为代表,总投资X的…`), not one named as the case (`以Q为例,该项目…`)', () => {
    const text = '17日上午,以青禾新型材料智能化生产基地(二期)项目为代表,总投资320亿元的某某市综合产业园区正式开工建设。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['-']);
    const example = '以青禾新型电力系统示范区项目为例,该项目计划投资超50亿元。';
    assert.deepEqual(linksOf(example).map((line) => line.split(' ')[1]), ['青禾新型电力系统示范区项目']);
  });

  it('still gives it to the nearest project when no 基础上 frames it', () => {
    const text = TEXT.replace('是在江城县500MW风电项目基础上,进一步', '投产后,江城县500MW风电项目将');
    assert.deepEqual(linksOf(text)[0].split(' ')[1], '江城县500MW风电项目');
  });
});

describe('a headline\'s amount before its verb and project (`拟X投建P项目`)', () => {
  it('links the amount to the project the verb right after it invests in', () => {
    assert.deepEqual(linksOf('青禾集团:公司拟12.5亿元投建300MW光伏发电项目').map((line) => line.split(' ').slice(0, 3).join(' ')), [
      '12.5亿元: 300MW光伏发电项目 青禾集团',
    ]);
    assert.deepEqual(linksOf('白鹭股份拟6亿元投资高端轴承项目').map((line) => line.split(' ')[1]), ['高端轴承项目']);
  });

  it('does not when a clause stands between', () => {
    assert.deepEqual(linksOf('青禾集团拟出资12.5亿元,另将投建300MW光伏发电项目').map((line) => line.split(' ')[1]), ['-']);
  });
});

describe('the company written right before this mention of a project', () => {
  it('wins over the company an earlier mention of the same project was written after', () => {
    const text =
      '青禾(江城)智能科技产业园一期项目暨储能科技有限公司储能柜项目竣工投产\n' +
      '青禾(江城)储能科技有限公司储能柜项目是在江城县500MW风电项目基础上延伸产业链的重要举措,总投资4亿元。';
    const links = linksOf(text).filter((line) => line.startsWith('4亿元'));
    assert.deepEqual(links.map((line) => line.split(' ')[2]), ['青禾(江城)储能科技有限公司']);
  });
});

describe('money put into a company\'s capital (`对C增资X`)', () => {
  const TEXT = '青禾科技晚间公告,公司全资子公司白鹭公司拟投资6000万元建设青禾科技城项目。此前,青禾科技公告拟对全资子公司白鹭公司增资8000万元。';

  it('is no project\'s money, though the company has a project', () => {
    assert.deepEqual(linksOf(TEXT).map((line) => line.split(' ')[1]), ['青禾科技城项目', '-']);
  });

  it('still gives the company\'s project to money it invests', () => {
    const text = TEXT.replace('拟对全资子公司白鹭公司增资8000万元', '拟追加投资8000万元');
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾科技城项目', '青禾科技城项目']);
  });
});

describe('a sentence opened by `正式投产后`', () => {
  it('goes on about the project before it', () => {
    const text = '据了解,青禾海藻生物科技生产线建设项目总投资3.6亿元,预计于2027年5月建成试投产。正式投产后预计年销售额可达8亿元左右,上缴税收3000万元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾海藻生物科技生产线建设项目', '青禾海藻生物科技生产线建设项目', '青禾海藻生物科技生产线建设项目']);
  });
});

describe('a paragraph opened by the company of the project before (`C是一家…企业。该项目总投资X`)', () => {
  const TEXT =
    '5月8日,江西青禾科希有限公司碳纤维复合材料项目在某某工业开发区举行开工典礼。\n' +
    '江西青禾科希有限公司是一家致力于复合材料研发及生产的高科技企业。该项目征地150亩,总投资9.5亿元。项目建成后,预计可实现年产值12亿元。';
  const projects = (text: string) => linksOf(text).map((line) => line.split(' ')[1]);

  it('goes on about that project', () => {
    assert.deepEqual(projects(TEXT), ['碳纤维复合材料项目', '碳纤维复合材料项目']);
  });

  it('does not when another company opens the paragraph', () => {
    assert.deepEqual(projects(TEXT.replace('\n江西青禾科希有限公司是', '\n湖南白鹭精工有限公司是')), ['-', '-']);
  });

  it('keeps the project when its company opens a later sentence of the same paragraph', () => {
    assert.deepEqual(projects(TEXT.replace('\n', '')), ['碳纤维复合材料项目', '碳纤维复合材料项目']);
  });
});

describe('the next item of a list after a project its own amount qualified', () => {
  it('does not take that project (`总投资X的P项目、A与B合资Y的项目`)', () => {
    const text = '此外,总投资4800万美元的青禾光电项目、白鹭国际与红杉光电合资3500万美元的项目纷纷落户城南。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾光电项目', '-']);
  });

  it('still gives the project the amounts said after it in its own clause', () => {
    const text = '总投资4800万美元的青禾光电项目,建成后年产值可达2亿美元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾光电项目', '青禾光电项目']);
  });
});
