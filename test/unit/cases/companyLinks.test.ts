// Links from an amount to its company.
import { strict as assert } from 'node:assert';
import { withLinks } from '../../../src/core/links/links';
import { recognize } from '../../../src/core/recognition/recognize';
import { linksOf } from '../linkHelpers';

describe('clauses each opened by a company with its own money', () => {
  it('does not give an amount to the company that opens the next clause with money of its own', () => {
    const text = '青禾酒厂白酒生产线已完成投资1700万元,远帆实业有限公司面粉生产线已完成投资300万元。';
    assert.deepEqual(linksOf(text), ['1700万元: - - -', '300万元: - 远帆实业有限公司 -']);
  });

  it('still gives the amounts after it to the company opening a clause', () => {
    const text = '远帆实业有限公司面粉生产线已完成投资300万元,今年还将投资500万元。';
    assert.deepEqual(linksOf(text), ['300万元: - 远帆实业有限公司 -', '500万元: - 远帆实业有限公司 -']);
  });
});

describe('the company that signed for a project, and 该公司 going on', () => {
  it('links the company that signed for a project (`与C就P项目签订协议`) to the project\'s money', () => {
    assert.deepEqual(linksOf('经开区招商局与苏州恒瑞智能科技有限公司就光谷精密模具项目签订了入驻协议。据了解,光谷精密模具项目占地200亩,总投资6亿元。'), [
      '6亿元: 光谷精密模具项目 苏州恒瑞智能科技有限公司 -',
    ]);
    // A company that signs something else for the project is not said to be its company.
    assert.deepEqual(linksOf('经开区与苏州恒瑞智能科技有限公司就光谷精密模具项目展开洽谈。光谷精密模具项目总投资6亿元。'), ['6亿元: 光谷精密模具项目 - -']);
  });

  it('goes on with the paragraph\'s company after a sentence opened by 该公司, and through the amounts after it', () => {
    const text = '第三名是来自城北区的江苏鼎信新材料有限公司,投资总额3亿5000万元。该公司是一家专注于复合材料的高新技术企业。预计年可实现产值6亿元,实现税收4000多万元。';
    assert.deepEqual(linksOf(text), [
      '3亿5000万元: - 江苏鼎信新材料有限公司 -',
      '6亿元: - 江苏鼎信新材料有限公司 -',
      '4000多万元: - 江苏鼎信新材料有限公司 -',
    ]);
    // Without 该公司 the later sentence is not said to be the company's.
    assert.deepEqual(linksOf('第三名是来自城北区的江苏鼎信新材料有限公司,投资总额3亿元。城北区是一个工业强区。预计年可实现产值6亿元。'), [
      '3亿元: - 江苏鼎信新材料有限公司 -',
      '6亿元: - - -',
    ]);
  });
});

describe('an amount qualifying a company', () => {
  const linksOf = (text: string, kind: 'project' | 'company' | 'park') =>
    withLinks(text, recognize(text))
      .filter((e) => e.label === 'MONEY')
      .map((e) => (e.links?.[kind] ? text.slice(e.links[kind].start, e.links[kind].end) : undefined));

  it('links an amount qualifying a company to that company, with no project after it', () => {
    const text = '如总投资8000万美元的华泰精密轴承有限公司，增资3000万美元的新禾材料(江门)有限公司等项目。';
    assert.deepEqual(linksOf(text, 'company'), ['华泰精密轴承有限公司', '新禾材料(江门)有限公司']);
  });

  it('links it over another feature said between (`总投资X、占地N平方米的C`), and to the project the company opens', () => {
    const text =
      '据悉,总投资2.4亿元、占地3万平方米的青川远帆制药有限公司年产800吨原料药项目已试产;白鹭机械有限公司总投资6亿元建设重型齿轮项目,' +
      '年销售额9亿元;总投资1.8亿元、占地面积12000平方米的临江青禾酿造有限公司酱油厂房封顶。';
    assert.deepEqual(linksOf(text, 'company'), ['青川远帆制药有限公司', '白鹭机械有限公司', '白鹭机械有限公司', '临江青禾酿造有限公司']);
    assert.deepEqual(linksOf(text, 'project'), ['年产800吨原料药项目', '重型齿轮项目', '重型齿轮项目', undefined]);
  });
});

describe('该公司 after the sentence naming the company', () => {
  it('links the money of a sentence opened by 该公司 to the one company named in the sentence before', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司办公楼进入装潢阶段。该公司主要生产不锈钢厨具,预计投产后年销售3亿元,利税5000万元。';
    assert.deepEqual(linksOf(text), ['3亿元: - 远帆厨具设备有限公司 青川经开区', '5000万元: - 远帆厨具设备有限公司 青川经开区']);
  });

  it('links no company when the sentence before named two', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司和丰谷食品有限公司新厂房进入装潢阶段。该公司预计年销售3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青川经开区']);
  });

  it('links no company when the sentence is not opened by 该公司', () => {
    const text = '日前,位于青川经开区的远帆厨具设备有限公司办公楼进入装潢阶段。据测算,全区预计年销售3亿元。';
    assert.deepEqual(linksOf(text), ['3亿元: - - 青川经开区']);
  });
});

describe('a company in a comma list closed by 等', () => {
  const OPENING = '5月8日,青川县远帆汽车内饰项目一期工程竣工。';

  it('does not make a customer listed with commas the paragraph’s company', () => {
    const text = `${OPENING}该企业主要为德国的甲乙公司,美国丙丁汽车公司,日本戊己等汽车配套。该项目固定资产投资2200万美元。`;
    assert.deepEqual(linksOf(text), ['2200万美元: 青川县远帆汽车内饰项目 - -']);
  });

  it('still makes a company opening a clause the paragraph’s company', () => {
    const text = `${OPENING}美国丙丁汽车公司,计划追加投资2200万美元。`;
    assert.deepEqual(linksOf(text), ['2200万美元: - 美国丙丁汽车公司 -']);
  });
});

describe('以及 between clauses', () => {
  it('reads the company after `,以及` as the payer of its own clause', () => {
    const text = '当天签约的项目分别为:海川智能科技有限公司计划投资5亿元建设的机器人项目,以及远航电子有限公司计划投资3亿元建设电子元件项目。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ').slice(0, 3).join(' ')), ['5亿元: 机器人项目 海川智能科技有限公司', '3亿元: 电子元件项目 远航电子有限公司']);
  });
});

describe('a subsidiary opening the announcement', () => {
  it('gives the next sentence\'s project money to the subsidiary named after `公司控股子公司`', () => {
    const text = '某某股份晚间公告称,公司控股子公司云南青禾包装有限公司拟在县工业园投资新建生产厂房。项目建设期限为12个月,总投资约为1.5亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['云南青禾包装有限公司']);
  });

  it('does not take a subsidiary named inside a clause about something else', () => {
    const text = '某某股份晚间公告称,拟为子公司云南青禾包装有限公司提供担保。全县今年完成投资30亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['-']);
  });
});

describe('a subsidiary whose capital the parent raises (`对全资子公司C增资X`)', () => {
  it('is no payer of that money', () => {
    const text = '青禾科技晚间公告,公司全资子公司白鹭公司拟投资6000万元建设青禾科技城项目。此前,青禾科技公告拟对全资子公司白鹭公司增资8000万元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['白鹭公司', '青禾科技']);
  });
});

describe('a company\'s capital glossed in brackets after its name (`C(注册资本X)`)', () => {
  it('is that company\'s, even where the sentence raises the capital of a subsidiary', () => {
    const text = '董事会同意公司对全资子公司湖南青禾食品有限公司(注册资本800万元)及其子公司白鹭材料有限公司(注册资金为500万元)分别增资1200万元、900万元。';
    assert.deepEqual(linksOf(text).slice(0, 2).map((l) => l.split(' ').slice(0, 3).join(' ')), ['800万元: - 湖南青禾食品有限公司', '500万元: - 白鹭材料有限公司']);
  });

  it('gives a capital glossed after a project no company', () => {
    assert.deepEqual(linksOf('董事会同意设立青禾食品冷链物流项目(注册资本800万元)。').map((l) => l.split(' ')[2]), ['-']);
  });
});

describe('the company an announcement is of', () => {
  const TEXT = '鼎力机电晚间公告,为完善公司产业布局,加强母子公司之间的协同,公司计划在当地建立华东生产基地。\n2020年3月5日,公司与某区人民政府签订投资意向书,公司拟投资2-3亿元。\n公司将于合同生效之后投入注册资金5000万元成立全资子公司。';

  it('gives the amounts of sentences opened by `公司` to the company announcing', () => {
    assert.deepEqual(linksOf(TEXT).map((l) => l.split(' ')[2]), ['鼎力机电', '鼎力机电']);
  });

  it('does not when two companies announce, or another company is named before the amount', () => {
    assert.deepEqual(linksOf(`${TEXT}\n星河股份晚间公告,公司拟投资1亿元。`).map((l) => l.split(' ')[2]), ['-', '-', '星河股份']);
    assert.deepEqual(linksOf('鼎力机电晚间公告。公司与青禾科技有限公司签约,青禾科技有限公司拟投资1亿元。').map((l) => l.split(' ')[2]), ['青禾科技有限公司']);
  });
});

describe('a company introduced by where it is', () => {
  it('takes a company opening its sentence after where it is (位于K的C) as the paragraph’s company', () => {
    const text = '位于桃岭工业区的青禾肉业有限公司投产近一年后,生产情况良好。如今,企业又瞄准了熟食市场,投资3000余万元上马了二期项目。';
    assert.deepEqual(linksOf(text), ['3000余万元: - 青禾肉业有限公司 桃岭工业区']);
  });

  it('takes no company when two companies share that opening', () => {
    const text = '位于桃岭工业区的青禾肉业有限公司、远山食品有限公司发展良好。如今,又投资3000余万元上马了二期项目。';
    assert.deepEqual(linksOf(text), ['3000余万元: - - 桃岭工业区']);
  });
});

describe('a company described by its money (`投资X的…龙头C`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the amount to the company its description runs into', () => {
    const text = '活动邀集年度重点投资企业参加,包括年度投资逾80亿元的全球光伏组件龙头青禾新能源集团、白鹭精工机械有限公司等。';
    assert.deepEqual(company(text), ['青禾新能源集团']);
  });

  it('does not when another party stands between (`…的厂房由C建设`)', () => {
    const text = '园区内总投资8亿元的标准厂房由青禾新能源集团负责建设,明年投用。';
    assert.deepEqual(company(text), ['-']);
  });
});

describe('a photo caption naming a company (`C。图片来源:…`)', () => {
  const TEXT = '当天共有42个项目集中开工,总投资210亿元。\n\n江西青禾新能源材料股份有限公司。图片来源:青禾广电\n\n青禾新能源作为国内电池材料行业的龙头企业,总投资18.5亿元,年产3万吨正极材料的项目已分批投产。';
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('introduces the company the next paragraph speaks of, over blank lines', () => {
    assert.deepEqual(company(TEXT), ['-', '江西青禾新能源材料股份有限公司']);
  });

  it('does not when a paragraph with text stands between', () => {
    const text = TEXT.replace('图片来源:青禾广电\n\n', '图片来源:青禾广电\n\n另有多家企业参加了活动。\n\n');
    assert.deepEqual(company(text), ['-', '-']);
  });

  it('does not for a line of a company followed by news of its own, not a credit', () => {
    const text = TEXT.replace('图片来源:青禾广电', '公司上半年营收增长两成。');
    assert.deepEqual(company(text)[1], '-');
  });
});

describe('a company ending its item of a list gives nothing to the next item\'s amount', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('not across `,以及` (`…的C,以及投资Y扩建新厂的D`)', () => {
    const text = '包括年度投资逾80亿元的全球封测龙头青禾电子集团,以及投资6.5亿元扩建新厂的白鹭电机。';
    assert.deepEqual(company(text), ['青禾电子集团', '-']);
  });

  it('not to an amount opening the next item with its own label (`…的C某某设备、总投资Y的P项目`)', () => {
    const text = '开工项目有总投资2.6亿元的青禾实业有限公司冶金阀门、总投资1.5亿元的白鹭金属有限公司轮毂表面处理、总投资2.2亿元的红杉塑胶管材项目。';
    assert.deepEqual(company(text), ['青禾实业有限公司', '白鹭金属有限公司', '-']);
  });

  it('not to an amount opening the next item after a comma and a joiner (`投资X的C某某园,与投资Y的D园`)', () => {
    const text = '此外,投资15亿元的青禾集团精密铸件产业园,与投资12亿元的红杉智造产业园,也在当天签约。';
    assert.deepEqual(company(text), ['青禾集团', '-']);
  });

  it('still gives a company its own amount after a comma', () => {
    assert.deepEqual(company('白鹭电机有限公司,计划投资6.5亿元扩建新厂。'), ['白鹭电机有限公司']);
  });
});

describe('a sentence opened by a factory\'s name (`某某食品厂计划总投资X`)', () => {
  const TEXT =
    '江西青禾科技有限公司在城东项目主要是生产节能灯等照明设备,项目总投资7亿元,年产值10亿元。' +
    '白鹭食品厂计划总投资约6000万元在城东投资建厂,生产各种肉类加工食品,项目达产后年产值1.5亿元。';

  it('gives its amounts the factory, neither the company nor the project the paragraph spoke of before', () => {
    assert.deepEqual(linksOf(TEXT).slice(2), ['6000万元: - 白鹭食品厂 -', '1.5亿元: - 白鹭食品厂 -']);
  });

  it('still lets a sentence without a subject of its own go on about them', () => {
    const text = TEXT.replace('白鹭食品厂计划总投资约6000万元在城东投资建厂,生产各种肉类加工食品,', '');
    assert.deepEqual(linksOf(text).slice(2).map((line) => line.split(' ').slice(0, 3).join(' ')), ['1.5亿元: 城东项目 江西青禾科技有限公司']);
  });
});

describe('a company\'s unnamed project going on (`C投资X建设…。项目投产后,年销售Y`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives what the project yields once built to the company that invested, with no project named', () => {
    const text = '白石镇引进浙江汇禾机电有限公司拟投资8亿元建设电机装配线,年产电机5万台。项目投产达效后,预计年实现销售收入12亿元,税金9000万元。';
    assert.deepEqual(company(text), ['浙江汇禾机电有限公司', '浙江汇禾机电有限公司', '浙江汇禾机电有限公司']);
    // What the money builds may be written as a park's name; it is no new subject.
    const park = '白石镇引进浙江汇禾机电有限公司拟投资8亿元建设汇禾智能电机产业园,年产电机5万台。项目投产后,预计年实现销售收入12亿元。';
    assert.deepEqual(company(park), ['浙江汇禾机电有限公司', '浙江汇禾机电有限公司']);
  });

  it('not when the later sentence does not speak of the project', () => {
    const text = '白石镇引进浙江汇禾机电有限公司拟投资8亿元建设电机装配线,年产电机5万台。全镇预计年实现销售收入12亿元。';
    assert.deepEqual(company(text), ['浙江汇禾机电有限公司', '-']);
  });
});


describe('a clause of parties after the amount naming no company (`总投资X的某县人民政府与某协会签订P项目`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the amount no company of an item before it when its own parties are no company', () => {
    const text =
      '签约项目分别是:总投资6亿元的白沙县人民政府与华岳机械有限公司签订岚山叉车生产项目;' +
      '总投资3亿元的临江县人民政府与枫桥竹编商会签订竹编文创园一期项目;总投资2亿元的东溪县人民政府与远帆食品有限公司签订青禾果脯加工项目。';
    assert.deepEqual(company(text), ['华岳机械有限公司', '-', '远帆食品有限公司']);
  });

  it('still gives the amount the company its project is built by, said elsewhere', () => {
    const text = '竹编文创园一期项目由远帆文旅有限公司投资建设。签约项目有:总投资3亿元的临江县人民政府与枫桥竹编商会签订竹编文创园一期项目。';
    assert.deepEqual(company(text), ['远帆文旅有限公司']);
  });
});

describe('a person named by several titles, the company\'s the last (`某商会会长、C董事长某某,…投资X`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the person\'s company the money of the sentence, as when the company opens the clause', () => {
    const text = '早在2019年,杭州市温州商会会长、浙江瑞丰光电股份有限公司董事长周建明,就在临平区投资智能照明产业园,合同金额12亿元,一期到位5亿元。';
    assert.deepEqual(company(text), ['浙江瑞丰光电股份有限公司', '浙江瑞丰光电股份有限公司']);
    const signer = '签约企业、宁波凯越精密机械有限公司总经理陈立表示,企业将在新城设立生产基地,预计实现年销售收入约8亿元。';
    assert.deepEqual(company(signer), ['宁波凯越精密机械有限公司']);
  });

  it('does not when people are listed one after another, the item before `、` ending with a name', () => {
    const text = '早在2019年,杭州市市长王立强、浙江瑞丰光电股份有限公司董事长周建明共同见证,合同金额12亿元。';
    assert.deepEqual(company(text), ['-']);
  });
});

describe('money quoted from a company\'s person, the speaker named after the quote (`“…投资X。”C董事长某某说`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('gives the money in the quote to the speaker\'s company, over the company the paragraph spoke of', () => {
    const text = '“今年公司计划总投资18亿元,新厂建成后将成为西北最大的铝箔生产企业。”昨天,在灵武市重点项目开工仪式上,甘肃鑫源铝业集团董事长马志远说。';
    assert.deepEqual(company(text), ['甘肃鑫源铝业集团']);
    const subsidiary = '青海鑫源铝业(西宁)有限公司今年新建两条产线。“项目全部建成后,上缴各类税收3亿元。”甘肃鑫源铝业集团股份有限公司董事长马志远说。';
    assert.deepEqual(company(subsidiary), ['甘肃鑫源铝业集团股份有限公司']);
  });

  it('reads a director or manager of one of the firm\'s functions as its speaker too', () => {
    const text = '“明年仅澄川的新工厂产值就能达到9亿元。”鹭远集团市场总监周明远说。';
    assert.deepEqual(company(text), ['鹭远集团']);
    const guest = '“明年仅澄川的新工厂产值就能达到9亿元。”鹭远集团邀请的嘉宾周明远说。';
    assert.deepEqual(company(guest), ['-']);
  });

  it('does not when the speaker after the quote works for no company, or the company is only where it was said', () => {
    const official = '“园区今年计划引进投资12亿元的项目。”昨天,在甘肃鑫源铝业集团调研时,灵武市副市长马志远说。';
    assert.deepEqual(company(official), ['-']);
  });
});

describe('a project named again with more words at its head (`P项目` … `500MW P项目`)', () => {
  const text =
    '某县人民政府与青禾远帆能源有限公司签约合作协议,总投资8亿元的风力发电项目正式落户。同日,白鹭饲料有限公司年产10万吨饲料项目签约,总投资2亿元。\n' +
    '200MW风力发电项目分两期建设,一期计划投资3亿元。';

  it('gives the longer writing\'s money the company the shorter one was tied to', () => {
    assert.deepEqual(linksOf(text).slice(2), ['3亿元: 200MW风力发电项目 青禾远帆能源有限公司 -']);
  });

  it('does not when the words added name a numbered part, another undertaking', () => {
    const part = text.replace('200MW风力发电项目分两期建设,一期', '3号风力发电项目');
    assert.deepEqual(linksOf(part).slice(2), ['3亿元: 3号风力发电项目 - -']);
  });
});

describe('a project named again with fewer words at its head (`由C实施的“新建P项目”` … `P项目总投资X`)', () => {
  const text =
    '作为全县的重点工程,由澄湖制药有限公司实施的“新建翠屏中药饮片加工项目”进展顺利,白鹭物流有限公司的冷链仓储项目也已开工。\n' +
    '翠屏中药饮片加工项目是全县的骨干项目。项目总投资15亿元,其中一期工程投资4亿元。';

  it('gives the shorter writing\'s money the company the longer one was tied to', () => {
    assert.deepEqual(linksOf(text), ['15亿元: 翠屏中药饮片加工项目 澄湖制药有限公司 -', '4亿元: 翠屏中药饮片加工项目 澄湖制药有限公司 -']);
  });

  it('not when the words the longer writing adds name a numbered part, another undertaking', () => {
    const part = text.replace('新建翠屏中药饮片加工项目', '3号翠屏中药饮片加工项目');
    assert.deepEqual(linksOf(part), ['15亿元: 翠屏中药饮片加工项目 - -', '4亿元: 翠屏中药饮片加工项目 - -']);
  });
});

describe('a project named by the head of its company\'s name', () => {
  const opening = '江岸市两个重点项目——浙江鹭川制药有限公司中间体项目和滨湖路基础设施项目举行开工仪式。\n';

  it('links the project named by the company\'s head alone, or with a trade after it, to that company', () => {
    assert.deepEqual(linksOf('现场设在青岚硅胶(赣州)有限公司年产8万吨有机硅项目施工现场。\n青岚项目总投资30亿元。'), [
      '30亿元: 青岚项目 青岚硅胶(赣州)有限公司 -',
    ]);
    assert.deepEqual(linksOf(`${opening}鹭川药业项目总投资2亿元,年产值5亿元。`), [
      '2亿元: 鹭川药业项目 浙江鹭川制药有限公司 -',
      '5亿元: 鹭川药业项目 浙江鹭川制药有限公司 -',
    ]);
  });

  it('does not link a project whose name only shares its head with the company and goes on with other words', () => {
    assert.deepEqual(linksOf(`${opening}鹭川湿地公园项目总投资2亿元。`), ['2亿元: 鹭川湿地公园项目 - -']);
  });
});

describe('a listed company\'s notice opening with its title (`C:关于…的公告`)', () => {
  it('gives the notice\'s money to the company its title names', () => {
    const text = '青禾光电:关于对外投资的公告\n公司拟在某市经开区投建光学膜生产基地,总投资约12亿元,其中流动资金约3亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[2]), ['青禾光电', '青禾光电']);
  });

  it('does not when the title is an office\'s, or the colon opens no notice', () => {
    const office = '市发改委:关于重点项目的公告\n某市经开区投建光学膜生产基地,总投资约12亿元。';
    assert.deepEqual(linksOf(office).map((line) => line.split(' ')[2]), ['-']);
    const heading = '青禾光电:新基地开工\n某市经开区投建光学膜生产基地,总投资约12亿元。';
    assert.deepEqual(linksOf(heading).map((line) => line.split(' ')[2]), ['-']);
  });
});

describe('firms listed then counted, each paying in a later sentence', () => {
  it('gives each amount to the firm of the list opening its sentence', () => {
    const text = '审议会今天通过鹭远精工、青川光电、澜江机电3家台商投资案。\n\n其中鹭远精工将投资超过5亿元扩建厂房。青川光电决定关闭海外工厂,返台投资超过3亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[2]), ['鹭远精工', '青川光电']);
  });

  it('gives none when the names are listed with no count of firms', () => {
    const text = '审议会今天通过鹭远精工、青川光电、澜江机电的投资案。\n\n其中鹭远精工将投资超过5亿元扩建厂房。青川光电决定关闭海外工厂,返台投资超过3亿元。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[2]), ['-', '-']);
  });
});

describe('partners investing together (`由A和B共同投资`, `A将与B一起,投资X`)', () => {
  it('gives the money to the partner named first, the lead of the joint deed', () => {
    const text = '3月9日,由青禾集团深圳有限公司和梧州远帆钢业有限公司共同投资开发的白鹭工业园开园。\n白鹭工业园规划面积2000亩,计划总投资30亿元。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['青禾集团深圳有限公司']);
  });

  it('keeps the company a rule reached when the partners do something else together, or set up a company', () => {
    const visit = '白鹭实业有限公司与远帆控股集团有限公司一起考察后,远帆控股集团有限公司决定投资20亿元。';
    assert.deepEqual(linksOf(visit).map((l) => l.split(' ')[2]), ['远帆控股集团有限公司']);
    const venture = '白鹭实业有限公司与远帆控股集团有限公司共同出资设立合资公司,远帆控股集团有限公司投资20亿元。';
    assert.deepEqual(linksOf(venture).map((l) => l.split(' ')[2]), ['远帆控股集团有限公司']);
  });

  it('gives the money to the company that joins a list of partners with 联合 (`C0联合C1、C2…X`)', () => {
    const text = '青禾控股集团联合白鹭电子科技有限公司、远帆证券有限公司已与某市达成15亿美元的投资项目,建设物流中心。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['青禾控股集团']);
  });

  it('gives the money two companies sign for to the one named first (`C1与C2签订X的P项目`)', () => {
    const text = '签约项目中,杭州青禾云图有限公司与临江县白鹭文旅公司签订6000万元的白鹭湖智慧景区项目。';
    assert.deepEqual(linksOf(text), ['6000万元: 白鹭湖智慧景区项目 杭州青禾云图有限公司 -']);
    // A government or a park signing with one company leaves the company the signer.
    assert.deepEqual(linksOf('临江县政府与白鹭文旅有限公司签订6000万元的白鹭湖智慧景区项目。').map((l) => l.split(' ')[2]), ['白鹭文旅有限公司']);
    // Companies a government signs with each (`分别与`) are no partners: the company a rule reached keeps the money.
    const each = '临江县政府分别与白鹭文旅有限公司和远帆通航集团签约投资8亿元、3亿元的湖滨度假区项目和通航产业项目。';
    assert.deepEqual(linksOf(each).map((l) => l.split(' ')[2]), ['-', '远帆通航集团']);
  });

  it('still gives none to a list of companies no lead joins (`C1、C2已与某市达成X`)', () => {
    const text = '白鹭电子科技有限公司、远帆证券有限公司已与某市达成15亿美元的投资项目,建设物流中心。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['-']);
  });
});

describe('companies listed as the joint subject of one deed (`C1、C2投资X建设的P项目`)', () => {
  it('gives the money a list of companies pays right before it to the company named first', () => {
    const text = '本次签约的最大项目,为青禾动力系统(常州)股份有限公司、远帆资本集团投资80亿元建设的智能底盘及电驱系统项目。\n项目建成后,可年产电驱总成30万台,预计年产值达60亿元。';
    assert.deepEqual(linksOf(text), [
      '80亿元: 智能底盘及电驱系统项目 青禾动力系统(常州)股份有限公司 -',
      '60亿元: 智能底盘及电驱系统项目 青禾动力系统(常州)股份有限公司 -',
    ]);
  });

  it('gives a project that companies listed build together to the company named first', () => {
    const text = '昨日,计划投资25亿元的金沙智造谷项目动工,副区长出席仪式。\n现场机器轰鸣,一派繁忙景象。\n据悉,东湖新城已签约6个项目,其中,由泉州青禾实业有限公司和远帆(晋江)地产有限公司投建的金沙智造谷项目,将分三期建成标准厂房。';
    assert.deepEqual(linksOf(text).map((l) => l.split(' ')[2]), ['泉州青禾实业有限公司']);
  });

  it('gives none to companies a list of amounts pairs with, nor to a list that is the object of another\'s signing', () => {
    const amounts = '白鹭控股有限公司和远帆物流股份有限公司出资12亿元、5亿元,分别建设冷链仓储中心项目和港口物流项目。';
    assert.deepEqual(linksOf(amounts).map((l) => l.split(' ')[2]), ['-', '-']);
    const object = '某区政府与白鹭控股有限公司、远帆物流股份有限公司出资3亿元的冷链仓储中心项目签约落地。';
    assert.deepEqual(linksOf(object).map((l) => l.split(' ')[2]), ['-']);
  });
});

describe('a precise figure said twice is one money (`总投资12.7亿元的P项目` … `C总投资12.7亿元的项目`)', () => {
  const companies = (text: string) => linksOf(text).map((line) => `${line.split(' ')[0]} ${line.split(' ')[2]}`);

  it('gives the writing that names no company the company the other writing of the figure names, before or after it', () => {
    const text = '青川县重点项目集中开工\n青川县本期开工项目12个,包括总投资12.7亿元的年产5万吨精密铸件项目、白鹭物流有限公司总投资3亿元的仓储中心项目等。\n记者了解到,在主会场开工的远帆精工股份有限公司总投资12.7亿元的项目,是该县今年最大的工业项目。';
    assert.deepEqual(companies(text), ['12.7亿元: 远帆精工股份有限公司', '3亿元: 白鹭物流有限公司', '12.7亿元: 远帆精工股份有限公司']);
  });

  it('gives nothing from a round figure, or a figure two companies state', () => {
    const round = '青川县重点项目集中开工\n青川县本期开工项目12个,包括总投资12亿元的年产5万吨精密铸件项目、白鹭物流有限公司总投资3亿元的仓储中心项目等。\n记者了解到,在主会场开工的远帆精工股份有限公司总投资12亿元的项目,是该县今年最大的工业项目。';
    assert.deepEqual(companies(round), ['12亿元: -', '3亿元: 白鹭物流有限公司', '12亿元: 远帆精工股份有限公司']);
    const two = '青川县重点项目集中开工\n青川县本期开工项目12个,包括总投资12.7亿元的年产5万吨精密铸件项目、青禾食品有限公司总投资3亿元的仓储中心项目等。\n远帆精工股份有限公司总投资12.7亿元建设新厂。\n白鹭能源科技有限公司总投资12.7亿元建设光伏电站。';
    assert.deepEqual(companies(two), ['12.7亿元: -', '3亿元: 青禾食品有限公司', '12.7亿元: 远帆精工股份有限公司', '12.7亿元: 白鹭能源科技有限公司']);
  });
});

describe('the next item of a list of investments opened by its company (`…P1项目、C投资X的P2项目`)', () => {
  const companies = (text: string) => linksOf(text).map((line) => `${line.split(' ')[0]} ${line.split(' ')[2]}`);

  it('gives the amount to the company right before it, the joiner after the item before joining items, not partners', () => {
    const text = '引进的重大项目有:远帆精工股份有限公司投资12亿元的精密铸件项目、白鹭能源科技有限公司投资8亿元的青禾储能电站。';
    assert.deepEqual(companies(text), ['12亿元: 远帆精工股份有限公司', '8亿元: 白鹭能源科技有限公司']);
    const withYu = '青禾物流有限公司计划投资6亿元的冷链物流园项目与白鹭能源科技有限公司计划投资3亿元的光伏电站项目将落户青川县。';
    assert.deepEqual(companies(withYu), ['6亿元: 青禾物流有限公司', '3亿元: 白鹭能源科技有限公司']);
  });

  it('reads no item when the company is joined to another company, not to a project', () => {
    const text = '引进的重大项目有:远帆精工股份有限公司与白鹭能源科技有限公司投资12亿元的精密铸件项目。';
    assert.deepEqual(companies(text), ['12亿元: -']);
  });
});

describe('an amount describing a project of its own, in a sentence after the company\'s (`C计划投资X…。投资Y的P项目将开工`)', () => {
  const company = (text: string) => linksOf(text).map((line) => line.split(' ')[2]);

  it('does not carry the company of the sentence before to the project the amount describes', () => {
    const text = '据了解,远帆纺织集团计划投资80亿元在园区建设9个项目,达产后可提供1万个就业岗位。5月10日,投资6.3亿元的白鹭工业园项目将开工。';
    assert.deepEqual(company(text), ['远帆纺织集团', '-']);
  });

  it('still carries it to the project its own sentence names (`…投资X建设P项目。项目总投资Y`)', () => {
    const text = '据了解,远帆纺织集团计划在园区建设白鹭工业园项目,达产后可提供1万个就业岗位。白鹭工业园项目总投资6.3亿元。';
    assert.deepEqual(company(text), ['远帆纺织集团']);
  });
});

describe('the owner a paragraph names for the project it describes (`项目总投资X,…。项目业主为C。`)', () => {
  it('gives the owner to the paragraph`s item amounts said before it', () => {
    const text = '青禾精密铸造产业中心\n项目用地300亩,建成后可年产精密铸件5万吨。项目总投资18.5亿元,2024年计划投资3亿元。项目业主为宁川青禾精工有限公司。';
    assert.deepEqual(linksOf(text).map((line) => line.split(' ')[2]), ['宁川青禾精工有限公司', '宁川青禾精工有限公司']);
  });

  it('leaves an amount whose own sentence names its company, and a paragraph naming two owners', () => {
    const own = '远帆电子有限公司投资2亿元建设厂房。项目业主为宁川青禾精工有限公司。';
    assert.deepEqual(linksOf(own).map((line) => line.split(' ')[2]), ['远帆电子有限公司']);
    const two = '项目总投资18.5亿元。项目业主为宁川青禾精工有限公司,二期业主为远帆电子有限公司。';
    assert.deepEqual(linksOf(two).map((line) => line.split(' ')[2]), ['-']);
  });
});

describe('a paragraph opened by `这一项目由C投资建设`, about the project of the paragraph before', () => {
  const paragraphs = (between: string) =>
    `白鹭国际科创港项目开工。\n白鹭国际科创港项目预计引入300家企业。建成后,预计年总产值约80亿元,年均税收将达6亿元。\n${between}这一项目由远帆置业集团投资建设,项目位于青川高新区内。`;

  it('gives the builder the amounts of the project the paragraph before spoke of', () => {
    assert.deepEqual(linksOf(paragraphs('')).map((l) => l.split(' ')[2]), ['远帆置业集团', '远帆置业集团']);
  });

  it('reaches back no further than the paragraph right before', () => {
    assert.deepEqual(linksOf(paragraphs('园区今年还将开工一批项目。\n')).map((l) => l.split(' ')[2]), ['-', '-']);
  });
});

describe('a heading line naming a company, on a page that glosses its characters in pinyin (`機(jī)電`)', () => {
  const page = (heading: string) => `通知指出,本次增補重點項(xiàng)目35個。\n${heading}\n項(xiàng)目建筑面積12萬(wàn)平方米。項(xiàng)目總投資8.5億元,2021年計(jì)劃投資1.3億元。`;

  it('measures the heading as read, so its company is the next paragraph`s', () => {
    const glossed = page('青川遠帆齒輪股份公司年產(chǎn)300萬(wàn)套電動(dòng)車無(wú)刷電機(jī)與控制系統(tǒng)');
    assert.deepEqual(linksOf(glossed).map((l) => l.split(' ')[2]), ['青川遠帆齒輪股份公司', '青川遠帆齒輪股份公司']);
  });

  it('still reads a line longer than a heading once folded as no heading', () => {
    const long = page('青川遠帆齒輪股份公司年產(chǎn)300萬(wàn)套電動(dòng)車無(wú)刷電機(jī)與控制系統(tǒng)及配套的精密齒輪箱和傳感器總成生產(chǎn)線');
    assert.deepEqual(linksOf(long).map((l) => l.split(' ')[2]), ['-', '-']);
  });
});
