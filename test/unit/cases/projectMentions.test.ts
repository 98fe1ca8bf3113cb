// Mentions that name no project (kinds, batches, events, sectors, stages, verbs taking 项目) and the edges
// of names met on fresh rounds: an example's 如, a ranking's 强, works listed before a project, capacities.
import { assertNames } from '../namedEntityHelpers';

describe('mentions of a kind, a batch or an event that name no project', () => {
  it('reads a reference back, projects matched at a fair and facilities in general as generic', () => {
    assertNames('上述项目预计明年投产。');
    assertNames('此次签约包含各县区的对接项目,以及高校的对接项目。');
    assertNames('产业园完成了基础配套设施项目,也有示范性的科创载体项目。');
    assertNames('县长介绍了开复工和产业项目推进情况。');
  });

  it('reads the trades a county courts visitors with as kinds of project', () => {
    assertNames('针对种植养殖项目、休闲养生项目来访的客商较多。');
    assertNames('投资额最大的为文化旅游项目;高新区包括生物医药及微电子项目。');
    // A brand before the trade still names one project.
    assertNames('[[PROJECT:青岚湾文化旅游项目]]开工。');
  });

  it('reads one of an area\'s projects and a batch signed together as no project', () => {
    assertNames('西岭新城项目之一“[[PARK:云栖小镇]]”落成。');
    assertNames('南漳项目集中签约、开工仪式在工业园举行。');
  });

  it('reads an event\'s edition, a verb taking 项目 and a cap on a sum as no project', () => {
    assertNames('记者从第五届中国浙江项目成果交易会组委会了解到。');
    assertNames('区委、区政府高度重视项目建设工作。');
    assertNames('公司将通过挂牌方式取得项目用地。');
    assertNames('注册资金总额不超过项目投资额。');
  });

  it('reads verbs of inspecting, steering and serving projects before 项目 as no project', () => {
    assertNames('调研组现场查看项目进展,逐一察看项目工地,随后听取项目业主汇报。');
    assertNames('先明晰项目的验收口径,再降低项目融资成本,并促使项目当年投产。');
    assertNames('街道办协办项目环评审批,全面实行项目挂图作战,分管项目的副镇长随后发言。');
    assertNames('近年已有9家侨资企业来此兴办项目,乡镇纷纷招揽项目入园,为新城开发提供项目储备,全年到位项目资金翻番。');
    // Traditional spellings fold to the same verbs (`發揮` `聽取` `招攬`).
    assertNames('專班要發揮項目協調職能,每月聽取項目進度,赴外招攬項目投資。');
    // A name after such a verb keeps its own words.
    assertNames('市领导现场查看[[PROJECT:青岚湾光电材料项目]]进展。');
  });

  it('reads a count with 家 or 种 before 项目 as a count', () => {
    assertNames('已落户的6家皮革项目,包括两家制革厂。');
    assertNames('本次签约项目分四种项目类型。');
    // Traditional text writes the measure words of kinds `種` and `類`.
    assertNames('今年洽談會的簽約分五種項目類型,另有兩類項目待議。');
  });
});

describe('an example\'s 如, works listed before a project, and rural tourism', () => {
  it('leaves 如 ("such as") out of the name it introduces, but keeps a county opening with it', () => {
    assertNames('增资扩产的占4宗,如[[PROJECT:远东重工制造项目]]去年增资。');
    assertNames('[[PROJECT:如东风电装备制造项目]]开工。');
  });

  it('ends a list item at works being built, as at a production line', () => {
    assertNames('竣工项目分别为临溪煤矿扩建工程、[[PROJECT:岭南照明元器件生产项目]]。');
    assertNames('大项目有:南台大桥拓宽改建工程、[[PROJECT:宏达锂离子动力电池生产项目]]。');
  });

  it('reads the 乡 of 乡村 as no township, so a quoted name before rural tourism is kept', () => {
    assertNames('开工了[[PROJECT:“桃花坞”乡村旅游项目]]。');
    assertNames('某某乡全部项目已开工。');
  });

  it('keeps an area followed by a facility or a phase as one named project, and the area alone as its projects', () => {
    assertNames('双方签署《[[PROJECT:石门县生态文旅综合体项目]]投资协议》,总投资6亿元。');
    assertNames('在[[PROJECT:北岸滨江片区一期项目]]现场,机械轰鸣。');
    assertNames('北岸片区新老项目进展顺利,石门县全部项目已开工。');
  });
});

describe('sectors, stages and verbs around 项目, and a ranking before a name', () => {
  it('reads lists of sectors and kinds of facility as kinds of project', () => {
    assertNames('重点引进装备制造、家电、建材项目和纺织服装项目。');
    assertNames('温州城市地产项目陆续开盘。');
    assertNames('规划建设城市综合体项目及孵化器项目,实施生态修复项目。');
    assertNames('抓好前期工作项目;招商大会项目签约仪式举行;引进内外资投资项目。');
    assertNames('按照市委、市政府项目建设年的部署。');
  });

  it('reads the trade 服务业 whole, so a batch of service headquarters names no project', () => {
    assertNames('新引进一批外资服务业总部项目;做好服务项目建设工作。');
    assertNames('签约[[PROJECT:青禾服务业数字平台项目]]。');
  });

  it('ends names at verbs whose object is 项目', () => {
    assertNames('为夯实基础项目储备,要牢固树立项目意识,抓紧三期项目的建设。');
    assertNames('10个项目占到总项目量的八成;確保項目早日投產。');
    assertNames('管委会主任李明远代表项目服务单位发言。');
  });

  it('leaves a ranking\'s 强 out of the name after it', () => {
    assertNames('民营企业 500 强[[PROJECT:恒远钢构项目]]签约;世界500强企业[[COMPANY:华澄(天津)实业有限公司]]到访。');
  });
});

describe('a count after a spaced number, progress as a stage, Traditional verbs', () => {
  it('reads a count written `11 个` as a count', () => {
    assertNames('旅游业及康养设施项目 11 个。');
  });

  it('reads progress and early stages listed as kinds, and asking about projects as no name', () => {
    assertNames('按照在建项目抓进度、前期项目抓落地的要求。');
    assertNames('详细询问了生態修復項目。并進一步詢問園區項目进展。');
  });
});

describe('capacities in more units, works with their stretch, an example\'s company', () => {
  it('keeps a capacity in 平米, 千升 or PCS inside the name', () => {
    assertNames('签约[[PROJECT:年产8000万平米光学薄膜生产项目]]、[[PROJECT:年产2000万PCS包装容器项目]]。');
    assertNames('新建[[PROJECT:年产能30万千升(一期)果酒工厂项目]]。');
  });

  it('ends a list item at works followed by the stretch they cover', () => {
    assertNames('大项目有:南台大桥拓宽改建工程(临江桥至三环路段)、[[PROJECT:宏达锂离子动力电池生产项目]]。');
  });

  it('leaves 如 out of a project opened by a company', () => {
    assertNames('其中,如[[PROJECT:丹麦托普索公司二期工业催化剂生产项目]]去年增资。');
  });
});

describe('a campaign\'s slogan before 项目', () => {
  it('reads one-character verbs and qualities run together (招大引强, 大好高, 攻慢) as the kind of projects wanted', () => {
    assertNames('二是招大引优项目落地见效。全县各级要盯新项目、攻难项目、促快项目,引进大好高项目12个。');
    assertNames('围绕高精尖项目发力,抓强项目建设。');
  });

  it('keeps a short name holding a character of its own', () => {
    assertNames('[[PROJECT:大华项目]]和[[PROJECT:强茂项目]]同日开工。');
  });
});

describe('projects named by a trade, a kind of investor or an event alone', () => {
  it('reads petrochemicals, refining and processing trade as kinds of projects', () => {
    assertNames('其中3个是石化产业链项目,另有大型石化项目和炼油相关配套项目,两个加工贸易项目。');
  });

  it('reads development, a key node, Taiwanese firms and a ribbon-cutting as no name', () => {
    assertNames('加快产业发展项目引进,这是石化产业关键节点项目;台企项目对接活动举行,竣工剪彩项目12个。');
  });

  it('reads heavyweight and cutting-edge, quoted or not, as praise', () => {
    assertNames('继“重量级”项目落户后,新区加快“高精尖”项目引进,又迎重量级项目。');
  });

  it('keeps a name whose own words go beyond the trade', () => {
    assertNames('[[PROJECT:荆江石化码头项目]]开工。');
  });
});

describe('what a named project is, said after a copula', () => {
  it('reads the predicate of a copula after a named project as a description, no second project', () => {
    assertNames('投资1亿元的[[PROJECT:枫溪物流中心项目]],将打造成集仓储、配送为一体的冷链配送示范项目。');
    assertNames('[[PROJECT:青岚湾净水厂项目]],是改善水质,保障城区用水的惠民环保项目。');
  });

  it('keeps a name after a copula with no project before it, or in a clause with a subject of its own', () => {
    assertNames('本次签约的亮点是[[PROJECT:青岚湾光电材料项目]]。');
    assertNames('[[PROJECT:枫溪物流中心项目]],是今年开工的,[[PROJECT:青岚湾光电材料项目]]也已开工。');
  });

  it('reads a copula right after a named project, a park or a quoted name, with no comma, as opening the predicate too', () => {
    assertNames('[[PROJECT:青岚二号竖井项目]]是东坪化工基地的配套矿山项目,年内投产。');
    assertNames('该园区是县政府与某企业合作打造的产业新区项目。“云杉谷”是老厂区腾退后市里支持的“换笼”改造项目。');
  });

  it('keeps the name after such a copula when the subject is a rank of projects or points back', () => {
    assertNames('最大外资项目是南溪的[[PROJECT:青岚湾光电材料项目]],总投资9亿元。');
    assertNames('该项目是[[COMPANY:华岭公司]]投资的[[PROJECT:青岚湾光电材料项目]]。');
  });
});

describe('verbs of drawing up, carrying out, showing and rating that take 项目', () => {
  it('reads a mention ending in such a verb as no project', () => {
    assertNames('工作组落实专人“一对一”制定项目推进方案,镇里全面推行项目代办制度。');
    assertNames('这进一步体现出项目质量高的特点,3家企业获评省级绿色示范项目。');
  });

  it('keeps the name written after such a verb', () => {
    assertNames('园区制定[[PROJECT:青岚湾光电材料项目]]推进方案。');
  });
});
