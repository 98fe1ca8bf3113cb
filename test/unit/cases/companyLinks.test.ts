// Links from an amount to its company.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import type { Entity } from '../../../src/core/types';
import { linksOf } from '../linkHelpers';

describe('clauses each opened by a company with its own money', () => {
  it('does not give an amount to the company that opens the next clause with money of its own', () => {
    const text = '青禾酒厂白酒生产线已完成投资1700万元,远帆实业有限公司面粉生产线已完成投资300万元。';
    assert.deepEqual(linksOf(text), ['1700万元: - - -', '300万元: - 远帆实业有限公司 -']);
  });

  it('still gives the amounts after it to the company opening a clause', () => {
    const text = '远帆实业有限公司面粉生产线已完成投资300万元,今年还将投资500万元。';
    assert.deepEqual(linksOf(text), ['300万元: - 远帆实业有限公司 -', '500万元: - 远帆实业有限公司 -']);
  });
});

describe('the company that signed for a project, and 该公司 going on', () => {
  it('links the company that signed for a project (`与C就P项目签订协议`) to the project\'s money', () => {
    assert.deepEqual(linksOf('经开区招商局与苏州恒瑞智能科技有限公司就光谷精密模具项目签订了入驻协议。据了解,光谷精密模具项目占地200亩,总投资6亿元。'), [
      '6亿元: 光谷精密模具项目 苏州恒瑞智能科技有限公司 -',
    ]);
    // A company that signs something else for the project is not said to be its company.
    assert.deepEqual(linksOf('经开区与苏州恒瑞智能科技有限公司就光谷精密模具项目展开洽谈。光谷精密模具项目总投资6亿元。'), ['6亿元: 光谷精密模具项目 - -']);
  });

  it('goes on with the paragraph\'s company after a sentence opened by 该公司, and through the amounts after it', () => {
    const text = '第三名是来自城北区的江苏鼎信新材料有限公司,投资总额3亿5000万元。该公司是一家专注于复合材料的高新技术企业。预计年可实现产值6亿元,实现税收4000多万元。';
    assert.deepEqual(linksOf(text), [
      '3亿5000万元: - 江苏鼎信新材料有限公司 -',
      '6亿元: - 江苏鼎信新材料有限公司 -',
      '4000多万元: - 江苏鼎信新材料有限公司 -',
    ]);
    // Without 该公司 the later sentence is not said to be the company's.
    assert.deepEqual(linksOf('第三名是来自城北区的江苏鼎信新材料有限公司,投资总额3亿元。城北区是一个工业强区。预计年可实现产值6亿元。'), [
      '3亿元: - 江苏鼎信新材料有限公司 -',
      '6亿元: - - -',
    ]);
  });
});

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

describe('an amount qualifying a company', () => {
  const linksOf = (text: string, kind: 'project' | 'company' | 'park') =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.[kind] ? text.slice(e.links[kind].start, e.links[kind].end) : undefined));

  it('links an amount qualifying a company to that company, with no project after it', () => {
    const text = '如总投资8000万美元的华泰精密轴承有限公司，增资3000万美元的新禾材料(江门)有限公司等项目。';
    assert.deepEqual(linksOf(text, 'company'), ['华泰精密轴承有限公司', '新禾材料(江门)有限公司']);
  });
});

describe('a registered company named afterwards by its brand', () => {
  const companyOf = (text: string, e: Entity) => (e.links?.company ? text.slice(e.links.company.start, e.links.company.end) : undefined);

  it('links the brand\'s amounts to the registered name', () => {
    const text = '宏远机电(成都)有限公司于2009年在高新区成立，主要生产电机。\n今年高新区新签约项目12个。\n宏远机电2012年实现营业收入36亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), ['宏远机电(成都)有限公司']);
  });

  it('links nothing when two registered names share the brand', () => {
    const text = '宏远机电(成都)有限公司和宏远机电(重庆)有限公司相继成立。\n今年高新区新签约项目12个。\n宏远机电2012年实现营业收入36亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), [undefined]);
  });

  it('takes a paragraph opened by the brand as that company\'s profile', () => {
    const text = '宏远机电(成都)有限公司于2009年在高新区成立。公司主要生产电机。\n宏远机电此次新建的智能电机基地占地600亩。项目投资12亿元，建成后年产值可达30亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), ['宏远机电(成都)有限公司', '宏远机电(成都)有限公司']);
  });

  it('does not take a brand named inside a paragraph as its subject', () => {
    const text = '宏远机电(成都)有限公司于2009年在高新区成立。公司主要生产电机。\n该市还为宏远机电配套了物流中心。项目投资12亿元。';
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => companyOf(text, e)), [undefined]);
  });
});

describe('该公司 after the sentence naming the company', () => {
  it('links the money of a sentence opened by 该公司 to the one company named in the sentence before', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司办公楼进入装潢阶段。该公司主要生产不锈钢厨具,预计投产后年销售3亿元,利税5000万元。';
    assert.deepEqual(linksOf(text), ['3亿元: - 远帆厨具设备有限公司 青川经开区', '5000万元: - 远帆厨具设备有限公司 青川经开区']);
  });

  it('links no company when the sentence before named two', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司和丰谷食品有限公司新厂房进入装潢阶段。该公司预计年销售3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青川经开区']);
  });

  it('links no company when the sentence is not opened by 该公司', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司办公楼进入装潢阶段。据测算,全区预计年销售3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青川经开区']);
  });
});

describe('a company in a comma list closed by 等', () => {
  const OPENING = '5月8日,青川县远帆汽车内饰项目一期工程竣工。';

  it('does not make a customer listed with commas the paragraph’s company', () => {
    const text = `${OPENING}该企业主要为德国的甲乙公司,美国丙丁汽车公司,日本戊己等汽车配套。该项目固定资产投资2200万美元。`;
    assert.deepEqual(linksOf(text), ['2200万美元: 青川县远帆汽车内饰项目 - -']);
  });

  it('still makes a company opening a clause the paragraph’s company', () => {
    const text = `${OPENING}美国丙丁汽车公司,计划追加投资2200万美元。`;
    assert.deepEqual(linksOf(text), ['2200万美元: - 美国丙丁汽车公司 -']);
  });
});

describe('以及 between clauses', () => {
  it('reads the company after `,以及` as the payer of its own clause', () => {
    const text = '当天签约的项目分别为:海川智能科技有限公司计划投资5亿元建设的机器人项目,以及远航电子有限公司计划投资3亿元建设电子元件项目。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), ['5亿元: 机器人项目 海川智能科技有限公司', '3亿元: 电子元件项目 远航电子有限公司']);
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

describe('a subsidiary opening the announcement', () => {
  it('gives the next sentence\'s project money to the subsidiary named after `公司控股子公司`', () => {
    const text = '某某股份晚间公告称,公司控股子公司云南青禾包装有限公司拟在县工业园投资新建生产厂房。项目建设期限为12个月,总投资约为1.5亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['云南青禾包装有限公司']);
  });

  it('does not take a subsidiary named inside a clause about something else', () => {
    const text = '某某股份晚间公告称,拟为子公司云南青禾包装有限公司提供担保。全县今年完成投资30亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['-']);
  });
});

describe('a subsidiary whose capital the parent raises (`对全资子公司C增资X`)', () => {
  it('is no payer of that money', () => {
    const text = '青禾科技晚间公告,公司全资子公司白鹭公司拟投资6000万元建设青禾科技城项目。此前,青禾科技公告拟对全资子公司白鹭公司增资8000万元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['白鹭公司', '青禾科技']);
  });
});

describe('the company an announcement is of', () => {
  const TEXT = '鼎力机电晚间公告,为完善公司产业布局,加强母子公司之间的协同,公司计划在当地建立华东生产基地。\n2020年3月5日,公司与某区人民政府签订投资意向书,公司拟投资2-3亿元。\n公司将于合同生效之后投入注册资金5000万元成立全资子公司。';

  it('gives the amounts of sentences opened by `公司` to the company announcing', () => {
    assert.deepEqual(linksOf(TEXT).map((l) => l.split(' ')[2]), ['鼎力机电', '鼎力机电']);
  });

  it('does not when two companies announce, or another company is named before the amount', () => {
    assert.deepEqual(linksOf(`${TEXT}\n星河股份晚间公告,公司拟投资1亿元。`).map((l) => l.split(' ')[2]), ['-', '-', '星河股份']);
    assert.deepEqual(linksOf('鼎力机电晚间公告。公司与青禾科技有限公司签约,青禾科技有限公司拟投资1亿元。').map((l) => l.split(' ')[2]), ['青禾科技有限公司']);
  });
});

describe('a listed company named short with its code, and registered later', () => {
  it('gives the next paragraph\'s money to the one company named both ways', () => {
    const text = '8月3日,A股公司云帆光电(300777.SZ)发布公告,公司拟在某市投资建设云帆光电智能装备基地项目。\n董事会审议通过了《关于投资建设云帆光电智能装备基地项目的议案》及《云帆光电科技集团股份有限公司章程》。\n根据公告显示,项目总投资12亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['云帆光电科技集团股份有限公司']);
  });
});

describe('a company introduced by where it is', () => {
  it('takes a company opening its sentence after where it is (位于K的C) as the paragraph’s company', () => {
    const text = '位于桃岭工业区的青禾肉业有限公司投产近一年后,生产情况良好。如今,企业又瞄准了熟食市场,投资3000余万元上马了二期项目。';
    assert.deepEqual(linksOf(text), ['3000余万元: - 青禾肉业有限公司 桃岭工业区']);
  });

  it('takes no company when two companies share that opening', () => {
    const text = '位于桃岭工业区的青禾肉业有限公司、远山食品有限公司发展良好。如今,又投资3000余万元上马了二期项目。';
    assert.deepEqual(linksOf(text), ['3000余万元: - - 桃岭工业区']);
  });
});

describe('a brand that opens with a place', () => {
  it('links a project named after a group whose brand opens with a place name to that group', () => {
    const text = '开工仪式上,项目业主代表长沙湾集团公司作表态发言。\n本次开工的长沙湾冷链食品产业园建设项目总投资9亿元。';
    assert.deepEqual(linksOf(text), ['9亿元: 长沙湾冷链食品产业园建设项目 长沙湾集团公司 -']);
  });

  it('still strips a place before a brand of its own', () => {
    const text = '长沙青禾科技有限公司作表态发言。\n本次开工的青禾电子元件项目总投资2亿元。';
    assert.deepEqual(linksOf(text), ['2亿元: 青禾电子元件项目 长沙青禾科技有限公司 -']);
  });
});

describe('a list of projects, each opened by its investor', () => {
  it('gives each amount to the company opening its own item, after a whole project of the list', () => {
    assert.deepEqual(linksOf('签约了由华宇建工投资20亿元的华宇智慧港项目、远帆集团投资15亿元的光伏大棚项目。'), [
      '20亿元: 华宇智慧港项目 - -',
      '15亿元: 光伏大棚项目 远帆集团 -',
    ]);
  });

  it('still gives nothing to one of a list of companies', () => {
    assert.deepEqual(linksOf('远帆集团、青禾集团投资15亿元建设光伏大棚。'), ['15亿元: - - -']);
  });
});

describe('a project named after its company\'s brand', () => {
  it('reads a brand before 产业 or 株式会社 as what names the company\'s project', () => {
    assert.deepEqual(linksOf('丸山新型材料制造基地项目竣工投产,投资方为日本丸山产业株式会社。该项目固定资产投资3000万美元。'), [
      '3000万美元: 丸山新型材料制造基地项目 丸山产业株式会社 -',
    ]);
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

describe('a company described by its money (`投资X的…龙头C`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the amount to the company its description runs into', () => {
    const text = '活动邀集年度重点投资企业参加,包括年度投资逾80亿元的全球光伏组件龙头青禾新能源集团、白鹭精工机械有限公司等。';
    assert.deepEqual(company(text), ['青禾新能源集团']);
  });

  it('does not when another party stands between (`…的厂房由C建设`)', () => {
    const text = '园区内总投资8亿元的标准厂房由青禾新能源集团负责建设,明年投用。';
    assert.deepEqual(company(text), ['-']);
  });
});

describe('a company written short with 公司 (`青禾精工公司`) whose registered name the article gives', () => {
  const TEXT =
    '青禾精工重大项目奠基仪式举行。据悉,青禾精工公司主要研发生产精密轴承。青禾精工轴承制造项目计划总投资2.5亿元。\n' +
    '项目由岳阳市青禾精工股份有限公司投资建设。';

  it('links the amount to the registered name', () => {
    assert.deepEqual(linksOf(TEXT).map((line) => line.split(' ')[2]), ['岳阳市青禾精工股份有限公司']);
  });

  it('keeps the short form when no registered name of that brand is given', () => {
    const text = TEXT.replace('岳阳市青禾精工股份有限公司', '岳阳市白鹭精工股份有限公司');
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[2]), ['青禾精工公司']);
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

describe('a photo caption naming a company (`C。图片来源:…`)', () => {
  const TEXT = '当天共有42个项目集中开工,总投资210亿元。\n\n江西青禾新能源材料股份有限公司。图片来源:青禾广电\n\n青禾新能源作为国内电池材料行业的龙头企业,总投资18.5亿元,年产3万吨正极材料的项目已分批投产。';
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('introduces the company the next paragraph speaks of, over blank lines', () => {
    assert.deepEqual(company(TEXT), ['-', '江西青禾新能源材料股份有限公司']);
  });

  it('does not when a paragraph with text stands between', () => {
    const text = TEXT.replace('图片来源:青禾广电\n\n', '图片来源:青禾广电\n\n另有多家企业参加了活动。\n\n');
    assert.deepEqual(company(text), ['-', '-']);
  });

  it('does not for a line of a company followed by news of its own, not a credit', () => {
    const text = TEXT.replace('图片来源:青禾广电', '公司上半年营收增长两成。');
    assert.deepEqual(company(text)[1], '-');
  });
});

describe('a company whose brand is followed by 工业 (`C工业公司` ↔ `C…项目`)', () => {
  it('names the project opened by its brand', () => {
    const text =
      '上月,江西青禾工业公司投资10亿元的包装材料项目、安徽白鹭科技股份有限公司投资6亿元的触摸屏项目开工。\n' +
      '江西青禾包装材料项目占地200亩,是某某材料厂的升级版。一期项目总投资5.88亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), ['10亿元: 包装材料项目 江西青禾工业公司', '6亿元: 触摸屏项目 安徽白鹭科技股份有限公司', '5.88亿元: 江西青禾包装材料项目 江西青禾工业公司']);
  });
});

describe('a company ending its item of a list gives nothing to the next item\'s amount', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('not across `,以及` (`…的C,以及投资Y扩建新厂的D`)', () => {
    const text = '包括年度投资逾80亿元的全球封测龙头青禾电子集团,以及投资6.5亿元扩建新厂的白鹭电机。';
    assert.deepEqual(company(text), ['青禾电子集团', '-']);
  });

  it('not to an amount opening the next item with its own label (`…的C某某设备、总投资Y的P项目`)', () => {
    const text = '开工项目有总投资2.6亿元的青禾实业有限公司冶金阀门、总投资1.5亿元的白鹭金属有限公司轮毂表面处理、总投资2.2亿元的红杉塑胶管材项目。';
    assert.deepEqual(company(text), ['青禾实业有限公司', '白鹭金属有限公司', '-']);
  });

  it('still gives a company its own amount after a comma', () => {
    assert.deepEqual(company('白鹭电机有限公司,计划投资6.5亿元扩建新厂。'), ['白鹭电机有限公司']);
  });
});

describe('a sentence opened by a factory\'s name (`某某食品厂计划总投资X`)', () => {
  const TEXT =
    '江西青禾科技有限公司在城东项目主要是生产节能灯等照明设备,项目总投资7亿元,年产值10亿元。' +
    '白鹭食品厂计划总投资约6000万元在城东投资建厂,生产各种肉类加工食品,项目达产后年产值1.5亿元。';

  it('gives its amounts the factory, neither the company nor the project the paragraph spoke of before', () => {
    assert.deepEqual(linksOf(TEXT).slice(2), ['6000万元: - 白鹭食品厂 -', '1.5亿元: - 白鹭食品厂 -']);
  });

  it('still lets a sentence without a subject of its own go on about them', () => {
    const text = TEXT.replace('白鹭食品厂计划总投资约6000万元在城东投资建厂,生产各种肉类加工食品,', '');
    assert.deepEqual(linksOf(text).slice(2).map((line) => line.split(' ').slice(0, 3).join(' ')), ['1.5亿元: 城东项目 江西青禾科技有限公司']);
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

describe('a company written short, its registered name given in the article', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('names the registered company when the short form is its brand and 公司, the full name written twice', () => {
    const text = '青川县与汇禾清洁能源公司签约。汇禾清洁能源公司投资9亿元建设风电场。汇禾清洁能源有限责任公司成立于2015年,汇禾清洁能源有限责任公司总部在成都。';
    assert.deepEqual(company(text), ['汇禾清洁能源有限责任公司']);
  });

  it('names it when the short form is the head of its brand and 公司 or 集团', () => {
    const text = '远帆公司投资3亿元建设新厂,白鹭集团投资5亿元建设光伏电站。签约企业为浙江远帆精工机械有限公司和白鹭能源集团有限公司。';
    assert.deepEqual(company(text), ['浙江远帆精工机械有限公司', '白鹭能源集团有限公司']);
  });

  it('keeps the short form when the head starts two registered brands, or a 集团 is not the registered one\'s kind', () => {
    const two = '远帆公司投资3亿元建设新厂。浙江远帆精工机械有限公司与远帆海运物流有限公司参加签约。';
    assert.deepEqual(company(two), ['远帆公司']);
    const notGroup = '白鹭集团投资5亿元建设光伏电站。白鹭能源科技有限公司参加签约。';
    assert.deepEqual(company(notGroup), ['白鹭集团']);
  });
});

describe('a company\'s unnamed project going on (`C投资X建设…。项目投产后,年销售Y`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives what the project yields once built to the company that invested, with no project named', () => {
    const text = '白石镇引进浙江汇禾机电有限公司拟投资8亿元建设电机装配线,年产电机5万台。项目投产达效后,预计年实现销售收入12亿元,税金9000万元。';
    assert.deepEqual(company(text), ['浙江汇禾机电有限公司', '浙江汇禾机电有限公司', '浙江汇禾机电有限公司']);
    // What the money builds may be written as a park's name; it is no new subject.
    const park = '白石镇引进浙江汇禾机电有限公司拟投资8亿元建设汇禾智能电机产业园,年产电机5万台。项目投产后,预计年实现销售收入12亿元。';
    assert.deepEqual(company(park), ['浙江汇禾机电有限公司', '浙江汇禾机电有限公司']);
  });

  it('not when the later sentence does not speak of the project', () => {
    const text = '白石镇引进浙江汇禾机电有限公司拟投资8亿元建设电机装配线,年产电机5万台。全镇预计年实现销售收入12亿元。';
    assert.deepEqual(company(text), ['浙江汇禾机电有限公司', '-']);
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
});
