// `C将在K建设P项目,总投资X`: the company that builds the project written after it is the project's company.
import { strict as assert } from 'node:assert';
import { projectAndCompanyOf as projectAndCompany } from '../linkHelpers';

describe('the company that builds the project after it (`C将在K建设P项目`)', () => {
  it('gives the builder to the project\'s amounts after it in the sentence', () => {
    const text = '近日,青禾新能源有限公司将在柳溪高新区东部园区建设年产5万吨储能电池材料项目,总投资达18亿元,首期投资6亿元。';
    assert.deepEqual(projectAndCompany(text), [
      '18亿元: 年产5万吨储能电池材料项目 青禾新能源有限公司',
      '6亿元: 年产5万吨储能电池材料项目 青禾新能源有限公司',
    ]);
  });

  it('reads `由C投资建设的P项目` the same way', () => {
    const text = '由远川精工科技有限公司投资建设的高端轴承生产基地项目,总投资9亿元,预计年产值15亿元。';
    assert.deepEqual(projectAndCompany(text), [
      '9亿元: 高端轴承生产基地项目 远川精工科技有限公司',
      '15亿元: 高端轴承生产基地项目 远川精工科技有限公司',
    ]);
  });

  it('gives nothing to one of several builders (`C1和C2联合投资建设P`)', () => {
    const text = '由北岭实业集团有限公司和南塘纺织有限公司联合投资建设的云桥纺织产业园项目,总投资30亿元。';
    assert.ok(!projectAndCompany(text)[0].endsWith('南塘纺织有限公司'));
  });

  it('gives the project to the company joined to a host place (`某区和C拟建P`)', () => {
    const text = '其中,青川市北岭区和远澜文旅发展有限公司拟建青川·云溪花谷项目,签约金额达45亿元,将打造生态度假区。';
    assert.deepEqual(projectAndCompany(text), ['45亿元: 青川·云溪花谷项目 远澜文旅发展有限公司']);
  });

  it('still gives nothing when the party joined before is a company (`C1和C2拟建P`)', () => {
    const text = '其中,北岭实业集团有限公司和远澜文旅发展有限公司拟建青川·云溪花谷项目,签约金额达45亿元。';
    assert.ok(!projectAndCompany(text)[0].endsWith('远澜文旅发展有限公司'));
  });

  it('reads no builder across a clause break (`C…,K建设P项目`)', () => {
    const text = '青禾新能源有限公司董事长到访柳溪,柳溪经济开发区将加快建设年产5万吨储能电池材料项目。\n据悉,年产5万吨储能电池材料项目总投资18亿元。';
    assert.deepEqual(projectAndCompany(text), ['18亿元: 年产5万吨储能电池材料项目 -']);
  });
});

describe('a company set off by a comma, or written before its project\'s quoted name (`C,此次新建“P项目”`, `C“P项目”`)', () => {
  it('reads the company before a comma and a verb of building as the builder, and one before the quote as the owner', () => {
    const built = '隶属某某集团的宁川远帆涂料有限公司,此次新建“年产5万吨防水材料项目”,计划总投资2亿元。项目建成后,预计年产值约4.2亿元。';
    assert.deepEqual(projectAndCompany(built), ['2亿元: 年产5万吨防水材料项目 宁川远帆涂料有限公司', '4.2亿元: 年产5万吨防水材料项目 宁川远帆涂料有限公司']);
    const quoted = '此次开工的青禾材料有限公司“精密铸件项目”,致力于国产化制造。该项目总投资8.6亿元。';
    assert.deepEqual(projectAndCompany(quoted), ['8.6亿元: 精密铸件项目 青禾材料有限公司']);
  });

  it('reads no company set off before a clause that builds nothing as the builder', () => {
    const text = '考察团走访了宁川远帆涂料有限公司,随后参观“年产5万吨防水材料项目”,该项目总投资2亿元。';
    assert.deepEqual(projectAndCompany(text), ['2亿元: 年产5万吨防水材料项目 -']);
  });
});

describe('the builder said of the project spoken of (`项目由C开发建设`)', () => {
  it('gives the project its paragraph spoke of last to the company a later `项目由C` clause names', () => {
    const text = '松岭镇云栖温泉小镇项目位于北坡片区,占地约60亩,总投资约8亿元。项目由远川文旅发展有限公司开发建设,将打造度假综合体。';
    assert.deepEqual(projectAndCompany(text), ['8亿元: 松岭镇云栖温泉小镇项目 远川文旅发展有限公司']);
  });

  it('reads `P项目由C开发建设` like `由C投资建设`', () => {
    const text = '青禾总部港项目由澄湖置业有限公司开发建设,这是第三个开发项目,总投资约6亿元。';
    assert.deepEqual(projectAndCompany(text), ['6亿元: 青禾总部港项目 澄湖置业有限公司']);
  });

  it('gives the project of the clause before to the company of a `由C` clause after it (`P项目位于K,由C投资建设`)', () => {
    const text = '总投资12亿元的云栖光电显示模组项目正式签约。据悉,云栖光电显示模组项目选址柳溪经开区,由宁川光电科技有限公司投资建设。';
    assert.deepEqual(projectAndCompany(text), ['12亿元: 云栖光电显示模组项目 宁川光电科技有限公司']);
    const comma = '总投资12亿元的云栖光电显示模组项目正式签约。此次签约的云栖光电显示模组项目,由宁川光电科技有限公司开发。';
    assert.deepEqual(projectAndCompany(comma), ['12亿元: 云栖光电显示模组项目 宁川光电科技有限公司']);
  });

  it('also when the `由C` clause, with no subject of its own, comes several clauses after the project\'s', () => {
    const far = '总投资12亿元的云栖晶显模组项目正式签约。据悉,云栖晶显模组项目选址柳溪经开区,占地200亩,主要生产车载显示屏,由宁川晶显有限公司投建。';
    assert.deepEqual(projectAndCompany(far), ['12亿元: 云栖晶显模组项目 宁川晶显有限公司']);
    const nextSentence = '云栖鞋服智造基地项目规划用地300亩,总投资15亿元。主要建设厂房、仓储和研发楼,由澄湖履新有限公司投建。';
    assert.deepEqual(projectAndCompany(nextSentence), ['15亿元: 云栖鞋服智造基地项目 澄湖履新有限公司']);
  });

  it('reads the company a `由` clause describes before it builds (`由A与B合资组建的C投资建设`)', () => {
    const text = '白鹭港特气配套项目拟投资3亿元,由远川气体与澄湖晟能有限公司共同组建的澄湖远川特气有限公司投建。';
    assert.deepEqual(projectAndCompany(text), ['3亿元: 白鹭港特气配套项目 澄湖远川特气有限公司']);
  });

  it('reads the company that signs for the project with the host (`由某县人民政府与C签约`)', () => {
    const text = '青川县年产5万吨再生铝项目昨日云端签约,项目投资额6.8亿元。该项目列入今年全县重点招商清单,由青川县人民政府与远帆环保有限公司签约,用地90亩。';
    assert.deepEqual(projectAndCompany(text), ['6.8亿元: 年产5万吨再生铝项目 远帆环保有限公司']);
  });

  it('not when the `由C` clause has a subject of its own (`配套学校由C运营`)', () => {
    const text = '总投资12亿元的云栖晶显模组项目正式签约。项目选址柳溪经开区,配套学校由宁川教育服务有限公司运营。';
    assert.deepEqual(projectAndCompany(text), ['12亿元: 云栖晶显模组项目 -']);
  });

  it('gives nothing when the `项目由` clause is in another paragraph, or another company was said since', () => {
    assert.deepEqual(projectAndCompany('松岭镇云栖温泉小镇项目总投资约8亿元。\n项目由远川文旅发展有限公司开发建设。'), ['8亿元: 松岭镇云栖温泉小镇项目 -']);
    const text = '松岭镇云栖温泉小镇项目总投资约8亿元,青禾物业服务有限公司参与运营。项目由远川文旅发展有限公司开发建设。';
    assert.ok(!projectAndCompany(text)[0].endsWith('远川文旅发展有限公司'));
  });
});

describe('the paragraph\'s company stays with its own project (`C的P1项目总投资X,P2项目总投资Y`)', () => {
  it('gives no company to the next item\'s project when the company went with the item before', () => {
    const text = '其中青川航空产业示范区总投资80亿元,远帆物流有限公司华中总部及智慧仓储基地项目总投资40亿元,松岭国际赛车场项目总投资25亿元。';
    assert.deepEqual(projectAndCompany(text).slice(-2), ['40亿元: 华中总部及智慧仓储基地项目 远帆物流有限公司', '25亿元: 松岭国际赛车场项目 -']);
  });

  it('gives no company to a project opened by its amount in the next sentence', () => {
    const text = '由澄湖港务集团有限公司投资20亿元建设的松岭冷链物流中心,将建冷藏库。投资1.5亿元的青年创客基地项目,由松岭区负责建设。';
    assert.deepEqual(projectAndCompany(text).slice(-1), ['1.5亿元: 青年创客基地项目 -']);
  });

  it('gives no company to the next item of a `;` list opened by a project of its own (`C1 P1项目…;P2项目…`)', () => {
    const text =
      '今年以来,全县重点化工项目稳步推进。其中,澄川化工有限公司年产40万吨醋酸项目今年计划投资12亿元,目前主体已封顶;' +
      '翠屏120万吨/年焦炉煤气制氢项目今年计划投资7亿元,目前正在安装设备;青禾35万吨/年合成氨项目今年计划投资3亿元,目前管网已铺设。';
    assert.deepEqual(projectAndCompany(text), [
      '12亿元: 年产40万吨醋酸项目 澄川化工有限公司',
      '7亿元: 翠屏120万吨/年焦炉煤气制氢项目 -',
      '3亿元: 青禾35万吨/年合成氨项目 -',
    ]);
  });

  it('keeps the company for another writing of its own project, and when it was not named as an item\'s owner', () => {
    const again = '澄川化工有限公司年产40万吨醋酸项目已开工;年产40万吨醋酸项目今年计划投资12亿元。';
    assert.deepEqual(projectAndCompany(again).slice(-1), ['12亿元: 年产40万吨醋酸项目 澄川化工有限公司']);
    const subject = '澄川化工有限公司是一家老牌化工企业,主营醋酸;翠屏焦炉煤气制氢项目今年计划投资7亿元。';
    assert.deepEqual(projectAndCompany(subject), ['7亿元: 翠屏焦炉煤气制氢项目 澄川化工有限公司']);
  });

  it('keeps the company subject of the sentence for each project it goes on to pay', () => {
    const text = '宁川创新集团发布公告,将在松岭化工园区投资100亿元建设年产50万吨电池材料项目及投资40亿元建设8万吨高纯电子材料项目。';
    assert.deepEqual(projectAndCompany(text).map((line) => line.split(' ').pop()), ['宁川创新集团', '宁川创新集团']);
  });
});
