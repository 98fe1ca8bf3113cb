// Words that end a name when met while extending a name leftwards from its suffix.
// A name in this genre is preceded by the sentence that introduces it: a verb (引进, 落户, 走访),
// a preposition (在, 与, 由, 为), a time (今年, 近年来) or a determiner (该, 这). None of these
// occurs inside a park, project or company name often enough to matter, so meeting one ends
// the name. Words that DO occur inside names (投资, 建设, 发展, 科技, 创新, 产业, 中, 达, 自)
// are only boundaries for the kinds whose names never contain them (see each list below).

/**
 * Characters that end every kind of name; `丨` is the bar financial wires put between a dateline and the
 * story (`3月14日丨某某集团公布`).
 */
export const STOP_CHARS = '的了在由从向把对为是被让给于往赴等或并而又也就还均则仅其这那此该各每我你他她它们之个丨';

/** Verbs, adverbs and function words that end every kind of name. */
export const STOP_WORDS: readonly string[] = (
  '引进 引入 签约 签署 签订 落户 落地 落位 位于 坐落 举行 举办 召开 推动 推进 加快 开展 实施 打造 围绕 聚焦 依托 利用 ' +
  '走访 考察 拜访 对接 洽谈 参观 调研 完善 成为 形成 支持 包括 其中 以及 同时 目前 今年 去年 明年 近年 此外 另外 实现 ' +
  '完成 迎来 标志着 作为 通过 由于 选址 入驻 进驻 招引 引荐 承接 带动 促进 吸引 率队 带队 前往 来到 走进 深入 看望 会见 ' +
  '会谈 座谈 出台 发布 宣布 获批 获得 入选 荣获 认定 协调 解决 推介 宣传 打通 助力 保障 提升 提高 加强 强化 深化 优化 组织 ' +
  '指导 帮助 鼓励 引导 积极 全力 大力 主动 充分 发挥 进行 开启 启动 开工 竣工 投产 达产 签下 拿下 拿地 新签 已经 正在 ' +
  '日前 近日 据悉 了解 表示 介绍 告诉 指出 认为 担任 负责人 董事长 总裁 总经理 书记 主任 局长 市长 县长 区长 以来 期间 当天 ' +
  '上月 本月 当月 上午 下午 记者 本报 报道 报导 来源 编辑 我市 我区 我县 我省 本市 本区 全市 全区 全县 全省 全国 各地 已获 获 将 已 ' +
  '先后 分别 相继 陆续 共同 携手 联合 合力 一起 一道 以 该 致力 从事 负责 经营 注册 设立 成立 组建 牵头 ' +
  '建成 建好 建起 升级 壮大 做大 做强 做优 培育 布局 瞄准 锁定 紧盯 抢抓 抓好 抓住 发动 谋划 策划 邀请 考评 ' +
  '共建 合建 共享 共推 合作 联手 牵手 签下 引来 迎接 欢迎 接待 会晤 接洽 商谈 磋商 恳谈 推广 展示 参加 出席 见证 ' +
  '迁入 迁至 搬迁至 搬入 ' +
  // Hong Kong's word for 目前 (`现时目标公司缴足股本为…`): a time, as 目前 is
  '现时 ' +
  // an announcement's closing formula (`本次投资尚需提交公司股东大会审议`): the board that decides follows
  '尚需 提交 ' +
  '服务于 面向 针对 关于 按照 根据 结合 对于 符合 当属 首推 像 比如 例如 诸如 包含 涵盖 涉及 属于 视作 当作 称为 ' +
  // `是继X之后…的又一`: 继 ("after") opens the clause; alone it stays name text (`继电器`)
  '是继 ' +
  // moving in (`迁入X园区`, `迁至X`): the place moved to follows
  '迁入 迁至 迁往 ' +
  // stirring up a wave (`再掀新一轮项目建设热潮`, `掀起…热潮`): what is stirred up follows
  '掀起 掀 ' +
  // verbs of allotting funds (`安排工业园区专项资金`, `拨付X园区补助`): the receiver follows
  '安排 拨付 下拨 ' +
  // the aspect particle of a verb (`随着X产业园…`, `预示着X开发区…`); Traditional text writes it 著 (`隨著X工業園…`)
  '随着 着 随著 ' +
  // a reporting period heading a statistic (`上半年经开区工业产值…`): a time, like 今年
  '上半年 下半年 一季度 二季度 三季度 四季度 前三季度'
).split(/\s+/);

/**
 * Names that contain a boundary character (`华为` has 为, `美的` has 的): met as a whole, they are
 * name text, not boundaries.
 */
export const NAMES_WITH_STOP_CHARS: readonly string[] = (
  '华为 美的 之江 以色列 ' +
  // product words holding 像 (a boundary as "like": `像X这样的`): `摄像头模组项目`
  '摄像 影像 图像 录像 像素 ' +
  // product words holding the verb 助力 (`助力X发展`): `助力单车`, an electric-assist bicycle
  '助力单车 助力车 ' +
  // industry words holding a building verb or subject (boundaries for parks): `虚拟现实产业园`, `中小企业创业园`
  '虚拟 模拟 中小企业 科技企业 ' +
  // product words holding the verb 发动 (`发动群众`): `汽油发动机项目`; power fed to the grid, holding the conjunction 并:
  // `光伏并网发电项目`
  '发动机 并网 ' +
  // trades holding the credit 摄 (`记者 某某 摄`): `影视摄影基地`
  '摄影 摄制 ' +
  // industry words holding 有 (a boundary for companies: `拥有`, `有X家`): `某某有机农业有限公司`
  '有机 有色金属 有线 ' +
  // counties whose name holds 和 (a conjunction elsewhere): `平和科技产业园`
  '平和 共和 和平 和龙 和田 和顺 和静 和硕 和政 ' +
  // a district and a trade word holding 即 (a boundary for companies as "namely": `即某某集团`): `青岛即墨某某有限公司`, `某某即时通讯有限公司`
  '即墨 即时'
).split(' ');

/**
 * Verbs of building and planning: in this genre they open the object that is built (`计划投建X产业园`,
 * `将新建X产业园`, `规划建设X科技城`, `争创X`), so a park's name starts after them. Some sit inside
 * project and company names (`扩建项目`, `XX建设集团`), so they are boundaries for parks only.
 */
export const BUILD_VERBS: readonly string[] = (
  '投建 新建 兴建 筹建 建造 构建 扩建 改建 续建 在建 拟建 建设 创建 争创 创成 申报 申建 申创 援建 代建 承建 开建 动工 ' +
  '规划 计划 拟 决定 准备 谋建 配建 共建 合建 布局 ' +
  // and of running what is built (`开发、建设及营运产业园`: a firm's business, no park named)
  '运营 营运'
).split(/\s+/);

/**
 * Subjects that precede a park's name in a sentence (`该公司计划…`, `企业将…`, `当地…`): a park is
 * named after an industry or a place, never after these words (a company's own name is a barrier).
 */
export const PARK_SUBJECT_WORDS: readonly string[] = '公司 企业 集团 项目方 当地 双方 多方 政府'.split(/\s+/);

/**
 * Trades whose name holds one of the verbs below (`显示`, `供应`): a park named after them is read with the trade whole
 * (`某市新型显示产业园`, `某某供应链产业园`), while the verb alone still ends a park's prefix (`数据显示产业园区…`).
 */
export const TRADES_HOLDING_PARK_STOPS: readonly string[] = [
  ...'新型显示 平板显示 光电显示 显示面板 供应链'.split(/\s+/),
  // an institute that runs or names a park (`某某研究院科技园`) holds the verb 研究
  ...'研究院 研究所 研究中心 研究生'.split(/\s+/),
];

/** Further boundaries for parks: their prefixes are places and industries, never these. */
export const PARK_STOP_WORDS: readonly string[] = [
  ...'投资 建设 发展 推广 招商 规划 管理 运营 扶持 与 和 及 同 跟 有 既有'.split(/\s+/),
  // units of area: `规划10平方公里高新技术产业园` gives a size, never a name
  ...'平方公里 平方千米 平方米 公顷 亩'.split(/\s+/),
  ...BUILD_VERBS,
  ...PARK_SUBJECT_WORDS,
  // verbs whose object may be a kind of park (`希望开发区…`, `使开发区…`, `供应科学园区厂商`, `显示产业园区…`)
  ...'希望 使 供应 显示 主要 暨'.split(/\s+/),
  // boosting a park (`助推某某经济开发区发展`): the verb's object follows
  '助推',
  // a firm disclosing a park's progress (`某某电机披露某地产业园建设进展`): what is disclosed follows
  '披露',
  // words introducing a park's other name (`(简称“开发区”)`): the name follows, a kind word alone names nothing
  ...'简称 又称 俗称 全称'.split(/\s+/),
  // entering a park (`签约进入某某经合区`): the park entered follows
  '进入',
  // a ceremony held before its venue (`开工仪式某某经济区分会场`): the event is no place, the park follows
  ...'仪式 典礼'.split(/\s+/),
  // believing in a zone and moving it (`相信经开区将…`, `2017年迁址新区以来`): the verb's object follows
  ...'相信 迁址'.split(/\s+/),
  // offices named before the parks they run (`经济部产业园区管理局`, `国科会科学园区审议会`): the office is no part of a park
  ...'经济部 国科会 科技部 管委会 管理局 园管局 工业局'.split(/\s+/),
  // associations whose bodies are named after a kind of park (`某某工业联合会化工园区工作委员会`): no part of a park
  ...'联合会 协会'.split(/\s+/),
  // money obtained for parks (`争取落实到位省产业园区发展资金`): the verbs of a grant, never a park's name
  ...'争取 落实 到位'.split(/\s+/),
  // `扩大某某园区品牌`: the verb's object follows
  '扩大',
  // developing, pressing and extending a park (`共同开发某某产业园区`, `倒逼某某园区转型`, `延伸某某经开区链条`):
  // the verb's object follows; a zone's own 开发 is in its suffix (`经济开发区`), never in its prefix
  '开发', '倒逼', '延伸',
  // `所谓“园中园”`: a term being explained, the so-called kind, no place before it
  '所谓',
  // rising to a rank (`跻身国家级高新区行列`, `晋升省级经开区`), and being put on a list of a kind (`被列入重点开发区`,
  // `纳入省级开发区序列`): the rank and the kind of zone follow, no place
  '跻身', '晋升', '升格', '晋级', '获评', '评为', '列为', '列入', '纳入',
  // inspecting a zone (`视察某某高新区建设`): the place inspected follows, as after 考察 and 调研
  '视察',
  // an instruction's addressee (`要求开发区管委会…`): the office told follows, no place names it
  '要求',
  // the parks an office has under it (`经济部辖下科技产业园区`, `所辖工业园区`), and the short form of
  // that office in Taiwanese headlines (`经部`, for 经济部)
  '辖下', '所辖', '下辖', '经部',
  // a group's parks (`某某集团旗下某某工业园区`): the group owns what follows
  '旗下',
  // verbs of holding to, making sure of, drawing on, protecting and gathering at a park (`紧抓村级工业园改造`,
  // `确保某某产业园早投产`, `借助某某产业园优势`, `保护某某新城生态`, `嘉宾齐聚工业园`): the verb's object or place
  // follows, never part of its name
  '紧抓', '确保', '借助', '保护', '齐聚',
  // times like 目前 (`结合当前某某新区的实际`): the time of the sentence, no place
  '当前', '当下', '眼下',
  // the day and the month a sentence reports (`今天产业基地的破土动工`, `1-9月份开发区…`)
  '今天', '今日', '月份',
  // the Traditional aspect particle after a verb (`标志著高新区…`, folded from `標志著`; 着 itself ends every kind of
  // name): with its verbs, as 著 alone is a word of a park's quality (`著名锂电产业园`)
  '标志著', '意味著', '预示著', '象征著', '朝著', '向著', '沿著', '围绕著',
  // a sentence's verb before the park it is about (`除某某工业园外`, `俯瞰某某工业园`,
  // `县长宣告某某产业园区启用`, `多位代表提到某某合作区`, `直播某某产业园区`, `加大某某产业园区建设`, `享受保税区政策`,
  // `比照省级开发区`, `赋予自贸试验区`, `下达高新区`): the verb's object follows, no park is named after a verb
  '除', '俯瞰', '宣告', '提到', '直播', '加大', '享受', '比照', '赋予', '下达',
  // giving a zone's strength to a cause (`为全省发展贡献新区力量`): the zone's word after the verb is its object's
  '贡献',
  // going to a park (`负责人到某某工业园区调研`, `邀请到某某经开区考察`): the place gone to follows; no park's
  // name holds 到
  '到',
  // a word of the sentence right before a bare zone word, which no place is: being based in a zone (`将立足新区辐射周边`,
  // `扎根开发区`), the role a zone plays put before it (`全市招商主战场经开区`, `招商主阵地高新区`), and a literary
  // `明年` (`来岁高新区计划…`): the zone's word alone follows, the article's own zone
  '立足', '扎根', '主战场', '主阵地', '主平台', '主引擎', '桥头堡', '排头兵', '来岁',
  // a photo credit run into the next sentence (`记者 某某 摄X开发区…`); in a project's or a company's
  // name 摄 is a word's (`摄生`)
  '摄',
  // verbs of learning from, showing, matching, consolidating, awaiting and putting money into a park
  // (`到某某工业区学习园区经验`, `体现某某科学城特色`, `契合某某高新区定位`, `巩固某某合作区成果`, `期待某某工业园`,
  // `财政累计投入某某合作区`): the verb's object follows, no park is named after the verb
  '学习', '体现', '契合', '巩固', '期待', '投入',
  // studying a park or its plan (`研究某某产业园区规划`): the verb's object follows
  '研究',
];

/** Further boundaries for projects (after any head word such as 建设 next to 项目). */
export const PROJECT_STOP_WORDS: readonly string[] = (
  '亿元 万元 美元 港元 欧元 日元 总投资 计划投资 拟投资 投资 建设的 建设 新建 重大 重点 招商 引资 签约的 一批 一系列 多个 若干 有 既有 在建 续建 拟建 ' +
  // planning verbs before the name (`该公司计划投建X产业园项目`); not 扩建 改建, which end names (`二期扩建项目`)
  '计划 拟 投建 兴建 筹建 谋建 决定 准备 预计 预期 以上 以下 ' +
  // verbs that take 项目 as their object (`做好项目落地`, `解决项目推进中的问题`)
  '建立 跑出 做到 做好 做实 解决 部署 研究 拓展 测算 突破 挖掘 开辟 关注 推进 跟踪 储备 申报 审批 落实 督导 调度 争取 论证 评估 ' +
  '生成 盘活 确保 抓 谋 谈 促成 服务 对标 把控 加速 扶持 用地 筛选 遴选 甄选 梳理 ' +
  // `坚持项目为王`, `希望项目单位…`, `力促项目快开工`, `新包装推出项目`, `占全部项目的7成`: the verb's object
  '坚持 希望 力促 推出 占 大干 注重 ' +
  // `为营造项目建设良好氛围`: the atmosphere made for building projects (a verb for projects only: `某某营造有限公司`
  // is a Taiwanese builder's name)
  '营造 ' +
  // `具备项目入驻条件`, `办理完毕项目备案`, `下设项目办公室`, `编制项目环评`, `继续加大项目建设力度`,
  // `展现代表性项目`: verbs and their complements, whose object is 项目
  '具备 完毕 下设 编制 加大 进一步 继续 展现 ' +
  // `加快办理项目前期手续`: handling a project's paperwork, its object 项目
  '办理 ' +
  // visiting a project (`与会人员观摩某某产业园项目`): the visitors stand before its name
  '观摩 ' +
  // `奏响项目建设的最强音`, `极具项目承载力`, `赢得项目业主信赖`: verbs whose object is 项目
  '奏响 极具 赢得 ' +
  // `导致项目进展缓慢`, `解除项目协议`, `达成项目合作共识`, `规范项目招标程序`, `拉动项目所在地发展`, `改变项目用途`,
  // `搜集项目建设中的困难`, `承担项目落地任务`: verbs of causing, settling, ruling and handling, whose
  // object is 项目 (none opens or sits inside a name); `紧临某某项目`: next to it, its neighbour stands before the name
  '导致 解除 达成 规范 助推 拉动 改变 搜集 承担 紧临 ' +
  // a company said to have entered the park (`新入园企业某某项目`), or counted (`第二家企业某某项目`): the
  // project's name follows
  '入园企业 入驻企业 入园 家企业 ' +
  // the kind of capital of the investor said before the name (`日本独资企业某某项目`, `中外合资企业某某项目`)
  '独资企业 合资企业 外资企业 ' +
  // running a project after building it (`建设和运营X项目`), and starting a new line of production
  // (`新上X项目`): the name follows; `运营` alone stays name text (`区域运营中心项目`), and so does
  // `投资运营` (a protected word of the project scan: `某某科创园投资运营项目`)
  '和运营 及运营 建设运营 新上 ' +
  // times
  '上半年 下半年 全年 年内 年底 年初 月份 季度 一季度 二季度 三季度 四季度 首季 当年 往年 每年 新一年 新的一年 新年 次年 翌年 来年 ' +
  '本月 月底 月初 上旬 中旬 下旬 ' +
  // the edition of an event (`第四届某某项目成果交易会`): an event's name, no project's
  '届 ' +
  // verbs whose object is 项目 (`高度重视项目建设`, `通过招拍挂方式取得项目用地`) and a cap on a sum
  // (`总金额不超过项目固定资产投资`)
  '重视 取得 不超过 不低于 超过 ' +
  // more verbs whose object is 项目 (`夯实基础项目储备`, `牢固树立项目意识`, `抓紧三期项目的建设`, `占到总项目量`,
  // `询问园区项目进展`),
  // and a speaker for the units (`某某代表项目单位发言`)
  '夯实 树立 抓紧 加紧 占到 代表 询问 ' +
  // verbs of serving or stirring projects up (`满足项目投产需要`, `着力激发项目活力`, `树牢项目为王理念`, `承担着首批…项目落地`)
  '满足 激发 树牢 承担 ' +
  // inspecting, clarifying, steering and serving projects (`现场查看项目进展`, `听取项目汇报`, `明晰项目标准`,
  // `降低项目成本`, `促使项目投产`, `协办项目手续`, `实行项目挂图作战`, `分管项目的副镇长`, `兴办项目`,
  // `招揽项目入园`, `提供项目储备`, `到位项目资金`): the verb's object is 项目, the name never holds it
  '察看 查看 听取 明晰 降低 促使 协办 实行 分管 兴办 招揽 提供 到位 ' +
  // the venue of a ceremony held on several sites (`主会场某某三期项目总投资…`, `分会场活动在某某项目举行`)
  '主会场 分会场 ' +
  // a project's stage (`完工项目早投产`), as `竣工 投产 达产 建成` already are: a kind of project, no name's end
  '完工 ' +
  // verbs of counting projects in or out and of handling them (`不含跨境项目`, `扣除旧改项目`, `列入省级示范项目`,
  // `拟增加二期项目`, `推送项目线索`, `健全项目风险研判机制`, `参与到项目建设`): the verb's object is 项目, the name
  // never holds it; what is left after it is a kind (dropped as generic) or a name of its own
  '不含 扣除 列入 增加 推送 健全 参与 ' +
  // drawing up, carrying out, showing and being rated (`制定项目推进方案`, `推行项目代办制度`, `体现出项目投资体量大`,
  // `获评国家级…项目`): the verb's object is 项目, the name never holds it
  '制定 推行 体现 获评 ' +
  // `连日来项目施工现场`: a time adverb before the word 项目, as `以来` is
  '连日来'
).split(/\s+/);

/** Further boundaries for companies: conjunctions join company names, they never sit inside one. */
export const COMPANY_STOP_WORDS: readonly string[] = (
  '与 和 及 同 跟 向 给 到 通过 有 拥有 ' +
  // where a company's capital is from, said before its name (`台企某某科技有限公司`)
  '台企 港企 外企 侨企 民企 ' +
  // and the kind of capital said as a kind of firm (`台资企业某某集团`, `外商独资企业某某有限公司`)
  '台资企业 港资企业 澳资企业 侨资企业 外资企业 独资企业 合资企业 ' +
  // what the sentence says of the company before its name (`扩大某某有限公司投资`, `行业龙头某某集团`,
  // `重点履约企业某某集团`, `另某某公司`)
  '扩大 龙头 履约 另 ' +
  // the company's part in a project, said before its name (`项目业主单位某某有限公司`, `投资方某某集团`),
  // and what a figure leaves out (`(不含某某集团)`)
  '单位 业主 投资方 不含 ' +
  // who speaks for it (`项目业主代表某某集团公司作表态发言`, `企业代表某某有限公司`)
  '代表 ' +
  // a parent's subsidiary (`某集团旗下某某有限公司`) and a notable among many (`其中不乏某某公司`)
  '旗下 不乏 ' +
  // the occasion before a name (`这次某某有限公司与…签订`): 这 ends the scan, 次 is no part of the name
  '这次 此次 本次 该次 每次 再次 ' +
  // one among several (`某某开发区项目之一某某有限公司`) and a plan to set one up (`拟新设项目公司`)
  '之一 拟 ' +
  // a listed company's announcement speaking of itself as `公司` (`满足公司发展需要`, `增强公司竞争力`,
  // `协议约定公司拟投资…`, `立足公司定位`): the verb's object is the announcer, no company named by it
  '满足 增强 约定 立足 ' +
  // and what it does to itself or its plant (`适应公司业务增长`, `夯实公司地位`, `拟投资扩建公司某某生产基地`, `增资后公司持股`)
  '适应 夯实 巩固 扩建 增资 ' +
  // and what it refers a reader to, authorises, supports or may face (`详见公司公告`, `授权公司管理层`, `配合公司布局`,
  // `可能出现公司资金紧张`): a verb before a bare `公司`, its object or subject the announcer, names none
  '详见 授权 配合 出现 ' +
  // and what a project does for it, as an announcement lists the gains (`增加公司盈利能力`, `填补公司在…的空白`,
  // `改善公司财务状况`, `降低公司成本`, `丰富公司产品线`, `增厚公司业绩`)
  '增加 填补 改善 降低 丰富 完善 拓展 拓宽 延伸 增厚 ' +
  // the board's resolution before the company it concerns (`董事会同意某某有限公司在某地设立…`), and a deal's
  // verb before the company whose shares it buys (`认购某某有限公司股本`, `收购某某公司股权`), sets up or takes
  // over (`投资新设某某(上海)有限公司`, `以股权转换方式取得某某有限公司`)
  '同意 认购 收购 新设 取得 ' +
  // a verb or a scene of the sentence right before the name (`现场查看某某有限公司`, `终止某某公司协议`, `确定某某集团为…`,
  // `努力达成某某集团`, `随着某某公司入驻`, `透露称某某公司`, `仪式暨某某集团`, `受某某公司委托`, `生产状态某某公司`),
  // and the kind of firm said before its name (`厂商某某股份有限公司`, `民营企业某某有限公司`)
  '查看 终止 确定 达成 随着 透露 称 暨 受 状态 厂商 民营企业 ' +
  // what the company belongs to, said before it (`隶属某某集团旗下`), and the `即` naming the one a count holds
  // (`外资项目1项,即某某集团在…投资`)
  '隶属 即'
).split(/\s+/);
