// PROJECT spans: where a project name starts and ends, and mentions of projects that name none.
import { strict as assert } from 'node:assert';
import { assertNames } from '../namedEntityHelpers';
import { itChecksParagraphs, type MarkedParagraph } from '../paragraphHelpers';
import { namesInText } from './caseReaders';

const PARAGRAPHS: readonly MarkedParagraph[] = [
  [
    'project names: a brand before an industry head, a capacity multiple with its web entity; kinds after 等 and bare phases are generic',
    '会上签约了[[PROJECT:云岭生物医药产业项目]]、文旅产业项目和[[PROJECT:玉泉2&times;60万千瓦热电联产项目]]，' +
      '还有年产5万吨PVC等化工项目，二期300MW项目明年开工。全县养老产业项目进展顺利。',
    [],
  ],
  [
    'items of a list closed by 等项目, each after its amount and 的, are projects; a list of kinds is not',
    '开发区签约了总投资3亿元的[[PROJECT:华泰精密轴承制造]]、总投资1.2亿元的[[PROJECT:新禾环保材料生产]]等项目，还引进了食品、纺织等项目。',
    [
      { text: '3亿元', role: 'investment', scope: 'item' },
      { text: '1.2亿元', role: 'investment', scope: 'item' },
    ],
  ],
];

describe('whole paragraphs: their marked names and the attributes of each amount', () => {
  itChecksParagraphs(PARAGRAPHS);
});

describe('what a project name holds', () => {
  it('reads 包装 after a product as packaging, the work the project does; alone it takes 项目 as its object', () => {
    assertNames('投资900万美元的[[PROJECT:岚山纸制品包装项目]]签约;[[PROJECT:青禾食品包装项目]]总投资1亿元。');
    assertNames('做好策划包装项目工作,推进包装印刷项目。');
  });

  it('reads 投资总部 and 投资中心 inside a project name as an investment firm\'s seat, not as a verb before it', () => {
    assertNames('园区引入[[PROJECT:青岚集团西南新能源投资总部项目]],还将投资[[PROJECT:青禾数据项目]]。');
  });

  it('reads 投资运营 inside a project name as what the project does, not as a verb before it', () => {
    assertNames('其中,[[PROJECT:东岭数字港投资运营项目]]、[[PROJECT:滨江科创园投资运营项目]]以及[[PROJECT:光学镜片生产项目]]等9个项目投资额过5亿元。');
  });

  it('reads a road code before a park word (G60科创园) inside a name, and a listed park as a project of its own', () => {
    assertNames('其中,中韩美谷、[[PROJECT:G60科创园投资运营项目]]以及[[PROJECT:光学镜片生产项目]]等14个项目投资额过10亿元。');
    assertNames('投资2亿元的[[PROJECT:S7智慧物流项目]]开工。');
    // Products sharing the head of one project stay one name.
    assertNames('[[PROJECT:磁栅数显量具、智能制造装备和军民融合产品生产项目]]签约。');
  });

  it('reads area parks named right after a count of projects as those projects, not parks', () => {
    assertNames('目前,[[PARK:青溪经济开发区]]正在建设两个重点项目,青溪锂能新材料产业园和青溪光电产业园,进展顺利。');
    // A park after a clause that counts no projects stays a park.
    assertNames('目前,园区正在建设重点项目,[[PARK:青溪光电产业园]]已投产。');
  });

  it('reads area parks a count of projects introduces one by one (分别是, 分别为, 包括) as those projects, not parks', () => {
    assertNames('据介绍,这4个项目分别是:青溪温泉养生特色小镇、白河茶香小镇、梧岭竹海森林小镇和南湾海洋牧场。');
    assertNames('今年开工的两个项目分别为:白河数字文创产业园和青溪冷链物流园。');
    // A park after a colon no count of projects opens stays a park.
    assertNames('据介绍,签约地点分别是:[[PARK:青溪温泉康养小镇]]和[[PARK:白河茶香小镇]]。');
  });

  it('reads an area park a project is named as (项目名称暂定为, 项目命名为) as no park', () => {
    assertNames('双方将合作建设研发楼和厂房,项目名称暂定为“青鸾智造工业园”,预计年内开工。');
    // A park the project is only placed in stays a park.
    assertNames('双方将合作建设研发楼和厂房,项目选址“[[PARK:青鸾智造工业园]]”,预计年内开工。');
  });

  it('reads a zone before generic words for a facility as the name of one project', () => {
    assertNames('投资40亿元的[[PROJECT:青川物流产业集聚区专业园区项目]];投资6亿元的[[PROJECT:白河高新区综合产业园项目]]。');
    // A zone before a rank word stays the place of a class of projects.
    assertNames('[[PARK:苏州工业园区]]重点项目12个。');
  });

  it('reads an estate written straight before 项目, a phase or 签约 between, as one project (the park not tagged apart)', () => {
    assertNames('总投资8亿元的[[PROJECT:青岩精密材料产业园签约项目]]开工;总投资5亿元的[[PROJECT:河湾数据园区二期项目]]封顶。');
    assertNames('为开展[[PROJECT:南溪天成工业区项目]],双方成立合资公司。');
    // A count after 项目 tallies the park's projects; an administrative zone before 项目 says whose projects they are.
    assertNames('其中[[PARK:青岩精密材料产业园]]签约项目4个,总投资12亿元。');
    assertNames('[[PARK:白河开发区]]项目建设提速,[[PARK:青岩县湘江工业园区]]项目建设热潮涌动。');
  });

  it('reads 提升 and 提升改造 after a name\'s own text as the project\'s work, alone as a verb with no name', () => {
    assertNames('[[PROJECT:青禾县医院北医疗区提升改造项目]]总投资2亿元,[[PROJECT:远帆数字联盟数字化改造提升项目]]同日签约。');
    assertNames('推进产业提升项目建设。');
  });

  it('reads a kind of facility or a sector alone before 项目 as no name, a name around it as one', () => {
    assertNames('其中,酒店项目主要服务游客;二期建设污水处理项目,完成供水项目一期、集中供热项目一期,并引进航空项目。');
    assertNames('投资建设商业综合体项目。主要是配套酒店项目。');
    assertNames('[[PROJECT:临江县供水项目]]开工,[[PROJECT:空港大酒店项目]]封顶,[[PROJECT:青禾商业综合体项目]]签约。');
    // A name the scan cut right after a park keeps its project: the park opens the whole name.
    assertNames('[[PARK:白河高新区]][[PROJECT:东园区集中供热项目]]年内投运。');
  });

  it('reads a built thing named as the subject of its own total (no 项目) as a project', () => {
    assertNames('其中,[[PROJECT:华岭云数据基地]]总投资80亿元;二是[[PROJECT:青山县南湖水厂改造工程]],总投资约2.3亿元。');
    assertNames('[[PROJECT:阳川疫苗产业化基地]]建设计划总投资12亿元,项目分两期实施。');
    // A description (`…的综合体`), a kind of works (`重点工业工程`), a verb before the name or a count inside it names none.
    assertNames('这是一个集网上问诊的综合体,总投资5亿元。');
    assertNames('是全省“十四五”重点工业工程,总投资8亿元。');
    assertNames('明远科技将在江城启动第二工厂建设,总投资3亿元。');
    assertNames('包括西环路、南湖路和沿路污水管网等3项工程,计划总投资2.1亿元。');
  });

  it('reads a quoted programme opening with a numeral (“百千万工程”) before 项目 as no name, a quoted place as one', () => {
    assertNames('现场举行招商引资推进“百千万工程”项目签约仪式,“千企万人行动”项目同步启动。');
    assertNames('[[PROJECT:“万福里文化街区”项目]]总投资3亿元。');
  });

  it('reads compared sizes and rankings of investors before 项目 as generic', () => {
    assertNames('较大项目有:投资8亿元的[[PROJECT:青川物流园项目]]。');
    assertNames('世界500强企业项目有3个,百强项目2个,最大项目为投资5亿元的[[PROJECT:金穗钢化玻璃项目]]。');
  });

  it('reads projects of a policy drive (承接产业转移, 新旧动能转换, 科创) as generic, a named one still as a name', () => {
    assertNames('本次承接产业转移项目签约仪式上,产业科创和配套项目达9个,[[PROJECT:松泉精密轴承项目]]同时开工。');
    assertNames('全市新旧动能转换项目进展顺利。');
  });

  it('reads a project that builds a themed town (小镇) as one named project', () => {
    assertNames('签约了[[PROJECT:云岭温泉康养小镇建设项目]],总投资6亿元。');
    assertNames('[[PROJECT:松溪茶旅特色小镇开发项目]]开工。');
  });

  it('still reads an administrative town followed by generic words as the town’s projects', () => {
    assertNames('今年以来,青石镇建设项目进展顺利。');
  });
});

describe('project mentions that name none', () => {
  it('drops 项目 as the object of 大干', () => {
    assertNames('大干项目正当时,[[PROJECT:华兴电子产业园项目]]加快建设。');
  });

  it('drops a count of events or projects with a measure word before 项目', () => {
    assertNames('本季度开展两场项目推介活动,另有多场投资项目对接会。');
    assertNames('当天举办的[[PROJECT:华兴电子产业园项目]]推介会上,三轮项目洽谈接连进行。');
  });

  it('reads an industry project introduced by its own amount (总投资X的…产业项目) as one named project', () => {
    assertNames('分别是总投资6亿元的[[PROJECT:钛合金锻造产业项目]]、总投资2亿元的[[PROJECT:冷链仓储物流项目]]。');
    // A short industry alone stays a category, and so does one without an amount before it.
    assertNames('其中总投资6亿元的养老产业项目进展顺利。');
    assertNames('全县钛合金锻造产业项目进展顺利。');
  });

  it('reads a long run of products before 产业项目 as one project\'s name', () => {
    assertNames('此次签约的[[PROJECT:岚星高纯氧化铝陶瓷隔膜涂层材料产业项目]],由一家新材料企业建设。');
    // A short sector, or one spelled out in generic words, stays a category.
    assertNames('此次签约的新材料新能源产业项目,由多家企业建设。');
    assertNames('此次签约的高端智能绿色新材料新能源产业项目,由多家企业建设。');
    assertNames('全县重点推进钛合金锻造产业项目。');
  });

  it('drops a counted class of projects when a space stands between the count and its measure word', () => {
    assertNames('基地建成后,12 个新型建材项目每年需用砂石约8万吨。');
    assertNames('基地建成后,12个新型建材项目每年需用砂石约8万吨。');
  });

  it('drops 项目 as the object of 坚持 希望 力促 推出 占', () => {
    assertNames('全县坚持项目为王,书记希望项目单位加快进度,力促项目早投产。');
    assertNames('签约项目占全部项目的六成,该县新包装推出项目进展顺利。');
  });

  it('drops investors by origin and supervised projects as kinds of project, also in Traditional text', () => {
    assertNames('台商投资项目投资额大,港商投资项目落地快。');
    assertNames('市裡重點督辦項目已全部開工,[[PROJECT:華興電子產業園項目]]也在其中。');
  });

  it('takes no name ending in a conjunction right before 项目', () => {
    assertNames('在投资环境说明会暨项目签约仪式上,共签下合同36份。');
    assertNames('会上介绍了园区规划及项目申报流程。');
  });

  it('drops 项目 with how many there are after it, and keeps a name followed by 多次', () => {
    assertNames('签约项目呈现“个头大、工业项目多、履约率高”的特点。');
    assertNames('[[PROJECT:华兴电子产业园项目]]多次获评优质工程。');
  });

  it('drops a project ranked by a superlative or as the first of its kind, and keeps the name said beside it', () => {
    assertNames('[[PROJECT:青岚光电产业园项目]]是目前全县占地最大的“退二进三”项目。');
    assertNames('它是近年来该市最大的引进外资项目,也是全省首个“渔光互补”一站式生态农场项目。');
    assertNames('枫林水厂成为全国最大再生水循环利用示范项目。');
    assertNames('项目建成后,[[PROJECT:锦川新材料项目]]将填补空白,最具潜力的新能源项目也在洽谈。');
    // A superlative with a clause between it and the name ranks nothing in the name.
    assertNames('单体投资最大的是[[PROJECT:云杉智能装备项目]]。');
  });

  it('drops a mention holding a superlative inside it (单体规模最大…项目), and keeps the name beside it', () => {
    assertNames('[[PROJECT:青岚湾二期风电项目]]是该县单体容量最大风电项目,年内并网。');
  });

  it('keeps the project a superlative of the batch\'s investment or size picks out (总投资最大的, 规模最大的)', () => {
    assertNames('本次开工项目中规模最大的[[PROJECT:青禾精密轴承生产项目]]已进场。总投资最大的[[PROJECT:禾川数据中心项目]]年内开工。');
    // A bare superlative ranks a kind.
    assertNames('最大的滨江开放通道项目是其中之一。');
  });

  it('starts a name after a lone 县, 区 or 市 that closes the word before it, and keeps a county or 市委 whole', () => {
    assertNames('座谈会后,调研组还察看了该县[[PROJECT:柳湾镇垃圾中转站项目]]建设情况。');
    assertNames('开工仪式上,启动区[[PROJECT:蓝鲸数据中心项目]]率先开工。');
    assertNames('[[PROJECT:平江县柳湾镇垃圾中转站项目]]建成。');
    assertNames('会议传达了市委、市政府项目工作部署。');
  });

  it('ends no name at a one-character verb of pushing or courting right before 项目', () => {
    assertNames('全镇上下以只争朝夕的干劲推项目,向沿海招项目、引项目,共促项目落地见效。');
    assertNames('会上集中攻项目难点,[[PROJECT:银杉智能仓储项目]]率先开工。');
  });

  it('reads 完工 before 项目 as a project\'s stage, as 竣工 and 投产 are', () => {
    assertNames('要让在建项目加快进度、完工项目尽早投产,[[PROJECT:碧溪物流园项目]]年内完工。');
  });

  it('ends a name at a year said relative to another (新年, 次年, 翌年), as at 今年', () => {
    assertNames('各地掀起新年项目建设热潮,[[PROJECT:澄湖冷链物流项目]]率先开工。');
    assertNames('该公司2018年在城南购地,次年[[PROJECT:金穗食品加工项目]]建成投产。');
  });

  it('ends a name at the venue of a ceremony held on several sites (主会场, 分会场)', () => {
    assertNames('其中,主会场[[PROJECT:蓝岛微电机二期项目]]总投资4.6亿元,分会场[[PROJECT:云岫冷链物流项目]]同步开工。');
  });

  it('keeps the length of what is built at the head of a project\'s name', () => {
    assertNames('今年新开工的有[[PROJECT:1200米文化步行街改造项目]]、[[PROJECT:30公里环湖绿道项目]]等。');
  });
});

describe('where a project name starts, and generic mentions', () => {
  it('starts a name after 暨 that joins an event to it, and keeps 暨 between two names', () => {
    assertNames('全县举行重点项目开工暨[[PROJECT:华创精密轴承生产项目]]奠基仪式。');
    assertNames('园区举行重点项目集中开工动员会暨[[PROJECT:恒通新型材料建设项目]]开工仪式。');
    assertNames('当天,[[PROJECT:东湖文化产业园暨南湖文化综合体项目]]开工。');
  });

  it('starts a name after a run of separator marks (a page\'s separator line), and keeps one mark inside a name', () => {
    assertNames('园区新签一批项目。------分隔线------[[PROJECT:青禾精密轴承生产项目]]正式投产。');
    assertNames('园区全年签约不断。------分隔线------项目投产后年产值可达8亿元。');
    // One dash between two parts of a name stays inside it.
    assertNames('[[PROJECT:青禾-禾川精密轴承生产项目]]正式投产。');
  });

  it('starts a name after 据 ("according to") opening the clause', () => {
    assertNames('据[[PROJECT:青禾精密轴承生产项目]]负责人介绍,厂房已封顶。');
    assertNames('據[[PROJECT:青禾精密軸承生產項目]]負責人介紹,廠房已封頂。');
    // 据 inside a word stays in the name.
    assertNames('[[PROJECT:柳川大数据中心项目]]开工。');
  });

  it('drops a kind taken in whole (所有 上述 这些), the most among a kind (项目之最), and 梳理 taking 项目 as its object', () => {
    assertNames('所有新能源汽车配套引进项目均在年内投产。单体投资创全县冷链物流项目之最。记者梳理项目清单发现,外资占三成。');
    // A name after 的 or followed by 之后 stands.
    assertNames('园区所有的[[PROJECT:青禾精密轴承生产项目]]工人都已返岗。继[[PROJECT:禾川冷链物流项目]]之后,园区又签一单。');
  });

  it('drops a kind led by its examples (以…为代表的…项目)', () => {
    assertNames('以氢能为代表的清洁能源项目发展迅速。');
    // The examples before the kind may be projects of their own.
    assertNames('以[[PROJECT:青禾精密轴承生产项目]]为代表的一批项目加快建设。');
  });

  it('drops a kind ranked by importance (重点 重大 重要 right before it or opening it)', () => {
    assertNames('[[PROJECT:青禾精密轴承生产项目]]是全县谋划的重点先进制造项目。');
    assertNames('该校是新城规划的重要配套设施建设项目。');
    // A rank before 的 leaves the name after it.
    assertNames('开工现场是列入省重点的[[PROJECT:青禾精密轴承生产项目]]现场。');
  });

  it('drops praise of a project\'s place in the economy, and a time, before 项目', () => {
    assertNames('[[PROJECT:华创精密轴承生产项目]]是[[PARK:滨江高新区]]重点打造的支撑性战略项目。');
    assertNames('不少为我市的支柱产业链项目。敲响了新一年项目建设的战鼓。');
  });

  it('reads a product word holding a verb whole, and 及其 inside one project\'s name', () => {
    assertNames('总投资达4000万美元的项目有2项,分别为[[PROJECT:汽油发动机、发电机项目]]和[[PROJECT:轴承二期项目]]。');
    assertNames('主要有[[PROJECT:微型光纤放大器及其核心激光器产业化基地项目]]。');
  });

  it('keeps packaging inside a name, and drops 包装 as the verb right before 项目', () => {
    assertNames('最令行业瞩目的当属[[PROJECT:高端智能包装生产基地项目]]。园区策划包装项目30个。');
    assertNames('最令行業矚目的當屬[[PROJECT:高端智能包裝生產基地項目]]。');
  });

  it('drops determiners, a selecting verb and contracts before 项目', () => {
    assertNames('園區精心篩選項目。在諸多項目中,[[PROJECT:智能家居生產基地項目]]最受關注。');
    assertNames('在本次签约的诸多项目中,最受关注的是[[PROJECT:智能家居生产基地项目]]。');
    assertNames('园区精心筛选项目,全力争取项目落地。这些合同项目进展顺利。');
  });
});

describe('generic and counted mentions of projects', () => {
  it('drops praise, origin and batch words before 项目', () => {
    assertNames('发展关键要有高质量项目。此次集中动工项目中，民资项目占多数，代表项目有[[PROJECT:青禾纸塑制品项目]]。');
    assertNames('引进亿元以上市外项目12个，科技人才项目5个。');
  });

  it('reads a firm’s project named only by what it is for the firm (公司总部项目) as generic, a named firm’s project as a name', () => {
    assertNames('禾川果业的公司总部项目日前签约,[[PROJECT:禾川果业公司冷库项目]]同日开工。');
    assertNames('禾川果業的公司總部項目日前簽約。');
  });

  it('drops a count written right before 项目, with or without 大', () => {
    assertNames('博览会五项目落户开发区。签约的[[PARK:云溪食品产业园]]和冷链仓储两大项目进展顺利。');
    assertNames('当天，[[PROJECT:青禾纸业三期项目]]竣工。');
  });

  it('keeps a project named after an industry park with its phase, not the generic park alone', () => {
    assertNames('总投资2亿元的[[PROJECT:智能装备产业园二期项目]]竣工，产业园二期项目同步推进。');
  });

  it('drops a one-character item or name before the head word', () => {
    assertNames('要育产业、强链条、招项目。洽谈会投资项目统计显示增长。');
  });

  it('starts a name at a verb that follows 的: a brand, not the clause\'s verb', () => {
    assertNames('开发区的[[PROJECT:共享科技助力单车生产项目]]开工，将推动[[PROJECT:电池回收项目]]建设。');
  });
});

describe('names opened by a group or after 是继', () => {
  it('starts a name after 是继 ("after"), and keeps 继 inside a product word', () => {
    assertNames('该项目是继[[COMPANY:青能集团]]落户后园区签约的又一大项目。[[PROJECT:宏远继电器扩产项目]]开工。');
  });

  it('takes a group with generic words for its facility as one project, not a category', () => {
    assertNames('该项目是继[[PROJECT:青能集团智慧制造园区项目]]落户开发区后的又一大项目。');
    assertNames('[[COMPANY:华泰集团]]重大项目3个，[[COMPANY:华泰集团]]新签约项目进展顺利。');
  });

  it('takes a short company name before any trade or works of its own as one project', () => {
    assertNames('[[PROJECT:岚山集团精细化工新材料项目]]、[[PROJECT:禾丰公司冷链仓储配送项目]]相继落地。');
    assertNames('其中,[[PROJECT:瑞通公司扩建项目]]已完工。');
    // A registered name stays a company of its own; a count at the head names no project.
    assertNames('[[COMPANY:岚山化工有限公司]][[PROJECT:精细化工新材料项目]]落地。[[COMPANY:岚山集团]]两大项目开工。');
  });
});

describe('an area park listed among projects is the project', () => {
  it('drops a park named in a list closed by 等…项目 or opened by what was started', () => {
    assertNames('观摩了青禾冷链物流基地、宏远电机产业园等18个新开工项目。当天集中竣工的有云溪机床产业园、华泰轴承厂房。');
  });

  it('keeps a park written before 项目 (the listed project’s name) or before 或 (a place offered)', () => {
    assertNames('今年以来,青河区先后签下青禾同城、云溪纳米、[[PROJECT:宏远电子信息新材料科技城项目]]等项目58个。');
    assertNames('各企业计划于[[PARK:青禾科学园]]或[[PARK:云溪科技园]]设立研发中心、生产基地等不同项目。');
    // A park ending its item of such a list is still the project.
    assertNames('该县已累计签约鑫达物流、宏远智能装备科技城等项目56个。');
  });

  it('keeps parks in lists of places and zones heading a list', () => {
    assertNames('项目落户[[PARK:云溪食品产业园]]、[[PARK:青禾科技园]]等地。[[PARK:宜春经开区]]、[[PARK:萍乡经开区]]等12个项目开工。');
  });
});

describe('kinds of project that are no names', () => {
  it('reads where a batch stands (正式 beside intended ones, 投产达效), the place as a whole (域内) and a question (哪些) as no names', () => {
    assertNames('签约意向项目5个,另有4个正式项目年内开工,总投资9亿余元;正式协议项目有[[PROJECT:柳河光伏电站项目]]。');
    assertNames('推动签约项目转化为开工项目、投产达效项目。县政府与[[COMPANY:禾川集团]]就域内基建项目达成合作。青川有哪些重磅项目开工?');
    // A name of its own before such words still names one project.
    assertNames('[[PROJECT:禾川正式轴承项目]]开工。');
  });

  it('reads praise of a kind (高科技 高附加值) and a policy\'s kind (老工业基地调整) as no names', () => {
    assertNames('第二个是高附加值高科技新能源项目。争取老工业基地调整项目进区。');
  });

  it('reads the sights and stays of tourism (自然景观 度假 饭店 主题公园 商品) listed as kinds of project as no names', () => {
    assertNames('推介项目涵盖全省,有旅游饭店项目、休闲度假项目、自然景观项目、旅游商品项目、主题公园等。');
    // A place of its own names one.
    assertNames('游客可前往[[PROJECT:黄龙山度假项目]]和[[PROJECT:青溪饭店项目]]参观。');
  });

  it('reads a region spanning provinces (京津 长三角 大湾区) before generic words as whose projects, no name', () => {
    assertNames('承接京津产业转移项目超过三成,长三角招商项目也在洽谈。');
    // A brand with the region names one project.
    assertNames('[[PROJECT:青禾通信大湾区生产基地项目]]开工。');
  });

  it('reads the standard projects are held to (高水平 高标准 高品质) as praise, and next year (来年) as a time, no names', () => {
    assertNames('力争通过高水平建设项目的招引提升城市品位。当前正是谋划储备来年项目的时机。');
    // A name before such words is still a project.
    assertNames('签约了[[PROJECT:青禾高品质纸业项目]]。');
  });

  it('reads a list closed by a count of groups or sectors (五个组别, 四大板块) as a list of kinds', () => {
    assertNames('推介的项目共分旧城改造项目、滨水景观项目、城市更新项目三个组别。');
    // Named projects listed with a count of projects stand.
    assertNames('推介了[[PROJECT:青禾精密轴承生产项目]]、[[PROJECT:禾川数据中心项目]]2个项目。');
  });

  it('reads the work along a chain of production (延伸 延链 补链 全产业链) as a kind of project', () => {
    assertNames('园区还有不少产业链延伸项目和补链强链项目。');
    // A brand before such words names one project.
    assertNames('签约了[[PROJECT:青禾纺织产业链延伸项目]]。');
  });

  it('reads trades named by their goods, their processing or their place in the chain as kinds of project', () => {
    assertNames('建设内容包括新能源汽车项目、智能终端项目,园区落实上游原料供应项目,也有农产品深加工项目和水务项目。');
    // A brand, or the amount that introduces it, makes one project.
    assertNames('园区签约了[[PROJECT:青禾新能源汽车项目]],总投资2亿元的[[PROJECT:农产品深加工项目]]开工。');
  });

  it('reads trades named by their data, energy, finance, goods or crops as kinds of project', () => {
    assertNames('园区申报了大数据项目和绿色能源项目,重视核心零部件项目,落户的银行项目与商业保理项目同月开业。');
    assertNames('乡里有不锈钢制品项目、产品深加工项目和分散式发电项目,柑橘项目种了3000亩,另有花卉项目在谈。');
    // A brand before the trade, or the amount that introduces it, makes one project.
    assertNames('[[PROJECT:禾川大数据项目]]开工,总投资3亿元的[[PROJECT:柑橘项目]]签约。');
  });

  it('reads a synonym of investment (出资) and a locative (内) right before 项目 as a kind or a place\'s projects', () => {
    assertNames('其中,装备制造出资项目引资总额达20亿元;3个开工项目均属于[[PARK:青禾产业园]]内项目。');
    // A name ending in its own words before 项目 stands.
    assertNames('[[PROJECT:青禾精密轴承生产项目]]开工。');
  });

  it('reads projects named by their size, their owners’ kind or property let and sold as generic mentions', () => {
    assertNames('今年要坚定招引大体量项目和外资项目。');
    assertNames('本次共签约(包括央企、民企、外资项目在内)项目36个。');
    assertNames('另有公有物业租售项目9个。');
    // A name before such words is still a project.
    assertNames('签约了[[PROJECT:青禾物业租售项目]]。');
  });

  it('reads size as a nickname (大规模, 巨无霸, 小而美) as a kind of project', () => {
    assertNames('今年以大规模项目为主,百亿元以上“巨无霸”项目占比高,围绕产业链的“小而美”项目也不少。');
    // A name before such words is still a project.
    assertNames('签约了[[PROJECT:青禾规模化养殖项目]]。');
  });

  it('reads inter-provincial projects (省际项目) as a kind, not a name', () => {
    assertNames('其中,省际项目到位资金18亿元,市域外项目到位资金6亿元。');
  });

  it('reads more projects, natives’ projects, returnee and good-start campaigns as kinds of project', () => {
    assertNames('外出考察,争取更多项目资金落户青河。');
    assertNames('努力促成乡贤项目回归、资金回归。');
    assertNames('努力促成鄉賢項目回歸、資金回歸。');
    assertNames('青河县五个“回归经济”项目正式签约。');
    assertNames('一季度“开门红”项目签约活动在县城举行。');
  });

  it('reads the year and ordinal of an event before 项目 as no name', () => {
    assertNames('青州市2021年第二次项目建设现场观摩会举行。');
  });

  it('reads 注重 as a verb whose object is 项目', () => {
    assertNames('同时注重项目的落地服务。');
  });

  it('reads a project area (项目区) as a place, not a project, and keeps 项目区位 as the project’s location', () => {
    assertNames('位于桃岭项目区的[[COMPANY:青禾肉业有限公司]]已投产。');
    assertNames('[[PROJECT:青禾冷链物流项目]]区位优越。');
  });

  it('keeps a quoted brand before 项目 as a name', () => {
    assertNames('[[PROJECT:“桃花源”项目]]开工。');
  });

  it('keeps the brand opening a long name that lists two products with their capacities (36 characters before 项目)', () => {
    assertNames('包括总投资60亿元的[[PROJECT:青禾光电年产3000万台智能平板电脑及年产80万台智能车载显示系统产业基地项目]]。');
  });

  it('reads a long quoted name (a place, a capacity and the works, 18 characters and more) whole', () => {
    assertNames('由柳河县人民政府签约的[[PROJECT:“柳河县年产30万吨废旧塑料综合循环再生利用”项目]],总投资6亿元。');
  });
});

describe('project names read through the pinyin glosses of converted Traditional pages', () => {
  it('reads 項目 glossed with a tone digit or twice as the end of the name, the gloss after it left out', () => {
    assert.deepEqual(namesInText('據悉,長嶺風電項(xiang4)目(mu4)日前開工。'), ['PROJECT:長嶺風電項(xiang4)目']);
    assert.deepEqual(namesInText('據悉,長嶺光伏項(xiàng)(xiàng)目日前開工。'), ['PROJECT:長嶺光伏項(xiàng)(xiàng)目']);
  });
});

describe('where a project name ends, and what is no name', () => {
  it('reads a two-character verb taking 项目 as its object (下达, 按下) as no name\'s end', () => {
    assertNames('会上,县委书记李清下达项目开工令。公司将奋力按下项目建设的加速键。');
    // A name of its own before 项目 stands.
    assertNames('[[PROJECT:青禾轴承项目]]下达开工令。');
  });

  it('reads 项目 opening a post (项目管理总监) or a course\'s class (EMBA项目班) as no project\'s end; 项目班子 is a project\'s team', () => {
    assertNames('青禾精密华东区副总裁兼项目管理总监王刚、柳河大学EMBA项目班学员出席。');
    assertNames('[[PROJECT:东岭储能项目]]班子成员到场。');
  });

  it('leaves the investor’s kind of capital (独资企业, 合资企业) out of the project’s name, in Traditional too', () => {
    assertNames('9月24日,日本獨資企業[[PROJECT:青石新型材料制造產業基地項目]]一期工程竣工。');
    assertNames('中外合资企业[[PROJECT:远帆汽车座椅项目]]开工。');
  });

  it('drops a mention whose head follows the particle 得 (a verb\'s complement, or 得 written for 的)', () => {
    assertNames('园区为谋划储备更多得项目,[[PROJECT:青禾精密轴承生产项目]]率先取得项目用地。');
    // 得 inside a name, before its own words, stays (a brand).
    assertNames('[[PROJECT:得力文具生产项目]]开工。');
  });

  it('drops a mention holding an adverb of manner (不断 用心 积极): a clause, no name', () => {
    assertNames('园区不断刷新项目建设速度,用心打造一流的项目。');
    assertNames('园区不断优化服务,[[PROJECT:青禾精密轴承生产项目]]提前投产。');
  });

  it('keeps 新建 or 新上 between the owner and what it builds inside the name; after a zone or an adverb it is the clause\'s verb', () => {
    assertNames('[[PROJECT:青川酿造集团新上低糖饮品灌装项目]]投产,[[COMPANY:岭南塑胶有限公司]][[PROJECT:新建年产3万吨包装膜项目]]开工。');
    assertNames('[[PARK:青川经济开发区]]新建[[PROJECT:岭南年产3万吨包装膜项目]],该厂又新上[[PROJECT:年产2万吨纸箱项目]]。');
    assertNames('青川县新建[[PROJECT:20MW屋顶光伏项目]]。');
  });

  it('drops a mention right after an adverb of manner (积极 继续) or holding one (累计 全方位): the adverb\'s verb takes 项目', () => {
    assertNames('新城积极营建项目入驻的软环境,还将继续维持项目审批的提速。');
    assertNames('今年该镇已累计招来项目12个,并全方位改进项目服务水平。');
    assertNames('园区将继续推动[[PROJECT:青禾精密轴承生产项目]]早日投产。');
  });

  it('reads 办理 before 项目 as handling its paperwork, no project name', () => {
    assertNames('园区将加快办理项目前期相关手续,[[PROJECT:青禾精密轴承生产项目]]年内开工。');
  });

  it('reads 营造 before 项目 as the verb of an atmosphere made for projects, no project name', () => {
    assertNames('为营造项目建设良好氛围,日前青川县举行集中开工活动。');
    assertNames('青川县为营造项目建设浓厚氛围,启动[[PROJECT:滨河物流园项目]]。');
  });

  it('reads verbs counting projects in or out or handling them (不含 扣除 列入 增加 推送 健全 参与) as the object\'s verb, no name', () => {
    assertNames('全市固定资产投资增长8%(不含跨境项目),[[PROJECT:柳湾冷链物流项目]]已投产。');
    assertNames('该园区已列入省级示范项目,[[COMPANY:鸿川公司]]拟增加二期项目,各方将参与到项目建设。');
    assertNames('平台推送项目线索40个,同时健全项目风险研判机制。');
    assertNames('计划总投资扣除[[PROJECT:南屿港口扩建项目]]后为12亿元。');
  });

  it('reads 连日来 before 项目 as a time, and 新签 as a kind of project', () => {
    assertNames('[[PROJECT:青岗智能装备项目]]今年开工,连日来项目施工现场一派忙碌。');
    assertNames('三家企业的新签项目均为市重点项目。');
  });

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

describe('a group’s own project', () => {
  it('reads a group’s short name right before 项目 as one project', () => {
    assertNames('12月18日,[[PROJECT:远大集团项目]]正式开工建设。');
    assertNames('[[PROJECT:九五集团项目]]总投资5亿元。');
  });

  it('reads no project where a post or an office of the project follows a group’s 项目', () => {
    assertNames('[[COMPANY:青屿文旅集团]]项目负责人林涛介绍,景区明年开放。');
    assertNames('[[COMPANY:南岭建工集团]]项目部设在镇上。');
  });

  it('reads a registered name right before 项目, listed after a named project, as that item’s project', () => {
    assertNames('开工的项目有:[[PROJECT:云溪智能装备产业园项目]];[[PROJECT:宁川精工(泰州)有限公司项目]];[[PROJECT:江苏澄远新材料有限公司项目]]。');
    assertNames('[[COMPANY:宁川精工(泰州)有限公司]]项目总投资6亿元。');
  });

  it('reads a short company name before its industry and 项目 as one project, the industry alone as none', () => {
    assertNames('[[PROJECT:江川泰和公司新材料项目]]投资4亿元。');
    assertNames('[[PROJECT:桐原集团生物医药项目]]计划投资9亿元。');
    assertNames('全县新材料项目进展顺利。');
  });
});

describe('works in general', () => {
  it('reads works in general (重点工程项目) as no project, a named works as one', () => {
    assertNames('今年全市重点工程项目共42项,完成投资81亿元。');
    assertNames('[[PROJECT:引汉济渭工程项目]]总投资9亿元。');
  });
});

describe('a plot number inside a project name', () => {
  it('keeps a plot’s number (05地块, 12号地块) inside the project built on it', () => {
    assertNames('此外,[[PROJECT:南湖片区05地块安置房项目]]总投资约6.2亿元。');
    assertNames('[[PROJECT:西岭片区12号地块商业综合体项目]]开工。');
  });

  it('still leaves a plot spoken of after an amount out of any name', () => {
    assertNames('[[PROJECT:南湖安置房项目]]总投资6.2亿元,02地块已完成出让。');
  });
});

describe('projects a fund pays for', () => {
  it('reads 专项资金项目 as a class of funded projects, not a named project', () => {
    assertNames('该厅完成了园区建设专项资金项目的申报和评审。');
    assertNames('[[PROJECT:澄江污水处理厂提标改造项目]]已完成评审。');
  });
});

describe('a process word inside a name, a verb of stirring up before a generic mention', () => {
  it('keeps 综合利用 inside a project name (a capacity of use, a product\'s use)', () => {
    assertNames('会上签订了[[PROJECT:年综合利用3000吨竹屑生产板材项目]]、[[PROJECT:茶渣开发综合利用项目]]等9个项目。');
  });

  it('ends a name at 掀/掀起, so 新一轮项目 after it is no project', () => {
    assertNames('岁末年初,开发区再掀新一轮项目建设热潮。');
    assertNames('全县掀起新一轮项目建设热潮。');
  });
});

describe('a park with its works', () => {
  it('reads a project named after a park and its supporting works as named', () => {
    assertNames('[[PROJECT:智能装备产业园及配套基础设施项目]]开工。');
    // The supporting works alone name nothing.
    assertNames('配套基础设施项目开工。');
  });
});

describe('a zone\'s other name in brackets', () => {
  it('leaves (经开区) after a zone out of the project and the park named after it', () => {
    assertNames('图为[[PARK:青州高新区]](经开区)[[PROJECT:光电产业园二期项目]]。');
    assertNames('[[PARK:青州高新区]](经开区)[[PARK:光电产业园]]今年签约项目3个。');
  });
});

describe('a registered company\'s project named by generic words for its works', () => {
  it('reads the works after a registered name as the PROJECT and the name as its COMPANY', () => {
    assertNames('其中,[[COMPANY:江州远航机械有限公司]][[PROJECT:二期建设项目]]选址园区。');
    assertNames('[[PROJECT:青禾医疗器械项目]]、[[COMPANY:江州远航制药有限公司]][[PROJECT:厂房设备设施三期升级改造项目]]共7个项目参与开工。');
  });

  it('reads a rank, investment or signing after the name as no project', () => {
    assertNames('[[COMPANY:江州远航机械有限公司]]重点项目、[[COMPANY:江州青禾电子有限公司]]投资项目和[[COMPANY:江州宏达材料有限公司]]签约项目均已落地。');
  });
});

describe('a class of projects, not one project', () => {
  it('drops a mention whose modifier right before 项目 is a kind: a programme, an evaluation, an origin, a stage, a term, a quantity', () => {
    assertNames('园区重点引进创业人才项目、青年项目和外国专家项目等三类人才,创新人才长期项目也在其列。');
    assertNames('大会评出产学研合作优秀项目,[[PROJECT:青禾精密轴承生产项目]]居首。');
    assertNames('今年以来,柳河内资项目签约18宗;青川港资项目成为利用外资的主力。钛材产业众多项目落地西部。');
    // A registered company before a stage of investment owns no project named by it.
    assertNames('[[COMPANY:禾川食品有限公司]]新增项目投资约2亿元。');
    // A sector of the economy is a class; a plant's circular economy is its process, a firm's headquarters economy its seat.
    assertNames('青川海洋经济项目签约仪式举行,[[PROJECT:禾川化工循环经济项目]]同日开工。');
    assertNames('签约了[[PROJECT:青禾智能装备项目]]、[[PROJECT:禾川新能源总部经济项目]]等8个项目。');
  });

  it('drops projects carried over, a campaign\'s batch of starts and natives\' capital brought home, whatever stands before', () => {
    assertNames('全年完成新签和结转项目到位资金12亿元,占第三批开工动员项目计划投资的四成。');
    assertNames('截至10月,全县闽商回归项目到位资金8亿元;全縣開工動員項目中,基礎設施項目6個。');
    assertNames('在厦门举行的青川县脱贫攻坚项目推介会上,全县签约20个项目。');
    // A name whose own words come before 项目 stands.
    assertNames('[[PROJECT:青禾动员机械制造项目]]开工。');
  });

  it('drops a batch (首批, 第三批) inside a mention or in brackets after it; 批发 is a trade', () => {
    assertNames('作为自治区首批试点项目,[[PROJECT:青禾数据中心项目]]将于年内投用。柳城大道改造项目(第三批)开工仪式举行。');
    assertNames('[[PROJECT:青禾农产品批发市场项目]]开工。');
  });

  it('drops a mention followed by a verb reporting a count that closes the clause', () => {
    assertNames('其中,航空制造项目超120个,计划总投资超300亿元。前5月引进的沪苏项目有300项左右,开复工项目累计65个。');
    // A count of firms or of parts that does not close the clause belongs to one named project.
    assertNames('[[PROJECT:青禾精密轴承生产项目]]已有5家配套企业入驻,[[PROJECT:青禾智能仓储项目]]有3个车间。');
  });

  it('drops a round number right before 项目, and a count binding the whole phrase across a verb inside it', () => {
    assertNames('东莞产业援疆:近百项目助力兵团。创新谷二百项目孵化。');
    assertNames('集中开工8个共建长江生态保护项目;建设6个秸秆资源循环利用加工项目。');
    // A period or money counted before the verb is no count of projects, nor is a count before a brand and its product.
    assertNames('3个月内建成[[PROJECT:青禾精密轴承生产项目]],计划投资5个亿建设[[PROJECT:禾川冷链物流项目]]。');
    assertNames('吸引5个团队入驻[[PROJECT:青禾精密轴承生产项目]]。');
  });

  it('drops the items of a list closed by a count of kinds, and the kind a count of projects is said to be', () => {
    assertNames('开工项目涵盖制造项目、双创工程项目、青禾科技项目3个方面。此外,项目中有4个项目为农文旅深度融合项目。');
    // Names listed after 分别为 are the counted projects' own, and one project said to be one is named so.
    assertNames('签约的两个项目分别为[[PROJECT:青禾精密轴承生产项目]]和[[PROJECT:禾川冷链物流项目]]。');
    assertNames('另外一个项目为[[PROJECT:青禾康养中心项目]],投资3亿元。');
  });

  it('drops the projects an area of work is framed by (在…项目方面, 在…项目上 closing the clause)', () => {
    assertNames('在能源开发和资源转化项目上,园区成效明显;在侨资和文旅项目方面,全市签约40个。');
    // 上 going on into the clause is a place on the site, not a frame.
    assertNames('工人们在[[PROJECT:青禾精密轴承生产项目]]上班。');
  });

  it('drops what a project is selected into, rated as or listed as; a name after 的 stands', () => {
    assertNames('该园入选2024年省级青禾融合发展项目,被评为禾川数字赋能项目。');
    assertNames('开工现场是列入省重大项目的[[PROJECT:青禾精密轴承生产项目]]现场。');
  });

  it('drops an administrative area with its suffix right before 项目: the area\'s batch', () => {
    assertNames('首届博览会柳州市项目签约仪式举行,青川地区项目同步签约。');
    // A brand before a bare city name names one project; a supermarket is no city.
    assertNames('[[PROJECT:青禾科技广州项目]]开工,[[PROJECT:综合超市项目]]开业。');
  });

  it('drops an event right before 项目 (a fair, a summit, a festival, a dedicated session): the batch signed there', () => {
    assertNames('本届东盟博会项目签约成果丰硕。2024青川桃花节项目签约仪式举行,滨江区专场项目签约仪式同日举行。');
    // A name before its own ceremony stands; a word ending in 节 that is no festival is no event.
    assertNames('[[PROJECT:青禾精密轴承生产项目]]签约仪式举行,[[PROJECT:禾川温度调节阀项目]]开工。');
  });
});

describe('a project a named company invests in or signs', () => {
  it('reads the words after the company\'s verb of investing or signing, up to 项目, as one project', () => {
    assertNames('[[COMPANY:青禾晶材科技有限公司]],在柳河市投资[[PROJECT:高纯稀土金属提纯综合回收技改项目]];');
    assertNames('[[COMPANY:禾川储能有限公司]]与柳河县签订[[PROJECT:钠离子电芯、电池支架、储能运维产业项目]],签约金额达9亿元。');
    assertNames('[[COMPANY:湖南青禾农业集团有限公司]]计划投资6亿元的[[PROJECT:油茶生物经济项目]]将落户柳城县。');
    // The building that follows the verb is no part of the name.
    assertNames('[[COMPANY:禾川生物科技有限公司]]在柳河县投资建设[[PROJECT:神经系统药物研究项目]]。');
  });

  it('keeps a kind a kind: counted, pointed back to, or described by a 的 clause', () => {
    assertNames('[[COMPANY:青禾控股集团有限公司]]签约两个百亿级项目。');
    assertNames('[[COMPANY:禾川科技有限公司]]签订了该项目的补充协议。');
    assertNames('[[COMPANY:禾川科技有限公司]]投资建设的项目已投产。');
  });
});

describe('a list of slogans, each a verb taking 项目 as its object', () => {
  it('reads a one-character verb before 项目 as a slogan\'s when a sibling item of the 、 list ends with 引/抓/谋 项目', () => {
    assertNames('全县围绕产业链条谋项目、立足园区招商引项目、依托人才资源育项目、盘活存量土地增项目、紧盯龙头企业抓项目,经济稳中有进。');
    assertNames('坚持紧扣主业抓项目、瞄准前沿上项目、对准弱项补项目、强化服务引项目,全年开工顺利。');
  });

  it('keeps a name ending with such a character when no sibling is a slogan', () => {
    assertNames('[[PROJECT:青禾全民体育项目]]、[[PROJECT:柳河滨湖海上项目]]同日开工。');
  });
});
