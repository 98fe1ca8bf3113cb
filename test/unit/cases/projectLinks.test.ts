// Links from an amount to its project.
import { strict as assert } from 'node:assert';
import { linksOf, projectsOf } from '../linkHelpers';

describe('a character lost in conversion, left as ? with its gloss tail', () => {
  it('keeps the project of the sentence for the amounts after it', () => {
    assert.deepEqual(linksOf('華興新材料項目投產後,預計年稅收超500萬元,年?lì)I業收入超8000萬元。'), [
      '500萬元: 華興新材料項目 - -',
      '8000萬元: 華興新材料項目 - -',
    ]);
  });
});

describe('the project named in the clause after, its phases, its name without 项目', () => {
  it('links the project a company builds with the money, named in the clause after it (`C拟投资X,在Q建设P项目`)', () => {
    assert.deepEqual(linksOf('华源新能科技公司拟投资4.2亿元,在江宁建设储能电池项目;宏达物流公司拟投资1.5亿美元,在溧水建设智慧仓储项目。'), [
      '4.2亿元: 储能电池项目 华源新能科技公司 -',
      '1.5亿美元: 智慧仓储项目 宏达物流公司 -',
    ]);
  });

  it('links the project the money founds or is used for right after it (`投资X建立P项目`, `投资X,用于P项目`)', () => {
    assert.deepEqual(linksOf('青岚控股集团投资3亿元建立智能终端研发项目;宏川精工集团投资6亿元建设精密模具项目。'), [
      '3亿元: 智能终端研发项目 青岚控股集团 -',
      '6亿元: 精密模具项目 宏川精工集团 -',
    ]);
    assert.deepEqual(linksOf('公司本次募集资金18亿元,用于锦川储能电池生产基地项目建设。'), ['18亿元: 锦川储能电池生产基地项目 - -']);
  });

  it('links the company and project after another feature of theirs (`总投资X、占地N亩的C公司P项目`)', () => {
    assert.deepEqual(linksOf('总投资2.6亿元、占地80亩的江州恒瑞新材料有限公司年产3万吨改性塑料项目正在试产。'), [
      '2.6亿元: 年产3万吨改性塑料项目 江州恒瑞新材料有限公司 -',
    ]);
  });

  it('keeps a phase said of the project itself (`该项目一期`, `P项目(二期):`) the project\'s', () => {
    assert.deepEqual(linksOf('全力推进鑫达轴承项目建设,目前,该项目一期已完成投资超亿元。'), ['亿元: 鑫达轴承项目 - -']);
    assert.deepEqual(linksOf('五\n城南污水处理厂扩建项目(二期):总投资2.1亿元,年度计划投资1亿元。'), [
      '2.1亿元: 城南污水处理厂扩建项目 - -',
      '1亿元: 城南污水处理厂扩建项目 - -',
    ]);
    // Another phase named as a project of its own still moves on from it.
    assert.deepEqual(linksOf('鑫达轴承项目已建成投产,二期项目总投资3亿元。'), ['3亿元: - - -']);
  });

  it('links a built thing named as the subject of its total, and an estate project, to their amounts', () => {
    assert.deepEqual(linksOf('其中,华岭云数据基地总投资80亿元,占地900亩。'), ['80亿元: 华岭云数据基地 - -']);
    assert.deepEqual(linksOf('据介绍,总投资10亿元的青岩精密材料产业园签约项目,规划用地200亩。'), ['10亿元: 青岩精密材料产业园签约项目 - -']);
  });

  it('links a project said by its name without places and 项目 when it opens the amount\'s clause', () => {
    const text = '近日,长兴县鑫达轴承项目建设进展顺利。\n据了解,鑫达轴承一期已投资8000万元,预计年内可实现产值3亿元、纳税2000万元。该项目全部达产后年产值可达12亿元。';
    assert.deepEqual(linksOf(text), [
      '8000万元: 长兴县鑫达轴承项目 - -',
      '3亿元: 长兴县鑫达轴承项目 - -',
      '2000万元: 长兴县鑫达轴承项目 - -',
      '12亿元: 长兴县鑫达轴承项目 - -',
    ]);
    // The short name must open the clause and be followed by what a project does.
    assert.deepEqual(linksOf('近日,长兴县鑫达轴承项目开工。\n据了解,全县今年已投资8000万元。'), ['8000万元: - - -']);
  });

  it('links no project to a ranking word the recogniser let through (`十强项目第一名`)', () => {
    const [first] = linksOf('十强项目第一名是来自滨江经济开发区的恒达年产300万套智能驾驶系统,投资总额6亿6000万元。');
    assert.equal(first.split(' ')[1], '-');
  });
});

describe('a headline led by the amount, the project after its exclamation mark', () => {
  it('links `总投资X!P项目开工` to the project, a park at the head of its name or not', () => {
    assert.deepEqual(linksOf('总投资超12亿元!禾川智慧冷链物流园项目开工\n10月8日,项目正式动工。'), ['12亿元: 禾川智慧冷链物流园项目 - -']);
    const text = '其中,德清高新区光伏产业园项目旨在发展绿色能源。\n原标题:总投资36亿元!浙江湖州德清高新区光伏产业园项目开工';
    assert.deepEqual(linksOf(text), ['36亿元: 光伏产业园项目 - 德清高新区']);
  });

  it('leaves a headline whose subject after the mark is no project unlinked', () => {
    assert.deepEqual(linksOf('总投资48亿元!柳川今年签约项目30个\n近日,全市举行仪式。'), ['48亿元: - - -']);
  });
});

describe('projects spoken of as a group', () => {
  it('gives `项目建成后` money no project once the paragraph says `这些项目`', () => {
    const text = '本次签约项目亮点突出。其中,投资8亿元的恒远新材料项目、投资2亿元的瑞丰冷链物流项目等各具特色。总体来看,这些项目科技含量高、带动能力强。项目全部建成后,预计年产值可达60亿元,税收3亿元。';
    assert.deepEqual(linksOf(text), [
      '8亿元: 恒远新材料项目 - -',
      '2亿元: 瑞丰冷链物流项目 - -',
      '60亿元: - - -',
      '3亿元: - - -',
    ]);
  });

  it('still gives `项目建成后` money the one project the paragraph spoke of', () => {
    const text = '本次签约项目亮点突出。其中,投资2亿元的瑞丰冷链物流项目科技含量高。项目全部建成后,预计年产值可达6亿元,税收3000万元。';
    assert.deepEqual(linksOf(text), [
      '2亿元: 瑞丰冷链物流项目 - -',
      '6亿元: 瑞丰冷链物流项目 - -',
      '3000万元: 瑞丰冷链物流项目 - -',
    ]);
  });
});

describe('a park\'s own project, a project carried into the next paragraph or kept by a batch word', () => {
  it('links a project said to be a park\'s own, and the amounts after its first in the sentence', () => {
    const text =
      '华创精密轴承生产项目是滨江高新区重点打造的“2+1”产业体系中的支撑性战略项目,计划总投资8亿元,占地120亩,' +
      '规划总建筑面积8万平方米,主营精密轴承、智能装备等业务,预计实现年销售10亿元、税收3000万元、亩均税收50万元。';
    assert.deepEqual(linksOf(text), [
      '8亿元: 华创精密轴承生产项目 - 滨江高新区',
      '10亿元: 华创精密轴承生产项目 - 滨江高新区',
      '3000万元: 华创精密轴承生产项目 - 滨江高新区',
      // an average over land sums no project's money (aggregate), but is reported where the project is
      '50万元: - - 滨江高新区',
    ]);
  });

  it('carries a project into the next paragraph when that paragraph opens with 项目投产后', () => {
    const text = '智能家居生产基地项目投资方为广东华居家居有限公司,投资额为5亿元。\n项目投产后,预计年税收3000万元。\n全市全年实现税收20亿元。';
    assert.deepEqual(linksOf(text), [
      '5亿元: 智能家居生产基地项目 广东华居家居有限公司 -',
      '3000万元: 智能家居生产基地项目 广东华居家居有限公司 -',
      '20亿元: - - -',
    ]);
  });

  it('keeps the project of a batch word before it as the subject its later sentences continue', () => {
    const text = '新开工的宁远智能装备产业园项目总占地200亩,将着力打造智能装备产业。项目建成投产后,预计实现年产值9亿元。';
    assert.deepEqual(linksOf(text), ['9亿元: 宁远智能装备产业园项目 - -']);
  });
});

describe('a project followed by its own event', () => {
  const OPENING = '4月9日,被列入青川县18个重点项目中的青川绿色食品产业园项目正式封顶。';

  it('makes the project the topic though a description comes before it, for 项目由C… after it', () => {
    const text = `${OPENING}项目由青川远帆投资有限公司筹划实施,总投资6.2亿元。`;
    assert.deepEqual(linksOf(text), ['6.2亿元: 青川绿色食品产业园项目 青川远帆投资有限公司 -']);
  });

  it('carries it to the next paragraph opened by 项目规划', () => {
    const text = `${OPENING}项目由青川远帆投资有限公司筹划实施,总投资6.2亿元。\n项目规划分为孵化和加工两个板块,预计投产后可实现年产值9亿元。`;
    assert.deepEqual(linksOf(text), [
      '6.2亿元: 青川绿色食品产业园项目 青川远帆投资有限公司 -',
      '9亿元: 青川绿色食品产业园项目 青川远帆投资有限公司 -',
    ]);
  });

  it('makes no topic when the project is not followed by its own event', () => {
    const text = '4月9日,被列入青川县18个重点项目中的青川绿色食品产业园项目进展顺利。全县项目由各乡镇筹划实施,总投资6.2亿元。';
    assert.deepEqual(linksOf(text), ['6.2亿元: - - -']);
  });
});

describe('the agreement\'s words are no project name', () => {
  it('reads `该协议规划项目总投资` and the next `其中一期` sentence as the agreement\'s project', () => {
    const text = '2015年,宏远新材公司搬迁至江淮高新技术产业开发区智造园区。\n2016年7月,公司与江淮现代煤化工产业园区管理委员会签订了《宏远新材年产3万吨树脂技改项目投资协议》。\n该协议规划项目总投资1.2亿元。其中一期建设投资4000万元,年产值1.5亿元。';
    const project = '宏远新材年产3万吨树脂技改项目 宏远新材公司 江淮现代煤化工产业园区';
    assert.deepEqual(linksOf(text), [`1.2亿元: ${project}`, `4000万元: ${project}`, `1.5亿元: ${project}`]);
  });
});

describe('a contract in the title restating the investment', () => {
  it('gives the title\'s contract amount the links of the project\'s investment of the same value', () => {
    const text = '某某股份:签订8亿元项目投资合同\n公司控股子公司将投资、建设和运营汽车座椅骨架智能工厂项目。项目计划总投资8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 汽车座椅骨架智能工厂项目 - -', '8亿元: 汽车座椅骨架智能工厂项目 - -']);
  });
});

describe('a breadcrumb trail above the title', () => {
  it('reads the line after the trail as the title, which restates its lead', () => {
    const text = '您的位置:首页 >> 证券要闻 >> 文章正文\n某某科技:拟8亿元投资建设电池材料生产基地\n公司拟在江西省抚州市青石工业园投资建设电池材料项目。该项目计划总投资8亿元。';
    assert.deepEqual(linksOf(text), ['8亿元: 电池材料项目 - 抚州市青石工业园', '8亿元: 电池材料项目 - 抚州市青石工业园']);
  });
});

describe('the thing built with the money, said without its place or 项目', () => {
  it('links the amount, and the output of what is built, to the project whose name ends so', () => {
    assert.deepEqual(linksOf('6月2日,青禾县政府和瑞丰集团签订协议,由瑞丰集团投资30亿元在青禾产业集聚区内兴建智能农机装备产业园,建成后预计年产值可达60亿元。\n青禾智能农机装备产业园项目将于年底开建。').map((l) => l.split(' ').slice(0, 2).join(' ')), [
      '30亿元: 青禾智能农机装备产业园项目',
      '60亿元: 青禾智能农机装备产业园项目',
    ]);
  });

  it('links nothing when no project of the article ends so', () => {
    assert.deepEqual(linksOf('由瑞丰集团投资30亿元在青禾产业集聚区内兴建智能农机装备产业园。青禾冷链物流中心项目同日签约。').map((l) => l.split(' ')[1]), ['-']);
  });

  it('reads a verb that starts the building (`启动建设`) the same way, and gives the project its phase in the next clause', () => {
    const text = '绿源新材料循环产业园项目今日举行签约仪式。\n特别是投资80亿元启动建设槐安新区绿源新材料循环产业园,一期总投资达25亿元。';
    assert.deepEqual(projectsOf(text), ['80亿元: 绿源新材料循环产业园项目', '25亿元: 绿源新材料循环产业园项目']);
  });
});

describe('a project building others (`P项目将建立…Q项目总部`, `P项目分别建设A、B项目`)', () => {
  it('gives the money to the project that builds, not to what it builds', () => {
    const text = '这些重点项目中,东岭数字港项目将建立以云计算为主的智慧物流项目总部,预计年营业收入不少于50亿元。';
    assert.deepEqual(projectsOf(text), ['50亿元: 东岭数字港项目']);
    const listed = '沙洲海洋牧场项目分3期建设,分别建设苗种繁育基地、“深远海养殖”、“海上休闲垂钓”项目,投资额18亿元。';
    assert.deepEqual(projectsOf(listed), ['18亿元: 沙洲海洋牧场项目']);
  });

  it('keeps the project built when a company builds it', () => {
    const text = '某某物流有限公司将建设智慧冷链物流项目,预计年营业收入12亿元。';
    assert.deepEqual(projectsOf(text), ['12亿元: 智慧冷链物流项目']);
  });
});

describe('a page that glosses its characters in pinyin (`項(xiàng)目`)', () => {
  const GLOSSED = '宏達(dá)電(diàn)子項(xiàng)目總投資共8億元,項(xiàng)目占地150畝,項(xiàng)目建成後,將加速岳陽經開區電(diàn)子產(chǎn)業(yè)提檔升級(jí),推動(dòng)區(qū)域經(jīng)濟(jì)發(fā)展,項(xiàng)目達(dá)產(chǎn)後,預(yù)計產(chǎn)值超20億元。';

  it('measures the stretch between the project and its amount as read, without the glosses', () => {
    assert.deepEqual(linksOf(GLOSSED).map((l) => l.split(' ')[1]), ['宏達(dá)電(diàn)子項(xiàng)目', '宏達(dá)電(diàn)子項(xiàng)目']);
  });
});

describe('a lead read through pinyin glosses', () => {
  it('reads back to `项目建成后` opening the sentence on a page glossing every character', () => {
    const text =
      '華盛新材料項(xiàng)目總投資20億元。\n' +
      '項(xiàng)目建成達(dá)產(chǎn)後(hòu),將(jiāng)形成集研發(fā)、製(zhì)造(zào)、包裝(zhuāng)、物流(liú)於一體的產(chǎn)業(yè)鏈(liàn),可實(shí)現(xiàn)年收入15億元。';
    assert.deepEqual(linksOf(text), ['20億元: 華盛新材料項(xiàng)目 - -', '15億元: 華盛新材料項(xiàng)目 - -']);
  });
});

describe('clauses after `;` listing what a project yields once built', () => {
  it('gives the amounts of the later clauses to the project, and stops at the sentence\'s end', () => {
    const text = '华盛新材料项目固定资产投资3200万美元。项目全部建成投产后,年产汽车顶棚13万件;年销售收入约1.3亿元,年税金约700万元。全市税收增长8%,达到5亿元。';
    assert.deepEqual(linksOf(text), ['3200万美元: 华盛新材料项目 - -', '1.3亿元: 华盛新材料项目 - -', '700万元: 华盛新材料项目 - -', '5亿元: - - -']);
  });
});

describe('a park written without the place its project\'s name opens with', () => {
  it('stands for the project, so `该项目` after it goes on about that project', () => {
    const text = '11月26日下午,杏林云生工业园项目正式落成并启用。\n据了解,云生工业园是杏林镇重点项目之一,由某村委会和企业签约共建。该项目占地70亩,总投资5000万元。';
    assert.deepEqual(linksOf(text), ['5000万元: 杏林云生工业园项目 - -']);
  });
});

describe('a sentence opened by the project\'s land or floor area', () => {
  it('goes on about the project the sentence before named', () => {
    const text = '某区政府与远帆实业股份有限公司签订协议,共同开发建设青松创意产业园项目。项目总占地面积3000亩,计划总投资120亿元。';
    assert.deepEqual(linksOf(text), ['120亿元: 青松创意产业园项目 远帆实业股份有限公司 -']);
  });
});

describe('a company\'s money building what its own clause names', () => {
  const TEXT = '当天签约的项目包括宏泰智慧康养产业园项目、白石生态农业项目等8个项目。其中,宏泰集团计划出资6亿元在白石镇建造现代农产品加工基地。';

  it('does not take the company\'s project named elsewhere for it', () => {
    assert.deepEqual(linksOf(TEXT), ['6亿元: - 宏泰集团 -']);
  });

  it('still takes that project when the clause builds nothing of its own', () => {
    assert.deepEqual(linksOf(TEXT.replace('在白石镇建造现代农产品加工基地', ',年内开工')), ['6亿元: 宏泰智慧康养产业园项目 宏泰集团 -']);
  });
});

describe('a project named as what the subject builds on (`P项目是在Q项目基础上…`)', () => {
  const TEXT = '青禾(江城)储能科技有限公司储能柜项目是在江城县500MW风电项目基础上,进一步延伸新能源产业链的重要举措,总投资4亿元,预计实现年产值12亿元。';

  it('gives the money to the subject, not to the project it builds on', () => {
    assert.deepEqual(linksOf(TEXT).map((line) => line.split(' ').slice(0, 2).join(' ')), ['4亿元: 储能柜项目', '12亿元: 储能柜项目']);
  });

  it('passes over a project named as an example (`以Q项目为代表,总投资X的…`), not one named as the case (`以Q为例,该项目…`)', () => {
    const text = '17日上午,以青禾新型材料智能化生产基地(二期)项目为代表,总投资320亿元的某某市综合产业园区正式开工建设。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['-']);
    const example = '以青禾新型电力系统示范区项目为例,该项目计划投资超50亿元。';
    assert.deepEqual(linksOf(example).map((line) => line.split(' ')[1]), ['青禾新型电力系统示范区项目']);
  });

  it('still gives it to the nearest project when no 基础上 frames it', () => {
    const text = TEXT.replace('是在江城县500MW风电项目基础上,进一步', '投产后,江城县500MW风电项目将');
    assert.deepEqual(linksOf(text)[0].split(' ')[1], '江城县500MW风电项目');
  });
});

describe('the company written right before this mention of a project', () => {
  it('wins over the company an earlier mention of the same project was written after', () => {
    const text =
      '青禾(江城)智能科技产业园一期项目暨储能科技有限公司储能柜项目竣工投产\n' +
      '青禾(江城)储能科技有限公司储能柜项目是在江城县500MW风电项目基础上延伸产业链的重要举措,总投资4亿元。';
    const links = linksOf(text).filter((line) => line.startsWith('4亿元'));
    assert.deepEqual(links.map((line) => line.split(' ')[2]), ['青禾(江城)储能科技有限公司']);
  });
});

describe('money put into a company\'s capital (`对C增资X`)', () => {
  const TEXT = '青禾科技晚间公告,公司全资子公司白鹭公司拟投资6000万元建设青禾科技城项目。此前,青禾科技公告拟对全资子公司白鹭公司增资8000万元。';

  it('is no project\'s money, though the company has a project', () => {
    assert.deepEqual(linksOf(TEXT).map((line) => line.split(' ')[1]), ['青禾科技城项目', '-']);
  });

  it('still gives the company\'s project to money it invests', () => {
    const text = TEXT.replace('拟对全资子公司白鹭公司增资8000万元', '拟追加投资8000万元');
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾科技城项目', '青禾科技城项目']);
  });
});


describe('a project before the companies a clause opened by 由 or 被 names', () => {
  it('keeps the project for the money after them (`P项目,则被C1和C2拿下,项目总投资X`)', () => {
    const text = '丽江市古城区的玉湖云端康养小镇项目,则被青岚文旅集团和远帆置业有限公司拿下,项目总投资28亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['玉湖云端康养小镇项目']);
  });

  it('keeps it past a joint venture\'s partners (`P项目,由C1与C2合资,计划一期总投资X`)', () => {
    const text = '园区今年引进多个项目,其中包括青禾精密铸造项目,由远帆重工集团与华岳机械有限公司合资,计划一期总投资3.6亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[1]), ['青禾精密铸造项目']);
  });

  it('does not when the company is the subject of its clause', () => {
    assert.deepEqual(linksOf('青禾精密铸造项目已经开工,远帆重工集团计划总投资3.6亿元。').map((line) => line.split(' ')[1]), ['-']);
  });
});

describe('money allotted to works named right before it without 项目', () => {
  it('links each amount of an allotment list to the project the article names with 项目 elsewhere', () => {
    const text = '省里下达专项资金9亿元,其中清溪河防洪堤工程4亿元,北岭引水隧洞工程约3亿元,东湖(上段)湿地公园建设工程2亿元。\n清溪河防洪堤工程项目总投资20亿元。北岭引水隧洞工程项目总投资12亿元。湿地公园建设工程项目总投资6亿元。';
    assert.deepEqual(projectsOf(text).slice(1, 4), [
      '4亿元: 清溪河防洪堤工程项目',
      '3亿元: 北岭引水隧洞工程项目',
      '2亿元: 湿地公园建设工程项目',
    ]);
  });

  it('links nothing when the works before the amount are named by no project of the article', () => {
    const text = '其中西江航道整治工程3亿元。\n南山水库工程项目总投资30亿元,北岭引水隧洞工程项目总投资12亿元。';
    assert.deepEqual(projectsOf(text)[0], '3亿元: -');
  });
});

describe('a project span that only says what kind of project another is', () => {
  it('keeps the money for the project named before a copula\'s predicate (`这是K关键节点项目,总投资X`)', () => {
    const text = '远帆化工与白沙签署远帆PX三期项目投资合作协议,这是化工产业关键节点项目,总投资45亿元,设计年产值约120亿元。';
    assert.deepEqual(projectsOf(text), ['45亿元: 远帆PX三期项目', '120亿元: 远帆PX三期项目']);
  });

  it('leaves the project described by an apposition and a predicate the paragraph\'s topic', () => {
    const text = '被誉为“一座横跨海峡的桥梁”的炼化项目——远帆湾区乙烯项目,是外商在华独资建设的首个重大炼化项目,在今年5月开工。项目分两期建设,一期项目投资约210亿元。';
    assert.deepEqual(projectsOf(text), ['210亿元: 远帆湾区乙烯项目']);
  });

  it('still reads a name after 是 when something is named before it in its clause', () => {
    const text = '本次签约的重点项目是由白沙县与远帆化工有限公司签订的总投资5亿元、年产3万吨的青禾新材料项目。';
    assert.deepEqual(projectsOf(text), ['5亿元: 青禾新材料项目']);
  });
});

describe('a `、` list whose items each name a project and its money', () => {
  it('gives each item its own project (`P1项目总投资X、P2项目总投资Y`, `P项目、总投资X`)', () => {
    const text = '其中,青禾湾储能电站项目总投资42亿元、白沙港冷链物流中心项目总投资18亿元。';
    assert.deepEqual(projectsOf(text), ['42亿元: 青禾湾储能电站项目', '18亿元: 白沙港冷链物流中心项目']);
    assert.deepEqual(projectsOf('远帆县青禾茶叶精深加工项目、总投资1.6亿元;白沙县远山牧业肉羊养殖项目,总投资2亿元。'), [
      '1.6亿元: 远帆县青禾茶叶精深加工项目',
      '2亿元: 白沙县远山牧业肉羊养殖项目',
    ]);
  });

  it('gives an item opened by a name that is no project none of the item before', () => {
    const text = '其中,远帆湾区乙烯项目总投资60亿元、青禾湾储能电站项目总投资42亿元、白沙港综合保税区基础设施配套工程总投资18亿元。';
    assert.deepEqual(projectsOf(text), ['60亿元: 远帆湾区乙烯项目', '42亿元: 青禾湾储能电站项目', '18亿元: -']);
  });

  it('still shares the money before a list of project names among them (`总投资X、A项目、B项目`)', () => {
    assert.deepEqual(projectsOf('总投资6亿元、青禾电子项目、远帆光伏项目落户白沙经开区。'), ['6亿元: -']);
  });
});

describe('an amount qualifying the name after it (`总投资Y的P,总投资X的…`)', () => {
  it('does not give it the project the amount before qualified', () => {
    const text = '本次开工项目中,有总投资50亿元的白沙县冷链交易中心,总投资30亿元的远帆新型涂料及树脂等化工新材料基地项目,总投资12亿元的青禾智能装备产业园项目。';
    assert.deepEqual(projectsOf(text), ['50亿元: 白沙县冷链交易中心', '30亿元: -', '12亿元: 青禾智能装备产业园项目']);
  });

  it('still gives a project\'s own amount after its name the project (`P项目总投资X,总投资Y的…`)', () => {
    assert.deepEqual(projectsOf('白沙县冷链交易中心项目总投资50亿元,建成后年营业收入30亿元。'), ['50亿元: 白沙县冷链交易中心项目', '30亿元: 白沙县冷链交易中心项目']);
  });
});

describe('the bare word 项目 opening a clause with where the project lies or what it yields each year', () => {
  it('carries a project heading into the paragraph opened by `项目位于`/`项目选址` (`P项目`⏎`项目位于K,总投资X`)', () => {
    const text = '签约项目一览\n青禾智能轴承生产基地项目\n项目位于远帆经济开发区,总投资6.8亿元。\n白沙冷链仓储中心项目\n项目选址白沙港东侧地块。总投资3.2亿元,由白沙物流有限公司投资建设。';
    assert.deepEqual(projectsOf(text), ['6.8亿元: 青禾智能轴承生产基地项目', '3.2亿元: 白沙冷链仓储中心项目']);
    // A paragraph opened by another subject is no continuation of the heading.
    assert.deepEqual(projectsOf('青禾智能轴承生产基地项目\n全县位于远帆河两岸,今年总投资6.8亿元。'), ['6.8亿元: -']);
  });

  it('reads `项目年…` (the project\'s yearly figure) as the paragraph\'s project taken up', () => {
    const text = '青禾精细化工有限公司年产5万吨电子级溶剂项目上月通过环评,明年建成。建成后,项目年可贡献税收3000万元、产值超3亿元。';
    assert.deepEqual(projectsOf(text), ['3000万元: 年产5万吨电子级溶剂项目', '3亿元: 年产5万吨电子级溶剂项目']);
    // Not a clause opened by another word before 项目 (`重点项目年…`).
    assert.deepEqual(projectsOf('青禾精细化工有限公司年产5万吨电子级溶剂项目上月通过环评,明年建成。建成后,全县重点项目年可贡献税收3000万元、产值超3亿元。'), ['3000万元: -', '3亿元: -']);
  });
});

describe('a project the sentence\'s subject project builds, serves or is', () => {
  it('keeps the money after it the subject\'s (`该项目…,同时建设Q项目,…收入X`, `P项目…,主要为满足Q项目的…,产值X`)', () => {
    const text = '青禾新材料项目已正式落户远帆经开区。据了解,该项目一期投资80亿元,同时建设高端涂层材料研发中心项目,满产后年销售收入可达95.5亿元。';
    assert.deepEqual(projectsOf(text), ['80亿元: 青禾新材料项目', '95.5亿元: 青禾新材料项目']);
    const served = '特种树脂项目由白沙化工集团投资3.2亿元建设,主要为满足远帆炼化升级改造项目的原料需求,达产后年产值7.6亿元。';
    assert.deepEqual(projectsOf(served), ['3.2亿元: 特种树脂项目', '7.6亿元: 特种树脂项目']);
  });

  it('keeps the subject\'s money when a copula gives it a class named as a project (`P项目也是K…的Q项目,…,项目计划投资X`)', () => {
    const text = '白沙光伏玻璃深加工项目也是远帆新材料产业园今年引进的配套玻璃项目,建成后产品全部出口,项目计划投资12.4亿元。';
    assert.deepEqual(projectsOf(text), ['12.4亿元: 白沙光伏玻璃深加工项目']);
  });

  it('still gives the money to a project a company builds, no subject project before it', () => {
    assert.deepEqual(projectsOf('据悉,白沙化工集团计划投资5亿元,建设特种树脂项目,预计年可实现产值9亿元。'), ['5亿元: 特种树脂项目', '9亿元: 特种树脂项目']);
  });
});

describe('the clause after the amount building the project where it says (`C投资X,将在Q建设P项目`)', () => {
  it('reads a modal before the place and the head of the name the project span leaves out after the verb', () => {
    assert.deepEqual(projectsOf('华源新能科技有限公司投资近6亿元,将在江宁建设储能电池项目。'), ['6亿元: 储能电池项目']);
    assert.deepEqual(projectsOf('宏达文旅发展有限公司拟投资12亿元,在远帆新区建设青禾1958历史文化街区项目。'), ['12亿元: 历史文化街区项目']);
  });

  it('links no project the clause does not build (`将在Q建设厂房,P项目…`)', () => {
    assert.deepEqual(projectsOf('华源新能科技有限公司投资近6亿元,将在江宁建设厂房,储能电池项目同步开工。'), ['6亿元: -']);
  });
});

describe('a project written without 项目 next to its amount, named with it elsewhere in the article', () => {
  it('links the amount to the project its 的 introduces by its name alone (`总投资X的P、总投资Y的Q`)', () => {
    const text = '今年签约的重大项目包括总投资80亿元的云岭智慧康养城、总投资30亿元的江州数字文创港。\n云岭智慧康养城项目由华岳集团建设,江州数字文创港项目已开工。';
    assert.deepEqual(linksOf(text), ['80亿元: 云岭智慧康养城项目 华岳集团 -', '30亿元: 江州数字文创港项目 - -']);
  });

  it('links the amount to the project whose name alone ends the clause before its investment (`P,总投资X`)', () => {
    const text = '此次签约的项目中,投资最多的是青峰山温泉度假城,总投资60亿元,建设温泉酒店。\n青峰山温泉度假城项目由华岳集团投资,白沙湾物流园项目由远通物流公司投资。';
    assert.deepEqual(linksOf(text), ['60亿元: 青峰山温泉度假城项目 华岳集团 -']);
  });

  it('links none when the name after the amount is no project of the article', () => {
    const text = '包括总投资20亿元的青川科技金融基金、总投资9亿元的白沙湾物流园项目。';
    assert.deepEqual(linksOf(text), ['20亿元: - - -', '9亿元: 白沙湾物流园项目 - -']);
  });
});
