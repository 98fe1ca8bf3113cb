import { strict as assert } from 'node:assert';
import { namesOf } from './namedEntityHelpers';

// Each row: a sentence and the PARK names it holds (none for a negative case).
const CASES: readonly (readonly [rule: string, text: string, parks: readonly string[]])[] = [
  ['zone suffix with a city', '衡阳高新区举行招商引资项目集中签约仪式', ['衡阳高新区']],
  ['zone suffix with an office after it', '衡阳高新区党工委书记率队赴深圳考察', ['衡阳高新区']],
  ['city, gazetteer qualifier, suffix', '连日来,中山火炬高新区党政领导合力攻坚', ['中山火炬高新区']],
  ['gazetteer qualifier alone', '1-4月份,火炬高新区签约项目47个', ['火炬高新区']],
  ['Traditional Chinese', '中山火炬高新區黨政領導與相關職能部門', ['中山火炬高新區']],
  ['Traditional with pinyin debris', '多次走訪區人力資源產(chǎn)業(yè)園,深入了解', ['人力資源產(chǎn)業(yè)園']],
  ['three-character city', '石嘴山高新区积极推进职工创新联盟建设', ['石嘴山高新区']],
  ['city ending in 镇', '景德镇高新区提升航空产业能级', ['景德镇高新区']],
  ['district, not in a sentence', '由于更适合铜山经开区产业需求', ['铜山经开区']],
  ['verb before the place', '详细推介衡阳高新区的区位优势', ['衡阳高新区']],
  ['province and city chain', '江苏无锡高新区完成投资', ['江苏无锡高新区']],
  ['place, unknown qualifier, suffix', '嘉兴秀洲高新区围绕光伏产业招商', ['嘉兴秀洲高新区']],
  ['long zone suffix', '武汉东湖新技术开发区近日发布政策', ['武汉东湖新技术开发区']],
  ['gazetteer full name', '近日,苏州工业园区举行签约仪式', ['苏州工业园区']],
  ['gazetteer full name, Traditional', '張江高科技園區舉行集中簽約儀式', ['張江高科技園區']],
  ['national new area', '青岛西海岸新区与企业共建产业园', ['青岛西海岸新区']],
  ['industry park after 的', '刚下高铁的锂电产业园书记张涛告诉记者', ['锂电产业园']],
  ['brand park after a verb', '该项目主要从事博通科技产业园的建设', ['博通科技产业园']],
  ['city park in a list', '与谷川集团、深圳科技园就代理招商达成一致', ['深圳科技园']],
  ['place prefix of an innovation park', '无锡国际生命科学创新园建成投用', ['无锡国际生命科学创新园']],
  ['a science new town after a place', '仪式在远山生态科技新城举行,加快建设科技新城,打造一流科技新城', ['远山生态科技新城']],
  ['a petrochemical zone after its place, not a ranked kind of it', '项目落户青湾石化区,打造世界级规模石化区', ['青湾石化区']],
  ['a verb of running before a kind of park names none, a park after it is kept', '合营公司业务为开发、建设及营运产业园,并运营青川物流园', ['青川物流园']],
  ['partners, a bracketed site, a programme holding 发展', '会上发布了中韩(烟台)城市发展合作示范区投资指南', ['中韩(烟台)城市发展合作示范区']],
  ['two shores, a bracketed site, a programme zone', '该项目落户两岸(泉州)渔业合作试验区,合同利用外资', ['两岸(泉州)渔业合作试验区']],
  ['a bracket holding no place opens no name', '会上发布了中韩(第一批)城市发展合作示范区名单', []],
  ['a known place before the bracket keeps its own start', '推广经验,如秦皇岛(天津)协同发展示范区建设', ['秦皇岛(天津)协同发展示范区']],
  ['a long run before the bracket is a sentence, not partners', '积极推动全面对接深化(烟台)城市发展合作示范区', []],
  ['town after a verb', '景德镇高新区完善航空小镇基础设施建设', ['景德镇高新区', '航空小镇']],
  ['park after a company', '青岛西海岸新区与海尔集团共建卡奥斯工业互联网产业园', ['青岛西海岸新区', '卡奥斯工业互联网产业园']],
  ['bare 高新区 is generic', '高新区始终坚持把优化环境作为一项工程', []],
  ['bare 开发区 is generic', '开发区管委会表示将继续优化营商环境', []],
  ['bare 经开区 after a verb', '最终落地经开区', []],
  ['园区, 全区, 该区 are generic', '全区上下齐心,该区按照原则推动园区发展', []],
  ['cities and districts are not parks', '位于南康区的工厂是赣州市的重点企业', []],
  ['institutes are not parks', '中国科学院成都生物研究所举行成果发布会', []],
  ['quality adjectives only', '集中打造一批具有较强竞争力的特色产业园', []],
  ['a zone broken by a line break', '衡阳高\n\n新区10个相关部门', []],
  ['regions are not parks', '紧盯粤港澳大湾区、海西经济区等重点区域', []],
  // Sub-zones take their zone as the place prefix (guidelines: a park "with its place prefix").
  ['named park inside a national new area', '南京江北新区研创园今年新引进企业200余家', ['南京江北新区', '研创园']],
  ['片区 after a high-tech zone', '南昌高新区艾溪湖片区新签约项目12个', ['南昌高新区艾溪湖片区']],
  // A park with a park suffix of its own inside a zone is a second PARK (guidelines: a zone inside a zone is two PARKs).
  ['area park right after its zone is a park of its own', '长沙经开区星沙产业基地、株洲高新区动力谷自主创新园与湘潭高新区签署协议',
    ['长沙经开区', '星沙产业基地', '株洲高新区', '动力谷自主创新园', '湘潭高新区']],
  ['industrial park inside a development zone', '奠基仪式在吴江开发区汾湖工业园举行', ['吴江开发区', '汾湖工业园']],
  ['unknown place with its administrative suffix before a zone', '代表团来到阿尔山市工业园区参观', ['阿尔山市工业园区']],
  ['a size in area is not a park name, nor the kind of zone spelled out', '规划12.5平方公里高新技术产业园，共建经济技术产业集聚区', []],
  ['generic areas after a zone stay out', '衡阳高新区各园区、两大片区和产业园区负责人参加会议', ['衡阳高新区']],
  ['ordinary places after a zone stay out', '南昌高新区艾溪湖公园环境优美，衡阳高新区进城务工人员增多', ['南昌高新区', '衡阳高新区']],
  ['a verb between zone and park separates them', '景德镇高新区完善航空小镇配套', ['景德镇高新区', '航空小镇']],
  // One-character counties and places opening with a function character.
  ['county named by a conjunction character', '与和县工业园签约，和县工业园位于皖江', ['和县工业园', '和县工业园']],
  ['place of the gazetteer opening with 于', '于都县工业园、萧县经济开发区先后签约', ['于都县工业园', '萧县经济开发区']],
  ['a locative before the county\'s own park', '在县工业园举行开工仪式，位于都江堰的工厂', []],
  ['demonstration zone after a known place (the province with 省 is its address)', '河南省新乡市平原示范区与中国中车签约', ['新乡市平原示范区']],
  ['demonstration zone without a known place is generic', '积极创建国家生态文明示范区', []],
  ['pilot zone after a known place and an unknown qualifier', '上饶高铁经济试验区、鹰潭高新区分别签约', ['上饶高铁经济试验区', '鹰潭高新区']],
  // The left edge stops at verbs of building and planning, at subjects and at counts (a park is named
  // after an industry or a place, never after what the sentence does with it).
  ['verbs of planning and building before a park', '该公司计划投建智能装备产业园，集团拟筹建医疗器械产业园',
    ['智能装备产业园', '医疗器械产业园']],
  ['将新建 after a sub-zone', '南昌高新区艾溪湖片区将新建人工智能产业园', ['南昌高新区艾溪湖片区', '人工智能产业园']],
  ['投资建设, 规划建设, 启动建设', '该县投资建设新能源电池产业园，市里规划建设光电信息科技城，今年将启动建设生物医药产业基地',
    ['新能源电池产业园', '光电信息科技城', '生物医药产业基地']],
  ['扩建, 兴建, 决定', '项目方计划扩建生物医药产业园，该集团决定投资兴建汽车零部件产业园', ['生物医药产业园', '汽车零部件产业园']],
  ['签约共建 a cooperation park', '两地签约共建苏赣合作园，双方将合作共建数字经济产业园', ['苏赣合作园', '数字经济产业园']],
  ['共建 after a partner', '赣州市与深圳市共建深赣产业园，该区与中国中车共建轨道交通产业园', ['深赣产业园', '轨道交通产业园']],
  ['a zone as the place, then the built park', '集团将在赣州经开区兴建新能源汽车科技城', ['赣州经开区', '新能源汽车科技城']],
  ['industry words holding a planning verb or a subject', '积极谋划建设虚拟现实产业园，全力打造中小企业创业园',
    ['虚拟现实产业园', '中小企业创业园']],
  ['a scale is not part of the name', '建设百亿级锂电产业基地，规划建设千亿元级智能制造产业园', ['锂电产业基地', '智能制造产业园']],
  ['a rank before an industry park is a title', '着力打造国家级新能源汽车产业基地，申报省级特色产业园', []],
  ['counted parks are a kind', '建设一批锂电产业园，打造两大产业园，新建3个智能制造产业园', []],
  ['a county opening with a numeral is still a place', '万年县工业园、五河县工业园分别签约', ['万年县工业园', '五河县工业园']],
  ['产业 alone before the suffix is generic', '推动产业合作园建设', []],
  // A rank is no place: rank + generic zone noun is a kind of zone (guidelines: bare generic nouns).
  ['rank + zone noun is generic', '力争建成国家级经济技术开发区，积极创建省级高新区，获批国家级新区', []],
  ['rank + long zone noun is generic', '已获批省级高新技术产业开发区，争创国家级经开区，推动吉安高新区升级', ['吉安高新区']],
  ['a rank after a place stays in the name', '无锡国家高新区与铜山国家级经开区签约', ['无锡国家高新区', '铜山国家级经开区']],
  ['产业集中区 is a kind of zone', '公司与宿州东部产业集中区管委会签订投资协议', ['宿州东部产业集中区']],
  ['産, the Japanese type form of 產, in a Hong Kong copy', '擬在雲南省玉溪市高新技術産業園投資新建廠房', ['玉溪市高新技術産業園']],
  ['a time word before 新区 is no place', '上月新區外資保持增長,本月新区到位资金回升', []],
  ['片区 of an industrial park is one park with it', '拟在益阳市龙岭工业园桃花江片区投资建设生产基地', ['益阳市龙岭工业园桃花江片区']],
  ['a park after an industrial park is a second park', '落户龙岭工业园锂电产业园', ['龙岭工业园', '锂电产业园']],
  ['the county as a whole names no zone', '全市县域工业集中区入驻企业达到210户', []],
  ['a year before the county-wide zones names none', '2019年县域工业集中区实现产值86亿元', []],
  ['a zone believed in or moved to is the verb\'s object', '相信经开区将成为沃土;园区自2019年迁址新区以来发展迅速', []],
  ['a zone\'s function names none', '临溪新区是本市首个功能新区', ['临溪新区']],
  ['a lone 市 before a new area is the city\'s', '班子成员,市临溪新区、临川工业园区负责人参加座谈', ['临溪新区', '临川工业园区']],
  ['a county named 万年 is a place, not a year', '万年高新技术产业园区实现营业收入', ['万年高新技术产业园区']],
  ['a zone\'s 功能区 named after its county is one span with it, and a park alone', '烟台保税港区莱州功能区签约。莱州功能区规划面积5平方公里', ['烟台保税港区莱州功能区', '莱州功能区']],
  ['功能区 with no place before it names none', '城市核心功能区建设加快', []],
  ['a park\'s purpose or importance names none', '共建的产业转移工业园——宣城柳溪产业园挂牌;青山智能装备产业园是该项目的重要产业园之一', ['宣城柳溪产业园', '青山智能装备产业园']],
  ['工业城 is an industrial park by its older name', '县里投资8000万元启动青禾工业城建设', ['青禾工业城']],
  ['a word sorting parks into kinds opens no name', '县里规划建设特色康养小镇，推动普通仓储园区和集约化工业园区转型', []],
  ['a kind word before a zone, Traditional and simplified', '支持一般保税區與核心園區聯動發展', []],
  ['a kind word inside a name or after a place stays', '落户青禾纺织特色产业基地，入驻临溪特色小镇', ['青禾纺织特色产业基地', '临溪特色小镇']],
  ['a city park named after its place and trade', '2023年,临川医学城与青禾国际汽车城签约,中法材料生态城落户', ['临川医学城', '青禾国际汽车城', '中法材料生态城']],
  ['a new city of a trade after its place, quoted too', '项目落户远山航空新城,青禾“航空新城”已引进企业20家', ['远山航空新城', '青禾“航空新城”']],
  ['a city park\'s trade alone, or described, names none', '目前,生态城已建成道路5公里,打造环境友好的现代化工业新城', []],
  ['a space between a year\'s digits and its 年 leaves the year out', '据悉,2022 年临川医学城计划实施项目12个', ['临川医学城']],
  ['a county we do not know, then the zone\'s own name', '项目选址于桐岭县城东工业园区内,落户沙河县盐化材料工业园区', ['桐岭县城东工业园区', '沙河县盐化材料工业园区']],
  ['a zone named again after its county starts at its own name', '项目落户桐岭县桐岭工业园区', ['桐岭工业园区']],
  ['a county counted or pointed at names no zone', '推动全县各类工业园区发展,我县工业园区规模扩大', []],
  ['称 opens a park\'s other name, no part of it', '启动青禾工业城(又称青禾工业园)建设', ['青禾工业城', '青禾工业园']],
];

describe('parks', () => {
  for (const [rule, text, parks] of CASES) {
    it(`${rule}: ${text}`, () => {
      assert.deepEqual(namesOf('PARK', text), parks);
    });
  }

  it('cuts a sub-park back to its zone when a project name starts in it', () => {
    const text = '总投资3.2亿元的九江经开区汽车零部件产业园标准厂房项目主体完工';
    assert.deepEqual(namesOf('PARK', text), ['九江经开区']);
    assert.deepEqual(namesOf('PROJECT', text), ['汽车零部件产业园标准厂房项目']);
  });

  it('keeps an industry park heading a project of its own name inside that project (guidelines: not tagged apart)', () => {
    const text = '柳岸科技城云栖大学建设项目现场彩旗飘扬;翠湖产业园明辉半导体项目投产';
    assert.deepEqual(namesOf('PARK', text), []);
    assert.deepEqual(namesOf('PROJECT', text), ['柳岸科技城云栖大学建设项目', '翠湖产业园明辉半导体项目']);
  });

  it('still reads the industry park as a PARK where it stands outside a project name', () => {
    const text = '翠湖产业园明辉半导体项目投产。翠湖产业园已入驻企业40家。';
    assert.deepEqual(namesOf('PARK', text), ['翠湖产业园']);
    assert.deepEqual(namesOf('PROJECT', text), ['翠湖产业园明辉半导体项目']);
  });

  it('leaves a park to its project when the rest is its works or a sub-zone, or the park is named by its industry', () => {
    const text = '青石工业园定制厂房项目开工,柳江物流园区冷库仓储项目投用,桃源文创园片区艺术街区项目签约';
    assert.deepEqual(namesOf('PROJECT', text), ['青石工业园定制厂房项目', '柳江物流园区冷库仓储项目', '桃源文创园片区艺术街区项目']);
  });

  it('leaves a park with a phase, generic works or an acronym to its project', () => {
    const text = '龙湾锂电产业园三期项目开工,柳溪智能装备产业园标准厂房项目完工,桐江产业新城PPP项目签约';
    assert.deepEqual(namesOf('PARK', text), []);
    assert.deepEqual(namesOf('PROJECT', text), ['龙湾锂电产业园三期项目', '柳溪智能装备产业园标准厂房项目', '桐江产业新城PPP项目']);
  });

  it('leaves a park inside a project name to the project', () => {
    assert.deepEqual(namesOf('PARK', '京东数字产业园项目落户衡阳'), []);
    assert.deepEqual(namesOf('PROJECT', '京东数字产业园项目落户衡阳'), ['京东数字产业园项目']);
  });
});
