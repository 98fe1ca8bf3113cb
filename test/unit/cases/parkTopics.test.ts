// Links from an amount to its park, continued (parkLinks.test.ts holds the first kinds): what makes
// an article or a paragraph about one park, and parks that are no park to link to.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import { linksOf, parkOf, parkOfWithPark } from '../linkHelpers';

/** An opening naming two parks, so that no article park answers for the paragraphs after it. */
const TWO_PARKS = '衡阳白沙工业园区与岳阳松湖经济开发区结对共建,两地签约仪式在长沙举行。\n';

describe('a city\'s industrial parks taken together (`某某市工业园区`)', () => {
  const CITY_WIDE = '一季度,岳阳市工业园区保持平稳增长势头,完成固定资产投资56亿元,上交税收9亿元以上。截至3月底,全市工业园区新增开工项目40个,到位资金30亿元。';

  it('links no amount to it when the article speaks of the city\'s parks together', () => {
    assert.deepEqual(parkOf(CITY_WIDE), ['-', '-', '-']);
    assert.deepEqual(parkOf(CITY_WIDE.replace('全市工业园区', '全市12个工业园区')), ['-', '-', '-']);
  });

  it('keeps it as one park when the article does not (a county-level city\'s; a prefecture-level city\'s is no PARK span)', () => {
    const text = '一季度,汨罗市工业园区保持平稳增长势头,完成固定资产投资56亿元,上交税收9亿元以上。';
    assert.deepEqual(parkOf(text), ['汨罗市工业园区', '汨罗市工业园区']);
  });
});

describe('an article naming its zone by its full name and by its short word', () => {
  const TEXT =
    '3月2日,岳阳松湖经济技术开发区召开项目建设推进会。\n' +
    '今年,岳阳松湖经开区计划实施产业项目60个,总投资300亿元,尤其是以“双百工程”为主线,全力推进重大产业项目和基础设施工程。\n目前,10个重大项目年度计划投资80亿元,包括总投资20亿元的恒远智能装备项目。';

  it('reads the two names as one park the article is about, and links the name written last before the amount', () => {
    assert.deepEqual(parkOf(TEXT), ['岳阳松湖经济技术开发区', '岳阳松湖经济技术开发区', '岳阳松湖经济技术开发区']);
  });

  it('reads another place before the short word as another park (no article park)', () => {
    assert.deepEqual(parkOf(TEXT.replace('岳阳松湖经开区', '衡阳松湖经开区')).slice(1), ['-', '-']);
  });
});

describe('a sentence opened by a park with no money, then the park\'s figures', () => {
  it('gives the figures of the next sentence, with no subject of their own, to the park', () => {
    const text = `${TWO_PARKS}据了解,今年以来,岳阳松湖经济开发区抢抓产业转移机遇,打响了招商引资“春季会战”。目前,在建项目达到30个,总投资180亿元,还有一批在谈项目,拟投资约300亿元。`;
    assert.deepEqual(parkOf(text), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });

  it('does not when the park only opens a list', () => {
    const text = `${TWO_PARKS}两个园区分别是:岳阳松湖经济开发区和衡阳白沙工业园区,均为省级园区。目前,在建项目达到30个,总投资180亿元。`;
    assert.deepEqual(parkOf(text), ['-']);
  });
});

describe('a park companies sign with (`C与K签约P`), for the paragraph\'s totals', () => {
  it('gives the sum of the signed projects after the signings to that park', () => {
    const text = `${TWO_PARKS}线下,宏远电子有限公司与岳阳松湖经济开发区签约智能终端项目。线上,两家企业分别与岳阳松湖经济开发区签约数据中心项目和冷链物流项目。本次签约的3个重点项目总投资108亿元。`;
    assert.deepEqual(parkOf(text), ['岳阳松湖经济开发区']);
  });

  it('does not when the paragraph only mentions the park', () => {
    const text = `${TWO_PARKS}宏远电子有限公司负责人曾到岳阳松湖经济开发区考察。本次签约的3个重点项目总投资108亿元。`;
    assert.deepEqual(parkOf(text), ['-']);
  });
});

describe('a park that signs for the project of its own clause (`K与C签订的总投资X的P项目`)', () => {
  const HEAD = '本届洽谈会,某市共签约项目30个,总投资150亿元。';

  it('gives each project signed to the park that signed it', () => {
    const text = `${HEAD}其中包括青枫经济技术开发区与远帆控股集团签订的总投资3亿美元的远帆热电项目、与白鹭能源有限公司签订的总投资2亿美元的智慧能源项目;白鹭工业园区与某某物流集团签订的总投资20亿元的物流园项目等。`;
    assert.deepEqual(parkOf(text), ['-', '青枫经济技术开发区', '青枫经济技术开发区', '白鹭工业园区']);
  });

  it('does not when the park only met the company', () => {
    const text = `${HEAD}其中包括青枫经济技术开发区与远帆控股集团座谈时推介的总投资3亿美元的远帆热电项目。`;
    assert.deepEqual(parkOf(text), ['-', '-']);
  });
});

describe('a park set as the scene of a sentence (`在K,观摩组看到…`)', () => {
  const VISIT = '观摩组一行来到岳阳松湖物流园区,走进仓储车间了解情况,该园区总投资10亿元,已完成投资8亿元,入驻企业12家,年营业收入3亿元。\n';

  it('gives the paragraph\'s money to the park seen there, not to the park of the paragraph before', () => {
    const text = `${VISIT}在衡阳白沙包装产业园,观摩组看到了企业产品包装的发展方向。项目一期占地80亩,总投资1.2亿元,二期预计投资6亿元。`;
    assert.deepEqual(parkOf(text).slice(-2), ['衡阳白沙包装产业园', '衡阳白沙包装产业园']);
  });

  it('reads the scene after a day or a connective and its comma (`同天,在K,`)', () => {
    const text = `${VISIT}同天,在衡阳白沙包装产业园,两个加工贸易项目开工建设。其中,远帆电子内窥镜项目总投资1亿元。`;
    assert.deepEqual(parkOf(text).slice(-1), ['衡阳白沙包装产业园']);
  });

  it('does not after a clause that has a subject of its own (`C表示,在K,…`)', () => {
    const text = `${VISIT}远帆电子负责人表示,在衡阳白沙包装产业园,两个加工贸易项目开工建设。其中,远帆电子内窥镜项目总投资1亿元。`;
    assert.deepEqual(parkOf(text).slice(-1), ['-']);
  });

  it('does not take a park written inside the sentence for its scene', () => {
    const text = `${VISIT}观摩组在衡阳白沙包装产业园看到了企业产品包装的发展方向。项目一期占地80亩,总投资1.2亿元,二期预计投资6亿元。`;
    assert.deepEqual(parkOf(text).slice(-2), ['-', '-']);
  });
});

describe('an industry park placed in the park it lies in (`位于K1K2的A产业园`)', () => {
  const text = '10月18日,位于岳阳松湖经开区白石工业园的恒远智能制造产业园(二期)工程建设现场,塔吊林立。\n据了解,恒远智能制造产业园(二期)工程项目总投资约12亿元,年产值约20亿元。';

  it('links its money to the innermost park it lies in', () => {
    assert.deepEqual(parkOf(text), ['白石工业园', '白石工业园']);
  });

  it('keeps the industry park when the text does not place it', () => {
    assert.deepEqual(parkOf(text.replace('位于', '参观')), ['恒远智能制造产业园', '恒远智能制造产业园']);
  });
});

describe('a park written at the head of a project\'s name', () => {
  it('links the mention of the park that stands alone, not the one heading the project', () => {
    const text = '3月2日上午,岳阳松湖新区召开重点项目观摩会,与会人员来到项目现场。\n岳阳松湖新区丙烷产业链项目总投资80亿元,年度投资30亿元。';
    const parkStarts = withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => e.links?.park?.start);
    assert.deepEqual(parkStarts, [text.indexOf('岳阳松湖新区'), text.indexOf('岳阳松湖新区')]);
  });
});

describe('a paragraph opened by a park as its subject', () => {
  const WITH_LOGISTICS_PARK = '衡阳白沙工业园区与岳阳松湖物流园区结对共建,两地签约仪式在长沙举行。\n';
  const OPENED =
    '岳阳松湖物流园区占地面积500亩,总投资10亿元。截至目前,一期建设已完成。引进入驻了8家企业,现有从业人员300人,预计全年可实现营业收入1.2亿元以上,实现税收900万元以上。';

  it('gives the later sentences\' money, with nothing nearer to say, to that park', () => {
    assert.deepEqual(parkOf(WITH_LOGISTICS_PARK + OPENED), ['岳阳松湖物流园区', '岳阳松湖物流园区', '岳阳松湖物流园区']);
  });

  it('does not when the park is one part of a list (`其中:K…`) or its delegation is the subject', () => {
    assert.deepEqual(parkOf(WITH_LOGISTICS_PARK + OPENED.replace('岳阳松湖物流园区占地', '其中:岳阳松湖物流园区占地')).slice(1), ['-', '-']);
    const delegation = '白鹭湾新区招商团一行前往青松湖新区考察。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.deepEqual(parkOf(delegation), ['-']);
  });

  it('does not when the park heads the name of a building (`K8万平方米标准厂房工程`)', () => {
    const text = '2019年,岳阳松湖经济开发区完成基础设施投资2.1亿元,新修道路9千米。白鹭湾电子产业园8万平方米标准厂房工程全面竣工。企业完成固定资产投资26.4亿元。';
    assert.deepEqual(parkOf(text), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });
});

describe('a project put in a place that is no park', () => {
  it('keeps its later amounts from the paragraph\'s park (`某镇引进的项目为P,…。该项目…`)', () => {
    const text =
      '岳阳松湖经济开发区引进的项目为玻璃深加工项目,由宏远玻璃有限公司投资1.5亿元建设。白石镇引进的项目为精密轴承项目,由恒远轴承有限公司投资5000万元建设。该项目占地5亩,达产后年产值不低于2000万元。';
    assert.deepEqual(parkOf(text), ['岳阳松湖经济开发区', '-', '-']);
  });
});

describe('a place that starts or completes projects (`某区开竣工的项目`)', () => {
  const TEXT = '9月26日,项目集中开工仪式在岳阳松湖经济开发区举行,现场签约项目35个、总投资105亿元。\n近期,白石区开竣工的项目共有42个,总投资达147亿元。';

  it('takes the amounts after it from the article\'s park', () => {
    assert.deepEqual(parkOf(TEXT), ['岳阳松湖经济开发区', '-']);
  });

  it('leaves them to the park when no place is said', () => {
    assert.deepEqual(parkOf(TEXT.replace('白石区开竣工', '开竣工')), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });
});

describe('a park\'s sums listed one after another in its sentence', () => {
  const SUMS = '2022年,岳阳松湖经济开发区规模以上工业增加值占全市的比重提升到三成,电子信息、装备制造、生物医药三大主导产业集群初具规模,新增规模以上企业36家,全年引进内资95亿元,同比增长12.5%,较上年提高3个百分点,到位外资3.2亿美元。';

  it('gives the later sums, however far from the park, the park of the sum before them', () => {
    assert.deepEqual(parkOf(TWO_PARKS + SUMS), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });

  it('does not carry the park past a place that states its own sum', () => {
    assert.deepEqual(parkOf(TWO_PARKS + SUMS.replace('到位外资', '全市累计到位外资')), ['岳阳松湖经济开发区', '-']);
  });
});

describe('money spread over several parks said together (`这三个新区`, `各园区`)', () => {
  const TEXT = '今年以来,岳阳松湖经济开发区签约项目40个,总投资120亿元。同期,各园区累计完成投资80亿元。';

  it('links none of them', () => {
    assert.deepEqual(parkOf(TEXT), ['岳阳松湖经济开发区', '-']);
    const counted = `${TEXT}按全年计算,每天有2亿元协议投资落到这三个新区的土地上。`;
    assert.deepEqual(parkOf(counted).slice(2), ['-']);
  });

  it('keeps the article\'s park for the park said by its word alone', () => {
    assert.deepEqual(parkOf(TEXT.replace('各园区', '园区')), ['岳阳松湖经济开发区', '岳阳松湖经济开发区']);
  });

  it('links none to the sum of cases counted in two parks (`上述3件投资案`), the park of one park\'s cases', () => {
    const cases = '此外,青禾营造有限公司进驻白沙软体园区;甲乙投资有限公司、丙丁实业有限公司等2家公司进驻东港软体园区,上述3件投资案投资金额逾2.4亿元。';
    assert.deepEqual(parkOf(cases), ['-']);
    assert.deepEqual(parkOf(cases.replace('青禾营造有限公司进驻白沙软体园区;', '')), ['东港软体园区']);
  });
});

describe('an article about one park that names another in passing', () => {
  const TEXT =
    '2022年,青松经济开发区坚持项目为王,经济运行稳中向好。各项工作稳步推进。\n' +
    '产业结构不断优化。组织企业赴白鹭湖高新区考察学习,新增企业8家。\n' +
    '招商引资再创佳绩。引进项目23个,协议投资88.2亿元。';

  it('keeps the article about the first park when the other is named in a sentence without money', () => {
    assert.deepEqual(parkOf(TEXT), ['青松经济开发区']);
  });

  it('does not when the other park begins its clause, or has money in its sentence', () => {
    assert.deepEqual(parkOf(TEXT.replace('组织企业赴白鹭湖高新区考察学习', '白鹭湖高新区')), ['-']);
    assert.deepEqual(parkOf(TEXT.replace('新增企业8家', '新增投资5亿元')).slice(-1), ['-']);
  });

  it('keeps it when the other park\'s sentence states only a size class, no one\'s money (`万亿级`)', () => {
    const sized = TEXT.replace('组织企业赴白鹭湖高新区考察学习,新增企业8家', '标志着白鹭湖高新区向打造万亿级产业基地又迈出一步');
    assert.deepEqual(parkOf(sized).slice(-1), ['青松经济开发区']);
  });
});

describe('an article about one park that names parks of its own in a sentence about it', () => {
  const TEXT =
    '随着规划的落地,白鹭湾合作区面积从15平方公里扩展至98平方公里。\n' +
    '回顾五年:白鹭湾地区生产总值从820.5亿元增长至1,630.2亿元。\n' +
    '制度创新方面,白鹭湾累计推出创新案例86项,其青石自贸区创新指数连续三年居首,白鹭湾综合保税区在年度评估中排名第二。\n' +
    '五年来,白鹭湾累计完成固定资产投资3,200亿元。';

  it('keeps the article about the park whose name, or its name without its kind words, opens a clause before them', () => {
    assert.deepEqual(parkOf(TEXT), ['白鹭湾合作区', '白鹭湾合作区', '白鹭湾合作区']);
  });

  it('does not when no clause of that sentence is the park\'s (another park\'s name opening it is not)', () => {
    assert.deepEqual(parkOf(TEXT.replace('白鹭湾累计推出', '全市累计推出')), ['-', '-', '-']);
    const others = TEXT.replace('白鹭湾累计推出创新案例86项,其青石自贸区创新指数连续三年居首,白鹭湾综合保税区在年度评估中排名第二', '白鹭湾综合保税区在年度评估中排名第二,青石自贸区创新指数连续三年居首');
    assert.deepEqual(parkOf(others), ['-', '-', '-']);
  });
});

describe('a paragraph opened by where its park lies (`位于某镇的K是…`)', () => {
  const TEXT =
    '上午,市长一行调研了开发区的企业和工地。\n' +
    '位于白沙镇的青禾智能装备产业园是开发区六大产业园之一,规划面积6.2平方公里。目前,园区拥有知名企业20余家,2022年实现产值150亿元;近三年新上重点项目18个,总投资超35亿元。';

  it('makes the paragraph about that park, so its later money is the park\'s', () => {
    assert.deepEqual(parkOf(TEXT), ['青禾智能装备产业园', '青禾智能装备产业园']);
    // A broadcast script's tag before it changes nothing.
    assert.deepEqual(parkOf(TEXT.replace('位于白沙镇', '【配音】 位于白沙镇')), ['青禾智能装备产业园', '青禾智能装备产业园']);
  });

  it('does not when something else opens the sentence before the park', () => {
    assert.deepEqual(parkOf(TEXT.replace('位于白沙镇的', '市长察看了')), ['-', '-']);
  });
});

describe('an article that names its park only where it places its project (`投资地点位于K`)', () => {
  const TEXT =
    '远帆集团拟投资8亿元建设精密铸件项目\n' +
    '远帆集团今日公告,公司与桐溪县政府签署合作协议,拟分两期投资8亿元用于精密铸件及其配套项目,一期拟投资5亿元。\n' +
    '公告显示,项目总用地约420亩,投资地点位于桐溪经开区云梯工业园。';

  it('links the money said before it to the park, the one inside the zone written right after it', () => {
    assert.deepEqual(parkOf(TEXT), ['云梯工业园', '云梯工业园', '云梯工业园']);
    assert.deepEqual(parkOf(TEXT.replace('投资地点位于桐溪经开区云梯工业园', '通过吸引新材料企业进驻云梯工业园,形成产业聚集')), ['云梯工业园', '云梯工业园', '云梯工业园']);
  });

  it('does not link a company\'s capital, the sums of a district, or a project said after it', () => {
    const capital = TEXT + '\n此前,公司拟对全资子公司增资6000万元。';
    assert.deepEqual(parkOf(capital).slice(-1), ['-']);
    const district = '前日,桐溪区举行项目集中开工仪式,开工项目共30个,总投资95亿元。\n其中,一期计划投资6.4亿元的桐溪智造园项目正式开工。该项目位于桐溪开发区朝晖工业园。\n此外,某安置房项目总投资约3.2亿元。';
    assert.deepEqual(parkOf(district), ['-', '朝晖工业园', '-']);
  });

  it('does not when the park is only where the company is based', () => {
    assert.deepEqual(parkOf(TEXT.replace('投资地点位于', '公司总部位于')), ['-', '-', '-']);
  });
});

describe('an article that names its park after its opening, only where its project is to be built (`计划建设地点为K`)', () => {
  const TEXT =
    '宏远电子股份有限公司第五届董事会第八次会议决议公告\n' +
    '本公司及董事会全体成员保证公告内容的真实、准确和完整。\n' +
    '会议审议通过了《关于投资建设年产200万套精密模具项目的议案》。同意全资子公司青禾精密模具有限公司投资建设该项目,计划建设地点为桐溪高新技术产业开发区云梯路东侧。\n' +
    '该项目总投资为38,000万元人民币,其中建设投资为30,500万元人民币。项目达产后,预计年销售收入52,000万元人民币。';

  it('links the project\'s money to that park', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪高新技术产业开发区', '桐溪高新技术产业开发区', '桐溪高新技术产业开发区']);
  });

  it('does not link a company\'s capital, or when the park is only where the company is based', () => {
    assert.deepEqual(parkOf(TEXT + '\n同日,公司拟对全资子公司增资6000万元。').slice(-1), ['-']);
    assert.deepEqual(parkOf(TEXT.replace('计划建设地点为', '公司总部设在')), ['-', '-', '-']);
  });
});

describe('an article that names its park only where its company puts up its plant (`在某省某市的K建立工厂`)', () => {
  const TEXT =
    '据报道,北川精机日前决定在国内新建一座伺服电机工厂。投资额为3亿美元,将是公司在华第三处生产基地。\n' +
    '该公司将在湖南省株洲市的渌口经济开发区建立工厂,预计2027年投产。\n' +
    '公司上一财年净利润为850亿日元。';

  it('links the money said up to there to that park', () => {
    assert.deepEqual(parkOf(TEXT), ['渌口经济开发区', '-']);
    assert.deepEqual(parkOf(TEXT.replace('该公司将在湖南省株洲市的', '公司拟于越南的').replace('建立', '新建')), ['渌口经济开发区', '-']);
  });

  it('reads a country, a state and a city abroad before a park named in Latin letters', () => {
    const abroad = TEXT.replace('该公司将在湖南省株洲市的渌口经济开发区建立工厂', '该公司拟于巴西米纳斯吉拉斯州贝洛奥里藏特市VERANO工业园新建工厂');
    assert.deepEqual(parkOf(abroad), ['VERANO工业园', '-']);
  });

  it('does not when the park is only where something is said, or the verb after it builds nothing', () => {
    assert.deepEqual(parkOf(TEXT.replace('该公司将在湖南省株洲市的渌口经济开发区建立工厂', '该消息由湖南省株洲市的渌口经济开发区发布')), ['-', '-']);
    assert.deepEqual(parkOf(TEXT.replace('在湖南省株洲市的渌口经济开发区建立工厂', '在湖南省株洲市的渌口经济开发区考察')), ['-', '-']);
    // `对于K`, `关于K` place nothing (what comes after such a park is other rules' reading: the first amount only).
    assert.deepEqual(parkOf(TEXT.replace('该公司将在湖南省株洲市的', '对于湖南省株洲市的')).slice(0, 1), ['-']);
  });
});

describe('an article that names its park only where its plant, base or project stands (`该基地位于K`, `坐落在K的…项目`)', () => {
  const TEXT =
    '据报道,南岭电子日前决定新建一座华中生产基地。投资额为6亿元。\n' +
    '该基地位于常德经济技术开发区,主要生产车载传感器。\n' +
    '基地达产后预计年产值15亿元。';

  it('links its item money to that park, said before or after', () => {
    assert.deepEqual(parkOf(TEXT), ['常德经济技术开发区', '常德经济技术开发区']);
    assert.deepEqual(parkOf(TEXT.replace('该基地位于', '该工厂将建在湖南省常德市的')), ['常德经济技术开发区', '常德经济技术开发区']);
  });

  it('reads a project lying in the park, named right after it', () => {
    const project = TEXT.replace('该基地位于常德经济技术开发区,主要生产车载传感器。', '这个坐落在常德经济技术开发区的“芯片”项目昨日开工。');
    assert.deepEqual(parkOf(project), ['常德经济技术开发区', '常德经济技术开发区']);
  });

  it('leaves out a company\'s capital', () => {
    assert.deepEqual(parkOf(TEXT + '\n同日,公司拟对全资子公司增资6000万元。').slice(-1), ['-']);
  });

  it('does not when the park is only where the company is based or something else lies', () => {
    assert.deepEqual(parkOf(TEXT.replace('该基地位于', '该公司总部位于')), ['-', '-']);
    const office = TEXT.replace('该基地位于常德经济技术开发区,主要生产车载传感器。', '这个坐落在常德经济技术开发区的办事处昨日揭牌。');
    assert.deepEqual(parkOf(office), ['-', '-']);
  });
});

describe('a high-tech zone written short as `高开区`', () => {
  it('is the zone written in full, so the article stays about one park (linked as written last)', () => {
    const text =
      '云帆股份1月8日晚间公告,公司与岳麓高新技术产业开发区管委会签订了《项目投资合同》,拟在岳麓高新技术产业开发区投资建设游艇制造基地,该项目总投资预计为6.5亿元左右。\n' +
      '根据合同,岳麓高开区管委会同意由公司投资建设该项目。公司预计购地款总价不超过8000万元。';
    assert.deepEqual(parkOf(text), ['岳麓高新技术产业开发区', '岳麓高新技术产业开发区']);
  });
});

describe('an opening that places its project in a park inside a zone (`该项目位于K1K2`)', () => {
  const TEXT =
    '该项目位于桐溪县工业园区白鹭湾工业园,一期总投资6200万元,主要建设生产车间、仓库及配套设施。\n' +
    '项目达产后预计实现年产值9800万元,可提供150个就业岗位。';

  it('makes the article about the inner park, where the project is built', () => {
    assert.deepEqual(parkOf(TEXT), ['白鹭湾工业园', '白鹭湾工业园']);
  });

  it('keeps the zone when nothing is written right after it', () => {
    assert.deepEqual(parkOf(TEXT.replace('白鹭湾工业园,', ',')), ['桐溪县工业园区', '桐溪县工业园区']);
  });
});

describe('a park written after the places it lies in (`在某省某市某旗K内新建`)', () => {
  const TEXT = TWO_PARKS + '青松集团晚间公告,公司以全资子公司为投资主体,在内蒙古巴彦市乌拉旗青禾经济开发区内新建光伏发电项目,项目预计总投资12亿元。';

  it('is where the money goes, up to three levels of places before it', () => {
    assert.deepEqual(parkOfWithPark(TEXT, '青禾经济开发区'), ['青禾经济开发区']);
    assert.deepEqual(parkOfWithPark(TEXT.replace('在内蒙古巴彦市乌拉旗', '购买位于湖南省永州市'), '青禾经济开发区'), ['青禾经济开发区']);
  });

  it('is where a project said before it settles (`P正式签约落户某市K`)', () => {
    const settles = TWO_PARKS + '这标志着一项总投资6亿元的“青禾储能电池项目”正式签约落户桐溪市白鹭经济开发区。';
    assert.deepEqual(parkOfWithPark(settles, '白鹭经济开发区'), ['白鹭经济开发区']);
    assert.deepEqual(parkOfWithPark(settles.replace('落户桐溪市', '落户桐溪市,并与'), '白鹭经济开发区'), ['-']);
  });

  it('is not when the places are not where something is put', () => {
    assert.deepEqual(parkOfWithPark(TEXT.replace('在内蒙古巴彦市乌拉旗', '考察内蒙古巴彦市乌拉旗'), '青禾经济开发区'), ['-']);
  });

  it('reads a city\'s district or a county\'s town among those places (`在某市某区K`, `在某县某镇K`)', () => {
    assert.deepEqual(parkOfWithPark(TEXT.replace('在内蒙古巴彦市乌拉旗', '在常州市青枫区'), '青禾经济开发区'), ['青禾经济开发区']);
    assert.deepEqual(parkOfWithPark(TEXT.replace('在内蒙古巴彦市乌拉旗', '在宁远县白沙镇'), '青禾经济开发区'), ['青禾经济开发区']);
  });
});

describe('an event held in a zone and the park written right after it (`仪式在K1K2举行`)', () => {
  const TEXT =
    '青禾智能装备产业园一期项目竣工投产\n' +
    '8月15日上午,青禾智能装备产业园一期项目竣工投产仪式在桐溪经济技术开发区白鹭工业园举行。市委书记出席。\n' +
    '青禾智能装备产业园项目总投资12亿元,此次竣工投产的一期项目投资4亿元。';

  it('makes the article about the zone, the park after it lying inside it', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪经济技术开发区', '桐溪经济技术开发区']);
    // A scraped page's pinyin gloss between the two names changes nothing.
    assert.deepEqual(parkOf(TEXT.replace('开发区白鹭', '开发区(qū)白鹭')).map((p) => p?.slice(0, 4)), ['桐溪经济', '桐溪经济']);
  });

  it('does not when the zone and its park are only visited', () => {
    assert.deepEqual(parkOf(TEXT.replace('仪式在桐溪经济技术开发区白鹭工业园举行', '仪式举行,与会人员随后赴桐溪经济技术开发区白鹭工业园考察')), ['-', '-']);
  });
});

describe('a project described as one, then placed in a park (`P是重点项目,位于K`)', () => {
  const TEXT =
    TWO_PARKS +
    '青禾光电科技项目是省、市“五大战役”重点项目,位于桐溪经济开发区,将引进新能源电子产品。该项目一期工程预计年新增产值3亿元,新增税收1200万元。';

  it('puts the project in the park, for its amounts in the sentences after', () => {
    assert.deepEqual(parkOf(TEXT), ['桐溪经济开发区', '桐溪经济开发区']);
  });

  it('does not when the clause after the description says something else of the park', () => {
    assert.deepEqual(parkOf(TEXT.replace(',位于桐溪经济开发区,', ',得到桐溪经济开发区支持,')), ['-', '-']);
  });
});

describe('an opening placing its project in a park after the county and town it lies in', () => {
  const TEXT =
    '(资料图片仅供参考)\n' +
    '近日,在位于桐溪县白鹭镇青禾工业园的某某新材料有限公司厂房建设项目工地上,场平施工正紧锣密鼓地进行着。\n' +
    '据了解,该项目规划占地3万平方米,总投资达1.6亿元,预计建成投产后年综合收入可达5.2亿元。';

  it('makes the article about that park', () => {
    assert.deepEqual(parkOfWithPark(TEXT, '青禾工业园'), ['青禾工业园', '青禾工业园']);
  });

  it('does not when the park is only what the site lies next to', () => {
    assert.deepEqual(parkOfWithPark(TEXT.replace('在位于桐溪县白鹭镇青禾工业园的', '在桐溪县白鹭镇与青禾工业园相邻的'), '青禾工业园'), ['-', '-']);
  });
});


describe('a title that calls the article\'s park by a shorter name before its money', () => {
  const LEAD = '白鹭湖经济开发区至今已引入港资企业30家,投资额超过6亿元。';

  it('links the title\'s money to the park when the title names it without its kind words', () => {
    assert.deepEqual(parkOf(`三十家港企入白鹭湖 涉资六亿元\n${LEAD}`), ['白鹭湖经济开发区', '白鹭湖经济开发区']);
  });

  it('links it under the short name the article declares for the park', () => {
    const text =
      '青松:松德园今年已完成工业总产值50亿元\n' +
      '记者获悉:中德(青松)智能装备制造产业园(以下简称“松德园”)成立5年来,2022年工业总产值完成90亿元。今年1至8月,园区完成工业总产值50亿元。';
    assert.deepEqual(parkOf(text), ['松德园', '松德园', '松德园']);
  });

  it('reads the title\'s short name and the park that declares it later as one park', () => {
    const text =
      '最新消息:枫城:中法园前三季度完成工业总产值70亿元\n' +
      '记者从枫城市政府获悉:中法(枫城)航空装备产业园(以下简称“中法园”)成立6年来,2022年工业总产值完成88亿元。今年前三季度,园区完成工业总产值70亿元,固定资产投资完成12亿元。';
    assert.deepEqual(parkOf(text).slice(1), ['中法园', '中法园', '中法园']);
    // Declared for another park, the title's name is a second park: the article is about neither alone.
    assert.deepEqual(parkOf(text.replace('(以下简称“中法园”)', '(以下简称“枫航园”)')).slice(2), ['-', '-']);
  });

  it('leaves the title\'s money alone when the text does not state it again', () => {
    assert.deepEqual(parkOf(`三十家港企入白鹭湖 全市涉资九亿元\n${LEAD}`)[0], '-');
  });
});

describe('an opening that builds its project in a park written right after its zone (`P项目在K1K2正式开工建设`)', () => {
  const LATER = '\n据介绍,远山新能源科技有限公司是一家合资公司,建设远山3万吨正极材料项目,总投资20亿元,占地约500亩。项目达产后,年产值约36亿元。';

  it('makes the article about that park, for the money of the paragraphs after', () => {
    const text = `(资料图)\n4月9日上午,远山年产3万吨正极材料项目在白沙经开区青石园区正式开工建设。${LATER}`;
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['白沙经开区', '白沙经开区']);
  });

  it('links no park when the opening only visits it', () => {
    const text = `(资料图)\n4月9日上午,远山新能源考察团参观了白沙经开区青石园区。${LATER}`;
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['-', '-']);
  });
});

describe('a round-up that places one of its projects in a park (`项目选址K`)', () => {
  const TEXT =
    '开年以来,各地储能项目密集开工。\n' +
    '岭南某市加快布局储能产业,总投资36亿元的青岚储能电池生产基地项目在元旦开工建设。\n' +
    '1月5日,《远帆动力电池项目投资合同》签约,项目选址桐溪经开区,规划建设年产20GWh电池基地。';

  it('does not link another project\'s money to the park the placed project goes to', () => {
    assert.deepEqual(parkOf(TEXT), ['-']);
  });

  it('links the placed project\'s own money said before, under a longer or shorter writing of its name', () => {
    assert.deepEqual(parkOf(TEXT.replace('青岚储能电池生产基地项目', '远帆动力电池一期项目')), ['桐溪经开区']);
  });

  it('links it when the placing sentence points back to the project spoken of, under another name', () => {
    const text = '开年以来,总投资36亿元的青岚储能电池生产基地项目在元旦开工建设。\n这个坐落在桐溪经开区的“储能”项目,由两家公司共同投资建设。';
    assert.deepEqual(parkOf(text), ['桐溪经开区']);
  });
});

describe('an opening whose subject is the park written after its city and district (`某市某区K召开…`)', () => {
  const TEXT =
    '“园区经济”添动力常州市武进区云溪经开区迎来新动能\n' +
    '4月8日,常州市武进区云溪经开区召开2023年招商工作推进会,为全年发展开好头。\n' +
    '此次集中开工项目共12个,总投资56亿元,全部建成达产后,预计年销售收入80亿元。';

  it('is the park the article is about: its sums go to it', () => {
    assert.deepEqual(parkOf(TEXT), ['云溪经开区', '云溪经开区']);
  });

  it('is not when the park only qualifies what follows it (`某市某区K的企业`)', () => {
    assert.deepEqual(parkOf(TEXT.replace('云溪经开区召开', '云溪经开区的企业代表参加')), ['-', '-']);
  });
});
