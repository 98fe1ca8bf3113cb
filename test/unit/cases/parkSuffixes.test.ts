// PARK spans by their suffix: the families of park and zone words, and the classes of zones they name.
import { assertNames } from '../namedEntityHelpers';

describe('chemical parks', () => {
  it('reads a chemical park (化工园) after its place and products as a park, the nation alone before it as a title', () => {
    assertNames('名单公布,[[PARK:桐岭新材料化工园区]]和[[PARK:青川医药化工园]]在列,两园曾获评中国化工园区20强。');
    assertNames('该区是中国石油化工园区,[[PARK:泸江中国西部物流园区]]也在此。');
  });
});

describe('classes of zones', () => {
  it('reads the nation and a rank before a kind of zone as a class of zones, a place after the nation as a zone', () => {
    assertNames('年鉴显示,中国国家级开发区去年税收稳步增长,《中国省级开发区年度观察》随后出版。');
    assertNames('中國國家級開發區的出口額逐年上升。');
    assertNames('项目落户[[PARK:中国槐江经济技术开发区]]。');
    // `我国` too: the scan stops at the pronoun, and its `国` opens no name.
    assertNames('我國國家級新能源產業基地今年再添兩家新廠,我国国家级开发区增至230家。');
  });
});

describe('families of park suffixes', () => {
  it('reads a comprehensive development zone (综合开发区) after its own name as a zone, the kind alone as none', () => {
    assertNames('位于首都的[[PARK:塔卢克综合开发区]]已入驻企业80家,要把[[PARK:塔卢克综合开发区]]建成样板。');
    assertNames('國家級綜合開發區增至十家,该综合开发区的企业也在增加。');
    // an area developed as a whole (综合开发区域) names no zone
    assertNames('推进滨湖片区综合开发区域建设。');
  });

  it('reads a trade park (商贸园区), a border one joining two places with ·, as a PARK', () => {
    assertNames('依托口岸优势及[[PARK:瑞丽·木姐边境商贸园区]]发展外向型产业。');
    assertNames('[[PARK:青川商贸园区]]今年签约项目5个。');
    // The bare kind is no park.
    assertNames('要加快建设商贸园区和物流园区。');
  });

  it('reads every 园 suffix also written with 区 after it as one park', () => {
    assertNames('今年重点建设[[PARK:桃溪孵化园区]]和[[PARK:云岭智造园区]],入驻企业40家。');
    assertNames('[[PARK:白河高科园区]]与[[PARK:南湖科教园区]]签订合作协议。');
  });

  it('knows processing, circular-economy and jointly run parks named after their trade or their two places', () => {
    assertNames('新建的[[PARK:茶叶加工园区]]已有12家企业投产,[[PARK:滁河循环经济园]]也在扩容。');
    assertNames('首批企业入驻「[[PARK:闽台合作产业园]]」,涉及文旅和医药。');
  });

  it('knows border and overseas-Chinese economic zones after their place', () => {
    assertNames('会议在[[PARK:北海市华侨经济区]]召开,[[PARK:瑞丽边境经济合作区]]也派员参加。');
    // Without a place in front, the kind of zone is no name.
    assertNames('各地边境经济合作区都在招商。');
  });

  it('reads a city alone before 经济区 as a zone only right before its management committee', () => {
    assertNames('[[PARK:洛阳经济区]]管委会与两家企业签约,[[PARK:洛阳市经济区]]党工委书记出席。');
    // a region's economy has no committee; a province before it names none even so
    assertNames('洛阳经济区发展迅速,河南经济区管委会成立。');
  });

  it('reads the economic zone of a border crossing after its port town, and none after no place', () => {
    assertNames('该工厂位于[[PARK:塔坎口岸经济区]],面积300公顷。');
    assertNames('加快各口岸经济区建设。');
  });

  it('reads a park for digital and creative firms (数创园) after its place, the kind alone as none', () => {
    assertNames('已有8家企业入驻[[PARK:临溪湾区数创园]],二期要建成更大的数创园。');
  });

  it('reads a long descriptive park name through its place', () => {
    assertNames('总投资8亿元的[[PARK:遂宁高端精密电子元器件智能终端材料产业园]]开工。');
  });
});

describe('a renamed cluster zone (先进制造业开发区)', () => {
  it('reads a county before 先进制造业开发区 as one zone, which bounds the project after it', () => {
    assertNames('[[PARK:宁平县先进制造业开发区]][[PROJECT:新能源产业园及配套基础设施项目]]计划总投资3.2亿元。');
    // Without a place the phrase is what a region develops, no park.
    assertNames('大力发展先进制造业开发区建设。');
  });
});

describe('more suffix families', () => {
  it('reads an investment zone after a known place, a technology industrial zone and an industry harbour', () => {
    assertNames('[[PARK:漳州投资区]]负责同志发言,项目位于[[PARK:福清青屿投资区]]西部。');
    assertNames('另有2件位于[[PARK:竹溪科技工业区]],[[PARK:镇江智能装备产业港]]同日启动。');
    // the bare kinds are no names
    assertNames('全市投资区和科技工业区同步招商。');
    // 区 opening a word of its own (区域, 区位) after 投资 names no zone
    assertNames('资金重点投向福建投资区域,上海投资区位优势明显。');
  });

  it('reads a zone word before another zone word as no name', () => {
    assertNames('经开区新区今年引进企业12家。');
  });
});

describe('economic-and-trade parks and industry demonstration clusters', () => {
  it('reads 经贸园区 and 产业集聚示范区 after their name, never alone or after a rank', () => {
    assertNames('将结合「[[PARK:柳港多功能经贸园区]]」发展,推进经贸园区建设。');
    assertNames('[[PARK:青岚光电产业集聚示范区]]投用,打造国家级产业集聚示范区。');
  });
});

describe('programme zones (示范区 试验区 实验区 先导区 先行区 集聚区)', () => {
  it('reads a known place then the programme, longer than a qualifier, as one zone', () => {
    assertNames('今年以来,[[PARK:宿迁深化苏台合作试验区]]引进项目8个。');
    assertNames('[[PARK:常德智能网联先导区]]发布新政,[[PARK:株洲轨道交通创新应用示范区]]随后跟进。');
    assertNames('项目落户[[PARK:泰州现代服务业集聚区]],总投资2亿元。');
    // the programme's own verb (深化, 承接) stays in the name, the sentence's verb before the place does not
    assertNames('市长出席[[PARK:衢州承接产业转移示范区]]座谈会。');
  });

  it('names no zone with the programme alone, the nation before it, or a verb of the sentence after the place', () => {
    assertNames('全省积极创建生态文明示范区,力争建成国家级先导区。');
    assertNames('中国人工智能创新应用先导区名单公布。');
    assertNames('株洲大力推进数字经济创新发展试验区建设,全市人才集聚区增至5个。');
  });

  it('reads a province alone before its programme as the whole province\'s programme, a city after the province as one zone', () => {
    assertNames('论坛为加快建设江西绿色金融改革先行区出谋划策,安徽省数字乡村创新示范区同期揭牌。');
    assertNames('今年以来,[[PARK:江西萍乡绿色金融改革先行区]]引进项目5个,[[PARK:重庆数字乡村创新示范区]]签约3个。');
  });
});

describe('economic zones (经济区) and resorts and estates (度假区, 团地)', () => {
  it('reads 经济区 after a city or county with a name of its own, never after a place alone or a province', () => {
    assertNames('该园位于[[PARK:常德柳溪经济区]],规划用地三千亩。');
    assertNames('会议研究了浙江沿海经济区和南通经济区的协作。');
  });

  it('reads a resort or an industrial estate named after its place, never the bare kind or a rank', () => {
    assertNames('项目落户[[PARK:衢州青溪湖旅游度假区]],省级旅游度假区名单同时公布。');
    assertNames('公司在[[PARK:大分中津工业团地]]新建工厂,将打造国际旅游度假区。');
  });
});

describe('demonstration zones two places develop together', () => {
  it('reads a zone named after both places and its site as a park, in Traditional text with debris too', () => {
    assertNames('推进[[PARK:沪苏青岚湾协同发展示范区]]建设,[[PARK:湘赣萍乡合作示范区]]同步推进。');
    assertNames('共建[[PARK:青岚湾(上海)协同发展示范区]]。');
    assertNames('共建[[PARK:滬蘇青嵐灣協(xié)同發(fā)展示范區]](qū)——這是一項重大舉措。');
  });

  it('keeps such a zone heading a project name inside the project (guidelines: a park in a name is not tagged apart)', () => {
    assertNames('[[PROJECT:沪苏青岚湾协同发展示范区青岚LNG项目]]开工。');
  });
});

describe('border cooperation and trade zones, headquarters districts (边合区 互市贸易区 总部经济区)', () => {
  it('reads a border cooperation zone by its short name and a border trade zone after two countries as zones', () => {
    assertNames('会上,[[PARK:塔河边合区]]与[[PARK:中蒙互市贸易区]]分别签约。');
    // the residents' kind of trade zone names none
    assertNames('口岸由三个片区和边民互市贸易区组成。');
  });

  it('reads a headquarters district after its place as a zone, the kind alone as none', () => {
    assertNames('某集团拟投资8亿元,在[[PARK:梅溪总部经济区]]建设区域总部。');
    assertNames('要加快打造总部经济区。');
  });
});

describe('trades and joint kinds in a park suffix', () => {
  it('reads a trade holding a boundary verb (新型显示, 供应链) whole, the verb alone still ending the prefix', () => {
    assertNames('落户[[PARK:綦江新型显示产业园]]的面板企业已有6家,[[PARK:青川供应链产业园]]也在扩建。');
    assertNames('县里规划建设的[[PARK:新型显示产业园]]今年被列为省重点。');
    // `数据显示` is the verb: the park's kind after it names none.
    assertNames('统计数据显示产业园区企业增至40家。');
  });

  it('reads the trade after a place we do not know, and leaves a generation\'s number before it out of the name', () => {
    // the 型 of 新型显示 is the trade's, no type sorting parks into kinds (`外向型产业园`)
    assertNames('[[COMPANY:蓝湾公司]]将投资6亿元,建设[[PARK:青岚新型显示产业园]],预计明年投产。');
    assertNames('[[COMPANY:蓝湾公司]]将投资6亿元,建设第6代[[PARK:新型显示全产业链产业园]],预计明年投产。');
    assertNames('[[COMPANY:蓝湾公司]]将投资6亿元,建设外向型产业园,预计明年投产。');
  });

  it('reads a trade base (石化基地, 钢铁基地, 能源基地) after a place as a park, after none as a kind', () => {
    assertNames('与[[PARK:宁波绿色石化基地]]相邻的码头已建成,[[PARK:龙文钢铁基地]]和[[PARK:鄂尔多斯能源基地]]也在扩能。');
    assertNames('要加快建设钢铁基地和能源基地。');
  });

  it('reads a development and a high-tech zone run as one (经济技术和高新技术产业开发区) after its city as one zone', () => {
    assertNames('去年,[[PARK:牡丹江经济技术和高新技术产业开发区]]新开工项目21个。');
  });

  it('reads a smart-innovation park (智创园) after its place as a park, the kind alone as none', () => {
    assertNames('位于[[PARK:璧山智创园]]的孵化器揭牌,各地也在加快建设智创园。');
  });

  it('folds the Traditional place characters 薌 嵐 瀘 before reading a park after them', () => {
    assertNames('通過完善[[PARK:薌城鋼鐵基地]]周邊配套,園區路網已打通。');
  });
});
