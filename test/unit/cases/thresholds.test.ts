// Size classes: an amount that bounds a class of projects (threshold), not money of its own.
import { strict as assert } from 'node:assert';
import { attributes } from '../attributeHelpers';
import { assertMoney, itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';
import { namesInText, rolesAndScopes, valuesAndRoles } from './caseReaders';

const PARAGRAPHS: readonly MarkedParagraph[] = [
  [
    'a count of projects whose investment passes an amount is a size class; a count after its noun is a sum',
    '本次签约的18个项目中有4个计划投资超过20亿元，11个项目投资超5亿元。另一批共签约项目9个总投资超40亿元。',
    [
      { text: '20亿元', value: 2e9, role: 'threshold', scope: 'aggregate', qualifier: 'at_least' },
      { text: '5亿元', value: 5e8, role: 'threshold', scope: 'aggregate', qualifier: 'at_least' },
      { text: '40亿元', value: 4e9, role: 'investment', scope: 'aggregate', qualifier: 'at_least' },
    ],
  ],
  [
    'a range or an amount followed by a class noun and its count is a size class',
    '其中，总投资20亿元以上项目3个，1亿元至5亿元项目12个，3000万元项目6个；完成投资19亿元。',
    [
      { text: '20亿元', role: 'threshold', scope: 'aggregate' },
      { text: '1亿元至5亿元', value: 1e8, max: 5e8, role: 'threshold', scope: 'aggregate' },
      { text: '3000万元', value: 3e7, role: 'threshold', scope: 'aggregate' },
      { text: '19亿元', role: 'completed', scope: 'aggregate' },
    ],
  ],
];

describe('whole paragraphs: their marked names and the attributes of each amount', () => {
  itChecksParagraphs(PARAGRAPHS);
});

describe('size classes of industries', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads a bound amount before any industry`s projects, or before 产业 closing the clause, as a size class', () => {
    assert.deepEqual(roles('今年实施亿元以上新材料装备产业项目12个。'), ['亿元 threshold']);
    assert.deepEqual(roles('新开工的5000万美元以上二三产业项目达到16个,总投资210亿元。'), ['5000万美元 threshold', '210亿元 investment']);
    assert.deepEqual(roles('着力培育纺织服装、食品加工等一批超50亿元产业。'), ['50亿元 threshold']);
  });

  it('keeps money spent on an industry money', () => {
    assert.deepEqual(roles('今年完成超10亿元产业投资。').map((r) => r.split(' ')[1]), ['investment']);
  });
});

describe('a bound every listed project reaches', () => {
  const money = attributes;

  it('reads a bound that each of several listed projects reaches (均过) as a size class', () => {
    assert.deepEqual(
      money('签约的外资项目有3个,分别是青禾光电项目、远帆物流项目和丰谷食品项目,总投资额均过8亿元。'),
      ['8亿元 threshold aggregate'],
    );
    assert.deepEqual(money('其余项目投资都超过2000万元。'), ['2000万元 threshold aggregate']);
  });

  it('reads a bound each of several projects, sums or foreign capital figures reaches (均在, 都在, 均超) as a size class', () => {
    assert.deepEqual(money('此次落户的企业共5家,包括青禾新材料有限公司等2个投资项目均在8亿元以上。'), ['8亿元 threshold aggregate']);
    assert.deepEqual(money('远帆厅长表示,这次签署意向书的厂商,投资金额都在2亿元以上。'), ['2亿元 threshold aggregate']);
    assert.deepEqual(money('青禾光电、远帆物流等9个项目单体利用外资均超2000万美元,共到位外资3.1亿美元。'), ['2000万美元 threshold aggregate', '3.1亿美元 foreign aggregate']);
  });

  it('keeps a sum or foreign capital without 均 or 都 as money of its own', () => {
    assert.deepEqual(money('这次签署意向书的厂商,投资金额在56亿元左右。'), ['56亿元 investment item']);
    assert.deepEqual(money('青禾光电项目利用外资超2000万美元。'), ['2000万美元 foreign item']);
  });

  it('keeps a bound without 均 or 都 as money of its own', () => {
    assert.deepEqual(money('该项目总投资额过8亿元。'), ['8亿元 investment item']);
  });
});

describe('a 万 amount classing projects by size', () => {
  const money = rolesAndScopes;

  it('reads a 万 amount classing projects by size as money, and the class\'s total as a sum', () => {
    assert.deepEqual(money('今年引进项目60个,到位资金5.2亿元,其中3000万以上项目到位资金3.1亿元。'), [
      '5.2亿元 completed/aggregate',
      '3000万 threshold/aggregate',
      '3.1亿元 completed/aggregate',
    ]);
    // Without a class noun after the bound it is no size class, and with no money word no money.
    assert.deepEqual(money('全县常住人口100万以上。'), []);
  });
});

describe('the size every one of a counted group reaches', () => {
  const money = rolesAndScopes;

  it('takes the size every one of a counted group of projects reaches as a size class', () => {
    assert.deepEqual(money('据统计,42个外资项目投资额均在1000万美元以上。'), ['1000万美元 threshold/aggregate']);
    assert.deepEqual(money('据統計,42個內資項目投資額均在5000萬元以上。'), ['5000萬元 threshold/aggregate']);
  });

  it('reads the counted projects\' investment passing a bound as a size class with 的 between them too', () => {
    assert.deepEqual(money('其中,9个项目的投资额超过3亿元。'), ['3亿元 threshold/aggregate']);
    // Without a count before it, the bound is one thing's money.
    assert.deepEqual(money('其中,该项目的投资额超过3亿元。').map((r) => r.split(' ')[1].split('/')[0]), ['investment']);
  });

  it('reads the counted ones\' scale, amount or output passing a bound as a size class', () => {
    assert.deepEqual(money('其中6个项目投资规模突破20亿元。'), ['20亿元 threshold/aggregate']);
    assert.deepEqual(money('临溪园三个项目投资金额也超过2亿元。'), ['2亿元 threshold/aggregate']);
    assert.deepEqual(money('其中14家规上企业的产值超过亿元。'), ['亿元 threshold/aggregate']);
    // A total of the counted ones is their sum.
    assert.deepEqual(money('此次9个签约项目投资总额超80亿元。'), ['80亿元 investment/aggregate']);
  });

  it('reads projects or traders counted right before or after a bound and its 的 as a size class', () => {
    assert.deepEqual(money('仪式上,共有24个3000万元以上的内资项目签约。'), ['3000万元 threshold/aggregate']);
    assert.deepEqual(money('此次回乡投资超过2亿元以上的厂商共有15家。'), ['2亿元 threshold/aggregate']);
    // One project counted before the bound is its own money.
    assert.notEqual(money('仪式上,1个3000万元以上的内资项目签约。')[0].split(' ')[1].split('/')[0], 'threshold');
  });
});

describe('the size of a counted group of projects', () => {
  const money = rolesAndScopes;

  it('takes the size of a counted group of projects as a size class', () => {
    assert.deepEqual(money('其中总投资达3000万美元的项目有2项,总投资10亿元的项目共3个。'), [
      '3000万美元 threshold/aggregate',
      '10亿元 threshold/aggregate',
    ]);
    assert.deepEqual(money('总投资3亿元的华兴电子项目有望年底投产。'), ['3亿元 investment/item']);
  });
});

describe('an amount straight between a count and 项目', () => {
  const money = rolesAndScopes;

  it('takes it as the size class of the counted projects', () => {
    assert.deepEqual(money('今年以来,某区已签约1个60亿元项目和3个20亿元项目。'), [
      '60亿元 threshold/aggregate',
      '20亿元 threshold/aggregate',
    ]);
  });

  it('leaves an amount after a cue and before 的 as the money of the counted projects', () => {
    assert.deepEqual(money('今年以来,某区已签约3个总投资20亿元的项目。').map((m) => m.split(' ')[1].split('/')[0]).includes('threshold'), false);
  });
});

describe('size classes written with more words', () => {
  it('reads a kind of project between the bound and the class noun', () => {
    assertMoney('一季度亿元以上新开工项目21个，总投资64亿元；引进5000万元以上省外项目9个。', [
      { text: '亿元', value: 1e8, role: 'threshold', scope: 'aggregate' },
      { text: '64亿元', role: 'investment', scope: 'aggregate' },
      { text: '5000万元', role: 'threshold', scope: 'aggregate' },
    ]);
  });

  it('reads an origin of capital between the amount and the count', () => {
    assertMoney('签约项目中，3000万美元日资项目2个、20亿元项目1个。', [
      { text: '3000万美元', role: 'threshold', scope: 'aggregate' },
      { text: '20亿元', role: 'threshold', scope: 'aggregate' },
    ]);
  });

  it('takes an amount joined by 或 or 、 to a size class as the same class', () => {
    assertMoney('力争引进20亿元或3亿美元以上制造业项目4个、10~20亿元或1~3亿美元工业项目8个，一批超30亿元、百亿元级重大项目加快落地。', [
      { text: '20亿元', role: 'threshold', scope: 'aggregate' },
      { text: '3亿美元', role: 'threshold', scope: 'aggregate' },
      { text: '10~20亿元', role: 'threshold', scope: 'aggregate' },
      { text: '1~3亿美元', role: 'threshold', scope: 'aggregate' },
      { text: '30亿元', role: 'threshold', scope: 'aggregate' },
      { text: '百亿元', role: 'threshold', scope: 'aggregate' },
    ]);
  });

  it('keeps an amount before a bound, or before 的, as money of its own', () => {
    assertMoney('代理机构每年为园区引进不低于30亿元先进制造业投资项目。该公司已成为产值超百亿元的大型企业。', [
      { text: '30亿元', role: 'investment' },
      { text: '百亿元', role: 'revenue', scope: 'item' },
    ]);
  });

  it('takes the projects of one origin of capital as a category', () => {
    assertMoney('在签约项目中，外资项目投资额为6.2亿美元，民资项目投资额为1.5亿美元。', [
      { text: '6.2亿美元', scope: 'aggregate' },
      { text: '1.5亿美元', scope: 'aggregate' },
    ]);
  });

  it('keeps amounts of a list of projects as their investments', () => {
    assertMoney('总投资分别为8亿元、5亿元的华泰轴承项目和新禾材料项目已开工。', [
      { text: '8亿元', role: 'investment', scope: 'item' },
      { text: '5亿元', role: 'investment', scope: 'item' },
    ]);
  });
});

describe('a size class with a kind after 以上的', () => {
  const money = attributes;

  it('reads X以上的 + a kind of projects + their count as a size class', () => {
    assert.deepEqual(money('推介会上,全省共签订投资额5000万元以上的正式合同项目420个,投资总额2310亿元。'), [
      '5000万元 threshold aggregate',
      '2310亿元 investment aggregate',
    ]);
    assert.deepEqual(money('签订1亿元以上的先进制造业企业28家。'), ['1亿元 threshold aggregate']);
    // Without a count after it, 以上的 describes one thing (one company, counted as 一家).
    assert.deepEqual(money('引进一家投资超百亿元以上的新材料企业。'), ['百亿元 investment item']);
  });
});

describe('a size class of one project', () => {
  const money = attributes;

  it('reads 总投资达X的项目有1项 as that one project’s investment, and several as a size class', () => {
    assert.deepEqual(money('其中总投资达3000万美元的项目有1项,为年产20万套汽车座椅项目。'), ['3000万美元 investment item']);
    assert.deepEqual(money('其中总投资达3000万美元的项目有3项。'), ['3000万美元 threshold aggregate']);
    assert.deepEqual(money('其中总投资达3000万美元的项目有11项。'), ['3000万美元 threshold aggregate']);
  });
});

describe('百亿 before a counted class', () => {
  const money = valuesAndRoles;

  it('reads 百亿 before a counted class of parks or companies as a threshold', () => {
    assert.deepEqual(money('全市过百亿园区4个,超百亿企业6家。'), ['百亿 10000000000 threshold', '百亿 10000000000 threshold']);
    // Without a count and with no goal set it is no size class; set as a goal it is one (scaleAsGoal.ts).
    assert.deepEqual(money('青禾百亿园区的名声不小。'), []);
  });

  it('reads a round scale right before 项目 as the projects’ size class, counted or not, and no project name', () => {
    assert.deepEqual(money('去年鹿鸣新区连续签下两份百亿项目。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(money('全县首个单项目年销售超千亿项目落户白沙镇。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(money('“百亿项目”投资方浙江青禾集团有限公司来自杭州。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(namesInText('去年鹿鸣新区连续签下两份百亿项目。').filter((n) => n.startsWith('PROJECT')), []);
    // A scale inside a name, not right before the head, leaves the name whole; a park of that scale is still a goal.
    assert.deepEqual(namesInText('鹿鸣新区签约青禾千亿光伏基地项目。').filter((n) => n.startsWith('PROJECT')), ['PROJECT:青禾千亿光伏基地项目']);
  });
});

describe('statistics reports: a size class counted without its noun', () => {
  it('reads `投资超X的有N个` as a size class, not money', () => {
    assert.deepEqual(attributes('新批外资项目中,合同外资超3000万美元的有9个,到位外资超1000万美元的有4个。').map((a) => a.split(' ').slice(1).join(' ')), [
      'threshold aggregate',
      'threshold aggregate',
    ]);
  });

  it('keeps money that is what something has', () => {
    assert.deepEqual(attributes('该公司投资超3000万美元的生产线已投产。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('the scale of big projects', () => {
  it('reads a bare magnitude before 大项目 as the scale of a class, a figure as one project\'s money', () => {
    assert.deepEqual(attributes('全区以千万美元大项目为主体,形成了电子、机械等产业集群。'), ['千万美元 threshold aggregate']);
    assert.deepEqual(attributes('该区签下一个50亿元大项目。'), ['50亿元 contract item']);
  });
});

describe('each of a batch reaching a bound', () => {
  it('reads 均达到…及以上 after a counted batch as a size class, not their sum', () => {
    assert.deepEqual(attributes('此次签约的8个产业项目,总投资均达到5亿元及以上,涉及新能源等板块。'), ['5亿元 threshold aggregate']);
    // Without 均 the amount is what the batch adds up to.
    assert.deepEqual(attributes('此次签约的8个产业项目,总投资达到50亿元,涉及新能源等板块。'), ['50亿元 investment aggregate']);
  });
});

describe('a bound or a range with 的 before a counted class of projects', () => {
  it('reads `N个投资超X的…项目` and `总投资X-Y的…项目N个` as size classes', () => {
    assert.deepEqual(attributes('今年,某园区全力推进8个投资超30亿元的重大产业项目和6大类基础设施工程。'), ['30亿元 threshold aggregate']);
    assert.deepEqual(attributes('年内开工建设总投资3000万元-3亿元的产业项目4个。'), ['3000万元-3亿元 threshold aggregate']);
    // Without a count of several before it, a bound with 的 describes one project's money.
    assert.deepEqual(attributes('今年,某园区全力推进1个投资超30亿元的重大产业项目。')[0].endsWith('threshold aggregate'), false);
    assert.deepEqual(attributes('今年,某园区全力推进投资超30亿元的重大产业项目建设。')[0].endsWith('threshold aggregate'), false);
    // A bound before the amount, 的, projects of some kind and their count: each project is that large.
    assert.deepEqual(attributes('全年新签约项目41个,其中投资超5亿元的装备制造项目7个。')[0], '5亿元 threshold aggregate');
    assert.deepEqual(attributes('本次洽谈会上,超亿元的文旅合作项目就有9个。'), ['亿元 threshold aggregate']);
    assert.deepEqual(attributes('园区已引进总投资超过2亿美元的电子信息项目3项。'), ['2亿美元 threshold aggregate']);
    // A range with 的 and no counted class after it is still money.
    assert.deepEqual(attributes('该项目总投资3000万元-3亿元的资金来自企业自筹。')[0].endsWith('threshold aggregate'), false);
  });

  it('reads a range straight before a count, or before 得 (a slip for 的) and counted projects, as a size class', () => {
    assert.deepEqual(attributes('某市新签约项目120个。其中,2-5亿元86个,5-10亿元21个。'), ['2-5亿元 threshold aggregate', '5-10亿元 threshold aggregate']);
    assert.deepEqual(attributes('某某园区项目投资额达6亿元;3-5亿元得项目有4个。'), ['6亿元 investment item', '3-5亿元 threshold aggregate']);
    // A range of one project's figure followed by other words is money.
    assert.deepEqual(attributes('项目投产后预计每年新增产值3-4亿元,年纳税600万元。')[0].endsWith('threshold aggregate'), false);
  });
});

describe('a size class in 亿 written with 级 and no currency', () => {
  it('reads the level of an industry (`千亿级产业`) or of counted classes (`3个百亿级`) as a threshold', () => {
    assert.deepEqual(valuesAndRoles('园区围绕再造一个千亿级产业,推动产城融合。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(valuesAndRoles('力争形成“2个千亿级、4个三百亿级”产业集群。'), ['千亿 100000000000 threshold', '三百亿 30000000000 threshold']);
  });

  it('leaves other things of a level no money (`亿级像素`, `百万级用户`)', () => {
    assert.deepEqual(valuesAndRoles('新款相机采用亿级像素传感器,平台拥有百万级用户。'), []);
  });

  it('reads the level of an industry named between 级 and 产业, after 的 or 元 too, as a threshold', () => {
    assert.deepEqual(valuesAndRoles('青禾港打造千亿级精细化工产业集群。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(valuesAndRoles('某市正加快打造新材料万亿级产业集群。'), ['万亿 1000000000000 threshold']);
    assert.deepEqual(valuesAndRoles('未来有望形成千亿元级的储能产业集群。'), ['千亿元 100000000000 threshold']);
    assert.deepEqual(rolesAndScopes('某县加快打造千亿级园区,承接产业转移。'), ['千亿 threshold/aggregate']);
    // Not an industry after the level, or a park named after one: no money.
    assert.deepEqual(valuesAndRoles('项目采用万亿级算力芯片。'), []);
    // A park named after its level is a goal set at that scale, a size class too (scaleAsGoal.ts; guidelines: `百亿级`).
    assert.deepEqual(valuesAndRoles('规划建设千亿级光伏产业基地。'), ['千亿 100000000000 threshold']);
  });

  it('reads a level in 亿 sizing projects of a kind, or a park it describes after 的, as a threshold', () => {
    assert.deepEqual(valuesAndRoles('从规模看,百亿级在建项目3个、20亿级在建项目7个。'), ['百亿 10000000000 threshold', '20亿 2000000000 threshold']);
    assert.deepEqual(valuesAndRoles('这是青禾县引进的又一百亿级装备制造业项目。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(valuesAndRoles('临川新城向打造万亿级的现代智能装备产业基地迈进。'), ['万亿 1000000000000 threshold']);
    // A level of something that is no class of projects, firms or industries stays no money.
    assert.deepEqual(valuesAndRoles('该相机采用1亿级像素传感器。'), []);
    assert.deepEqual(valuesAndRoles('又一千万元资金到位。'), ['一千万元 10000000 completed']);
  });

  it('reads a level quoted before its class, one before a park after 的, or 亿 alone right before projects as a threshold', () => {
    assert.deepEqual(valuesAndRoles('鹿鸣新区这个“千亿级”项目年底投产。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(valuesAndRoles('青禾药谷有望建成300亿级的康养示范园区。'), ['300亿 30000000000 threshold']);
    assert.deepEqual(valuesAndRoles('此次签约的18个项目中,亿级项目15个。'), ['亿 100000000 threshold']);
    // 亿 alone before anything else than projects, firms or parks counts something else.
    assert.deepEqual(valuesAndRoles('平台积累了亿级用户,亿级“流量”。'), []);
    assert.deepEqual(valuesAndRoles('鹿鸣新区这个“千亿级”芯片算力中心年底投产。'), []);
  });
});

describe('a round scale in 亿 before a class noun', () => {
  it('reads 百亿/千亿 written in numerals alone right before projects, firms, industries or parks as a threshold', () => {
    assert.deepEqual(valuesAndRoles('这是青禾县正在推进的三个百亿产业园之一。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(valuesAndRoles('这些百亿项目中,某某项目将建立总部。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(valuesAndRoles('园区集聚了光伏和储能“双千亿”产业。'), ['千亿 100000000000 threshold']);
  });

  it('reads a round scale with a bound right before it and projects or firms after it as a threshold, counted or not', () => {
    assert.deepEqual(valuesAndRoles('青禾湾片区首个单项目产值超百亿项目正式签约落户。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(valuesAndRoles('华鸿广场、中建绿谷等逾千亿项目陆续签约。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(valuesAndRoles('园区已集聚超过百亿企业。'), ['百亿 10000000000 threshold']);
    // The class is no project's name.
    assert.deepEqual(namesInText('青禾湾片区首个单项目产值超百亿项目正式签约落户。').filter((n) => n.startsWith('PROJECT')), []);
    // A bound before another noun is left to the other readings.
    assert.deepEqual(valuesAndRoles('力争销量超百亿台。'), []);
  });

  it('reads a round scale right before an industry, named between or not, as a threshold, counted or not', () => {
    assert.deepEqual(rolesAndScopes('鹿鸣县提出“做强千亿铜材产业集群,建成西部最大的铜材基地”。'), ['千亿 threshold/aggregate']);
    assert.deepEqual(valuesAndRoles('这批项目为打造新区百亿光伏产业夯实了基础。'), ['百亿 10000000000 threshold']);
    // A park or a fund named after the scale is no industry of that size (a goal set for the park is a size class: scaleAsGoal.ts).
    assert.deepEqual(valuesAndRoles('青禾百亿产业园区的名声不小,设立百亿产业基金。'), []);
  });

  it('leaves a scale in 万, one before another noun, or one with nothing counted before it, alone', () => {
    assert.deepEqual(valuesAndRoles('全市有百万产业工人,千亿人次。'), []);
    assert.deepEqual(valuesAndRoles('青禾百亿产业园的名声不小。'), []);
  });

  it('reads a round scale in 亿 written with 元, no number, right before projects as a threshold, counted or not', () => {
    assert.deepEqual(valuesAndRoles('青禾经开区亿元项目建设热火朝天。'), ['亿元 100000000 threshold']);
    assert.deepEqual(valuesAndRoles('●亿元项目再创新高。'), ['亿元 100000000 threshold']);
    // Before a park it is a goal, as without 元.
    assert.deepEqual(valuesAndRoles('打造亿元产业园的目标不变。'), []);
  });

  it('reads a round scale right before a city, a county or its GDP as a threshold, counted or not', () => {
    assert.deepEqual(valuesAndRoles('全力冲刺千亿市,争创百亿县。'), ['千亿 100000000000 threshold', '百亿 10000000000 threshold']);
    assert.deepEqual(valuesAndRoles('湖南百亿GDP县城引进外资项目。'), ['百亿 10000000000 threshold']);
    // A market is no city.
    assert.deepEqual(valuesAndRoles('开拓百亿市场。'), []);
  });
});

describe('a kind of project after a bound without a currency word', () => {
  it('reads `5亿以上大项目9个` as a size class', () => {
    assert.deepEqual(rolesAndScopes('签约项目涵盖多个重点产业,8亿以上大项目6个。'), ['8亿 threshold/aggregate']);
  });
});

describe('a note in brackets between a bound and its class', () => {
  it('reads the class past a short note (`以上(含续建)的项目34个`)', () => {
    assert.deepEqual(rolesAndScopes('投资额3000万元以上(含续建)的项目27个,投资额9.6亿元。'), ['3000万元 threshold/aggregate', '9.6亿元 investment/aggregate']);
  });

  it('reads the class past a note after a bound written before the amount (`超过亿元(含)的项目12个`)', () => {
    assert.deepEqual(rolesAndScopes('新开工项目中,投资超过亿元(含)的项目23个,总投资61.2亿元。'), ['亿元 threshold/aggregate', '61.2亿元 investment/aggregate']);
    // With no count after the class noun, the bound before the amount says what the projects add up to.
    assert.deepEqual(rolesAndScopes('引进投资不低于30亿元(一期)的新材料项目。').map((r) => r.split(' ')[1]), ['investment/item']);
  });

  it('reads an amount after `(含` closing the brackets as the bound written again (`超过20亿元(含20亿元)的项目8个`)', () => {
    assert.deepEqual(rolesAndScopes('全县续建项目中,总投资超过20亿元(含20亿元)的项目7个,完成投资44.3亿元。'),
      ['20亿元 threshold/aggregate', '20亿元 threshold/aggregate', '44.3亿元 completed/aggregate']);
    // A part of a total in brackets is the total's own money, no bound.
    assert.deepEqual(rolesAndScopes('该基地总投资18亿元(含土地款3亿元)。').map((r) => r.split(' ')[1]), ['investment/item', 'investment/item']);
  });

  it('reads the bound past a note between the amount and `以上` (`5亿元(人民币,下同)以上签约项目16个`)', () => {
    assert.deepEqual(rolesAndScopes('本届展会上,南丰市6亿元(人民币,下同)以上签约项目共有14个。'), ['6亿元 threshold/aggregate']);
    // A gloss with no bound after it leaves the amount its own money.
    assert.deepEqual(rolesAndScopes('南丰市签约项目14个,签约金额86亿元(人民币,下同)。').map((r) => r.split(' ')[1]), ['contract/aggregate']);
  });
});

describe('size classes counted in other words', () => {
  it('reads a bound followed straight by its count, the class noun left to the sentence, as a size class of any count', () => {
    assertMoney('今年新签约项目58个、总投资410亿元,其中,50亿元以上1个、总投资62亿元,10亿元以上9个、总投资180亿元。', [
      { text: '410亿元', role: 'investment', scope: 'aggregate' },
      { text: '50亿元', role: 'threshold', scope: 'aggregate' },
      // A category total, though the category holds one project.
      { text: '62亿元', role: 'investment', scope: 'aggregate' },
      { text: '10亿元', role: 'threshold', scope: 'aggregate' },
      { text: '180亿元', role: 'investment', scope: 'aggregate' },
    ]);
  });

  it('reads a bound, what else the counted projects did, and the projects counted as a size class', () => {
    assert.deepEqual(attributes('全区新签约亿元以上并完成供地项目42个。'), ['亿元 threshold aggregate']);
    // Without a count after the projects, the bound amount stays money of its own.
    assert.notEqual(attributes('全区新签约5亿元以上并完成供地。')[0].split(' ')[1], 'threshold');
  });

  it('reads a range said to lie between (之间) before counted projects as a size class', () => {
    assert.deepEqual(attributes('总投资在5亿元~20亿元之间的项目14个,总投资共126亿元。'), ['5亿元~20亿元 threshold aggregate', '126亿元 investment aggregate']);
  });

  it('reads a bare scale before 项目 as a size class, with its count after a verb of having or before a name', () => {
    assert.deepEqual(attributes('当天开工或签约的百亿元项目共有6个。'), ['百亿元 threshold aggregate']);
    assert.deepEqual(attributes('10月8日,百亿元项目青湖生态文旅城开工。'), ['百亿元 threshold aggregate']);
    // A figure before the project (`十二亿元`) is money, scale words or not.
    assert.deepEqual(attributes('编列十二亿元项目预算。').map((a) => a.split(' ')[1]), ['investment']);
  });
});

describe('a bound or a range, 的, then how many reach it', () => {
  const roleOf = (text: string): string[] => attributes(text).map((a) => `${a.split(' ')[0]} ${a.split(' ')[1]}`);

  it('reads a bound followed by 的 and a count after a verb of having or reaching as a size class', () => {
    assert.deepEqual(roleOf('今年新批外资项目12个,其中合同外资800万美元以上的达5个。'), ['800万美元 threshold']);
    assert.deepEqual(roleOf('落户企业中,投资额超过3000万美元的已有14家。'), ['3000万美元 threshold']);
  });

  it('reads a range said to lie between before 的 and its count as a size class', () => {
    assert.deepEqual(roleOf('新签内资项目中,投资额介于2000-5000万元之间的有7个。'), ['2000-5000万元 threshold']);
  });

  it('keeps the sum of projects counted after 的, and one counted firm, as money of their own', () => {
    assert.deepEqual(roleOf('总投资超80亿元的6个项目集中签约。'), ['80亿元 investment']);
    assert.notEqual(roleOf('投资超10亿元的一家新材料企业落户白鹭湾开发区。')[0].split(' ')[1], 'threshold');
  });
});

describe('one project counted before a bound and 的', () => {
  const roles = (text: string): string[] => valuesAndRoles(text).map((a) => a.split(' ').filter((_, i) => i !== 1).join(' '));

  it('reads `一个超X的投资项目` as that one project\'s investment, no size class', () => {
    assert.deepEqual(roles('4月12日,某县西片区迎来一个超20亿元的投资项目——某某新能源项目正式落地。'), ['20亿元 investment']);
  });

  it('keeps projects counted after the bound and 的 a size class', () => {
    assert.deepEqual(roles('该区今年引进投资超20亿元的项目6个。'), ['20亿元 threshold']);
  });
});

describe('each project of a size', () => {
  it('reads 每个 before an amount and its class noun as a size class', () => {
    assert.deepEqual(attributes('该市实行领导包联制度,每个3亿元项目都由一名副市长牵头推进。'), ['3亿元 threshold aggregate']);
  });

  it('keeps each project\'s own money, the noun written before the amount, as money', () => {
    assert.notEqual(attributes('该市实行领导包联制度,每个项目3亿元,由一名副市长牵头推进。')[0].split(' ')[1], 'threshold');
  });
});

describe('a class bounded both ways, and very big projects', () => {
  const rolesOf = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads a lower bound followed by an upper bound and the class noun as a size class', () => {
    assert.deepEqual(rolesOf('全年落户计划投资3亿元以上8亿元以下项目14个。'), ['3亿元 threshold', '8亿元 threshold']);
  });

  it('keeps a lower bound whose clause ends before the next amount', () => {
    assert.deepEqual(rolesOf('该园区今年完成投资3亿元以上,8亿元以下项目将陆续开工。'), ['3亿元 completed', '8亿元 threshold']);
  });

  it('reads a bound before 超大项目 as a size class', () => {
    assert.deepEqual(rolesOf('新设外资项目57家,其中过亿美元超大项目3个。'), ['亿美元 threshold']);
  });
});

describe('a round scale in 亿 set as a goal (scaleAsGoal.ts)', () => {
  it('reads the scale a place sets out to build or reach as a size class, whatever noun follows', () => {
    assert.deepEqual(valuesAndRoles('打造百亿园区的目标不变。'), ['百亿 10000000000 threshold']);
    assert.deepEqual(valuesAndRoles('三家央企将布局千亿级深远海光伏。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(valuesAndRoles('为尽快实现千亿级目标铺路。'), ['千亿 100000000000 threshold']);
    assert.deepEqual(valuesAndRoles('青禾将打造“万亩百亿级”智造大平台。'), ['百亿 10000000000 threshold']);
  });

  it('reads `元` after a multiplier as the currency, even before a word `元` opens elsewhere (`争创百亿元区`)', () => {
    assert.deepEqual(valuesAndRoles('柳岸园区提出争创百亿元区。'), ['百亿元 10000000000 threshold']);
  });

  it('leaves a scale a money word names between the verb and it to that word', () => {
    assert.deepEqual(valuesAndRoles('力争实现产值千亿。'), ['千亿 100000000000 revenue']);
  });

  it('reads a bare `亿元` before a project through `的` or its kind as the projects\' size class', () => {
    assert.deepEqual(valuesAndRoles('青禾镇签下一个亿元果蔬烘干项目。'), ['亿元 100000000 threshold']);
    assert.deepEqual(valuesAndRoles('其中过亿元的项目包括:柳岸物流项目、青禾食品项目。'), ['亿元 100000000 threshold']);
  });
});
