// PARK spans: Traditional, glossed and quoted names, declared short names, and words that make a park or no park.
import { strict as assert } from 'node:assert';
import { recognize, Recognizer } from '../../../src/core/recognition/recognize';
import { assertNames, namesOf } from '../namedEntityHelpers';
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

  it('reads a part of a science park named after its district, with the science park\'s short name in front, as one park', () => {
    assertNames('兩家廠商分別進駐[[PARK:竹科竹南園區]]與[[PARK:南科高雄園區]],另一家擴建[[PARK:中科虎尾園區]]廠房。');
    // the short name alone, before no park suffix, is no park
    assertNames('該公司在既有竹科的廠房增設產線,中科院也參與研發。');
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

  it('declares nothing with a short name made of kind words alone, so its later mentions stay generic', () => {
    const text = '蓝湾达洛经济贸易合作区(以下简称“经贸合作区”)是东非的境外经贸合作区。\n经贸合作区分为两个园区,园区投资累计3亿美元。';
    assert.deepEqual(namesInText(text).filter((n) => n.startsWith('PARK')), ['PARK:蓝湾达洛经济贸易合作区']);
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

  it('reads a trade district named by its trade alone as one of a class, unless right after its zone', () => {
    assertNames('近年来,[[PARK:绵阳高新区]]加快推进光电产业功能区建设。');
    assertNames('[[PARK:绵阳高新区]][[PARK:光电产业功能区]]开工。');
  });
});

describe('a verb of allotting funds before a park word', () => {
  it('ends a park name at 安排 or 拨付, so a bare 产业园区 after it is no park', () => {
    assertNames('今年,省财政安排产业园区补助资金3.1亿元。');
    assertNames('市里拨付[[PARK:青岚经济开发区]]奖补资金8000万元。');
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
    // what the works are to form (形成…的)
    assertNames('引进电池材料企业20家,形成年产值80亿元以上的储能材料产业园。');
    assertNames('两地已形成合力,新落成的[[PARK:储能材料产业园]]已有企业入驻。');
    // the first of a kind, with 的 or without
    assertNames('成为全省首家省级钒电池产业园,也是全市首个锂电产业园。[[PARK:首钢产业园]]在建。');
  });

  it('reads what a verb makes something into (打造为, 打造成为, 定位为) as a goal, no park, placed or not, written once or again', () => {
    assertNames('全力将[[PARK:青澜科创城]]打造为全省智能装备和人才集聚区,助力打造全省智能装备和人才集聚区。');
    assertNames('园区功能定位为滨海物流枢纽承载区、桐溪湾协同发展示范区。');
    assertNames('要把槐川新城打造成为国内领先的氢能产业聚集区,争创氢能产业聚集区试点。');
    // the scan took the complement's 成 into the name
    assertNames('把桐溪岛打造成闽台深度合作示范区和对外开放窗口。');
  });

  it('keeps a park the goal merely holds, and a verb\'s outcome that is no complement', () => {
    assertNames('项目建成后将成为[[PARK:青岚经开区]]内首个智能工厂。');
    assertNames('要打造为[[PARK:青澜科创城]]的核心引擎。');
    // the park is the object of a verb inside the goal, not the goal's kind
    assertNames('努力把人才联盟打造成为带动[[PARK:青澜高新区]]转型升级的新引擎。');
    assertNames('打造成功后,[[PARK:白鹭湾新材料产业基地]]年产值可达50亿元。');
  });

  it('reads a star grade given in a rating as a title, no park; the zone holding it is named', () => {
    assertNames('[[PARK:柳溪经开区]]先后被评为“江西省三星级开发区”和“五星级工业园区”。');
  });

  it('keeps a park the sentence merely qualifies with 的, and a zone after a described role', () => {
    assertNames('考察团参观了占地800亩的[[PARK:钒电池产业园]]。');
    assertNames('作为全县经济核心的[[PARK:桐溪经开区]],今年签约项目9个。');
    assertNames('作为全市重点打造的[[PARK:南昌光电产业园]],今年签约项目7个。');
    // the description ends at its clause: a goal in an earlier clause says nothing of the park
    assertNames('两地要成为合作伙伴,新落成的[[PARK:光学材料产业园]]已有企业入驻。');
    // nor does a superlative before `是`: it ranks the subject, the park after `是` is named
    assertNames('全县最大的奠基项目是总投资30亿元以上的[[PARK:青澜海洋食品科技园]],今年开工。');
  });
});

describe('an industry park a project builds, named by its trade alone', () => {
  it('reads an industry park a project builds (a verb of constructing, or the list it opens) as its facility, no park', () => {
    assertNames('该项目将主要建设储能装备产业基地,预计年产值12亿元。');
    assertNames('项目分两期,建设冷链仓储中心及海洋食品产业园。');
    assertNames('项目拟建设氢能整车产业基地、燃料电池配套基地和智慧物流园。');
  });

  it('keeps a park named by a place whoever builds it, and a park after a site word or a noun 建设', () => {
    assertNames('双方将共同建设[[PARK:萍乡氢能产业园]],首期用地600亩。');
    assertNames('推进厂房建设、落户[[PARK:储能材料产业园]]的企业达12家。');
    assertNames('配套设施建设在[[PARK:海洋食品产业园]]同步推进。');
    // no project in the sentence: a county or an investor building a park builds a park
    assertNames('该县今年建设[[PARK:海洋食品产业园]],首期用地800亩。');
  });
});

describe('an industry park a plan or a goal builds, no one said to build it, named by its trade alone', () => {
  it('reads an industry park after a verb of building that opens its clause or follows a word of intent as a kind of park', () => {
    assertNames('随着储能行业日益壮大,建设储能装备产业园已成为各地的热潮。');
    assertNames('该中心总投资18亿元,计划打造海洋康养产业园,建设滨海疗养社区。');
    assertNames('规划用地2600亩,以建设果蔬加工园、茶叶产业园、农机科技园为抓手,推进三园融合。');
    assertNames('依托云存储的技术优势,打造全省算力产业高地、数据安全产业基地、人才聚集地。');
  });

  it('keeps the park when a firm invests in it, works start on it, a place it is made for or a rank comes before the verb', () => {
    assertNames('引进青桐科技投资建设[[PARK:青桐储能装备产业园]],一期用地300亩。');
    assertNames('为松江打造[[PARK:松江海洋食品产业园]]注入动力。');
    assertNames('该县投资建设[[PARK:海洋食品产业园]],首期用地800亩。');
    assertNames('今年已开工建设[[PARK:储能装备产业园]],首期用地800亩。');
    // the clause before spends the money: its investor builds the park
    assertNames('[[COMPANY:青桐公司]]将投资9亿元,建设[[PARK:储能装备产业园]],预计明年投产。');
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

describe('all the parks of a province or a city', () => {
  it('reads a province or a prefecture-level city with 省/市 before the bare word for industrial parks as no park', () => {
    assertNames('前8个月,南平市工业园区总体向好,江西省产业园区营收增长9%。');
    // a county-level city, a place written without 市, and a zone keep their park
    assertNames('走访[[PARK:汨罗市工业园区]]后,[[PARK:南平工业园区]]和[[PARK:南平市高新区]]也派员参加。');
  });

  it('reads a province with 省 before the bare word for development zones as no park', () => {
    assertNames('福建省开发区第二批项目集中开工,该区获评“江西省经济开发区”。');
    // a city's development zone is as often its one zone; a named zone keeps its park
    assertNames('项目位于[[PARK:南平市开发区]]北二路,[[PARK:南平经济开发区]]与[[PARK:南平市高新区]]签约。');
  });

  it('reads a province written without 省 before the bare word for development zones as no park', () => {
    assertNames('原标题:湖南开发区与粤港合作加快,为推动广西经济开发区承接产业转移。');
    // a municipality's name before 开发区 is its own zone; a province before a named zone keeps it
    assertNames('企业落户[[PARK:重庆开发区]]和[[PARK:吉林经济开发区]],[[PARK:湖南湘江新区]]与[[PARK:广西钦州开发区]]签约。');
  });

  it('reads a province or Taiwan written alone before the bare word for industrial parks with 区 as no park', () => {
    assertNames('數據顯示,臺灣產業園區已成為企業擴產重鎮,江西工业园区营收增长。');
    // `工业园` without 区 may be one park named after its province; a place inside the province keeps its park
    assertNames('[[PARK:江西工业园]]签约,[[PARK:台中工業園區]]也將擴建。');
  });
});

describe('a park one city builds in another place\'s zone, named after both with a middle dot', () => {
  it('reads the place, the dot, the zone and the industry park as one park', () => {
    assertNames('[[PARK:杭州·金华新区智能装备产业园]]正式落户,[[PARK:金华新区]]管委会表示欢迎。');
    // without the place and the dot, a park right after its zone is a second park
    assertNames('[[PARK:金华新区]][[PARK:智能装备产业园]]正式落户。');
  });

  it('reads a brand joined to an industry park by a middle dot as a development, no park; two countries before the dot name a zone', () => {
    const parks = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));
    assert.deepEqual(parks('现场签约的锦程地产·云溪未来科技城总投资80亿元,翼联云·青禾数字产业园同日开工。'), []);
    assert.deepEqual(parks('三家企业入驻中塞·青禾经贸合作区。'), ['PARK:中塞·青禾经贸合作区']);
  });

  it('leaves such a park inside the project named after it', () => {
    assert.deepEqual(namesInText('两家公司共同筹建杭州·金华新区智能装备产业园项目。'), ['PROJECT:杭州·金华新区智能装备产业园项目']);
  });
});

describe('parts of a zone', () => {
  it('reads a part named by its direction or its first phase right after a zone as one span with it', () => {
    assertNames('[[PARK:桐溪工业园区南区]]道路已通车,[[PARK:青澜新区启动区]]规划获批。');
    // a region around the zone, and an industry park's part (where a project lies), are not joined
    assertNames('[[PARK:青澜新区]]南区域交通改善,项目位于[[PARK:临溪产业园]]北区。');
    assertNames('[[PARK:青澜新区]]东区块已出让。');
  });

  it('reads an industry park\'s first phase (启动区) right after it as one span with it, not a 启动区域', () => {
    assertNames('[[PARK:临溪新材料产业园启动区]]今日开工,[[PARK:桐川数字产业园]]起步区域同步规划。');
  });

  it('reads a park with a zone suffix of its own right after a zone as a second park', () => {
    assertNames('[[PARK:宜春高新区]][[PARK:白沙工业园区]]本月落地企业3家。');
  });

  it('reads a part written as a direction and the word for a park (东部园区) as one span with its zone', () => {
    assertNames('新材料项目在[[PARK:青澜经开区东部园区]]开工,[[PARK:临溪高新区中部片区]]同日签约。');
    // a park with a name of its own stays a second park, and a region around the zone is not joined
    assertNames('企业入驻[[PARK:青澜经开区]][[PARK:柳湾园区]],[[PARK:青澜经开区]]东部地区交通改善。');
  });

  it('reads a position alone before a zone\'s word (东部新区, 南部片区), with no place before it, as no park, written once or again', () => {
    assertNames('[[PARK:槐川东部新区]]签约项目6个,将推动东部新区航空物流能级跃升。');
    assertNames('开工活动在南部片区智造港地块举行,南部片区今年开工项目4个。');
    // two directions without 部 may be a place's name
    assertNames('项目总投资9亿元,落地[[PARK:中北高新区]]。');
  });

  it('reads the part a zone runs itself (直管区, 直管园) and a named division (某某分区) as one span with the zone', () => {
    assertNames('项目拟在[[PARK:青澜高新区直管园]]范围内建设,[[PARK:临溪新区宜春直管区]]同日签约。');
    assertNames('今年,[[PARK:桐坝经济开发区农垦分区]]完成固定资产投资8亿元。');
    // a division's word after a generic or descriptive name joins nothing
    assertNames('[[PARK:青澜高新区]]各分区同步推进。');
  });
});

describe('verbs whose object is a park', () => {
  it('ends a park name at 开发, 倒逼 and 延伸', () => {
    assertNames('两家公司将合作开发[[PARK:青屿科技产业园区]],并共同开发科技产业园区。');
    assertNames('倒逼[[PARK:临溪产业园区]]转型升级,还将延伸[[PARK:桐溪经开区]]上下游链条。');
  });

  it('ends a park name at the verb 构建 and at a ceremony (仪式, 典礼) held before its venue', () => {
    assertNames('全力加速构建[[PARK:槐川空港经济区]]特色产业链。');
    assertNames('第二季度重点项目开工仪式[[PARK:槐川空港经济区]]分会场在智造港举行,揭牌典礼[[PARK:青澜经开区]]会场同步举行。');
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

describe('parks abroad named in Latin letters', () => {
  it('reads the letters before a zone suffix as the name, two words joined by a space too', () => {
    assertNames('工厂将建在柔佛州的[[PARK:Tanjung Langsat工业园区]],另一家进驻[[PARK:Kemaman工業園區]]。');
  });

  it('leaves a Han address we do not know before the letters out, but keeps a place we know', () => {
    assertNames('拟于巴西米纳斯州贝廷市[[PARK:VERANO工业园]]新建工厂。');
    assertNames('落户[[PARK:成都市LCD产业园]]。');
  });

  it('reads no own name in fewer than three letters or a lower-case word: the address stays', () => {
    assertNames('拟于[[PARK:米纳斯州贝廷市AB工业园]]新建工厂。');
    assertNames('拟于[[PARK:米纳斯州贝廷市verano工业园]]新建工厂。');
  });
});

describe('parks named after two places joined by a dash', () => {
  it('starts the park at the first place, after punctuation or a park just found', () => {
    assertNames('项目位于[[PARK:宜春高新区]][[PARK:青屿-松岭工业园]]。');
    assertNames('今年,[[PARK:桐坝—磨溪经济合作区]]新签约项目6个。');
    // a dash after a phrase of the sentence joins nothing
    assertNames('招商引资—[[PARK:青岚经开区]]签约5个项目。');
  });

  it('opens the park at the countries it joins or at a place we know, after a verb or a conjunction too', () => {
    assertNames('双方同意加快推进[[PARK:中国桐坝-越南磨溪跨境经济合作区]]建设。');
    assertNames('12月1日,[[PARK:中国缅甸桐坝—磨溪经济合作区]]新签约项目6个。');
    assertNames('新增了[[PARK:沿海临港产业园区]]和[[PARK:中国—东盟商贸合作区]]。');
    assertNames('资金主要投向[[PARK:宜春市-萍乡市产业转移合作园]]。');
    // an unknown place after a verb still opens no name: the second place alone names the park
    assertNames('支持青屿-[[PARK:松岭工业园]]建设。');
  });
});


describe('a zone\'s short name X开区 alone', () => {
  it('reads it as a park where it opens its clause: the text\'s start, after punctuation or a time', () => {
    assertNames('[[PARK:航开区]]上半年经济平稳增长');
    assertNames('上半年,[[PARK:航开区]]地区生产总值增长8%;今年以来,[[PARK:航开区]]签约项目12个。');
    assertNames('今年上半年[[PARK:航开区]]开工项目20个。');
  });

  it('reads none after a preposition or inside quotes, nor where 开 ends a verb', () => {
    assertNames('记者从航开区获悉,企业与“航开区”签约。');
    assertNames('召开区委常委会,全面展开区域合作。');
  });
});

describe('resorts listed among projects', () => {
  it('keeps a resort (度假区) a park when it is listed among projects, as zones are', () => {
    assertNames('包括[[PARK:青湖国际旅游度假区]]、滨江商务中心等三大项目举行开工仪式。');
  });

  it('still reads an industry park listed so as the project\'s name, no park', () => {
    assertNames('包括青湖国际海洋产业园、滨江商务中心等三大项目举行开工仪式。');
  });
});

describe('a park heading an item of a list of projects', () => {
  it('keeps a park written right before the name of what is built in it, the item\'s site', () => {
    assertNames('其中,[[PARK:青柳工业园]]森达储能电站、鹤鸣食品加工等3个项目已开工。');
    assertNames('据悉,[[PARK:云岭智能装备产业园]]标准厂房、石湾陶瓷产业园等4个项目同日开工。');
  });

  it('still reads a park followed by its own works or phase, or by the rest of a project\'s name, as the listed project\'s name, no park', () => {
    assertNames('包括青湖海洋产业园二期、滨江商务中心等三大项目举行开工仪式。');
    assertNames('包括青湖海洋产业园建设、滨江商务中心等三大项目举行开工仪式。');
    assertNames('包括[[PROJECT:青湖科创园运营管理项目]]、滨江商务中心等三大项目举行开工仪式。');
  });
});

describe('an industry park with no place, right after the whole country', () => {
  it('reads the country\'s parks of a trade, ranked, titled or listed, as a kind, no park', () => {
    assert.deepEqual(namesOf('PARK', '力争走在全国智能网联产业园区前列。'), []);
    assert.deepEqual(namesOf('PARK', '去年国家火炬计划环保装备产业基地评比中位列第5。'), []);
    assert.deepEqual(namesOf('PARK', '该区已是中国重要的船舶工业基地、海洋装备产业基地和港口物流基地。'), []);
  });

  it('keeps a park in another clause than the country, or with a place in its name', () => {
    assert.deepEqual(namesOf('PARK', '该市走在全国前列,青山新材料产业园今年新签企业12家。'), ['青山新材料产业园']);
    assert.deepEqual(namesOf('PARK', '力争走在全国苏州智能网联产业园区前列。'), ['苏州智能网联产业园区']);
  });
});

describe('a park heading the name of works built in it', () => {
  const parksIn = (text: string): string[] => namesInText(text).filter((n) => n.startsWith('PARK:'));

  it('reads a park before its phase or works and 工程 as part of the works\' name, no park', () => {
    assert.deepEqual(namesOf('PARK', '今年以推进青柳国际生态园三期工程为重点,加快配套建设。'), []);
    assert.deepEqual(namesOf('PARK', '另有鹤鸣物流园配套道路改造工程,总投资2.3亿元。'), []);
    assert.deepEqual(namesOf('PARK', '据悉,松岭智能装备产业园(三期)工程项目将投资8.6亿元。'), []);
    assert.deepEqual(namesOf('PARK', '据悉,松岭智能装备产业园(三期)项目总投资约8.6亿元。'), []);
  });

  it('drops the writing of a park named elsewhere in the article where it heads such works', () => {
    assert.deepEqual(parksIn('松岭智能装备产业园今年新签企业12家。\n今年以推进松岭智能装备产业园三期工程为重点。'), ['PARK:松岭智能装备产业园']);
  });

  it('keeps the park before 工程建设 (its phase being built), before a trade written with 工程, or with no phase or works', () => {
    assert.deepEqual(namesOf('PARK', '位于开发区的松岭智能装备产业园(三期)工程建设现场车辆穿梭。'), ['松岭智能装备产业园']);
    assert.deepEqual(namesOf('PARK', '鹤鸣国际汽车城工程机械展示中心开业。'), ['鹤鸣国际汽车城']);
  });
});

describe('parks named by the one-character names of the places that build them together', () => {
  it('reads two or three such names before 园区 as a park, after a boundary', () => {
    assertNames('岁末年初,[[PARK:湘赣园区]]再掀招商热潮;此次在[[PARK:沪苏通园区]]投资建设,体现了[[PARK:湘赣园区]]的优势。');
  });

  it('reads none inside a longer word or after a verb of the sentence', () => {
    assertNames('经济复苏园区受益,企业畅通园区道路,新建园区三个。');
  });
});

describe('a place whose name holds a park boundary word', () => {
  it('keeps the place at the head of an industry park (和田 holds 和, 同安 holds 同, 获嘉 holds 获)', () => {
    assertNames('据介绍,[[PARK:和田纺织工业园]]规划面积12平方公里,[[PARK:同安食品产业园]]已入驻企业30家。');
    assertNames('该项目落户[[PARK:获嘉化工园区]]。');
  });

  it('still ends a park at the conjunction when no such place is written', () => {
    assertNames('推动纺织和[[PARK:服装产业园]]发展,共同[[PARK:医药工业园]]建设。');
  });
});

describe('county-level cities and districts as the places of zones', () => {
  it('reads a county-level city holding a boundary word whole before a zone (同江 holds 同)', () => {
    assertNames('国务院批准设立国家级[[PARK:同江边境经济合作区]],规划面积2平方公里。');
  });

  it('reads a county-level city before a suffix that wants a known place, a qualifier between them too', () => {
    assertNames('新厂选址[[PARK:灵宝园区]],配套企业落户[[PARK:敦煌北光储园区]]。');
  });

  it('leaves a district of a municipality out as the address before the zone\'s own name', () => {
    assertNames('公司计划在重庆市武隆区[[PARK:仙峰工业园区]]建设新厂。');
  });

  it('names no zone where a place we do not know stands before a suffix that wants a known one', () => {
    assertNames('新厂选址桑榆园区,配套企业落户桑榆北光储园区。');
  });
});

describe('a title word across two places', () => {
  it('reads a level and 长 between a place we know and a place opening with 长 as the places, no mayor', () => {
    assertNames('项目落户[[PARK:青州市长丰经济开发区]]。');
    // after no place the title stays a boundary: the zone opens at the place after it
    assertNames('常务副市长[[PARK:长丰经济开发区]]主任出席。');
  });
});

describe('a place we know right after one character we do not, after a verb of settling', () => {
  it('reads the character as the head of a longer place (`落户某南山工业新区`): the verb takes the whole place', () => {
    assertNames('该项目落户[[PARK:青南山工业新区]]。');
    assertNames('该项目位于[[PARK:青南山经济开发区]]。');
  });

  it('keeps the place we know alone after another verb, a level word or a numeral', () => {
    assertNames('加快青[[PARK:南山工业新区]]建设。');
    assertNames('项目入驻市[[PARK:南山工业新区]]。');
    assertNames('项目落户三[[PARK:南山工业园区]]。');
  });
});

describe('a place we do not know and a zone\'s own name, with no 县 between them', () => {
  it('reads five or six characters before a zone suffix after a site mark (在 于 的)', () => {
    assertNames('该公司将投资8亿元在[[PARK:青岭九峰山工业园区]]建设基地。');
    assertNames('示范区内的[[PARK:白拉金川铝材工业园区]]已入驻企业20家。');
  });

  it('starts after a town or street said as the address, unless a place we know ends there', () => {
    assertNames('工厂搬至位于东坪街道[[PARK:石湾工业区]]的新厂房。');
    assertNames('项目落户[[PARK:景德镇陶瓷工业园区]]。');
  });

  it('reads none after a verb, before a count, or after a kind word', () => {
    assertNames('加快青岭九峰山工业园区建设,在全市二十个工业园区推广,打造全国领先的高端装备制造工业园区。');
  });
});

describe('words before a park that are no part of its name', () => {
  it('ends a park name at a verb of boosting, building or entering (助推 建造 进入)', () => {
    assertNames('这将助推[[PARK:青屿经济开发区]]发展,某集团计划在桐溪建造[[PARK:绿色食品产业园]]。');
    assertNames('8个项目分别签约进入[[PARK:白沙经合区]]。');
  });

  it('reads a body an association names after a kind of park as no park (联合会 协会)', () => {
    assertNames('全国纺织工业联合会化工园区专业委员会发布名单,某某协会产业园区分会同日成立。');
  });

  it('ends a park name at a verb of holding to, making sure of, drawing on, protecting or gathering (紧抓 确保 借助 保护 齐聚)', () => {
    assertNames('青川紧抓村级工业园改造,确保[[PARK:云帆智造产业园]]早日投产,借助[[PARK:绿色食品产业园]]优势。');
    assertNames('要保护[[PARK:青屿科技新城]]生态,今天众多嘉宾齐聚工业园。');
  });

  it('ends a park name at a verb of learning from, showing, matching, consolidating, awaiting or putting money into it', () => {
    assertNames('考察团到[[PARK:青禾工业区]]学习园区管理经验,要体现科学城特色。');
    assertNames('此举契合[[PARK:岚溪高新区]]定位,将巩固[[PARK:石岭合作区]]成果,市财政累计投入[[PARK:云帆经贸合作区]]3亿元。');
    assertNames('总统期待[[PARK:塔坎工业园]]早日建成。');
  });

  it('ends a park name at a verb of studying it (研究), but reads an institute holding that verb whole', () => {
    assertNames('两家单位将编制氢能产业规划,研究产业园区布局,会议还研究[[PARK:青屿新材料产业园]]建设。');
    assertNames('三家企业入驻[[PARK:青川研究院科技园]]。');
  });

  it('keeps a place holding a character of those verbs (习水)', () => {
    assertNames('该企业落户[[PARK:习水经济开发区]]。');
  });

  it('ends a park name at a Taiwanese dateline (报导)', () => {
    assertNames('记者林某某/彰化報導[[PARK:彰化農業生物科技園區]]今年引進廠商12家。');
  });

  it('reads a kind word quoted after 简称 as no park', () => {
    assertNames('记者从[[PARK:青澜经济技术开发区]](简称“开发区”)获悉,该开发区签约项目12个。');
  });

  it('keeps a name that does not open with such a word whole', () => {
    assertNames('某集团计划在[[PARK:桐溪建材产业园]]投资,项目入驻[[PARK:青屿助农产业园]]。');
  });

  it('reads a word of the sentence before a bare zone word as no place: being based in, a role, a literary 明年', () => {
    assertNames('总部落成后,立足新区服务周边企业,扎根开发区长期经营。');
    assertNames('在全市,主战场经开区今天签约项目8个,招商主阵地高新区也在推进。');
    assertNames('他介绍,来岁高新区计划储备项目60个。');
    // a place we do not know before the same words still names its zone
    assertNames('该公司总部将落户[[PARK:桐溪新区]],[[PARK:青屿高新区]]今年签约项目9个。');
  });

  it('reads a zone word whose 区 opens 区域 as no zone', () => {
    assertNames('双方商定将深度开发区域内的荒地和湿地资源。');
    assertNames('项目位于[[PARK:桐溪经济开发区]]东侧区域。');
  });
});

describe('short suffixes of zones and parks', () => {
  it('reads an economic cooperation zone by its short name (经合区), an industry harbour (工业港) and a park for start-ups (双创园)', () => {
    assertNames('项目分别位于[[PARK:白沙经合区]]和[[PARK:桐溪区现代工业港]],另外两个区块打造[[PARK:青岭数字制造双创园]]。');
  });

  it('reads the suffixes alone as no park', () => {
    assertNames('推动经合区、工业港和双创园建设。');
  });
});

describe('special economic zones, demonstration parks and other kinds of zone', () => {
  it('reads a special economic zone (经济特区) and its short name (特区) after their place, abroad after the country too', () => {
    assertNames('12月1日,[[PARK:青溪经济特区]]新签约项目6个,[[PARK:青溪港特区]]进出口增长。');
    assertNames('今年前5月,[[PARK:老挝帕萨莱经济特区]]进出口总值3.2亿美元。');
  });

  it('reads a city we know before a bare 特区 as that city, a country before 经济特区 as a kind, and a 区 opening 区位 as no zone', () => {
    assertNames('香港特区政府与澳门特区代表团出席,港澳特区企业参展,青州特区报报道,该地独特区位优势明显。');
    // a country alone before a special zone names its zones, a kind; a 特区 closing a list of kinds of area names none
    assertNames('老挝经济特区发展迅速,当地苏区老区特区均有项目。');
  });

  it('reads a demonstration park (示范园) after a place we know or the places it joins', () => {
    assertNames('项目在[[PARK:甘肃青岚纺织产业示范园]]开工,另一项目落户[[PARK:苏皖食品产业示范园]]。');
    assertNames('兩家廠商進駐[[PARK:台灣花卉科技示範園]]。');
  });

  it('reads a demonstration park after no place, or after the nation, as a title, no park', () => {
    assertNames('项目建成后,将成为高标准示范园区,推进智造上楼示范园区建设,创建国家花卉科技示范园和中国特色花卉示范园。');
    assertNames('项目将成为[[PARK:青岚数字产业园]]内高标准“智造上楼”示范园区。');
  });

  it('reads a park named by a trade alone before 园 after a place we know, and none after no place or where 园 opens another word', () => {
    assertNames('项目落户[[PARK:甘肃生态纺织园]],另一家进驻[[PARK:青海现代农业园区]]。');
    assertNames('推进智慧农业园建设,青海农业园林局与甘肃信息园地均有报道。');
  });

  it('reads a zone for Taiwanese investment by its short name (台商区) after its place, and a biotech park by its Taiwanese short name (生技园区)', () => {
    assertNames('项目落户[[PARK:漳州台商区]],另一家进驻[[PARK:嘉义农业生技园区]]与[[PARK:嘉義農業生技區]]。');
    assertNames('推进台商区建设,扩建生技园区。');
  });
});

describe('parks whose head is also a common word (a trade\'s 谷, a trade\'s 基地), after a place', () => {
  it('reads a trade\'s valley after a place we know, the nation before its site in brackets, or a place and a middle dot', () => {
    assertNames('记者从[[PARK:江西药谷]]管委会获悉,[[PARK:中国(南昌)医谷]]新入驻企业12家。');
    assertNames('活动在“[[PARK:衡阳·中国硅谷]]”举行,首批签约项目涉及芯片封装。');
    // a brand, not a place, before the dot is cut off at the place after it
    assertNames('入驻星河未来·[[PARK:长沙药谷]]的企业已有12家。');
  });

  it('reads a trade\'s base after a place we know or a zone of the gazetteer', () => {
    assertNames('推进会在[[PARK:包头稀土化工基地]]举行,另有企业入驻[[PARK:张江生物医药基地]]。');
  });

  it('reads a brand right before the place as the owner of the base, its plant there, no park', () => {
    assertNames('星河电器赣州制造基地正式投产,青岚药业连云港医药基地同日开工。');
  });

  it('reads a valley or a base after no place, or after the nation alone, as a slogan or a kind, no park', () => {
    assertNames('全力打造“东方硅谷”,建设中国药谷,企业新建光学材料制造基地。');
    // a valley's 谷 opening another word is no head
    assertNames('江西药谷地区降雨偏多。');
  });

  it('reads a valley word before an industry park\'s suffix as the park\'s own name', () => {
    assertNames('加快80亩[[PARK:芯谷科技产业园]]的建设。');
  });
});

describe('airport zones', () => {
  it('reads an airport right before its zone with the places its name is made of, and 临空港 as one word before a zone', () => {
    assertNames('会上,[[PARK:南京江宁国际机场临空经济区]]与两家企业签约,[[PARK:襄阳临空港经开区]]新签约项目8个。');
  });

  it('reads an airport with no zone after it, and the airport\'s side alone, as no park', () => {
    assertNames('南京江宁国际机场客流增长,临空港物流发展加快。');
  });
});
