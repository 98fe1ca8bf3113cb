// Where a PARK span starts: the province, city, county, unknown place or sentence words written before a park's own name.
import { strict as assert } from 'node:assert';
import { attributes as money } from '../attributeHelpers';
import { assertNames } from '../namedEntityHelpers';
import { namesInText } from './caseReaders';

describe('where a park name starts, and area parks that are no park', () => {
  it('takes an area park written right before 專案 (a project, Taiwan-style) as part of the project\'s name', () => {
    assertNames('總投資超百億元的[[PROJECT:玄武岩纖維新材料科技城專案]]落地。[[PARK:玄武岩纖維新材料科技城]]開園。');
  });

  it('keeps a county whose name holds 和 at the head of a park, and 和 between two parks', () => {
    assertNames('截至當前,[[PARK:平和科技產業園]]已簽約項目16個。[[PARK:锂电产业园]]和[[PARK:光伏产业园]]同步建设。');
  });
});

describe('where a park name starts and whether it is one', () => {
  it('leaves a bare amount’s multiplier and the verb 建 after it out of the park, so the amount stays money', () => {
    assertNames('青川县投资8亿建[[PARK:绿色包装科技产业园]]');
    assert.deepEqual(money('青川县投资8亿建绿色包装科技产业园'), ['8亿 investment item']);
  });

  it('keeps 建 when it opens a word of the name (建材)', () => {
    assertNames('青川县投资5亿[[PARK:建材产业园]]开工');
  });

  it('reads a known place before 产业区 or 工业区 as a park, the bare words as generic', () => {
    assertNames('今年以来,[[PARK:金山工业区]]新签约项目5个。');
    assertNames('[[PARK:临港产业区]]新开工项目3个。');
    assertNames('全市重点产业区建设提速,为完善公司产业区域布局打下基础。');
  });

  it('reads a place we do not know before 工业区 as a park, as before 工业园区; a verb or a count before it names none', () => {
    assertNames('[[PARK:鹤溪石化工业区]]是全省的省级经济开发区。');
    assertNames('县领导调研了[[PARK:云塘高新区]]和[[PARK:青禾工業區]],实地察看了企业。');
    assertNames('项目将在[[PARK:松岭工业区]]建设,总投资3亿元。');
    assertNames('围绕加快工业区创新发展,连同桐溪等三工业区已审定。');
  });

  it('reads a park named only by its state, by lying abroad or by its category as a kind of park', () => {
    assertNames('全镇加快推进低效工业园改造,腾出土地300亩。');
    assertNames('该集团的主业包括境内投资和海外工业园开发。');
    assertNames('省里公布了培育成长型特色产业园区名单,[[PARK:溪口工业园区]]入选。');
  });

  it('reads a type word (a short word then 型) opening a park as a kind of park; after a place it is in the name', () => {
    assertNames('项目将建成集仓储、配送为一体的综合性、节点型物流园区。');
    assertNames('[[PARK:九江重型装备产业园]]新签约项目4个。');
  });

  it('reads a zone two places or countries run together (合作区) as a park; trade abroad alone is a kind', () => {
    assertNames('[[PARK:中法(临川)中小企业合作区]]获批成立。');
    assertNames('推介[[PARK:闽台特别合作区]]的规划定位。');
    assertNames('这是该国唯一的国家级境外经贸合作区,两国将加强合作区建设。');
  });

  it('reads a place with 园区 right after a zone as a zone of its own inside it, two PARKs', () => {
    assertNames('[[PARK:金山工业区]][[PARK:奉贤园区]]远帆物流中心开工。');
    // a park with a name of its own inside the zone is a second PARK too
    assertNames('[[PARK:金山工业区]][[PARK:研创园区]]新签约项目5个。');
  });

  it('reads a named 园区 or 园 right after a zone as the park inside it, a second PARK; a 片区 stays the zone\'s part', () => {
    assertNames('签约仪式在[[PARK:白鹭湾经济开发区]][[PARK:柳塘园区]]举行,[[PARK:青岚高新区]][[PARK:松溪园]]同日开工。');
    assertNames('[[PARK:白鷺灣經濟開發區]](qū)[[PARK:柳塘園區]]新開工項目3個。');
    assertNames('[[PARK:青岚高新区松溪片区]]新开工项目3个。');
  });

  it('does not read a reporting period before a bare zone word as the zone’s place', () => {
    assertNames('上半年经开区工业经济稳居全市第一');
    assertNames('一季度[[PARK:青川经开区]]签约项目8个。');
  });

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

describe('a zone after a county we do not know', () => {
  it('opens the zone at the county when the zone\'s own name follows it', () => {
    assertNames('再次掀起了[[PARK:宁平县湘岭工业园区]]项目建设热潮。');
    // a place we know after the county starts the zone as it does anywhere
    assertNames('宁平县[[PARK:青山工业园区]]今年签约项目5个。');
    // A part of the county named by direction only is no zone's own name.
    assertNames('宁平县中西部工业园区基础设施建设加快推进。');
  });
});

describe('zones after a place we do not know', () => {
  it('opens the zone at a county when the words after 县 describe it (a quality or a kind)', () => {
    assertNames('上年度,[[PARK:桐溪县绿色工业集中区]]产值达30亿元,[[PARK:岚平县新型材料工业集中区]]产值达12亿元。');
    // a zone's own name after the county is in the span with it; a determiner before 县 names no county
    assertNames('[[PARK:宁平县湘岭工业园区]]今年引进企业7家,该县生态工业园区也在扩建。');
  });

  it('keeps a place we do not know before a rank, but not a count, an ordinal or a superlative', () => {
    assertNames('开工仪式在[[PARK:桐溪省级经开区]]举行。');
    assertNames('这是第九次国家级新区设立,也是全省唯一省级经开区。');
    // a verb of rising to a rank is no place
    assertNames('园区成功跻身国家级高新区行列,晋升省级经开区。');
    // a rank is no place, so the words after it qualify none
    assertNames('该园区是全省首个省级化工园区。');
    // a rank before a zone's own name is left out of it, as before an industry park
    assertNames('获批后的国家级[[PARK:桐溪经开区]]与省级[[PARK:青屿经济开发区]]签约。');
  });
});

describe('words of the sentence the scan meets before an industry park', () => {
  it('leaves the 年 of a year and the 如 of an example out of the park', () => {
    assertNames('2023年[[PARK:锂电产业园]]实现产值20亿元。');
    assertNames('一批重点园区,如[[PARK:桐溪食品产业园]],已满园;[[PARK:如东锂电产业园]]在建。');
  });

  it('leaves a source\'s 据 out of a zone after a place we do not know, but keeps a level word that is the name\'s', () => {
    assertNames('据[[PARK:桐溪经开区]]招商局介绍,[[PARK:市北高新区]]也有新签约项目。');
  });
});

describe('sentence words before a zone, and zones named in rankings', () => {
  it('ends a park at a verb of inspecting, instructing or holding (视察, 要求, 辖下, 旗下)', () => {
    assertNames('市人大常委会视察[[PARK:柳塘高新区]]建设情况,他要求开发区管委会加快审批。');
    assertNames('經部轄下科技產業園區吸引投資,经济部表示,所辖工业园区今年营收增长。');
    assertNames('[[COMPANY:鸿远集团]]旗下[[PARK:青禾工业园区]]投产。');
    // a time of the sentence, like 目前
    assertNames('结合当前[[PARK:柳塘新区]]实际,眼下[[PARK:青川经开区]]正加快招商。');
  });

  it('reads a ranking period or an award before a ranked zone as no place (年度, 优秀)', () => {
    assertNames('公布了2024年度省级开发区考核结果,连续8年获评全省优秀开发区、优秀省级高新区。');
    // a place before the rank still names the zone
    assertNames('本次集中开工在[[PARK:柳泉省级经开区]]举行。');
  });

  it('drops the 来 of a visit before a city, keeps a place opening with 来, and reads 余 opening a name as a place', () => {
    assertNames('已有十多家企业来[[PARK:成都台商工业园]]考察,[[PARK:来安工业园]]也在招商。');
    assertNames('签约仪式在[[PARK:余家岭工业园]]举行,引进十余家锂电产业园企业。');
  });

  it('leaves the 于 of 位于 out of a zone though a place we know opens with it (于洪), and keeps that place written alone', () => {
    assertNames('两个项目分别位于[[PARK:洪溪高新区]]和[[PARK:石塘工业园]]。');
    assertNames('今年,[[PARK:于洪高新区]]新签约项目5个。');
  });
});

describe('zone suffixes named after a known place or a county', () => {
  it('reads 产城融合示范区 after a known place, never after a rank', () => {
    assertNames('[[PARK:南阳市产城融合示范区]]重点项目集中签约,国家产城融合示范区建设提速。');
  });

  it('reads Taiwan\'s short 加工区 after a known place, not after a trade', () => {
    assertNames('两家厂商进驻[[PARK:台中加工区]],农产品加工区建设加快。');
  });

  it('starts a zone after a banner (旗), Inner Mongolia\'s county, as after 县', () => {
    assertNames('在内蒙古达茂旗[[PARK:白云高新技术工业园区]]内新建厂房。');
  });
});

describe('a province written with 省 before a park', () => {
  it('leaves the province out as the address when a known place follows it', () => {
    assertNames('该项目位于湖北省[[PARK:宜昌柳溪高新区]],签约仪式在浙江省[[PARK:温州青岚新区]]举行。');
    // written without 省, the province stays in the chain
    assertNames('[[PARK:江苏无锡高新区]]完成投资。');
  });

  it('reads the nation before the province, and the city with 市 written again as the zone\'s name, as the address too', () => {
    assertNames('电站建于中国湖南省株洲市[[PARK:株洲高新技术产业开发区]]多栋厂房屋顶,[[PARK:株洲市高新区]]另有项目。');
  });
});

describe('a city with its district, or a county with its town, before a park\'s own name', () => {
  it('leaves the address out: the park is named from its own short name', () => {
    assertNames('双方在常州市青枫区[[PARK:鹭岭科技城]]签约,项目落户宁远县白沙镇[[PARK:石门工业园]]。');
    assertNames('该基地位于苏州市吴中区[[PARK:柳塘高新区]]。');
  });

  it('keeps the address when no name of its own follows it (an industry, a zone suffix alone)', () => {
    assertNames('[[PARK:芜湖市桐溪区经济开发区]]完成投资。');
    assert.ok(!namesInText('项目落户常州市青枫区新材料产业园。').includes('新材料产业园'));
  });
});

describe('a long qualifier before a zone\'s formal suffix', () => {
  it('reads up to five characters between a known place and a spelled-out suffix as the zone\'s own name', () => {
    assertNames('[[PARK:南通国际陆港经济技术开发区]]是全市第二个国家级经开区。');
    // a verb of the sentence between them still ends the name
    assertNames('南通大力发展经济技术开发区。');
  });
});

describe('the first of a kind before a park its place names', () => {
  it('reads 首个 before a place opening the prefix as the park\'s rank, not a count of a kind', () => {
    assertNames('位于株洲首个[[PARK:台湾农民创业园]]今年开工,全省首个氢能产业园同时落户。');
  });
});

describe('a park start the scan leaves inside a token, and a bare short kind of zone', () => {
  it('reads no park from a start cutting a token of letters and digits', () => {
    assertNames('今年,青禾电子6G智联产业园正式投产。');
  });

  it('reads 高开区 alone as the kind of zone, its place naming it', () => {
    assertNames('据悉,高开区管委会将给予企业补贴。');
    assertNames('项目位于[[PARK:青州高开区]]。');
  });
});

describe('a city, its part by where it lies, then the zone\'s own name', () => {
  it('reads the position and the own name after a known city as part of the zone, the zone inside it apart', () => {
    assertNames('公司与[[PARK:绵阳市西部科技新区]]管委会签约,拟在[[PARK:绵阳市西部科技新区]][[PARK:云帆智能装备产业园]]建厂。');
    // A position alone before the zone's word names no zone, and no city stands before this one.
    assertNames('加快推动东部新区建设。');
  });
});

describe('a firm\'s verb of disclosing before a park', () => {
  it('ends the park\'s prefix at 披露', () => {
    assertNames('[[COMPANY:青峰电机]]披露[[PARK:绵阳产业园]]建设进展\n[[COMPANY:青峰电机]]午间公告,一期已投产。');
  });
});
