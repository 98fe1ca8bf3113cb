// Place names that open a park's or a company's name (`衡阳高新区`, `江苏博通投资实业有限公司`).
// Written from general knowledge of China's administrative divisions, without the 省/市/县/区
// suffix (the matchers accept one after the name). Single-character abbreviations (苏, 赣 …)
// are left out on purpose: they are ordinary characters inside names too often.
// Words that are also common verbs or nouns (新建, 来宾, 高明, 新城, 市中) are left out too.

/** Countries and regions that open company names (`中国稀土集团`). */
const COUNTRIES = '中国 美国 德国 日本 韩国 英国 法国 新加坡 香港 澳门 台湾 意大利 瑞士 瑞典 荷兰 以色列 澳大利亚 加拿大 泰国 越南 马来西亚';

/** Countries and regions firms come from (`中国公司`, `德国企业`). */
export const COUNTRY_NAMES: readonly string[] = COUNTRIES.split(' ');

/** Countries outside China: before a company's brand, where it comes from (`德国某某集团`). */
export const FOREIGN_COUNTRIES: readonly string[] = COUNTRY_NAMES.filter((c) => !['中国', '香港', '澳门', '台湾'].includes(c));

const PROVINCES =
  '北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 ' +
  '四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 宁夏回族自治区 广西壮族自治区 新疆维吾尔自治区 内蒙古自治区 西藏自治区';

/** Prefecture-level cities and autonomous prefectures, province by province. */
const CITIES = [
  '石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水',
  '太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁',
  '呼和浩特 包头 乌海 赤峰 通辽 鄂尔多斯 呼伦贝尔 巴彦淖尔 乌兰察布 锡林郭勒 阿拉善',
  '沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛',
  '长春 四平 辽源 通化 白山 松原 白城 延边',
  '哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭',
  '南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁',
  '杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水',
  '合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城',
  '福州 厦门 莆田 三明 泉州 漳州 南平 龙岩 宁德',
  '南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶',
  '济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽',
  '郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源',
  '武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门',
  '长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西',
  '广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮',
  '南宁 柳州 桂林 梧州 北海 防城港 钦州 贵港 玉林 百色 贺州 河池 崇左',
  '海口 三亚 儋州',
  '成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 阿坝 甘孜 凉山',
  '贵阳 六盘水 遵义 安顺 毕节 铜仁 黔东南 黔南 黔西南',
  '昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆',
  '拉萨 日喀则 昌都 林芝',
  '西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛 杨凌',
  '兰州 嘉峪关 金昌 白银 天水 武威 张掖 平凉 酒泉 庆阳 定西 陇南 临夏 甘南',
  '西宁 海东 海西 海北 黄南 果洛 玉树',
  '银川 石嘴山 吴忠 固原 中卫',
  '乌鲁木齐 克拉玛依 吐鲁番 哈密 昌吉 阿克苏 喀什 和田 伊犁 塔城 阿勒泰 石河子',
  // Taiwan (its parks are named `X园区` after them: `台中园区`)
  '台北 台中 台南 高雄 基隆 新竹 嘉义',
].join(' ');

/** Counties, county-level cities and districts that often host parks or name them. */
const COUNTIES = [
  // Beijing, Tianjin, Shanghai, Chongqing
  '海淀 丰台 顺义 大兴 亦庄 昌平 通州 房山 怀柔 密云 平谷 门头沟 石景山 西城 东城',
  '滨海 武清 西青 津南 东丽 宝坻 北辰 静海 蓟州',
  '浦东 闵行 嘉定 松江 青浦 奉贤 金山 宝山 临港 徐汇 长宁 普陀 杨浦 虹口 静安',
  '渝北 江津 涪陵 万州 永川 璧山 长寿 沙坪坝 九龙坡 南岸 北碚 巴南 大渡口 大足 合川 綦江 荣昌 铜梁 潼南',
  // the rest of Chongqing's districts and counties (`某某区某某工业园区`: the district before a zone's own name)
  '渝中 黔江 南川 开州 梁平 武隆 城口 丰都 垫江 云阳 奉节 巫山 巫溪 石柱 秀山 酉阳 彭水',
  // Jiangsu
  '江宁 浦口 六合 溧水 高淳 栖霞 雨花台 建邺 玄武 秦淮 鼓楼 昆山 常熟 张家港 太仓 吴江 吴中 相城 姑苏',
  '江阴 宜兴 锡山 惠山 滨湖 梁溪 新吴 武进 金坛 溧阳 新北 天宁 钟楼 海门 启东 如皋 海安 如东 崇川',
  '铜山 贾汪 丰县 沛县 睢宁 邳州 新沂 云龙 泉山 泗阳 沭阳 泗洪 宿豫 宿城 靖江 泰兴 兴化 高邮 仪征 江都 丹阳 句容 扬中',
  '东台 大丰 射阳 建湖 阜宁 滨海 响水 盱眙 涟水 金湖 洪泽 淮阴 清江浦 东海 灌云 灌南 赣榆',
  // Zhejiang
  '萧山 余杭 滨江 富阳 临安 临平 钱塘 桐庐 建德 淳安 义乌 永康 东阳 兰溪 武义 浦江 慈溪 余姚 北仑 鄞州 镇海 奉化',
  '象山 宁海 乐清 瑞安 龙湾 瓯海 柯桥 上虞 诸暨 嵊州 新昌 海宁 桐乡 平湖 嘉善 海盐 长兴 德清 安吉 温岭 临海 玉环 黄岩 路桥 椒江',
  // Anhui, Fujian, Jiangxi
  '肥西 肥东 长丰 庐江 巢湖 繁昌 无为 当涂 含山 和县 天长 明光 全椒 来安 界首 太和 临泉 广德 宁国',
  '晋江 石狮 南安 惠安 安溪 福清 长乐 闽侯 连江 海沧 集美 同安 翔安 思明 湖里 龙海 漳浦 荔城 涵江 仙游',
  // Zhangzhou's districts and counties (`某某钢铁基地` after its district)
  '芗城 龙文 长泰 南靖 诏安 云霄',
  '南康 章贡 赣县 瑞金 龙南 信丰 于都 兴国 宁都 会昌 寻乌 安远 定南 全南 大余 上犹 崇义 石城',
  '樟树 丰城 高安 进贤 青山湖 红谷滩 瑞昌 共青城 贵溪 昌江 珠山 浮梁 乐平 渝水 分宜 临川 东乡 南城 井冈山 永丰 袁州',
  // Shandong, Henan, Hubei, Hunan
  '历城 历下 章丘 长清 莱芜 济阳 黄岛 即墨 胶州 平度 莱西 城阳 崂山 李沧 寿光 诸城 青州 高密 龙口 蓬莱 招远 莱州 海阳 荣成 文登 乳山 邹城 曲阜 兖州 滕州',
  '新郑 中牟 巩义 荥阳 登封 新密 偃师 孟州 长葛 禹州 永城 项城 固始 邓州 获嘉',
  '江夏 汉阳 蔡甸 黄陂 新洲 东西湖 洪山 武昌 汉口 江汉 硚口 青山 大冶 枝江 宜都 当阳 枣阳 老河口 宜城 汉川 应城 安陆',
  '岳麓 望城 浏阳 宁乡 雨花 天心 开福 芙蓉 醴陵 攸县 湘乡 韶山 珠晖 雁峰 石鼓 蒸湘 南岳 衡南 衡东 衡山 耒阳 常宁 祁东 汨罗 临湘 资兴 冷水江 涟源',
  // Guangdong, Guangxi, Hainan
  '龙华 宝安 龙岗 南山 福田 罗湖 坪山 光明 盐田 前海 番禺 花都 黄埔 南沙 增城 从化 白云 天河 越秀 海珠 荔湾',
  '顺德 南海 禅城 三水 香洲 斗门 金湾 横琴 惠阳 惠东 博罗 大亚湾 仲恺 新会 台山 开平 鹤山 恩平 四会 高要 英德 普宁 陆丰 潮阳 澄海',
  '武鸣 柳江 临桂 平果 凭祥 东兴 北流 桂平 琼海 文昌 万宁 澄迈 洋浦',
  // Sichuan, Chongqing region, the Southwest and the Northwest
  '双流 郫都 龙泉驿 新都 温江 天府 青白江 简阳 彭州 都江堰 邛崃 崇州 金堂 广汉 什邡 绵竹 江油 峨眉山 仁寿 夹江 犍为 井研 沐川 五通桥 沙湾 金口河',
  '雁塔 未央 临潼 阎良 高陵 鄠邑 西咸 灞桥 碑林 莲湖 曲江 浐灞 兴平 韩城 神木 府谷 南郑 城固 凉州 可克达拉',
  '呈贡 安宁 嵩明 观山湖 花溪 清镇 仁怀 兴义 凯里 都匀 平罗 惠农 大武口 灵武 宁东 永宁 贺兰 格尔木 库尔勒 伊宁 奎屯 昌吉',
  '准格尔 伊金霍洛 满洲里 二连浩特 托克托 达拉特',
  // The Northeast and Hebei/Shanxi
  '金州 旅顺 瓦房店 庄河 普兰店 铁西 浑南 沈北 于洪 长白山 珲春 延吉 双城 阿城 呼兰 松北 平房 香坊 安达',
  '迁安 遵化 曹妃甸 丰南 滦州 黄骅 任丘 定州 辛集 涿州 高碑店 三河 固安 香河 霸州 正定 藁城 鹿泉 栾城 武安 清徐 孝义 介休 古交',
  // County-level cities not named above, province by province: zones and parks are named after them (`某某市经济开发区`,
  // a place-only suffix too: `某某园区`, `某某示范区`), and a stop character inside one (`和 同 获`) would cut it
  '晋州 新乐 南宫 平泉 泊头 河间 深州 高平 怀仁 永济 河津 原平 侯马 霍州 汾阳 霍林郭勒 牙克石 扎兰屯 额尔古纳 丰镇 乌兰浩特 阿尔山 锡林浩特 凤城 凌海 盖州 大石桥 调兵山 开原 北票 凌源 兴城 榆树',
  '德惠 蛟河 桦甸 舒兰 磐石 公主岭 双辽 梅河口 集安 扶余 洮南 图们 敦化 和龙 讷河 虎林 密山 同江 抚远 富锦 绥芬河 海林 宁安 穆棱 东宁 北安 五大连池 嫩江 肇东 海伦 漠河 龙港 龙泉 潜山 桐城 永安',
  '邵武 武夷山 建瓯 漳平 福安 福鼎 德兴 莱阳 安丘 昌邑 新泰 肥城 乐陵 禹城 临清 舞钢 汝州 林州 卫辉 辉县 长垣 沁阳 灵宝 丹江口 钟祥 京山 石首 洪湖 松滋 监利 麻城 武穴 赤壁 广水 利川 武冈 邵东',
  '沅江 吉首 乐昌 南雄 廉江 雷州 吴川 高州 化州 信宜 兴宁 连州 罗定 横州 荔浦 岑溪 靖西 五指山 阆中 华蓥 万源 隆昌 射洪 西昌 康定 赤水 盘州 黔西 兴仁 福泉 宣威 腾冲 个旧 开远 蒙自 景洪',
  '瑞丽 彬州 华阴 旬阳 玉门 敦煌 华亭 德令哈 茫崖 青铜峡 阜康 库车 阿图什 霍尔果斯 乌苏 博乐 阿拉山口 五家渠 阿拉尔 图木舒克 北屯 铁门关 昆玉 胡杨河',
  // Taiwan's counties and the districts its science and technology parks are named after
  '苗栗 彰化 南投 云林 屏东 宜兰 花莲 台东 澎湖 金门 楠梓 桥头 前镇 仁武 路竹 竹南 铜锣 二林 虎尾 后里 潭子 台中港 林口 龙潭',
].join(' ');

const split = (s: string): string[] => s.split(/\s+/).filter((w) => w.length >= 2);

/** Countries, provinces and prefecture-level cities: names a registered company name can open with. */
export const MAJOR_PLACES: readonly string[] = [...split(COUNTRIES), ...split(PROVINCES), ...split(CITIES)];

/** Provinces, municipalities and autonomous regions. */
export const PROVINCE_NAMES: readonly string[] = split(PROVINCES);

/** Every place name above plus counties and districts. */
export const PLACE_NAMES: readonly string[] = [...MAJOR_PLACES, ...split(COUNTIES)];

/** Administrative suffixes that may follow a place name inside a longer name (`无锡市`, `铜山区`). */
export const ADMIN_SUFFIX_CHARS = '省市县区州盟旗镇';
