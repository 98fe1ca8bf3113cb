// The kind of money an amount is (its 金额类型: investment, signed, foreign, revenue, tax…).
import { strict as assert } from 'node:assert';
import { recognize } from '../../../src/core/recognition/recognize';
import { attributes } from '../attributeHelpers';
import { assertMoney, itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';

const PARAGRAPHS: readonly MarkedParagraph[] = [
  [
    'capital from Taiwan and Hong Kong is foreign capital, next to total investment',
    '今年1-9月，全市新批台资项目12个，总投资8.6亿美元，合同台资3.1亿美元；新批港资项目5个，协议港资9000万美元。',
    [
      { text: '8.6亿美元', currency: 'USD', role: 'investment', scope: 'aggregate' },
      { text: '3.1亿美元', currency: 'USD', role: 'foreign', scope: 'aggregate' },
      { text: '9000万美元', value: 9e7, role: 'foreign', scope: 'aggregate' },
    ],
  ],
];

describe('whole paragraphs: their marked names and the attributes of each amount', () => {
  itChecksParagraphs(PARAGRAPHS);
});

describe('a budget set aside for a plan', () => {
  it('reads a project or plan budget as investment, a government budget revenue as other', () => {
    assert.deepEqual(attributes('園管局推動廠房更新計畫,編列十二‧五億元專案預算。').map((a) => a.split(' ')[1]), ['investment']);
    assert.deepEqual(attributes('全縣一般公共預算收入12億元。').map((a) => a.split(' ')[1]), ['other']);
  });
});

describe('kinds of money named by a word of their own', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads value added, export earnings, invoiced sales, guidance funds and trade', () => {
    assert.deepEqual(roles('一季度全区完成规模以上工业增加值41亿元,实现出口创汇3000万美元。'), ['41亿元 revenue', '3000万美元 revenue']);
    assert.deepEqual(roles('项目投产后年可实现国税开票2亿元,利税1500万元。'), ['2亿元 revenue', '1500万元 tax']);
    assert.deepEqual(roles('全年争取落实到位省级园区发展引导资金800万元。'), ['800万元 funding']);
    assert.deepEqual(roles('1-9月营业额达320亿元;进出口贸易总额达150亿元。'), ['320亿元 revenue', '150亿元 other']);
  });

  it('reads the value added of industry as revenue, that of a sector or the economy as other', () => {
    assert.deepEqual(roles('上半年,某县规上工业增加值达18亿元,第三产业增加值42.6亿元,增长3.1%。'), ['18亿元 revenue', '42.6亿元 other']);
    assert.deepEqual(roles('去年全市实现农业增加值960亿元,文旅企业累计实现增加值35亿元。'), ['960亿元 other', '35亿元 other']);
  });

  it('reads what investments earn as other, and capital arrived said of one investor as completed', () => {
    assert.deepEqual(roles('今年前三季度,本地上市公司赴海外投资收益达620亿元,比去年同期增加85亿元。'), ['620亿元 other', '85亿元 other']);
    // The investment itself keeps its kind.
    assert.deepEqual(roles('今年前三季度,本地上市公司赴海外投资达620亿元。'), ['620亿元 investment']);
    assert.deepEqual(roles('一季度,从事精密模具制造的漳州恒远精机到资1.6亿元。'), ['1.6亿元 completed']);
  });

  it('reads an amount between 的 and a money noun as that noun\'s kind, over a cue earlier in its clause', () => {
    assert.deepEqual(roles('增资青禾投资公司所需资金规划以澄江食品公司盈余配发的人民币1.8亿现金股利支应。'), ['人民币1.8亿 other']);
    assert.deepEqual(roles('园区投资促进局引进的3亿美元外资全部到位。'), ['3亿美元 foreign']);
    // No 的 before it: the cue before the amount still decides.
    assert.deepEqual(roles('园区投资促进局引进3亿美元,全部到位。'), ['3亿美元 investment']);
  });

  it('reads an investment\'s estimated cost as investment, other costs as other', () => {
    assert.deepEqual(roles('某某控股订立投资协议,估计总投资成本约45亿港元。'), ['45亿港元 investment']);
    assert.deepEqual(roles('园区企业用电成本下降1200万元。'), ['1200万元 other']);
  });

  it('reads `斥` alone right before an amount as the investor\'s outlay, one party\'s', () => {
    assert.deepEqual(attributes('港股异动︱拟斥60亿港元建设铜箔基地 某某控股(08123)现涨3%'), ['60亿港元 investment item']);
  });
});

describe('a list of figures in ; clauses naming their kind once', () => {
  it('gives each later clause without a cue the kind of the clause that names it', () => {
    assert.deepEqual(attributes('其中东岭开发区主营业务收入512.3亿元,排名第四;南湖工业园286.1亿元,排名第九;西山高新区103.7亿元,排名第四十。'), [
      // A park's own figures are a sum over its firms.
      '512.3亿元 revenue aggregate',
      '286.1亿元 revenue aggregate',
      '103.7亿元 revenue aggregate',
    ]);
  });

  it('leaves a clause that names money of its own, or a list without amounts, alone', () => {
    assert.deepEqual(attributes('今年营收增长明显;另有一笔5亿元。').map((a) => a.split(' ')[1]), ['other']);
  });
});

describe('the kind of money', () => {
  const money = attributes;

  it('reads the total investment written into a contract as signed money', () => {
    assert.deepEqual(money('签约重大项目40个,正式合同投资额912.3亿元。'), ['912.3亿元 contract aggregate']);
    assert.deepEqual(money('两地签约项目9个,合同总投资33亿元。'), ['33亿元 contract aggregate']);
  });

  it('reads an agreement\'s total investment as investment, its agreed figure as signed money', () => {
    assert.deepEqual(money('当天共签下工业项目12个,协议总投资86.4亿元。'), ['86.4亿元 investment aggregate']);
    assert.deepEqual(money('青禾县共签订6个食品加工项目,协议总投资额27亿元。'), ['27亿元 investment aggregate']);
    assert.deepEqual(money('今年签约工业项目31个,协议投资额412.6亿元。'), ['412.6亿元 contract aggregate']);
  });

  it('keeps a total investment with no agreement word as investment', () => {
    assert.deepEqual(money('本次集中签约项目12个,总投资86.4亿元。'), ['86.4亿元 investment aggregate']);
  });

  it('reads 投融资总额 as investment, 融资 alone as funding', () => {
    const roles = (text: string): string[] =>
      recognize(text)
        .filter((e) => e.label === 'MONEY')
        .map((e) => `${e.text} ${e.role}`);
    assert.deepEqual(roles('五个项目签约,投融资总额36.5亿元。其中某某公司融资2亿元。'), ['36.5亿元 investment', '2亿元 funding']);
  });

  it('reads the total investment written into the agreements (协议投资总额) as signed money', () => {
    assert.deepEqual(money('本次共签约项目36个,协议投资总额128亿元。'), ['128亿元 contract aggregate']);
    assert.deepEqual(money('双方签约项目9个,合同投资总额47亿元。'), ['47亿元 contract aggregate']);
    // A plain total investment stays investment.
    assert.deepEqual(money('本次共签约项目36个,投资总额128亿元。'), ['128亿元 investment aggregate']);
  });

  it('reads completing a park’s infrastructure investment as completed investment', () => {
    assert.deepEqual(money('今年以来,青峰工业园完成基础设施投资3.4亿元。'), ['3.4亿元 completed aggregate']);
    assert.deepEqual(money('全年累计完成基础建设投资6200万元,园区道路全线贯通。'), ['6200万元 completed aggregate']);
    // Planned infrastructure investment is no completion.
    assert.deepEqual(money('园区计划基础设施投资5亿元。'), ['5亿元 investment aggregate']);
    // A zone's infrastructure investment summed so far, `累计` after it: invested already, and the zone's own.
    assert.deepEqual(money('截至去年底,某某工业区基础设施投资额累计超过2.6亿美元,入驻企业来自5个国家。'), ['2.6亿美元 completed item']);
    assert.deepEqual(money('截至目前,合作区基础设施投资累计达8000万美元,吸引投资近6亿美元。')[0], '8000万美元 completed item');
  });

  it('reads money put into infrastructure or fixed assets after a completion verb as completed investment', () => {
    assert.deepEqual(money('1-9月全县各园区完成基础设施投入12.6亿元,同比增长9.4%。'), ['12.6亿元 completed aggregate']);
    assert.deepEqual(money('目前竣工项目310个,累计完成固定资产投入845亿元。'), ['845亿元 completed aggregate']);
  });

  it('reads a period figure reported as completed by the kind named right before the verb', () => {
    const figures = money('上半年,全区地区生产总值完成7.2亿元,增长9%;规上工业总产值完成21.5亿元,增长6.3%;'
      + '工业增加值完成5.1亿元;固定资产投资完成1.3亿元;一般公共预算财政收入完成2.4亿元;企业实缴税金完成5180万元。');
    assert.deepEqual(figures, ['7.2亿元 other aggregate', '21.5亿元 revenue aggregate', '5.1亿元 revenue aggregate',
      '1.3亿元 completed aggregate', '2.4亿元 other aggregate', '5180万元 tax aggregate']);
    // The verb alone still says the money is done.
    assert.deepEqual(money('截至目前,项目已完成8000万元,厂房主体封顶。').map((m) => m.split(' ')[1]), ['completed']);
  });

  it('reads the capital attracted by the parts of a signed total (其中…引资额) as signed money', () => {
    const text = '上半年共洽谈项目31个,协议资金额96.4亿元。其中,签约项目7个,引资额20.5亿元;协议项目3个,引资额1.2亿元;意向项目8个,引资额74.7亿元。';
    assert.deepEqual(money(text).map((m) => m.split(' ').slice(0, 2).join(' ')), ['96.4亿元 contract', '20.5亿元 contract', '1.2亿元 contract', '74.7亿元 contract']);
    // Without a signed whole before it, capital attracted stays investment.
    assert.deepEqual(money('今年以来,园区新建项目5个,引资额8.6亿元。').map((m) => m.split(' ')[1]), ['investment']);
  });

  it('reads capital attracted right after a count of signed projects as signed money', () => {
    assert.deepEqual(money('目前,青禾工业园已签订合同项目27个,引资约45亿元。'), ['45亿元 contract aggregate']);
    // Projects brought in, not signed: investment.
    assert.deepEqual(money('目前,青禾工业园已引进项目27个,引资约45亿元。'), ['45亿元 investment aggregate']);
  });

  it('reads the total of projects signed, started and put into production together as their investment', () => {
    assert.deepEqual(money('当天,全县集中签约、开工、投产项目共计46个,总额超210亿元。').map((m) => m.split(' ')[1]), ['investment']);
    // Projects only signed: the total is signed money.
    assert.deepEqual(money('当天,全县集中签约项目共计46个,总额超210亿元。').map((m) => m.split(' ')[1]), ['contract']);
  });

  it('reads the total investment of a contract (合同总投资额) as signed money', () => {
    assert.deepEqual(money('在开工仪式上,集中签约的14个项目合同总投资额186.5亿元。'), ['186.5亿元 contract aggregate']);
  });

  it('reads what a park has invested so far (累计投资, 累计投入, 已投入, 共投入) as completed investment', () => {
    assert.deepEqual(money('其中,白沙工业园累计投资3.8亿元,实施道路、供水等工程。'), ['3.8亿元 completed aggregate']);
    assert.deepEqual(money('项目已投入1.2亿元,主体厂房即将封顶。'), ['1.2亿元 completed item']);
    assert.deepEqual(money('该园区累计投入基础设施资金9亿元。'), ['9亿元 completed aggregate']);
    assert.deepEqual(money('上半年,各园区道路管网建设共投入12.6亿元。'), ['12.6亿元 completed aggregate']);
    // Money a company puts into something, without 已 or 累计, stays investment.
    assert.deepEqual(money('华远公司投入6000万元,新建两条生产线。'), ['6000万元 investment item']);
  });

  it('reads profit written in Traditional (利潤) as other money, not the tax before it', () => {
    assert.deepEqual(money('項目投產後,年銷售收入約2.6億元,年稅金約900萬元,利潤約400萬元。'), [
      '2.6億元 revenue item',
      '900萬元 tax item',
      '400萬元 other item',
    ]);
  });

  it('gives every item of a long list of amounts before their projects the kind of the list’s heading', () => {
    const text =
      '首批五大项目包括:投资40亿元的青禾汽车变速箱项目、7亿元的远帆滤清系统项目、3亿元的丰谷汽车天窗项目、' +
      '18亿元的长岭专用车项目、9000万美元的白石金属表面处理设备项目。';
    assert.deepEqual(money(text), [
      '40亿元 investment item',
      '7亿元 investment item',
      '3亿元 investment item',
      '18亿元 investment item',
      '9000万美元 investment item',
    ]);
  });

  it('reads investment attracted under signed contracts (合同引资额) as signed money', () => {
    assert.deepEqual(money('今年新签约项目14个,合同引资额达58.3亿元。'), ['58.3亿元 contract aggregate']);
  });

  it('reads the money of the signed projects right before the amount as signed money', () => {
    assert.deepEqual(money('今年全市招商引资的目标任务是签约项目900亿元。'), ['900亿元 contract aggregate']);
    // A kind of money nearer the amount still decides.
    assert.deepEqual(money('全市签约项目12个,总投资30亿元。'), ['30亿元 investment aggregate']);
  });

  it('reads completing the investment attracted (完成招商引资额) as investment, as a target of that kind', () => {
    assert.deepEqual(money('一季度,青河县共完成全口径招商引资额16亿元。'), ['16亿元 investment aggregate']);
    // Completed investment of other kinds stays completed.
    assert.deepEqual(money('一季度,青河县共完成工业投资12亿元。'), ['12亿元 completed aggregate']);
  });
});

describe('output stated in money', () => {
  it('takes output stated in money as revenue', () => {
    assertMoney('总投资2亿元的华泰轴承项目，建成后年产量可达5亿元。', [
      { text: '2亿元', role: 'investment', scope: 'item' },
      { text: '5亿元', role: 'revenue', scope: 'item' },
    ]);
  });
});

describe('a year\'s output value (年生产总值)', () => {
  it('reads a project\'s 年生产总值 as revenue, a region\'s 生产总值 as other', () => {
    assert.deepEqual(attributes('项目建成后,年生产总值将达12.3亿元。'), ['12.3亿元 revenue item']);
    assert.deepEqual(attributes('全县实现地区生产总值210亿元。'), ['210亿元 other aggregate']);
    assert.deepEqual(attributes('该县全年生产总值210亿元。'), ['210亿元 other aggregate']);
  });
});

describe('completed investment of a longer kind (完成高技术制造业投资)', () => {
  it('reads 完成 before a kind of investment of up to six Han characters as completed', () => {
    assert.deepEqual(attributes('全市完成战略新兴产业投资86.2亿元,同比增长12%。'), ['86.2亿元 completed aggregate']);
    // A clause or a number between leaves the investment planned.
    assert.deepEqual(attributes('公司完成改制,投资3亿元新建厂房。'), ['3亿元 investment item']);
    assert.deepEqual(attributes('完成签约的12个项目计划投资30亿元。'), ['30亿元 investment aggregate']);
  });
});

describe('parts of a completed investment (其中,县属投资X)', () => {
  it('reads the parts after 其中, named by bare 投资 or by no cue, as completed like their whole', () => {
    assert.deepEqual(attributes('全县完成固定资产投资88.6亿元,同比增长9.1%,其中,镇属投资52.3亿元,增长8%,高新片区12.7亿元,增长21%。'), [
      '88.6亿元 completed aggregate',
      '52.3亿元 completed aggregate',
      '12.7亿元 completed aggregate',
    ]);
    // 其中 opening the part's own clause, before a kind of fixed investment.
    assert.deepEqual(attributes('前三季度,开发区完成固定资产投资31.6亿元,其中工业投资26.9亿元、基础设施投资4.7亿元。'), [
      '31.6亿元 completed aggregate',
      '26.9亿元 completed aggregate',
      '4.7亿元 completed aggregate',
    ]);
  });

  it('leaves parts of a planned investment, and parts with a kind of their own, as they read', () => {
    assert.deepEqual(attributes('全县计划投资88.6亿元,其中,镇属投资52.3亿元。'), ['88.6亿元 investment aggregate', '52.3亿元 investment aggregate']);
    assert.deepEqual(attributes('全县计划投资88.6亿元,其中基础设施投资12.3亿元。'), ['88.6亿元 investment aggregate', '12.3亿元 investment aggregate']);
    assert.deepEqual(attributes('全县完成固定资产投资88.6亿元,其中,外资12.7亿元。'), ['88.6亿元 completed aggregate', '12.7亿元 foreign aggregate']);
  });
});

describe('an amount right before 项目 with no cue', () => {
  const money = attributes;

  it('reads a scale written with 级 right before one project\'s name as that project\'s investment', () => {
    assert.deepEqual(money('图为正在动工建设的80亿美元级巴斯夫湛江乙烯项目工地 某某 摄'), ['80亿美元 investment item']);
    // A kind of project after 级, or after its 的, is a size class or says nothing of one project.
    assert.deepEqual(money('图为30亿元级重大项目。'), ['30亿元 threshold aggregate']);
    assert.deepEqual(money('图为80亿美元级的乙烯项目工地。').map((a) => a.split(' ')[1]), ['other']);
  });

  it('reads X亿元项目 as the project’s investment', () => {
    assert.deepEqual(money('12亿元项目落户青禾县'), ['12亿元 investment item']);
    // A size class stays one, and an amount before another noun stays other.
    assert.deepEqual(money('12亿元以上项目落户青禾县'), ['12亿元 threshold aggregate']);
    assert.deepEqual(money('12亿元大奖花落青禾县'), ['12亿元 other item']);
  });
});

describe('a project\'s own progress and a long bracketed list', () => {
  it('reads investment already made as completed, and a plan\'s year after a progress verb as no heading', () => {
    assert.deepEqual(attributes('据介绍,瑞丰二期已投资6000万元,完成年度投资计划的65%,建成后产值可达3亿元,纳税1500万元。'), [
      '6000万元 completed item',
      '3亿元 revenue item',
      '1500万元 tax item',
    ]);
    // A year that heads the statistic still makes it the region's.
    assert.deepEqual(attributes('年度产值可达300亿元。'), ['300亿元 revenue aggregate']);
    // `已` further from the verb is about something else.
    assert.deepEqual(attributes('华兴精工项目已开工,计划投资5亿元。'), ['5亿元 investment item']);
  });

  it('gives every bracketed amount of a long list the kind of money of its heading', () => {
    const text =
      '前三季度,我县新批合同外资500万美元以上的项目共有7个,包括4个制造业项目,分别是东华精密(8000万美元)、' +
      '瑞丰织造(1200万美元)、北辰光学(1500万美元)、青禾机电(2600万美元),3个服务业项目为' +
      '金湖湾大酒店(5230.5万美元)、顺通仓储(1788万美元)、云帆信息(900万美元)。';
    const roles = recognize(text)
      .filter((e) => e.label === 'MONEY')
      .map((e) => `${e.text} ${e.role}`);
    assert.deepEqual(roles.slice(-3), ['5230.5万美元 foreign', '1788万美元 foreign', '900万美元 foreign']);
  });
});

describe('a government\'s fiscal share', () => {
  it('reads a government\'s fiscal share as other money, not tax', () => {
    assert.deepEqual(
      recognize('华兴公司全年完成税收2.6亿元,区级财力8000万元。')
        .filter((e) => e.label === 'MONEY')
        .map((e) => `${e.text} ${e.role}`),
      ['2.6亿元 tax', '8000万元 other'],
    );
  });
});

describe('construction work done', () => {
  it('reads 实物工作量 and its target as investment done (completed)', () => {
    assert.deepEqual(attributes('今年以来,澜沧湾新区聚焦“实物工作量80亿元”目标,1-6月完成实物工作量36亿元。'), [
      '80亿元 completed aggregate',
      '36亿元 completed aggregate',
    ]);
  });
});


describe('the capital a signing involves (涉资)', () => {
  it('reads 涉资 as investment, in a signing or after a verb of investing', () => {
    assert.deepEqual(attributes('本次推介会签约项目12个,涉资6.5亿美元。').map((a) => a.split(' ')[1]), ['investment']);
    assert.deepEqual(attributes('某某集团将分别投资两个项目,分别涉资3亿元和2亿元。').map((a) => a.split(' ')[1]), ['investment', 'investment']);
  });
});

describe('an amount that values a plant being built', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ')[1]);

  it('reads an amount written as the size or value of a plant named after it as investment, past a gloss', () => {
    assert.deepEqual(roles('青川电池公司将在佩奇建设一个85亿福林(合2200万欧元)的电池隔膜工厂。'), ['investment', 'investment']);
    assert.deepEqual(roles('华拓科技与当地政府达成协议,在该国建造一座价值12亿美元的大型工厂。'), ['investment']);
    assert.deepEqual(roles('越南3.2亿美元轮胎厂获批'), ['investment']);
  });

  it('leaves a value with no plant after it, or a plant sold, as other money', () => {
    assert.deepEqual(roles('该批设备价值3000万元的部件已运抵。'), ['other']);
    assert.deepEqual(roles('青禾控股拟2680万港元出售九龙某工厂大厦。'), ['other']);
  });
});

describe('aid one region gives another, and a government level\'s own money', () => {
  const roleOf = (text: string): string[] => attributes(text).map((a) => a.split(' ')[1]);

  it('reads aid money as funding, whatever verb of putting in or arriving stands before it', () => {
    assert.deepEqual(roleOf('近三年,松阳新区累计投入帮扶资金超8000万元,用于支持对口县建设产业园。'), ['funding']);
    assert.deepEqual(roleOf('上半年,全州到位援藏资金12.5亿元,资金到位率70%。'), ['funding']);
    assert.deepEqual(roleOf('今年,南湖开发区向结对县捐赠帮扶资金600万元。'), ['funding']);
    assert.deepEqual(roleOf('全省到位外省财政援助资金9.6亿元,启动项目120个。'), ['funding']);
  });

  it('reads a government level\'s money as funding, like 上级资金', () => {
    assert.deepEqual(roleOf('一季度全县到位市级资金3.2亿元,支出进度45%。'), ['funding']);
  });

  it('keeps money in place and money put into works without a word of aid as before', () => {
    assert.deepEqual(roleOf('全年招商引资实际到位资金20亿元,同比增长8%。'), ['completed']);
    assert.deepEqual(roleOf('该园区累计投入3亿元建设标准厂房。'), ['completed']);
  });
});

describe('money put in (投入): progress so far or a plan, and the noun it qualifies', () => {
  const roleOf = (text: string): string[] => attributes(text).map((a) => a.split(' ')[1]);

  it('reads money put in within a frame of progress so far as completed investment', () => {
    assert.deepEqual(roleOf('过去五年来,我们在临江开发区投入20多亿元,建成了8平方公里的起步区。'), ['completed']);
    assert.deepEqual(roleOf('今年前三季度投入青石产业园基建资金约2.6亿元;招商工作稳步推进。'), ['completed']);
    assert.deepEqual(roleOf('东岭工业区累计基础设施投入41亿元,入驻企业860家。'), ['completed']);
    assert.deepEqual(roleOf('今年,全县共完成各类园区配套设施建设投入5.37亿元。'), ['completed']);
    assert.deepEqual(roleOf('在实际到位资金中,投入厂房设备的资金达到31.2亿元,投入流动资金为9.8亿元。'), ['completed', 'completed']);
  });

  it('keeps money put in as planned investment when its own clause plans it, or no frame says it is done', () => {
    assert.deepEqual(roleOf('截至目前已签约12家企业,远山公司初期将投入3000万元。'), ['investment']);
    assert.deepEqual(roleOf('今年,新港开发区将投入8.6亿元,建设道路和管网。'), ['investment']);
    assert.deepEqual(roleOf('华远公司投入6000万元,新建两条生产线。'), ['investment']);
    // A verb of investing in a frame of progress keeps its planned kind: only money put in is read so.
    assert.deepEqual(roleOf('2020年以来,丰禾集团投资12亿元,建设智能仓储基地。'), ['investment']);
  });

  it('reads a grant put in as funding: the noun the amount qualifies heads the phrase', () => {
    assert.deepEqual(roleOf('该区投入2000万元区级帮扶资金推进结对村产业发展。'), ['funding']);
  });
});

describe('grants named by what qualifies their money noun (振兴资金, 支持资金, 专项周转资金)', () => {
  const roleOf = (text: string): string[] => attributes(text).map((a) => a.split(' ')[1]);

  it('reads money whose qualifier is a word of support or policy money as funding', () => {
    assert.deepEqual(roleOf('经评审,该县标准厂房建设项目获批省工信厅制造业振兴资金300万元。'), ['funding']);
    assert.deepEqual(roleOf('高新区出台措施,给予每个领军团队500万元科研支持资金。'), ['funding']);
    assert.deepEqual(roleOf('据了解,南溪县设立了3亿元专项周转资金,帮助企业转贷。'), ['funding']);
    assert.deepEqual(roleOf('东盟某国政府划拨了约5亿元人民币的支持资金用于园区建设。'), ['funding']);
  });

  it('leaves money qualified by no such word to the cues around it', () => {
    assert.deepEqual(roleOf('全县新开工项目8个,项目资金达12亿元。'), ['investment']);
    assert.deepEqual(roleOf('截至目前,园区企业累计投资4亿元,今年又追加投入1.5亿元。'), ['completed', 'investment']);
    assert.deepEqual(roleOf('今年以来,全县实际到位资金15亿元。'), ['completed']);
  });
});

describe('a facility\'s yearly turnover (年交易额, 年贸易额) and a region\'s trade', () => {
  const roleOf = (text: string): string[] => attributes(text).map((a) => a.split(' ')[1]);

  it('reads the yearly turnover a market or trade hub is expected to reach as revenue', () => {
    assert.deepEqual(roleOf('该冷链物流城总投资12亿元,建成后年交易额将达60亿元。'), ['investment', 'revenue']);
    assert.deepEqual(roleOf('项目预计明年投入运营,预计年贸易额可达8亿元。'), ['revenue']);
  });

  it('keeps a year\'s or a region\'s trade as other', () => {
    assert.deepEqual(roleOf('去年,青港两地贸易额达到35亿美元。'), ['other']);
    assert.deepEqual(roleOf('全年交易额突破120亿元,同比增长11%。'), ['other']);
  });
});

describe('signed money named by how it was signed', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads an amount right after projects signed and counted as their signed money', () => {
    assert.deepEqual(roles('康养投资持续升温 新签约36个项目285亿元'), ['285亿元 contract']);
    // A kind of money named between the count and the amount decides instead.
    assert.deepEqual(roles('某市签约24个项目投资达360亿元。'), ['360亿元 investment']);
  });

  it('reads capital put up under an agreement (协议出资额) as signed, capital put up alone as investment', () => {
    assert.deepEqual(roles('前三季度,全区引入项目41个,协议出资额118.2亿元。'), ['118.2亿元 contract']);
    assert.deepEqual(roles('某某集团计划出资12亿元在某县建设冷链基地。'), ['12亿元 investment']);
  });

  it('reads a fair\'s delegation (交易团) as a party, not a deal of trade before the signed money', () => {
    assert.deepEqual(roles('据某新区交易团介绍,该区在本届洽谈会上签约项目金额达86亿元。'), ['86亿元 contract']);
    assert.deepEqual(roles('本届博览会商品贸易成交合同52宗,合同金额达9亿元。'), ['9亿元 other']);
  });
});

describe('an amount glossed in another currency', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads the noun after the gloss\'s brackets as the kind of both amounts', () => {
    assert.deepEqual(roles('该计划预计为当地带来约120亿港元(约110亿元人民币)的投资。'), ['120亿港元 investment', '110亿元人民币 investment']);
  });

  it('gives an amount inside brackets that are no gloss nothing of the noun after them', () => {
    assert.deepEqual(roles('该项目(一期8亿元)的税收贡献可观。'), ['8亿元 other']);
  });
});

describe('by how much a figure passes its target', () => {
  it('gives the excess over a target the kind of the figure before it', () => {
    assert.deepEqual(attributes('全县完成到位资金8.6亿元,完成市下达任务的96%,超出计划进度目标1.2亿元,超出计划进度12%。'),
      ['8.6亿元 completed aggregate', '1.2亿元 completed aggregate']);
  });

  it('leaves an excess with no figure before it alone', () => {
    assert.notEqual(attributes('该县今年超出计划进度目标1.2亿元。')[0].split(' ')[1], 'completed');
  });
});

describe('capital from outside the place attracted under agreements or after signed projects', () => {
  it('reads capital attracted under an agreement as signed money', () => {
    assert.deepEqual(attributes('今年以来,某县共计签约项目9个,协议引进资金约26.4亿元。'), ['26.4亿元 contract aggregate']);
    assert.deepEqual(attributes('利用内资项目12个,总投资88亿元,协议利用省外资金71.6亿元。'), ['88亿元 investment aggregate', '71.6亿元 contract aggregate']);
  });

  it('reads capital from outside brought in under agreements (协议引进外来资金) as signed money', () => {
    assert.deepEqual(attributes('展会期间签约项目18个,涉及总投资96.4亿元,协议引进外来资金81.5亿元。'),
      ['96.4亿元 investment aggregate', '81.5亿元 contract aggregate']);
  });

  it('reads capital from outside the city right after a count of signed projects as signed money', () => {
    assert.deepEqual(attributes('推介会上,现场签约项目14个,引进市外资金63.2亿元。'), ['63.2亿元 contract aggregate']);
  });

  it('reads capital attracted in a sentence that tells a signing as signed money', () => {
    assert.deepEqual(attributes('临溪新区9个项目集中签约,引资总额42.6亿元。'), ['42.6亿元 contract aggregate']);
    assert.deepEqual(attributes('青川县与远帆集团等8家企业签署合作框架协议,引资总额318亿元。'), ['318亿元 contract aggregate']);
    // Signed in the sentence before: capital attracted keeps its kind.
    assert.deepEqual(attributes('临溪县共签约项目9个。新引进项目中,引资42.6亿元。').map((a) => a.split(' ')[1]), ['investment']);
  });

  it('keeps capital from outside the province in place when nothing signed is counted before it', () => {
    assert.deepEqual(attributes('前7个月,示范区引进省外资金412亿元,增长18%。'), ['412亿元 completed aggregate']);
  });
});

describe('profit written 盈利', () => {
  it('reads a yearly profit as other money, over the output value named before it', () => {
    assert.deepEqual(attributes('该生产线建成后,年产值可达4亿元,年盈利约6000万元,纳税约900万元。'), ['4亿元 revenue item', '6000万元 other item', '900万元 tax item']);
  });

  it('keeps the output and tax of a sentence with no profit', () => {
    assert.deepEqual(attributes('该基地建成后,年产值可达4亿元,纳税约900万元。'), ['4亿元 revenue item', '900万元 tax item']);
  });
});

describe('words that only qualify an amount or name capital come in', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads an investment said with its tax (含税) as investment, not tax', () => {
    assert.deepEqual(roles('该化纤基地总投资含税约48亿元,其中设备投资不含税约21亿元。'), ['48亿元 investment', '21亿元 investment']);
  });

  it('keeps tax named on its own', () => {
    assert.deepEqual(roles('该基地投产后年纳税约9000万元。'), ['9000万元 tax']);
  });

  it('reads capital come in (实际进资, 共计入资) as completed', () => {
    assert.deepEqual(roles('上半年,全县招商项目实际进资36.2亿元,同比增长12%。'), ['36.2亿元 completed']);
    assert.deepEqual(roles('已入资项目12个,共计入资8.45亿元,入资率31%。'), ['8.45亿元 completed']);
  });

  it('keeps money put into or attracted by a project that has no word of arrival', () => {
    assert.deepEqual(roles('该园区今年投入资金3亿元建设道路。'), ['3亿元 investment']);
  });

  it('reads tax paid into the treasury (税收入库) as tax, not revenue', () => {
    assert.deepEqual(roles('前三季度,示范区共完成工商税收入库5.2亿元,同比增长9%。'), ['5.2亿元 tax']);
  });
});

describe('a bound or approximation between an amount and the 的 of its noun', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('reads the noun after 以上的 or 左右的 as the amount\'s kind, over the noun of the amount before', () => {
    assert.deepEqual(roles('这批项目达产后将带来300亿元左右的开票和15亿元左右的税收。'), ['300亿元 revenue', '15亿元 tax']);
  });

  it('keeps the noun after a bare 的 deciding as before', () => {
    assert.deepEqual(roles('这批项目达产后将带来300亿元的开票和15亿元的税收。'), ['300亿元 revenue', '15亿元 tax']);
  });
});

describe('a figure given as what the one before it is compared with (比上届Y)', () => {
  const roles = (text: string): string[] => attributes(text).map((a) => a.split(' ').slice(0, 2).join(' '));

  it('takes the kind of the figure it is compared with', () => {
    assert.deepEqual(roles('本届洽谈会,云岭市签订项目金额达64.3亿元,比上届27.9亿元增长一倍多。'), ['64.3亿元 contract', '27.9亿元 contract']);
  });

  it('keeps its own kind when its words name one, and an amount not compared', () => {
    assert.deepEqual(roles('本届洽谈会,云岭市签订项目金额达64.3亿元,比上届增长一倍,带动产值27.9亿元。'), ['64.3亿元 contract', '27.9亿元 revenue']);
  });
});
