// An amount linked to a company the article writes short: by its brand, its stock code, or without its registered name.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import type { Entity } from '../../../src/core/types';
import { linksOf, projectAndCompanyOf } from '../linkHelpers';
import { namesOf } from '../namedEntityHelpers';

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

describe('a listed company named short with its code, and registered later', () => {
  it('gives the next paragraph\'s money to the one company named both ways', () => {
    const text = '8月3日,A股公司云帆光电(300777.SZ)发布公告,公司拟在某市投资建设云帆光电智能装备基地项目。\n董事会审议通过了《关于投资建设云帆光电智能装备基地项目的议案》及《云帆光电科技集团股份有限公司章程》。\n根据公告显示,项目总投资12亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['云帆光电科技集团股份有限公司']);
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

describe('a project named after its company\'s brand', () => {
  it('reads a brand before 产业 or 株式会社 as what names the company\'s project', () => {
    assert.deepEqual(linksOf('丸山新型材料制造基地项目竣工投产,投资方为日本丸山产业株式会社。该项目固定资产投资3000万美元。'), [
      '3000万美元: 丸山新型材料制造基地项目 丸山产业株式会社 -',
    ]);
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

describe('a company whose brand is followed by 工业 (`C工业公司` ↔ `C…项目`)', () => {
  it('names the project opened by its brand', () => {
    const text =
      '上月,江西青禾工业公司投资10亿元的包装材料项目、安徽白鹭科技股份有限公司投资6亿元的触摸屏项目开工。\n' +
      '江西青禾包装材料项目占地200亩,是某某材料厂的升级版。一期项目总投资5.88亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), ['10亿元: 包装材料项目 江西青禾工业公司', '6亿元: 触摸屏项目 安徽白鹭科技股份有限公司', '5.88亿元: 江西青禾包装材料项目 江西青禾工业公司']);
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

  it('names it when the short form abbreviates the registered brand, its place kept (`青湾精机集团` for `青川湾泉精密机械集团…`)', () => {
    const text = '青川湾泉精密机械集团有限公司落户经开区。青湾精机集团是行业龙头,该集团投资6亿元建设新厂。';
    assert.deepEqual(company(text), ['青川湾泉精密机械集团有限公司']);
  });

  it('keeps the short form when its characters are not the brand\'s in order, or open it with another', () => {
    const outOfOrder = '青川湾泉精密机械集团有限公司落户经开区。精湾集团是行业龙头,该集团投资6亿元建设新厂。';
    assert.deepEqual(company(outOfOrder), ['精湾集团']);
    const reversed = '青川湾泉精密机械集团有限公司落户经开区。青机精湾集团是行业龙头,该集团投资6亿元建设新厂。';
    assert.deepEqual(company(reversed), ['青机精湾集团']);
  });
});

describe('a short name the article gives a company, written again untagged', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('links the money of a sentence the short name opens to the company it was tagged as', () => {
    const text = '订约双方\n(1) 北京远阳,本公司之间接全资附属公司\n(2) 管委会\n北京远阳将负责注资6,000,000美元以从事该项目。';
    assert.deepEqual(company(text), ['北京远阳']);
  });

  it('takes a paragraph the short name opens as that company\'s profile', () => {
    const text = '订约双方\n(1) 北京远阳,本公司之间接全资附属公司\n(2) 管委会\n北京远阳此次新建的光伏电站位于某县。项目投资12亿元。';
    assert.deepEqual(company(text), ['北京远阳']);
  });

  it('links the money of a sentence the declared short name opens to the registered company', () => {
    const text = '公司认购白鹭材料有限公司(「目标公司」)股本权益。\n目标公司在2004年成立。\n现时目标公司缴足股本为420万美元。';
    assert.deepEqual(company(text), ['白鹭材料有限公司']);
  });

  it('links nothing from a short name of two characters, or where the sentence names a company before the amount', () => {
    assert.deepEqual(company('订约双方\n(1) 远阳,本公司之间接全资附属公司\n远阳将负责注资600万美元。'), ['-']);
    assert.deepEqual(company('订约双方\n(1) 北京远阳,本公司之间接全资附属公司\n北京远阳与青禾科技有限公司签约,青禾科技有限公司注资600万美元。'), ['青禾科技有限公司']);
  });
});

describe('a project named by the brand of a company whose trade follows its brand', () => {
  it('links the project\'s money to the registered company the article names later', () => {
    const text = '青禾年产5万吨生物基材料项目,总投资6.8亿元,目前已复工。\n吉林青禾生物材料有限公司相关负责人说,项目年底投产。';
    assert.deepEqual(projectAndCompanyOf(text), ['6.8亿元: 青禾年产5万吨生物基材料项目 吉林青禾生物材料有限公司']);
  });

  it('reads the company written short and in full as one company, whose brand names the project', () => {
    const text =
      '本次签约的青禾酶制剂新材料项目是开发区今年首个签约的制造业项目。据悉,该项目计划总投资120亿元。\n' +
      '青禾生物科技有限公司作为该项目的投资方,已在开发区深耕多年。青禾生物公司负责人表示,将加快建设。';
    assert.deepEqual(projectAndCompanyOf(text), ['120亿元: 青禾酶制剂新材料项目 青禾生物科技有限公司']);
  });

  it('leaves the project without a company when two companies of its brand are written', () => {
    const text =
      '本次签约的青禾酶制剂新材料项目是开发区今年首个签约的制造业项目。据悉,该项目计划总投资120亿元。\n' +
      '青禾生物科技有限公司与青禾物流有限公司负责人表示,将加快建设。';
    assert.deepEqual(projectAndCompanyOf(text), ['120亿元: 青禾酶制剂新材料项目 -']);
  });
});

describe('a sentence opened by a company\'s declared short name', () => {
  const TEXT =
    '市政府与福建华宏置业有限公司(以下简称“华宏公司”)、江苏天远重工股份有限公司(以下简称“天远重工”)签约。\n' +
    '据悉,华宏公司计划投资约3亿元建设商务酒店。天远重工计划投资6亿元建设风电塔筒制造项目,建成达产后年产值约25亿元。';

  it('gives the sentence\'s money to that company, not to the one spoken of before', () => {
    assert.deepEqual(projectAndCompanyOf(TEXT), [
      '3亿元: - 福建华宏置业有限公司',
      // The declared short name is tagged itself (declaredShortNames in brandNames.ts): the same company, written short.
      '6亿元: 风电塔筒制造项目 天远重工',
      '25亿元: 风电塔筒制造项目 天远重工',
    ]);
  });

  it('does not take a short name opening a list as the sentence\'s subject', () => {
    const text = TEXT.replace('天远重工计划投资6亿元', '天远重工、白鹭集团等企业计划投资6亿元');
    assert.ok(!projectAndCompanyOf(text)[1].includes('天远重工'));
  });
});

describe('a project named after its company\'s brand, the brand written on its own in the paragraph', () => {
  it('links the project\'s money to the brand listed among the signers', () => {
    assert.deepEqual(projectAndCompanyOf('签约的有瑞丰达、明远乳业、青禾化妆品等5个项目。其中,明远乳业项目预计达产后产值20亿元,税收1.4亿元。'), [
      '20亿元: 明远乳业项目 明远乳业',
      '1.4亿元: 明远乳业项目 明远乳业',
    ]);
  });

  it('links it to a Latin brand written on its own after the project\'s place', () => {
    assert.deepEqual(projectAndCompanyOf('ZKT龙门新能源产业园项目计划总投资25亿元,将发挥ZKT在新能源领域的引领作用。'), ['25亿元: ZKT龙门新能源产业园项目 ZKT']);
  });

  it('reads the brand after the city its short name opens with, written with it again', () => {
    assert.deepEqual(projectAndCompanyOf('开工的是扬州恒禾药业缓释制剂产业化项目,该项目总投资9亿元。目前,扬州恒禾药业拟扩建研发中心。'), [
      '9亿元: 扬州恒禾药业缓释制剂产业化项目 扬州恒禾药业',
    ]);
  });

  it('takes no city with a generic trade, nor an institute, for a brand', () => {
    assert.deepEqual(projectAndCompanyOf('开工的是扬州生物医药产业园项目,该项目总投资9亿元。目前,扬州生物医药拟扩建。'), ['9亿元: 扬州生物医药产业园项目 -']);
    assert.deepEqual(projectAndCompanyOf('签约的是杭州材料研究院新材料中试基地项目,该项目总投资3亿元。杭州材料研究院将牵头建设。'), [
      '3亿元: 杭州材料研究院新材料中试基地项目 -',
    ]);
  });
});

describe('a project named after its company\'s brand, the brand written on its own in another paragraph', () => {
  const TEXT = '总投资80亿元的远拓化工江城百万吨乙烯项目今日开工。\n据悉,远拓化工计划在本省建设加油站30座。\n该项目建成后年销售收入可达200亿元。';

  it('tags the brand and links the project\'s money to it, before and after it is written', () => {
    assert.ok(recognize(TEXT).some((e) => e.label === 'COMPANY' && e.text === '远拓化工'));
    assert.deepEqual(projectAndCompanyOf(TEXT), ['80亿元: 远拓化工江城百万吨乙烯项目 远拓化工', '200亿元: 远拓化工江城百万吨乙烯项目 远拓化工']);
  });

  it('reads no brand where the head runs on into a longer word, or is a trade', () => {
    assert.ok(!recognize(TEXT.replace('远拓化工计划', '远拓化工园区计划')).some((e) => e.label === 'COMPANY'));
    const trade = '总投资8亿元的新能源电池项目今日开工。\n据悉,新能源在本省发展迅速。';
    assert.ok(!recognize(trade).some((e) => e.label === 'COMPANY'));
  });

  it('reads no brand in a campaign\'s quoted name for its key projects heading a project', () => {
    const text = '总投资30亿元的“一号工程”远拓化工乙烯项目今日开工。\n全县把招商引资作为“一号工程”,一切围绕招商转。';
    assert.ok(!recognize(text).some((e) => e.label === 'COMPANY' && e.text.includes('一号工程')));
  });

  it('reads no brand in the place heading a project named after its park', () => {
    const text = '总投资90亿元的镜泊湖科技城项目今日开工。\n镜泊湖科技城规划面积60平方公里,以“塞北明珠”镜泊湖为生态坐标。';
    assert.ok(recognize(text).some((e) => e.label === 'PARK' && e.text === '镜泊湖科技城'));
    assert.ok(!recognize(text).some((e) => e.label === 'COMPANY'));
    assert.ok(recognize(text.replace('镜泊湖科技城规划面积60平方公里,', '')).some((e) => e.label === 'COMPANY' && e.text === '镜泊湖'));
  });

  it('reads no brand where the head holds a place\'s word or a figure, and still reads the next project\'s', () => {
    const text = '总投资12亿元的青州市乙烯项目和年产10万吨苯乙烯项目今日开工。\n据悉,青州市计划建设加油站30座,年产10万吨将于明年达到。';
    assert.ok(!recognize(text).some((e) => e.label === 'COMPANY'));
    const next = `${text}\n总投资5亿元的鹏安化工乙烯项目同日签约。\n鹏安化工表示将追加投资。`;
    assert.deepEqual(recognize(next).filter((e) => e.label === 'COMPANY').map((e) => e.text), ['鹏安化工']);
  });

  it('reads no brand in a project named again without `项目`', () => {
    const text = '国内首座生态商贸城——远拓国际商贸城将落户白沙镇。\n其中远拓国际商贸城项目较为突出,投资超过8亿元。';
    assert.ok(!recognize(text).some((e) => e.label === 'COMPANY'));
  });
});

describe('a project\'s builder after 由, a short name too', () => {
  const TEXT = '废旧电池回收利用项目由华岳能科投资建设,总投资约2亿元,建成后预计年产值5亿元。';

  it('tags the builder and links the project\'s money to it', () => {
    assert.ok(recognize(TEXT).some((e) => e.label === 'COMPANY' && e.text === '华岳能科'));
    assert.deepEqual(projectAndCompanyOf(TEXT), ['2亿元: 废旧电池回收利用项目 华岳能科', '5亿元: 废旧电池回收利用项目 华岳能科']);
  });

  it('keeps a place opening the name, and reads no office or public money as a builder', () => {
    assert.ok(recognize(TEXT.replace('华岳能科', '浙江华岳印业')).some((e) => e.label === 'COMPANY' && e.text === '浙江华岳印业'));
    assert.ok(!recognize(TEXT.replace('华岳能科', '县政府')).some((e) => e.label === 'COMPANY'));
    assert.ok(!recognize(TEXT.replace('华岳能科', '财政资金')).some((e) => e.label === 'COMPANY'));
  });
});

describe('a works named by its place or beside a registered company, then 厂', () => {
  it('tags a county\'s works before its project, and the project\'s money is the works\'', () => {
    const text = '签约项目包括投资3000万元的清河县瑞丰材料加工厂纸箱包装项目、投资2亿元的清河县远拓食品有限公司冷链仓储项目。';
    const found = recognize(text);
    assert.ok(found.some((e) => e.label === 'COMPANY' && e.text === '清河县瑞丰材料加工厂'));
    assert.ok(found.some((e) => e.label === 'PROJECT' && e.text === '纸箱包装项目'));
    assert.deepEqual(projectAndCompanyOf(text)[0], '3000万元: 纸箱包装项目 清河县瑞丰材料加工厂');
  });

  it('tags a works listed with a registered company', () => {
    const text = '台企远拓电子有限公司和瑞丰食品厂日前与开发区签订协议,将投资近5亿元。';
    assert.ok(recognize(text).some((e) => e.label === 'COMPANY' && e.text === '瑞丰食品厂'));
  });

  it('reads no works in a trade alone, a plant, or 厂 opening a word', () => {
    for (const text of ['建设肉制品加工和饲料加工厂等配套设施,总投资3亿元。', '投资5500万元的清河县第二水厂建设顺利。', '清河县瑞丰材料加工厂房建设,投资3000万元。']) {
      assert.ok(!recognize(text).some((e) => e.label === 'COMPANY'), text);
    }
  });
});

describe('a group whose brand holds a word that ends names elsewhere, its place before it', () => {
  it('tags the group from its place, in a list and after 由 or 引入', () => {
    const text = '已有远拓集团、浙江同为集团等企业入园。园区由中国和远集团负责开发。';
    const names = recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);
    assert.deepEqual(names, ['远拓集团', '浙江同为集团', '中国和远集团']);
  });

  it('reads no group in the sentence\'s words before 集团', () => {
    for (const text of ['浙江公司拥有集团全部股份。', '上海为集团提供服务。', '浙江省将为集团提供服务。']) {
      assert.ok(!recognize(text).some((e) => e.label === 'COMPANY' && e.text.endsWith('集团')), text);
    }
  });

  it('keeps the money a project makes with it, a group brought in to run it, with the project', () => {
    const text = '正在建设的远拓食品产业园项目,将引入浙江同为集团参与运营,园区投产后,年可实现产值9亿元。';
    assert.deepEqual(projectAndCompanyOf(text), ['9亿元: 远拓食品产业园项目 -']);
  });
});

describe('a joint venture after a conjunction', () => {
  it('reads no name through the conjunction before 合资公司, and keeps a brand\'s own 和', () => {
    assert.ok(!recognize('已完成项目立项、环评批复和合资公司注册等前期工作。').some((e) => e.label === 'COMPANY'));
    assert.ok(recognize('远拓集团与谐和新能源集团有限公司签约。').some((e) => e.label === 'COMPANY' && e.text === '谐和新能源集团有限公司'));
  });
});

describe('a listed company\'s short name publishing an announcement', () => {
  const companiesOf = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => text.slice(e.start, e.end));

  it('takes the short name before 发布公告 as a company, and links its money to it', () => {
    const text = '5月9日,青岚股份发布公告,拟出资36亿元在某市投资建设年产8GW光伏组件项目。';
    assert.deepEqual(companiesOf(text), ['青岚股份']);
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['青岚股份']);
  });

  it('reads the day and the evening between the name and its announcement', () => {
    assert.deepEqual(companiesOf('据报道,远湖菌业3月12日晚间发布公告称,公司拟投资2亿元建设菌菇基地。'), ['远湖菌业']);
  });

  it('takes no office publishing an announcement as a company', () => {
    assert.deepEqual(companiesOf('近日,省发改委发布公告,某市投资8亿元的物流园项目获批。'), []);
  });

  it('reads yesterday, and yesterday evening, between the name and its announcement', () => {
    assert.deepEqual(companiesOf('12月3日早盘,鼎岚材料大涨。鼎岚材料昨日晚间公告,公司拟投资15亿元建设负极材料项目。'), ['鼎岚材料']);
    assert.deepEqual(linksOf('鼎岚材料昨晚公告,公司拟投资15亿元建设负极材料项目。').map((l) => l.split(' ')[2]), ['鼎岚材料']);
    // Yesterday is a time before the announcement only: the same name doing something else yesterday is no company.
    assert.deepEqual(companiesOf('鼎岚材料昨日召开座谈会,投资15亿元。'), []);
  });
});

describe('a firm\'s short name as the subject of a verb of signing or of investing and building', () => {
  it('takes a brand and its trade opening a clause, investing and building, as the payer of the next sentence\'s money', () => {
    const text = '6月2日,某某开发区举行重型叉车产业基地项目开工仪式。青禾科技在某某经济开发区投资建设。项目总投资12亿元,建成后年销售收入30亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['青禾科技', '青禾科技']);
    // It builds the paragraph's project, which stays the topic of `项目总投资`.
    assert.deepEqual(linksOf(text)[0].split(' ')[1], '重型叉车产业基地项目');
  });

  it('ends the paragraph\'s project when the firm builds something of its own', () => {
    const builds = (what: string) => `某某开发区举行重型叉车产业基地项目开工仪式。青禾科技在某某经济开发区投资建设${what}。项目总投资12亿元。其中,智能仓储产业园项目总投资5亿元。`;
    assert.deepEqual(linksOf(builds(''))[0], '12亿元: 重型叉车产业基地项目 青禾科技 -');
    assert.deepEqual(linksOf(builds('研发中心'))[0], '12亿元: - 青禾科技 -');
  });

  it('leaves a foreign country out of the firm that signs, and keeps a province in it', () => {
    const abroad = '韩国明岚汽车已与某市签署战略合作协议,投资5亿美元建设整车工厂。';
    assert.deepEqual(linksOf(abroad).map((l) => l.split(' ')[2]), ['明岚汽车']);
    const home = '江苏云岫石化与某港签署新材料项目投资合作协议,总投资20亿元。';
    assert.deepEqual(linksOf(home).map((l) => l.split(' ')[2]), ['江苏云岫石化']);
  });

  it('reads no firm in a kind of trade, a zone or an office as the subject', () => {
    for (const text of ['新能源汽车与某市签署合作协议,投资5亿元。', '某某高新区科技与某市签署协议,投资5亿元。', '县政府与某某集团签署协议,投资5亿元。']) {
      assert.deepEqual(namesOf('COMPANY', text).filter((name) => !name.endsWith('集团')), [], text);
    }
  });
});
