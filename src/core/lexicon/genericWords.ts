// Generic vocabulary: words that describe a KIND of park, project or company, not a named one.
// A candidate name made only of these words (`重大项目`, `特色产业园`, `该公司`, `上市公司`,
// `制造业项目`, `增资扩产项目`, `亿元以上项目`, `省级科技计划项目`) is a generic mention and is
// dropped; one with a single word outside the list (`中再项目`, `海得储能电站项目`) is a name.
// Industry words are generic for projects and companies (`生物医药项目`, `一家新能源公司`) but
// not for parks: an industry is what a park is named after (`锂电产业园`).

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Determiners, quantities, size classes and glue characters. */
export const DETERMINER_WORDS = words(
  '该 此 本 这 那 各 每 其 另 另一 同一 某 全 新 老 大 小 好 多 余 几 一 两 二 三 四 五 六 七 八 九 十 百 千 万 亿 元 亿元 万元 以上 以下 ' +
    '个 批 家 项 场 轮 类 级 式 型 化 性 一批 一些 这些 那些 相关 有关 部分 其他 其它 多家 若干 首批 第一批 第二批 ' +
    '诸多 众多 许多 些 和 及 与 、 ( ) · 前端 后端 前期 后期 全部 所有 全体 首家 首个 首 期 一期 二期 三期 四期 新老 新旧 次 此次 本次 这次 ' +
      // `部份项目`: the variant spelling of 部分; `更多项目`: more of them; `不少项目`, `大量项目`: many of them
      '部份 更多 不少 大量 ' +
      // the ordinal of an event (`2020年第二次项目建设观摩会`)
      '第一次 第二次 第三次 第四次 首次 ' +
      // `第一期项目`, `最终项目`: which phase, or the one a figure is finally stated for
      '第一期 第二期 第三期 第四期 最终 ' +
      // most or a few of them (`多数新区`, `少数园区`)
      '多数 少数 大多数 大部分 个别 ' +
      // the ones just named (`上述项目`, `前述项目`): a reference back, no name
      '上述 前述',
);

/** Administrative words. */
export const ADMIN_WORDS = words('省 市 县 区 镇 乡 村 园 全区 全市 我市 我区 区内 市内 园区 城区 片区 城市 ' +
  // the county or city as a whole (`县域工业集中区`: the county's zones in general, none named)
  '县域 市域');

/** Qualities and ranks that any park, project or company may be praised with. */
export const QUALITY_WORDS = words(
  '省级 市级 县级 区级 国家级 部级 大型 小型 中型 重大 重点 优质 特色 专业 综合 一流 地标 模范 示范 试点 标杆 ' +
    '龙头 头部 现代 现代化 先进 新型 智慧 绿色 生态 世界 国际 国内 省外 境外 境内 外地 本地 本土 优势 主导 首位 传统 ' +
    '中高端 高端 高新 高新技术 战略性 新兴 配套 关联 公共 政府 旗舰 跨国 跨境 知名 著名 骨干 ' +
    // quality and origin in news copy (`高质量项目`, `代表项目`, `亿元以上市外项目`)
    '高质量 代表 代表性 市外 县外 区外 省际 市域外 域外 ' +
    // what a project is for the place (`支撑性战略项目`, `支柱产业链项目`, `引领性项目`)
    '战略 支撑 支撑性 支柱 引领 引领性 标志性 带动性 牵引性 基础性 ' +
    // size in news copy (`重特大项目`), compared (`较大项目有:`, `最大项目`), and rankings of investors
    // (`500强企业项目`, `百强项目`: the scan stops at the count, leaving 强)
    '特大 重特大 较大 最大 更大 强 ' +
    // size as the copy says it (`大体量项目`)
    '体量 大体量 ' +
    // weight, standing and origin as the copy praises them (`重磅项目`, `国内领先项目`, `内生项目` grown at home)
    '重磅 领先 内生 ' +
    // the only one of its kind (`全省唯一省级经开区`)
    '唯一',
);

/** Project and investment vocabulary. */
export const PROJECT_WORDS = words(
  '项目 签约 新签约 新签 新设 新增 招商 引资 招商引资 引进 投资 建设 在建 新建 续建 扩建 改建 开工 竣工 投产 储备 备案 ' +
    '入库 落地 增资 扩产 增资扩产 扩能 技改 技术改造 改造 升级 产业 工业 制造业 服务业 农业 科技 技术 创新 合作 ' +
    '院校 院所 外资 内资 民营 国有 平台 企业 民生 基础设施 基建 城建 社会事业 产业链 链 招引 计划 科技计划 专项 ' +
    '奖补 资金 补助 扶持 申报 立项 研发 生产 制造 交易 大项目 好项目 小项目 节点 低效 闲置 标准 厂房 标准厂房 ' +
    '固定资产 民营企业 上市 合资 独资 私营 外商 中外 重 台资 港资 澳资 侨资 中资 日资 韩资 美资 欧资 陆资 民资 ' +
    // batches and categories of a signing or a start of works (`集中动工项目`, `科技人才项目`)
    '集中 动工 人才 合同 ' +
    // investors by origin (`台商投资项目`) and projects by how the government follows them (`重点督办项目`)
    '台商 港商 澳商 侨商 外商 客商 督办 ' +
    // natives investing back home (`乡贤项目`, `“回归经济”项目`) and a campaign's good start (`“开门红”项目`)
    '乡贤 回归 回归经济 开门红 ' +
    // what an agreement plans (`该协议规划项目`), and what a park takes in (`转型外溢、科研转化项目`)
    '协议 规划 转型 外溢 科研 转化 ' +
    // projects tackled in a campaign (`攻坚项目`) and projects paid for with money raised on the market (`募投项目`)
    '攻坚 募投 ' +
    // projects by the kind of owner (`央企、民企、外资项目`) and property let or sold (`物业租售项目`)
    '央企 民企 国企 外企 物业 租售 ' +
    // works in general (`重点工程项目`), as government reports count them
    '工程 ' +
    // a firm's own project named by what it is for the firm (`某某的公司总部项目`)
    '公司 ' +
    // projects of a policy drive rather than a name (`承接产业转移项目`, `新旧动能转换项目`, `科创项目`)
    '承接 转移 新旧动能 动能 转换 科创 ' +
    // the next step and what is striven for (`为下一步项目招引打基础`, `力争项目早建成`): no name before 项目
    '下一步 力争 ' +
    // projects matched with investors at a fair (`各市的对接项目`) and works resumed (`开复工和产业项目`)
    '对接 复工 开复工 复产 ' +
    // facilities in general (`基础配套设施项目`, `科创载体项目`)
    '基础 设施 载体 ' +
    // a city complex and an incubator as kinds of facility (`城市综合体项目`, `基地及孵化器项目`), restoration in
    // general (`生态修复项目`), early work and progress as stages (`前期工作项目`, `抓进度、前期项目`)
    '综合体 孵化器 修复 工作 进度 ' +
    // the capital of both origins (`内外资投资项目`), a congress's signings (`招商大会项目签约`), and the party and
    // government whose campaign it is (`市委、市政府项目建设年`)
    '内外资 大会 市委 市政府 区委 区政府 县委 县政府 省委 省政府',
);

/** Industries: generic for projects and companies, name-giving for parks. */
export const INDUSTRY_WORDS = words(
  '生物医药 医药 新能源 新材料 电子信息 电子 信息 智能 智能制造 装备 装备制造 高端装备 数字 数字经济 文旅 旅游 ' +
    '物流 商贸 金融 总部 总部经济 环保 ' +
    // `重大食品项目`, `部分房地产项目`: a trade alone names a kind of project
    '食品 房地产 ' +
    // trades a county courts visitors with (`种植养殖项目、休闲养生项目`, `文化旅游项目`, `微电子项目`)
    '文化 种植 养殖 休闲 养生 微电子 观光 ' +
    // sectors listed as kinds of project (`装备制造、家电、建材项目`, `纺织服装项目`, `汽车配件和生物医药项目`, a city's
    // `城市地产项目`)
    '家电 建材 纺织 服装 纺织服装 汽车配件 化工 机械 家具 印刷 金属制品 云计算 地产',
);

/** Company vocabulary. */
export const COMPANY_WORDS = words(
  '公司 有限 股份 有限公司 集团 控股 实业 子 分 母 总 投资公司 平台公司 国企 央企 民企 外企 企业集团 ' +
    // where companies are stationed and from (`内地驻港公司`, `外来驻港公司`): a kind of firm, none named
    '驻港 驻澳 驻华 驻京 内地 外来 海外 ' +
    // a household or office service a firm is named by kind after its city (`某市搬家公司`, `某市翻译公司`: a site's
    // keyword line, no name part; a brand before it keeps it, `鹭远搬家公司`)
    '搬家 翻译 ' +
    // a firm by what it is on the market (`实体公司`, `A股公司`, `3家主板上市公司`, `一家未上市公司`, `创投公司`)
    '实体 A股 港股 美股 上市 未上市 主板 创投 ' +
    // a firm by whose it is, where or how new (`其下属公司`, `园内公司`, `新建外商投资公司N家`): a class of firms
    '下属 园内 区内 外商投资 外资 合资 独资 新建 新设 新办 新增 ' +
    // the company a listed company's announcement acquires or subscribes to (`认购目标公司股本权益`): its defined term
    '目标',
);
