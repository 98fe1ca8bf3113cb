// The park an article is about, read from its opening past a date, a reporter's line, a caption, a table, a breadcrumb, a banner or an exclamation.
import { strict as assert } from 'node:assert';
import { linksOf, parkOf, parkOfWithPark } from '../linkHelpers';

describe('an article about one park opened by a period of months', () => {
  it('reads `1—5月K…` as a clause with the park as its subject, so the article is about it', () => {
    const text = '记者从某区统计局获悉,1—4月岳阳松湖经济开发区工业经济稳中有进。一是总量增长。完成工业投资12亿元,实现产值30亿元。';
    assert.deepEqual(parkOf(text), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
    assert.deepEqual(parkOf(text.replace('1—4月', '1–4月')), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });
});

describe('an article about one park opened by a wire story\'s dateline (`某某网5月12日电 K…`)', () => {
  const TEXT = '新华网5月12日电 桐溪经济开发区上半年经济运行稳中有进。\n外资工作成效明显。1至5月,完成实际利用外资4200万美元,实现销售收入6.3亿元。';

  it('reads the park right after the dateline as the subject of the story\'s first clause', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪经济开发区', '桐溪经济开发区']);
    assert.deepEqual(parkOf(TEXT.replace('新华网5月12日电', '某某社白沙五月十二日电(记者 李某)')), ['桐溪经济开发区', '桐溪经济开发区']);
  });

  it('does not when something else opens the clause after the dateline', () => {
    assert.deepEqual(parkOf(TEXT.replace('桐溪经济开发区上半年经济运行', '记者走访了桐溪经济开发区,经济运行')), ['-', '-']);
  });
});

describe('an opening whose companies start building in the park (`在K正式开工建设`)', () => {
  const TEXT =
    '今年以来,某区加大招商引资力度,截至9月底,该区新签约的8个入园项目,已有5家企业在岳阳松湖工业园区正式开工建设。\n' +
    '据了解,5家开工企业项目总投资达6.5亿元,建成后可实现产值9亿元。';

  it('takes the park as the article\'s, for the totals of the paragraphs after', () => {
    assert.deepEqual(parkOf(TEXT), ['岳阳松湖工业园区', '岳阳松湖工业园区']);
    // A scraped page's pinyin gloss after the park's last character does not hide the verb.
    assert.deepEqual(parkOf(TEXT.replace('工业园区正式', '工業園區(qū)正式')).map((p) => p?.slice(0, 4)), ['岳阳松湖', '岳阳松湖']);
  });

  it('does not when the companies only visit the park', () => {
    assert.deepEqual(parkOf(TEXT.replace('正式开工建设', '参观考察')), ['-', '-']);
  });
});

describe('an article about one park whose lead comes after a date, a reporter\'s line or a photo caption', () => {
  const LEAD =
    '9月14日上午,某市第三季度重大项目集中开工,青禾工业园区设立分会场。青禾工业园区此次开工项目共3个,总投资约2.4亿元。\n' +
    '——某某新材料有限公司年产5万吨环保涂料项目,总投资8000万元。\n';

  it('reads the lead under the source line, the date and a short caption as the opening', () => {
    const text = '来源:某某日报\n2021-09-15\n开工现场。\n' + LEAD;
    assert.deepEqual(parkOf(text), ['青禾工业园区', '青禾工业园区']);
    assert.deepEqual(parkOf('来源:某某日报\n本报记者 李某某\n' + LEAD), ['青禾工业园区', '青禾工业园区']);
  });

  it('does not when a paragraph telling other news comes before the park\'s', () => {
    const text = '来源:某某日报\n9月14日,某市召开经济运行分析会,总结前8个月的工作成效。\n' + LEAD;
    assert.deepEqual(parkOf(text), ['青禾工业园区', '-']);
  });
});

describe('an opening that names the county\'s park by its level and kind words (`县工业园区共签约…`)', () => {
  const TEXT =
    '桐溪县招商网讯:据了解,截至今年6月,县工业园区共签约项目16个,招商引资项目总投资9亿元,实际到位资金3.1亿元。\n' +
    '签约仪式上,园区与14家企业签订了招商引资协议。\n' +
    '今年以来,桐溪县工业园区积极创新招商方式,招商工作取得实效。';

  it('makes the article about the park it names later', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪县工业园区', '桐溪县工业园区']);
  });

  it('does not when the county\'s park is no clause subject of the opening', () => {
    assert.deepEqual(parkOf(TEXT.replace('县工业园区共签约', '全县各乡镇共签约')), ['-', '-']);
  });
});

describe('a government page whose record table stands above its title', () => {
  const BODY =
    '经开区9个项目集中开工\n开工现场。\n' +
    '5月8日,青松国家经开区集中开工第二批9个项目,总投资将超过12亿元。\n' +
    '今年以来,经开区扎实推进项目建设。此次开工的9个项目中,6个生产性项目总投资将超过10亿元。';

  it('reads the title under the table, so its kind word makes the article about the park', () => {
    const table = '索引号 | 5304002021-0088 | 文     号 |   |\n来   源 | 某市人民政府网 | 公开日期 | 2021-05-09 |\n';
    assert.deepEqual(parkOf(table + BODY), ['青松国家经开区', '青松国家经开区']);
  });
});

describe('a page whose breadcrumb trail is the home page\'s word and a mark (`首页——正文`)', () => {
  const PAGE =
    '首页——正文\n总投资约7.3亿元 青枫国家高新区5个项目开工\n2021年6月8日 09:30  来源:某某日报\n\n' +
    '  本报6月7日讯(记者李青)在今天上午举行的全省重点项目集中开工仪式上,青枫国家高新区5个项目开工。项目总投资约7.3亿元,竣工达产后预计新增年产值约15.2亿元。\n';

  it('reads the line under the trail as the title, so the article is about its park, the title\'s money too', () => {
    assert.deepEqual(parkOf(PAGE), ['青枫国家高新区', '青枫国家高新区', '青枫国家高新区']);
    assert.deepEqual(parkOf(PAGE.replace('首页——正文', '首页 / 新闻中心 / 本地要闻')), ['青枫国家高新区', '青枫国家高新区', '青枫国家高新区']);
  });
});

describe('a title opened by a short exclamation, then the park (`好消息!K…`)', () => {
  const TEXT =
    '转型升级有成!台南加工区扩厂增资达12亿元\n' +
    '分享至:\n' +
    '国内较早成立的台南加工出口区,因规划开发较早,管理处推动园区更新,促成区内厂商增资扩产,增资金额估达12亿元。\n' +
    '管理处指出,区内厂商有青禾光电公司投资3亿元;白鹭公司扩厂投资2亿元。';
  const parksOf = (text: string) => parkOfWithPark(text, '台南加工区');

  it('takes the park as the title\'s subject, its export processing zone written in full being the same park', () => {
    assert.deepEqual(parksOf(TEXT), ['台南加工区', '台南加工出口区', '台南加工出口区', '台南加工出口区']);
  });

  it('does not when the exclamation is a long sentence of its own', () => {
    // The lead names the park only as the object of its clause here (not `…成立的K,因…`, the park as the lead's subject).
    const lead = TEXT.replace('国内较早成立的台南加工出口区,因规划开发较早,管理处推动园区更新', '因规划开发较早,管理处推动台南加工出口区更新');
    assert.deepEqual(parksOf(lead.replace('转型升级有成!', '本市今年以来持续推进工业转型升级工作并取得显著成效!')).slice(1), ['-', '-', '-']);
  });
});

describe('a site\'s banner above the title', () => {
  const TITLE = '招商再提速丨青湾沿河一批先进制造项目建成投产\n';
  const LEAD = '本报讯 9月14日,青湾新材料化工园区举行秋季项目集中投产仪式。\n';
  const BODY = '此次投产的项目以电池材料、精细化工为主,3个项目总投资12亿元,全部达产后年产值约30亿元。';
  const PARK = ['青湾新材料化工园区', '青湾新材料化工园区'];

  it('is no title: the lead under the real title still names the article\'s park', () => {
    assert.deepEqual(parkOf(TITLE + LEAD + BODY), PARK);
    for (const banner of ['青湾日报网——青湾日报社唯一官方网站', '• 欢迎访问青湾市投资促进局官网!', '城市号 | 下载APP', '今日天气 | 加入收藏 | 设为首页']) {
      assert.deepEqual(parkOf(`${banner}\n${TITLE}${LEAD}${BODY}`), PARK, banner);
    }
  });

  it('leaves a title that only mentions a site (`据某某官网消息…`) the title', () => {
    const sourced = '据青湾市人民政府官网消息,青湾沿河一批先进制造项目建成投产\n';
    assert.deepEqual(parkOf(sourced + TITLE + LEAD + BODY), ['-', '-']);
  });
});

describe('an opening that names the event of a park\'s projects (`K重点项目签约及集中开工活动`)', () => {
  const TITLE = '青州集中开工签约41个项目 总投资超300亿元\n';
  const TAIL = '共开工21个项目,总投资120.5亿元,签约20个项目,总投资186.3亿元。\n当天开工的项目中,投资最大的是云岭智能装备产业基地项目,总投资50亿元。';

  it('makes the article about that park, the title\'s figures too, though the park opens no clause', () => {
    const text = `${TITLE}“青州滨河经济开发区2024年第二季度重点项目签约及集中开工活动”12日在青州举行,${TAIL}`;
    assert.deepEqual(parkOf(text), ['青州滨河经济开发区', '青州滨河经济开发区', '青州滨河经济开发区', '青州滨河经济开发区']);
  });

  it('gives the event named after two zones written together to the inner one, the nearer to its name', () => {
    const text = '衢州动工和签约59个项目 总投资超千亿元\n“衢州经济技术开发区绿港新区2024年第一季度重点项目签约及集中开工动员活动”9日在衢州举行,'
      + '共开工29个项目,总投资459亿元。\n当天开工的项目中,投资最大的是云岭精准医学产业基地项目,总投资50亿元。';
    assert.deepEqual(parkOf(text), ['绿港新区', '绿港新区', '绿港新区']);
  });

  it('reads no event of the park in one its officials attend: the title\'s money stays before the park', () => {
    const text = `${TITLE}12日,青州滨河经济开发区党工委书记王明出席2024年第二季度重点项目集中开工活动,${TAIL}`;
    assert.equal(parkOf(text)[0], '-');
  });

  it('leaves an event the city names as its own to the city (the park named later is no subject)', () => {
    const text = `${TITLE}青州市2024年第二季度重点项目签约及集中开工活动12日举行,${TAIL.replace('投资最大的是', '青州滨河经济开发区的')}`;
    assert.deepEqual(parkOf(text).slice(0, 3), ['-', '-', '-']);
  });
});

describe('a park named in a site\'s banner above the title (`欢迎访问K网站`)', () => {
  const BODY = '【青湾新闻网】5个月高新区签约项目16个\n高新宣传部   发布日期:2024-06-15\n\n1-5月份,泰州高新区主要领导开展招商活动36次,对接项目40余个。\n\n'
    + '其中,云帆集团投资20亿元的智能物流园项目、明川投资14亿元的水表产业园项目已签约。';

  it('is the page\'s furniture: the park the lead names is the article\'s, though the banner writes another name', () => {
    const text = `欢迎访问泰州国家高新技术产业开发区网站 | 智能问答\n当前位置是: 首页 >> 新闻中心 >> 正文\n${BODY}`;
    assert.deepEqual(parkOf(text), ['泰州国家高新技术产业开发区', '泰州国家高新技术产业开发区']);
  });

  it('still counts a park a title line names, beside the lead\'s', () => {
    assert.deepEqual(parkOf(`泰州国家高新技术产业开发区与青湾经开区结对共建\n${BODY}`), ['-', '-']);
  });
});

describe('an opening that names a free-trade zone as wide as a province (`某省自由贸易港…分会场,K…`)', () => {
  const LEAD = '5月8日,在福建自由贸易试验区建设项目集中签约活动青枫分会场,青枫经济开发区开工2个项目、签约6个项目。\n';
  const BODY = '6个签约项目投资总额52亿元。远帆新材料有限公司与青枫签署锂电隔膜项目投资协议,总投资12亿元。\n';

  it('reads the park the opening is about: the province\'s zone is where every park of it lies, no second park', () => {
    assert.deepEqual(parkOf(LEAD + BODY), ['青枫经济开发区', '青枫经济开发区']);
  });

  it('keeps the zone for an article that names no other park', () => {
    assert.deepEqual(parkOf('今年以来,福建自贸试验区新增企业1200家,新增注册资本500亿元。'), ['福建自贸试验区']);
  });

  it('gives the title\'s zone no money of a later paragraph: it is where every place of the article lies, no park it is about', () => {
    const text = '福建自贸区第三批重点项目集中开工\n本报讯 5月8日,全省第三批重点项目集中开工活动在青枫举行。\n本次集中开工项目共58个,总投资210亿元;其中产业项目30个,总投资120亿元。\n';
    assert.deepEqual(parkOf(text), ['-', '-']);
    // Its own paragraph's figures stay the zone's.
    assert.deepEqual(parkOf('今年以来,福建自贸试验区新增企业1200家,新增注册资本500亿元。'), ['福建自贸试验区']);
  });

  it('still reads two parks when the zone is one area of the province\'s (`某省自贸试验区某某片区`)', () => {
    assert.deepEqual(parkOf(LEAD.replace('福建自由贸易试验区', '福建自贸试验区白鹭片区') + BODY), ['-', '-']);
  });
});

describe('an opening that is a page\'s trail or a photo\'s caption, or names the park only where its event is held', () => {
  const CAPTION = '|\n省长李某出席青枫新区管委会揭牌仪式。图片来源:某某报 |\n';
  const PROJECTS = '远帆国际会展中心项目总投资约三百亿元,首期投资约一百亿元。\n';

  it('reads the park of the lead under the caption as the article\'s', () => {
    const text = `${CAPTION}某某社6月3日电/青枫新区管委会三日上午正式挂牌,新区三大项目同日举行动工仪式。\n${PROJECTS}`;
    assert.deepEqual(parkOf(text), ['青枫新区', '青枫新区']);
  });

  it('reads the park of the lead under a site\'s trail as the article\'s', () => {
    const text = '今日青枫\n青湾网 > 青湾新闻 > 青枫 > 今日青枫 > 正文\n\n一批重大项目签约开工 青枫打造石化产业集群\n来源:青湾日报 2021-11-19\n'
      + '本报青枫11月18日电 11月18日,在全省重点项目集中签约活动青枫分会场,青枫经济开发区开工2个重点项目、签约7个项目。\n\n'
      + '7个签约项目投资总额69亿元。远帆化工公司与青枫签署PTA二期项目投资合作协议,总投资45亿元。\n';
    assert.deepEqual(parkOf(text), ['青枫经济开发区', '青枫经济开发区']);
  });

  it('reads the park that is the subject of the paragraph after an opening holding its event', () => {
    const text = '6月3日,全省重点项目建设(第二批)集中开工仪式在青枫高新技术产业开发区会展中心举行,省市有关部门负责人和企业代表出席。\n'
      + '青枫高新区有远帆新材料研发生产项目、白鹭智能装备制造项目、青禾生物医药产业化项目、明川冷链物流中心项目、云岭数据中心一期项目共5个项目参与集中开工,占全市开工项目总数的三成。\n'
      + '此次开工的5个项目总投资约9.6亿元。\n';
    assert.deepEqual(parkOf(text), ['青枫高新技术产业开发区']);
  });

  it('does not when money is stated before the park acts', () => {
    const text = `${CAPTION}某某社6月3日电/今年全省签约项目总投资五百亿元。青枫新区管委会三日上午正式挂牌。\n${PROJECTS}`;
    assert.deepEqual(parkOf(text), ['-', '-', '-']);
  });
});

describe('a title stating a size class before the park (`…打造千亿级产业集群`)', () => {
  const TEXT =
    '一批项目集中开工 青禾打造千亿级新材料产业集群\n' +
    '本报讯(记者 某某)4月3日,青禾经济开发区开工3个重点项目、签约5个项目。\n' +
    '5个签约项目投资总额26亿元。某某材料公司与青禾签署年产5万吨薄膜项目投资协议,总投资8亿元。';

  it('reads no money in a size class: the article opened by the park is about it', () => {
    assert.deepEqual(parkOf(TEXT), ['-', '青禾经济开发区', '青禾经济开发区']);
  });

  it('still reads money the title states as stated before the park', () => {
    assert.deepEqual(parkOf(TEXT.replace('打造千亿级新材料产业集群', '集中签约12亿元新材料项目')), ['-', '-', '-']);
  });
});

describe('an opening that hands over to the news with a dash (`传来喜讯——K…`)', () => {
  const TEXT =
    '金秋时节,自海滨传来喜讯——桐溪经济开发区再度迎来投资热潮,一个月内三家企业落地,总投资约3.2亿元。\n' +
    '其中,白杉新材料公司投资1.5亿元建设电子材料项目。';

  it('takes the park after the dash as the subject of the news', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪经济开发区', '桐溪经济开发区']);
  });

  it('does not when the park only ends a phrase before the dash', () => {
    assert.deepEqual(parkOf(TEXT.replace('传来喜讯——桐溪经济开发区再度迎来', '记者走访桐溪经济开发区——这里再度迎来')), ['-', '-']);
  });
});

describe('a site\'s trail above the title that repeats the headline\'s money (`首页 > 总投资X,…`)', () => {
  const TITLE = '总投资46.2亿元,新能源电池项目落地';
  const LEAD = '讯,5月8日,2025青枫经开区新能源产业重大项目集中签约仪式举行。其中,某某电池基地项目总投资46.2亿元,建成后年产值将超过80亿元。\n';
  const PAGE = `首页 > ${TITLE}\n\n${TITLE}\n\n某某汽车网${LEAD}`;

  it('is the page\'s furniture, not money stated before the park: the article is about the park all the same', () => {
    assert.deepEqual(parkOf(PAGE), ['青枫经开区', '青枫经开区', '青枫经开区', '青枫经开区']);
  });

  it('does not make the article about a park its opening only passes by', () => {
    assert.deepEqual(parkOf(PAGE.replace('2025青枫经开区新能源产业重大项目集中签约仪式举行', '某市代表团参观了青枫经开区')), ['-', '-', '-', '-']);
  });
});

describe('a park opening its clause behind a modifier that describes it (`位在某省的K,是…`)', () => {
  const TEXT = '位在江南省的青松湖经济开发区,是外资企业最集中的园区之一,成立以来累计新增项目200个,总投资30亿美元。\n其中,某某电子今年又投资5亿元扩建新厂。';

  it('reads the park as the subject of its clause, so the article is about it', () => {
    assert.deepEqual(parkOf(TEXT), ['青松湖经济开发区', '青松湖经济开发区']);
    assert.deepEqual(parkOf(TEXT.replace('位在江南省的', '依托港口发展的')), ['青松湖经济开发区', '青松湖经济开发区']);
  });

  it('does not when the park is part of a project\'s name or only the modifier of another noun', () => {
    assert.deepEqual(parkOf(TEXT.replace('青松湖经济开发区,是', '青松湖经济开发区核心区项目,是')), ['-', '-']);
    assert.deepEqual(parkOf(TEXT.replace('青松湖经济开发区,是', '青松湖经济开发区的企业,是')), ['-', '-']);
    // A scraped page's pinyin glosses inside the project's name do not hide it.
    assert.deepEqual(parkOf(TEXT.replace('青松湖经济开发区,是', '青松湖经济开发区(qū)核心区(qū)项目,是')), ['-', '-']);
  });
});

describe('a park opening its clause behind where it lies and its rank as the first (`位于某地首个K将于…`)', () => {
  const TEXT =
    '本报讯(记者林木)位于南屿省白桥市首个新加坡科技园将于明年开工建设,该项目总投资26亿元,首期有三个项目进入园区。\n' +
    '该新加坡科技园位于白桥临港经济区,规划用地3000亩。其中某某精工投资3.5亿元建设数控机床生产线。';

  it('reads the park as the subject of the opening, so the article is about it', () => {
    assert.deepEqual(parkOf(TEXT), ['新加坡科技园', '新加坡科技园']);
  });

  it('does not when a verb of the clause comes before the park', () => {
    // The opening's own money is then no park's; the later paragraph's placing still ties its amount.
    assert.equal(parkOf(TEXT.replace('位于南屿省白桥市首个', '白桥市签约首个'))[0], '-');
  });
});

describe('an opening that sites or founds its project in the article\'s one park', () => {
  const SITED =
    '6月3日上午,选址江苏省常州市金湖工业园区的,县重点招商项目白鹭乳业公司二期生产线落地投产。\n' +
    '白鹭乳业公司是县重点招商引资项目,占地60多亩,总投资4.5亿元。达产后年销售额预计12亿元。\n' +
    '全县今年已签约项目20个,总投资80亿元。';

  it('links the item money of the project sited there (`选址…K的`) to the park, not the county\'s sums', () => {
    assert.deepEqual(linksOf(SITED), ['4.5亿元: - 白鹭乳业公司 常州市金湖工业园区', '12亿元: - 白鹭乳业公司 常州市金湖工业园区', '80亿元: - - -']);
  });

  it('links the money of a base founded in the park (`在K奠基动工`)', () => {
    const text =
      '原标题:全市首个氢能装备基地项目落户保税区\n5月9日上午,蓝岭氢能装备产业化基地在东港保税区奠基动工,这标志着全市首个氢能装备基地落户东港。\n' +
      '蓝岭氢能装备产业化基地计划总投资18亿元,其中一期投资9亿元。';
    assert.deepEqual(parkOf(text), ['东港保税区', '东港保税区']);
  });

  it('links none when the opening only names the park beside the project', () => {
    const text = '6月3日上午,县重点招商项目白鹭乳业公司二期生产线在常州市新北区落地投产,厂区毗邻金湖工业园区。\n白鹭乳业公司是县重点招商引资项目,占地60多亩,总投资4.5亿元。';
    assert.deepEqual(parkOf(text), ['-']);
  });
});

describe('a park counting its projects', () => {
  it('is the subject of its clause behind an event\'s name (`本届某会K共签约产业项目52个`): the article is about it', () => {
    const text =
      '8月2日,为期4天的第十届投资贸易洽谈会(以下简称“青洽会”)在西宁启幕。本届青洽会西宁新区共签约产业项目52个、签约额318亿元。\n' +
      '从投资规模看,十亿元以上项目9个、签约额205亿元。';
    assert.deepEqual(parkOf(text), ['西宁新区', '-', '西宁新区']);
    assert.deepEqual(parkOf(text.replace('共签约产业项目52个、', '展台吸引客商,现场')), ['-', '-', '-']);
  });

  it('counts them before their event in a title (`K36个重点项目集中开工`), behind the title\'s money', () => {
    const text = '总投资120亿元!白河新区36个重点项目集中开工\n3月1日,江北省2024年一季度重点项目集中开工活动在白河新区举行。\n本次集中开工的项目中,先进制造业项目12个,总投资56亿元。';
    assert.deepEqual(parkOf(text), ['白河新区', '白河新区']);
  });
});

describe('a park in the byline only, the title speaking of its kind', () => {
  const PAGE =
    '【聚焦博览会】第五届博览会全省代表团签约仪式举行 高新区签约1个项目 总投资15亿元\n\n来源:青州高新区管委会 发布时间:2024-05-21 10:30\n\n' +
    '5月20日,第五届博览会签约仪式在某市举行。\n签约仪式上,某区与白杨医药有限公司签订白杨疫苗产业化基地项目。该项目总投资额15亿元,预计年销售收入约30亿元。';

  it('is the park the article is about: the park that tells it (`来源:K管委会`), its projects\' money too', () => {
    assert.deepEqual(parkOf(PAGE).slice(1), ['青州高新区', '青州高新区']);
  });

  it('is no park of the article when the title speaks of another place', () => {
    assert.deepEqual(parkOf(PAGE.replace(' 高新区签约', ' 某县签约')).slice(1), ['-', '-']);
  });

  const ZONE_PAGE =
    '经开区举行一季度重大项目集中开工仪式\n\n来源:青岚湖经济技术开发区 发布时间:2023-02-20\n\n' +
    '2月17日上午,一季度重大项目集中开工仪式隆重举行,市领导宣布开工。\n\n' +
    '这些项目带动性强,白杨商业综合体总投资28亿元;远帆智能装备项目总投资4亿元,将助推智能装备产业园运营体系建设。';

  it('is the article\'s park over an industry park the body names, which lies inside a zone', () => {
    assert.deepEqual(parkOf(ZONE_PAGE), ['青岚湖经济技术开发区', '青岚湖经济技术开发区']);
  });

  it('is none when the body names another zone', () => {
    assert.deepEqual(parkOf(ZONE_PAGE.replace('智能装备产业园', '红枫高新区')), ['-', '-']);
  });
});

describe('a headline whose money heads the park (`X亿元!K…`)', () => {
  const PAGE =
    '会员登录 立即注册\n\n36个项目集中签约,投资额近90亿元!白河新区发展增添新动能 ...\n\n' +
    '3月1日上午,“投资新片区”——白河新区成立两周年项目集中签约活动在白河办公中心举行。\n本次签约的项目涉及投资额近90亿元。';

  it('gives the park the money stated before it: the article is about the park, its money not stated before it', () => {
    assert.deepEqual(parkOf(PAGE), ['白河新区', '白河新区']);
  });

  it('does not when a full stop ends the money\'s sentence before the park', () => {
    assert.deepEqual(parkOf(PAGE.replace('90亿元!白河新区发展', '90亿元。据悉,白河新区发展')), ['-', '-']);
  });
});

describe('an opening told by the park through its office or its meeting (`记者从K管委会获悉`, `从K举办的通报会上获悉`)', () => {
  const TEXT = '记者5日从白溪经济技术开发区举办的情况通报会上获悉,该区今年将推进总投资为260亿元的45个重点项目。\n据介绍,该区还将在道路、学校等方面投入18.5亿元。';

  it('takes the park that tells the news as the article\'s, as `记者从K获悉` does', () => {
    assert.deepEqual(parkOf(TEXT), ['白溪经济技术开发区', '白溪经济技术开发区']);
    assert.deepEqual(parkOf(TEXT.replace('举办的情况通报会上', '管委会')), ['白溪经济技术开发区', '白溪经济技术开发区']);
    assert.deepEqual(parkOf(TEXT.replace('举办的情况通报会上', '商务局')), ['白溪经济技术开发区', '白溪经济技术开发区']);
  });

  it('does not when the park only hosts a meeting another body speaks at, in a clause of its own', () => {
    assert.deepEqual(parkOf(TEXT.replace('从白溪经济技术开发区举办的情况通报会上获悉', '参观了白溪经济技术开发区,随后在发布会上获悉')), ['-', '-']);
  });
});

describe('an opening naming a promotion fair after the park (`举行K某某产业专题推介会`)', () => {
  const TEXT = '11月5日上午,某市某区举办青溪经济开发区铝材加工专题推介会,现场签约6个项目,总投资18亿元。\n此次签约的6个项目,计划总投资约18亿元,涉及铝材深加工等领域。';

  it('takes the park whose fair it is as the article\'s, its totals too', () => {
    assert.deepEqual(parkOf(TEXT), ['青溪经济开发区', '青溪经济开发区']);
    assert.deepEqual(parkOf(TEXT.replace('专题推介会', '招商洽谈会')), ['青溪经济开发区', '青溪经济开发区']);
  });

  it('does not when the park\'s officials only attend another body\'s fair', () => {
    assert.deepEqual(parkOf(TEXT.replace('举办青溪经济开发区铝材加工专题推介会', '青溪经济开发区主任出席某市铝材加工推介会')), ['-', '-']);
  });
});
