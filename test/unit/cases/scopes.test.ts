// Whose figure an amount is: one project's (item), a batch's or a region's sum (aggregate),
// or a period's total.
import { strict as assert } from 'node:assert';
import { recognize } from '../../../src/core/recognition/recognize';
import { attributes, attributes as money } from '../attributeHelpers';
import { linksOf } from '../linkHelpers';
import { itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';
import { rolesAndScopes } from './caseReaders';

const PARAGRAPHS: readonly MarkedParagraph[] = [
  [
    'a company\'s running totals since its own start, and its half-year report, are items',
    '投产以来，华晟光电累计实现销售收入86亿元，累计纳税7亿元。公司上半年实现营业收入36.5亿元，同比增长21%，净利润3.2亿元。' +
      '全市42家上市公司上半年实现营业收入920亿元。',
    [
      { text: '86亿元', role: 'revenue', scope: 'item' },
      { text: '7亿元', role: 'tax', scope: 'item' },
      { text: '36.5亿元', role: 'revenue', scope: 'item' },
      { text: '3.2亿元', role: 'other', scope: 'item' },
      { text: '920亿元', role: 'revenue', scope: 'aggregate' },
    ],
  ],
  [
    'a batch of projects states the batch\'s total',
    '这批项目总投资156亿元，年度计划投资40亿元。此次集中签约的项目总投资88亿元。',
    [
      { text: '156亿元', role: 'investment', scope: 'aggregate' },
      { text: '40亿元', role: 'investment', scope: 'aggregate' },
      { text: '88亿元', role: 'investment', scope: 'aggregate' },
    ],
  ],
  [
    'a ；clause opening with 另外 has a subject of its own',
    '签约的5个项目中，4个为工业项目，总投资12亿元；另外一个项目为[[PROJECT:青岚康养小镇项目]]，投资额3亿元。',
    [
      { text: '12亿元', role: 'investment', scope: 'aggregate' },
      { text: '3亿元', role: 'investment', scope: 'item' },
    ],
  ],
];

describe('whole paragraphs: their marked names and the attributes of each amount', () => {
  itChecksParagraphs(PARAGRAPHS);
});

describe('an aside about an undisclosed case', () => {
  it('sums the batch when the 其中 clause only says a part is kept undisclosed', () => {
    assert.deepEqual(attributes('審議會今天通過6件投資案,其中2件不公開,投資總額為新台幣35.5億元。'), ['35.5億元 investment aggregate']);
  });

  it('still reads a 其中 part that tells its own figures as that part', () => {
    assert.deepEqual(attributes('審議會今天通過6件投資案,其中1件為外商,投資總額為新台幣3億元。'), ['3億元 investment item']);
  });
});

describe('the first thing of a list opened by 分别为:', () => {
  it('reads the amounts after the first named thing as its own', () => {
    assert.deepEqual(attributes('另外6个项目分别为:华兴食品有限公司年产3万吨饮料项目,投资总额6000万元,预计年产值1.8亿元。'), [
      '6000万元 investment item',
      '1.8亿元 revenue item',
    ]);
  });

  it('still sums a batch whose amount follows 分别 without a named thing', () => {
    assert.deepEqual(attributes('6个项目分别为:食品、纺织等项目,总投资12亿元。'), ['12亿元 investment aggregate']);
  });
});

describe('the scope of a batch event', () => {
  it('reads the money written right after a batch signing or start of works as the batch sum', () => {
    assert.deepEqual(money('青州集中签约超300亿元重大招商项目'), ['300亿元 contract aggregate']);
    assert.deepEqual(money('当天集中开工项目总投资120亿元。'), ['120亿元 investment aggregate']);
    assert.deepEqual(money('当天,青港集中动工项目总投资36亿元,有多个项目。'), ['36亿元 investment aggregate']);
  });

  it('keeps the money of a project named between the event and the amount', () => {
    assert.deepEqual(money('集中签约的青禾光电项目,总投资5亿元。'), ['5亿元 investment item']);
  });
});

describe('listed names with bracketed amounts, companies and counted cases', () => {
  const scopes = (text: string): string[] =>
    recognize(text)
      .filter((e) => e.label === 'MONEY')
      .map((e) => `${e.text} ${e.scope}`);

  it('gives each listed name its bracketed amount, but keeps a lone bracket a gloss', () => {
    assert.deepEqual(scopes('新批外资项目共有3个,分别是华兴国际(5000万美元)、瑞丰精工(1200万美元)、东洋电子(800万美元)。'), [
      '5000万美元 item',
      '1200万美元 item',
      '800万美元 item',
    ]);
    assert.deepEqual(scopes('全县共有签约项目40个,到位资金12亿元,完成全年任务(30亿元)的40%。'), ['12亿元 aggregate', '30亿元 aggregate']);
  });

  it('gives the money a company named right before 投资 invests to that company, after a count too', () => {
    assert.deepEqual(scopes('本月核准6家企业进驻,包括华兴电子有限公司投资3.2亿元,设立研发中心。'), ['3.2亿元 item']);
    // Two companies joined as one subject still share a sum.
    assert.deepEqual(scopes('华兴电子有限公司和瑞丰精工有限公司共投资8亿元。'), ['8亿元 aggregate']);
  });

  it('gives a project named with its investment, and its phases, that project\'s money after a count too', () => {
    const text = '据悉,青川园区正在建设两个重点项目,即锂电新材料产业园和智造产业园,青川锂电项目总投资30亿元,占地约300亩,其中一期计划投资10亿元;'
      + '汇通光电新材料项目总投资9亿元,项目分两期,其中一期拟投资4亿元。';
    assert.deepEqual(scopes(text), ['30亿元 item', '10亿元 item', '9亿元 item', '4亿元 item']);
    // A kind of project opening the clause, or a count after the name, is still a sum.
    assert.deepEqual(scopes('今年园区新开工项目8个,重大产业项目总投资21亿元。'), ['21亿元 aggregate']);
    assert.deepEqual(scopes('全年园区招商引资到位资金12亿元,每年将为园区引进项目投资不低于5亿元。').slice(1), ['5亿元 aggregate']);
  });

  it('reads the investment a project draws in from others (带动…投资) as their sum', () => {
    const text = '松岭储能项目总投资18亿元,建成后预计年产值约30亿元,同时将带动约45亿元的上下游产业投资。';
    assert.deepEqual(scopes(text), ['18亿元 item', '30亿元 item', '45亿元 aggregate']);
    // a bound between the verb and the amount, as the guidelines write qualifiers
    assert.deepEqual(scopes('柳塘电机项目投资6亿元,将带动至少20亿元的相关配套项目落地。'), ['6亿元 item', '20亿元 aggregate']);
  });

  it('reads a count of cases or firms with 件 or 间 as several projects, not a capacity', () => {
    assert.deepEqual(scopes('审议会通过6件投资案,投资总额12亿元。'), ['12亿元 aggregate']);
    assert.deepEqual(scopes('共有9间签约的企业,意向总投资将达到50亿港元。'), ['50亿港元 aggregate']);
    assert.deepEqual(scopes('华兴制衣有限公司年产3000万件服装加工项目总投资5亿元。'), ['5亿元 item']);
  });

  it('gives a park sited and planned in the sentence its own construction money', () => {
    assert.deepEqual(scopes('该园区选址于城东,总规划占地1500亩,总投资约40亿元。'), ['40亿元 item']);
    assert.deepEqual(scopes('该园区今年引进项目12个,总投资约40亿元。'), ['40亿元 aggregate']);
  });
});

describe('sums stated for a kind of project, a statistic or a count', () => {
  const money = rolesAndScopes;

  it('takes a total stated for a kind of project, or for all the signed projects, as a sum', () => {
    assert.deepEqual(money('医药项目总投资8.5亿元,主要建设药品生产线。电子项目投资6.2亿元,建设芯片封测厂。'), [
      '8.5亿元 investment/aggregate',
      '6.2亿元 investment/aggregate',
    ]);
    assert.deepEqual(money('该区签约项目全部建成投产后,预计可实现年产值90亿元。'), ['90亿元 revenue/aggregate']);
    // One project, named or not, keeps its own figures.
    assert.deepEqual(money('华兴电子项目总投资3亿元。该项目全部建成投产后,预计可实现年产值9亿元。'), ['3亿元 investment/item', '9亿元 revenue/item']);
  });

  it('takes each clause of a list of kinds of project after 其中 as that kind\'s total', () => {
    assert.deepEqual(money('某县集中开工35个重点项目,总投资210亿元,其中产业项目总投资130亿元、基础设施项目总投资50亿元、社会民生项目总投资30亿元。'), [
      '210亿元 investment/aggregate',
      '130亿元 investment/aggregate',
      '50亿元 investment/aggregate',
      '30亿元 investment/aggregate',
    ]);
    // A named project in a later clause keeps its own money.
    assert.deepEqual(money('其中工业项目总投资80亿元,青禾光电项目总投资12亿元。'), ['80亿元 investment/aggregate', '12亿元 investment/item']);
  });

  it('takes a ；item opened by a sector a report splits its projects by as that sector\'s total', () => {
    assert.deepEqual(money('其中,基础设施项目总投资12亿元;公共服务项目总投资26亿元;产业项目总投资9亿元。'), [
      '12亿元 investment/aggregate',
      '26亿元 investment/aggregate',
      '9亿元 investment/aggregate',
    ]);
    assert.deepEqual(money('按产业分:二产项目开工7个,到位资金1.6亿元;三产项目开工11个,到位资金3.2亿元。'), [
      '1.6亿元 completed/aggregate',
      '3.2亿元 completed/aggregate',
    ]);
    // A named project opening its ；item keeps its own money.
    assert.deepEqual(money('其中,基础设施项目总投资12亿元;金穗服务中心项目总投资6亿元。'), ['12亿元 investment/aggregate', '6亿元 investment/item']);
  });

  it('takes a total broken down after a colon among counted parks as their sum', () => {
    assert.deepEqual(money('●工业产值4820.5亿元:6个国家高新区2950.4亿元,省级高新区1870.1亿元'), [
      '4820.5亿元 revenue/aggregate',
      '2950.4亿元 revenue/aggregate',
      '1870.1亿元 revenue/aggregate',
    ]);
    // What follows the colon counts no parks, places, firms or projects: one project's money.
    assert.deepEqual(money('该项目总投资7亿元:3个月内开工建设。'), ['7亿元 investment/item']);
  });

  it('takes a total broken down after a colon among classes of parks as their sum', () => {
    assert.deepEqual(money('●技术收入3120.4亿元:国家高新区1980.6亿元,省级高新区1139.8亿元'), [
      '3120.4亿元 revenue/aggregate',
      '1980.6亿元 revenue/aggregate',
      '1139.8亿元 revenue/aggregate',
    ]);
  });

  it('reads the first quarter said as 首季 as a period', () => {
    assert.deepEqual(money('预计首季完成工业总产值260亿元'), ['260亿元 revenue/aggregate']);
  });

  it('keeps the output of one project\'s phase its own, though it counts the firms it will host', () => {
    assert.deepEqual(money('园区负责人介绍,三期项目建成投运后,可入驻企业80余家,年产值可达16亿元。'), ['16亿元 revenue/item']);
  });

  it('takes money per day spread over a year as a rate of the whole', () => {
    assert.deepEqual(money('按照一年计算,每天有4.6亿元协议投资落到两个新区。'), ['4.6亿元 contract/aggregate']);
  });

  it('takes the money of a signing of key projects as their sum', () => {
    assert.deepEqual(money('6月3日,青川高新区举办重点项目签约仪式,总投资76亿元。'), ['76亿元 investment/aggregate']);
  });

  it('takes a province or city named at the head of a clause as the subject of a statistic', () => {
    assert.deepEqual(money('其中,杭州市在赣投资到位资金212.5亿元,合作成效明显。'), ['212.5亿元 completed/aggregate']);
    // Levels of government after a locative are no region's statistic.
    assert.deepEqual(money('他表示,在市县两级支持下,投资30亿元,建设新型建材生产线。'), ['30亿元 investment/item']);
  });

  it('takes the money of the projects at a stage (`新建、续建项目`) as their sum', () => {
    assert.deepEqual(money('新建、续建项目到位资金412.6亿元,占总到位资金的58%。'), ['412.6亿元 completed/aggregate']);
    assert.deepEqual(money('续建项目完成投资57亿元。'), ['57亿元 completed/aggregate']);
  });

  it('takes a statistic followed by its growth rate, and two companies\' money together, as sums', () => {
    assert.deepEqual(money('从资金到位情况看,完成48.4亿元,增长23.9%。'), ['48.4亿元 completed/aggregate']);
    assert.deepEqual(money('华鼎科技有限公司和万益食品厂日前与吉安经开区签订协议,将投资近8亿元在吉安经开区办厂。'), ['8亿元 investment/aggregate']);
    // Their money for one project is that project's.
    assert.deepEqual(money('华鼎科技有限公司和万益食品有限公司投资5亿元建设光电产业园项目。'), ['5亿元 investment/item']);
  });

  it('takes an approximate count of companies as a count', () => {
    assert.deepEqual(money('近年来,该市共吸引了200余家台资企业落户,合同利用台资30多亿美元。'), ['30多亿美元 foreign/aggregate']);
  });
});

describe('averages over land', () => {
  it('reads an average over land in a sentence about one project as that project’s own', () => {
    assert.deepEqual(money('该项目计划总投资8亿元,预计实现年销售12亿元、亩均税收60万元,税收2400万元。'), [
      '8亿元 investment item',
      '12亿元 revenue item',
      '60万元 tax item',
      '2400万元 tax item',
    ]);
    assert.deepEqual(money('据介绍,项目投资强度650万元每亩,亩均税收突破70万元。'), ['650万元 investment item', '70万元 tax item']);
    assert.deepEqual(money('丰禾新材料项目占地90亩,总投资3亿元,达产后亩均产值可达900万元。'), ['3亿元 investment item', '900万元 revenue item']);
  });

  it('keeps an average over land of a park, of firms moving in, of counted firms or of joined projects as many’s', () => {
    assert.deepEqual(money('去年,该园区亩均税收达到38万元。'), ['38万元 tax aggregate']);
    assert.deepEqual(money('入园项目亩均税收不低于25万元。'), ['25万元 tax aggregate']);
    assert.deepEqual(money('今年新签约制造业企业40家,平均每亩投资520万元。'), ['520万元 investment aggregate']);
    assert.deepEqual(money('东湖项目和西岭项目达产后亩均产值可达700万元。'), ['700万元 revenue aggregate']);
  });

  it('reads an amount per 亩 written after it as an average, in Traditional too', () => {
    assert.deepEqual(money('园区企业达产后,年产值不低于900万元/亩。'), ['900万元 revenue aggregate']);
    assert.deepEqual(money('項目投產後,年稅收預計超45萬/畝。'), ['45萬 tax item']);
  });

  it('keeps an amount with no land unit after it as the project’s', () => {
    assert.deepEqual(money('项目达产后,年产值不低于900万元,用地120亩。'), ['900万元 revenue item']);
  });
});

describe('a sentence without a subject after a batch of projects', () => {
  it('sums the batch named in the sentence before', () => {
    assert.deepEqual(attributes('新批项目有华兴精工增资项目、瑞丰纺织有限公司,均为外资项目。总投资额2.4亿美元,利用外资1.8亿美元。'), [
      '2.4亿美元 investment aggregate',
      '1.8亿美元 foreign aggregate',
    ]);
    assert.deepEqual(attributes('这些项目科技含量高、带动力强。项目建成后,年产值可达80亿元以上,税收3亿元以上。'), [
      '80亿元 revenue aggregate',
      '3亿元 tax aggregate',
    ]);
    // A long sentence: its last amount lies more than one window from the sentence's start.
    const long = attributes(
      '这些项目科技含量高。项目建成后,年产值可达80亿元以上,税收3亿元以上,不仅能带动上下游配套企业加快集聚,' +
        '补齐冷链物流、精深加工等环节短板,推动区域特色农业提档升级,更能助力本地食品产业实现产值300亿元年度目标。',
    );
    assert.deepEqual(long.slice(-1), ['300亿元 revenue aggregate']);
  });

  it('keeps one project\'s figures its own', () => {
    assert.deepEqual(attributes('华兴精工项目主要生产汽车零部件。项目建成后,年产值可达8亿元,税收3000万元。'), [
      '8亿元 revenue item',
      '3000万元 tax item',
    ]);
    // The subject is named in the amount's own sentence: the batch before does not decide.
    assert.deepEqual(attributes('这些项目科技含量高。其中华兴精工项目总投资5亿元。'), ['5亿元 investment item']);
  });

  it('reads a running total or a quarter\'s figure of the project heading its sentence as that project\'s', () => {
    // The first clause names one project (after what describes it), and the period word comes after it.
    assert.deepEqual(attributes('新华社泉州五月三日电(记者 林某)投资八十亿元的泉港乙二醇项目,到四月底时已完成总进度的七成,累计完成投资金额五十二亿元。'), [
      '八十亿元 investment item',
      '五十二亿元 completed item',
    ]);
    // A phase of the project opening quoted speech.
    assert.deepEqual(attributes('“二期项目主装置满负荷运行,首季实现产值8亿元。”某某公司负责人介绍。'), ['8亿元 revenue item']);
    // Several projects, or a kind of them, heading the sentence: still a sum.
    assert.deepEqual(attributes('A项目、B项目建设顺利,今年累计完成投资9亿元。'), ['9亿元 completed aggregate']);
    assert.deepEqual(attributes('重点项目,今年累计完成投资9亿元。'), ['9亿元 completed aggregate']);
    assert.deepEqual(attributes('总投资6亿元的甲项目、总投资3亿元的乙项目等项目签约,全年重大项目投资40亿元。').slice(-1), ['40亿元 investment aggregate']);
  });
});

describe('lists in Traditional reposts', () => {
  it('reads a Traditional 分別是: list of projects, each with its amount, as items of those projects', () => {
    const text = '本屆洽談會白河縣簽約的3個項目分別是:白河縣青松果蔬冷鏈建設項目,總投資2.4個億;白河縣紅石峪景區開發項目,總投資1.6個億;白河縣晨光包裝材料項目,總投資3600萬。';
    assert.deepEqual(money(text), ['2.4個億 investment item', '1.6個億 investment item', '3600萬 investment item']);
    assert.deepEqual(linksOf(text), [
      '2.4個億: 白河縣青松果蔬冷鏈建設項目 - -',
      '1.6個億: 白河縣紅石峪景區開發項目 - -',
      '3600萬: 白河縣晨光包裝材料項目 - -',
    ]);
  });
});

describe('one firm described by its trade', () => {
  it('keeps the money of a firm named after `从事…的` right before it its own, after a period too', () => {
    assert.deepEqual(attributes('前四个月,从事精密模具制造的漳州恒远精机到资1.6亿元,从事芯片封装的泉州华晶微电子实际到资9000万元。'), [
      '1.6亿元 completed item',
      '9000万元 completed item',
    ]);
    // Firms of a trade, unnamed: still the period's sum.
    assert.deepEqual(attributes('前四个月,从事精密模具制造的企业到资1.6亿元。'), ['1.6亿元 completed aggregate']);
  });
});

describe('a ；clause opened by a company', () => {
  it('reads a company\'s clause after a ；as its own, not under a count in the clause before', () => {
    assert.deepEqual(attributes('主要建设松溪汽配园,引进30家企业入驻;湘禾泰和公司新材料项目投资7亿元,达产后可实现年产值逾15亿元。'), [
      '7亿元 investment item',
      '15亿元 revenue item',
    ]);
    // A ；clause with no company of its own still shares the count before it.
    assert.deepEqual(attributes('今年以来,全县引进30家企业;完成投资7亿元。'), ['7亿元 completed aggregate']);
  });
});

describe('text localised or mirrored with other words and points', () => {
  it('reads Taiwan\'s 專案 as projects and a full stop between digits as a decimal point', () => {
    assert.deepEqual(attributes('嵐州本批專案總投資412億元。'), ['412億元 investment aggregate']);
    // The stop inside 86。4 does not end the sentence: the batch before still heads the tax after it.
    assert.deepEqual(attributes('这批项目投产后年产值可达86。4亿元,年纳税3。25亿元。'), [
      '86。4亿元 revenue aggregate',
      '3。25亿元 tax aggregate',
    ]);
  });
});

describe('a listed thing named again after 其中', () => {
  it('reads the part after 其中 that opens with one of the names listed before as that one\'s', () => {
    assert.deepEqual(attributes('园区引进澄禾、岚峰、青溪等电子企业9家,其中澄禾电子实现产值12亿元,电子产业产值达30亿元。'), [
      '12亿元 revenue item',
      '30亿元 revenue aggregate',
    ]);
    // A part named only by its kind of money stays part of the sum.
    assert.deepEqual(attributes('全县到位资金18.3亿元,其中外资1200万美元。'), ['18.3亿元 completed aggregate', '1200万美元 foreign aggregate']);
  });
});

describe('a zone built in phases', () => {
  it('reads the money of a zone built in phases as its own construction, not the zone\'s statistic', () => {
    assert.deepEqual(attributes('该园区分期建设,首期用地800亩,计划投资约4.6亿元。'), ['4.6亿元 investment item']);
    assert.deepEqual(attributes('今年园区计划投资4.6亿元。'), ['4.6亿元 investment aggregate']);
  });
});

describe('a phase of one project', () => {
  it('reads a phase\'s money opening its clause as a part of one project, after a region\'s figures too', () => {
    assert.deepEqual(attributes('今年上半年澄江新区固定资产投资增长18.9%。特别是投资80亿元启动建设澄江新区循环经济产业园,一期总投资达25亿元。'), [
      '80亿元 investment item',
      '25亿元 investment item',
    ]);
    assert.deepEqual(attributes('青溪高新区加快推进智造产业园建设,其中一期项目累计完成投资3.2亿元,6座厂房已建成。'), ['3.2亿元 completed item']);
  });

  it('keeps counted projects signed in a first round a sum', () => {
    assert.deepEqual(attributes('首期签约项目12个,总投资36亿元。'), ['36亿元 investment aggregate']);
  });
});

describe('firms listed as the subject', () => {
  it('reads the money of three or more firms listed with 等 as their sum', () => {
    assert.deepEqual(attributes('澄禾、岚峰、青溪、远山等新能源整车企业先后落户,2023年共生产整车26万辆,实现产值318亿元。'), ['318亿元 revenue aggregate']);
    assert.deepEqual(attributes('参与签约的厂商包括澄禾物流、岚峰冷链、青溪电商等,计划投资86亿元。'), ['86亿元 investment aggregate']);
  });

  it('keeps one firm\'s money its own when the list says what it does, or the money goes to one project', () => {
    assert.deepEqual(attributes('澄禾集团是业务涵盖地产、酒店、制造业等领域的综合性集团公司,去年营业收入90亿元。'), ['90亿元 revenue item']);
    assert.deepEqual(attributes('澄禾、岚峰、青溪等企业联合投资的远山智造产业园项目总投资12亿元。'), ['12亿元 investment item']);
  });
});

describe('a place\'s name that runs on into one thing\'s name', () => {
  it('keeps the money of a works or a park named after a city its own, and the items after it', () => {
    assert.deepEqual(attributes('其中,澄江大桥总投资15亿元、龙口市老城区改造工程总投资68亿元、榕丰纺织科技园总投资6.7亿元。'), [
      '15亿元 investment item',
      '68亿元 investment item',
      '6.7亿元 investment item',
    ]);
    assert.deepEqual(attributes('其中,龙口市实际到位资金68亿元。'), ['68亿元 completed aggregate']);
  });
});


describe('works as a modifier of another noun', () => {
  it('reads an industry named with 工程 before its noun as a sum, and a works named with 工程 as one', () => {
    assert.deepEqual(attributes('2019年株洲市工程机械总产值突破600亿元。株洲工程机械年产值将超900亿元。'), [
      '600亿元 revenue aggregate',
      '900亿元 revenue aggregate',
    ]);
    assert.deepEqual(attributes('青石水库扩容工程总投资12亿元。'), ['12亿元 investment item']);
  });
});

describe('an amount modifying a kind of money before 项目', () => {
  it('reads an amount modifying `投资项目` as that one project\'s, its name after a dash', () => {
    assert.deepEqual(attributes('4月12日,丰源县白沙镇北区,一个超8亿元的投资项目——蓝湖新材料项目成功落地。'), ['8亿元 investment item']);
    // A kind of money with no `项目` after it is a figure, its owner read from the clause: here counted projects.
    assert.deepEqual(attributes('4月12日,丰源县白沙镇北区,14个新开工项目将带来超8亿元的投资。'), ['8亿元 investment aggregate']);
    // Taxes and fees are a kind of money too: those the counted firms paid are theirs together.
    assert.deepEqual(attributes('有300多家企业进入青川合作区,向所在国缴纳了12亿美元的税费。'), ['12亿美元 tax aggregate']);
  });
});

describe('a total of amounts after several things', () => {
  it('reads `总金额` after a clause listing several with `等`, or saying many, as their sum', () => {
    assert.deepEqual(attributes('蓝岭集团先后投资溪口、石门、青川等五地建厂,总金额达4.6亿美元。'), ['4.6亿美元 investment aggregate']);
    assert.deepEqual(attributes('侨商代表将与我市签署一系列投资合作项目,总金额预计将超过300亿元。'), ['300亿元 investment aggregate']);
  });
  it('still reads one contract\'s total as its own', () => {
    assert.deepEqual(attributes('1月8日,青石能源在蓝湾区举行青石光伏产业园项目设备采购、安装总承包合同签约仪式,签约总金额达12亿元。'), ['12亿元 contract item']);
  });
});

describe('a second currency given as a gloss', () => {
  it('reads the gloss in brackets as the amount it glosses, whose words it cuts off', () => {
    assert.deepEqual(attributes('目前该特区已吸引4.5万亿印尼盾(约合21亿元人民币)投资,带动当地就业2500人。'), [
      '4.5万亿印尼盾 investment aggregate',
      '21亿元人民币 investment aggregate',
    ]);
  });
  it('still reads a later amount of another currency outside a bracket on its own', () => {
    assert.deepEqual(attributes('这座工业园累计吸引4.5万亿印尼盾投资,青禾集团追加投资3亿元人民币。'), [
      '4.5万亿印尼盾 investment aggregate',
      '3亿元人民币 investment item',
    ]);
  });
});

describe('the base a later figure is set against', () => {
  it('reads a figure modifying `基础上` by its own clause: a period\'s total, or one project\'s', () => {
    assert.deepEqual(attributes('在去年完成投资86亿元的基础上,三季度又签约项目11个。'), ['86亿元 completed aggregate']);
    assert.deepEqual(attributes('该项目在原计划投资12亿元的基础上,追加投资至20亿元。'), ['12亿元 investment item', '20亿元 investment item']);
  });
});

describe('money spent on one thing built at a place', () => {
  it('reads an amount whose next clause builds at a place it names first as one owner\'s', () => {
    assert.deepEqual(attributes('嘉禾精工则规划投资逾6亿元,在南屏科技工业区新建厂房,扩增齿轮产线。'), ['6亿元 investment item']);
    // A clause after the comma that builds nothing leaves the nameless figure a sum.
    assert.deepEqual(attributes('1-9月实际完成投资8亿元,在全省排名第三。'), ['8亿元 completed aggregate']);
  });
});

describe('a count of projects opening a ；clause', () => {
  it('reads `项目数` as a count, not a project\'s name opening the clause', () => {
    assert.deepEqual(attributes('合同外资增长12%;内联引资到位项目数累计215个,实际到位额188.6亿元,同比增长21%。'), [
      '188.6亿元 completed aggregate',
    ]);
    // One project's name opening the clause keeps its money.
    assert.deepEqual(attributes('合同外资增长12%;青禾光电项目以芯片封装为主,投资额18亿元。'), ['18亿元 investment item']);
  });

  it('reads the deals of projects counted in a ；item as their sum, though a name-like run ends in 项目', () => {
    assert.deepEqual(attributes('签订利用外资项目合同86个,总投资额27.3亿美元;签订省际横向联合项目合同912个,总投资额1865亿元,比上届增长31%;省际横向联合项目协议305个,总投资额620亿元。'), [
      '27.3亿美元 investment aggregate',
      '1865亿元 investment aggregate',
      '620亿元 investment aggregate',
    ]);
  });

  it('reads a count of projects opening the amount\'s own clause in a ；item as their sum', () => {
    assert.deepEqual(
      attributes('签约仪式上,我县分别与远帆集团签订临溪湿地公园项目;与青禾建材股份有限公司签订青禾墙板生产基地项目,5个项目总投资86.4亿元。'),
      ['86.4亿元 investment aggregate'],
    );
    // The item's project keeps its money when the amount's clause counts nothing.
    assert.deepEqual(
      attributes('签约仪式上,我县分别与远帆集团签订临溪湿地公园项目;与青禾建材股份有限公司签订青禾墙板生产基地项目,项目总投资8.4亿元。'),
      ['8.4亿元 investment item'],
    );
  });
});

describe('one party announcing its own outlay', () => {
  it('takes a clause opened by one party, then 则, 将 or the place it invests in, then 投资, as that party\'s money', () => {
    assert.deepEqual(attributes('晨光精工将大手笔投资近6亿元,启动厂房扩建计划,目标是扩大产能;宏远精机则将投资近2亿元,在北区新建厂房。'), [
      '6亿元 investment item',
      '2亿元 investment item',
    ]);
    assert.deepEqual(attributes('今天通过的3家厂商分别拥有全球第2大、第5大等头衔,经济部表示,全球第2大将投资逾30亿元,增设产线。'), ['30亿元 investment item']);
    assert.deepEqual(attributes('经济部昨天通过两家厂商的申请案,以某家光电大厂于北部投资九十亿元,最受关注。'), ['九十亿元 investment item']);
    // Several parties counted, a place or a batch as the subject are a sum.
    assert.deepEqual(attributes('今天通过的3家厂商分别拥有全球第2大、第5大等头衔,经济部表示,其中2家电子业者将投资约40亿元,扩建厂房。'), ['40亿元 investment aggregate']);
    assert.deepEqual(attributes('今年通过审查的厂商共12家,新竹县将投资约40亿元,扩建园区道路。'), ['40亿元 investment aggregate']);
    assert.deepEqual(attributes('今天举行集中签约仪式。本次签约项目将投资120亿元,涵盖新材料等领域。'), ['120亿元 investment aggregate']);
  });
});

describe('output a zone expects once built', () => {
  it('takes the output a bare zone word opening a clause expects after a milestone as the zone\'s sum', () => {
    assert.deepEqual(attributes('园区正加快推进二期建设,预计明年园区将完成全面开发,届时工业总产值将达60亿元,税收达到3亿元。'), [
      '60亿元 revenue aggregate',
      '3亿元 tax aggregate',
    ]);
    assert.deepEqual(attributes('目前,产业园基础设施建设已全面启动,一批龙头企业签约入驻。产业园建成后,预计可实现年产值40亿元以上。'), ['40亿元 revenue aggregate']);
    // A zone word going on into a project's name, or one project, keeps the project's own output.
    assert.deepEqual(attributes('青禾光学产业园项目总投资8亿元。产业园项目建成后,预计可实现年产值12亿元。'), ['8亿元 investment item', '12亿元 revenue item']);
  });
});

describe('output the occasion\'s projects expect once built', () => {
  it('sums the output of the occasion\'s batch, or of its projects whose fields are listed, however long the sentence', () => {
    assert.deepEqual(attributes('据了解,本次集中开工项目涉及新材料、冷链物流、数字文创等领域,既有带动力强、辐射面广的龙头项目,也有补链延链、配套完善的上下游项目,还有技术含量高、成长性好的智能制造项目和绿色低碳项目,含金量高、带动力大,预计达产后可新增年产值86.4亿元,实现税收3.2亿元。'), [
      '86.4亿元 revenue aggregate',
      '3.2亿元 tax aggregate',
    ]);
    assert.deepEqual(attributes('此次开工的项目涉及电机、电控、线束等部件,将建设电机、电控生产车间,与青禾整车项目同步投产。项目达产后年可实现销售收入约28亿元。'), [
      '28亿元 revenue aggregate',
    ]);
  });

  it('keeps one project of the occasion, its fields not listed, its own', () => {
    assert.deepEqual(attributes('此次开工的项目主要生产新型电机,将建设生产车间,与青禾整车项目同步投产。项目达产后年可实现销售收入约28亿元。'), [
      '28亿元 revenue item',
    ]);
  });
});

describe('an amount opening a list of projects closed by 等', () => {
  it('sums the projects a modified list of names closes with 等…项目', () => {
    assert.deepEqual(attributes('会上,总投资48.6亿元的青禾新材料、蓝岭冷链物流、年产8万吨环保纸品等9个项目现场签约。'), ['48.6亿元 investment aggregate']);
    assert.deepEqual(attributes('在园区内,计划投资12亿元的星澜光电产业园、星澜数据产业园和星澜电子产业链等项目正在建设。'), ['12亿元 investment aggregate']);
  });

  it('keeps each listed amount its own item, and one named thing its own', () => {
    // The amount is one item of the list (a list mark right before its cue), or an item after it has its own figure.
    assert.deepEqual(attributes('此次开工的有青禾材料扩建、总投资6.2亿元的蓝岭冷链基地、星澜光电等项目。'), ['6.2亿元 investment item']);
    assert.deepEqual(attributes('会上,总投资3亿元的青禾纸品项目、总投资5亿元的蓝岭冷链项目等现场签约。'), [
      '3亿元 investment item',
      '5亿元 investment item',
    ]);
    // Two names joined with no closing 等: each its own project, as the sentence reads.
    assert.deepEqual(attributes('总投资9亿元的青禾纸品项目、蓝岭冷链项目正式落户。'), ['9亿元 investment item']);
    // One project's name closing before the list: the list is what that project builds, the money the project's.
    assert.deepEqual(attributes('投资30亿元的青禾乐园项目计划建设星澜水上世界、蓝岭温泉酒店等3个项目。'), ['30亿元 investment item']);
  });
});

describe('a batch signed or started right after the amount, or after a column label', () => {
  it('sums projects signed together right after the amount', () => {
    assert.deepEqual(attributes('青川总投资额226亿元项目集中签约'), ['226亿元 investment aggregate']);
  });

  it('reads a headline set off after a site\'s column label as one opening its line', () => {
    assert.deepEqual(attributes('财经关注:总投资418亿!某州新区一季度37个项目集中开工'), ['418亿 investment aggregate']);
    // A label too long, or a line with no batch after the break, says nothing of a sum.
    assert.deepEqual(attributes('财经关注:总投资18亿!青禾光电项目开工'), ['18亿 investment item']);
  });

  it('reads a headline amount before projects pointed at or said uncounted as their investment together', () => {
    assert.deepEqual(attributes('\n\n86.35亿元!青川签约这些项目……\n\n5月9日,青川举行签约仪式。'), ['86.35亿元 investment aggregate']);
    assert.deepEqual(attributes('\n\n42亿元!临溪一批重大项目落地\n\n'), ['42亿元 investment aggregate']);
    // One project after the break keeps the amount its own.
    assert.deepEqual(attributes('\n\n总投资42亿元!临溪青禾光电项目落地\n\n'), ['42亿元 investment item']);
  });

  it('sums two projects counted right after the verb of building, with no classifier', () => {
    assert.deepEqual(attributes('青禾药业拟3.6亿投建两制剂项目'), ['3.6亿 investment aggregate']);
    // `两期`: phases of one project.
    assert.deepEqual(attributes('青禾药业拟3.6亿投建两期项目'), ['3.6亿 investment item']);
  });
});

describe('an area park named with its planned investment', () => {
  it('reads the planned investment of an area park opening its clause as that park\'s own build', () => {
    // A zone named earlier as the sentence's subject, or a count in another clause, does not make it a sum.
    assert.deepEqual(attributes('青川经济示范区管委会主任主持开工仪式 青禾精细材料产业园规划总投资为120亿元,主要发展电子化学品。'), ['120亿元 investment item']);
    assert.deepEqual(attributes('星澜光电产业园计划引进企业超30家;蓝岭生物科技园计划投资18亿元,构建研发平台。'), ['18亿元 investment item']);
  });

  it('still sums what a zone\'s projects put in', () => {
    assert.deepEqual(attributes('今年,青川经济开发区计划总投资120亿元,新开工项目30个。'), ['120亿元 investment aggregate']);
  });
});

describe('a site\'s area or land measured right after the amount', () => {
  it('reads a cost the next clause measures as one site\'s land or floor space as that site\'s own', () => {
    // No owner named in the sentence: the building measured after it is what the money builds.
    assert.deepEqual(attributes('两栋新楼预计明年封顶。据悉,东翼楼总投资2.4亿元,总建筑面积约1.5万平方米,地上9层。'), ['2.4亿元 investment item']);
    // A zone named as the subject would make a statistic of it; its own land after the cost makes it one build.
    assert.deepEqual(attributes('青禾药谷是新港高新区建设的第二个园区,总投资6.2亿元,占地面积85亩,明年投用。'), ['6.2亿元 investment item']);
    // A region's plan, land measured right after it, builds one facility.
    assert.deepEqual(attributes('今年,新港区计划投资3.6亿元,规划用地120亩,建设冷链仓储和分拣区。'), ['3.6亿元 investment item']);
  });

  it('still sums a counted batch, or a zone\'s figure with no area after it', () => {
    assert.deepEqual(attributes('全区新开工项目18个,总投资46亿元,总占地1200亩。'), ['46亿元 investment aggregate']);
    assert.deepEqual(attributes('青禾药谷是新港高新区建设的第二个园区,总投资6.2亿元,入驻企业23家。'), ['6.2亿元 investment aggregate']);
  });
});

describe('one named site the money builds, right after it', () => {
  it('reads money building one named site as its cost, though an earlier clause counted firms', () => {
    assert.deepEqual(attributes('青溪园一期已入驻15家企业,其中3家来自外省;省级专项资金还支持2.3亿元建设青溪园二期,建成后可再容纳40家企业。'), ['2.3亿元 funding item']);
    // `两岸` (across the strait) counts nothing.
    assert.deepEqual(attributes('今年计划引进企业超30家;计划总投资18亿元建设的两岸数字文创园,将集聚设计与传媒企业。'), ['18亿元 investment item']);
  });

  it('still sums projects counted before it, and several sites built', () => {
    assert.deepEqual(attributes('某县签约项目12个,总投资46亿元建设青溪产业园。'), ['46亿元 investment aggregate']);
    assert.deepEqual(attributes('园区已入驻15家企业;省级资金支持2.3亿元建设青溪园和蓝湾园。'), ['2.3亿元 funding aggregate']);
  });
});

describe('projects counted with N大 and a long kind', () => {
  it('reads the investment after them as their sum', () => {
    assert.deepEqual(rolesAndScopes('开幕式上,某某新区成功签约了两大智能装备产业配套项目,总投资额达到6.4亿元。'), ['6.4亿元 investment/aggregate']);
  });

  it('leaves one project of that kind, and a kind cut by a comma, as one project\'s money', () => {
    assert.deepEqual(rolesAndScopes('开幕式上,某某新区成功签约了某某智能装备产业配套项目,总投资额达到6.4亿元。'), ['6.4亿元 investment/item']);
  });
});
