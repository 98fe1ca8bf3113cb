// Amounts said of counted projects, deals, firms or investors: what a count counts and when its amount is their sum.
import { strict as assert } from 'node:assert';
import { attributes, attributes as money } from '../attributeHelpers';
import { assertMoney } from '../paragraphHelpers';

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

  it('reads an industry counted as holding one project (产业1个) as a category total', () => {
    assert.deepEqual(money('农业项目4个,总投资9亿元,其中,含数字农业产业1个,总投资6亿元。'), [
      '9亿元 investment aggregate',
      '6亿元 investment aggregate',
    ]);
    // One plant built, no industry counted, stays the firm's own.
    assert.deepEqual(money('该公司新建1个产业基地,总投资6亿元。'), ['6亿元 investment item']);
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
    // Written after their noun (岗位1500余个), the jobs are no count either, even once all of a project is built.
    assert.deepEqual(money('项目全面建成后,将提供就业岗位1500余个,年产光模块80万只,预计年销售收入12亿元以上。'), ['12亿元 revenue item']);
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

  it('reads the firms a named project or the works will draw in to settle as its tenants, no batch', () => {
    assert.deepEqual(money('其中,澄江智能传感谷项目占地80亩,预计可吸引20余家企业落地,实现年产值30亿元以上。'), ['30亿元 revenue item']);
    assert.deepEqual(money('湖滨新材料园项目建成后,可吸引15家配套企业落户,年销售收入8亿元。'), ['8亿元 revenue item']);
    assert.deepEqual(money('工程预计将于明年投入使用,可吸引40余家企业落地,实现年产值12亿元。'), ['12亿元 revenue item']);
    // A park drawing firms in, or a kind of project, still sums.
    assert.deepEqual(money('园区已吸引200家企业落户,实现年产值90亿元。'), ['90亿元 revenue aggregate']);
    assert.deepEqual(money('其中,产业园项目预计可吸引20余家企业落地,实现年产值30亿元以上。'), ['30亿元 revenue aggregate']);
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

describe('counted investors', () => {
  it('reads money invested by counted groups or companies as their sum, by one named company as its own', () => {
    assert.deepEqual(attributes('三个集团拟投资45亿元落户某县'), ['45亿元 investment aggregate']);
    assert.deepEqual(attributes('今年以来,4家公司投资8.6亿元扩建厂房。'), ['8.6亿元 investment aggregate']);
    assert.deepEqual(attributes('园区新进驻企业5家,澄禾新材料有限公司投资2.7亿元建设生产线。'), ['2.7亿元 investment item']);
    assert.deepEqual(attributes('青禾一集团投资6亿元建设冷链基地。'), ['6亿元 investment item']);
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

  it('sums a running total of bare 项目 right after a sentence counting them, not one project\'s', () => {
    assert.deepEqual(attributes('园区先后引进青禾光学镜片、澄岭精密模具等9个项目。项目累计总投资27亿元,全部达产后年产值超40亿元。'), [
      '27亿元 investment aggregate',
      '40亿元 revenue aggregate',
    ]);
    // After one project named, its running total stays its own.
    assert.deepEqual(attributes('青禾光学镜片项目是园区重点项目。项目累计完成投资27亿元,全部达产后年产值超40亿元。'), [
      '27亿元 completed item',
      '40亿元 revenue item',
    ]);
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

describe('a counted collection then only its own money (N个项目中,到位资金X)', () => {
  it('reads the amount as the whole collection\'s sum', () => {
    assert.deepEqual(money('某洽谈会56个签约项目中,签约项目到位资金31.5亿元,资金到位率12%。'), ['31.5亿元 completed aggregate']);
    assert.deepEqual(money('这批18个项目中,总投资达27亿元。'), ['27亿元 investment aggregate']);
  });

  it('still reads one project taken out of the collection as that one\'s', () => {
    assert.deepEqual(money('在签约的18个项目中,某某冷链基地项目总投资达27亿元。'), ['27亿元 investment item']);
  });
});
