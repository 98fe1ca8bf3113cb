// Single characters that turn a reading off, each with a word showing why. A character is added
// here with its example, and test/unit/exceptions.test.ts checks every pair against the engine, so
// each entry of these lists can be traced to its case.

/** [character, example word in which the character makes the exception]. */
export type Exception = readonly [character: string, example: string];

/** After 元 (a Chinese number before it), characters that make 元 part of another word. */
export const NOT_CURRENCY_AFTER_YUAN: readonly Exception[] = [
  ['化', '一元化'], ['旦', '元旦'], ['宵', '元宵'], ['件', '元件'], ['器', '元器件'], ['素', '元素'],
  ['老', '元老'], ['首', '元首'], ['气', '元气'], ['帅', '元帅'], ['朝', '元朝'], ['区', '三元区'],
  ['里', '三元里'], ['村', '三元村'], ['路', '三元路'], ['街', '五元街'], ['桥', '三元桥'], ['镇', '三元镇'],
  ['宝', '元宝'], ['谋', '元谋'], ['勋', '元勋'], ['音', '元音'],
  // ternary battery chemistry, a product in this genre (`三元前驱体`, `三元锂电池`, `三元正极材料`)
  ['前', '三元前驱体'], ['锂', '三元锂电池'], ['正', '三元正极材料'], ['材', '三元材料'], ['催', '三元催化器'],
];

/** Before a Chinese numeral, characters that make it part of a word, not a number. */
export const NOT_NUMBER_AFTER: readonly Exception[] = [
  ['第', '第一'], ['统', '统一'], ['唯', '唯一'], ['之', '之一'], ['万', '万一'], ['初', '初一'],
  ['星', '火星一号'], ['周', '周一'], ['礼', '彩礼十万'], ['合', '合一'], ['专', '专一'], ['单', '单一'],
  ['同', '同一'], ['逐', '逐一'], ['划', '划一'], ['归', '归一'], ['齐', '看齐一流'], ['整', '整整一年'],
];

/** Before a one-character qualifier (`过`, `近`, `破`, `超`, `约`), characters that make it part of another word. */
export const NOT_QUALIFIER_BEFORE: Readonly<Record<string, readonly Exception[]>> = {
  '过': [['通', '通过'], ['经', '经过'], ['不', '不过'], ['度', '度过'], ['错', '错过'], ['路', '路过'], ['越', '越过'],
    ['透', '透过'], ['跨', '跨过'], ['难', '难过'], ['太', '太过'], ['胜', '胜过'], ['闯', '闯过']],
  '近': [['最', '最近'], ['附', '附近'], ['靠', '靠近'], ['亲', '亲近'], ['贴', '贴近'], ['邻', '邻近']],
  '破': [['打', '打破'], ['冲', '冲破'], ['击', '击破'], ['攻', '攻破'], ['识', '识破'], ['爆', '爆破']],
  '超': [['赶', '赶超']],
  '约': [['签', '签约'], ['节', '节约'], ['制', '制约'], ['预', '预约'], ['合', '合约'], ['条', '条约'], ['公', '公约'],
    ['违', '违约'], ['履', '履约'], ['邀', '邀约'], ['集', '集约'], ['特', '特约']],
};

/** Before a sub-zone's 园/城 right after a zone, characters that make an ordinary place of it (parks.ts). */
export const NOT_SUB_ZONE_BEFORE: readonly Exception[] = [
  ['公', '公园'], ['花', '花园'], ['校', '校园'], ['乐', '乐园'], ['家', '家园'], ['果', '果园'], ['茶', '茶园'],
  ['菜', '菜园'], ['庄', '庄园'], ['陵', '陵园'], ['墓', '墓园'], ['动', '运动城'], ['植', '种植园'], ['田', '田园'],
  ['县', '县城'], ['省', '省城'], ['京', '京城'], ['都', '都城'], ['主', '主城'], ['老', '老城'],
];

/** After an abbreviated zone's `开区`, characters that make it part of another word (parks.ts). */
export const NOT_ABBREVIATION_AFTER: readonly Exception[] = [
  ['域', '展开区域'], ['间', '离开区间'], ['块', '展开区块'], ['位', '打开区位'], ['划', '展开区划'], ['分', '展开区分'],
];

/**
 * Before a bare `开区` opening a clause (no place before it), characters that make a word of 开: a verb or an
 * adverb with 开, and 区 then opens the next word (parks.ts).
 */
export const NOT_ABBREVIATION_BEFORE: readonly Exception[] = [
  ['召', '召开区委常委会'], ['展', '展开区际协作'], ['离', '离开区里'], ['打', '打开区内市场'], ['公', '公开区属国企信息'],
  ['分', '分开区属资产'], ['避', '避开区内高峰'], ['放', '放开区内限购'], ['拉', '拉开区内道路框架'], ['铺', '铺开区里工作'],
  ['推', '推开区内改革'], ['敞', '敞开区门'], ['揭', '揭开区史'], ['隔', '隔开区内车道'], ['解', '解开区里难题'],
  ['传', '传开区里'], ['新', '新开区内线路'], ['重', '重开区内门店'], ['再', '再开区长办公会'], ['又', '又开区里会议'],
  ['要', '要开区里会议'], ['会', '会开区里会议'], ['能', '能开区内'], ['可', '可开区内'], ['不', '不开区里会议'],
  ['没', '没开区里会议'], ['先', '先开区委会'], ['后', '后开区委会'], ['大', '大开区门'], ['全', '全开区内'],
  ['盛', '盛开区内'], ['撇', '撇开区里'], ['抛', '抛开区里'], ['错', '错开区内高峰'], ['排', '排开区内'],
  ['划', '划开区界'], ['拆', '拆开区块'], ['挪', '挪开区里'], ['搬', '搬开区内'], ['移', '移开区内'], ['散', '散开区里'],
  ['走', '走开区里'], ['让', '让开区内道路'], ['张', '张开区里'], ['切', '切开区块'],
  // `高开区` alone is the kind `高新区` written another way, as bare (guidelines: a bare generic noun is no
  // PARK); a place before it names the zone (`某某高开区`), read as a place chain first
  ['高', '高开区管委会表示'],
];

/**
 * Single characters left at the head of an area park's prefix that are not part of its name: the
 * zone's, city's or county's park (`区人力资源产业园`), a determiner, a list separator (parks.ts).
 */
export const LEADING_JUNK: readonly Exception[] = [
  ['区', '走访区人力资源产业园'], ['市', '建设市电商产业园'], ['县', '入驻县电商产业园'], ['省', '获批省锂电产业园'],
  ['园', '园创业园'], ['全', '全锂电产业园'], ['本', '本锂电产业园'], ['该', '该锂电产业园'], ['我', '我锂电产业园'],
  ['各', '各锂电产业园'], ['、', '、锂电产业园'], ['·', '·锂电产业园'], ['和', '和锂电产业园'], ['及', '及锂电产业园'],
  ['与', '与锂电产业园'],
  // `据X园区经发局介绍`: 据 ("according to") opens the source; no park's name starts with it
  ['据', '据锂电产业园'],
  // `重点园区,如X产业园`: 如 ("such as") opens an example; a county opening with it (如皋) is a place and kept
  ['如', '如锂电产业园'],
  // `某某工业城(又称某某工业园)`: 称 ("called") opens the other name; no park's name starts with it
  ['称', '称锂电产业园'],
];

/** Function words and numerals never naming a county by one character before 县/旗 (parks.ts). */
export const NOT_COUNTY: readonly Exception[] = [
  ['在', '在县工业园'], ['的', '全市的县工业园'], ['了', '走访了县工业园'], ['由', '由县工业园'], ['从', '从县工业园'],
  ['向', '向县工业园'], ['把', '把县工业园'], ['对', '对县工业园'], ['为', '为县工业园'], ['是', '是县工业园'],
  ['被', '被县工业园'], ['让', '让县工业园'], ['给', '给县工业园'], ['往', '前往县工业园'], ['赴', '赴县工业园'],
  ['等', '等县工业园'], ['或', '或县工业园'], ['并', '并县工业园'], ['而', '而县工业园'], ['又', '又县工业园'],
  ['也', '也县工业园'], ['就', '就县工业园'], ['还', '还县工业园'], ['均', '均县工业园'], ['则', '则县工业园'],
  ['仅', '仅县工业园'], ['其', '其县工业园'], ['这', '这县工业园'], ['那', '那县工业园'], ['此', '此县工业园'],
  ['该', '该县工业园'], ['各', '各县工业园'], ['每', '每县工业园'], ['我', '我县工业园'], ['本', '本县工业园'],
  ['全', '全县工业园'], ['两', '两县工业园'], ['一', '一县工业园'], ['二', '二县工业园'], ['三', '三县工业园'],
  ['四', '四县工业园'], ['五', '五县工业园'], ['六', '六县工业园'], ['七', '七县工业园'], ['八', '八县工业园'],
  ['九', '九县工业园'], ['十', '十县工业园'], ['几', '几县工业园'], ['多', '多县工业园'], ['数', '数县工业园'],
  ['某', '某县工业园'],
];

/** The characters of a list, for the recognisers' sets. */
export function exceptionChars(list: readonly Exception[]): string {
  return list.map(([character]) => character).join('');
}
