// PARK spans: suffix families, where a park name starts and ends, declared short names.
import { strict as assert } from 'node:assert';
import { recognize, Recognizer } from '../../../src/core/recognition/recognize';
import { attributes as money } from '../attributeHelpers';
import { assertNames } from '../namedEntityHelpers';
import { namesInText } from './caseReaders';

describe('Traditional park names', () => {
  it('reads X園區 after a Taiwanese place as a park, and a numbered part as one span with its park', () => {
    assertNames('該公司將進駐[[PARK:彰化園區]],另一家廠商落腳[[PARK:虎尾園區]]。');
    assertNames('推動[[PARK:路竹第二園區]]與[[PARK:仁武科技產業園區第三園區]]開發。');
    // `園區` alone, or after no place, stays the generic noun.
    assertNames('本年度園區營收成長,全體園區廠商受惠,各園區均已額滿。');
  });

  it('reads an export processing zone in Taiwanese word order (加工出口區) after its place', () => {
    assertNames('兩家廠商進駐[[PARK:竹圍加工出口區]],加工出口區營收成長。');
  });

  it('reads a software or biomedical park in Taiwanese spelling', () => {
    assertNames('兩家公司進駐[[PARK:台南軟體園區]],研究中心進駐[[PARK:竹北生物醫學園區]]。');
  });

  it('reads most or a few of the zones (多数新区, 少数园区) as no park', () => {
    assertNames('1—9月,多数新区固定资产投资实现两位数增长,其中[[PARK:青岚新区]]增长21%,少数园区有所回落。');
  });

  it('keeps an office, a verb or a kind word out of a park name', () => {
    assertNames('經濟部產業園區管理局表示,國科會科學園區審議會今天通過兩案。');
    assertNames('工廠遷入[[PARK:彰化科技產業園區]],也希望開發區加快審批,主要供應科學園區廠商。');
    assertNames('計畫推動科技產業園區與科學工業園區更新,打造創新型產業園區。');
  });
});

describe('chemical parks', () => {
  it('reads a chemical park (化工园) after its place and products as a park, the nation alone before it as a title', () => {
    assertNames('名单公布,[[PARK:桐岭新材料化工园区]]和[[PARK:青川医药化工园]]在列,两园曾获评中国化工园区20强。');
    assertNames('该区是中国石油化工园区,[[PARK:泸江中国西部物流园区]]也在此。');
  });
});

describe('classes of zones', () => {
  it('reads the nation and a rank before a kind of zone as a class of zones, a place after the nation as a zone', () => {
    assertNames('年鉴显示,中国国家级开发区去年税收稳步增长,《中国省级开发区年度观察》随后出版。');
    assertNames('中國國家級開發區的出口額逐年上升。');
    assertNames('项目落户[[PARK:中国槐江经济技术开发区]]。');
    // `我国` too: the scan stops at the pronoun, and its `国` opens no name.
    assertNames('我國國家級新能源產業基地今年再添兩家新廠,我国国家级开发区增至230家。');
  });
});

describe('park names read through the pinyin glosses of converted Traditional pages', () => {
  it('reads a name whose suffix is glossed twice, with a tone digit, or in full-width brackets; a gloss after the name stays out', () => {
    const text = '據悉,青嵐經濟開發(fā)(fā)區與松溪工業園(yuan2)區、白沙產業(ye4)園（yuán）區(qu1)簽約。';
    assert.deepEqual(namesInText(text), ['PARK:青嵐經濟開發(fā)(fā)區', 'PARK:松溪工業園(yuan2)區', 'PARK:白沙產業(ye4)園（yuán）區']);
  });

  it('reads the typewriter spelling of ü (lv4) as a gloss, but not bare letters in brackets', () => {
    assert.deepEqual(namesInText('據悉,綠(lv4)洲工業園區今年簽約。'), ['PARK:綠(lv4)洲工業園區']);
    assert.deepEqual(namesInText('據悉,綠洲工業園(ab)區今年簽約。'), ['PARK:綠洲工業園']);
  });
});

describe('a park named by the short name the article declares', () => {
  it('takes every later mention of a declared short name as that park, the quoted one included', () => {
    assertNames('记者从[[PARK:瑞金经济技术开发区]](简称“[[PARK:瑞开区]]”)获悉,一家电子企业日前与[[PARK:瑞开区]]签订协议。');
  });

  it('does the same in Traditional text with pinyin glosses, the gloss after the name left out', () => {
    const text = '記者從井岡山國家經(jīng)濟(jì)技術(shù)開發(fā)區(qū)(簡稱“井開區(qū)”)獲悉,某企業(yè)與井開區(qū)簽約。';
    assert.deepEqual(namesInText(text), ['PARK:井岡山國家經(jīng)濟(jì)技術(shù)開發(fā)區', 'PARK:井開區', 'PARK:井開區']);
  });

  it('carries the short name into the paragraphs after the declaration, and bounds a project there', () => {
    const text = '记者从瑞金经济技术开发区(以下简称:瑞开区)获悉。\n华兴电子有限公司在瑞开区项目总投资3亿元。\n瑞开区商务局表示欢迎。';
    assert.deepEqual(namesInText(text), ['PARK:瑞金经济技术开发区', 'PARK:瑞开区', 'COMPANY:华兴电子有限公司', 'PARK:瑞开区', 'PARK:瑞开区']);
  });

  it('gives the same answer from the per-paragraph cache after an edit elsewhere', () => {
    const text = '记者从瑞金经济技术开发区(简称“瑞开区”)获悉。\n某企业与瑞开区签约。';
    const recognizer = new Recognizer();
    recognizer.recognize(text.replace('某企业', '一企业'));
    assert.deepEqual(recognizer.recognize(text), recognize(text));
    // Without the declaration the short name is no park.
    assert.deepEqual(namesInText('某企业与瑞开区签约。'), []);
  });

  it('declares nothing with a short name that does not end like a park, or without 简称', () => {
    assert.deepEqual(namesInText('记者从瑞金经济技术开发区(简称“瑞金”)获悉。瑞金是红色故都。'), ['PARK:瑞金经济技术开发区']);
    assert.deepEqual(namesInText('记者从瑞金经济技术开发区(即“瑞开区”)获悉。某企业与瑞开区签约。'), ['PARK:瑞金经济技术开发区']);
  });
});

describe('where a park name starts, and area parks that are no park', () => {
  it('takes an area park written right before 專案 (a project, Taiwan-style) as part of the project\'s name', () => {
    assertNames('總投資超百億元的[[PROJECT:玄武岩纖維新材料科技城專案]]落地。[[PARK:玄武岩纖維新材料科技城]]開園。');
  });

  it('keeps a county whose name holds 和 at the head of a park, and 和 between two parks', () => {
    assertNames('截至當前,[[PARK:平和科技產業園]]已簽約項目16個。[[PARK:锂电产业园]]和[[PARK:光伏产业园]]同步建设。');
  });
});

describe('families of park suffixes', () => {
  it('reads a trade park (商贸园区), a border one joining two places with ·, as a PARK', () => {
    assertNames('依托口岸优势及[[PARK:瑞丽·木姐边境商贸园区]]发展外向型产业。');
    assertNames('[[PARK:青川商贸园区]]今年签约项目5个。');
    // The bare kind is no park.
    assertNames('要加快建设商贸园区和物流园区。');
  });

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

describe('a city\'s trade district (产业功能区)', () => {
  it('reads a city’s trade district (产业功能区) with its place and trade as a park', () => {
    assertNames('当天,[[PARK:绵阳电子信息产业功能区]]集中开工项目12个,总投资86.4亿元。');
    assertNames('落户[[PARK:绵阳文旅产业功能区]]的云栖酒店投资21亿元。');
  });

  it('still reads counted trade districts as the generic noun', () => {
    assertNames('全市66个产业功能区加快建设。');
  });
});

describe('a verb of allotting funds before a park word', () => {
  it('ends a park name at 安排 or 拨付, so a bare 产业园区 after it is no park', () => {
    assertNames('今年,省财政安排产业园区补助资金3.1亿元。');
    assertNames('市里拨付[[PARK:青岚经济开发区]]奖补资金8000万元。');
  });
});

describe('a zone after a county we do not know', () => {
  it('starts the zone after the county\'s suffix when the whole is too long for an unknown place', () => {
    assertNames('再次掀起了宁平县[[PARK:湘岭工业园区]]项目建设热潮。');
    assertNames('宁平县[[PARK:青山工业园区]]今年签约项目5个。');
    // A part of the county named by direction only is no zone's own name.
    assertNames('宁平县中西部工业园区基础设施建设加快推进。');
  });
});

describe('a renamed cluster zone (先进制造业开发区)', () => {
  it('reads a county before 先进制造业开发区 as one zone, which bounds the project after it', () => {
    assertNames('[[PARK:宁平县先进制造业开发区]][[PROJECT:新能源产业园及配套基础设施项目]]计划总投资3.2亿元。');
    // Without a place the phrase is what a region develops, no park.
    assertNames('大力发展先进制造业开发区建设。');
  });
});

describe('an industry park in a description of what something becomes', () => {
  it('reads a manufacturing base (制造基地) as a company\'s plant, no park, and an industry base (产业基地) as a park', () => {
    assertNames('远帆电子将在[[PARK:青岚经开区]]建设智能终端研发制造基地,总投资8亿元。');
    assertNames('鸿翔重工抽油机制造基地已投产,[[PARK:白鹭湾新材料产业基地]]同日开工。');
  });

  it('reads an industry park after a goal, a superlative or what it integrates, closed by 的, as no park', () => {
    assertNames('这家工厂投产以后会成为华南一流的钒电池产业园,年产值可达20亿元。');
    assertNames('二期拟建设集研发、检测、仓储于一体的光学材料产业园。');
    assertNames('作为华东最大的冷链物流园,这里日均吞吐3万吨。');
    assertNames('目标是建成以新能源装备为主的高端装备制造基地。');
    // the first of a kind, with 的 or without
    assertNames('成为全省首家省级钒电池产业园,也是全市首个锂电产业园。[[PARK:首钢产业园]]在建。');
  });

  it('keeps a park the sentence merely qualifies with 的, and a zone after a described role', () => {
    assertNames('考察团参观了占地800亩的[[PARK:钒电池产业园]]。');
    assertNames('作为全县经济核心的[[PARK:桐溪经开区]],今年签约项目9个。');
    assertNames('作为全市重点打造的[[PARK:南昌光电产业园]],今年签约项目7个。');
    // the description ends at its clause: a goal in an earlier clause says nothing of the park
    assertNames('两地要成为合作伙伴,新落成的[[PARK:光学材料产业园]]已有企业入驻。');
  });
});

describe('parks whose names hold quotation marks', () => {
  it('reads a park inside a park quoted after its place (某某“园中园”) with its quotes', () => {
    assertNames('国庆假期,[[PARK:桐溪“园中园”]]机器轰鸣,记者走进[[PARK:桐溪“园中园”]]看到三个厂房同时封顶。');
    // without a place the quoted words are the kind of park
    assertNames('要打造“园中园”,发展“飞地经济”。');
    assertNames('所谓“园中园”,就是园区里的专业园。');
  });

  it('reads a quoted word inside a park name after its place', () => {
    assertNames('[[PARK:青禾工业园区]]与[[PARK:松岭“飞地”产业园]]今年各引进企业5家。');
  });

  it('reads a name quoted whole where the scan stops inside the quotes, but not a quoted title', () => {
    assertNames('市府指出,新闢之「[[PARK:和盛產業園區]]」今年引資達80億元。');
    assertNames('去年[[PARK:青禾经济开发区]]入选“省级绿色制造示范园区”。');
    // a zone's suffix quoted whole after a kind word wants a place
    assertNames('按照“一区多园”模式,建设“飞地园区”。');
  });
});

describe('zones after a place we do not know', () => {
  it('opens the zone at a county when the words after 县 describe it (a quality or a kind)', () => {
    assertNames('上年度,[[PARK:桐溪县绿色工业集中区]]产值达30亿元,[[PARK:岚平县新型材料工业集中区]]产值达12亿元。');
    // a zone's own name after the county starts the span; a determiner before 县 names no county
    assertNames('宁平县[[PARK:湘岭工业园区]]今年引进企业7家,该县生态工业园区也在扩建。');
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

describe('more suffix families', () => {
  it('reads an investment zone after a known place, a technology industrial zone and an industry harbour', () => {
    assertNames('[[PARK:漳州投资区]]负责同志发言,项目位于[[PARK:福清青屿投资区]]西部。');
    assertNames('另有2件位于[[PARK:竹溪科技工业区]],[[PARK:镇江智能装备产业港]]同日启动。');
    // the bare kinds are no names
    assertNames('全市投资区和科技工业区同步招商。');
    // 区 opening a word of its own (区域, 区位) after 投资 names no zone
    assertNames('资金重点投向福建投资区域,上海投资区位优势明显。');
  });

  it('reads a zone word before another zone word as no name', () => {
    assertNames('经开区新区今年引进企业12家。');
  });
});

describe('all the parks of a province or a city', () => {
  it('reads a province or a prefecture-level city with 省/市 before the bare word for industrial parks as no park', () => {
    assertNames('前8个月,南平市工业园区总体向好,江西省产业园区营收增长9%。');
    // a county-level city, a place written without 市, and a zone keep their park
    assertNames('走访[[PARK:汨罗市工业园区]]后,[[PARK:南平工业园区]]和[[PARK:南平市高新区]]也派员参加。');
  });
});

describe('parts of a zone', () => {
  it('reads a part named by its direction or its first phase right after a zone as one span with it', () => {
    assertNames('[[PARK:桐溪工业园区南区]]道路已通车,[[PARK:青澜新区启动区]]规划获批。');
    // a region around the zone, and an industry park's part (where a project lies), are not joined
    assertNames('[[PARK:青澜新区]]南区域交通改善,项目位于[[PARK:临溪产业园]]北区。');
    assertNames('[[PARK:青澜新区]]东区块已出让。');
  });

  it('reads a park with a zone suffix of its own right after a zone as a second park', () => {
    assertNames('[[PARK:宜春高新区]][[PARK:白沙工业园区]]本月落地企业3家。');
  });
});

describe('verbs whose object is a park', () => {
  it('ends a park name at 开发, 倒逼 and 延伸', () => {
    assertNames('两家公司将合作开发[[PARK:青屿科技产业园区]],并共同开发科技产业园区。');
    assertNames('倒逼[[PARK:临溪产业园区]]转型升级,还将延伸[[PARK:桐溪经开区]]上下游链条。');
  });
});

describe('titles, buildings and jointly developed zones', () => {
  it('reads an industry park quoted whole after its rank as a title, not a park', () => {
    assertNames('[[PARK:城南工业园区]]围绕打造“国家级环保产业园”目标,引进企业12家。');
    // unquoted too: a rank before an industry park with no place titles a kind of park (parkRanks.test.ts)
    assertNames('这里是国家级新能源汽车产业基地。');
  });


  it('reads an industry park measured by its floor area as a building, not a park', () => {
    assertNames('一期建成3万平方米冷链仓库、8600平方米物流商贸园区和配套用房。');
  });

  it('reads an industry park introduced as a project (重点项目某某产业园) as no park', () => {
    assertNames('[[PARK:桐溪新区]]重点项目冷链物流产业园今日封顶。');
  });

  it('reads a zone two sides develop together (合作创新区) after its place', () => {
    assertNames('9月20日,[[PARK:青澜湾合作创新区]]签约开工仪式举行。');
    assertNames('推动两地合作创新区建设。');
  });
});

describe('parks named after two places joined by a dash', () => {
  it('starts the park at the first place, after punctuation or a park just found', () => {
    assertNames('项目位于[[PARK:宜春高新区]][[PARK:青屿-松岭工业园]]。');
    assertNames('今年,[[PARK:桐坝—磨溪经济合作区]]新签约项目6个。');
    // a dash after a phrase of the sentence joins nothing
    assertNames('招商引资—[[PARK:青岚经开区]]签约5个项目。');
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
});

describe('economic-and-trade parks and industry demonstration clusters', () => {
  it('reads 经贸园区 and 产业集聚示范区 after their name, never alone or after a rank', () => {
    assertNames('将结合「[[PARK:柳港多功能经贸园区]]」发展,推进经贸园区建设。');
    assertNames('[[PARK:青岚光电产业集聚示范区]]投用,打造国家级产业集聚示范区。');
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
