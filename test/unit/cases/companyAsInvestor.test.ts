// The company named as a project's investor, signer, builder or founder, before or after the amount.
import { strict as assert } from 'node:assert';
import { linksOf } from '../linkHelpers';

describe('the company that signs a project contract', () => {
  it('links the company of `与C签订(了)P项目合同书` to the project\'s money', () => {
    const text = '高新区与江苏宏图新能源有限公司签订储能电站项目合同书,总投资9.5亿元;经开区与南通远洋渔业有限公司签订了远洋冷链基地项目协议,总投资4亿元。';
    assert.deepEqual(
      linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['9.5亿元: 储能电站项目 江苏宏图新能源有限公司', '4亿元: 远洋冷链基地项目 南通远洋渔业有限公司'],
    );
  });
});

describe('a company that signs with a park, or is named as a project\'s investor', () => {
  it('links a company that signs with a park to its money, and the park', () => {
    assert.deepEqual(linksOf('3月31日,贵州青山旅游开发有限公司与铜仁经济开发区签订协议,投资12亿元建设梵净山文旅综合体项目。'), [
      '12亿元: 梵净山文旅综合体项目 贵州青山旅游开发有限公司 铜仁经济开发区',
    ]);
  });

  it('links the company named as a project\'s investor, and the company that signed for a project', () => {
    assert.deepEqual(linksOf('智能家居生产基地项目投资方为广东华居家居有限公司,投资额为5亿元。'), ['5亿元: 智能家居生产基地项目 广东华居家居有限公司 -']);
    assert.deepEqual(linksOf('当日,园区与杭州青禾材料科技有限公司签约的新型膜材料项目,计划总投资6亿元。'), ['6亿元: 新型膜材料项目 杭州青禾材料科技有限公司 -']);
  });
});

describe('a project built by a company', () => {
  it('gives the project\'s later amounts to the company that builds it (`P项目由C投资建设`)', () => {
    const text = '精密轴承生产项目由湖南恒钧机械科技有限公司投资建设,该公司主要生产汽车轴承。项目总投资2亿元,达产后可实现年产值5亿元,年纳税1500万元。';
    assert.deepEqual(linksOf(text), [
      '2亿元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
      '5亿元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
      '1500万元: 精密轴承生产项目 湖南恒钧机械科技有限公司 -',
    ]);
  });

  it('reads `P项目是由C投资建设` the same way, in a Traditional page too', () => {
    const text = '其中,备受关注的青禾智能终端产业基地项目是由青禾精密(湘潭)有限公司投资建设,占地面积约900亩。项目预计总投资60亿元,达产后预计可实现年产值80亿元。青禾精密集团副总裁出席。';
    const company = (t: string) => linksOf(t).map((line) => line.split(' ')[2]);
    assert.deepEqual(company(text), ['青禾精密(湘潭)有限公司', '青禾精密(湘潭)有限公司']);
    const traditional = text.replace('产业基地项目是由', '產業基地項目是由').replace('投资建设', '投資建設').replace('总投资', '總投資');
    assert.deepEqual(company(traditional), ['青禾精密(湘潭)有限公司', '青禾精密(湘潭)有限公司']);
  });

  it('does not give it a company named otherwise (`P项目由C牵线引进`)', () => {
    const text = '精密轴承生产项目由湖南恒钧招商咨询有限公司牵线引进。项目总投资2亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 精密轴承生产项目 - -']);
  });
});

describe('a list of projects, each opened by its investor', () => {
  it('gives each amount to the company opening its own item, after a whole project of the list', () => {
    assert.deepEqual(linksOf('签约了由华宇建工投资20亿元的华宇智慧港项目、远帆集团投资15亿元的光伏大棚项目。'), [
      '20亿元: 华宇智慧港项目 - -',
      '15亿元: 光伏大棚项目 远帆集团 -',
    ]);
  });

  it('gives a list of companies paying together to the first (partnersListed.ts), nothing to one of a list closed by 等 or paying each', () => {
    assert.deepEqual(linksOf('远帆集团、青禾集团投资15亿元建设光伏大棚。'), ['15亿元: - 远帆集团 -']);
    assert.deepEqual(linksOf('远帆集团、青禾集团等投资15亿元建设光伏大棚。'), ['15亿元: - - -']);
    assert.deepEqual(linksOf('远帆集团、青禾集团各投资15亿元建设光伏大棚。'), ['15亿元: - - -']);
  });
});

describe('a project first written right after its company', () => {
  it('stays that company\'s when named again alone, also on a page glossing its characters', () => {
    assert.deepEqual(linksOf('记者获悉,台资企业远帆集团的热电联产项目近日签约落户。热电联产项目投资达11亿美元。'), [
      '11亿美元: 热电联产项目 远帆集团 -',
    ]);
    assert.deepEqual(linksOf('記者獲悉,臺資企業遠帆集團(tuán)的熱電聯產項目近日簽約落戶。熱電聯產項目投資達11億美元。'), [
      '11億美元: 熱電聯產項目 遠帆集團 -',
    ]);
  });
});

describe('the company named as the project\'s founder after the amount', () => {
  it('gives the amount to the company in `该项目是C成立的…`, and keeps it for the paragraph', () => {
    const text = '青松综合物流园占地300亩,总投资6.5亿元,该项目是远帆实业股份有限公司成立的仓储物流基地。目前,该物流园已完成总投资4.2亿元。';
    assert.deepEqual(linksOf(text), ['6.5亿元: - 远帆实业股份有限公司 青松综合物流园', '4.2亿元: - 远帆实业股份有限公司 青松综合物流园']);
  });
});

describe('a list of investors, each with its own amount', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives an amount to the company opening the next item after a project\'s phase or works (`P项目一期工程、C投资Y的Q项目`)', () => {
    const text = '月初,江苏华晨电子有限公司投资8亿元的显示面板项目一期工程、浙江明远材料股份有限公司投资3.2亿元的新型膜材料项目先后开工。';
    assert.deepEqual(company(text), ['江苏华晨电子有限公司', '浙江明远材料股份有限公司']);
  });

  it('gives an amount to the company written after the amount before it and 及 (`C1投资X及C2投资Y`)', () => {
    const text = '区内主要增资企业有宁波海辰公司扩厂投资4亿元;绍兴宏瑞材料公司新厂迁入投资2亿元及嘉兴凯越科技公司扩厂投资9亿元等。';
    assert.deepEqual(company(text), ['宁波海辰公司', '绍兴宏瑞材料公司', '嘉兴凯越科技公司']);
    // Two companies joined by 及 before one amount stay a list: neither pays it alone.
    assert.deepEqual(company('宁波海辰公司及嘉兴凯越科技公司共同投资9亿元。'), ['-']);
  });

  it('gives the sums after a list closed by 等 to none of its companies (`…投资Y等,预计各公司…`)', () => {
    const text = '区内主要增资企业有宁波海辰公司扩厂投资4亿元及嘉兴凯越科技公司扩厂投资9亿元等,预计各公司扩建完工后,年产值将增加30亿元。';
    assert.deepEqual(company(text), ['宁波海辰公司', '嘉兴凯越科技公司', '-']);
  });
});

describe('`以C为投资主体`: the company named as the investor with 以', () => {
  const TEXT = '明泰集团晚间公告,公司以全资子公司嘉兴明泰光能科技有限公司为投资主体,在秀洲区新建300MW分布式光伏项目,项目预计总投资18.6亿元。';

  it('links the project\'s amount to that company', () => {
    assert.deepEqual(linksOf(TEXT).map((line) => line.split(' ').slice(0, 3).join(' ')), ['18.6亿元: 300MW分布式光伏项目 嘉兴明泰光能科技有限公司']);
  });

  it('does not when the company is only a means (`以C为纽带`)', () => {
    const text = TEXT.replace('为投资主体', '为纽带');
    assert.notEqual(linksOf(text)[0].split(' ')[2], '嘉兴明泰光能科技有限公司');
  });
});

describe('a company brought in to invest (`K引进C拟投资X建设P`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the amount to the company 引进 brings in when the investing verb follows it', () => {
    assert.deepEqual(company('青川县引进浙江汇禾机电有限公司拟投资8亿元建设电机产业园,预计年产值15亿元。'), ['浙江汇禾机电有限公司', '浙江汇禾机电有限公司']);
    assert.deepEqual(company('今年以来,白石镇吸引江苏远帆新材料有限公司投资3亿元建设新厂。'), ['江苏远帆新材料有限公司']);
  });

  it('not when the company is only what is brought in, with no investing verb after it', () => {
    assert.deepEqual(company('青川县引进浙江汇禾机电有限公司等企业,合计投资8亿元。'), ['-']);
  });
});

describe('a company a project is negotiated with (`与C洽谈的P项目,计划投资X`)', () => {
  it('gives the project\'s amount the company it is negotiated with', () => {
    const text = '一是与江西青禾物流有限公司洽谈的冷链仓储中心项目,计划投资4亿元。二是与白鹭集团洽谈的湿地观光项目,计划投资2亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), [
      '4亿元: 冷链仓储中心项目 江西青禾物流有限公司',
      '2亿元: 湿地观光项目 白鹭集团',
    ]);
  });
});

describe('a project\'s investor said after the project\'s amount (read once per article)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the amount of a listed project the company the article says builds it later (`P项目由C投资建设`)', () => {
    const text = '本次签约的项目分别是:总投资3.2亿元的智能温控设备生产项目,总投资1.5亿元的冷链仓储中心项目。\n智能温控设备生产项目由江西澜屿电气科技有限公司投资建设,主要生产空调控制器。';
    assert.deepEqual(company(text).slice(0, 2), ['江西澜屿电气科技有限公司', '-']);
  });

  it('not from a builder on site (`P项目由C施工`), nor for a project the later sentence does not name', () => {
    const contractor = '本次签约的项目是总投资3.2亿元的智能温控设备生产项目。\n智能温控设备生产项目由江西澜屿建工有限公司施工,年底完工。';
    assert.deepEqual(company(contractor), ['-']);
    const other = '本次签约的项目是总投资1.5亿元的冷链仓储中心项目。\n智能温控设备生产项目由江西澜屿电气科技有限公司投资建设。';
    assert.deepEqual(company(other), ['-']);
  });
});

describe('the article\'s lead investor, for an amount nothing else ties', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);
  const lead = '今天上午,青岚新材料科技有限公司投资建设的高纯石英砂生产线在白沙镇开工。\n近年来,白沙镇持续优化营商环境,招商工作成效明显。\n';

  it('gives it an item amount left with no project and no company in a later paragraph', () => {
    const text = lead + '记者了解到,二期计划投资6.5亿元,明年建成。';
    assert.deepEqual(company(text), ['青岚新材料科技有限公司']);
  });

  it('not when the lead shows two companies investing', () => {
    const text = lead.replace('投资建设的高纯石英砂生产线', '投资建设的生产线和远帆精工机械有限公司投资的仓储中心') + '记者了解到,二期计划投资6.5亿元。';
    assert.deepEqual(company(text), ['-']);
  });

  it('not when the amount\'s paragraph names another company before it', () => {
    const text = lead + '记者了解到,白沙镇另与远帆精工机械有限公司达成合作意向,二期计划投资6.5亿元。';
    assert.deepEqual(company(text), ['-']);
  });

  it('not for an amount describing a thing named after it (`总投资X的…`)', () => {
    const text = lead + '记者了解到,当天还有总投资2亿元的物流仓储中心同时开工。';
    assert.deepEqual(company(text), ['-']);
  });

  it('gives it the amount of a project with no company of its own too', () => {
    const text = lead + '其中,石英坩埚加工项目计划投资3亿元,明年投产。';
    assert.deepEqual(linksOf(text), ['3亿元: 石英坩埚加工项目 青岚新材料科技有限公司 -']);
  });

  const signed = '日前,临川县人民政府与青岚文旅发展集团正式签约《临川县湖湾康养小镇项目投资合作协议》。\n';

  it('reads the company the lead shows signing with a government as its investor', () => {
    const text = signed + '据了解,小镇总投资9亿元,包括湖湾温泉酒店项目和康养公寓项目。其中,湖湾温泉酒店项目总投资4亿元。';
    assert.deepEqual(company(text), ['青岚文旅发展集团', '青岚文旅发展集团']);
  });

  it('not for a project of another undertaking, named in a paragraph that names none of the lead\'s projects', () => {
    const parts = '据了解,湖湾康养小镇项目总投资9亿元,包括湖湾温泉酒店项目、康养公寓项目两大板块。其中,湖湾温泉酒店项目总投资4亿元。康养公寓项目总投资5亿元。\n';
    const other = '去年,临川县白沙文创园项目开工建设,总投资12亿元,建成后年产值20亿元。';
    // The parts named in the paragraph of the lead's project are its undertaking; the project of the next paragraph is not.
    assert.deepEqual(company(signed + parts + other), ['青岚文旅发展集团', '青岚文旅发展集团', '青岚文旅发展集团', '-', '-']);
    // A writing of the lead's project with a word added inside its name is still the lead's.
    assert.deepEqual(company(signed + '临川县湖湾康养特色小镇项目总投资9亿元。'), ['青岚文旅发展集团']);
  });

  it('gives it the projects listed later when the lead shows it signing a counted batch, and the article names no other company', () => {
    const batch = '10月9日,临川县人民政府与青岚农业发展有限公司举行项目签约仪式,共签署3个项目,总投资达8亿元。\n近年来,临川县坚持高质量发展,产业集群初具规模。\n';
    const list = '此次签约的项目中,湖湾生猪屠宰加工项目,投资3亿元;高山茶叶种植基地项目,投资2亿元。';
    assert.deepEqual(company(batch + list), ['-', '青岚农业发展有限公司', '青岚农业发展有限公司']);
    // Another company named in the article may be the one paying for a project listed later.
    const another = batch + list + '\n白鹭食品有限公司也在临川县设立了分公司。';
    assert.deepEqual(company(another), ['-', '-', '-']);
  });

  it('not once another company was named after the lead\'s last mention', () => {
    const text = signed + '5月8日,白鹭农机科技有限公司新型农机制造基地开工仪式在临川县举行。县长出席仪式。\n该基地占地120亩,总投资3亿元。';
    assert.deepEqual(company(text), ['-']);
  });

  it('not for an amount its paragraph states before naming the investor', () => {
    const before =
      '本报讯 3月2日,青川湾示范区在上海举行投资推介会,集中签约12个产业项目。其中,白鹭海工装备项目拟建风电运维船舶基地,计划投资10亿元。' +
      '远帆材料科技有限公司投资的翠湖涂料生产项目,专注防水涂层,投产后年产值可达4亿元。';
    assert.deepEqual(company(before), ['-', '远帆材料科技有限公司']);
    // An amount after the investor's name in its paragraph still takes it.
    const after = '本报讯 3月2日,青川湾示范区在上海举行投资推介会,远帆材料科技有限公司投资的翠湖新材料研发制造项目签约。记者了解到,二期计划投资3亿元,明年建成。';
    assert.deepEqual(company(after), ['远帆材料科技有限公司']);
  });

  it('not the company the money goes into (`对全资子公司C增资`)', () => {
    const text = '会议同意公司对全资子公司白鹭食品有限公司增资1000万元。\n同意公司进行饮料生产线项目投资,投资金额8500万元。';
    assert.deepEqual(company(text).slice(1), ['-']);
  });

  it('not a company signing with another firm: which one invests is not said', () => {
    const text = signed.replace('临川县人民政府', '远帆控股有限公司') + '据了解,小镇总投资9亿元,三年建成。';
    assert.deepEqual(company(text), ['-']);
  });
});

describe('the company named as the investor after the amount, or right after the project\'s name', () => {
  it('gives the amount and its gloss in another currency to the company of `总投资X(Y),投资方是C`', () => {
    const text = '最大外资项目是嘉兴的远帆华东物流总部项目,总投资为35亿元(5亿美元),投资方是香港远帆物流(浙江)有限公司。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), [
      '35亿元: 远帆华东物流总部项目 香港远帆物流(浙江)有限公司',
      '5亿美元: 远帆华东物流总部项目 香港远帆物流(浙江)有限公司',
    ]);
  });

  it('gives it to none of several investors named after it', () => {
    assert.deepEqual(linksOf('该项目总投资8亿元,投资方是青禾食品有限公司和白鹭机械有限公司。'), ['8亿元: - - -']);
  });

  it('gives a project\'s money anywhere in the article to the company named its investor right after the project\'s name', () => {
    const text = '9月7日,青禾湾文旅度假城投资方澄川集团(香港企业)董事长表示,项目将加速推进。\n今年落户的青禾湾文旅度假城项目总投资100亿元。';
    assert.deepEqual(linksOf(text), ['100亿元: 青禾湾文旅度假城项目 澄川集团 -']);
  });

  it('reads the investor role written in Traditional characters or with 投 as an HTML entity (the role is looked for only where 投 or `&` is)', () => {
    const traditional = '9月7日,白塘湖康养小镇投資方鹭远集团(香港企业)董事长表示,项目将加速推进。\n今年落户的白塘湖康养小镇项目总投资60亿元。';
    assert.deepEqual(linksOf(traditional), ['60亿元: 白塘湖康养小镇项目 鹭远集团 -']);
    const entity = '9月7日,白塘湖康养小镇&#25237;资方鹭远集团(香港企业)董事长表示,项目将加速推进。\n今年落户的白塘湖康养小镇项目总投资60亿元。';
    assert.deepEqual(linksOf(entity), ['60亿元: 白塘湖康养小镇项目 鹭远集团 -']);
    // Without the role, the company named after the project's name is not its investor.
    const noRole = '9月7日,白塘湖康养小镇负责人鹭远集团(香港企业)董事长表示,项目将加速推进。\n今年落户的白塘湖康养小镇项目总投资60亿元。';
    assert.deepEqual(linksOf(noRole), ['60亿元: 白塘湖康养小镇项目 - -']);
  });
});

describe('a company opening an item after an amount whose item goes on to an unrecognised project', () => {
  it('gives each item\'s money to its own company (`C1投资X的…项目、C2投资Y的…`)', () => {
    const text = '包括白鹭集团投资20亿元的绿色产业园项目、远帆科技有限公司投资14亿元的智能水表产业园项目。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[2]), ['白鹭集团', '远帆科技有限公司']);
  });
});

describe('the company a project left unrecognised is negotiated with', () => {
  it('gives the project\'s money to the company of `与C洽谈的…项目,计划投资X`', () => {
    assert.deepEqual(linksOf('三是与青禾集团洽谈的产业园区基础工程建设项目,计划投资6亿元。'), ['6亿元: - 青禾集团 -']);
  });

  it('gives none to a company the talks are only held with', () => {
    assert.deepEqual(linksOf('县领导与青禾集团洽谈合作事宜,计划投资6亿元。'), ['6亿元: - - -']);
  });
});

describe('the investor right before the amount, a company named after it', () => {
  it('gives the money of `C1投资X的C2P项目` to the investor C1', () => {
    assert.deepEqual(linksOf('江苏远帆控股有限公司投资5亿元的南通青禾新材料有限公司碳纤维生产项目日前开工。'), ['5亿元: 碳纤维生产项目 江苏远帆控股有限公司 -']);
  });

  it('still gives `总投资X的C P项目` to the company written before the project', () => {
    assert.deepEqual(linksOf('总投资5亿元的南通青禾新材料有限公司碳纤维生产项目日前开工。'), ['5亿元: 碳纤维生产项目 南通青禾新材料有限公司 -']);
  });
});

describe('capital put into a company, and a case said to be a company\'s', () => {
  it('gives `C1增资C2 X` to C1, the investor, not to the company receiving it', () => {
    assert.deepEqual(linksOf('白鹭控股有限公司增资白鹭投资(上海)有限公司人民币3亿元。'), ['3亿元: - 白鹭控股有限公司 -']);
  });

  it('gives `另一件投资案为C申请…` to C', () => {
    assert.deepEqual(linksOf('另一件投资案为青禾精工股份有限公司申请以自有资金三千万美元的方式投资越南青禾公司。'), ['三千万美元: - 青禾精工股份有限公司 -']);
  });
});

describe('the lead investor named again by its brand and kind (`某某集团`)', () => {
  const lead = '近日,临川高新区与杭州青松医疗控股集团有限公司共同签订了《青松康养产业园项目合同书》。';
  it('stays the investor of a later amount after its short name in the same paragraph', () => {
    const text = `${lead}该产业园将打造为青松集团华东总部,总投资12亿元。`;
    assert.equal(linksOf(text).find((line) => line.startsWith('12亿元'))?.split(' ')[2], '杭州青松医疗控股集团有限公司');
  });
  it('but another brand\'s group named there takes over', () => {
    const text = `${lead}该产业园将引入白鹭集团华东总部,总投资12亿元。`;
    assert.notEqual(linksOf(text).find((line) => line.startsWith('12亿元'))?.split(' ')[2], '杭州青松医疗控股集团有限公司');
  });
});
