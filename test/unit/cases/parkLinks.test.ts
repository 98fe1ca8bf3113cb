// Links from an amount to its park.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import { linksOf } from '../linkHelpers';

const FORMED_FROM = '据介绍,青岚河智能装备产业园是在白石经济开发区及红枫工业园基础上整合设立的省级园区,规划面积30平方公里,累计投入基础设施建设资金20亿余元。';

describe('an article about one zone', () => {
  const OPENING = '为了确保滨湖新区经济社会快速发展,滨湖新区把2021年定为“项目建设年”,强力推进“双百”工程。';

  it('links the projects of the article to the zone that is the subject of a clause of its opening', () => {
    const text = `${OPENING}\n目前,总投资近30亿元的永青空分设备项目、总投资12亿元的云帆智造项目等一批在建重点项目进展顺利,滨湖新区发展势头良好。`;
    assert.deepEqual(linksOf(text), ['30亿元: 永青空分设备项目 - 滨湖新区', '12亿元: 云帆智造项目 - 滨湖新区']);
  });

  it('links the totals of the opening paragraph to the new area it speaks of (`新区`)', () => {
    const text = `${OPENING}该工程共安排重点项目100个,计划总投资450亿元以上。\n全市全年实现税收20亿元。`;
    assert.deepEqual(linksOf(text), ['450亿元: - - 滨湖新区', '20亿元: - - -']);
  });

  it('links no zone when the opening names it only inside a clause', () => {
    const text = '为了确保滨湖新区经济社会快速发展,全市上下齐心协力。\n目前,总投资12亿元的云帆智造项目进展顺利。';
    assert.deepEqual(linksOf(text), ['12亿元: 云帆智造项目 - -']);
  });
});

describe('the park a ranked project comes from, a project is in, a company moves into', () => {
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

describe('a park a heading shortens', () => {
  it('links the section\'s money to the full name the text writes (`开发区` → `经济技术开发区`, `经开区` → `经济开发区`)', () => {
    const first = '泰兴开发区举行重点项目集中签约\n  泰兴经济技术开发区举行签约仪式,与如皋高新区结对共建。\n  当天签约的智能装备项目总投资12亿元。';
    assert.equal(linksOf(first)[0].split(' ')[3], '泰兴经济技术开发区');
    const second = '嘉善经开区智能装备项目签约\n  嘉善经济开发区与上海松江高新区共建产业园。\n  智能装备项目总投资12亿元。';
    assert.equal(linksOf(second)[0].split(' ')[3], '嘉善经济开发区');
  });

  it('keeps the heading\'s name when the text writes no full name of that place', () => {
    const text = '嘉善高新区智能装备项目签约\n  嘉善县与上海松江开发区共建产业园。\n  智能装备项目总投资12亿元。';
    assert.equal(linksOf(text)[0].split(' ')[3], '嘉善高新区');
  });
});

describe('an article about one park, a park a company signs with, the place a park is in', () => {
  it('links the totals of an article about one park to it when the text speaks of the park itself', () => {
    const text =
      '3月31日,贵州青山旅游开发有限公司与铜仁经济开发区签订协议,投资12亿元建设梵净山文旅综合体项目。\n' +
      '据悉,该区一季度签约的项目中,医药项目总投资8.5亿元。\n该区签约项目全部建成投产后,预计可实现年产值90亿元。\n全市全年实现税收20亿元。';
    assert.deepEqual(linksOf(text).slice(1), ['8.5亿元: - - 铜仁经济开发区', '90亿元: - - 铜仁经济开发区', '20亿元: - - -']);
  });

  it('links the figures of `全区` to the one park after the paragraph names it, not before nor elsewhere', () => {
    const figures = '上半年,全区地区生产总值完成6.8亿元,增长11%;规上工业总产值完成15.2亿元,增长7.5%;固定资产投资完成0.9亿元,增长4%;地方级财政收入完成0.52亿元。';
    const text = `风雨之中,干劲不减。今年以来,青溪经济开发区发展态势良好,经开区狠抓项目建设,${figures}\n全区实现税收3亿元。`;
    assert.deepEqual(linksOf(text), ['6.8亿元: - - 青溪经济开发区', '15.2亿元: - - 青溪经济开发区', '0.9亿元: - - 青溪经济开发区',
      '0.52亿元: - - 青溪经济开发区', '3亿元: - - -']);
  });

  it('links the text under a title opened by a bare kind word to the one park of that kind', () => {
    const body = '\n\n“园区正在清点地上附着物。”4月8日,青峰经济技术开发区招商局局长介绍说。\n\n'
      + '去年以来,经开区牢牢抓住招商引资,一批项目相继落户。明湖光电等21个项目成功签约,合同投资额86亿元;'
      + '12个项目新开工建设,到位资金9亿元。';
    const links = (title: string) => linksOf(title + body).filter((l) => !l.startsWith('40亿元'));
    assert.deepEqual(links('经开区动能转换“提速跑” | 12个项目集中签约,合同投资额40亿元'), ['86亿元: - - 青峰经济技术开发区', '9亿元: - - 青峰经济技术开发区']);
    // A title of another kind says nothing of this park.
    assert.deepEqual(links('高新区动能转换“提速跑” | 12个项目集中签约,合同投资额40亿元'), ['86亿元: - - -', '9亿元: - - -']);
  });

  it('links the batch started at a park\'s opening (开园) and a bare 示范区 total to the one park of the article', () => {
    const text =
      '5月8日,青溪工业园标准厂房开园暨重点项目集中开工仪式举行。青溪工业园标准厂房项目位于青溪工业园东区,总投资2.8亿元。\n' +
      '开园仪式上,集中开工项目5个,均为新能源配套企业,总投资31.2亿元。\n' +
      '今年全区招引项目40个,总投资超90亿元。';
    assert.deepEqual(linksOf(text), ['2.8亿元: 青溪工业园标准厂房项目 - 青溪工业园', '31.2亿元: - - 青溪工业园', '90亿元: - - -']);
    const bay =
      '今年以来,澄海湾示范区聚焦招商引资,此次签约项目8个,总投资约96亿元。\n' +
      '2023年示范区新招引亿元以上项目57个,总投资超300亿元。';
    assert.deepEqual(linksOf(bay), ['96亿元: - - 澄海湾示范区', '亿元: - - -', '300亿元: - - 澄海湾示范区']);
    // A bare 新区 after a year is the park too, not a place that takes the amount elsewhere.
    const zone = '今年以来,青澜新区聚焦招商引资,此次签约项目6个,总投资约42亿元。\n2023年新区新签约项目12个,总投资超80亿元。';
    assert.deepEqual(linksOf(zone), ['42亿元: - - 青澜新区', '80亿元: - - 青澜新区']);
  });

  it('links money to the park a company signs with though the article names the park in other forms too', () => {
    const text = '記者從井岡山國家經濟技術開發區(簡稱“井開區(qū)”)獲悉,華鼎科技有限公司和萬益食品廠日前與井開區(qū)簽訂協議,將投資近8億元在井開區辦廠。';
    assert.deepEqual(linksOf(text), ['8億元: - - 井開區']);
  });

  it('links the projects of an article to the park its event is held in (`签约仪式在K举行`)', () => {
    const text =
      '6月12日,青州市重点项目集中签约仪式在云岭高新区举行,共签约项目12个。\n' +
      '其中,星澜半导体封装项目计划投资18亿元,建成后年产值超9亿元。';
    assert.deepEqual(linksOf(text), ['18亿元: 星澜半导体封装项目 - 云岭高新区', '9亿元: 星澜半导体封装项目 - 云岭高新区']);
  });

  it('reads the event held in the park past the city and district before it and the words praising it (`在某市某县K圆满成功举行`)', () => {
    const text =
      '9月3日,蓝岙精工机床制造基地开工奠基仪式在宁川市石岭县枫桥高新区圆满成功举行。\n' +
      '该基地占地120亩,总投入近3亿元。项目建成后,年产值可达9个亿。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 枫桥高新区', '9个亿: - - 枫桥高新区']);
    // A ceremony in a hall near the park, past the same places, is not held in it.
    const nearby = '9月3日,开工奠基仪式在宁川市石岭县枫桥高新区附近的会展中心举行。\n该基地总投入近3亿元。';
    assert.deepEqual(linksOf(nearby), ['3亿元: - - -']);
  });

  it('links an amount to the park it describes (`投资X的K`), not to one opening a project\'s name or a park within a zone named before', () => {
    const listed =
      '宁川市2024年第二批重点项目集中开工仪式近日在边境经济合作区青禾茶叶产业园区举行。\n' +
      '本次集中开工3个项目,总投资0.9亿元,分别是投资6000万元的青禾茶叶产业园区、投资2000万元的启远物流基地、投资1000万元的白鹭电子项目。';
    assert.deepEqual(linksOf(listed)[1], '6000万元: - - 青禾茶叶产业园区');
    // The sums of the list and the other items, described by no park, stay without one.
    assert.deepEqual(linksOf(listed)[0], '0.9亿元: - - -');
    // After the zone the article is about, an industry park described so is as often a project of the zone.
    const inZone = '红石经开区今年开工项目20个。投资3亿元的青禾茶叶产业园已完成厂房建设。';
    assert.deepEqual(linksOf(inZone), ['3亿元: - - 红石经开区']);
    assert.deepEqual(linksOf('总投资5亿元的青禾茶叶产业园项目正式开工。'), ['5亿元: 青禾茶叶产业园项目 - -']);
  });

  it('links no park when the event is held near the park, not in it, or the article names two parks', () => {
    const inHall = '6月12日,青州市重点项目推介会在云岭高新区附近的会展中心举行。\n其中,星澜半导体封装项目计划投资18亿元。';
    assert.deepEqual(linksOf(inHall), ['18亿元: 星澜半导体封装项目 - -']);
    const twoParks = '6月12日,签约仪式在云岭高新区举行。\n其中,落户白沙经开区的星澜半导体封装项目计划投资18亿元;启明光学项目计划投资6亿元。';
    assert.deepEqual(linksOf(twoParks).slice(1), ['6亿元: 启明光学项目 - -']);
  });

  it('links no park to the money of the place a park is in (`K所处的X市`)', () => {
    const text = '記者從井岡山國家經濟技術開發區(簡稱“井開區”)獲悉。\n近年來,井開區(qū)所處的吉安市,共吸引了300余家臺資企業落戶,合同利用臺資50多億美元。';
    assert.deepEqual(linksOf(text), ['50多億美元: - - -']);
  });
});

describe('an article about one park, and a 其中 sentence after a park\'s total', () => {
  const linksOf = (text: string, kind: 'project' | 'company' | 'park') =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.[kind] ? text.slice(e.links[kind].start, e.links[kind].end) : undefined));

  it('links the item amounts of an article about one park, opened by that park, to it', () => {
    const text =
      '上半年以来，青川经济开发区新签约项目6个，总投资约90亿元。\n' +
      '其中，总投资12亿元的华泰精密轴承项目，建成后年产值可达20亿元；总投资5亿元的新禾冷链物流项目已开工。';
    const park = '青川经济开发区';
    assert.deepEqual(linksOf(text, 'park'), [park, park, park, park]);
  });

  it('links no park when the article names two parks, or opens with something else', () => {
    const two = '今年以来，青川经济开发区签约项目6个。云溪高新区也签约了项目。\n总投资12亿元的华泰精密轴承项目已开工。';
    assert.deepEqual(linksOf(two, 'park'), [undefined]);
    const notSubject = '省里召开会议，表扬了青川经济开发区。\n总投资12亿元的华泰精密轴承项目已开工。';
    assert.deepEqual(linksOf(notSubject, 'park'), [undefined]);
  });

  it('links no park to a project the text places somewhere that is not the park', () => {
    const text = '今年以来，青川经济开发区签约项目6个。\n华泰集团在南岭县投资12亿元建设精密轴承项目。';
    assert.deepEqual(linksOf(text, 'park'), [undefined]);
  });

  it('links the money of a 其中 sentence to the park whose total the sentence before states', () => {
    const text = '洽谈会上，南岭县签约金额达80亿元，云溪高新区签约金额达到40亿元。其中，华泰精密轴承有限公司计划投资25亿元。';
    assert.deepEqual(linksOf(text, 'park'), [undefined, '云溪高新区', '云溪高新区']);
  });

  it('leaves a 其中 sentence alone when the total before it has no park, or is not right before it', () => {
    const noPark = '洽谈会上，南岭县签约金额达80亿元。其中，华泰精密轴承有限公司计划投资25亿元。';
    assert.deepEqual(linksOf(noPark, 'park'), [undefined, undefined]);
    const later = '会上，云溪高新区签约金额达到40亿元。会后，嘉宾参观了青川经开区。其中，华泰精密轴承有限公司计划投资25亿元。';
    assert.deepEqual(linksOf(later, 'park'), ['云溪高新区', undefined]);
  });
});

describe('a park described by the sentence it opens', () => {
  it('gives the amount of `K是在A及B基础上成立的…` to K, not to the parks it was formed from', () => {
    assert.deepEqual(linksOf(FORMED_FROM), ['20亿余元: - - 青岚河智能装备产业园']);
  });
});

describe('`该园区` in a sentence of its own', () => {
  it('gives the totals of the next sentence (no subject of its own) to the park last spoken of as a subject', () => {
    const text = `${FORMED_FROM}目前,该园区已形成装备制造、新材料两大主导产业。截至目前,共签约落地项目60个,总投资约90亿元,全部达产后年可实现销售收入120亿元。`;
    assert.deepEqual(linksOf(text).slice(1), ['90亿元: - - 青岚河智能装备产业园', '120亿元: - - 青岚河智能装备产业园']);
  });

  it('links nothing when the next sentence names its own subject', () => {
    const text = `${FORMED_FROM}目前,该园区已形成两大主导产业。全县今年共签约项目10个,总投资30亿元。`;
    assert.equal(linksOf(text)[1], '30亿元: - - -');
  });

  it('links nothing when two parks share the subject', () => {
    const text = '5月8日,白石经济开发区与红枫工业园联合举办推介会。目前,该园区已形成两大主导产业。截至目前,共签约项目60个,总投资约90亿元。';
    assert.equal(linksOf(text)[0], '90亿元: - - -');
  });
});

describe('a park said by its kind word alone', () => {
  it('gives `此次新区集中开工…总投资X` the one new area named before', () => {
    const text = '6月3日,白鹭湾新区举行第三批重点项目集中开工仪式。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.deepEqual(linksOf(text), ['56.5亿元: - - 白鹭湾新区']);
  });

  it('gives `在经开区投资X` the park written out in full (`经济技术开发区`)', () => {
    const text = '据悉,远帆生物科技有限公司已与青松湖经济技术开发区达成合作意向。该公司计划在经开区投资8亿元建设研发中心。';
    assert.equal(linksOf(text)[0].split(' ').pop(), '青松湖经济技术开发区');
  });

  it('links nothing when two parks of that kind were named', () => {
    const text = '白鹭湾新区招商团一行前往青松湖新区考察。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.equal(linksOf(text)[0], '56.5亿元: - - -');
  });
});

describe('projects that move into a park just named', () => {
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

describe('a park in brackets after its city', () => {
  it('places the money in the park written in brackets as the city\'s other name (`在某市(K)…`)', () => {
    const text = '在青岚市(白鹭湾新区)集中开工的重大项目中,包括新型工业化项目6个、总投资48.5亿元。';
    assert.deepEqual(linksOf(text), ['48.5亿元: - - 白鹭湾新区']);
  });
});

describe('a zone inside a zone', () => {
  it('puts the money in the inner zone when the sentence places it in the zone written after its zone', () => {
    const text = '远帆集团规划在金山工业区奉贤园区建设华东总部。远帆集团项目总投资额不低于60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: 远帆集团项目 远帆集团 奉贤园区']);
  });

  it('puts the money of a sentence naming a zone and the park inside it in that park (`在某某经开区K征地…,总投资X`)', () => {
    const text = '岭南光电项目在白鹭湾经济开发区柳塘园区举行开工仪式。该项目在白鹭湾经济开发区柳塘园区征地150亩,总投资9.6亿元。项目建成后,预计年产值18亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['柳塘园区', '柳塘园区']);
  });

  it('reads the park inside the zone past web debris after the zone (`某某開發區(qū)K`)', () => {
    const text = '今年園區建成面積9.6平方公里。其中:白鷺灣經濟開發區(qū)柳塘園正式開工建設,累計完成投資近3000萬元;北區籌建工作進展順利。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['柳塘園']);
  });
});

describe('a park named by its kind', () => {
  it('gives `该开发区…总投资` the zone of that kind named before, not an area park inside it', () => {
    const text = '据介绍,青松湖经济技术开发区成立于2019年,下设两个园区。其中,东岭新材料产业园主要承接化工项目。2022年以来,该开发区共引进产业项目15个,总投资超60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: - - 青松湖经济技术开发区']);
  });

  it('reads `该孵化园` as the park ending so, and keeps it for the paragraph', () => {
    const text = '据悉,江源县生物医药孵化园位于城北,是江源县白鹭循环经济产业园区重点打造的“园中园”。该孵化园占地80亩,总投资约3亿元,由外地引进的远帆生物科技有限公司投资建设。该项目已累计投资2亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - 远帆生物科技有限公司 江源县生物医药孵化园', '2亿元: - 远帆生物科技有限公司 江源县生物医药孵化园']);
  });

  it('passes over a description written as a company name before the investor (`由某地属地化公司C投资`)', () => {
    const text = '据悉,江源县生物医药孵化园位于城北。该孵化园总投资约3亿元,由招引的浙江宁波属地化公司远帆生物科技有限公司投资。';
    assert.equal(linksOf(text)[0], '3亿元: - 远帆生物科技有限公司 江源县生物医药孵化园');
  });

  it('links nothing when no park of that kind was named', () => {
    const text = '据介绍,江源县今年引进产业项目15个。该开发区总投资超60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: - - -']);
  });
});

describe('the park a list of signed projects settles in', () => {
  it('gives every amount of `落户K的项目有:…` and the paragraph after it the park K', () => {
    const text = '此次签约落户青松湖高新区的项目有:由海川智能科技有限公司投资2亿元的机器人零部件生产线、由北辰材料有限公司总投资5亿元的青松湖先进材料产业园、由远航电子有限公司总投资1.5亿元的电子元件生产线。3个项目全部投产后,预计年产值20亿元。';
    const parks = linksOf(text).map((line) => line.split(' ').pop());
    assert.deepEqual(parks, ['青松湖高新区', '青松湖高新区', '青松湖高新区', '青松湖高新区']);
  });
});

describe('a project sent on to a park', () => {
  it('gives `由A引荐至B的…项目` the park B', () => {
    const text = '由江宁高新区引荐至溧水开发区的投资3亿元的晨光储能电池项目近日签约。';
    assert.deepEqual(linksOf(text), ['3亿元: 晨光储能电池项目 - 溧水开发区']);
  });
});

describe('projects signed in two parks at once', () => {
  it('links no park when the projects were signed `分别在A和B`', () => {
    const text = '日前,由星河控股集团有限公司计划投资6亿元的智能仓储项目等5个项目分别在云台经济开发区和云台高新区集中签约。';
    assert.deepEqual(linksOf(text), ['6亿元: 智能仓储项目 星河控股集团有限公司 -']);
  });
});

describe('parks listed as the subject, each with its share (`A、B、C分别与…签署`)', () => {
  it('links none of them to the sum, though the event was held in one of them', () => {
    const text = '10月27日,在新区工作交流会期间,国家部委在湖滨新区组织举办承接产业转移项目签约仪式。\n'
      + '湖滨新区和松江新区签署战略合作框架协议,未来将在产业合作等领域深化合作。'
      + '白沙新区、湖滨新区、青溪新区分别与有关企业签署项目合作协议,涉及某某物流基地等6个项目,协议总投资约96亿元。';
    assert.deepEqual(linksOf(text), ['96亿元: - - -']);
  });
});

describe('a park the money is for, named after it (`…总投资X,为K建设…`)', () => {
  it('links the sum to that park, not to a park something becomes', () => {
    const text = '大会以“融合发展”为主题,26个重点项目签约落户,年度总投资超38亿元,为青松高新区建设注入新动能。';
    assert.deepEqual(linksOf(text), ['38亿元: - - 青松高新区']);
    assert.deepEqual(linksOf('26个重点项目签约落户,年度总投资超38亿元,将成为青松高新区的新动能。'), ['38亿元: - - -']);
  });
});

describe('a title about a city\'s parks as a whole', () => {
  it('links no park to the totals under a title naming the city\'s parks (`某某市产业园区`)', () => {
    const body = '\n1-9月,园区规模以上工业企业实现产值64亿元,完成基础设施投资3.2亿元。';
    assert.deepEqual(linksOf(`青州市产业园区经济运行稳中有进${body}`), ['64亿元: - - -', '3.2亿元: - - -']);
    assert.deepEqual(linksOf(`青州经济开发区经济运行稳中有进${body}`), ['64亿元: - - 青州经济开发区', '3.2亿元: - - 青州经济开发区']);
  });
});

describe('a project\'s ceremony held in a park', () => {
  it('places the project in the park where its ceremony was held', () => {
    const text = '记者从在白沙经济开发区举行的海港冷链物流园项目开工仪式上获悉,项目一期已启动建设。\n据了解,海港冷链物流园项目总投资约8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 海港冷链物流园项目 - 白沙经济开发区']);
  });

  it('does not place a project in the park of a ceremony held for others', () => {
    const text = '在白沙经济开发区举行的集中签约仪式上,海港冷链物流园项目签约。\n据了解,海港冷链物流园项目总投资约8亿元。';
    assert.equal(linksOf(text)[0], '8亿元: 海港冷链物流园项目 - -');
  });
});

describe('a park described after 是', () => {
  it('keeps the subject park when a park word after `是…的` describes it', () => {
    const text = '其中,南岭新材料产业园是一个集研发、生产、销售于一体的规模化产业园区,项目总投资12亿元,全部建成后可实现销售收入20亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭新材料产业园', '南岭新材料产业园']);
  });
});

describe('a park stating its totals, then its projects', () => {
  it('gives the projects listed right after a park\'s totals that park, and the next park\'s to the next', () => {
    const text = '其中:南岭工业园区开工建设项目40项,总投资12亿元。海川食品有限公司饮料生产线已建成投产;北岭工业园区开工建设项目20项,总投资6亿元。远航机械有限公司生产线建设已完成投资800万元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭工业园区', '北岭工业园区', '北岭工业园区']);
  });

  it('does not carry the park past a sentence of another place', () => {
    const text = '南岭工业园区开工建设项目40项,总投资12亿元。全县新开工项目120个,总投资60亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭工业园区', '-']);
  });
});

describe('a park written after its province', () => {
  it('places the money in `在X省K` as in `在K`', () => {
    assert.deepEqual(linksOf('公司拟在江西省抚州市青石工业园投资建设电子化学品生产基地。该项目计划总投资12亿元。'), ['12亿元: - - 抚州市青石工业园']);
  });

  it('does not place it there when the province is where something else happens', () => {
    assert.deepEqual(linksOf('来自江西省抚州市青石工业园的代表出席。该市今年完成投资12亿元。'), ['12亿元: - - -']);
  });
});

describe('a park\'s figures over `;` clauses', () => {
  const TEXT = '其中,我区单独签约项目50个,签约资金30亿元;白沙高新区签约项目20个,签约资金12亿元;引进企业6家,完成全年目标任务5家的120%;上报到位资金7亿元,完成全年目标任务6亿元的116%。';

  it('keeps the park whose totals opened the clauses for its later figures, past a clause naming nothing', () => {
    assert.deepEqual(linksOf(TEXT).slice(1), ['12亿元: - - 白沙高新区', '7亿元: - - 白沙高新区', '6亿元: - - 白沙高新区']);
  });

  it('stops at a full stop', () => {
    const text = TEXT.replace('120%;', '120%。');
    assert.deepEqual(linksOf(text).slice(2), ['7亿元: - - -', '6亿元: - - -']);
  });
});

describe('a bare kind word for the park named just after', () => {
  it('links a bare 经开区 total to the one such park the next paragraph names', () => {
    const text = '其中,东城区项目3个,总投资4.5亿元;经开区项目1个,总投资2.5亿元。\n\n开工仪式前,与会人员还到青州经开区观摩了项目建设。';
    assert.deepEqual(linksOf(text), ['4.5亿元: - - -', '2.5亿元: - - 青州经开区']);
  });

  it('links none when the paragraphs around name two parks of that kind', () => {
    const text = '其中,经开区项目1个,总投资2.5亿元。\n与会人员还到青州经开区、白河经济技术开发区观摩。';
    assert.deepEqual(linksOf(text), ['2.5亿元: - - -']);
  });
});

describe('the sum of a park\'s counted projects, and a move elsewhere', () => {
  it('links the sum of a park’s counted projects (`A等K项目N个,总投资X`) to that park, clause by clause', () => {
    const text = '本批开工的项目中,星河仪器等绵阳高新区项目12个,总投资86.4亿元;云栖酒店等涪城工业园项目3个,总投资21亿元。';
    assert.deepEqual(linksOf(text), ['86.4亿元: - - 绵阳高新区', '21亿元: - - 涪城工业园']);
  });

  it('links no park to money of projects moving into a place that is no park, after a park’s own sum', () => {
    const text = '拟入驻东湖农产品加工产业园6个,总投资28亿元,入驻主城区商贸服务业项目2个,总投资额90亿元。';
    assert.deepEqual(linksOf(text), ['28亿元: - - 东湖农产品加工产业园', '90亿元: - - -']);
  });

  it('links no park when the parks are only named, not counted', () => {
    const text = '绵阳高新区和涪城工业园负责人出席,本批开工项目12个,总投资86.4亿元。';
    assert.deepEqual(linksOf(text), ['86.4亿元: - - -']);
  });
});

describe('where the amount’s own clause says the money settles', () => {
  it('links the park the clause settles in over the park that opened the sentence, none for a place that is no park', () => {
    const text = '今年一季度青松工业园区引进的项目中,投资6亿元的华岳精工和投资3亿元的明川材料选择落户白鹭湖新区,投资9亿元的东升线缆落户柳溪镇。';
    assert.deepEqual(linksOf(text), ['6亿元: - - 白鹭湖新区', '3亿元: - - 白鹭湖新区', '9亿元: - - -']);
  });

  it('keeps the park that opened the sentence when the clause settles in the park itself', () => {
    const text = '上半年青松工业园区引进的项目中,投资6亿元的华岳精工项目落户园区,投资3亿元的明川材料项目落户柳溪镇。';
    assert.deepEqual(linksOf(text), ['6亿元: 华岳精工项目 - 青松工业园区', '3亿元: 明川材料项目 - -']);
  });
});

describe('an article whose news the park tells', () => {
  it('links the article’s money to the park the reporter heard it from (记者从K了解到)', () => {
    const text = '本报讯 记者今天从青溪经开区了解到,该区今年2月签约项目5个,总投资6.2亿元。\n其中,投资3亿元的华溪电子元件项目已开工建设。';
    assert.deepEqual(linksOf(text), ['6.2亿元: - - 青溪经开区', '3亿元: 华溪电子元件项目 - 青溪经开区']);
  });

  it('links none when the park is only mentioned in passing', () => {
    const text = '本报讯 记者今天在青溪经开区参观时看到,全县今年2月签约项目5个,总投资6.2亿元。';
    assert.deepEqual(linksOf(text), ['6.2亿元: - - -']);
  });
});

describe('a company placed in a park (位于K的C)', () => {
  it('links the company’s later amounts to the park it was placed in', () => {
    const text = '近日,在位于青川县白石镇云岭工业园的华森新材料有限公司工地上,施工正在进行。\n据了解,华森新材料有限公司规划占地30000平米,总投资达1.5亿元。';
    assert.deepEqual(linksOf(text), ['1.5亿元: - 华森新材料有限公司 云岭工业园']);
  });

  it('places no company written after a park without a word of placing', () => {
    const text = '近日,在青川县白石镇云岭工业园的华森新材料有限公司工地上,施工正在进行。\n据了解,华森新材料有限公司规划占地30000平米,总投资达1.5亿元。';
    assert.deepEqual(linksOf(text), ['1.5亿元: - 华森新材料有限公司 -']);
  });
});

describe('parts of a park’s counted projects, said by their number', () => {
  it('links the parts listed among “these N projects” to the park whose N projects were counted', () => {
    const text = '5月9日,青岚新区举行第二批重点项目集中开工仪式。此次新区集中开工重点项目42个,总投资达96.5亿元。\n' +
      '同日,华辰集团有限公司与青岚新区签署合作协议。\n' +
      '在这42个项目中,产业项目有8个,总投资达61.3亿元;服务平台项目有5个,总投资达12.4亿元。';
    assert.deepEqual(linksOf(text), ['96.5亿元: - - 青岚新区', '61.3亿元: - - 青岚新区', '12.4亿元: - - 青岚新区']);
  });

  it('links none when the number is not the one counted', () => {
    const text = '5月9日,青岚新区举行第二批重点项目集中开工仪式。此次新区集中开工重点项目42个,总投资达96.5亿元。\n' +
      '同日,华辰集团有限公司与白鹭湾经开区签署合作协议。\n' +
      '在这30个项目中,产业项目有8个,总投资达61.3亿元;服务平台项目有5个,总投资达12.4亿元。';
    assert.deepEqual(linksOf(text), ['96.5亿元: - - 青岚新区', '61.3亿元: - - -', '12.4亿元: - - -']);
  });
});

describe('an article about one park: what its opening may look like, and its totals', () => {
  it('links a total of the park’s article though no word of the park stands near it', () => {
    const text = '青松湖经济开发区举行重点项目集中开工仪式。\n据了解,此次集中开工的12个项目,总投资38.6亿元,年度计划投资7.2亿元。';
    assert.deepEqual(linksOf(text), ['38.6亿元: - - 青松湖经济开发区', '7.2亿元: - - 青松湖经济开发区']);
  });

  it('links no total the city states, in the park’s article', () => {
    const text = '青松湖经济开发区举行重点项目集中开工仪式。\n全市共签约项目40个,总投资210亿元。';
    assert.deepEqual(linksOf(text), ['210亿元: - - -']);
  });

  it('links a zone’s article though it names an industry park inside the zone', () => {
    const text = '青松湖经开区举行一季度重点项目集中开工活动。\n此次开工项目15个,计划总投资42亿元。\n其中,云岭智能装备产业园计划投资6亿元,主要建设标准厂房。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖经开区', '云岭智能装备产业园']);
  });

  it('links no park when the zone shares its subject with an industry park (`K与L联合举办`)', () => {
    const text = '青松湖经开区与云岭智能装备产业园联合举办推介会。\n此次签约项目8个,计划总投资19亿元。';
    assert.deepEqual(linksOf(text), ['19亿元: - - -']);
  });

  it('links no park when the article names two zones', () => {
    const text = '今年一季度末,青松湖经开区举行重点项目集中开工活动。\n此次开工项目15个,计划总投资42亿元。\n白鹭湾高新区同日举行签约仪式。';
    assert.deepEqual(linksOf(text), ['42亿元: - - -']);
  });

  it('reads the lead under a byline as the opening (`作者:… 来源:…`)', () => {
    const text = '青松湖开发区项目建设进展顺利\n作者:办公室 来源:办公室 更新时间:2023-05-06\n今年以来,青松湖开发区开复工项目26个。重点项目中,投资3亿元的明川新材料项目已完成厂房建设。';
    assert.deepEqual(linksOf(text), ['3亿元: 明川新材料项目 - 青松湖开发区']);
  });

  it('reads a line giving only the time (`时间:…`) as a byline, so the lead after it is the opening', () => {
    const text = '2021年开发区重点项目推进情况\n时间:2022-01-10 09:30\n\n2021年青松湖开发区共安排重点项目120项,总投资560亿元。\n【按季度分】\n四季度完成投资46.5亿元,占季度计划的108%。';
    const parkOf = (t: string) => linksOf(t).map((l) => l.split(' ').pop());
    assert.deepEqual(parkOf(text), ['青松湖开发区', '青松湖开发区']);
    // A line long enough to tell news of its own is the opening, and the park is not in it.
    assert.deepEqual(parkOf(text.replace('时间:2022-01-10 09:30', '1月10日,全市召开重点项目推进会议,部署全年各项工作')), ['青松湖开发区', '-']);
  });

  it('takes the park a title names without its city as the article\'s, the title\'s money included', () => {
    const text = '总投资86.5亿元 台商投资区18个项目集中开工\n日前,全市重大项目集中开工活动举行。其中,明川智造项目代表漳州台商投资区参加。\n此次开工项目18个,总投资86.5亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['漳州台商投资区', '漳州台商投资区']);
    // A title that does not name it leaves the article to its own opening.
    assert.deepEqual(linksOf(text.replace('台商投资区18个', '18个')).map((l) => l.split(' ').pop()), ['-', '-']);
  });

  it('reads a short title with an exclamation as the title, the paragraph after it as the lead', () => {
    const text = '好消息!开发区重点项目集中开工\n3月2日,重点项目集中开工仪式在青松湖经济开发区温泉园区隆重举行。\n云帆智造项目总投资2.5亿元,建成后年产值6亿元。';
    // the ceremony's place opens an article about the zone: its projects are the zone's (the park inside it is not read as the article's)
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖经济开发区', '青松湖经济开发区']);
  });

  it('takes a park the opening places its project in (`位于K的P项目`) as the article’s', () => {
    const text = '站在位于青松湖经济技术开发区的华岳精密轴承项目现场,车间已经建成。\n记者获悉,项目分两期建设,预计年销售收入12亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖经济技术开发区']);
  });

  it('takes a park the opening’s money is put in, in the same sentence (`投资X在K内兴建`)', () => {
    const text = '华岳集团投资30亿元在青松湖产业集聚区内兴建精密轴承产业园。\n该集团表示,精密轴承产业园项目首期投资8亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖产业集聚区', '青松湖产业集聚区']);
  });

  it('does not read money stated a sentence before the park as the park’s article', () => {
    const text = '全市今年签约项目总投资300亿元。青松湖经开区举行签约仪式。\n云帆智造项目总投资2.5亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['-', '-']);
  });

  it('does not take a park named in a photo credit or byline as the article’s', () => {
    const text = '全县招商引资成效明显\n图片来源:青松湖经开区\n上半年,新签约项目18个,总投资66亿元。';
    assert.deepEqual(linksOf(text), ['66亿元: - - -']);
  });

  it('links no year’s turnover of an investing group to the park', () => {
    const text = '今年一季度末,青松湖经开区举行签约仪式,总投资20亿元的精密轴承项目落户。\n签约方华岳集团有限公司是一家多元化集团,2022年营业收入近300亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖经开区', '-']);
  });

  it('skips a blank line between the title and the lead', () => {
    const text = '好消息!开发区重点项目集中开工\n\n3月2日,重点项目集中开工仪式在青松湖经济开发区隆重举行。\n云帆智造项目总投资2.5亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖经济开发区']);
  });

  it('reads the park’s full name in brackets after it as the same park (`K(滨湖)(K的全称)`)', () => {
    const text = '3月2日,青松湖高新区(滨湖)(青松湖国家高新技术产业开发区)举行项目集中开工活动。此次活动涉及18个项目,计划总投资64亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖高新区']);
  });

  it('takes a title opened by the park’s kind word (`经开区…`) as about the one park of that kind', () => {
    const text = '经开区动能转换加速 | 18个项目集中签约,合同投资额126亿元\n\n“项目用地已经清点完毕。”3月9日,青松湖经济技术开发区招商办负责人说。\n去年,签约项目45个,合同投资额210亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖经济技术开发区', '青松湖经济技术开发区']);
  });

  it('does not take a title opened by another kind word as about the park', () => {
    const text = '新区动能转换加速 | 18个项目集中签约,合同投资额126亿元\n\n“项目用地已经清点完毕。”3月9日,青松湖经济技术开发区招商办负责人说。\n去年,签约项目45个,合同投资额210亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['-', '-']);
  });
});

describe('a place written inside a name is no place subject', () => {
  it('links the park’s article to a project whose name holds a place and a deed word (`以某湾区新型…项目为例`)', () => {
    const text = '今年以来,青松湖高新区签约项目20个。\n以北湾区新型储能示范区项目为例,该项目计划投资超30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: 北湾区新型储能示范区项目 - 青松湖高新区']);
  });

  it('still links no park when a place that is no park opens the amount’s clause', () => {
    const text = '今年以来,青松湖高新区签约项目20个。\n北湾区新签约项目6个,总投资30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: - - -']);
  });
});

describe('parks listed, then 分别', () => {
  it('links none of the parks listed before 分别 (`A、B、C分别与有关企业签署…,总投资X`)', () => {
    const text = '白鹭湾新区和青松湖新区签署合作框架协议。北湖新区、白鹭湾新区、云岭新区分别与有关企业签署项目合作协议,涉及6个项目,协议总投资约95亿元。';
    assert.deepEqual(linksOf(text), ['95亿元: - - -']);
  });

  it('still links the one park a sentence ties the money to after a list', () => {
    const text = '北湖新区、白鹭湾新区的代表出席。云岭新区与有关企业签署项目合作协议,协议总投资约95亿元。';
    assert.deepEqual(linksOf(text), ['95亿元: - - 云岭新区']);
  });
});

describe('a project under construction (`在建`) is no place the money is put', () => {
  it('keeps the park for the money of projects `在建` or `在谈`', () => {
    const text = '今年以来,青松湖开发区开复工项目26个。\n56项在建重点项目全年完成投资38.2亿元,占年度计划的104%。';
    assert.deepEqual(linksOf(text), ['38.2亿元: - - 青松湖开发区']);
  });

  it('still takes the money to a place that is no park (`在某镇投资`)', () => {
    const text = '今年以来,青松湖开发区开复工项目26个。\n一批企业在白石镇投资建厂,完成投资3.6亿元。';
    assert.deepEqual(linksOf(text), ['3.6亿元: - - -']);
  });
});

describe('a project brought in by someone, then settled in a park (`P由某镇政府引进,落户于K`)', () => {
  it('places the project in the park for its later amounts', () => {
    const text = '宏泰精工数控机床生产项目由白石镇人民政府引进,落户于青松湖工业园。该项目总投资8亿元,建成后年产值15亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青松湖工业园', '青松湖工业园']);
  });

  it('does not place it where the one who brought it in is (`由K引进,落户某镇`)', () => {
    const text = '宏泰精工数控机床生产项目由青松湖工业园引进,落户白石镇。该项目总投资8亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['-']);
  });
});

describe('a park heading the works an amount pays for (`总投资X的K“…”道路工程`)', () => {
  const TEXT = '基础设施类2项,分别是总投资0.4亿元的白石镇污水管网建设项目,总投资0.9亿元的青松湖经济开发区“七通一平”道路建设工程。';

  it('links the park, and not the project named before in the list', () => {
    assert.deepEqual(linksOf(TEXT).slice(1), ['0.9亿元: - - 青松湖经济开发区']);
  });

  it('leaves an industry park paid for itself to the rules of the article (no works after it)', () => {
    const text = '今年以来,青松湖经济开发区开复工项目26个。重点项目中,投资3亿元的明川食品产业园已完成厂房建设。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青松湖经济开发区']);
  });
});

describe('a park written right before its own investment, inside a `、` list (`…、K总投资X、…`)', () => {
  it('links the park though its clause does not start with it', () => {
    const text = '投资20亿元以上的项目有4个。其中,白石大桥总投资36亿元、青松湖纺织产业园总投资24.5亿元、宏泰数控机床项目总投资21亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()).slice(1), ['-', '青松湖纺织产业园', '-']);
  });
});
