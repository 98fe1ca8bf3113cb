// The park an article, its title, heading or opening is about, and the totals that park states.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import { linksOf, parkOf } from '../linkHelpers';

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

  it('links the projects `全区` counts to the park the paragraph right before is about', () => {
    const lead = '新华网8月4日电 桐湾经济开发区年中盘点,形势喜人,利用外资成为上半年该区经济发展的一个亮点。\n\n';
    const figures = '利用外资有两个特点:一是数量增多。今年1至7月,全区累计批准外资项目12个,总投资8600万美元。';
    assert.deepEqual(linksOf(lead + figures), ['8600万美元: - - 桐湾经济开发区']);
    // A paragraph between that names no park, or a whole area that counts no projects, leaves it to the district.
    assert.deepEqual(linksOf(lead + '二是质量提高。\n' + figures), ['8600万美元: - - -']);
    assert.deepEqual(linksOf(lead + figures.replace('批准外资项目12个,总投资', '实现税收')), ['8600万美元: - - -']);
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
      '6月12日,重点项目集中签约仪式在云岭高新区举行,共签约项目12个。\n' +
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
    // After the zone the article is about, an industry park the money builds is still the money's park (its own construction).
    const inZone = '红石经开区今年开工项目20个。投资3亿元的青禾茶叶产业园已完成厂房建设。';
    assert.deepEqual(linksOf(inZone), ['3亿元: - - 青禾茶叶产业园']);
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

describe('a title about a city\'s parks as a whole', () => {
  it('links no park to the totals under a title naming the city\'s parks (`某某市产业园区`)', () => {
    const body = '\n1-9月,园区规模以上工业企业实现产值64亿元,完成基础设施投资3.2亿元。';
    assert.deepEqual(linksOf(`青州市产业园区经济运行稳中有进${body}`), ['64亿元: - - -', '3.2亿元: - - -']);
    assert.deepEqual(linksOf(`青州经济开发区经济运行稳中有进${body}`), ['64亿元: - - 青州经济开发区', '3.2亿元: - - 青州经济开发区']);
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

describe('a park that declares its short name right after it (`K(以下简称L)`)', () => {
  const TEXT =
    '本报讯 中新·桐溪海港经贸合作区(以下简称“桐溪合作区”)再度迎来投资热潮,一个月内三家企业落地,总投资约3.2亿元。\n' +
    '白杉新材料公司投资1.5亿元,在桐溪合作区建设电子材料项目。\n';

  it('reads the short name, though it leaves out words of the full one, as the same park, and links by it', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪合作区', '桐溪合作区']);
    // Without quotes the short name's span may take in the declaring word; it still declares the park.
    const unquoted = parkOf(TEXT.replace('(以下简称“桐溪合作区”)', '(简称桐溪合作区)'));
    assert.ok(unquoted.every((park) => park?.endsWith('桐溪合作区')), unquoted.join());
  });

  it('does not when the later park is not the one declared', () => {
    assert.deepEqual(parkOf(TEXT.replace('(以下简称“桐溪合作区”)', '与白沙港合作区')).slice(0, 1), ['-']);
  });
});

describe('a park that declares a short name made only of kind words (`K(以下简称“经贸合作区”)`)', () => {
  const TEXT =
    '据悉,坦噶尼中国经济贸易合作区(以下简称“经贸合作区”)由远帆集团负责园区的开发和运营。经贸合作区分为两个园区,' +
    '位于北岸省的松坡园区规划面积8平方公里,位于港城的海湾园区规划面积3平方公里。' +
    '截至目前,经贸合作区基础设施投资累计超过2.5亿美元,吸引投资近16亿美元。\n';

  it('links a clause opening with the short name to the park it was declared for, not the park named last', () => {
    const parks = parkOf(TEXT);
    assert.equal(parks.length, 2);
    assert.ok(parks.every((park) => park?.endsWith('中国经济贸易合作区')), parks.join());
  });

  it('reads the declaration after white space, a full-width bracket or an entity written for either', () => {
    for (const written of [' （以下简称“经贸合作区”）', '&nbsp;(以下简称“经贸合作区”)', '&#40;以下简称“经贸合作区”)']) {
      const parks = parkOf(TEXT.replace('(以下简称“经贸合作区”)', written));
      assert.ok(parks.length === 2 && parks.every((park) => park?.endsWith('中国经济贸易合作区')), `${written}: ${parks.join()}`);
    }
  });

  it('links none by the short name when no park declared it, or when the clause does not open with it', () => {
    assert.deepEqual(parkOf(TEXT.replace('(以下简称“经贸合作区”)', '')), ['-', '-']);
    assert.deepEqual(parkOf(TEXT.replace('截至目前,经贸合作区', '截至目前,')), ['-', '-']);
  });
});

describe('the park an article keeps coming back to, other parks named too', () => {
  const OPENING =
    '3月8日,由浙江远帆实业有限公司投资开发的专业性工业园区——青岚精工产业园开园暨核心项目开工仪式在临川县隆重举行。\n' +
    '青岚精工产业园位于临川县东部农业创业园内,园区规划面积1500亩,计划总投资20亿元。\n';

  it('links a project\'s money to the park the opening names and the article names most', () => {
    const text = `${OPENING}据了解,精密轴承项目是青岚精工产业园投资方自主投资的核心项目,计划投资4亿元,建成后年产值8亿元。`;
    // the project and the park only: whether the park's developer also owns this project is the company readings' call
    const projectAndPark = linksOf(text).slice(1).map((line) => {
      const [amount, project, , park] = line.split(' ');
      return `${amount} ${project} ${park}`;
    });
    assert.deepEqual(projectAndPark, ['4亿元: 精密轴承项目 青岚精工产业园', '8亿元: 精密轴承项目 青岚精工产业园']);
  });

  it('leaves a sum to what its sentence says (a county\'s total is no park\'s)', () => {
    assert.deepEqual(linksOf(`${OPENING}据了解,今年以来全县共签约项目20个,总投资80亿元。`).slice(1), ['80亿元: - - -']);
  });

  describe('its sums, when it acts in the opening', () => {
    const BODY =
      '截至9月底,九江高新区重点项目完成投资260亿元,占比98%。其中,产业类40个年度计划投资180亿元,完成190亿元,占比105%;' +
      '民生类8个年度计划投资20亿元,完成19亿元,占比95%。两个省考项目年度计划投资50亿元,截至9月完成48亿元,占比96%。\n' +
      '九江高新区负责人表示,将全力服务项目建设。';

    it('gives a sum no sentence ties to the park its opening\'s event is held in', () => {
      const text = `重点项目建设提速\n3月5日,重点项目推进会在九江高新区举行,南昌高新区代表应邀观摩。\n${BODY}`;
      assert.deepEqual(linksOf(text).slice(-2), ['50亿元: - - 九江高新区', '48亿元: - - 九江高新区']);
    });

    it('links none when the park is only the venue of a city\'s event', () => {
      const text = `重点项目建设提速\n3月5日,九江市重点项目集中开工仪式在九江高新区举行,南昌高新区代表应邀观摩。\n${BODY}`;
      assert.deepEqual(linksOf(text).slice(-2), ['50亿元: - - -', '48亿元: - - -']);
    });
  });

  it('links no park when two parks are named as often', () => {
    const text =
      '3月8日,青岚精工产业园与临川县东部农业创业园举行结对仪式,青岚精工产业园规划面积1500亩,临川县东部农业创业园规划面积800亩。\n' +
      '青岚精工产业园和临川县东部农业创业园将共建招商平台。\n据了解,精密轴承项目由浙江远帆实业有限公司投资,计划投资4亿元。';
    assert.deepEqual(linksOf(text), ['4亿元: 精密轴承项目 浙江远帆实业有限公司 -']);
  });
});
