// A list of three or more kinds before one 项目 (`印刷、家具制造、食品加工项目`, `手机、显示屏、云计算项目`)
// says which trades the projects are in; it names one project only when its owner or its plant is said
// with it: a company or zone right before it (`某某集团有限公司开关、低压电器、管材生产项目`), the amount
// that introduces it (`总投资1.2亿元的某某高频、高速、覆铜板项目`), or a capacity in its first item
// (`年产9000万块…煤矸石、尾矿渣、页岩烧结砖项目`); a list of facilities is the parts of one project
// (`某某生产基地、研发总部、检测中心项目`).
import { isDigit } from '../text';
import { WordMap } from '../wordMap';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';

/** Facilities a project builds (`…智慧制造园区项目`, `…生产基地、研发总部…项目`). */
export const FACILITY_ENDS = WordMap.of(['园区', '产业园', '基地', '中心', '工厂', '厂区']);

const LIST_SEPARATOR = 0x3001; /* 、 */
const DE = 0x7684; /* 的 */

/**
 * True when [start, anchor) holds two or more list separators and nothing says whose project it is.
 * `ownerEnd` is the end of the last company or zone before the candidate. Reads the candidate once.
 */
export function listsKindsOnly(text: string, start: number, anchor: number, ownerEnd: number): boolean {
  let separators = 0;
  let firstItemEnd = -1;
  for (let k = start; k < anchor; k++) {
    if (text.charCodeAt(k) !== LIST_SEPARATOR) continue;
    if (firstItemEnd < 0) firstItemEnd = k;
    separators++;
  }
  if (separators < 2 || start === ownerEnd || text.charCodeAt(start - 1) === DE) return false;
  for (let k = start; k < firstItemEnd; k++) if (isDigit(text.charCodeAt(k))) return false;
  return FACILITY_ENDS.longestEndingAt(text, firstItemEnd, start) === 0;
}

/**
 * Trades said as kinds of project (`汽车零部件项目`, `新能源电池项目`, `游艇制造项目`, `产城融合项目`), with the
 * industry words. Only a candidate made of these alone is a kind: with a facility (`汽车零部件产业园…项目`), a
 * place, a brand or a capacity it names one project. Kept out of INDUSTRY_WORDS, which parks share.
 */
const TRADES = WordMap.of(INDUSTRY_WORDS, ['零部件', '汽车零部件', '电池', '新能源电池', '游艇', '制造', '再制造', '工程机械', '产城融合',
  // energy and transport as sectors (`重大能源化工项目`, `交通物流项目`)
  '能源', '交通',
  // sectors a region courts or counts projects in (`涉及智慧城市项目、物联网项目…`, `重大交通基础设施项目`,
  // `有28个是新型储能项目`, `新建公路项目`, `农业融合发展项目`): with a place, a brand or a capacity they name one
  '物联网', '信息安全', '新型储能', '公路', '教育', '生物制药', '集成电路', '信息技术', '新一代信息技术', '资讯技术',
  '新一代资讯技术', '整机', '高科技', '农业', '融合发展', '基础设施', '风电', '风力发电',
  // trades named by their goods, their stage of processing or their place in the chain (`新能源汽车项目、智能终端项目`,
  // `农产品深加工项目`, `上游原料供应项目`, `锂电池项目`, `水务项目`): with a place, a brand or a capacity they name one
  '汽车', '新能源汽车', '金属', '终端', '智能终端', '锂电池', '锂电', '农产品', '深加工', '精深加工', '原料', '原材料', '供应',
  '上游', '下游', '水务',
  // trades a region counts, courts or reports on by their goods, their data, their energy or their finance (`大数据项目`,
  // `绿色能源项目`, `核心零部件项目`, `银行项目`, `商业保理项目`, `不锈钢制品项目`, `产品深加工项目`, `分散式发电项目`) and the
  // crops a township plants (`柑橘项目`, `花卉项目`): with a place, a brand or a capacity they name one (`某某大数据项目`)
  '大数据', '绿色能源', '核心零部件', '银行', '保理', '商业保理', '不锈钢', '不锈钢制品', '产品', '产品深加工', '分散式发电',
  '柑橘', '花卉', '菊花', '苗木']);
/**
 * An amount right before a name (`投资5.5亿元新能源电池项目`, `10亿元的…`, `投资5亿元建设储能项目`): one project's money
 * introduces it.
 */
const AMOUNT_BEFORE = /[\d亿万](?:元|美元)?(?:的|建设|建)?$/;

/** A facility a generic name ends in (`绿色产业园`, `现代物流园`, `智慧科技园`, `数据中心`). */
const AMOUNT_FACILITY_ENDS = WordMap.of(['园', '园区', '基地', '中心', '工厂', '厂区']);

/**
 * `某某集团投资20亿元的绿色产业园项目`, `计划投资100亿元建设智慧科技园项目`: a facility named by generic words alone is
 * one project when its own amount introduces it (as a trade is: `tradesOnly`); without one it stays a kind
 * (`建设智慧产业园项目`). [start, nameEnd) is the name before its head words.
 */
export function facilityIntroducedByAmount(text: string, start: number, nameEnd: number): boolean {
  return AMOUNT_FACILITY_ENDS.longestEndingAt(text, nameEnd, start) > 0 && AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** A financing or contracting model in a project's head (`PPP项目`, `建设(PPP)项目`). */
const FINANCING_MODEL = /PPP|BOT|EPC/;

/**
 * `由某某集团投资40亿元的城市建设PPP项目`: generic words before a financing model are one project when its own amount
 * introduces it, as a facility is; without one they are a kind (`8个PPP项目`). [nameEnd, anchor) holds the head words.
 */
export function modelIntroducedByAmount(text: string, start: number, nameEnd: number, anchor: number): boolean {
  return FINANCING_MODEL.test(text.slice(nameEnd, anchor)) && AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/** True when [start, anchor) is trades alone with no amount introducing it. */
export function tradesOnly(text: string, start: number, anchor: number): boolean {
  return TRADES.covers(text, start, anchor) && !AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}
