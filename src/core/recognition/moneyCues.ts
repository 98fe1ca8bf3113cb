// What the rules of an amount's context share (see moneyQualifier.ts, moneyThreshold.ts,
// moneyRole.ts, moneyScope.ts): the role cues and the nearest one before an amount, the window
// they are read in (the amount's sentence, MAX_WINDOW characters back at most), counts, an
// amount in brackets after a listed name, and a company as a noun's head.
//
// Everything here reads small windows of folded text (see fold.ts) around one amount; nothing
// scans the whole text, so the cost per amount is bounded whatever the article's length.
// The rules follow the annotation guidelines; each cue list says why it is there.
import type { MoneyRole } from '../types';
import { isChineseNumeralCode } from './chineseNumbers';
import { charSet, charTable, code, isDigit, isHan, isSentenceEnd, runStart, type CharSet } from '../text';
import { WordMap } from '../wordMap';
import { grantMoneyEndingAt, MONEY_NOUN } from './grantMoney';

/** A role cue, or `money` for words that make a bare amount money without saying what kind. */
export type Cue = MoneyRole | 'money';

/**
 * Role cues (guidelines, `role`). The nearest cue before the amount decides; a longer cue
 * ending at the same place wins (`实际利用外资` over `外资`, `签约资金` over `资金`).
 * Explicit `other` cues (trade, transactions, registered capital) stop the search so that a cue
 * further back in the sentence does not leak onto them (`1亿美元外贸指标` is not foreign capital).
 */
export const ROLE_CUES = new WordMap<Cue>([
  // investment: total or planned investment, and targets for attracting it (`4亿元招商引资任务`).
  ['总投资', 'investment'], ['投资总额', 'investment'], ['计划投资', 'investment'], ['投资额', 'investment'],
  ['投资', 'investment'], ['招商引资', 'investment'], ['社会资本', 'investment'], ['固定资产投资', 'investment'], ['投入', 'investment'],
  ['引资', 'investment'], ['增资', 'investment'], ['注资', 'investment'], ['总投', 'investment'],
  // capital put up by an investor (`计划出资10亿元在某县建造…`, `总出资X`)
  ['出资', 'investment'], ['总出资', 'investment'],
  // capital one investor puts up alone, and a plant invested in and built (`独资X`, `拟X投建…`, the verb after the amount)
  ['独资', 'investment'], ['投建', 'investment'],
  // verbs of spending on a plant or a venture (`斥资100亿欧元建设`, `又砸下80亿元导入`, `耗资3亿元建成`, `将合资9亿元
  // 投资…`): the money an investor lays out, so investment
  ['斥资', 'investment'], ['耗资', 'investment'], ['豪掷', 'investment'], ['砸下', 'investment'], ['合资', 'investment'],
  // the capital a signing or a project involves (`签约18个项目,涉资8.7亿美元`): what the projects invest
  ['涉资', 'investment'],
  // what a plant or venture is estimated to cost its investor (`估计总投资成本约X`): its investment, over `成本`
  ['投资成本', 'investment'],
  // a budget set aside for a project or plan is its planned spending (a government's own budget
  // revenue, `预算收入`, stays other)
  // investment in a park's infrastructure, a kind a completion verb may stand before (`完成基础设施投资`)
  ['基础设施投资', 'investment'], ['基础建设投资', 'investment'], ['基建投资', 'investment'],
  // the same summed so far, `累计` after it (`基础设施投资额累计超过X`): invested already, as `累计投资` is
  ['基础设施投资累计', 'completed'], ['基础设施投资额累计', 'completed'], ['基础建设投资累计', 'completed'], ['基建投资累计', 'completed'],
  // money put into infrastructure or fixed assets (`完成基础设施投入`, `累计完成固定资产投入`): one kind of
  // investment, so the completion verb before it reaches it
  ['基础设施投入', 'investment'], ['固定资产投入', 'investment'],
  ['专案预算', 'investment'], ['项目预算', 'investment'], ['工程预算', 'investment'], ['计划预算', 'investment'],
  // contract: money in signed agreements.
  ['签约资金', 'contract'], ['合同资金', 'contract'], ['签约额', 'contract'], ['签约金额', 'contract'],
  ['协议资金', 'contract'], ['签约总额', 'contract'], ['合同金额', 'contract'], ['合同额', 'contract'],
  ['协议金额', 'contract'], ['协议投资', 'contract'], ['签约投资', 'contract'], ['合同投资', 'contract'],
  ['签约总金额', 'contract'], ['签约资金总额', 'contract'], ['合同总额', 'contract'],
  ['协议投资额', 'contract'], ['签约投资额', 'contract'], ['签约投资总额', 'contract'],
  // the whole sum of the agreements or contracts signed (`协议总金额`), over `总金额`
  ['协议总金额', 'contract'], ['合同总金额', 'contract'], ['协议总额', 'contract'],
  // domestic or private capital under signed contracts or agreements (`合同利用内资`, `合同引进民资`, `协议利用内资`,
  // `内资协议额`): contract money, as `合同引资` is; the contract word wins over the `内资` of capital in place, and
  // over the foreign capital of `境内外资金` (`合同利用境内外资金`: the whole signed sum, both sources)
  ['合同利用内资', 'contract'], ['合同引进内资', 'contract'], ['协议利用内资', 'contract'], ['协议引进内资', 'contract'],
  ['合同利用民资', 'contract'], ['合同引进民资', 'contract'], ['协议利用民资', 'contract'], ['协议引进民资', 'contract'],
  ['合同内资', 'contract'], ['协议内资', 'contract'], ['协议额', 'contract'],
  ['合同利用境内外资金', 'contract'], ['协议利用境内外资金', 'contract'],
  // capital attracted from outside the place under signed agreements or contracts (`协议利用省外资金`, `协议引进资金`):
  // signed money, the agreement word winning over the `省外资金` of capital in place
  ['协议引进资金', 'contract'], ['合同引进资金', 'contract'], ['协议利用省外资金', 'contract'], ['合同利用省外资金', 'contract'],
  // capital from outside (`外来资金`) brought in under agreements: signed money, over the `外资` inside it
  ['协议引进外来资金', 'contract'], ['合同引进外来资金', 'contract'], ['协议利用外来资金', 'contract'], ['合同利用外来资金', 'contract'],
  ['协议引进省外资金', 'contract'], ['协议利用市外资金', 'contract'], ['协议引进市外资金', 'contract'], ['合同引进市外资金', 'contract'],
  // the value of orders won or placed and of bids won (`订单金额`, `中标额`, `将订购X的电池`): money a buyer has contracted
  // to pay, so signed money; a purchase itself (`采购`) stays other
  ['订单金额', 'contract'], ['订单额', 'contract'], ['订单总额', 'contract'], ['订单总金额', 'contract'],
  ['中标额', 'contract'], ['中标金额', 'contract'], ['中标总额', 'contract'], ['订购', 'contract'],
  // the total investment written into a signed contract is signed money (`合同总投资`, `正式合同投资额`), though its
  // head noun is investment; an agreement's total investment (`协议总投资`, `协议总投资额`) is the projects' total
  // investment, the guidelines' `总投资` (rounds 191, 197, 198: investment; `协议投资额`, the agreed figure, stays contract)
  ['协议总投资', 'investment'], ['协议总投资额', 'investment'], ['合同总投资', 'contract'], ['合同投资额', 'contract'],
  ['协议投资总额', 'contract'], ['合同投资总额', 'contract'], ['合同总投资额', 'contract'],
  // capital attracted under signed contracts or agreements (`合同引资158亿元`, `协议引资总额`): the
  // guidelines' `合同资金`, `协议资金`
  ['合同引资', 'contract'], ['签约引资', 'contract'], ['协议引资', 'contract'],
  // the same under its own noun (`合同引资额`), and the money of the signed projects right before the
  // amount (`任务是签约项目240亿元`: their sum, not a kind of investment)
  ['合同引资额', 'contract'], ['签约项目', 'contract'],
  // capital put up under an agreement (`协议出资额`), as `协议投资额` is
  ['协议出资', 'contract'], ['协议出资额', 'contract'],
  // a target of signings (`完成签约目标50亿元的115%`): signed money, though a completion verb precedes it
  ['签约目标', 'contract'], ['签约任务', 'contract'],
  // a target of investment promotion (`占全年招商任务8亿元的68%`): investment, whatever figure it is compared with
  ['招商任务', 'investment'], ['招商目标', 'investment'], ['招商引资任务', 'investment'], ['招商引资目标', 'investment'],
  // completed: investment done or money in place (`完成投资`, `到位资金`, `实际利用省外资金`).
  // investment already made (`已投资1亿元`) is completed; `已` further away is about something else
  ['已投资', 'completed'], ['已累计投资', 'completed'], ['累计已投资', 'completed'], ['已完成投资', 'completed'],
  // what has been invested so far, added up (`某园区累计投资3亿元,实施…工程`), or put in already (`已投入`)
  ['累计投资', 'completed'], ['累计投入', 'completed'], ['共投入', 'completed'], ['已投入', 'completed'],
  // fixed assets invested so far (`累计固定资产投资额`), over `固定资产投资`; a bare `累计投资额` may be the
  // sum of planned projects (`拟签约项目5个,累计投资额为9亿元`) or of investment made: it stays with `投资额`,
  // and what it sums decides (summedInvestment.ts, as for `累计投资`)
  ['累计固定资产投资', 'completed'], ['累计固定资产投资额', 'completed'],
  // capital actually arrived (`实际到资`): in place, so completed; foreign where the passage is about foreign
  // capital (moneyRole.ts, `foreignArrival`)
  ['实际到资', 'completed'],
  // the same said of one investor (`某某光学到资2.77亿元`): capital arrived is in place
  ['到资', 'completed'],
  ['完成投资', 'completed'], ['到位资金', 'completed'], ['资金到位', 'completed'], ['实际到位', 'completed'],
  // money credited to the account (`实际到帐资金`, `到账资金`) is money in place
  ['到帐资金', 'completed'], ['到账资金', 'completed'],
  ['实际利用', 'completed'], ['省外资金', 'completed'], ['市外资金', 'completed'], ['利用内资', 'completed'],
  ['到位内资', 'completed'], ['内资', 'completed'], ['省外项目资金', 'completed'], ['市外项目资金', 'completed'],
  ['到位', 'completed'], ['已完成', 'completed'], ['累计完成', 'completed'], ['完成', 'completed'],
  // money from outside a prefecture, county, district or area, or from inside and outside it (`州外资金`,
  // `域外资金`, `区内外资金`): the `外` is the place's, no `外资`; domestic capital attracted, so investment,
  // completed after a verb of arrival (`实际到位州外资金`, read in cueBefore). Money from inside and outside
  // the country (`境内外资金`) holds foreign capital and stays with `外资`; `外资金额` is still the amount of
  // foreign capital (`开发区外资金额`), the longer cue ending there.
  ['州外资金', 'investment'], ['县外资金', 'investment'], ['区外资金', 'investment'], ['域外资金', 'investment'],
  ['区内外资金', 'investment'], ['县内外资金', 'investment'], ['市内外资金', 'investment'], ['省内外资金', 'investment'],
  ['外资金额', 'foreign'],
  // fixed assets the attracted projects have actually formed (`实际形成固定资产投资额`): investment done
  ['形成固定资产投资', 'completed'], ['形成固定资产投资额', 'completed'],
  // the construction work done, measured in money (`完成实物工作量`, and a target of it): investment done
  ['实物工作量', 'completed'],
  // capital that has come in (`实际进资X`, `已入资项目N个,共计入资X`): money in place, as `到资` is. Only with a word
  // of arrival or summing before it: `进资` also ends `引进资金` and `入资` ends `投入资金`, `注入资金`
  ['实际进资', 'completed'], ['累计进资', 'completed'], ['已进资', 'completed'], ['共进资', 'completed'],
  ['实际入资', 'completed'], ['累计入资', 'completed'], ['已入资', 'completed'], ['共计入资', 'completed'], ['共入资', 'completed'],
  // revenue: sales, output, retail.
  ['销售收入', 'revenue'], ['销售额', 'revenue'], ['销售', 'revenue'], ['营业收入', 'revenue'], ['营收', 'revenue'],
  ['收入', 'revenue'], ['产值', 'revenue'], ['产业规模', 'revenue'], ['税收收入', 'tax'], ['财税收入', 'tax'], ['财政收入', 'other'], ['预算收入', 'other'], ['零售总额', 'revenue'], ['零售额', 'revenue'], ['营业额', 'revenue'],
  ['消费品零售', 'revenue'], ['主营业务收入', 'revenue'], ['年销售', 'revenue'], ['产出', 'revenue'],
  // output stated in money (`建成后年产量可达1亿元`) is output value
  ['产量', 'revenue'],
  // industrial value added (`工业增加值`), export earnings (`出口创汇`, over `出口`) and sales invoiced (`国税开票`,
  // over `税`) are what the firms earn
  // a year's output value (`年生产总值将达18亿元`) is what the project or firm produces; a region's
  // `生产总值` (GDP) is `other`, and so is its year's (`全年生产总值`)
  ['年生产总值', 'revenue'], ['全年生产总值', 'other'],
  // industry's value added (`工业增加值`, `规模以上工业增加值`) is the firms' output; the value added of a whole
  // sector, of farming or of the economy (`第三产业增加值`, `农业增加值`, a bare `实现增加值`) is a
  // region's product like GDP, `other`
  ['工业增加值', 'revenue'], ['增加值', 'other'], ['出口创汇', 'revenue'], ['创汇', 'revenue'], ['开票', 'revenue'], ['开票销售', 'revenue'],
  // tax.
  // tax paid into the treasury (`工商税收入库X`): tax, over the `收入` its words run into
  ['税收入库', 'tax'],
  ['税收', 'tax'], ['缴税', 'tax'], ['纳税', 'tax'], ['税金', 'tax'], ['利税', 'tax'], ['税额', 'tax'],
  ['上缴', 'tax'], ['税', 'tax'],
  // foreign capital (`外资` after `实际利用` is still foreign: the longer cue wins).
  ['外资', 'foreign'], ['利用外资', 'foreign'], ['外资增资', 'foreign'], ['外商增资', 'foreign'], ['实际利用外资', 'foreign'], ['实际使用外资', 'foreign'],
  ['外商投资', 'foreign'], ['外商直接投资', 'foreign'], ['合同外资', 'foreign'], ['外资到位', 'foreign'],
  // foreign capital in place (`外资到位资金1330万美元`): foreign, over `到位资金`
  ['外资到位资金', 'foreign'], ['外资到位额', 'foreign'],
  ['使用外资', 'foreign'],
  // what the foreign party of a venture puts in (`外方投入`, `外方出资`), and foreign direct investment as Taiwan words it
  // (`外人直接投资金额`): foreign capital, over `投入`/`投资`
  ['外方投入', 'foreign'], ['外方投资', 'foreign'], ['外方出资', 'foreign'], ['外人投资', 'foreign'], ['外人直接投资', 'foreign'],
  // what foreign-invested firms reinvest is counted with the foreign capital used (`实际使用外资和外商投资企业再投资`)
  ['外商投资企业再投资', 'foreign'],
  // capital from Taiwan, Hong Kong and overseas Chinese is counted as foreign capital (`协议台资`)
  ['台资', 'foreign'], ['港资', 'foreign'], ['侨资', 'foreign'], ['港澳台资', 'foreign'], ['境外资金', 'foreign'],
  // and so is capital from Japan or Korea (`累计实际使用日资X、韩资Y`)
  ['日资', 'foreign'], ['韩资', 'foreign'],
  // investment into China from abroad, a country's or a region's (`对华投资前十位国家`)
  ['对华投资', 'foreign'], ['来华投资', 'foreign'],
  // funding: subsidies, grants, awards, loans, higher-level money.
  ['奖补资金', 'funding'], ['扶持资金', 'funding'], ['奖补', 'funding'], ['补贴', 'funding'], ['补助', 'funding'],
  ['奖励', 'funding'], ['贷款', 'funding'], ['上级资金', 'funding'], ['专项资金', 'funding'], ['融资', 'funding'],
  // `投融资总额`: what was invested and financed together is investment, not a loan
  ['投融资', 'investment'],
  ['授信', 'funding'], ['资助', 'funding'], ['扶持', 'funding'], ['贴息', 'funding'], ['贷', 'funding'],
  ['兑现', 'funding'], ['下达', 'funding'], ['拨付', 'funding'], ['基金', 'funding'], ['担保', 'funding'],
  ['奖金', 'funding'], ['补偿', 'funding'], ['专项债', 'funding'], ['债券', 'funding'], ['争取资金', 'funding'],
  ['预算内资金', 'funding'], ['预算内', 'funding'], ['争取', 'funding'], ['引导基金', 'funding'], ['引导资金', 'funding'],
  // aid one region gives another (`对口帮扶`, `帮扶资金`, `援疆资金`, `财政援助资金`): grants, whatever verb of putting
  // in or arriving stands before them (`累计投入帮扶资金X`, `到位援藏资金X`); so is a government level's own money
  // (`到位区级资金X`, `市级资金`), as `上级资金` is
  ['帮扶', 'funding'], ['援助资金', 'funding'], ['援建资金', 'funding'], ['援疆资金', 'funding'], ['援藏资金', 'funding'],
  ['援青资金', 'funding'], ['省级资金', 'funding'], ['市级资金', 'funding'], ['区级资金', 'funding'],
  ['县级资金', 'funding'], ['中央资金', 'funding'],
  // other, explicitly: these are money but none of the kinds above.
  // a facility's yearly turnover (`建成后年交易额将达X`, `预计年贸易额可达X`: a market's or a trade hub's yearly sales) is what it
  // earns, as `年销售` is; a year's or a region's trade (`全年交易额`, `今年贸易额`, `贸易额`) stays trade, other
  ['年交易额', 'revenue'], ['年贸易额', 'revenue'], ['年成交额', 'revenue'],
  ['全年交易额', 'other'], ['全年贸易额', 'other'], ['全年成交额', 'other'], ['今年交易额', 'other'], ['今年贸易额', 'other'], ['今年成交额', 'other'],
  ['交易额', 'other'], ['交易', 'other'], ['贸易', 'other'], ['成交额', 'other'], ['成交', 'other'], ['外贸', 'other'],
  ['进出口', 'other'], ['出口', 'other'], ['进口', 'other'],
  // the value of goods a bonded zone lets in and out (`进出区货物总值`): trade, over the `产值` a list may have named before
  ['货物总值', 'other'], ['注册资本', 'other'], ['注册资金', 'other'], ['估值', 'other'],
  // profit is no sales (`年盈利X` as `利润X`), over the `产值` a list names before it
  ['市值', 'other'], ['利润', 'other'], ['盈利', 'other'], ['生产总值', 'other'], ['GDP', 'other'], ['价格', 'other'],
  ['租金', 'other'], ['售价', 'other'], ['单价', 'other'], ['工资', 'other'], ['费用', 'other'], ['成本', 'other'],
  ['存款', 'other'], ['保费', 'other'], ['价值', 'other'],
  // a government's fiscal share of what is raised (`区级财力1亿元`): not a tax a company pays
  ['财力', 'other'],
  // what people, households or villages earn (`农民人均纯收入`, `居民人均可支配收入`, `户均增收`,
  // `村集体增收`): no firm's sales, so not revenue (over `收入`)
  ['纯收入', 'other'], ['可支配收入', 'other'], ['增收', 'other'],
  // a village collective's economy or earnings (`完成村集体经济X`, `增加村集体收益X`): no firm's, no tax
  ['集体经济', 'other'], ['集体收益', 'other'],
  // money a region invests abroad (`对外直接投资`): outward, no investment brought in (over `投资`)
  ['对外投资', 'other'], ['对外直接投资', 'other'],
  // what investments earn (`赴大陆投资收益达X`): a return, like profit, no money invested (over `投资`); and what a
  // company pays its shareholders (`X现金股利`, `股息`, `分红`)
  ['投资收益', 'other'], ['股利', 'other'], ['股息', 'other'], ['分红', 'other'],
  // Money of an unstated kind: enough to make `8000万` money, not enough to give it a role.
  ['资金', 'money'], ['金额', 'money'], ['总额', 'money'], ['资本', 'money'], ['资产', 'money'], ['经费', 'money'],
  ['款', 'money'], ['钱', 'money'],
  // an amount said with or without its tax (`总投资含税约X`, `不含税价`) is not a tax: the word only qualifies it, so
  // the search goes on to the cue before (`总投资`)
  ['含税', 'money'],
]);

/**
 * `完成` or `到位` just before an investment cue makes it completed investment (`完成工业投资`); so does
 * `实现` before fixed-asset investment (`实现工业固定资产投资`: a statistic of investment done), but not
 * before investment attracted (`实现引进投资额`, a pledge).
 */
const COMPLETION = ['完成', '到位', '实际', '实现'];

/** The only kind of investment `实现` completes. */
const ACHIEVED_KIND = '固定资产投资';

/** Verbs of achievement that leave capital attracted (`招商引资`) a target's kind, investment. */
const ACHIEVING = new Set(['完成', '实现']);

/**
 * Investment attracted (`招商引资`) is a target's kind: completing it (`完成全口径招商引资额20亿元`) is a
 * result of that kind, `investment`, as the guidelines decide for `完成4亿元招商引资任务`.
 */
const ATTRACTING = new Set(['招商引资', '引资']);

/** How many characters of a kind of investment may stand between them (`完成工业投资`). */
const COMPLETION_REACH = 3;
/**
 * How many, when they are all Han characters (`完成高技术制造业投资`): a longer kind of investment,
 * no clause or number between.
 */
const COMPLETION_KIND_REACH = 6;

/** How far back the sentence of an amount is read: the window for role and scope cues. */
export const MAX_WINDOW = 80;

/** Start of the sentence that holds `pos`, at most MAX_WINDOW characters back. */
export function sentenceStart(text: string, pos: number): number {
  return runStart(text, pos, isSentenceEnd, Math.max(0, pos - MAX_WINDOW));
}

// `过百亿园区5个`: parks are sized by what they earn, as projects by what they invest.
export const SIZE_CLASS_NOUNS = WordMap.of(['项目', '企业', '工业项目', '产业项目', '重点项目', '重大项目', '园区']);

export function cueBefore(text: string, from: number, lo: number): { word: string; role: MoneyRole; end: number } | undefined {
  for (let p = from; p > lo; p--) {
    const cue = ROLE_CUES.endingAt(text, p, lo);
    if (!cue) continue;
    // `获批工业振兴资金X`: money named by a grant's qualifier is funding.
    if (cue.value === 'money') {
      if (cue.word === MONEY_NOUN && grantMoneyEndingAt(text, p)) return { word: cue.word, role: 'funding', end: p };
      continue;
    }
    if (cue.value === 'investment') {
      for (const w of COMPLETION) {
        // The last `w` that starts at most COMPLETION_REACH characters before the one right before the cue,
        // looked for in that window only (an unbounded lastIndexOf made long paragraphs
        // quadratic); before the text's start, lastIndexOf would look at offset 0.
        const right = cue.start - w.length;
        const at = right < 0 ? (text.startsWith(w) ? 0 : -1) : lastIndexBetween(text, w, Math.max(lo, right - COMPLETION_KIND_REACH), right);
        // `near` only for a verb found: read for none, it would test the text from its start.
        if (at >= 0 && at >= lo && (at >= right - COMPLETION_REACH || allHan(text, at + w.length, cue.start)) && !(ACHIEVING.has(w) && ATTRACTING.has(cue.word)) && !(w === '实现' && (cue.word !== ACHIEVED_KIND || milestoneAfter(text, p)))) return { word: cue.word, role: 'completed', end: p };
      }
    }
    if (cue.word === INCOME && publicEarnerBefore(text, p - INCOME.length, lo)) return { word: cue.word, role: 'other', end: p };
    return { word: cue.word, role: cue.value, end: p };
  }
  return undefined;
}

/** The bare income cue, read as a firm's sales unless a public earner owns it (`publicEarnerBefore`). */
const INCOME = '收入';

/**
 * Who earns an income that is no firm's sales (guidelines: a government's fiscal revenue is `other`): a
 * village or its collective, a government's purse, the people (`村集体经济收入`, `村级经常性收入`,
 * `集体收入`, `财政总收入`, `农村经济总收入`, `农民人均收入`), written a few characters before `收入`.
 */
const PUBLIC_EARNER = /(?:村级|村集体|集体|财政|农村|农民|居民|村民)[\u4e00-\u9fff]{0,4}$/;

/** How far before `收入` its earner is read. */
const EARNER_REACH = 8;

function publicEarnerBefore(text: string, cueStart: number, lo: number): boolean {
  return PUBLIC_EARNER.test(text.slice(Math.max(lo, cueStart - EARNER_REACH), cueStart));
}

/**
 * `为实现全市固定资产投资突破1000亿元`: a level to pass is a goal, not a figure achieved, so `实现` leaves
 * it investment.
 */
const MILESTONE_WORDS = ['突破', '超过', '超', '过', '达到'];

function milestoneAfter(text: string, at: number): boolean {
  return MILESTONE_WORDS.some((w) => text.startsWith(w, at) || text.startsWith(w, at + 1));
}

function allHan(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHan(text.charCodeAt(k))) return false;
  return true;
}

/** Units of a count of projects, companies, items or deals (`项目17个`, `18项`, `37家企业`, `合同31宗`, `新设企业35户`). */
export const COUNT_UNITS = '个项家批宗户';

export const OPEN_BRACKET = code('(');
export const CLOSE_BRACKET = code(')');
const LIST_COMMA = code('、');

/** How far before the bracket the previous item of the list may close. */
const LIST_ITEM_REACH = 16;

/**
 * `X(1亿美元)` with a name character before the bracket, in a list of such items (a `、` after the
 * bracket, or a `)、` before the name): one listed thing's amount. A lone bracket is a gloss
 * (`完成全年任务(42.5亿元)的60%`).
 */
export function bracketedAfterName(text: string, start: number, afterEnd: number): boolean {
  if (text.charCodeAt(start - 1) !== OPEN_BRACKET || text.charCodeAt(afterEnd) !== CLOSE_BRACKET || !isHan(text.charCodeAt(start - 2))) return false;
  if (text.charCodeAt(afterEnd + 1) === LIST_COMMA) return true;
  for (let k = start - 2; k > 0 && k > start - LIST_ITEM_REACH; k--) {
    const c = text.charCodeAt(k);
    if (c === LIST_COMMA) return text.charCodeAt(k - 1) === CLOSE_BRACKET;
    if (!isHan(c)) return false;
  }
  return false;
}

export const DE = code('的');
export const WAN = code('万');
export const YI = code('亿');
export const YUAN = code('元');
export const XIANG = code('项');
export const MU = code('目');
export const GONG = code('公');
export const SI = code('司');
export const JI = code('集');
export const TUAN = code('团');

/** `text.lastIndexOf(word, from)`, but only matches starting at or after `lo` (else -1); bounded. */
function lastIndexBetween(text: string, word: string, lo: number, from: number): number {
  const first = word.charCodeAt(0);
  for (let i = Math.min(from, text.length - word.length); i >= lo; i--) {
    if (text.charCodeAt(i) === first && text.startsWith(word, i)) return i;
  }
  return -1;
}

/** The unit `c` in text[lo, hi). */
export function hasCodeBetween(text: string, c: number, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/**
 * A character of `firsts` right before one of `seconds`, both in text[lo, hi): the test a pattern that
 * needs such a pair is tried after. Most windows hold none, and a regex over a window (a slice first)
 * tries its pattern at every unit. Read from `hi` back: what an amount's rules look for is most often
 * close to it.
 */
export function pairBetween(text: string, lo: number, hi: number, firsts: CharSet, seconds: CharSet): boolean {
  for (let i = hi - 2; i >= lo; i--) if (seconds.has(text.charCodeAt(i + 1)) && firsts.has(text.charCodeAt(i))) return true;
  return false;
}

/** `项目` in text[lo, hi): the rules that read one project's words (`该项目`, `P项目总投资`) need it. */
export function projectWordBetween(text: string, lo: number, hi: number): boolean {
  for (let i = hi - 2; i >= lo; i--) if (text.charCodeAt(i + 1) === MU && text.charCodeAt(i) === XIANG) return true;
  return false;
}

/** Tested at every character of a scope window: one table read. */
export function isCountUnit(c: number): boolean {
  return COUNT_UNIT_TABLE[c] === 1;
}

const COUNT_UNIT_TABLE = charTable(COUNT_UNITS);

export function isCountDigit(c: number): boolean {
  return isDigit(c) || isChineseNumeralCode(c);
}

/** How far before the amount its cue may end (`总投资约`). */
export const CUE_REACH = 2;

/** What may stand before a clause's first word (spaces, commas, the stop of the sentence before). */
export const CLAUSE_LEAD = charSet(' \n\t，,。；;');

/** `公司` or `集团` at `i`, not `分公司`-like parts nor plural or generic heads (`各公司`, `公司们`). */
export function isCompanyHead(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (!((c === GONG && d === SI) || (c === JI && d === TUAN))) return false;
  return !NOT_ONE_COMPANY_BEFORE.has(text.charCodeAt(i - 1));
}

const NOT_ONE_COMPANY_BEFORE = charSet('各诸家分子些多');
