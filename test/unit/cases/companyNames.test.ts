// COMPANY spans: legal forms, groups and their members, brands the text says are companies.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import { linksOf } from '../linkHelpers';
import { assertNames } from '../namedEntityHelpers';
import { itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';
import { namesInText } from './caseReaders';

const PARAGRAPHS: readonly MarkedParagraph[] = [
  [
    'a group\'s name written straight before its member company\'s is one company',
    '考察团参观了[[COMPANY:青峰集团华康制药公司]]，并与[[COMPANY:远航集团]]座谈。',
    [],
  ],
];

describe('whole paragraphs: their marked names and the attributes of each amount', () => {
  itChecksParagraphs(PARAGRAPHS);
});

describe('legal forms, park operators, and what is said of a company', () => {
  it('reads the Japanese legal form', () => {
    assertNames('签约企业有[[COMPANY:东洋精工株式会社]]、[[COMPANY:华兴电子有限公司]]等。');
  });

  it('reads a park operator named after its park as a company', () => {
    assertNames('[[COMPANY:滨海科技园公司]]与三家企业签约,该园区公司负责运营。');
  });

  it('keeps what the sentence says of a company out of its name', () => {
    assertNames('行业龙头[[COMPANY:华兴控股集团]]、重点履约企业[[COMPANY:恒达集团]]追加投资。');
    assertNames('扩大[[COMPANY:江南华兴纺织有限公司]]产能,另[[COMPANY:瑞丰公司]]从事设计。');
    assertNames('该市“第一集團軍”地位稳固。');
  });

  it('keeps industry words holding 有 and a hyphenated joint-venture name whole', () => {
    assertNames('与[[COMPANY:南平市绿源有机农业有限公司]]、[[COMPANY:江南有色金属有限公司]]签约。');
    assertNames('[[COMPANY:华兴-东洋汽车部件公司]]拟投资2亿元。');
  });
});

describe('company names cut by a page\'s line wrap', () => {
  it('reads a space inside a name, with less than a name after it, as part of the name', () => {
    assertNames('本公司之全资附属公司[[COMPANY:湖南远帆房地产开发 有限公司]]签订协议,认购[[COMPANY:江西青禾药 业有限公司]]股本。');
  });

  it('does not read a name across a space with a name of its own after it', () => {
    assertNames('2019年11月 [[COMPANY:宏达科技有限公司]]成立。');
  });
});

describe('company names read through the pinyin glosses of converted Traditional pages', () => {
  it('reads a legal form glossed with tone digits or twice, and leaves a gloss after the name out', () => {
    assert.deepEqual(namesInText('據悉,遠川電(dian4)子有限公(gong1)司與嶺峰集團(tuán)(tuán)簽約。'), ['COMPANY:遠川電(dian4)子有限公(gong1)司', 'COMPANY:嶺峰集團']);
  });
});

describe('where a company name starts and ends', () => {
  it('takes a group\'s name with generic words for its member company as one name', () => {
    assertNames('[[COMPANY:香港华盛集团国际投资有限公司]]投资的[[COMPANY:周口市华盛新能源发展有限公司]]落户。');
    assertNames('[[COMPANY:华盛集团]]与国际投资有限公司签约。');
  });

  it('ends a company name at where its capital is from, a park name at 符合, and drops listed companies', () => {
    assertNames('臺企[[COMPANY:長春華鼎科技有限公司]]日前簽約。一家境內上市公司將落戶。');
    assertNames('全力招引符合开发区产业定位的项目。');
  });

  it('leaves the kind of capital said as a kind of firm (台资企业, 外商独资企业) out of the company name, not 投资企业 inside one', () => {
    assertNames('台资企业[[COMPANY:青嵐集团]]的项目签约。外商独资企业[[COMPANY:嘉遠精密机械有限公司]]投产。');
    assertNames('港資企業[[COMPANY:遠川電子有限公司]]落戶。[[COMPANY:禾丰投资企业管理有限公司]]签约。');
  });

  it('starts a company name after the zone written before it, unless the zone runs the company', () => {
    assertNames('[[PARK:城西工业园区]][[COMPANY:华瑞电子股份有限公司]]扩产。记者来到市经济开发区[[COMPANY:金禾化工有限公司]]。');
    assertNames('由[[COMPANY:南通高新区发展有限公司]]负责建设。');
  });

  it('leaves the company role, an exclusion and a registration form out of the name', () => {
    assertNames('该项目业主单位[[COMPANY:东岭果蔬贸易有限公司]]表示满意。');
    assertNames('全市园区(不含[[COMPANY:玉龙集团]])产值增长。');
    assertNames('由招引的外地属地化公司[[COMPANY:安康瑞丰实业有限公司]]投资。');
    assertNames('由招引的福建泉州属地化公司[[COMPANY:安康瑞丰实业有限公司]]投资。');
    assertNames('国内上市公司[[COMPANY:青川新材料股份有限公司]]签约。');
  });

  it('ends a company’s name at who speaks for it (代表)', () => {
    assertNames('项目业主代表[[COMPANY:青禾集团公司]]作表态发言。');
  });
});

describe('short company names the text says are companies (brand mentions)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);

  const companyLinks = (text: string) =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.company ? text.slice(e.links.company.start, e.links.company.end) : undefined));

  it('tags a registered name\'s place and brand later in its paragraph, and links its amounts to it', () => {
    const text = '高新区动态\n宏远机电(成都)有限公司于2009年在高新区成立，主要生产电机。2015年，成都宏远已发展成为产值超50亿元的大型企业。建厂以来，成都宏远累计纳税8亿元。';
    assert.deepEqual(companiesIn(text), ['宏远机电(成都)有限公司', '成都宏远', '成都宏远']);
    assert.deepEqual(companyLinks(text), ['成都宏远', '成都宏远']);
  });

  it('does not take the place and brand without the registered name in the paragraph', () => {
    assert.deepEqual(companiesIn('2015年，成都宏远已发展成为产值超50亿元的大型企业。'), []);
  });

  it('tags a four-character name said to be a company, whose profile the amounts after it are', () => {
    const text = '二是项目质量高。华盛精工是国内轴承行业的首家上市公司，为扩大产能，公司计划总投资3.2亿元建设新厂房，预计每年可形成销售额4亿元左右。';
    assert.deepEqual(companiesIn(text), ['华盛精工']);
    assert.deepEqual(companyLinks(text), ['华盛精工', '华盛精工']);
  });

  it('tags a two-character brand with its trade that invests, as the amount\'s company', () => {
    const text = '其中,卓越科技投资3亿元建设的精密传感器研发及生产项目稳步推进。';
    assert.deepEqual(companiesIn(text), ['卓越科技']);
    assert.deepEqual(companyLinks(text), ['卓越科技']);
  });

  it('tags a brand with a longer trade, or its plant, that pays an amount, intentions and additions between', () => {
    const text = '在滨江工业区,青禾食品也将新增投资800万美元。\n澄川食品厂计划总投资约6000万元,建设冷链仓库。\n其中,远帆医疗器械新增投资2亿元。';
    assert.deepEqual(companiesIn(text), ['青禾食品', '澄川食品厂', '远帆医疗器械']);
    assert.deepEqual(companyLinks('澄川食品厂计划总投资约6000万元,建设冷链仓库。'), ['澄川食品厂']);
  });

  it('tags a firm named by its brand and trade right after the money put into it, as that amount\'s company', () => {
    const text = '目前,一批项目落户青溪镇,其中,有投资2亿元的青禾房地产,投资1500万美元的远帆巧克力厂,投资600万元的“澄川电子”;总投资12亿元的瑞丰塑料,计划投资建设厂房。';
    assert.deepEqual(companiesIn(text), ['青禾房地产', '远帆巧克力厂', '澄川电子', '瑞丰塑料']);
    assert.deepEqual(companyLinks(text), ['青禾房地产', '远帆巧克力厂', '澄川电子', '瑞丰塑料']);
  });

  it('does not take a plant, a generic trade, or words going on to a project after the money as a firm', () => {
    assert.deepEqual(companiesIn('企业计划投资3亿元的新工厂,年内投产。投资5000万元的智能电子,带动就业。投资2亿元的青禾电子材料项目开工。'), []);
  });

  it('tags a brand of up to four characters with a maker\'s trade that pays, a foreign country or 如 before it left out', () => {
    const text = '据悉,青禾风能计划投资5亿元建设储能装备制造项目。\n远帆汽车总投资35亿元在某市建厂。\n签约企业中,如韩国澄川赛思汽车增资4亿美元,建设新工厂。';
    assert.deepEqual(companiesIn(text), ['青禾风能', '远帆汽车', '澄川赛思汽车']);
    assert.deepEqual(companyLinks('据悉,青禾风能计划投资5亿元建设储能装备制造项目。'), ['青禾风能']);
  });

  it('does not take a kind of trade, or a brand that is a generic word, paying as a firm', () => {
    assert.deepEqual(companiesIn('新能源汽车投资5亿元。智能制造汽车计划投资3亿元。其中,数字经济材料投资2亿元。'), []);
  });

  it('tags Latin capitals with their Han brand opening a clause that pays, an intention and its words between or not', () => {
    const text = 'SK澄川士砸36亿美元,投资某市工厂\n据悉,LG青禾将向两座位于中国的电池工厂各投资6000亿韩元。';
    assert.deepEqual(companiesIn(text), ['SK澄川士', 'LG青禾']);
    assert.deepEqual(companyLinks(text), ['SK澄川士', 'LG青禾']);
  });

  it('tags a brand with no trade word as the subject of a verb only a firm takes before a figure (增资 注资 斥资 到资)', () => {
    const text = '青禾注资11亿 扩大冷藏食品布局\n拥有二十年历史的台资企业澄川达,增资1.2亿美元。从事光学器件制造的厦门远帆光学到资二点七七亿元,在全球拥有30座工厂的柏岚正斥资100亿欧元建设基地。宁川联电将向宁川芯公司增资卅五亿元。';
    assert.deepEqual(companiesIn(text), ['青禾', '澄川达', '厦门远帆光学', '柏岚', '宁川联电', '宁川芯公司']);
    assert.deepEqual(companyLinks(text.split('\n')[1]), ['澄川达', '厦门远帆光学', '柏岚', '宁川联电']);
  });

  it('does not take a period, a place, a party or a generic word before such a verb as a firm', () => {
    assert.deepEqual(companiesIn('今年增资3亿元。全市到资5亿元,外资企业增资2亿元。客方到资1亿元,项目实际到资4000万元。'), []);
    assert.deepEqual(companiesIn('青溪镇将负责注资1亿元。'), []);
  });

  it('does not take an economic term in letters, or letters before a generic word, paying as a firm', () => {
    assert.deepEqual(companiesIn('GDP增长将带动投资5亿元。其中,AI产业计划投资3亿元。PPP模式总投资8亿元。'), []);
  });

  it('tags the short name a registered name declares in its bracket, and its later writings, as the company', () => {
    const text = '公司拟对全资子公司香港青禾科技有限公司（简称“香港青禾”）增资9000万美元。\n香港青禾将投资建设新工厂,总投资1亿美元。';
    assert.deepEqual(companiesIn(text), ['香港青禾科技有限公司', '香港青禾', '香港青禾']);
    assert.deepEqual(companyLinks(text), ['香港青禾', '香港青禾']);
  });

  it('does not take a bracket after a registered name that declares nothing, or declares a place\'s words', () => {
    assert.deepEqual(companiesIn('青禾科技有限公司(香港)将投资2亿元。远帆电子有限公司(简称该市企业)投资3亿元。'), ['青禾科技有限公司', '远帆电子有限公司']);
  });

  it('does not take a brand heading a project or park that pays', () => {
    const text = '其中,鹏程光电蓝宝石衬底项目总投资9亿元。\n全市能源今年投资3亿元。\n鹏程智能装备产业园计划投资6亿元。';
    assert.deepEqual(companiesIn(text), []);
  });

  it('tags a brand with its trade that owns the project after 的, as the company of the project\'s money', () => {
    const text = '今年洽谈会上,签约项目为远帆药业的技改扩能项目,总投资2.5亿元,达产后年销售收入4亿元。';
    assert.deepEqual(companiesIn(text), ['远帆药业']);
    assert.deepEqual(companyLinks(text), ['远帆药业', '远帆药业']);
    assert.deepEqual(companiesIn('其中,鹏程光电的扩产项目投资5亿元。'), ['鹏程光电']);
  });

  it('tags the owner of a project whose name runs long after 的 (a product in Latin letters and its processes)', () => {
    const text = '远航光电的OLED柔性盖板玻璃精密加工项目,总投资额为4.5亿元,项目主要从事盖板加工。';
    assert.deepEqual(companiesIn(text), ['远航光电']);
    assert.deepEqual(companyLinks(text), ['远航光电']);
  });

  it('does not take a trade after a verb, nor a generic word with its trade, as a project\'s owner', () => {
    assert.deepEqual(companiesIn('发展高新科技的项目。为生物医药的项目服务。围绕智能制造的重点项目。'), []);
  });

  it('tags a province or city and its brand opening a list item that invests, as that item\'s company', () => {
    const text = '签约项目包括白鹭集团投资20亿元的绿色产业园项目、杭州澄川投资14亿元的智能传感器产业园项目、湖南青禾源投资3亿元的精密铸造项目。';
    assert.deepEqual(companiesIn(text), ['白鹭集团', '杭州澄川', '湖南青禾源']);
    assert.deepEqual(companyLinks(text), ['白鹭集团', '杭州澄川', '湖南青禾源']);
  });

  it('tags a country and its brand opening a sentence, an intention after it, the sentence paying later, as its company', () => {
    const text = '签约仪式上,华岳集团将投资198亿元建设高速公路。中国远航将加大在某省投入,拟投资511亿元参与城际铁路建设。';
    assert.deepEqual(companiesIn(text), ['华岳集团', '中国远航']);
    assert.deepEqual(companyLinks(text), ['华岳集团', '中国远航']);
    assert.deepEqual(companiesIn('会上,多家企业发言。中國遠訊未來5年規劃投資17億元,在某市建設數據中心。'), ['中國遠訊']);
  });

  it('does not take a country\'s own words, a brand not opening its sentence or one with no money after it, as a company', () => {
    assert.deepEqual(companiesIn('中国经济将持续向好,拟投资5亿元。中国西部将加快发展,计划投资3亿元。英国明年将加快发展,计划投资2亿元。'), []);
    assert.deepEqual(companiesIn('据悉,中国远航将加大在某省投入,拟投资5亿元。中国远航将加大在某省的投入。'), []);
    assert.deepEqual(companiesIn('襄阳经开区还加快推进孵化园建设,其中一期累计完成投资2亿元。'), []);
  });

  it('does not take a place with another place, or a generic word, that invests as a company', () => {
    assert.deepEqual(companiesIn('一是,江苏南通投资5亿元。二是,浙江民营投资3亿元。湖南长沙计划投资4亿元。'), []);
  });

  it('does not take a place and a time or its own region before a verb of paying as a company', () => {
    assert.deepEqual(companiesIn('浙江今年将投资50亿元建设一批新能源项目。法国明年将投资3亿美元在华设厂,中国西部计划投资4亿元。'), []);
  });

  it('tags a brand with its trade right after the kind of firm it is, the trade closing it, as its amounts\' company', () => {
    const text = '该市吸引了数百家企业落户。当地最大的台资企业青禾电子6年间4次增资,总投资从2亿美元增加到15亿美元;封测巨头远帆科技从10亿元投资追加到60亿元。';
    assert.deepEqual(companiesIn(text), ['青禾电子', '远帆科技']);
    assert.deepEqual(companyLinks(text), ['青禾电子', '青禾电子', '远帆科技', '远帆科技']);
  });

  it('does not take a trade running on into a word after a kind of firm as a name', () => {
    assert.deepEqual(companiesIn('主动上门为企业解读科技政策,帮助企业了解农特食品情况。园区内企业主要为新能源、高端装备,龙头企业带动电子产业。'), []);
  });

  it('tags a foreign company by country and brand among what was signed, and links the project named after it', () => {
    const text = '开发区签约了总投资5亿元的德国博恒汽车电池包生产等项目。\n今年成功签约了德国博恒等项目,同时推进多个项目。';
    assert.deepEqual(companiesIn(text), ['德国博恒']);
    assert.deepEqual(companyLinks(text), ['德国博恒']);
  });

  it('does not take two places signed as projects for a company', () => {
    assert.deepEqual(companiesIn('今年成功签约了江西南昌等项目,引进了上海浦东等企业。'), []);
  });

  it('tags a subsidiary\'s name opening with its place right after its kind, up to the verb after it, as its amounts\' company', () => {
    const text = '公司控股子公司湖南远帆拟在某市建设光模块基地,初始投资金额为3亿元。\n湖南远帆已完成全资子公司长沙远帆的注册,注册资本800万元。';
    // The second 湖南远帆, opening its paragraph, is the short name written again (brandsWrittenAgain.ts).
    assert.deepEqual(companiesIn(text), ['湖南远帆', '湖南远帆', '长沙远帆']);
    assert.deepEqual(companyLinks(text), ['湖南远帆', '长沙远帆']);
  });

  it('tags a maker\'s Latin brand, or its name closed by a comma or a conjunction, right after its kind', () => {
    const text = '精密轴承厂商NTK将于明年建成投资约2亿元的新工厂。\n至于摩托车大厂白鹭岭,则是再投1.2亿美元建设新厂。\n汽车制造商青禾达和白鹭岭正在扩大投资。';
    // The last 白鹭岭 is the short name found before, written again (brandsWrittenAgain.ts).
    assert.deepEqual(companiesIn(text), ['NTK', '白鹭岭', '青禾达', '白鹭岭']);
    assert.deepEqual(companyLinks(text), ['NTK', '白鹭岭']);
  });

  it('does not take what a subsidiary does, its plant, or a maker\'s words that a comma does not close, as a name', () => {
    assert.deepEqual(companiesIn('该子公司在当地设立的工厂已投产,子公司主要生产的产品,子公司统一管理,子公司上海工厂已投产,子公司江苏基地的建设。'), []);
    assert.deepEqual(companiesIn('汽车厂商数量增加。供应商名单已确定,芯片大厂纷纷,厂商如远帆、青禾。该供应商CEO表示,厂商TOP10榜单。'), []);
  });

  it('does not take an investment or a cause said after a maker\'s kind as its name', () => {
    assert.deepEqual(companiesIn('鼓励優質廠商回鄉投資,全年投資金額逾80億元。一家面板大廠返鄉投資案,已獲通過。對廠商因缺少土地、設廠所做投資給予補助。'), []);
    // A maker's own name closed by a comma is still read.
    assert.deepEqual(companiesIn('至於面板大廠青禾光電,則將再投5億元。'), ['青禾光電']);
  });

  it('does not take the subject of a sentence of 巨头 as a name', () => {
    assert.deepEqual(companiesIn('全球家电巨头掌控市场,电池巨头远帆将扩产。'), []);
  });

  it('tags the subsidiary an announcement names before what it is, in its list of the parties', () => {
    const text = '订约双方\n(1) 北京远阳,本公司之间接全资附属公司\n(2) 管委会\n董事会欣然宣布,本公司之全资附属公司已签订协议。';
    assert.deepEqual(companiesIn(text), ['北京远阳']);
  });

  it('leaves places, determiners and generic words that invest or are said to be companies untagged', () => {
    const text = '其中,全市科技投资3亿元。该市是全国首家试点企业,当地是知名企业。本地企业是骨干企业。';
    assert.deepEqual(companiesIn(text), []);
    assert.deepEqual(companyLinks(text), [undefined]);
  });
});

describe('groups named by numerals', () => {
  it('reads numerals alone before a legal form as a brand, and a count with its classifier as none', () => {
    assertNames('规划在青山园区建设[[COMPANY:三一集团]]华东总部。'.replace('青山园区', '[[PARK:青山园区]]'));
    assertNames('[[COMPANY:九五集团]]是领先的制造商。');
    assertNames('全县有三家公司投产,引进十一家公司。');
  });
});

describe('where a company name starts: a brand\'s function words, origins and dates', () => {
  it('starts at the province or city that opens a brand written with a function word', () => {
    assertNames('签约企业、[[COMPANY:杭州锦之源精密机械有限公司]]总经理表示。');
    assertNames('园区与[[COMPANY:南京同泰新材料科技有限公司]]进行接洽。');
    assertNames('由华东建工集团、[[COMPANY:天津共享云联信息技术有限公司]]共同投资。'.replace('华东建工集团', '[[COMPANY:华东建工集团]]'));
    // A place followed by a word that ends names is no opening of the brand (`苏州的…`).
    assert.ok(!namesInText('项目落户苏州,苏州的钢之星精工有限公司投产。').some((n) => n.startsWith('COMPANY:苏州')));
  });

  it('leaves a foreign group\'s country and an investor\'s origin out, and keeps a registered subsidiary\'s country', () => {
    assertNames('近日,德国[[COMPANY:海因茨集团]]在当地投资。日本[[COMPANY:丸山精机株式会社]]投资兴建。');
    assertNames('走访了台商[[COMPANY:柏丰电子科技有限公司]]等企业。');
    assertNames('[[COMPANY:日本光辉电子有限公司]]投产。');
  });

  it('leaves the day of a date before a group out of its name', () => {
    assertNames('此为继6月12日[[COMPANY:远洋控股集团]]签约后的又一大项目。');
  });
});

describe('a company counted by its order', () => {
  it('reads `第一家…公司` as a count, not a name', () => {
    assertNames('该项目是[[COMPANY:远帆实业股份有限公司]]成立的第一家仓储物流公司。');
  });

  it('reads firms counted by a number or ranked among the N biggest as a class, not a name', () => {
    assertNames('园区已入驻27家新能源科技公司,青禾集团是全国五大航运集团之一。'.replace('青禾集团', '[[COMPANY:青禾集团]]'));
    // A place holding a numeral and 大 is no ranking.
    assertNames('[[COMPANY:五大连池青禾矿泉水有限公司]]投产。');
  });

  it('reads two characters alone between 的 and a bare 公司 as the kind of firm the clause describes', () => {
    assertNames('由两港合作组建的渡运公司已购进新船,园区新建的仓储公司投入运营。');
    // A longer brand or a registered legal form after 的 is still a name.
    assertNames('由两港合作组建的[[COMPANY:青禾渡运公司]]已购进新船,新建的[[COMPANY:远帆有限公司]]投产。');
  });
});

describe('brands written with a conjunction, a place or a trade ending in 子', () => {
  it('reads 和, 同 or 联合 before generic words only as a word of the brand', () => {
    assertNames('与会单位有省建材研究院、[[COMPANY:谐和新能源集团有限公司]]等。');
    assertNames('例如,[[COMPANY:启元同科技集团]]已在当地布局。');
    assertNames('管委会与[[COMPANY:东岭恒远联合控股有限公司]]签约。');
    // A conjunction before a name of its own still joins two firms.
    assertNames('[[COMPANY:泰山集团]]和[[COMPANY:晨光新材料有限公司]]签约。');
    // A brand ending in 和 right before its bare legal form (`某和集团`) keeps the 和.
    assertNames('[[COMPANY:丰和集团]]和[[COMPANY:晨光新材料有限公司]]签约。');
    assertNames('县政府和集团签约。');
  });

  it('reads a brand holding 和 after a preposition or a closed quotation as one name', () => {
    assertNames('该项目由[[COMPANY:江西远和环保科技有限公司]]投资建设。');
    assertNames('“前景广阔。”[[COMPANY:福建青和环保有限公司]]董事长说。');
    // After a word of the sentence, the conjunction still joins: generic words alone after it name no firm.
    assertNames('推动政府和环保有限公司合作。');
  });

  it('reads a province or city alone before 联合 and a bare 集团 as a group named after its place', () => {
    assertNames('一是与[[COMPANY:湖州联合集团]]洽谈的[[PROJECT:青禾商贸中心项目]]。');
    assertNames('與[[COMPANY:湖州聯合集團]]洽談。');
    // Without a place, or with another legal form, the joint verb stays the sentence's.
    assertNames('与联合集团洽谈。');
    assertNames('与湖州联合投资公司洽谈。');
  });

  it('keeps a place followed only by generic words inside the brand it follows', () => {
    assertNames('会上,[[COMPANY:恒通电工甘肃新能源股份有限公司]]作了发言。');
  });

  it('reads an electronics firm, not a subsidiary, before a bare 公司', () => {
    assertNames('与长兴引线公司、[[COMPANY:丰岳电子公司]]等签约。'.replace('长兴引线公司', '[[COMPANY:长兴引线公司]]'));
    assertNames('该集团的子公司负责运营。');
  });

  it('leaves `之一` and a heading project out of the name that follows', () => {
    assertNames('签约项目之一[[COMPANY:嘉禾木业(宁波)有限公司]]投产。');
    assertNames('南岸开工项目[[COMPANY:杭州云帆光电科技有限公司]]主要生产传感器。');
  });

  it('reads no company in a source credit, a kind of firm or a planned project company', () => {
    assertNames('来源:晨报·e公司');
    assertNames('2021-05-06 来源 : 晨报·e公司');
    assertNames('去年海外及内地驻港公司数目再创新高。');
    assertNames('公司拟新设项目公司作为运营主体。');
  });
});

describe('a head company, an occasion before a name, and firms by their market', () => {
  it('reads `某某总公司` as a name and a bare `总公司` as none', () => {
    assertNames('[[COMPANY:临沂碳素工业总公司]]负责人出席。该总公司将扩产。');
  });

  it('reads a verb before a bare 公司 in an announcement as the announcer spoken of, no name', () => {
    assertNames('厂区用地已无法满足公司扩产需要,协议约定公司拟投资3.2亿元,将增强公司在华中的供货能力。');
    assertNames('双方同意立足公司主业,由[[COMPANY:江城远帆材料有限公司]]负责建设。');
  });

  it('reads the verbs an announcement says of its own company and plant, and a board\'s consent, as no part of a name', () => {
    assertNames('公司拟投资扩建公司临港生产基地,以适应公司订单增长,巩固公司地位,进一步夯实公司优势,增资后公司持股60%。');
    assertNames('董事会同意[[COMPANY:宁川远帆材料有限公司]]在宁川设立分厂。');
  });

  it('reads the gains an announcement says a project brings its own company as no part of a name', () => {
    assertNames('项目投产后将增加公司营业收入,填补公司在新型电池领域的空白,并改善公司资产结构。');
    // A registered name after the verb is still read whole.
    assertNames('此举将改善[[COMPANY:宁川远帆材料有限公司]]的现金流。');
  });

  it('reads a role word before the legal form (the announcer, a target, a subsidiary) as no name, whatever verb stands before it', () => {
    assertNames('该交易构成本公司的关连交易,股东获悉本集团最新消息。');
    // The signer opening the clause is a firm by its trade (brandSubjects.ts); the role words after it name none.
    assertNames('[[COMPANY:远帆置业]]签订协议认购目标公司股本,成为本公司之间接全资附属公司,并持有两家联营公司及合营公司权益。');
    assertNames('本公司之全资附属公司[[COMPANY:青禾置业有限公司]]签订认购协议。');
  });

  it('keeps a name whose own word ends in 本 (`资本`)', () => {
    assertNames('[[COMPANY:红岭资本公司]]领投,本公司跟投。');
  });

  it('leaves the occasion (`这次`) out of the name', () => {
    assertNames('这次[[COMPANY:香港丰穗农科有限公司]]与当地企业签约。');
  });

  it('reads an announcement`s defined term for the firm it buys into (`目标公司`) as none, `现时` before it too', () => {
    assertNames('[[COMPANY:澄湖精细化工有限公司]](「目标公司」)成立於二零零八年。目标公司主营涂料,现时目标公司缴足股本为5百万美元。');
    assertNames('[[COMPANY:目标远航物流有限公司]]同日签约。');
  });

  it('reads firms named by their market as none', () => {
    assertNames('鼓励设立实体公司,吸引A股公司投资。');
  });

  it('reads a class of firms by market, owner, place or age as none, a brand before the same words as a name', () => {
    assertNames('园区已有4家主板上市公司、一家未上市公司和多家創投公司入驻,其下属公司投资3亿元。');
    assertNames('園內公司共86家,今年新設外資公司12家。');
    assertNames('[[COMPANY:青禾创投公司]]和[[COMPANY:宁川合资公司]]参与。');
  });

  it('leaves a verb or a scene of the sentence before a company out of its name', () => {
    assertNames('领导现场查看[[COMPANY:柏林湾精密机械有限公司]]生产线。');
    assertNames('双方决定终止[[COMPANY:河口远江化工有限责任公司]]的协议,随着[[COMPANY:禾田智造集团]]入驻,签约仪式暨[[COMPANY:松岚集团]]开工典礼同日举行。');
    assertNames('园区受[[COMPANY:云杉电子有限公司]]委托,厂商[[COMPANY:青峰光学股份有限公司]]与民营企业[[COMPANY:宁禾电子有限公司]]签约。');
  });
});

describe('an example\'s 如 before a company', () => {
  it('leaves 如 out, but keeps the brand 如意', () => {
    assertNames('重点企业,如[[COMPANY:远景光电科技有限公司]],已投产;[[COMPANY:如意集团]]也来考察。');
  });
});

describe('registered names whose trade name is a common word', () => {
  it('reads a place and trade words before a registered legal form as a name', () => {
    assertNames('出席的有[[COMPANY:湖北新兴实业集团有限公司]]、[[COMPANY:广东建设科技有限公司]]和[[COMPANY:宜昌市产业投资集团有限公司]]。');
  });

  it('still reads a count of firms, a bare 公司 or a trade without a place as no name', () => {
    assertNames('江苏多家科技有限公司参会,美国科技公司纷纷跟进,一家建设科技有限公司落户。');
  });
});

describe('a zone named after a city opening a registered name', () => {
  it('reads the zone as the place the name opens with, one company, no park', () => {
    assertNames('本次与[[COMPANY:杭州高新区青禾生物科技有限公司]]签约,该园由[[COMPANY:嘉兴高新区远帆集团]]出资承建。');
  });

  it('still reads a zone with no city we know, or a firm opening with its own place, as where the company is', () => {
    assertNames('来到[[PARK:城东工业园区]][[COMPANY:蓝舟股份有限公司]]考察,与[[PARK:杭州高新区]][[COMPANY:嘉兴蓝舟化工有限公司]]签约。');
  });
});

describe('Taiwan\'s boards and the verbs of a capital approval', () => {
  it('reads listed, over-the-counter and emerging-board firms as a class, with a place or a verb before them too', () => {
    assertNames('台湾上市、上柜公司赴大陆投资企业共计900家,占台湾上市柜公司总数六成,兴柜公司另计。');
  });

  it('leaves setting up and taking over out of the company\'s name', () => {
    assertNames('另投资新设[[COMPANY:丰禾管理咨询(厦门)有限公司]],并以股权转换方式取得[[COMPANY:丰禾BVI有限公司]]持有的股权。');
  });

  it('reads 企业 before a bracketed place or only generic words as the brand\'s own word', () => {
    assertNames('增资[[COMPANY:宏达企业(中国)投资有限公司]],再转增资[[COMPANY:泉州宏达企业食品有限公司]]。');
    assertNames('全国最大的光伏生产企业[[COMPANY:远川集团]]签约。');
  });
});

describe('the head of a project\'s name written on its own in the paragraph', () => {
  it('reads it as the brand of the project\'s company', () => {
    assert.deepEqual(namesInText('签约的有瑞丰达、明远乳业等项目。其中,明远乳业项目预计年产值20亿元。'), ['COMPANY:明远乳业', 'PROJECT:明远乳业项目']);
    assert.deepEqual(namesInText('ZKT龙门新能源产业园项目总投资25亿元,将发挥ZKT在新能源领域的作用。'), ['PROJECT:ZKT龙门新能源产业园项目', 'COMPANY:ZKT']);
  });

  it('reads no place, generic word cut short, or product counted by a measure as a brand', () => {
    assert.deepEqual(namesInText('江华新能源智慧产业园项目总投资5亿元,将打造成为江华新的经济增长点。'), ['PROJECT:江华新能源智慧产业园项目']);
    assert.deepEqual(namesInText('润滑油添加剂项目总投资3亿元,年产10万吨润滑油添加剂。'), ['PROJECT:润滑油添加剂项目']);
    assert.deepEqual(namesInText('宁川市物流园项目总投资3亿元,宁川市的物流业发展迅速。'), ['PROJECT:宁川市物流园项目']);
  });

  it('reads a head opening with its country or city after any word, and not a head without a place there', () => {
    assertNames('[[PROJECT:中国岳车成都轨道交通产业园项目]]开工,标志着[[COMPANY:中国岳车]]在西南布局的落地。');
    assertNames('[[PROJECT:岳车宁远轨道交通产业园项目]]开工,标志着岳车宁远在西南布局的落地。');
  });
});

describe('a firm\'s short name found once, written again elsewhere in the article', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => `${e.text}@${e.start}`);

  it('tags each writing of the short name standing on its own, and links the later money there', () => {
    const text = '远帆汽车总投资35亿元在某市建厂\n记者获悉,远帆汽车与某市签署协议,将投资35亿元建设整车工厂,预计年产值120亿元。\n由远帆汽车投资建设的研发中心同日开工。';
    assert.deepEqual(companiesIn(text), ['远帆汽车@0', '远帆汽车@22', '远帆汽车@61']);
    const linked = withLinks(text, recognize(text)).filter((e) => e.label === 'MONEY');
    assert.deepEqual(linked.map((e) => (e.links?.company ? text.slice(e.links.company.start, e.links.company.end) : undefined)), ['远帆汽车', '远帆汽车', '远帆汽车']);
  });

  it('does not tag the short name running on into a longer word, nor a name never shown to be a firm\'s', () => {
    assert.deepEqual(companiesIn('远帆汽车总投资35亿元在某市建厂\n远帆汽车研发中心占地80亩,毗邻澄川汽车城。'), ['远帆汽车@0']);
    assert.deepEqual(companiesIn('青禾汽车城占地80亩。\n青禾汽车城还将扩建。'), []);
  });
});

describe('short names listed, then counted as firms (`A、B等N家企业`)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);

  it('tags each item of the list the count of firms closes, the first one cut where the company scan stops', () => {
    assert.deepEqual(companiesIn('审议会今天通过鹭远精工、青川光电、澜江机电3家台商投资案。'), ['鹭远精工', '青川光电', '澜江机电']);
    assert.deepEqual(companiesIn('本月引进了澄湖企业、鹭远化工等5家企业。'), ['澄湖企业', '鹭远化工']);
  });

  it('does not tag places, an item joined by a conjunction, a single item, or items counted as something else', () => {
    assert.deepEqual(companiesIn('本月引进了北京、上海等5家企业。'), []);
    assert.deepEqual(companiesIn('本月引进了鹭远化工和青川光电等5家企业。'), []);
    assert.deepEqual(companiesIn('本月考察了鹭远医院、青川学校等5家单位。'), []);
  });
});

describe('a firm paying capital, named after the words that single it out of several (`包括C斥资X`)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);

  it('leaves the list\'s lead out of the name, and reads no intention as a firm', () => {
    assert.deepEqual(companiesIn('两家公司共同投资30亿元,包括青川气体斥资近9亿元新建厂房。'), ['青川气体']);
    assert.deepEqual(companiesIn('鹭远机器厂为扩大产能,预计斥资1亿元新建厂房。'), []);
  });
});

describe('a company\'s bare 公司 right before the figure a project\'s name opens with', () => {
  it('ends the company there: the company, then the project from its figure', () => {
    assertNames('引进投资3亿元的[[COMPANY:鹭远建华城建公司]][[PROJECT:12.4万平方米商住楼项目]],已到位资金300万元。');
  });

  it('leaves a group or a company before words opening the project\'s name', () => {
    assert.deepEqual(namesInText('引进投资3亿元的鹭远建华城建公司商住楼项目。'), ['PROJECT:鹭远建华城建公司商住楼项目']);
    assert.deepEqual(namesInText('引进投资3亿元的鹭远集团12万平方米商住楼项目。'), ['PROJECT:鹭远集团12万平方米商住楼项目']);
  });
});

describe('what the sentence says before a company\'s name: belonging (`隶属`), naming the one counted (`即`)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);

  it('starts the name after them, Traditional `隸屬` too', () => {
    assert.deepEqual(companiesIn('央企项目1项,即鹭远能源集团在某开发区投资5亿元。'), ['鹭远能源集团']);
    assert.deepEqual(companiesIn('最受关注的是隸屬鹭远集团旗下的两家公司。'), ['鹭远集团']);
  });

  it('keeps the words holding 即 inside a name (`即墨`, `即时`)', () => {
    assert.deepEqual(companiesIn('青岛即墨鹭远机械有限公司投资2亿元。'), ['青岛即墨鹭远机械有限公司']);
    assert.deepEqual(companiesIn('鹭远即时通讯有限公司投资2亿元。'), ['鹭远即时通讯有限公司']);
  });
});

describe('a firm set as its clause\'s topic by 则 or 亦, then paying a figure (`C则投资X`)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);

  it('reads the topic as a firm, after a kind of firm or before a stock code, and its money as its own', () => {
    assert.deepEqual(companiesIn('另外,枫岚达则规划投资逾12亿元,在台南新建厂房。'), ['枫岚达']);
    assert.deepEqual(companiesIn('封装大厂鹭川科则砸8.5亿元增建厂房。'), ['鹭川科']);
    assert.deepEqual(companiesIn('此外,禾沛電機(3318-TW)亦投資 16.4 億元擴建新廠。'), ['禾沛電機']);
    assert.deepEqual(linksOf('另外,枫岚达则规划投资逾12亿元,在台南新建厂房。'), ['12亿元: - 枫岚达 -']);
  });

  it('reads no place, kind or phrase before the particle as a firm, nor a topic not paying right after it', () => {
    assert.deepEqual(companiesIn('另一家特殊材料大厂则将投资8亿元。'), []);
    assert.deepEqual(companiesIn('产能第三大的则在高雄投资逾3亿元。'), []);
    assert.deepEqual(companiesIn('枫岚达则在台南设厂,投资12亿元。'), []);
  });
});

describe('a firm\'s province and city written before its brand, opening an item that pays a figure (`某市某某化工投资X`)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);
  const items = '签约项目3个,分别是:潍坊市青禾化工投资2.5亿元的年产3万吨涂料项目,江苏南通鹭远纺织投资9000万元的高档面料项目,宜昌市远帆科技投资6000万元的电子元件项目。';

  it('reads the city with its level word, or a province and a city, as the opening of the name, and each item`s money as its own firm`s', () => {
    assert.deepEqual(companiesIn(items), ['潍坊市青禾化工', '江苏南通鹭远纺织', '宜昌市远帆科技']);
    assert.deepEqual(linksOf(items), ['2.5亿元: 年产3万吨涂料项目 潍坊市青禾化工 -', '9000万元: 高档面料项目 江苏南通鹭远纺织 -', '6000万元: 电子元件项目 宜昌市远帆科技 -']);
  });

  it('reads no place alone before the trade as a firm, nor a generic word after the places', () => {
    assert.deepEqual(companiesIn('会上,潍坊市化工投资2.5亿元。'), []);
    assert.deepEqual(companiesIn('会上,江苏南通新型纺织投资2.5亿元。'), []);
  });
});

describe('a firm whose trade is a line in 业, a digital or printing trade, after a dash or with a partner (`某某铝业投资X`)', () => {
  const companiesIn = (text: string) => recognize(text).filter((e) => e.label === 'COMPANY').map((e) => e.text);

  it('reads each item`s firm by its line in 业 or its printing trade, and gives it its own money', () => {
    const items = '签约项目3个,分别是:宜昌市青禾彩印投资4000万元的包装印刷项目,江苏鹭远桩业投资2.6亿元的管桩生产项目,云岫铝业投资1.5亿元的铝型材项目。';
    assert.deepEqual(companiesIn(items), ['宜昌市青禾彩印', '江苏鹭远桩业', '云岫铝业']);
    assert.deepEqual(linksOf(items), ['4000万元: 包装印刷项目 宜昌市青禾彩印 -', '2.6亿元: 管桩生产项目 江苏鹭远桩业 -', '1.5亿元: 铝型材项目 云岫铝业 -']);
  });

  it('keeps the next item`s firm from taking the money of the one before', () => {
    const items = '园区新引进多家企业:宁川远帆电子有限公司投资8亿元建设芯片封装基地;青禾数码拟投资3亿元建设软件外包中心。';
    assert.deepEqual(linksOf(items), ['8亿元: - 宁川远帆电子有限公司 -', '3亿元: - 青禾数码 -']);
  });

  it('reads the firm after the kind said before it and a dash, and the first of two partners after 携手', () => {
    assert.deepEqual(linksOf('新厂房年内投产;隔膜领域的龙头——鹭远股份投资30亿元,用于隔膜生产线。'), ['30亿元: - 鹭远股份 -']);
    assert.deepEqual(linksOf('此外,云岫通讯携手德国某某公司投资6亿元建设光模块基地。').map((l) => l.split(' ')[2]), ['云岫通讯']);
  });

  it('reads no sector or firm in general in 业 as a name', () => {
    for (const text of ['会上,青禾企业投资5亿元。', '此外,特色农业投资2亿元。', '其中,龙头产业投资8亿元。']) assert.deepEqual(companiesIn(text), [], text);
  });
});

describe('a word that refers to firms, not names one, before a bare 公司: a verb, a locative, a count', () => {
  it('reads an announcement\'s verb before `公司` as the announcer referred to, no name', () => {
    assertNames('董事会同意授权公司经营层办理登记,详情详见公司于5月8日披露的公告。');
    assertNames('本次合作有利于配合公司在华南布局,但可能出现公司资金紧张的风险。');
  });

  it('reads a locative `内` before `公司` as the firms of a place or trade', () => {
    assertNames('新基地可与园区内公司共享仓储,缓解行业内公司订单波动。');
  });

  it('reads a count in words opening the stretch before a bare `公司` as a determiner', () => {
    assertNames('双方将在鹭江合资成立一家仓储物流公司,并引进两家包装公司。');
  });

  it('still reads a name after these words, and a registered name after a count', () => {
    assertNames('董事会同意授权[[COMPANY:青禾远帆科技有限公司]]办理登记。');
    assertNames('园区引进了一家[[COMPANY:鹭江青禾包装有限公司]]和一家[[COMPANY:远帆集团]]的工厂。');
  });
});

describe('a city and a household or office service before a bare 公司 (a site\'s keyword line)', () => {
  it('reads `某市搬家公司`, `某市翻译公司` as a kind of firm, no name part', () => {
    assertNames('厦门翻译公司专业可靠,泉州搬家公司价格实惠。');
  });

  it('keeps a brand before the service, and a registered name', () => {
    assertNames('[[COMPANY:鹭远搬家公司]]在厦门投资,[[COMPANY:南平市青禾翻译有限公司]]设立分部。');
  });
});
