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

/** The characters of a list, for the recognisers' sets. */
export function exceptionChars(list: readonly Exception[]): string {
  return list.map(([character]) => character).join('');
}
