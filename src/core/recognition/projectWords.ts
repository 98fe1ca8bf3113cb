// The words that name no project on their own (`重大项目`, `制造业项目`, `江西项目`): determiners,
// administrative words, ranks, investment vocabulary, industries and places. Shared by the project scan
// and the rules around it (lists, quotes), so a word added here is generic for all of them.
import { PLACE_NAMES } from '../lexicon/placeNames';
import { DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS } from '../lexicon/genericWords';
import { WordMap } from '../wordMap';
import { charSet } from '../text';

export const PROJECT_GENERIC = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, PLACE_NAMES, [
  // projects taken one by one (`单体项目平均投资`) and along a chain (`上下游产业链项目`): a kind, for projects only
  '单体', '上下游',
  // `策划包装项目`: 包装 takes 项目 as its object (packaging after a product's name: `PROJECT_ACTIVITIES`, projects.ts)
  '包装',
  // trades a region courts as kinds of project (`大型石化项目`, `炼油相关配套项目`, `加工贸易项目`), and development in
  // general (`产业发展项目`): for projects only, as a park or a firm may be named after its trade (`某某石化区`)
  '石化', '炼油', '加工贸易', '发展',
  // Taiwanese firms as a kind of investor (`台企项目`, like 央企 民企), the ribbon-cutting of a batch (`竣工剪彩项目`),
  // a key node of a chain (`产业关键节点项目`), and praise (`“重量级”项目`, `“高精尖”项目`)
  '台企', '剪彩', '关键', '重量级', '高精尖',
  // how a project is funded or brought in (`基金直投项目`, `融资租赁项目`, `基金管理机构推荐项目`), when it is due
  // (`中远期项目`, `近期项目`), nicknames of size and praise (`标志项目`, `新引擎项目`, `“大块头”项目`), real-economy
  // projects (`实体项目`), health care (`医疗卫生项目`) and urban villages (`“城中村”项目`): kinds a region counts, no names
  '基金', '直投', '融资', '租赁', '融资租赁', '推荐', '机构', '管理机构', '近期', '中期', '远期', '中远期', '中长期',
  '标志', '引擎', '大块头', '实体',
  // size as a nickname (`大规模项目`, `“巨无霸”项目`, `“小而美”项目`): a kind of project a region counts, no name
  '规模', '大规模', '巨无霸', '小而美', '医疗', '卫生', '城中村',
  // how a project is financed or contracted (`10个PPP项目`, `相关BOT项目`, `EPC项目`): a model many projects follow, no
  // name; a name goes before it (`某某片区综合开发PPP项目`)
  'PPP', 'BOT', 'EPC',
  // the work a region courts along a chain of production (`产业链延伸项目`, `补链强链项目`, `全产业链项目`): a kind of project, as
  // 上下游 is; a name holds a brand or a product of its own before them (not 上游 下游 alone, after a product: `乙烯下游产业项目`)
  '延伸', '延链', '补链', '强链', '全产业链',
  // the standard a region holds its projects to (`高水平建设项目`, `高标准项目`, `高品质项目`), as 高质量 is: praise, no name
  '高标准', '高水平', '高水准', '高品质', '高能级',
  // regions spanning provinces, places like the ones of PLACE_NAMES (`京津产业转移项目`, `长三角项目`): whose projects, none named
  '京津冀', '京津', '长三角', '珠三角', '粤港澳', '大湾区', '粤港澳大湾区', '成渝', '长株潭',
  // where a batch stands in an agreement or a campaign (`正式项目` beside intended ones, `正式协议项目`, `投产达效项目`
  // brought to full output), inside the place (`域内项目`, as 域外 is) and which ones, asked (`哪些项目`): no name
  '正式', '达效', '域内', '哪些',
  // praise of a kind (`高科技高附加值项目`) and a policy's kind (`老工业基地调整项目`): what a project is, no name
  '高科技', '高附加值', '老工业基地', '调整',
  // the sights and stays of tourism a region courts as kinds of project, for projects only (`自然景观项目`, `休闲度假项目`,
  // `旅游饭店项目`, `主题公园`, `旅游商品项目`): a brand or a place of its own still names one (`某某山度假项目`)
  '自然', '景观', '自然景观', '度假', '饭店', '主题公园', '商品',
]);

/**
 * `以拼劲推项目`, `向外招项目、引项目`, `共促项目融合`, `攻项目`: a one-character verb of pushing or courting right
 * before 项目 takes it as its object, so no name ends there (`抓 谋` are boundaries of the scan already).
 */
export const VERBS_OF_PROJECT = charSet('推促招引攻');

/**
 * `市委书记下达项目开工令`, `奋力按下项目建设的加速键`: a two-character verb right before 项目 that takes it as its object
 * (an order issued for it, a key pressed for it), so no name ends there.
 */
export const OBJECT_VERBS_OF_PROJECT = WordMap.of(['下达', '按下']);
