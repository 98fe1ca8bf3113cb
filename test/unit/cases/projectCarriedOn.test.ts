// The project a later sentence or paragraph goes on about: by 该项目 or bare 项目, by a phase, or after the agreement.
import { strict as assert } from 'node:assert';
import { linksOf, projectsOf } from '../linkHelpers';

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

describe('a paragraph about the agreement signed before it', () => {
  it('gives `根据该协议,项目总投资…` the agreement\'s project, its company and the park that signed it', () => {
    const text = '2015年,宏远新材公司搬迁至江淮高新技术产业开发区智造园区。\n2016年7月,公司与江淮现代煤化工产业园区管理委员会签订了《宏远新材年产3万吨树脂技改项目投资协议》。\n根据该协议,项目总投资1.2亿元,达产后产值约4亿元。';
    assert.deepEqual(linksOf(text), [
      '1.2亿元: 宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区',
      '4亿元: 宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区',
    ]);
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

describe('a paragraph going on about the project in phases', () => {
  it('keeps the project for `项目分两期建设`, a phase with its time, and the whole works once built', () => {
    const text =
      '华盛新材料项目现场,厂房已全部封顶。\n' +
      '项目分两期进行建设,计划于2026年全部建成投产。据了解,一期工程年底前可实现生产,预计年新增产值2亿元;全部工程建成投入使用后,可年新增产值5亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 华盛新材料项目 - -', '5亿元: 华盛新材料项目 - -']);
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

describe('the parts of a project\'s total said in the next sentence', () => {
  const TITLE = '一、《关于新建年产800万平方米青禾光学膜项目的可行性报告》\n';

  it('links the parts a sentence opened by 其中 lists to the project of the total before it', () => {
    const text = TITLE + '该项目总投资为52,000万元人民币,由企业自筹。其中:建设投资为41,600万元人民币,铺底流动资金为10,400万元人民币。';
    assert.deepEqual(projectsOf(text), ['52,000万元人民币: 年产800万平方米青禾光学膜项目', '41,600万元人民币: 年产800万平方米青禾光学膜项目', '10,400万元人民币: 年产800万平方米青禾光学膜项目']);
  });

  it('links nothing when 其中 does not open the next sentence, or opens a later paragraph', () => {
    const text = TITLE + '该项目总投资为52,000万元人民币,由企业自筹。同时,公司拟向银行申请贷款8,000万元人民币。\n其中,流动资金贷款3,000万元人民币。';
    assert.deepEqual(projectsOf(text), ['52,000万元人民币: 年产800万平方米青禾光学膜项目', '8,000万元人民币: -', '3,000万元人民币: -']);
  });
});

describe('a sentence opened by 项目 and its verb, a phase\'s money in a later clause', () => {
  it('gives the phase to the paragraph\'s project (`项目起于…,一期预计投入X`, `项目分两期建设,一期项目投资X`)', () => {
    const text = '枫桥乡竹溪漂流项目是临江县精准招商的项目之一。该项目于今年3月签约。项目起于竹溪村,止于枫桥大桥,全长18公里,一期预计投入资金近3000万元。';
    assert.deepEqual(linksOf(text), ['3000万元: 枫桥乡竹溪漂流项目 - -']);
    const phases = '远帆湾区乙烯项目在今年5月开工。项目分两期建设,一期项目投资约210亿元。';
    assert.deepEqual(linksOf(phases), ['210亿元: 远帆湾区乙烯项目 - -']);
  });

  it('gives `项目动工建设以来` money to it too', () => {
    const text = '远帆石化项目建设进展顺利。该项目建成投产后年销售收入可达200亿元。项目动工建设以来,每年为当地增加税收近500万元。';
    assert.deepEqual(linksOf(text), ['200亿元: 远帆石化项目 - -', '500万元: 远帆石化项目 - -']);
  });
});

describe('a project named after `该项目` in a sentence without money', () => {
  it('leaves the paragraph\'s topic the project `该项目` speaks of, the one named being what it serves', () => {
    const text = '远帆石化项目建设进展顺利。\n记者今日从白沙县有关部门了解到,该项目投产后,可每年为青禾乙烯项目提供80万吨原料。\n该项目建成投产后年销售收入可达200亿元。';
    assert.deepEqual(linksOf(text), ['200亿元: 远帆石化项目 - -']);
  });

  it('still makes the project of a sentence without 该项目 the topic', () => {
    const text = '远帆石化项目建设进展顺利。\n白沙县还引进了青禾乙烯项目。\n该项目建成投产后年销售收入可达200亿元。';
    assert.deepEqual(linksOf(text), ['200亿元: 青禾乙烯项目 - -']);
  });
});

describe('a long sentence opened by 该项目', () => {
  const opening = '8月9日,江州市恒晟云脑计算中心项目开工建设。\n';
  it('gives the project taken up an amount written far after the opening anaphor', () => {
    const text = `${opening}据了解,该项目由江州恒晟数据科技有限公司与湖滨明远智能科技有限公司合资建设,是集数据机房、研发办公楼、人才公寓楼、展示中心及相关配套设施于一体的综合体,占地约60亩,总投资6.2亿元。`;
    assert.equal(linksOf(text)[0]?.split(' ')[1], '江州市恒晟云脑计算中心项目');
  });

  it('does not when the long sentence opens with no anaphor', () => {
    const text = `${opening}据了解,江州恒晟数据科技有限公司与湖滨明远智能科技有限公司合资建设,规划建设数据机房、研发办公楼、人才公寓楼、展示中心及相关配套设施等多个综合体,占地约60亩,总投资6.2亿元。`;
    assert.equal(linksOf(text)[0]?.split(' ')[1], '-');
  });
});

describe('money that sets up a project in a place (建立)', () => {
  it('gives `投资X在某县建立P项目` the project built', () => {
    const text = '9月3日,红岭药业将投资8亿元在该县建立青禾中药材加工产业园项目,主要建设中药饮片生产线。';
    assert.equal(linksOf(text)[0]?.split(' ')[1], '青禾中药材加工产业园项目');
  });
});
