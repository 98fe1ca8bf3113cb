// Links from an amount to its park.
import { strict as assert } from 'node:assert';
import { linksOf, parkOf } from '../linkHelpers';

const FORMED_FROM = '据介绍,青岚河智能装备产业园是在白石经济开发区及红枫工业园基础上整合设立的省级园区,规划面积30平方公里,累计投入基础设施建设资金20亿余元。';

describe('a park described by the sentence it opens', () => {
  it('gives the amount of `K是在A及B基础上成立的…` to K, not to the parks it was formed from', () => {
    assert.deepEqual(linksOf(FORMED_FROM), ['20亿余元: - - 青岚河智能装备产业园']);
  });
});

describe('`该园区` in a sentence of its own', () => {
  it('gives the totals of the next sentence (no subject of its own) to the park last spoken of as a subject', () => {
    const text = `${FORMED_FROM}目前,该园区已形成装备制造、新材料两大主导产业。截至目前,共签约落地项目60个,总投资约90亿元,全部达产后年可实现销售收入120亿元。`;
    assert.deepEqual(linksOf(text).slice(1), ['90亿元: - - 青岚河智能装备产业园', '120亿元: - - 青岚河智能装备产业园']);
  });

  it('links nothing when the next sentence names its own subject', () => {
    const text = `${FORMED_FROM}目前,该园区已形成两大主导产业。全县今年共签约项目10个,总投资30亿元。`;
    assert.equal(linksOf(text)[1], '30亿元: - - -');
  });

  it('links nothing when two parks share the subject', () => {
    const text = '5月8日,白石经济开发区与红枫工业园联合举办推介会。目前,该园区已形成两大主导产业。截至目前,共签约项目60个,总投资约90亿元。';
    assert.equal(linksOf(text)[0], '90亿元: - - -');
  });
});

describe('a park said by its kind word alone', () => {
  it('gives `此次新区集中开工…总投资X` the one new area named before', () => {
    const text = '6月3日,白鹭湾新区举行第三批重点项目集中开工仪式。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.deepEqual(linksOf(text), ['56.5亿元: - - 白鹭湾新区']);
  });

  it('gives `在经开区投资X` the park written out in full (`经济技术开发区`)', () => {
    const text = '据悉,远帆生物科技有限公司已与青松湖经济技术开发区达成合作意向。该公司计划在经开区投资8亿元建设研发中心。';
    assert.equal(linksOf(text)[0].split(' ').pop(), '青松湖经济技术开发区');
  });

  it('links nothing when two parks of that kind were named', () => {
    const text = '白鹭湾新区招商团一行前往青松湖新区考察。此次新区集中开工项目21个,总投资达56.5亿元。';
    assert.equal(linksOf(text)[0], '56.5亿元: - - -');
  });

  it('gives a bare zone word opening a clause the article\'s one park of that kind, named far before (a source line)', () => {
    const text = '来源:青岚湖经济技术开发区 发布时间:2023-03-01\n\n春风送暖,万物复苏。\n\n市领导为远帆科技有限公司新厂揭牌。\n\n过去一年,经开区聚焦招商引资,共签约项目31个,合同投资额88亿元。';
    assert.deepEqual(parkOf(text), ['青岚湖经济技术开发区']);
  });

  it('gives it the one park of that kind the article names only further on', () => {
    const text = '1至6月,高新区新增外资项目12个,实际使用外资3.5亿美元。\n\n远帆科技有限公司新厂投产。\n\n会上,白沙高新区各部门负责人作了发言。';
    assert.deepEqual(parkOf(text), ['白沙高新区']);
  });

  it('links nothing when the article names two parks of that kind', () => {
    const text = '来源:青岚湖经济技术开发区\n\n春风送暖,万物复苏。\n\n市领导为远帆科技有限公司新厂揭牌。\n\n过去一年,经开区聚焦招商引资,共签约项目31个,合同投资额88亿元。\n\n远帆科技有限公司新厂投产。\n\n红枫经济开发区代表也出席了会议。';
    assert.deepEqual(parkOf(text), ['-']);
  });

  it('reads the kind written out, `经济开发区`, as a bare kind word too, and gives it the byline\'s park of that kind', () => {
    const text =
      '经济开发区签下12亿元智能传感器项目\n发布时间:2022-03-08 来源:澜屿县高新区 发布单位:浙江澜屿经济开发区\n' +
      '近日,经济开发区与一家苏州企业签下12亿元智能传感器项目,为今年引进的第4个10亿元以上项目。';
    assert.deepEqual(parkOf(text), ['浙江澜屿经济开发区', '浙江澜屿经济开发区', '-']);
  });

  it('leaves `经济开发区` that neither opens a clause nor takes the money (`借经济开发区展厅…`) to other readings', () => {
    const text = '智能传感器展会举行\n发布时间:2022-03-08 发布单位:浙江澜屿经济开发区\n近日,省内12家企业借经济开发区展厅举办展会,意向成交额3亿元。';
    assert.deepEqual(parkOf(text), ['-']);
  });
});

describe('a park in brackets after its city', () => {
  it('places the money in the park written in brackets as the city\'s other name (`在某市(K)…`)', () => {
    const text = '在青岚市(白鹭湾新区)集中开工的重大项目中,包括新型工业化项目6个、总投资48.5亿元。';
    assert.deepEqual(linksOf(text), ['48.5亿元: - - 白鹭湾新区']);
  });
});

describe('a zone inside a zone', () => {
  it('puts the money in the inner zone when the sentence places it in the zone written after its zone', () => {
    const text = '远帆集团规划在金山工业区奉贤园区建设华东总部。远帆集团项目总投资额不低于60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: 远帆集团项目 远帆集团 奉贤园区']);
  });

  it('puts the money of a sentence naming a zone and the park inside it in that park (`在某某经开区K征地…,总投资X`)', () => {
    const text = '岭南光电项目在白鹭湾经济开发区柳塘园区举行开工仪式。该项目在白鹭湾经济开发区柳塘园区征地150亩,总投资9.6亿元。项目建成后,预计年产值18亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['柳塘园区', '柳塘园区']);
  });

  it('reads the park inside the zone past web debris after the zone (`某某開發區(qū)K`)', () => {
    const text = '今年園區建成面積9.6平方公里。其中:白鷺灣經濟開發區(qū)柳塘園正式開工建設,累計完成投資近3000萬元;北區籌建工作進展順利。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()), ['柳塘園']);
  });
});

describe('a park named by its kind', () => {
  it('gives `该开发区…总投资` the zone of that kind named before, not an area park inside it', () => {
    const text = '据介绍,青松湖经济技术开发区成立于2019年,下设两个园区。其中,东岭新材料产业园主要承接化工项目。2022年以来,该开发区共引进产业项目15个,总投资超60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: - - 青松湖经济技术开发区']);
  });

  it('reads `该孵化园` as the park ending so, and keeps it for the paragraph', () => {
    const text = '据悉,江源县生物医药孵化园位于城北,是江源县白鹭循环经济产业园区重点打造的“园中园”。该孵化园占地80亩,总投资约3亿元,由外地引进的远帆生物科技有限公司投资建设。该项目已累计投资2亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - 远帆生物科技有限公司 江源县生物医药孵化园', '2亿元: - 远帆生物科技有限公司 江源县生物医药孵化园']);
  });

  it('passes over a description written as a company name before the investor (`由某地属地化公司C投资`)', () => {
    const text = '据悉,江源县生物医药孵化园位于城北。该孵化园总投资约3亿元,由招引的浙江宁波属地化公司远帆生物科技有限公司投资。';
    assert.equal(linksOf(text)[0], '3亿元: - 远帆生物科技有限公司 江源县生物医药孵化园');
  });

  it('links nothing when no park of that kind was named', () => {
    const text = '据介绍,江源县今年引进产业项目15个。该开发区总投资超60亿元。';
    assert.deepEqual(linksOf(text), ['60亿元: - - -']);
  });
});

describe('parks listed as the subject, each with its share (`A、B、C分别与…签署`)', () => {
  it('links none of them to the sum, though the event was held in one of them', () => {
    const text = '10月27日,在新区工作交流会期间,国家部委在湖滨新区组织举办承接产业转移项目签约仪式。\n'
      + '湖滨新区和松江新区签署战略合作框架协议,未来将在产业合作等领域深化合作。'
      + '白沙新区、湖滨新区、青溪新区分别与有关企业签署项目合作协议,涉及某某物流基地等6个项目,协议总投资约96亿元。';
    assert.deepEqual(linksOf(text), ['96亿元: - - -']);
  });
});

describe('a park the money is for, named after it (`…总投资X,为K建设…`)', () => {
  it('links the sum to that park, not to a park something becomes', () => {
    const text = '大会以“融合发展”为主题,26个重点项目签约落户,年度总投资超38亿元,为青松高新区建设注入新动能。';
    assert.deepEqual(linksOf(text), ['38亿元: - - 青松高新区']);
    assert.deepEqual(linksOf('26个重点项目签约落户,年度总投资超38亿元,将成为青松高新区的新动能。'), ['38亿元: - - -']);
  });
});

describe('a park described after 是', () => {
  it('keeps the subject park when a park word after `是…的` describes it', () => {
    const text = '其中,南岭新材料产业园是一个集研发、生产、销售于一体的规模化产业园区,项目总投资12亿元,全部建成后可实现销售收入20亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭新材料产业园', '南岭新材料产业园']);
  });
});

describe('a park stating its totals, then its projects', () => {
  it('gives the projects listed right after a park\'s totals that park, and the next park\'s to the next', () => {
    const text = '其中:南岭工业园区开工建设项目40项,总投资12亿元。海川食品有限公司饮料生产线已建成投产;北岭工业园区开工建设项目20项,总投资6亿元。远航机械有限公司生产线建设已完成投资800万元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭工业园区', '北岭工业园区', '北岭工业园区']);
  });

  it('does not carry the park past a sentence of another place', () => {
    const text = '南岭工业园区开工建设项目40项,总投资12亿元。全县新开工项目120个,总投资60亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['南岭工业园区', '-']);
  });
});

describe('a park written after its province', () => {
  it('places the money in `在X省K` as in `在K`', () => {
    assert.deepEqual(linksOf('公司拟在江西省抚州市青石工业园投资建设电子化学品生产基地。该项目计划总投资12亿元。'), ['12亿元: - - 抚州市青石工业园']);
  });

  it('does not place it there when the province is where something else happens', () => {
    assert.deepEqual(linksOf('来自江西省抚州市青石工业园的代表出席。该市今年完成投资12亿元。'), ['12亿元: - - -']);
  });
});

describe('a park\'s figures over `;` clauses', () => {
  const TEXT = '其中,我区单独签约项目50个,签约资金30亿元;白沙高新区签约项目20个,签约资金12亿元;引进企业6家,完成全年目标任务5家的120%;上报到位资金7亿元,完成全年目标任务6亿元的116%。';

  it('keeps the park whose totals opened the clauses for its later figures, past a clause naming nothing', () => {
    assert.deepEqual(linksOf(TEXT).slice(1), ['12亿元: - - 白沙高新区', '7亿元: - - 白沙高新区', '6亿元: - - 白沙高新区']);
  });

  it('keeps it past clauses that state one more figure each, another park named earlier in the paragraph', () => {
    const text = '负责人表示,项目开工标志着南岭新区·青石国际汽车城向打造高端产业基地又迈出了坚实的一步。根据计划,今年青石经开区整车产量力争突破20万辆,工业总产值达到800亿元;工业增加值达到210亿元;税收贡献达到60亿元;固定资产投资达到150亿元。';
    assert.deepEqual(parkOf(text), ['青石经开区', '青石经开区', '青石经开区', '青石经开区']);
    assert.deepEqual(parkOf(text.replace('税收贡献', '南岭新区税收贡献')).slice(2), ['南岭新区', '南岭新区']);
  });

  it('stops at a full stop', () => {
    const text = TEXT.replace('120%;', '120%。');
    assert.deepEqual(linksOf(text).slice(2), ['7亿元: - - -', '6亿元: - - -']);
  });
});

describe('a park\'s figures over `;` clauses, after the sum its park was read for', () => {
  const KIND_WORD = '近日,高新区招商引资工作获得全市通报表彰。上半年,高新区实现合同利用外资5200万美元,占市下达高新区全年计划的58%;实际到位外资3100万美元,同比增长4.1%。上半年,梧桐高新区新设立外资企业7个。';
  const AMONG = '在梧桐高新区成立五周年之际,6个项目签约落地,总投资额超400亿元。\n今年以来,新区上半年共签约项目投资额850亿元。其中通过外出招商签约项目40个、投资额520亿元;存量企业增资项目12个、投资额330亿元。';

  it('gives a clause after `;` naming nothing the park of the sum before it (`K实现X,占…;实际到位外资Y`)', () => {
    assert.deepEqual(parkOf(KIND_WORD), ['梧桐高新区', '梧桐高新区']);
  });

  it('goes on after a `其中` sentence\'s sum (`其中…投资额X;存量企业…投资额Y`)', () => {
    assert.deepEqual(parkOf(AMONG).slice(2), ['梧桐高新区', '梧桐高新区']);
  });

  it('leaves a clause whose subject is a place counting its projects (`;某县项目2个,…`)', () => {
    assert.deepEqual(parkOf(KIND_WORD.replace('实际到位外资', '青河县项目2个,实际到位外资')), ['梧桐高新区', '-']);
  });

  it('stops at a full stop', () => {
    assert.deepEqual(parkOf(KIND_WORD.replace('58%;', '58%。')), ['梧桐高新区', '-']);
  });
});

describe('a park listed as one category among others (`K项目6个,总投资Y;L项目9个,总投资X`)', () => {
  const TEXT = '分地区看:青河县项目5个,总投资12亿元;白鹭湾高新区项目4个,总投资20亿元;市本级项目3个,总投资8亿元;其他项目7个,总投资6亿元。';

  it('gives the park its own category, and the categories listed after it none', () => {
    assert.deepEqual(parkOf(TEXT), ['-', '白鹭湾高新区', '-', '-']);
  });

  it('keeps the park for the later clauses of its own figures (`K签约项目20个,…;开工项目12个,…`)', () => {
    const text = '今年以来,白鹭湾高新区签约项目20个,总投资30亿元;开工项目12个,总投资18亿元。';
    assert.deepEqual(parkOf(text), ['白鹭湾高新区', '白鹭湾高新区']);
  });
});

describe('a place subject carried over `;` to the totals of the next clause', () => {
  const TEXT = '青松湖高新区举行项目推介会。\n今年以来,该县新签约项目40个,总投资150亿元;近三年累计引进项目210个,总投资额达860亿元,青松湖高新区智能装备产业园已入驻企业25家。';

  it('gives the county, not the article\'s park, the totals of a clause with no subject of its own', () => {
    assert.deepEqual(linksOf(TEXT), ['150亿元: - - -', '860亿元: - - -']);
  });

  it('keeps the article\'s park when the clause before is the park\'s', () => {
    const text = TEXT.replace('该县新签约', '高新区新签约');
    assert.deepEqual(linksOf(text), ['150亿元: - - 青松湖高新区', '860亿元: - - 青松湖高新区']);
  });

  it('leaves a clause opened by a park\'s kind word to its own subject', () => {
    const text = TEXT.replace('近三年累计引进', '园区近三年累计引进');
    assert.equal(linksOf(text)[1], '860亿元: - - 青松湖高新区');
  });

  it('reads the clause right before only, not across a full stop', () => {
    const text = TEXT.replace('150亿元;', '150亿元。');
    assert.equal(linksOf(text)[1], '860亿元: - - 青松湖高新区');
  });

  it('reads a park written with pinyin glosses as the clause\'s subject, not as a place (`高新區(qū)`)', () => {
    const text = TEXT.replace('该县新签约', '青松湖高新區(qū)新簽(qiān)約(yuē)');
    assert.equal(linksOf(text)[1], '860亿元: - - 青松湖高新區');
  });
});

describe('a bare kind word for the park named just after', () => {
  it('links a bare 经开区 total to the one such park the next paragraph names', () => {
    const text = '其中,东城区项目3个,总投资4.5亿元;经开区项目1个,总投资2.5亿元。\n\n开工仪式前,与会人员还到青州经开区观摩了项目建设。';
    assert.deepEqual(linksOf(text), ['4.5亿元: - - -', '2.5亿元: - - 青州经开区']);
  });

  it('links none when the paragraphs around name two parks of that kind', () => {
    const text = '其中,经开区项目1个,总投资2.5亿元。\n与会人员还到青州经开区、白河经济技术开发区观摩。';
    assert.deepEqual(linksOf(text), ['2.5亿元: - - -']);
  });
});

describe('the sum of a park\'s counted projects, and a move elsewhere', () => {
  it('links the sum of a park’s counted projects (`A等K项目N个,总投资X`) to that park, clause by clause', () => {
    const text = '本批开工的项目中,星河仪器等绵阳高新区项目12个,总投资86.4亿元;云栖酒店等涪城工业园项目3个,总投资21亿元。';
    assert.deepEqual(linksOf(text), ['86.4亿元: - - 绵阳高新区', '21亿元: - - 涪城工业园']);
  });

  it('links no park to money of projects moving into a place that is no park, after a park’s own sum', () => {
    const text = '拟入驻东湖农产品加工产业园6个,总投资28亿元,入驻主城区商贸服务业项目2个,总投资额90亿元。';
    assert.deepEqual(linksOf(text), ['28亿元: - - 东湖农产品加工产业园', '90亿元: - - -']);
  });

  it('links no park when the parks are only named, not counted', () => {
    const text = '绵阳高新区和涪城工业园负责人出席,本批开工项目12个,总投资86.4亿元。';
    assert.deepEqual(linksOf(text), ['86.4亿元: - - -']);
  });
});

describe('parts of a park’s counted projects, said by their number', () => {
  it('links the parts listed among “these N projects” to the park whose N projects were counted', () => {
    const text = '5月9日,青岚新区举行第二批重点项目集中开工仪式。此次新区集中开工重点项目42个,总投资达96.5亿元。\n' +
      '同日,华辰集团有限公司与青岚新区签署合作协议。\n' +
      '在这42个项目中,产业项目有8个,总投资达61.3亿元;服务平台项目有5个,总投资达12.4亿元。';
    assert.deepEqual(linksOf(text), ['96.5亿元: - - 青岚新区', '61.3亿元: - - 青岚新区', '12.4亿元: - - 青岚新区']);
  });

  it('links none when the number is not the one counted', () => {
    const text = '5月9日,青岚新区举行第二批重点项目集中开工仪式。此次新区集中开工重点项目42个,总投资达96.5亿元。\n' +
      '同日,华辰集团有限公司与白鹭湾经开区签署合作协议。\n' +
      '在这30个项目中,产业项目有8个,总投资达61.3亿元;服务平台项目有5个,总投资达12.4亿元。';
    assert.deepEqual(linksOf(text), ['96.5亿元: - - 青岚新区', '61.3亿元: - - -', '12.4亿元: - - -']);
  });
});

describe('a place acting in the forms a clause subject pattern leaves out (`某县2月份投资X`, `、某县投资X的P`, `某市将…`)', () => {
  const OPENING = '2月10日,白鹭湾经开区智能装备产业园二期工程开工建设。';

  it('gives no park to a place\'s money with a time written after the place', () => {
    assert.deepEqual(linksOf(`${OPENING}伴随着机器轰鸣声,青河县3月份投资15亿元的8个重点项目已相继开工建设。`), ['15亿元: - - -']);
  });

  it('gives no park to the item of a list a place invests in, after the park\'s item', () => {
    const text = '从项目规模来看,过30亿元项目2个,总投资75亿元,分别为白鹭湾新区投资40亿元的青岚智能装备项目、青河县投资35亿元的远帆文旅城项目。';
    assert.deepEqual(parkOf(text).slice(-2), ['白鹭湾新区', '-']);
  });

  it('gives no park to the target of a city\'s plan (`某市将…,力争…突破X`)', () => {
    const text = '白鹭湾高新区新材料产业园正式挂牌。青松市副市长刘明表示,青松市将大力支持白鹭湾高新区新材料项目建设,力争2026年新材料产业产值突破800亿元。';
    assert.deepEqual(parkOf(text), ['-']);
  });

  it('gives no park to the sum of a city we know written without its level word (`某市招商引资超X`)', () => {
    const text = '总投资12亿元的青岚智能装备项目正式签约落户白鹭湾经开区。半天之内,40个项目集中签约,杭州招商引资超500亿元。';
    assert.deepEqual(parkOf(text), ['白鹭湾经开区', '-']);
  });

  it('gives no park to the batch a city we know starts (`其中,某市集中开工…项目N个,投资X`)', () => {
    const text = '8月2日,白鹭湾科技新城举行重点项目开工活动,开工项目98个、总投资233亿元。其中,杭州集中开工重点项目11个,投资总额27亿元。';
    assert.deepEqual(parkOf(text), ['白鹭湾科技新城', '-']);
    assert.deepEqual(parkOf(text.replace('其中,杭州集中开工', '其中,新城集中开工')), ['白鹭湾科技新城', '白鹭湾科技新城']);
  });

  it('keeps the park for an office named after investment (`某县投资促进中心`) and for the park\'s own plan', () => {
    assert.deepEqual(parkOf(`${OPENING}青河县投资促进中心介绍,3月份投资15亿元的8个重点项目已相继开工建设。`), ['白鹭湾经开区']);
    const text = '白鹭湾高新区新材料产业园正式挂牌。管委会负责人表示,园区将大力推进新材料项目建设,力争2026年新材料产业产值突破800亿元。';
    assert.deepEqual(parkOf(text), ['白鹭湾高新区']);
  });
});

describe('parks counted together as the subject (`A、B、C3个园区合计…X`, `一区四园共…总投资X`)', () => {
  it('links none of the parks listed before their count', () => {
    const text = '青松湖经济开发区去年实现税收收入60亿元。其中青松湖经济开发区、白鹭湾软件园、远帆信息产业园3个园区合计实现税收收入41.5亿元,占园区总税收的七成。';
    assert.deepEqual(parkOf(text), ['青松湖经济开发区', '-']);
  });

  it('links no park to the sums of a city\'s zone and parks named by their count, after one of them', () => {
    const text = '白鹭湾工业园今年新签约项目6个。今年以来,一区三园共接纳千万元以上的项目40个,总投资36.5亿元。';
    assert.deepEqual(parkOf(text).slice(-1), ['-']);
  });

  it('keeps the park whose own parks are counted without a deed of theirs (`K下辖3个园区,…`)', () => {
    const text = '白鹭湾工业园今年新签约项目6个。目前,白鹭湾工业园下辖3个园区,今年签约项目总投资36.5亿元。';
    assert.deepEqual(parkOf(text), ['白鹭湾工业园']);
  });
});

describe('a place written inside a name is no place subject', () => {
  it('links the park’s article to a project whose name holds a place and a deed word (`以某湾区新型…项目为例`)', () => {
    const text = '今年以来,青松湖高新区签约项目20个。\n以北湾区新型储能示范区项目为例,该项目计划投资超30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: 北湾区新型储能示范区项目 - 青松湖高新区']);
  });

  it('still links no park when a place that is no park opens the amount’s clause', () => {
    const text = '今年以来,青松湖高新区签约项目20个。\n北湾区新签约项目6个,总投资30亿元。';
    assert.deepEqual(linksOf(text), ['30亿元: - - -']);
  });
});

describe('places each with their share of a count (`某县1个,为总投资X的P项目`)', () => {
  const TEXT = '新签约项目中,50亿元以上工业项目3个。青岚经开区1个,为总投资70亿元的青岚锂电池隔膜生产项目。' +
    '白沙县1个,为总投资55亿元的白沙光伏组件建设项目。北湖区1个,为总投资52亿元的北湖储能电池制造项目。';

  it('links the park its own item, and no park to the items a county or district opens', () => {
    assert.deepEqual(linksOf(TEXT).map((l) => l.split(' ').pop()), ['-', '青岚经开区', '-', '-']);
  });

  it('reads a district written with a pinyin gloss (`北湖區(qū)1個`) as the item\'s place too', () => {
    const glossed = TEXT.replace('白沙县1个', '白沙縣1個').replace('北湖区1个', '北湖區(qū)1個');
    assert.deepEqual(linksOf(glossed).map((l) => l.split(' ').pop()), ['-', '青岚经开区', '-', '-']);
  });
});

describe('parks listed, then 分别', () => {
  it('links none of the parks listed before 分别 (`A、B、C分别与有关企业签署…,总投资X`)', () => {
    const text = '白鹭湾新区和青松湖新区签署合作框架协议。北湖新区、白鹭湾新区、云岭新区分别与有关企业签署项目合作协议,涉及6个项目,协议总投资约95亿元。';
    assert.deepEqual(linksOf(text), ['95亿元: - - -']);
  });

  it('still links the one park a sentence ties the money to after a list', () => {
    const text = '北湖新区、白鹭湾新区的代表出席。云岭新区与有关企业签署项目合作协议,协议总投资约95亿元。';
    assert.deepEqual(linksOf(text), ['95亿元: - - 云岭新区']);
  });
});

describe('a park heading the works an amount pays for (`总投资X的K“…”道路工程`)', () => {
  const TEXT = '基础设施类2项,分别是总投资0.4亿元的白石镇污水管网建设项目,总投资0.9亿元的青松湖经济开发区“七通一平”道路建设工程。';

  it('links the park, and not the project named before in the list', () => {
    assert.deepEqual(linksOf(TEXT).slice(1), ['0.9亿元: - - 青松湖经济开发区']);
  });

  it('leaves an industry park paid for itself to the rules of the article (no works after it)', () => {
    const text = '今年以来,青松湖经济开发区开复工项目26个。重点项目中,投资3亿元的明川食品产业园已完成厂房建设。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青松湖经济开发区']);
  });
});

describe('a park written right before its own investment, inside a `、` list (`…、K总投资X、…`)', () => {
  it('links the park though its clause does not start with it', () => {
    const text = '投资20亿元以上的项目有4个。其中,白石大桥总投资36亿元、青松湖纺织产业园总投资24.5亿元、宏泰数控机床项目总投资21亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ').pop()).slice(1), ['-', '青松湖纺织产业园', '-']);
  });
});

describe('a park naming the event of its projects in the amount\'s sentence (`在K…重大项目签约仪式上`)', () => {
  const BEFORE = '衢州高新区今年签约项目12个。作为衢州高新区的代表,前不久,在2024丽水经开区(莲都区)';

  it('links the sum of the event\'s projects to that park, though another park is named before it', () => {
    const text = `${BEFORE}产业链重大项目签约仪式上,12个重点项目集中签约,投资总金额95.6亿元。`;
    assert.deepEqual(linksOf(text), ['95.6亿元: - - 丽水经开区']);
  });

  it('does not take a park named before a meeting of another kind for the sum\'s', () => {
    const text = `${BEFORE}经济工作会议上,12个重点项目集中签约,投资总金额95.6亿元。`;
    assert.notDeepEqual(linksOf(text), ['95.6亿元: - - 丽水经开区']);
  });
});

describe('a park that only hosts a city\'s or county\'s event (`某某市重点项目签约仪式在K举行`)', () => {
  const CITY_EVENT = '5月9日,2023年青州市重点项目集中签约暨开工仪式在云岭经开区举行,共签约项目16个,总投资86亿元。\n';

  it('links the event\'s sums to no park: the projects are the place\'s, the park is the venue', () => {
    const text = `${CITY_EVENT}其中,工业项目9个,总投资41亿元。`;
    assert.deepEqual(linksOf(text), ['86亿元: - - -', '41亿元: - - -']);
  });

  it('reads the event past the county and the zone before the park it is held in', () => {
    const text = '3月2日,白河县2024年第一季度重大项目集中开工仪式在石岭县石岭工业园区石岭光伏产业基地举行,总投资320亿元的58个项目集中开工。';
    assert.deepEqual(linksOf(text), ['320亿元: - - -']);
  });

  it('still links the sums of an event that bears the park\'s name, or no place\'s, to the park it is held in', () => {
    const parks = '5月9日,云岭经开区2023年重点项目集中签约仪式在云岭经开区举行,共签约项目16个,总投资86亿元。';
    assert.deepEqual(linksOf(parks), ['86亿元: - - 云岭经开区']);
    const nameless = '5月9日,重点项目集中签约仪式在云岭经开区举行,共签约项目16个,总投资86亿元。';
    assert.deepEqual(linksOf(nameless), ['86亿元: - - 云岭经开区']);
  });

  it('reads a city\'s event named without `项目` (a campaign, a fair) as the place\'s too', () => {
    const text = '日前,青州市2023年智能装备产业系列招商活动在云岭经开区举行。\n活动共签约项目18个,投资总额52亿元。';
    assert.deepEqual(linksOf(text), ['52亿元: - - -']);
  });

  it('reads the park\'s event joined by `暨` to a city\'s as the place\'s: the text does not split the batch', () => {
    const text = '9月12日,云岭经开区招商签约仪式暨青州市秋季重点项目开工活动举行。\n本次共签约项目40个,总投资300亿元。';
    assert.deepEqual(linksOf(text), ['300亿元: - - -']);
  });

  it('still links the park whose own part of a joint event is named, or whose event is joined to another park\'s', () => {
    const named = '8月3日,青州市招商引资签约仪式暨云岭经开区产业推介会在云岭经开区举行。\n现场共签约项目20个,总投资100亿元。';
    assert.deepEqual(linksOf(named), ['100亿元: - - 云岭经开区']);
    const parks = '9月12日,云岭经开区秋季招商仪式暨云杉产业园投产活动举行。\n本次共签约项目40个,总投资300亿元。';
    assert.deepEqual(linksOf(parks), ['300亿元: - - 云岭经开区']);
  });
});

describe('the batch of a place\'s or a fair\'s event told before it in the paragraph (`某省…开工仪式在K举行,…投资总额X`)', () => {
  const HEADLINE = '云岭经开区拿下200亿元\n';

  it('links no park to a province\'s event\'s sums, the park its venue (a year without 年, a space in the venue)', () => {
    const text = '9月3日,作为2019临川国际酒类博览会重要专题活动之一,2019临川省产业大招商重大项目开工仪式在临川市青枫航空港经济区云杉 数据城举行,集中开工新引进项目120个,投资总额560亿元。';
    assert.deepEqual(linksOf(text), ['560亿元: - - -']);
  });

  it('links no park to a city\'s event\'s sums sentences later, though one of its projects settles in the park', () => {
    const text = '蓝湾公司总投资12亿元的光学膜项目正式签约落户青州市云岭经开区。\n21日,青州市第二批招商项目云签约仪式在市民中心举行,蓝湾公司也在签约之列。半天之内,40个项目集中签约。其中,内资项目35个,投资总额300亿元,外资项目5个,投资总额2亿美元。';
    assert.deepEqual(linksOf(text), ['12亿元: 光学膜项目 蓝湾公司 青州市云岭经开区', '300亿元: - - -', '2亿美元: - - -']);
  });

  it('links no park to a fair\'s event\'s sums under a park\'s headline', () => {
    const text = `${HEADLINE}6月19日,2022青州国际智能博览会重点项目签约仪式在青州宾馆举行。此次签约的重点项目中包含内资项目40个,投资总额约300亿元;外资项目3个,投资总额约5亿美元。`;
    assert.deepEqual(parkOf(text), ['云岭经开区', '-', '-']);
  });

  it('still links the park named after the event, the park the event is named after, and a nameless event\'s park', () => {
    const after = `${HEADLINE}6月19日,2022青州国际智能博览会重点项目签约仪式在青州宾馆举行。其中,云岭经开区签约项目12个,总投资86亿元。`;
    assert.deepEqual(parkOf(after), ['云岭经开区', '云岭经开区']);
    const own = `${HEADLINE}6月19日,云岭经开区重点项目签约仪式在青州宾馆举行。此次签约项目12个,总投资86亿元。`;
    assert.deepEqual(parkOf(own), ['云岭经开区', '云岭经开区']);
    const nameless = `${HEADLINE}6月19日,重点项目集中签约仪式在青州宾馆举行。此次签约项目12个,总投资86亿元。`;
    assert.deepEqual(parkOf(nameless), ['云岭经开区', '云岭经开区']);
  });
});

describe('a park the amount describes, after the zone it lies in (`K1K2…总投资X的K2`)', () => {
  const ZONE = '近年来,青枫湖高新区云杉智能装备产业园加快建设,引进企业20家。';

  it('links `总投资X的K2` to K2 when K2 was written right after the zone named before it', () => {
    const text = `${ZONE}作为回乡创业标杆项目,总投资18亿元的云杉智能装备产业园主攻数控机床。`;
    assert.deepEqual(linksOf(text), ['18亿元: - - 云杉智能装备产业园']);
  });

  it('links a park built with the money to itself, though another zone was named before (its own construction)', () => {
    const text = `${ZONE}总投资3亿元的白桦农产品产业园已完成厂房建设。`;
    assert.deepEqual(linksOf(text), ['3亿元: - - 白桦农产品产业园']);
  });

  it('keeps the zone for a park listed among the zone\'s projects, or a company\'s base', () => {
    const listed = `${ZONE}重点项目中,总投资3亿元的白桦农产品产业园已完成厂房建设。`;
    assert.deepEqual(linksOf(listed)[0], '3亿元: - - 青枫湖高新区');
    const base = `${ZONE}蓝帆电子股份有限公司在此开工建设年产值30亿元的蓝帆电子华中产业基地。`;
    assert.notEqual(linksOf(base)[0].split(' ').pop(), '蓝帆电子华中产业基地');
  });

  it('reads the amount\'s qualifier before `的` (`总投资X以上的K`)', () => {
    assert.deepEqual(linksOf('最大的奠基项目是总投资50亿元以上的松林海洋科技园。'), ['50亿元: - - 松林海洋科技园']);
  });
});

describe('a sum of a whole place said by a determiner (`全市…总投资X`, `落户该市的…项目共计N个,总投资X`)', () => {
  const PARK = '今年以来,青桐湖高新区签约项目12个,总投资48亿元。';

  it('links the city\'s sums to no park in an article about one park', () => {
    const text = `${PARK}目前,落户该市的新能源项目共计9个,总投资达150亿元。一季度全市项目总投资620亿元。`;
    assert.deepEqual(linksOf(text), ['48亿元: - - 青桐湖高新区', '150亿元: - - -', '620亿元: - - -']);
  });

  it('keeps the park for the same sums said without the whole place', () => {
    const text = `${PARK}目前,落户的新能源项目共计9个,总投资达150亿元。`;
    assert.deepEqual(linksOf(text), ['48亿元: - - 青桐湖高新区', '150亿元: - - 青桐湖高新区']);
  });

  it('reads `该县工业园区` as the county\'s park, not the county as a whole', () => {
    const text = '今年以来,松岗县工业园区签约项目12个,总投资48亿元。目前,该县工业园区入驻项目共计9个,总投资达150亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.endsWith('松岗县工业园区')), [true, true]);
  });

  it('reads a whole place a figure is ranked in (`走在全市前列`, `居全省首位`) as no subject of the sum', () => {
    const text = `${PARK}会议要求,推动园区发展走在全市前列,确保全年实际使用外资3亿美元以上。`;
    assert.deepEqual(parkOf(text), ['青桐湖高新区', '青桐湖高新区']);
  });

  it('still reads the place whose ordinal batch or sector the sum counts (`全省第二批`, `全市第二产业`)', () => {
    const text = `${PARK}全省第二批重大项目集中开工,总投资300亿元。全市第二产业实际利用外资5亿美元。`;
    assert.deepEqual(parkOf(text), ['青桐湖高新区', '-', '-']);
  });
});

describe('a clause opened by a bare kind word, about the article\'s park of that kind', () => {
  const TEXT =
    '加快扩区\n' +
    '青枫生物医药产业基地建立于2008年,已入驻企业300余家。记者从东湖新区了解到,扩区工作已全面启动。\n' +
    '随着自贸区东湖片区获批,东湖新区迎来新的发展机遇,青枫生物医药产业基地也迎来机遇。\n' +
    '负责人表示,2023年一季度基地完成规上工业产值86亿元,同比增长25%;税收4.2亿元,同比增长14%。';

  it('links the clause\'s sums to the one park of that kind the article opens with and names most', () => {
    assert.deepEqual(parkOf(TEXT), ['青枫生物医药产业基地', '青枫生物医药产业基地']);
    const fewer = TEXT.replace('东湖新区迎来新的发展机遇', '白塔新材料产业基地和东湖新区迎来新的发展机遇');
    assert.deepEqual(parkOf(fewer), ['青枫生物医药产业基地', '青枫生物医药产业基地']);
  });

  it('does not when two parks of that kind are named as often', () => {
    const two = TEXT.replace('东湖新区迎来新的发展机遇', '白塔新材料产业基地和东湖新区迎来新的发展机遇').replace('记者从东湖新区', '记者从白塔新材料产业基地');
    assert.deepEqual(parkOf(two), ['-', '-']);
  });

  it('does not take a park of that kind named only after the amount', () => {
    const after = TEXT.replace(/青枫生物医药产业基地/g, '该园').replace('同比增长14%', '同比增长14%,青枫生物医药产业基地、青枫生物医药产业基地也有增长');
    assert.notEqual(parkOf(after)[0], '青枫生物医药产业基地');
  });
});

describe('money invested in the park written after it (`投資X於K`, `達X,投資於K`)', () => {
  const TWO_PARKS = '青禾科技股份有限公司投資4.5億元於北部科學園區竹南園區，主要生產精密陶瓷零件。'
    + '其中，宏遠材料股份有限公司金額最大、達3.2億元，投資於南部科學園區路竹園區。';

  it('links each amount to the park after it, the inner one of a zone and its part', () => {
    assert.deepEqual(parkOf(TWO_PARKS), ['竹南園區', '路竹園區']);
  });

  it('does not when a clause of its own follows the amount (`,於K舉辦`)', () => {
    const text = '青禾科技股份有限公司投資4.5億元，於北部科學園區竹南園區舉辦說明會，另與南部科學園區路竹園區簽訂備忘錄。';
    assert.deepEqual(parkOf(text), ['-']);
  });
});

describe('the projects of a whole province or city the sum describes (`总投资X的某省重大项目在K开工`)', () => {
  const TEXT = '6日上午,共计312个、总投资2760亿元的湖南省重大项目在青松经济开发区的主会场集中开工。青松经济开发区此次开工项目8个,总投资56亿元。';

  it('links the province\'s sum to no park, not to the park hosting the start', () => {
    assert.deepEqual(parkOf(TEXT), ['-', '青松经济开发区']);
  });

  it('still links a sum of projects that are no place\'s (`总投资X的重大项目在K开工`)', () => {
    assert.equal(parkOf(TEXT.replace('的湖南省重大项目', '的重大项目'))[0], '青松经济开发区');
  });
});

describe('a park ending the first clause of its sentence behind a modifier (`由C投资兴建的K,…,总投资X`)', () => {
  const OPENING = '5月9日,白石经济开发区召开项目推介会。';

  it('links the sentence\'s money to the park the clauses after go on about', () => {
    const text = `${OPENING}由青禾集团与远帆物流有限公司共同投资兴建的鹭湾物流产业园,总规划用地1200亩,分两期建设,总投资约18亿元,是一个综合物流基地。`;
    assert.deepEqual(parkOf(text), ['鹭湾物流产业园']);
  });

  it('does not when the park is itself a modifier (`…的K的配套道路`)', () => {
    const text = `${OPENING}由青禾集团与远帆物流有限公司共同投资兴建的鹭湾物流产业园的配套道路,分两期建设,总投资约18亿元。`;
    assert.notEqual(parkOf(text)[0], '鹭湾物流产业园');
  });
});

describe('`进驻该园区` is the park spoken of, no place elsewhere', () => {
  const TEXT = '青松工业园区始建于2005年,占地12平方公里。目前,进驻该园区的项目有36个,合同投资额近40亿元。';

  it('links the sum of the projects moved into `该园区` to the article\'s park', () => {
    assert.deepEqual(parkOf(TEXT), ['青松工业园区']);
  });

  it('links none when they moved into a place that is no park (`进驻主城区`)', () => {
    assert.deepEqual(parkOf(TEXT.replace('进驻该园区', '进驻主城区')), ['-']);
  });
});

describe('the park the news is told by is no other park (`记者从L获悉,K…完成投资X`)', () => {
  it('links the money to the clause\'s subject, not to the source', () => {
    const text = '记者5月6日从白石高新区获悉,青禾智能装备产业园目前已落地项目12个,完成投资3.5亿元。';
    assert.deepEqual(parkOf(text), ['青禾智能装备产业园']);
  });

  it('links none when the other park is no source (`L发布消息,K…`)', () => {
    const text = '白石高新区和青禾智能装备产业园发布消息,青禾智能装备产业园目前已落地项目12个,完成投资3.5亿元。';
    assert.deepEqual(parkOf(text), ['-']);
  });
});

describe('money built right after it in a place that is no park (`投入X在某某中心扩建…`)', () => {
  const TEXT = '顺达精工规划投资8亿元,在青山工业区新建厂房。宏远电子将投入15亿元在星光中心三期扩建厂房及产线。';

  it('links no park, not the park of the sentence before', () => {
    assert.deepEqual(parkOf(TEXT), ['青山工业区', '-']);
  });

  it('reads the next clause too (`投资X,在渝设立…`), over the article\'s park', () => {
    assert.deepEqual(parkOf('白鹭湾新区举行重点项目签约仪式。宏远集团投资30亿元,在渝设立西南生产基地及总部。'), ['-']);
  });

  it('keeps a park written there, and a place that may be a park we did not recognise', () => {
    assert.deepEqual(parkOf(TEXT.replace('星光中心三期', '青山工业区')), ['青山工业区', '青山工业区']);
    assert.deepEqual(parkOf(TEXT.replace('星光中心三期', '星光园')), ['青山工业区', '青山工业区']);
  });
});

describe('money spent on a plant the next clause starts works on in the park (`投资X,启动K厂房扩建计划`)', () => {
  const TEXT = '投资台湾事务所今天通过3家台商回台投资案,投资额共逾25亿元。\n'
    + '顺达精工公司决定返台投资超过3亿元,在白沙科技园区新建产线。宏远电子公司将投资超过8亿元,启动青山工业区厂房及产线扩增计划。';

  it('links the amount to the park whose plant the works are on, not the park of the firm before', () => {
    assert.deepEqual(parkOf(TEXT), ['-', '白沙科技园区', '青山工业区']);
  });

  it('reads it in Traditional characters (`投資近X,啟動K閒置廠房擴建計畫`)', () => {
    const text = '顺达精工公司決定返台投資超過3億元,在白沙科技園區新建產線。宏远電子公司將投資近8億元,啟動青山工業區閒置廠房擴建計畫。';
    assert.deepEqual(parkOf(text), ['白沙科技園區', '青山工業區']);
  });

  it('does not when the park after the verb holds no plant (`启动K招商推介活动`)', () => {
    assert.notEqual(parkOf(TEXT.replace('厂房及产线扩增计划', '招商推介活动'))[2], '青山工业区');
  });
});

describe('a park placed after a clause that opens a part of the amount (`X,其中…落户K`, `X,分别为K…`, `X,分两期建设,一期…选址K`)', () => {
  it('links no park to a total whose `其中` part settles in the park after it', () => {
    const text = '二月份,县政府与投资方新签约招商项目12项,协议总投资8.3亿元,其中与远帆机械有限公司等7户企业签约的精密铸件项目7项,将全部落户青岚县白石装备产业园。';
    assert.equal(linksOf(text)[0], '8.3亿元: - - -');
  });

  it('links no park to a count\'s total whose members are listed with `分别为`', () => {
    const text = '从项目规模来看,过30亿元项目2个,总投资75亿元,分别为红枫新区投资45亿元的远帆化工项目、某县投资30亿元的青岚商贸城项目。';
    assert.ok(linksOf(text).includes('75亿元: - - -'));
  });

  it('links no park to a project\'s total split into phases placed one by one', () => {
    const text = '9月2日,青岚县与远帆储能科技有限公司举行储能电池制造项目签约仪式。据介绍,项目总投资18亿元,分两期建设,一期拟投资6亿元,选址白石工业园。二期拟投资12亿元,占地300亩,选址红枫工业园。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['-', '白石工业园', '红枫工业园']);
  });

  it('still places a total whose own clause settles in the park', () => {
    const text = '二月份,远帆机械有限公司等7户企业新签约精密铸件项目7项,协议总投资8.3亿元,将全部落户白石装备产业园。';
    assert.equal(linksOf(text)[0].split(' ').pop(), '白石装备产业园');
  });
});

describe('a park that hosts the ceremony of the park holding it (`K1在K2举行重大项目开工仪式`)', () => {
  it('gives the event\'s sums in the next sentence to K1, the subject, not to K2, the venue', () => {
    const text = '昨日,白鹭湾高新区在青松科技产业基地举行重大项目开工仪式。本次集中开工项目18个,总投资150亿元,年度计划投资20亿元。';
    assert.deepEqual(linksOf(text), ['150亿元: - - 白鹭湾高新区', '20亿元: - - 白鹭湾高新区']);
  });

  it('keeps the park of a company\'s own ceremony (`C在K举行开工仪式`) for the money of the next sentence', () => {
    const text = '8月5日,远帆电器在白鹭湾新区举行新基地开工仪式。此次开工的项目总投资30亿元,建成后年产值超过80亿元。2009年,远帆电器曾在青松高新区设立分公司。';
    assert.deepEqual(linksOf(text), ['30亿元: - - 白鹭湾新区', '80亿元: - - 白鹭湾新区']);
  });

  it('still puts them in K2 where the projects start there (`在K2新开工…`)', () => {
    const text = '昨日,白鹭湾高新区在青松科技产业基地新开工重大项目18个。本次集中开工项目18个,总投资150亿元,年度计划投资20亿元。';
    assert.deepEqual(linksOf(text), ['150亿元: - - 青松科技产业基地', '20亿元: - - 青松科技产业基地']);
  });
});

describe('the park the money builds (`投资X建设的K`, `投资X,建设K`)', () => {
  const ZONE = '近年来,青枫湖经济开发区加快产业转型,引进企业30家。';

  it('links `投资X建设的K` to K, not to the zone named before', () => {
    const text = `${ZONE}特别是对口帮扶投资2.4亿元建设的松涛农产品产业园一期已投入运营。`;
    assert.deepEqual(parkOf(text), ['松涛农产品产业园']);
  });

  it('links `投资X,建设K` to K when the park closes the clause the verb opens', () => {
    const text = `${ZONE}蓝湾公司将投资12亿元,建设青岚光电产业园,预计明年投产。`;
    assert.deepEqual(parkOf(text), ['青岚光电产业园']);
  });

  it('reads a few words of manner before the verb and the size of the park after it (`,集中连片建设1万亩K`)', () => {
    const text = `${ZONE}蓝湾商会与园区签订意向协议,预计总投资80亿元,集中连片建设5000亩青岚光电产业园,引进一批企业。`;
    assert.deepEqual(parkOf(text), ['青岚光电产业园']);
  });

  it('reads past the head of the name the recogniser left out of the park (`,建设第8代K`)', () => {
    const text = `${ZONE}蓝湾光电株式会社将投资120亿元,建设第8代新型显示全产业链产业园,预计明年投产。`;
    assert.match(parkOf(text)[0] ?? '', /产业园$/);
  });

  it('keeps the zone when the clause goes on past the park (`,建设K和L`) or its verb builds nothing (`,考察K`)', () => {
    const on = `${ZONE}蓝湾公司将投资12亿元,建设青岚光电产业园和松涛农产品产业园,预计明年投产。`;
    assert.deepEqual(parkOf(on), ['青枫湖经济开发区']);
    const visit = `${ZONE}蓝湾公司将投资12亿元,考察青岚光电产业园,预计明年投产。`;
    assert.deepEqual(parkOf(visit), ['青枫湖经济开发区']);
  });
});

describe('other stories listed after the article (`相关推荐`⏎…)', () => {
  const STORY = '青枫湖经济开发区再添新项目\n5月6日,青枫湖经济开发区与蓝湾材料有限公司签约,总投资12亿元的光学膜项目落户园区。项目达产后预计年营收8亿元,带动就业200人,助力园区打造新材料产业集群。\n';

  it('links no park to the money of the stories after the heading', () => {
    const text = `${STORY}相关推荐\n某某化工品价格创新高\n据行业网站消息,上周某某化工品出厂价上调至1.2万元,较前一交易日上涨500元。\n`;
    assert.deepEqual(parkOf(text), ['青枫湖经济开发区', '青枫湖经济开发区', '-', '-']);
  });

  it('reads a heading above the story as the site\'s header, not a list of other stories', () => {
    const text = `某某新闻网\n相关推荐\n${STORY}`;
    assert.deepEqual(parkOf(text), ['青枫湖经济开发区', '青枫湖经济开发区']);
  });
});

describe('the park a paragraph\'s money has gone to so far (`K…投资X。…入驻企业…,总投资Y,年产值Z`)', () => {
  const OPENING = '7月17日,全市重点项目观摩活动在青枫县举行,观摩了7个重点项目。\n翠屏光伏产业园项目。翠屏光伏产业园位于白石工业园区东岭片区,规划用地300亩,总投资6.4亿元。项目分两期实施建设:一期投资2.1亿元,建设2栋标准厂房。';
  const OTHER = '\n青枫县云溪小镇项目。该项目总投资20亿元,核心区位于松涛经济开发区。\n松涛经济开发区另有一个项目,总投资5亿元。';

  it('gives the later item amounts of the paragraph, nothing tying them anywhere, the park the amount before went to', () => {
    const text = `${OPENING}1号厂房入驻企业是蓝湾光电公司,主要生产光伏背板、接线盒,总投资3000万元,年产值5000万元;2号厂房入驻企业是松涛电子公司,总投资1800万元。${OTHER}`;
    assert.deepEqual(parkOf(text).slice(1, 5), Array(4).fill('白石工业园区东岭片区'));
  });

  it('leaves an amount in the next paragraph, or after the item of a list (`投资X、`), to its own reading', () => {
    const next = `${OPENING}\n1号厂房入驻企业是蓝湾光电公司,主要生产光伏背板,总投资3000万元。${OTHER}`;
    assert.equal(parkOf(next)[2], '-');
    const list = `${OPENING.replace('一期投资2.1亿元,', '一期投资2.1亿元、')}1号厂房入驻企业是蓝湾光电公司,主要生产光伏背板,总投资3000万元。${OTHER}`;
    assert.equal(parkOf(list)[2], '-');
  });

  it('leaves an item its own sentence places somewhere (`位于某镇的P项目,投资Y`) to its own reading', () => {
    const placed = `${OPENING}1号厂房入驻企业是蓝湾光电公司,位于青枫县云溪镇的配套仓库总投资3000万元。${OTHER}`;
    assert.equal(parkOf(placed)[2], '-');
  });

  it('leaves the next items of a `;` list to their own reading after an item a park opens (`;K…,总投资X;L…工程,总投资Y`)', () => {
    // (`K配套道路工程` would be the name of works holding the park, no PARK: parkHeadingWorks.ts)
    const list =
      '今年,青枫县计划实施交通项目4个:白石大道拓宽工程,总投资1.6亿元;翠屏光伏产业园东区标准厂房,总投资1.18亿元;' +
      '云溪湖度假酒店进场道路改造,总投资8100万元;松涛干线青枫段改造项目,总投资2000万元。';
    assert.deepEqual(parkOf(list), ['-', '翠屏光伏产业园', '-', '-']);
  });

  it('still carries the park over `;` when it opens no item of a list but a clause (`其中,K…,总投资X;…总投资Y`)', () => {
    const text = '7月17日,青枫县观摩了7个重点项目。\n其中,翠屏光伏产业园东区标准厂房,总投资1.18亿元;2号厂房入驻企业是松涛电子公司,总投资1800万元。';
    assert.deepEqual(parkOf(text), ['翠屏光伏产业园', '翠屏光伏产业园']);
  });
});

describe('parks named among the projects a park counts (`K迎来A小镇及B中心两大项目`, `K开工的有A产业园、B产业园研发楼…`)', () => {
  // Another zone with its own money first: the article is about no one park, so only the sentence ties the sum.
  const OTHER = '红枫经济开发区上月签约项目5个,总投资20亿元。';

  it('gives the sum to the park that signs the listed projects, not to a park listed among them', () => {
    const text = `${OTHER}白鹭湾新区本周迎来“云上茶乡”文化小镇及远帆集团区域结算中心两大项目,计划投资共86.5亿元。`;
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['红枫经济开发区', '白鹭湾新区']);
  });

  it('gives the sum to the park whose started projects the list names, a park heading an item of it included', () => {
    const text = `${OTHER}白鹭湾新区今天开工的有红杉智能装备产业园、青杉产业园区研发楼和一座污水厂,合计投资61亿元。`;
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').pop()), ['红枫经济开发区', '白鹭湾新区']);
  });

  it('still reads a listed park that acts in a clause of its own as another park (no link)', () => {
    const text = `${OTHER}白鹭湾新区今天开工的有红杉智能装备产业园、青杉产业园区研发楼和一座污水厂,青杉产业园区另有配套项目2个,合计投资61亿元。`;
    assert.equal(linksOf(text)[1], '61亿元: - - -');
  });
});

describe('a title\'s sum the body restates in another scope (`总投资X签约N个项目 K…`⏎`…项目总投资X`)', () => {
  const PAGE = '总投资96亿元签约6个产业项目 白鹭湾新区加快培育航空物流产业集群\n\n' +
    '  6月3日,红枫经济开发区与白鹭湾新区联合举办的航空物流产业推介会举行,红枫经济开发区签约项目5个。\n\n' +
    '  会上,白鹭湾新区分别同远帆物流股份有限公司、海川航空股份有限公司签下入园合同,项目总投资96亿元。\n';

  it('gives the title\'s sum the park of the body\'s amount with the same figure, though that one is read as an item', () => {
    assert.deepEqual(parkOf(PAGE), ['白鹭湾新区', '白鹭湾新区']);
  });

  it('takes nothing from a body figure with another qualifier (`约X`)', () => {
    assert.deepEqual(parkOf(PAGE.replace('项目总投资96亿元', '项目总投资约96亿元')), ['-', '白鹭湾新区']);
  });
});

describe('`在集中开工的N个项目中` is no place elsewhere', () => {
  const TEXT = '昨日,白鹭湾航空港区举办重点工程开工活动,总投资52.4亿元的15个重大项目同时动工。\n' +
    '同日,华辰集团有限公司与红枫经开区签署合作协议。\n' +
    '在集中开工的15个项目中,有产业类项目6个,总投资31.2亿元。';

  it('leaves the part of the park\'s batch to the park, `集中` being how the projects started', () => {
    assert.deepEqual(parkOf(TEXT), ['白鹭湾航空港区', '白鹭湾航空港区']);
  });

  it('still reads a county the projects started in as a place elsewhere', () => {
    assert.deepEqual(parkOf(TEXT.replace('在集中开工的15个', '在青河县开工的15个')), ['白鹭湾航空港区', '-']);
  });
});

describe('a `其中` sentence a few sentences after the park\'s whole, nothing said between', () => {
  const TEXT = '红枫经济开发区上月签约项目5个,总投资20亿元。\n' +
    '26日,青岚空港经济区一次签下并动工45个项目,计划投资总额逾570亿元。这是青岚空港经济区稳增长的一项安排。\n' +
    '这批项目分布在航材、冷链、融资租赁等行业。其中,签约的有海川医疗华南总部、远帆冷链分拨中心等13个,总投资约460亿元。';

  it('divides that whole: its sum is the park\'s', () => {
    assert.deepEqual(parkOf(TEXT), ['红枫经济开发区', '青岚空港经济区', '青岚空港经济区']);
  });

  it('divides it no more once a sentence between states money of its own', () => {
    const parks = parkOf(TEXT.replace('这批项目分布在航材、冷链、融资租赁等行业。', '这批项目年内计划投资90亿元。'));
    assert.notEqual(parks[parks.length - 1], '青岚空港经济区');
  });
});

describe('a park opening a long sentence as its subject, its sums far after it', () => {
  const LATER = '\n活动前,嘉宾还到红枫经济开发区和白沙工业园观摩了项目建设。';
  const TEXT = '据了解,白鹭湾科技城此次动工的重点工程分布在先进制造、创新平台、能源设施、公共服务、生态修复和城市更新几个方向,既有新建也有续建,' +
    '计有红杉智能装备产业园、青杉产业园区研发楼及附属设施等制造类项目7个,总投资142亿元;海川学院专家公寓等配套类项目4个,总投资58亿元。' + LATER;

  it('gives the sentence\'s sums to the subject park, though a gap would not reach it', () => {
    assert.deepEqual(parkOf(TEXT), ['白鹭湾科技城', '白鹭湾科技城']);
  });

  it('gives none when the park does not open the sentence, or a place acts between', () => {
    assert.deepEqual(parkOf(TEXT.replace('据了解,白鹭湾科技城此次', '据了解,在海川集团支持下,白鹭湾科技城此次')), ['-', '-']);
    assert.deepEqual(parkOf(TEXT.replace('计有红杉智能装备产业园、青杉产业园区研发楼及附属设施等制造类项目7个', '青河县签约制造类项目7个')), ['-', '-']);
  });
});

describe('a bare kind word opening a clause, in an article whose first words are its park', () => {
  const TEXT =
    '青溪工业园区属省级重点园,发展格局为“一园两区”(城东和城北工业区),其中城东工业区从2005年开始建设,已入驻企业120家。\n' +
    '2022年,园区实现主营业务收入48.6亿元,同比增长21%;上缴税收1.72亿元,同比增长16%。';

  it('links the clause\'s sums to the park the article opens with, though named once as its areas are', () => {
    assert.deepEqual(parkOf(TEXT), ['青溪工业园区', '青溪工业园区']);
  });

  it('does not when a title of other words comes before it', () => {
    assert.deepEqual(parkOf(`扎实推进园区建设\n${TEXT}`), ['-', '-']);
  });
});
