// Statistics of a region, country, industry or period: when an amount is a sum or a period's total, and when a date only dates one deed.
import { strict as assert } from 'node:assert';
import { attributes, attributes as money } from '../attributeHelpers';

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

describe('a year that dates one deed', () => {
  it('reads a year after 于 as when one thing was done, not as a region\'s statistic', () => {
    assert.deepEqual(attributes('澄湖物流园于去年5月动工,现已完成投资2.3亿元。'), ['2.3亿元 completed item']);
    // A year heading the sentence still makes the region's total.
    assert.deepEqual(attributes('去年,澄湖物流园已完成投资2.3亿元。'), ['2.3亿元 completed aggregate']);
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

describe('a figure going from one value to another', () => {
  it('reads the later value as the earlier one is read', () => {
    assert.deepEqual(attributes('过去五年,澄江核心经济指标表现强劲。现代服务业产值亦从300.5亿元增至600.2亿元,在地进出口额则从1,200.5亿元攀升至2,400.8亿元,双双录得超过一倍增长。'), [
      '300.5亿元 revenue aggregate',
      '600.2亿元 revenue aggregate',
      '1,200.5亿元 other aggregate',
      '2,400.8亿元 other aggregate',
    ]);
  });

  it('keeps both values of one project\'s investment its own', () => {
    assert.deepEqual(attributes('青禾钢铁项目总投资从5亿元增加到8亿元。'), ['5亿元 investment item', '8亿元 investment item']);
  });
});

describe('a region pointed at by 该', () => {
  it('reads a figure after a sentence about 该区 as the region\'s statistic', () => {
    assert.deepEqual(attributes('截至6月底,该区新批外资项目20个,合同外资额3亿美元。外资实际到位8000万美元,与去年同期相比增加了30%。'), [
      '3亿美元 foreign aggregate',
      '8000万美元 foreign aggregate',
    ]);
  });

  it('keeps a figure after 该公司 the company\'s', () => {
    assert.deepEqual(attributes('青禾电子有限公司在澄江投资建厂。该公司实际到位资金8000万元。'), ['8000万元 completed item']);
  });
});

describe('parts named after fields listed before', () => {
  it('reads each part that opens with a listed field as that category\'s total', () => {
    assert.deepEqual(attributes('青禾县今年安排项目80个。除社会事业外,项目主要集中在康养、澄江云谷、港口物流、光伏发电、现代农业等领域。其中澄江云谷项目年内投资12亿元,港口物流项目年内投资8亿元,光伏发电等新型工业年内投资30亿元。'), [
      '12亿元 investment aggregate',
      '8亿元 investment aggregate',
      '30亿元 investment aggregate',
    ]);
  });

  it('leaves a project whose name is no listed field, and a firm of a listed field, its own', () => {
    assert.deepEqual(attributes('项目主要集中在康养、港口物流、光伏发电等领域。其中澄禾光电项目总投资12亿元。'), ['12亿元 investment item']);
    assert.deepEqual(attributes('项目主要集中在康养、港口物流、光伏发电等领域。其中光伏发电企业澄禾新能源有限公司投资12亿元。'), ['12亿元 investment item']);
  });

  it('reads a ；item headed by a listed field (after what introduces it) as the field\'s total, not one project\'s', () => {
    assert.deepEqual(attributes('签约项目涉及智能装备、医疗器械、文化旅游、现代物流等多个领域。其中,数量最多的是智能装备产业项目9个,投资额88亿元;投资额最大的为文化旅游项目,共计95亿元;现代物流项目总投资额也达到40亿元。'), [
      '88亿元 investment aggregate',
      '95亿元 investment aggregate',
      '40亿元 investment aggregate',
    ]);
    // A project named after its place and a listed field is one project.
    assert.deepEqual(attributes('签约项目涉及智能装备、文化旅游等多个领域。其中,数量最多的是智能装备产业项目9个,投资额88亿元;投资额最大的为青禾湖文化旅游项目,投资额30亿元。').slice(-1), ['30亿元 investment item']);
  });
});

describe('a year that heads no region\'s statistic', () => {
  it('reads a yearly rate (每年度) or an accounting year as one party\'s commitment, not a region\'s year', () => {
    assert.deepEqual(attributes('青禾光电在澄江设立项目公司。自投产之日起,第一个完整会计年度内实现八成产量;自第二个会计年度起每年度实现开票收入不低于40亿元,每年度缴纳税收总额不低于1亿元。'), [
      '40亿元 revenue item',
      '1亿元 tax item',
    ]);
    // A year heading the sentence is still the region's.
    assert.deepEqual(attributes('年度实现开票收入40亿元。'), ['40亿元 revenue aggregate']);
  });
});
