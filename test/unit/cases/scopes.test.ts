// Whose figure an amount is: one project's (item), a batch's or a region's sum (aggregate),
// or a period's total.
import { strict as assert } from 'node:assert';
import { recognize } from '../../../src/core/recognition/recognize';
import { attributes, attributes as money } from '../attributeHelpers';
import { linksOf } from '../linkHelpers';
import { assertMoney, itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';
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

describe('a group of projects or parks told by its count or its share', () => {
  it('sums the projects counted right before the cue of an amount that modifies them', () => {
    assert.deepEqual(attributes('由某某集团投资6亿元的储能项目等5个总投资41亿元的项目在南湖开发区集中签约。').slice(1), ['41亿元 investment aggregate']);
    // Without a count it is the one project's.
    assert.deepEqual(attributes('总投资41亿元的储能项目开工。'), ['41亿元 investment item']);
  });

  it('reads a figure stated as a share of a park\'s or region\'s whole as a group\'s', () => {
    assert.deepEqual(attributes('截至二季度,三个省级园区完成工业产值92亿元。招商引资到位资金达31.6亿元,占园区到位资金比重达82%。'), [
      '92亿元 revenue aggregate',
      '31.6亿元 completed aggregate',
    ]);
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

describe('scope of one project and of a counted batch', () => {
  it('takes a running total in a sentence opened by one project as that project\'s', () => {
    assertMoney('华泰轴承项目主要生产精密轴承。该项目投产后，预计五年内累计销售额不低于8亿元，累计纳税不低于3000万元。', [
      { text: '8亿元', role: 'revenue', scope: 'item' },
      { text: '3000万元', role: 'tax', scope: 'item' },
    ]);
  });

  it('keeps a running total of a region or of several projects a sum', () => {
    assertMoney('今年以来，全区项目累计完成投资30亿元。签约项目12个，累计纳税2亿元。', [
      { text: '30亿元', scope: 'aggregate' },
      { text: '2亿元', scope: 'aggregate' },
    ]);
  });

  it('takes an amount that qualifies a count of projects as their sum', () => {
    assertMoney('总投资120亿元的26只重大项目集中开工，总投资5亿元的华泰轴承项目同日竣工。', [
      { text: '120亿元', role: 'investment', scope: 'aggregate' },
      { text: '5亿元', role: 'investment', scope: 'item' },
    ]);
  });
});

describe('one project counted as 一项', () => {
  it('reads the money of 一项总投资X的P项目 as that one project’s', () => {
    assert.deepEqual(money('这标志着一项总投资15亿元的“临川智能仓储物流项目”正式落户。'), ['15亿元 investment item']);
    // Several counted before the cue still sum them.
    assert.deepEqual(money('现场签约了十一项总投资15亿元的项目。'), ['15亿元 investment aggregate']);
    assert.deepEqual(money('现场签约了3项总投资15亿元的项目。'), ['15亿元 investment aggregate']);
  });
});

describe('a time word of an earlier clause about a company', () => {
  it('does not let a company’s own 今年 in an earlier ; clause head the next clause’s figure', () => {
    assert.deepEqual(money('青禾印业有限公司已经竣工投产,预计今年可实现销售1亿元;远帆木业二期设备安装结束,预计新增年销售3.5亿元。'), [
      '1亿元 revenue item',
      '3.5亿元 revenue item',
    ]);
  });

  it('still lets a heading before any company head the ; clauses after it', () => {
    assert.deepEqual(money('今年以来,全区签约项目到位资金38.6亿元;完成固定资产投资420亿元。'), [
      '38.6亿元 completed aggregate',
      '420亿元 completed aggregate',
    ]);
  });
});

describe('averages over land', () => {
  it('reads an amount after 亩均 as an average, the other figures of the sentence as the project’s', () => {
    assert.deepEqual(money('该项目计划总投资8亿元,预计实现年销售12亿元、亩均税收60万元,税收2400万元。'), [
      '8亿元 investment item',
      '12亿元 revenue item',
      '60万元 tax aggregate',
      '2400万元 tax item',
    ]);
  });

  it('reads an amount per 亩 written after it as an average, in Traditional too', () => {
    assert.deepEqual(money('项目达产后,年产值不低于900万元/亩。'), ['900万元 revenue aggregate']);
    assert.deepEqual(money('項目投產後,年稅收預計超45萬/畝。'), ['45萬 tax aggregate']);
  });

  it('keeps an amount with no land unit after it as the project’s', () => {
    assert.deepEqual(money('项目达产后,年产值不低于900万元,用地120亩。'), ['900万元 revenue item']);
  });
});

describe('what a count counts', () => {
  it('counts projects written with a numeral and 大 (四大项目)', () => {
    assert.deepEqual(money('首批四大项目同日签约入园,投资总额46亿元,预计新增年产值90亿元。'), [
      '46亿元 investment aggregate',
      '90亿元 revenue aggregate',
    ]);
  });

  it('does not count a company’s patents or honours as projects', () => {
    assert.deepEqual(money('该公司已获得7项发明专利和2项省级荣誉,预计年销售3.6亿元。'), ['3.6亿元 revenue item']);
  });

  it('still counts items that are projects after 项', () => {
    assert.deepEqual(money('今年新上5项技改项目,总投资3.6亿元。'), ['3.6亿元 investment aggregate']);
  });

  it('does not count the parts one project is divided into', () => {
    assert.deepEqual(money('项目分为研发和生产三个板块,建成后可实现年产值7亿元。'), ['7亿元 revenue item']);
  });

  it('reads a count of projects later in a headline’s clause as what the amount sums', () => {
    assert.deepEqual(money('总投资68.5亿元 青川新区14个项目集中开工'), ['68.5亿元 investment aggregate']);
    assert.deepEqual(money('投资3亿元 青川新区首个智能仓储项目开工'), ['3亿元 investment item']);
  });
});

describe('statistics reports: a month\'s totals', () => {
  it('sums what a month brought in', () => {
    assert.deepEqual(attributes('本月完成到位资金9.6亿元,其中省外资金3.1亿元。当月实现到位资金5亿元。'), [
      '9.6亿元 completed aggregate',
      '3.1亿元 completed aggregate',
      '5亿元 completed aggregate',
    ]);
  });

  it('keeps one project named after the month\'s list heading its own', () => {
    assert.deepEqual(attributes('本月新开工的重点项目主要有:某某商贸投资0.6亿元在东城区新建的某某购物中心项目。').map((a) => a.split(' ')[2]), ['item']);
  });
});

describe('statistics reports: a sum of another measure', () => {
  it('keeps one project\'s money its own when the sum before it is of floor space', () => {
    assert.deepEqual(attributes('某某包装公司拟在县工业园新建厂房,规划建筑面积合计4.6万平方米,项目分两期建设,总投资约3亿元。').map((a) => a.split(' ')[2]), ['item']);
  });

  it('still sums when the summing word counts money', () => {
    assert.deepEqual(attributes('三个项目投资合计12亿元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });

  it('still sums when the summing word counts cases or projects', () => {
    assert.deepEqual(attributes('连同待审案件,核准申购案合计87件,预计可吸引投资额约320亿元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });
});

describe('statistics reports: a batch of firms as one subject', () => {
  it('sums the money of `A、B等一批优势企业`', () => {
    assert.deepEqual(attributes('眼下,青禾、丰源、瑞康等一批优势企业都在扩规,固定资产投资超过8亿元。').map((a) => a.split(' ')[2]), ['aggregate']);
  });

  it('keeps a part after 其中 its own', () => {
    assert.deepEqual(attributes('园区引进一批重点项目,其中青禾食品公司投资2亿元。').map((a) => a.split(' ')[2]), ['item']);
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

describe('the scope of an amount said of counted projects', () => {
  it('reads a headline amount before a place’s counted projects as their sum', () => {
    assert.deepEqual(money('总投资6.2亿元青河县五个返乡创业项目集中签约'), ['6.2亿元 investment aggregate']);
    assert.deepEqual(money('总投资6.2亿元三个项目集中开工'), ['6.2亿元 investment aggregate']);
  });

  it('keeps an amount before a duration or one project as an item', () => {
    assert.deepEqual(money('青禾食品加工项目总投资5亿元两个月内建成。'), ['5亿元 investment item']);
    assert.deepEqual(money('总投资6.2亿元青河县一个项目开工'), ['6.2亿元 investment item']);
  });

  it('reads an amount modifying several companies’ counted projects as their sum', () => {
    assert.deepEqual(money('镇政府与总投资9000万元的青禾消防科技有限公司、远山文具有限公司的两个项目正式签约。'), ['9000万元 investment aggregate']);
    assert.deepEqual(money('镇政府与总投资9000万元的青禾消防科技有限公司冷链物流项目正式签约。'), ['9000万元 investment item']);
    // A list of names closed by the count of its projects, with no 的 before the count.
    assert.deepEqual(money('某区总投资31.4亿元的澄湖智慧仓储中心、南岭农产品批发市场、青禾冷链基地三个项目昨日签约。'), ['31.4亿元 investment aggregate']);
    // One project named after a list of what it builds stays one project's money.
    assert.deepEqual(money('总投资3亿元的厂房、办公楼及配套设施项目开工。'), ['3亿元 investment item']);
  });

  it('reads bare 项目 with its money right after a sentence counting projects as their sum', () => {
    const text = '本次集中开工项目共36个。其中县级项目14个,乡镇项目22个。项目总投资52.6亿元,其中:今年计划投资8.4亿。';
    assert.deepEqual(money(text), ['52.6亿元 investment aggregate', '8.4亿 investment aggregate']);
  });

  it('keeps bare 项目 after a sentence about one project as that project’s', () => {
    assert.deepEqual(money('签约了青禾食品加工项目,年产5万吨。项目总投资3亿元。'), ['3亿元 investment item']);
  });
});

describe('a region’s targets', () => {
  it('reads the targets handed to a district (任务), signed projects and their parts, as the district’s sums', () => {
    assert.deepEqual(money('给青河区分的任务是签约项目120亿元,实际利用市域外到位资金30亿元,其中:省际项目到位资金18亿元。'), [
      '120亿元 contract aggregate',
      '30亿元 completed aggregate',
      '18亿元 completed aggregate',
    ]);
  });

  it('keeps a named project’s target as that project’s', () => {
    assert.deepEqual(money('青禾光电项目今年的任务是完成投资3亿元。'), ['3亿元 completed item']);
  });
});

describe('a half-year that dates one deed', () => {
  it('reads a half-year or quarter after 于 as when one thing was done, not a period total', () => {
    assert.deepEqual(money('如今,企业又瞄准了冷链市场,于今年下半年投资3000余万元上马了二期项目。'), ['3000余万元 investment item']);
    assert.deepEqual(money('公司于2021年一季度投资800万元新建一条生产线。'), ['800万元 investment item']);
  });

  it('keeps a period with a region or without 于 as a period total', () => {
    assert.deepEqual(money('全县于今年上半年完成投资50亿元。'), ['50亿元 completed aggregate']);
    assert.deepEqual(money('今年上半年,青河县签约项目总投资50亿元。'), ['50亿元 investment aggregate']);
  });
});

describe('counts of deals, a category of one, and a money sentence after counted projects', () => {
  it('reads deals counted with 宗 as a count, so their amount is a sum', () => {
    assert.deepEqual(money('其二,办理出口贸易合同218宗,贸易额13895.21万美元。'), ['13895.21万美元 other aggregate']);
  });

  it('reads a category that holds one project (项目1个) as a category total', () => {
    assert.deepEqual(money('该镇引进港澳项目1个,投资总额3100万美元;省外项目2个,投资总额8000万元。'), [
      '3100万美元 investment aggregate',
      '8000万元 investment aggregate',
    ]);
    assert.deepEqual(money('本次集中签约的12个项目中,在县签约项目1个,计划总投资8亿元。'), ['8亿元 investment aggregate']);
  });

  it('still reads one thing counted that is no category of projects as an item', () => {
    assert.deepEqual(money('该公司新建1个车间,总投资5000万元。'), ['5000万元 investment item']);
  });

  it('reads a sentence opened by a kind of money, right after projects counted on 项目, as their sum', () => {
    assert.deepEqual(money('2023年,全市列入计划的重点项目共24项,续建项目15项,新开工项目9项。总投资318.4亿元,年度计划投资41.2亿元。'), [
      '318.4亿元 investment aggregate',
      '41.2亿元 investment aggregate',
    ]);
  });

  it('still reads such a sentence after one plant’s counted parts as that plant’s money', () => {
    assert.deepEqual(money('该公司新建厂房,建设3个车间。总投资5000万元。'), ['5000万元 investment item']);
    // A sentence that counts a subject of its own keeps its named part an item.
    assert.deepEqual(money('今年全镇共引进项目20个。签约项目4个,总投资26亿元,其中云峰新材料项目投资11亿元。'), [
      '26亿元 investment aggregate',
      '11亿元 investment item',
    ]);
  });

  it('reads the jobs a project brings (900个就业岗位) as no count of projects', () => {
    assert.deepEqual(money('项目投产后,将新增约900个就业岗位,年产值将达8.5亿元,年上缴税收0.6亿元。'), [
      '8.5亿元 revenue item',
      '0.6亿元 tax item',
    ]);
    assert.deepEqual(money('企业投产后,新增1200个工作岗位,年销售收入3亿元。'), ['3亿元 revenue item']);
    // Projects counted stay a count.
    assert.deepEqual(money('今年引进12个项目,总投资18亿元。'), ['18亿元 investment aggregate']);
  });

  it('reads a clause opened by 该项目 as that one project\'s, whatever batch came before it', () => {
    assert.deepEqual(money('此次集中开工的项目包含华芯青石电子产业园项目,该项目总投资80亿元,建设用地约2000亩。'), ['80亿元 investment item']);
    assert.deepEqual(money('今年签约的项目有12个,其中包括云岭冷链物流园项目,该项目占地300亩,计划投资6亿元。'), ['6亿元 investment item']);
    // Without the anaphor the batch still sums.
    assert.deepEqual(money('此次集中开工的项目总投资80亿元,建设用地约2000亩。'), ['80亿元 investment aggregate']);
  });

  it('reads the firms one project will host, in a sentence about its outcome, as no batch', () => {
    assert.deepEqual(money('项目达产后,预计入驻企业60家以上,可实现年产值约15亿元,年创税收约5000万元。'), [
      '15亿元 revenue item',
      '5000万元 tax item',
    ]);
    // All of a batch, or firms that are no tenants, still sum.
    assert.deepEqual(money('项目全部达产后,预计入驻企业60家以上,可实现年产值约15亿元。'), ['15亿元 revenue aggregate']);
    assert.deepEqual(money('项目达产后,带动配套企业60家,可实现年产值约15亿元。'), ['15亿元 revenue aggregate']);
  });

  it('reads the firms or projects a project said again or its phase gathers as its tenants, no batch', () => {
    assert.deepEqual(money('三期项目建成标准厂房9万平方米,现已签约入驻的项目6个,达产后年产值可达11亿元,年纳税超2000万元。'), [
      '11亿元 revenue item',
      '2000万元 tax item',
    ]);
    assert.deepEqual(money('该项目为市重点建设项目,项目占地800亩,集聚澄州“老灶台”等省内知名调味品企业20余家,年可生产酱料12万吨,实现产值36亿元。'), [
      '36亿元 revenue item',
    ]);
    // Once all of it is built, what it gathers may be read as many firms together; a park's tenants still sum.
    assert.deepEqual(money('该项目全面建成后,预计引进90余家配套企业入驻,实现工业产值150多亿元。'), ['150多亿元 revenue aggregate']);
    assert.deepEqual(money('园区目前签约入驻的项目7个,预计实现年产值14亿元。'), ['14亿元 revenue aggregate']);
  });
});

describe('a country, a sector\'s projects, parts of a whole and a jointly built project', () => {
  it('reads the country\'s statistic (我国, 全国) as a sum', () => {
    assert.deepEqual(attributes('统计显示,今年2月,我国新能源装备制造业实际使用外资76.3亿元人民币,占全国实际使用外资的8.4%。'), [
      '76.3亿元人民币 foreign aggregate',
    ]);
  });

  it('still reads one thing the country measures (我国首条, 全国领先) as an item', () => {
    assert.deepEqual(attributes('这是我国首条8.5代玻璃基板生产线,总投资120亿元。'), ['120亿元 investment item']);
    assert.deepEqual(attributes('建成后将成为全国领先的氢能装备基地,计划投资30亿元。'), ['30亿元 investment item']);
  });

  it('reads a target for a sector\'s projects (工业项目) as the region\'s, but a named project\'s stays an item', () => {
    assert.deepEqual(attributes('力争明年工业项目引进协议投资总额达260亿元。'), ['260亿元 contract aggregate']);
    assert.deepEqual(attributes('力争明年蓝湾光伏项目完成投资26亿元。'), ['26亿元 completed item']);
    assert.deepEqual(attributes('今年,青拓重工业项目计划投资20亿元。'), ['20亿元 investment item']);
  });

  it('reads every part of a whole named by its kind of money after 其中 as part of the sum', () => {
    assert.deepEqual(attributes('签约项目14个,总投资73.2亿元,其中合同资金61.5亿元,协议资金11.7亿元。'), [
      '73.2亿元 investment aggregate',
      '61.5亿元 contract aggregate',
      '11.7亿元 contract aggregate',
    ]);
  });

  it('still reads what one phase brings after its own investment as that project\'s', () => {
    assert.deepEqual(attributes('鹭岭陶瓷新材料项目总投资9亿元,项目分两期,其中一期拟投资4亿元,建成后可实现产值6亿元。'), [
      '9亿元 investment item',
      '4亿元 investment item',
      '6亿元 revenue item',
    ]);
  });

  it('reads the money of one project two groups build together as that project\'s', () => {
    assert.deepEqual(attributes('其中,由青禾控股集团和远澜织造集团联合投资建设的滨江纺织科技产业园项目,总投资36亿元。'), [
      '36亿元 investment item',
    ]);
    // Two projects named after them are two things: the money is their sum.
    assert.deepEqual(attributes('青禾控股集团和远澜织造集团投资建设滨江纺织项目和澄湖印染项目,总投资36亿元。'), ['36亿元 investment aggregate']);
    // Two groups that invest together, with no project named, still give their joint sum.
    assert.deepEqual(attributes('青禾控股集团和远澜织造集团将共同投资36亿元。'), ['36亿元 investment aggregate']);
    // Their money for one thing they build together is that thing's.
    assert.deepEqual(attributes('青禾控股集团和远澜织造集团将共同投资36亿元建设澄湖数字科技城。'), ['36亿元 investment item']);
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

describe('funds shared among counted projects', () => {
  it('reads money right before 支持了N个…项目 as their sum, but not money for parts of one thing', () => {
    assert.deepEqual(attributes('今年,省财政安排园区专项资金4.35亿元,支持了48个园区污水管网项目。'), ['4.35亿元 funding aggregate']);
    assert.deepEqual(attributes('该公司投入研发资金3000万元,支持了2个实验室建设。'), ['3000万元 investment item']);
    // A total that says how many projects it spans is their sum; a count of one project's parts is not.
    assert.deepEqual(attributes('本次推介会共达成意向投资86亿元,涉及27个文旅项目。'), ['86亿元 investment aggregate']);
    assert.deepEqual(attributes('禾岭精工项目计划投资6亿元,包括3个生产车间。'), ['6亿元 investment item']);
  });
});

describe('a count spaced from its unit (text pulled from a PDF)', () => {
  it('reads `项目 12 个` and `15 余个` as counts, so the amount after them is their sum', () => {
    assert.deepEqual(attributes('全年实施河道整治、路网提升等配套项目 12 个,总投资 2.47 亿元。'), ['2.47 亿元 investment aggregate']);
    assert.deepEqual(attributes('新签约精密铸造、智能仓储等 15 余个项目,总投资 36 亿元。'), ['36 亿元 investment aggregate']);
    // A spaced count of months is still no count of projects.
    assert.deepEqual(attributes('某某科技新建厂房项目用时 8 个月,总投资 2.47 亿元。'), ['2.47 亿元 investment item']);
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

describe('counted investors', () => {
  it('reads money invested by counted groups or companies as their sum, by one named company as its own', () => {
    assert.deepEqual(attributes('三个集团拟投资45亿元落户某县'), ['45亿元 investment aggregate']);
    assert.deepEqual(attributes('今年以来,4家公司投资8.6亿元扩建厂房。'), ['8.6亿元 investment aggregate']);
    assert.deepEqual(attributes('园区新进驻企业5家,澄禾新材料有限公司投资2.7亿元建设生产线。'), ['2.7亿元 investment item']);
    assert.deepEqual(attributes('青禾一集团投资6亿元建设冷链基地。'), ['6亿元 investment item']);
  });
});

describe('a year that dates one deed', () => {
  it('reads a year after 于 as when one thing was done, not as a region\'s statistic', () => {
    assert.deepEqual(attributes('澄湖物流园于去年5月动工,现已完成投资2.3亿元。'), ['2.3亿元 completed item']);
    // A year heading the sentence still makes the region's total.
    assert.deepEqual(attributes('去年,澄湖物流园已完成投资2.3亿元。'), ['2.3亿元 completed aggregate']);
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

describe('one project singled out of a group', () => {
  it('reads the money after a superlative naming one of the counted projects as that one\'s', () => {
    assert.deepEqual(attributes('这批42个项目中,投资最大的项目为澄湖智能装备产业园项目,计划投资68亿元,今年投资25亿元。'), [
      '68亿元 investment item',
      '25亿元 investment item',
    ]);
    assert.deepEqual(attributes('这批42个项目计划投资68亿元,其中投资最大的项目为16亿元。'), ['68亿元 investment aggregate', '16亿元 investment item']);
  });
});

describe('the scale of an industry or a cluster', () => {
  it('reads an amount right before an industry\'s scale or a cluster as a sum, and the scale as revenue', () => {
    assert.deepEqual(attributes('园区聚焦新材料和智能装备,到2030年将形成300亿元的产业规模。'), ['300亿元 revenue aggregate']);
    assert.deepEqual(attributes('岚峰重工机器人项目建成后,将带头形成年产值80亿元的智能装备产业集群。'), ['80亿元 revenue aggregate']);
    // A project of a cluster is still one project.
    assert.deepEqual(attributes('总投资6亿元的澄湖新材料产业集群项目开工。'), ['6亿元 investment item']);
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

describe('an amount whose sentence names nothing to own it', () => {
  it('reads a period\'s progress, a headline and a figure after bare firms as sums', () => {
    assert.deepEqual(attributes('1—8月实际完成投资137.5亿元,完成年度计划投资的82.3%。'), ['137.5亿元 completed aggregate']);
    assert.deepEqual(attributes('岚州市举办秋季招商推介会 签约418.6亿元\n\n2022-09-18'), ['418.6亿元 contract aggregate']);
    assert.deepEqual(attributes('标准厂房全面竣工。企业完成固定资产投资41.2亿元,已投产的企业15家。'), ['41.2亿元 completed aggregate']);
    assert.deepEqual(attributes('全县新投产亿元以上项目64个。投产项目总投资97.3亿元。'), ['亿元 threshold aggregate', '97.3亿元 investment aggregate']);
  });

  it('keeps an amount its owner\'s when a project, firm, site, phase or facility is named before it', () => {
    assert.deepEqual(attributes('澄湖物流园占地面积360亩,总投资7.5亿元。已完成总投资5.2亿元,建成仓库4万平方米。'), ['7.5亿元 investment item', '5.2亿元 completed item']);
    assert.deepEqual(attributes('规划建设标准厂房和研发中心。经初步测算,预计总投资18.4亿元。'), ['18.4亿元 investment item']);
    assert.deepEqual(attributes('项目全部建成投产后,年产电机30万台;年销售收入约2.6亿元,年税金约900万元。'), ['2.6亿元 revenue item', '900万元 tax item']);
    assert.deepEqual(attributes('预计建成投产后,年综合收入可达3.3亿元。'), ['3.3亿元 revenue item']);
    assert.deepEqual(attributes('一家德国精密仪器企业在澄州投资6亿元扩建工厂。'), ['6亿元 investment item']);
  });

  it('reads a summing word before a unit in Latin letters as a sum of another measure (合计1.2GW)', () => {
    assert.deepEqual(attributes('据悉,青溪光伏组件基地项目将分三期建设三条400MW合计1.2GW产能的产线,投产后可拉动本地配套发展,预计每年贡献税收约1800万元。'), [
      '1800万元 tax item',
    ]);
  });

  it('reads no period in the 前 that ends a word before a month (目前, 提前)', () => {
    assert.deepEqual(attributes('澄岭精密轴承项目位于澄州高新区,项目总投资36亿元,今年计划投资8亿元,目前2月份已投资0.9亿元。'), [
      '36亿元 investment item',
      '8亿元 investment item',
      '0.9亿元 completed item',
    ]);
    assert.deepEqual(attributes('澄岭精密轴承项目提前2个月完成主体施工,已投资4.2亿元。'), ['4.2亿元 completed item']);
    // A reporting period of the first months still sums.
    assert.deepEqual(attributes('前5个月,实际完成投资42.6亿元。'), ['42.6亿元 completed aggregate']);
  });

  it('gives a sentence opened by a clause of time after a deed (升级后,) to the one project of the sentence before', () => {
    assert.deepEqual(attributes('该项目占地约40亩,拟投入资金6200万元建设智能车间。升级后,总建筑面积约6万平方米,将用于精密模具等产业,预计年产值可达2.4亿元,年税收约560万元。'), [
      '6200万元 investment item',
      '2.4亿元 revenue item',
      '560万元 tax item',
    ]);
    // A class of firms before it is many, not one: the figure stays the region's.
    assert.deepEqual(attributes('去年全县规上工业企业实现产值480亿元。整合后,预计年产值可达520亿元。'), ['480亿元 revenue aggregate', '520亿元 revenue aggregate']);
  });

  it('keeps the money of a firm named by its brand alone before a verb only firms do (增资, 再投)', () => {
    assert.deepEqual(attributes('去年有12家企业增资扩产。其中,岚溪禾丰增资 1850万美元,澄川恒瑞拟再投9亿元扩建二号车间。'), [
      '1850万美元 investment item',
      '9亿元 investment item',
    ]);
    assert.deepEqual(attributes('全市企业增资总额达3.6亿美元。'), ['3.6亿美元 investment aggregate']);
  });

  it('keeps the money one thing is built with, and a listed company\'s notice', () => {
    assert.deepEqual(attributes('青溪电器在澄州举行开工仪式,正式宣布投资30亿元,开建华东生产基地。'), ['30亿元 investment item']);
    assert.deepEqual(attributes('远山股份:签订9亿元项目投资合同'), ['9亿元 contract item']);
  });
});

describe('places ranked, a place\'s counted projects after 的, many projects uncounted', () => {
  it('reads each place of a ranking counted in places (前五位国家) as its total of foreign investment', () => {
    assert.deepEqual(attributes('今年对华投资前五位国家/地区依次为:甲国(120.5亿美元)、乙国(30.2亿美元)。'), [
      '120.5亿美元 foreign aggregate',
      '30.2亿美元 foreign aggregate',
    ]);
  });

  it('sums the counted projects of a place the amount modifies, and projects said to be many', () => {
    assert.deepEqual(attributes('3月2日,总投资18.6亿元的澄州市九个项目集中开工。总投资5亿元的澄州市第一个智能工厂开工。'), [
      '18.6亿元 investment aggregate',
      '5亿元 investment item',
    ]);
    assert.deepEqual(attributes('目前,首期工程即将启动,澄禾新材等多个项目将入驻园区,总投资64亿元。'), ['64亿元 investment aggregate']);
  });
});

describe('a count of one named, projects of a size class counted, projects built after a counted batch', () => {
  it('reads the money after a count of one and that one named as its own, not the next clause\'s', () => {
    assert.deepEqual(attributes('其中,国企项目1个,为澄湖风力发电项目,计划总投资6亿元;民企项目12个,计划总投资28.3亿元。'), [
      '6亿元 investment item',
      '28.3亿元 investment aggregate',
    ]);
  });

  it('reads a bare 亿元 between a count and 项目 as the size class of the counted projects', () => {
    assert.deepEqual(attributes('签约15个亿元项目\n总投资46.3亿元的28个亿元项目现场集中签约。'), [
      '亿元 threshold aggregate',
      '46.3亿元 investment aggregate',
      '亿元 threshold aggregate',
    ]);
  });

  it('sums what the projects yield once built, right after a sentence counting them', () => {
    assert.deepEqual(attributes('今天,澄州开工建设天然气、澄湖塑业技改等10个项目。项目投产后,可实现年产值35亿元,税收2.2亿元。'), [
      '35亿元 revenue aggregate',
      '2.2亿元 tax aggregate',
    ]);
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

describe('one project\'s parts counted, and 该项目 opening its investment', () => {
  it('keeps a project\'s money its own past a count of its parts or capacity', () => {
    assert.deepEqual(attributes('岚溪鹿业产业园项目总规划面积30万平方米,有5个功能区,计划总投资12亿元。'), ['12亿元 investment item']);
    assert.deepEqual(attributes('该项目建成后,年产能将提升至15万个标准箱,新增销售收入8亿元。'), ['8亿元 revenue item']);
  });

  it('reads what 该项目 has completed so far as that project\'s, after its total and fixed part', () => {
    assert.deepEqual(attributes('(2)澄禾建材有限公司项目,该项目总投资1.6亿元,其中固定资产投资1.3亿元,已累计完成投资额2840万元。'), [
      '1.6亿元 investment item',
      '1.3亿元 investment item',
      '2840万元 completed item',
    ]);
  });
});

describe('a year\'s share after 其中, other money reported with its growth', () => {
  it('keeps a year\'s share of counted projects\' total a sum', () => {
    assert.deepEqual(attributes('岚县今年确定建设86个重点项目,总投资410亿元,其中2020年计划完成年度投资92.3亿元。'), [
      '410亿元 investment aggregate',
      '92.3亿元 completed aggregate',
    ]);
  });

  it('reads trade reported with its growth rate, with nothing to own it, as a statistic', () => {
    assert.deepEqual(attributes('完成工业投资150.2亿元,增速12.4%;完成进出口总额9.6亿美元,增速为31.2%。'), [
      '150.2亿元 completed aggregate',
      '9.6亿美元 other aggregate',
    ]);
  });
});
