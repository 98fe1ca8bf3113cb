// The park a project or company comes from, settles, signs or moves in, and where its money is put.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

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
    const text = '滨江科技园区吸引投资逾100亿元\n此外,宏泰精工有限公司、华信电子有限公司等2家公司进驻北湖创客园,上述投资案投资金额逾1.1亿元。';
    assert.deepEqual(linksOf(text), ['100亿元: - - 滨江科技园区', '1.1亿元: - - -']);
    // A place recognised as a park is the money's park.
    assert.deepEqual(linksOf(text.replace('创客园', '软体园区'))[1], '1.1亿元: - - 北湖软体园区');
    // Moving into the park the article is about keeps it.
    assert.deepEqual(linksOf('滨江科技园区吸引投资逾100亿元\n此外,宏泰精工有限公司等2家公司进驻园区,投资金额逾1.1亿元。')[1], '1.1亿元: - - 滨江科技园区');
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

describe('where the amount’s own clause says the money settles', () => {
  it('links the park the clause settles in over the park that opened the sentence, none for a place that is no park', () => {
    const text = '今年一季度青松工业园区引进的项目中,投资6亿元的华岳精工和投资3亿元的明川材料选择落户白鹭湖新区,投资9亿元的东升线缆落户柳溪镇。';
    assert.deepEqual(linksOf(text), ['6亿元: - - 白鹭湖新区', '3亿元: - - 白鹭湖新区', '9亿元: - - -']);
  });

  it('keeps the park that opened the sentence when the clause settles in the park itself', () => {
    const text = '上半年青松工业园区引进的项目中,投资6亿元的华岳精工项目落户园区,投资3亿元的明川材料项目落户柳溪镇。';
    assert.deepEqual(linksOf(text), ['6亿元: 华岳精工项目 - 青松工业园区', '3亿元: 明川材料项目 - -']);
  });

  it('reads the firms that move in, said as a noun (`首个入驻企业`), as no place: the park the project is said to be of', () => {
    const text = '今年以来,一批台资项目相继落地,其中投资4.2亿美元的恒丰光电科技项目是青松台商投资区的首个入驻企业。';
    assert.deepEqual(linksOf(text), ['4.2亿美元: 恒丰光电科技项目 - 青松台商投资区']);
    const moved = '今年以来,一批台资项目相继落地,其中投资4.2亿美元的恒丰光电科技项目入驻柳溪镇。';
    assert.deepEqual(linksOf(moved), ['4.2亿美元: 恒丰光电科技项目 - -']);
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

describe('a park written right at the head of a project the recogniser parted from it (`K1K2P项目`)', () => {
  const SITE = '3月5日,全省重大项目集中开工仪式在青州举行。\n在青州市主会场——';
  const AFTER = '现场,几十辆工程车整装待发。这个项目总投资60亿元,当年投资20亿元。';

  it('gives the project\'s later money to the zone at the head of its name where the zone stands alone, none when it never does', () => {
    // An industry park heading the name is part of it (guidelines), and so is the zone written once before it.
    const name = '青州滨河经济开发区云岭产业城云岭年产5GW光伏组件智慧工厂项目';
    const text = `${SITE}${name}${AFTER}`;
    assert.deepEqual(linksOf(text), [`60亿元: ${name} - -`, `20亿元: ${name} - -`]);
    const named = `${text}\n青州滨河经济开发区已落户企业120家。`;
    assert.deepEqual(linksOf(named), [`60亿元: ${name} - 青州滨河经济开发区`, `20亿元: ${name} - 青州滨河经济开发区`]);
  });

  it('gives it to the park where it is written alone, a pinyin gloss between the head and the name (one name then) at most', () => {
    const glossed = '港资企业纷纷落户。\n今年6月落户中山的滨河新區(qū)文旅生態(tài)城項(xiàng)目總投資80億元,將建成文旅綜合體。\n深中通道通車後,滨河新區未來的發展有無限可能。';
    assert.deepEqual(linksOf(glossed), ['80億元: 滨河新區(qū)文旅生態(tài)城項(xiàng)目 - 滨河新區']);
  });

  it('reads no park for a project whose name no park heads, though the parks are named later', () => {
    const text = `${SITE}云岭年产5GW光伏组件智慧工厂项目${AFTER}\n当天,青州市还有40个重大项目开工,青州滨河经济开发区云岭产业城也有3个项目开工。`;
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['-', '-']);
  });
});

describe('a park other projects settle in, though the article names the project of building it', () => {
  const EVENT = '青禾智造产业园项目签约暨动工仪式在某县举行。\n';

  it('reads `N个项目签约落户K` as the park K, not as the project `K项目`', () => {
    const text = `${EVENT}上午,云杉精密部件项目、北辰新材料项目等9个产业项目签约落户青禾智造产业园,总投资额超45亿元,达产年产值近60亿元。`;
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['青禾智造产业园', '青禾智造产业园']);
  });

  it('reads a park that signs with its parties (`K与A、B等N家单位签署…协议`) as that park', () => {
    const text = '白杨湖科技城项目正式启动。\n15日,白杨湖科技城与某某地质研究院、某某信息股份有限公司等11家单位签署项目合作协议,总投资达120亿元。白杨湖科技城计划明年建成。';
    assert.deepEqual(linksOf(text), ['120亿元: - - 白杨湖科技城']);
  });

  it('keeps a park that hosts no one else\'s project for the project of building it', () => {
    const text = `${EVENT}青禾智造产业园规划面积3平方公里,一期投资12亿元。`;
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['-']);
  });
});
