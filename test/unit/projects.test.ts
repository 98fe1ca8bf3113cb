import { strict as assert } from 'node:assert';
import { namesOf } from './namedEntityHelpers';

const CASES: readonly (readonly [rule: string, text: string, projects: readonly string[]])[] = [
  ['a firm\'s line of business listing its activities is no project', '青川光能科技有限公司主要从事研发、生产及销售风力发电项目配套塔架产品', []],
  ['one activity after a brand stays in the name', '远山电子研发及生产基地项目开工', ['远山电子研发及生产基地项目']],
  ['a facility\'s works being built, not works in general', '投资6000万元的青川县第三水厂建设工程项目开工;加快重点建设工程项目进度', ['青川县第三水厂建设工程项目']],
  ['grid-connected power inside a name, 并 as "and" still ends one', '青川能源光伏并网发电项目开工,并青禾储能项目投产', ['青川能源光伏并网发电项目', '青禾储能项目']],
  ['an amount made a scale by 级 is no part of the name, a rank is', '图为正在建设的80亿美元级远山青川乙烯项目工地;一级青禾公路项目', ['远山青川乙烯项目', '一级青禾公路项目']],
  ['refining-related works in Traditional text are a kind, no name', '推進煉油相關配套項目建設', []],
  ['after building and running verbs', '由子公司在当地投资、建设和运营汽车座椅骨架智能工厂项目', ['汽车座椅骨架智能工厂项目']],
  ['after 新上 (starting a new line)', '某公司投资8000万元新上高端纸品包装生产项目', ['高端纸品包装生产项目']],
  ['运营 inside a name stays', '华南区域运营中心项目落户', ['华南区域运营中心项目']],
  ['after a counted firm', '第三家企业青禾冷链物流项目年内签约', ['青禾冷链物流项目']],
  ['a phase, a campaign and raised money are kinds of project', '其中第一期项目拟投资3亿元;狠抓招商引资、攻坚项目;募投项目与最终项目均未变更', []],
  ['after 总投资X亿元的', '总投资50亿元的博通科技产业园项目顺利落户', ['博通科技产业园项目']],
  ['after a company and 投资的', '引进了江西中控精密科技股份有限公司投资的磁栅数显量具、智能制造装备和军民融合产品生产项目', ['磁栅数显量具、智能制造装备和军民融合产品生产项目']],
  ['right after a company name', '总投资6000万元的江西极磁科技有限公司现代磁性材料及智能器件制造、加工项目', ['现代磁性材料及智能器件制造、加工项目']],
  ['phase inside the name', '总投资67亿美元的华虹无锡集成电路研发和制造基地二期项目开工', ['华虹无锡集成电路研发和制造基地二期项目']],
  ['a list of full names', '长高电新变压器生产项目、中祥电子电感器生产项目、中璋重工智能运输设备项目等', ['长高电新变压器生产项目', '中祥电子电感器生产项目', '中璋重工智能运输设备项目']],
  ['list joined by 和', '年产10GW高效光伏组件项目、光伏玻璃深加工项目和储能电池系统集成项目相继签约', ['年产10GW高效光伏组件项目', '光伏玻璃深加工项目', '储能电池系统集成项目']],
  ['a verb and 、 before the name', '海得储能电站项目6月份洽谈10月份签约、徐工消防高空应急救援装备项目提前开工', ['海得储能电站项目', '徐工消防高空应急救援装备项目']],
  ['quotes that belong to the name', '推动协调解决格力电器、赣悦新材料、“橙中城”项目用地问题', ['“橙中城”项目']],
  ['Traditional Chinese', '總投資20億元的寧德時代鋰電池材料項目動工', ['寧德時代鋰電池材料項目']],
  ['capacity inside the name', '由该公司投资建设的年产5万吨磷酸铁锂项目开工', ['年产5万吨磷酸铁锂项目']],
  ['a count of pieces as capacity, a product word holding 像', '此次签约的宁波舜宇光电年产1亿颗摄像头模组项目总投资约30亿元', ['宁波舜宇光电年产1亿颗摄像头模组项目']],
  ['像 as "like" still ends a name', '像华讯智能终端项目这样的大项目', ['华讯智能终端项目']],
  ['ordinal inside the name', '投资建设的第6代柔性AMOLED生产线项目已建成', ['第6代柔性AMOLED生产线项目']],
  ['decimal ordinal inside the name', '投资480亿元建设的天马第8.6代新型显示面板生产线项目正加快推进', ['天马第8.6代新型显示面板生产线项目']],
  ['an amount ends the name', '投资5.5亿元新能源电池项目', ['新能源电池项目']],
  ['slash inside the name', '投资3亿元建设的半导体量测设备研发/生产及再制造项目稳步推进', ['半导体量测设备研发/生产及再制造项目']],
  ['short name after a semicolon', '贡献外资;中再项目可望一举解决问题', ['中再项目']],
  ['generic zone word kept inside the name', '总投资80亿元的高新区协鑫光伏电池项目', ['高新区协鑫光伏电池项目']],
  ['named zone as the place', '徐州高新区招引的枫景舜精密机械项目', ['枫景舜精密机械项目']],
  ['counted mention after', '一季度签约项目17个,合同资金达65.1亿元', []],
  ['counted mention before', '顺利推动华利总部等26个增资扩产项目落地', []],
  ['重大项目 and 重点项目', '全力推进重大项目建设,建立重点项目长效服务机制', []],
  ['many projects, also in Traditional text, are no name', '在本次推介会上,不少项目聚焦轨道交通,大量项目来自外省;青禾產業園憑借投資成為眾多項目中的焦點', []],
  ['verbs serving or stirring projects up take 项目 as their object, also in Traditional text', '配套工程将全部完工,满足项目投产需要;著力激發項目活力,樹牢項目為王理念', []],
  ['优质项目', '对市场潜力大、发展前景好的优质项目“绣球连抛”', []],
  ['a sector of the economy sorts projects into classes, whatever industry comes before it',
    '既有光电产业链制造业项目,也有港口关联生产性服务业项目;一产项目和三产项目分别为4个和7个;青禾铸件制造项目', ['青禾铸件制造项目']],
  ['a plant\'s product ending in 工业 still ends its name', '总投资9亿元的青禾年产5万吨铝箔工业项目开工', ['青禾年产5万吨铝箔工业项目']],
  ['该项目', '据了解,该项目主要从事产业园的建设', []],
  ['制造业项目', '其中制造业项目91个、占比96.8%', []],
  ['亿元以上项目', '新招引备案亿元以上项目83个', []],
  ['an industry category', '围绕中高端数控机床产业项目进行洽谈', []],
  ['a class of projects', '均为科技含量高的专精特新制造类项目', []],
  ['a verb with 项目 as its object', '全力做好项目落地,协调解决项目推进中的困难', []],
  ['a resultative verb', '跑出项目建设加速度,做到项目签约即进场', []],
  ['a quoted category', '“三类500强”项目5个', []],
  ['a slogan in quotes', '秉承“招商为要、项目为王”理念', []],
  ['province-level plan', '已获四川省级科技计划项目立项支持18项', []],
  // Planning verbs open the name's object, and a project named after an industry park is named.
  ['planning verbs before a park project', '该公司计划投建智能装备产业园项目，集团拟筹建汽车零部件产业园项目',
    ['智能装备产业园项目', '汽车零部件产业园项目']],
  ['a generic park in a project stays generic', '建设产业园项目，推进一批特色产业园项目', []],
  ['praise, standing and home growth are kinds of project', '一批重磅项目相继签约,国内领先项目落户,引进项目和内生项目并重', []],
  ['the next step and striving name no project', '为下一步项目招引打好基础,力争项目早日竣工', []],
  ['a demonstrative or distributive points back to a named project', '签约后,该精密轴承项目将于年内动工;鼓励各村发展稻虾共作项目,每周调度项目进度', []],
  ['a county before a province-led name is where the project is built', '分别为:平川县江苏恒晟智能装备制造项目,总投资2亿元;云溪区临沂市禾丰冷链项目', ['江苏恒晟智能装备制造项目', '临沂市禾丰冷链项目']],
  ['verbs of causing, settling and ruling take 项目 as their object', '原料涨价导致项目延期,甲乙两方商定解除项目协议,要求规范项目招标管理,争取达成项目共识', []],
  ['a neighbour said before 紧临 is no part of the name', '新厂区紧临恒晟新材料项目,将拉动项目周边消费', ['恒晟新材料项目']],
  ['a place or a brand before a quoted catchword opens the name', '总投资5亿元的平川县“绿谷”康养产业园项目开工;恒晟轴承“智造工厂”项目签约', ['平川县“绿谷”康养产业园项目', '恒晟轴承“智造工厂”项目']],
  ['a company, a verb or 、 before the quotes: the name starts at them', '恒晟新材料有限公司“青禾”项目落地,该县新建“丰收谷”项目、“稻香湾”项目', ['“青禾”项目', '“丰收谷”项目', '“稻香湾”项目']],
  ['a place before 年产 is where the plant is', '近日,福川县云溪镇年产3万吨竹纤维新材料项目开工', ['年产3万吨竹纤维新材料项目']],
  ['建 right after an amount is the verb, unless a word opens there', '青禾股份:拟投资7亿元建滨岭储能电池产业园项目;某公司投资3亿元建材产业园项目开工', ['滨岭储能电池产业园项目', '建材产业园项目']],
  ['a financing model alone before 项目 is a kind of project', '近日,青田县精选三大领域8个PPP项目展开招商,谋划可实施的PPP项目,推进重点BOT项目', []],
  ['a financing model after a name is part of its head', '丽水滨江片区综合开发PPP项目开工,云和县市政基础设施建设(PPP)项目签约', ['丽水滨江片区综合开发PPP项目', '云和县市政基础设施建设(PPP)项目']],
  ['generic words before a financing model are one project when its amount introduces it', '由远山建工投资30亿元的城市建设PPP项目开工,推进城市建设PPP项目', ['城市建设PPP项目']],
  ['之 as the "of" of a brand joins the name; 之 opening a word of its own ends it', '在滨河南岸打造梅之谷文旅度假项目,青川光伏产业园项目之后的储能项目', ['梅之谷文旅度假项目', '青川光伏产业园项目', '储能项目']],
  ['one dash between two name parts joins partners; a doubled dash sets off a clause', '总投资20亿元的中国—老挝青禾冷链物流中心项目开工;重点推进——远山智造产业园项目', ['中国—老挝青禾冷链物流中心项目', '远山智造产业园项目']],
  ['a verb qualifying the noun after it stays in the name', '总投资3亿元的青川数字经济综合服务中心项目、远山高端服务器研发项目开工', ['青川数字经济综合服务中心项目', '远山高端服务器研发项目']],
  ['和 after a whole named by words of its own ends the name; between products it does not', '青禾文旅影视基地和远山(桐城)影视城项目签约;青川储能电池研发和制造基地项目开工', ['远山(桐城)影视城项目', '青川储能电池研发和制造基地项目']],
  ['a verb before 及 is the first item of one name when a name of its own heads it; a short programme stays no name', '青川县远山化工废渣资源化利用及安全填埋项目开工;出台人才引进与教育项目扶持措施', ['青川县远山化工废渣资源化利用及安全填埋项目']],
  ['、 after a whole named on its own ends the name too', '远山五星级酒店、青禾商业综合体项目积极推进', ['青禾商业综合体项目']],
  ['a mill\'s spindles are a capacity inside the name', '由两地共建的青禾纺织产业园60万锭纺织项目总投资30亿元', ['青禾纺织产业园60万锭纺织项目']],
  ['places from the larger to the smaller stay in the name', '平川县云溪镇绿野茶旅综合体项目开工,临沂市平川县禾丰冷链项目签约', ['平川县云溪镇绿野茶旅综合体项目', '临沂市平川县禾丰冷链项目']],
];

describe('projects', () => {
  for (const [rule, text, projects] of CASES) {
    it(`${rule}: ${text}`, () => {
      assert.deepEqual(namesOf('PROJECT', text), projects);
    });
  }

  it('a pointed-back name holding an area park is left to the park scan and kept', () => {
    const text = '平川县稻香产业园去年开园。该稻香产业园一期项目包括冷库和加工车间。';
    assert.deepEqual(namesOf('PROJECT', text), ['稻香产业园一期项目']);
  });
});
