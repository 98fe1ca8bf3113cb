// Paragraphs written for the kinds of miss found when the engine was measured on a sixth and a
// seventh set of fresh articles nobody had tuned on (mainland local-government news, rich in parks;
// newspaper mirrors): families of park suffixes, parks named after the county that hosts them,
// zones written before a company's name, lists of projects, and amounts in mirrored copies. Every
// sentence is invented in the genre, not taken from an article.
// Marked spans (`[[LABEL:text]]`) are every PARK/PROJECT/COMPANY the paragraph must yield.
import { strict as assert } from 'node:assert';
import { recognize } from '../../src/core/recognition/recognize';
import { assertNames } from './namedEntityHelpers';

const money = (text: string): string[] =>
  recognize(text)
    .filter((e) => e.label === 'MONEY')
    .map((e) => `${e.text} ${e.value} ${e.role}`);

describe('sixth-round misses: families of park suffixes', () => {
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

  it('reads a long descriptive park name through its place', () => {
    assertNames('总投资8亿元的[[PARK:遂宁高端精密电子元器件智能终端材料产业园]]开工。');
  });
});

describe('sixth-round misses: where a park name starts and whether it is one', () => {
  it('ends a park name at an aspect particle, a photo credit, a grant verb and 扩大', () => {
    assertNames('随着[[PARK:锦江光电产业园]]建成,预示着[[PARK:宜州经开区]]进入快车道。');
    assertNames('记者 张三 摄[[PARK:图木舒克经济技术开发区]]管委会供图。');
    assertNames('此举将扩大[[PARK:城南科教园区]]的影响。');
    assertNames('全年争取落实到位省产业园区发展资金300万元。');
  });

  it('reads a scale or start-ups alone as a kind of park, but a park right after its zone as named by it', () => {
    assertNames('这是一个集研发、生产于一体的规模化产业园区。从创业产业园到孵化器,配套齐全。');
    assertNames('公司总部设在[[PARK:湘潭经开区]][[PARK:创业创新园]]。');
  });

  it('joins a zone and its base named after the county that hosts it, not a base named after what it does', () => {
    assertNames('两地共建“[[PARK:徐州高新区睢宁基地]]”。');
    assertNames('项目落户[[PARK:徐州高新区]]研发基地。');
  });

  it('keeps a county whose first character is a verb (获嘉) in the park name', () => {
    assertNames('位于亢村镇的[[PARK:获嘉食品产业园]]已有企业入驻。');
  });
});

describe('sixth-round misses: companies', () => {
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
});

describe('sixth-round misses: projects', () => {
  it('keeps the last of a list of named projects before the list count', () => {
    assertNames('[[PROJECT:青峰数据中心项目]]、[[PROJECT:河谷冷链物流项目]]、[[PROJECT:蓝湾文旅小镇项目]]3项参加签约。');
  });

  it('ends a list item at a production line or a bracketed phase', () => {
    assertNames('[[COMPANY:金源食品有限公司]]年产2万吨果汁生产线、[[PROJECT:城东物流中心建设项目]]等正在建设。');
    assertNames('包括西区装备产业园(一期)、[[PROJECT:北山中药材加工基地建设项目]]等30个项目。');
  });

  it('ends a project name at verbs, times and a park company said before it', () => {
    assertNames('场地已具备项目入驻条件,已办理完毕项目备案,预计本月底项目奠基。');
    assertNames('下设项目办公室和项目征地组,委托研究所编制项目报告,继续加大项目建设力度。');
    assertNames('加快新入园企业[[PROJECT:宏远茶叶项目]]建设。');
  });

  it('keeps 投资基金 in a fund project name, and the multiplier of an amount out of the next name', () => {
    assertNames('[[PROJECT:丝路产业投资基金项目]]落地。');
    assertNames('投资2.5亿[[PROJECT:山泉矿泉水生产项目]]已签约。');
  });

  it('reads numbered slogans, variant determiners, size words and an agreement as no name', () => {
    assertNames('推进“双百”项目,预计部份项目年内竣工,进一步加大重特大项目招引。该协议规划项目用地80亩。');
    assertNames('张家口市区“一企一策”聚项目。');
  });

  it('takes a capacity in cubic metres into the name', () => {
    assertNames('[[COMPANY:恒林木业有限公司]][[PROJECT:年产8万立方米刨花板项目]]开工。');
  });
});

describe('sixth-round misses: money', () => {
  it('reads the ideographic full stop between digits as a decimal point before a multiplier', () => {
    assert.deepEqual(money('全年完成投资86。4亿元、增长11。2%。'), ['86。4亿元 8640000000 completed']);
    // After a year, or without a multiplier, it ends a sentence.
    assert.deepEqual(money('园区始建于2006。5亿元以上项目8个。'), ['5亿元 500000000 threshold']);
  });

  it('reads 百亿 before a counted class of parks or companies as a threshold', () => {
    assert.deepEqual(money('全市过百亿园区4个,超百亿企业6家。'), ['百亿 10000000000 threshold', '百亿 10000000000 threshold']);
    // Without a count it is no size class.
    assert.deepEqual(money('打造百亿园区的目标不变。'), []);
  });

  it('reads an amount without 元 right before a project name as money', () => {
    assert.deepEqual(money('投资2.5亿山泉矿泉水生产项目已签约。'), ['2.5亿 250000000 investment']);
  });
});
