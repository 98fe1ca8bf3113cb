// An amount's scope (guidelines, `scope`): `aggregate` when it sums or describes several projects
// (a count, a period, a summing word, a category, a batch, a region's statistic), else `item`.
// Small windows of folded text around one amount (see moneyCues.ts). This file is the order in
// which the kinds of evidence are weighed; each kind is read in its own file:
// - countedNoun.ts: a count in the noun phrase around the amount (`总投资90亿元的12个项目`);
// - scopeWindow.ts: where the window starts (`；` clauses, `其中` parts) and `分别` lists;
// - listItemWindow.ts: items of a counted list (`签约项目2个:P项目…`, `一是…`) and `；` items one project opens;
// - projectCounts.ts: a count of projects, firms or cases in the window;
// - aggregateWords.ts: summing, period, batch and category words, an average over land;
// - scopeSubject.ts: the clause's subject (an investor, a company's own figures, a category);
// - subjectlessSentence.ts: a sentence with no subject after one about a batch;
// - regionStatistic.ts: a region's or a period's statistic, a government's fiscal income;
// - builtSiteAfter.ts: one named site the money builds, right after it (`X建设某某园二期`), over firms counted before;
// - siteAreaAfter.ts: a site's land or floor space measured right after the amount, one site's cost (asked by regionStatistic.ts and namelessAmount.ts);
// - fromToAmounts.ts: the later value of a figure (`从X攀升至Y`), read as the earlier one;
// - listedFields.ts: a part named after a field listed before (`…等领域。其中某某项目投资X`);
// - projectsListed.ts: several projects listed before the amount, or listed or counted as what it builds;
// - thisOccasionProject.ts: the project of the occasion reported (`此次签约项目计划投资X`);
// - fundFigures.ts: one fund's size, raising or a backer's subscription (`该基金总规模X`);
// - intakeProjects.ts: projects named by how they came in (`引进项目投资额X`), a collection;
// - roadWorks.ts: roads or crossings counted or listed with the amount, each a project;
// - sentenceAfterOne.ts: progress told on its own, or `其` pointing back, right after one project's or plant's sentence;
// - originFirms.ts: firms named only by their origin (`中国企业在…投资X`), many together;
// - wholeAndParts.ts: a total the next sentence, opened by `其中`, breaks down into named or counted parts;
// - policyCap.ts: a policy's cap on a grant (`奖励资金最高可达X`), the most any of many may get;
// - headlineBatch.ts: a headline's amount set off before a batch or a count of projects (`72亿元!某地项目集中签约`);
// - listModified.ts: an amount opening a list of names closed by `等…项目` (`总投资X的A、B等项目`), their sum; one item of a list of amounts, its own;
// - areaParkInvesting.ts: an area park's name opening the clause right before its planned investment, its own;
// - periodThenFirm.ts: a company named after a period word, right before its own figure (`1至8月,某集团中标额X`);
// - oneCompanyDeal.ts: one company's deal over a list of works (`与C公司就A工程、B工程等合作,投资额X`);
// - landAverage.ts: an average over land in a sentence about one project, that project's own (`项目亩均产值X`);
// - totalOfSeveral.ts: a total of amounts (`总金额`) after several things the clause before lists (`A、B等,总金额X`);
// - windowMarks.ts: the few units several of these rules key on, read once per window.
import type { MoneyRole, MoneyScope } from '../types';
import { isClauseEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
import { aggregateWordIn, batchEventBefore, pluralPointerIn, inducedByProject, industryScaleAfter, periodRangeIn, perUnitOfLand, pluralFirmsIn } from './aggregateWords';
import { modifiedNounCounted, modifiesNoun, moneyNounModified, placeCountedAfter } from './countedNoun';
import { bracketedAfterName, sentenceStart } from './moneyCues';
import { brokenDownByCountAfter, countAfterInClause, hasCountOrCases, sharedAmongCountedAfter } from './projectCounts';
import { targetRightAfter } from './moneyRole';
import { rankedCategoryHead } from './rankedCategories';
import { namesNothing, reportedWithGrowth, shareOfWholeAfter, tradeFigureBefore } from './namelessAmount';
import { fiscalIncomeBefore, regionalProductBefore, regionStatistic } from './regionStatistic';
import { oneOfEachList, scopeWindow, wholeClauseStart } from './scopeWindow';
import { categorySubject, companiesJoined, describedFirmPaying, firmsListed, highestFigureBefore, investorRightBefore, namedOneOfKind, namedProjectInvesting, oneCountedNamed, phaseInvesting, ownFigures, singledOut, sizeClassSubject } from './scopeSubject';
import { outcomeOfOneProject, subjectlessAfterBatch } from './subjectlessSentence';
import { oneAmongCounted } from './oneAmongCounted';
import { projectNamedAsOne } from './projectNamedAsOne';
import { windowMarks } from './windowMarks';
import { countOpensOwnClause } from './listItemWindow';
import { spendingVerbRightBefore } from './investVerb';
import { projectsListedAfter, projectsListedBefore, sitesCountedAfter } from './projectsListed';
import { occasionsProject } from './thisOccasionProject';
import { changedFrom } from './fromToAmounts';
import { fieldListedBefore } from './listedFields';
import { zoneInfrastructureBefore } from './zoneInfrastructure';
import { occasionBatchOutput, projectedOutput, zoneProjectsOutput } from './projectedOutput';
import { oneFundsMoney } from './fundFigures';
import { intakeProjectsFigure } from './intakeProjects';
import { roadsCountedOrListed } from './roadWorks';
import { sentenceAfterOne } from './sentenceAfterOne';
import { firmsOfOriginOpen } from './originFirms';
import { batchOrOthersSubject } from './batchSubject';
import { oneCompanysDeal } from './oneCompanyDeal';
import { partsNamedAfter } from './wholeAndParts';
import { batchRightAfter, headlineBatchAfter } from './headlineBatch';
import { itemOfAmountsList, modifiesListOfProjects } from './listModified';
import { firmAfterPeriod } from './periodThenFirm';
import { landAverageOfOneProject } from './landAverage';
import { areaParkInvesting } from './areaParkInvesting';
import { attractedCapitalRightBefore } from './attractedCapital';
import { announcedByOneInvestor } from './announcedInvestor';
import { policyCapBefore } from './policyCap';
import { oneAgreementSigned } from './agreementSigned';
import { totalOfSeveralBefore } from './totalOfSeveral';
import { buildsOneSiteAfter } from './builtSiteAfter';

/**
 * `aggregate` when the amount sums or describes several projects, else `item`. An amount that
 * modifies a noun (`总投资50亿元的X项目`) belongs to that one thing. Otherwise the sentence before
 * it (after any `其中`, which starts a list of parts) is searched for a count of projects
 * (`签约项目17个，合同资金达65.1亿元`), a period total (`上半年`, `全年`, `1-6月`) or a summing
 * word (`累计`, `分别`, `涉及`).
 */
export function scopeOf(text: string, start: number, afterEnd: number, cutStart = sentenceStart(text, start), role?: MoneyRole): MoneyScope {
  // The sentence as read for role (at most MAX_WINDOW back), its first clause read whole.
  const sStart = wholeClauseStart(text, cutStart);
  // `进出口额从X攀升至Y`: the later value of the same figure is read as the first is.
  const first = changedFrom(text, sStart, start);
  if (first) return scopeOf(text, first[0], first[1], cutStart, role);
  return scopeAround(text, sStart, start, afterEnd) ?? scopeInSentence(text, sStart, start, afterEnd, role);
}

/** What the words right around the amount say (the noun it modifies, a bracket, a share after it), if anything. */
function scopeAround(text: string, sStart: number, start: number, afterEnd: number): MoneyScope | undefined {
  // `带动约120亿元的相关产业投资`: others' money a project draws in, together.
  if (inducedByProject(text, sStart, start)) return 'aggregate';
  // `届时将形成300亿元的产业规模`: an industry's or a cluster's scale, many firms together.
  if (industryScaleAfter(text, afterEnd)) return 'aggregate';
  // `超额完成22亿美元的年度计划任务`: a yearly target, like `完成年任务X`, is the region's whole.
  if (targetRightAfter(text, afterEnd)) return 'aggregate';
  // `投资6亿元的A、投资2亿元的B等11个项目`: one item of a list of amounts, each before its own name, whatever count closes it.
  if (itemOfAmountsList(text, start, afterEnd)) return 'item';
  // `总投资273亿元的31只重大项目`: what the amount modifies is a count of projects, their sum.
  // `这些企业为本市带来超过80亿元的投资`: what firms said as many bring, in the amount's clause, is theirs together.
  // `55个项目建成后每年将新增超过X的产值`: a noun that is itself a kind of money leaves the owner to the clause.
  if (modifiesNoun(text, afterEnd)) {
    if (modifiedNounCounted(text, sStart, start, afterEnd) || pluralFirmsIn(text, runStart(text, start, isClauseEnd, sStart), start)) return 'aggregate';
    // `总投资X的A、B和C等项目`: a list of names the amount opens, closed by `等…项目`, is those projects' sum.
    if (modifiesListOfProjects(text, start, afterEnd)) return 'aggregate';
    if (!moneyNounModified(text, afterEnd + 1)) return 'item';
  }
  // `总投资4.8亿元某县六个项目签约`: a headline's amount before a place's counted projects is their sum.
  if (placeCountedAfter(text, start, afterEnd)) return 'aggregate';
  // `72亿元!某地招商项目集中签约`: a headline's amount whose rest of the line says a batch or counts projects is their sum.
  if (headlineBatchAfter(text, start, afterEnd)) return 'aggregate';
  // `总投资额313亿元项目集中签约`: projects signed or started together right after the amount, their sum.
  if (batchRightAfter(text, afterEnd)) return 'aggregate';
  // `分别是维珍妮国际(1亿美元)、特瑞体育(1000万美元)`: an amount in brackets after a name is that one's.
  // `排名前五的产业链为:A(1177.75亿元)、…`: unless the named ones are ranked categories, each one's total.
  if (bracketedAfterName(text, start, afterEnd)) return rankedCategoryHead(text, start, afterEnd) >= 0 ? 'aggregate' : 'item';
  // `亩均税收X`, `X/亩`: an average over land, many firms' unless the sentence is about one project.
  if (perUnitOfLand(text, sStart, start, afterEnd)) return landAverageOfOneProject(text, sStart, start) ? 'item' : 'aggregate';
  // `其中,某产业项目总投资X,占比超过50%`: a share of a larger whole is a category's or a place's total.
  if (shareOfWholeAfter(text, afterEnd)) return 'aggregate';
  return undefined;
}

/** What the sentence before the amount says: its subject, its counts, its summing words; failing all, its owner. */
function scopeInSentence(text: string, sStart: number, start: number, afterEnd: number, role: MoneyRole | undefined): MoneyScope {
  const { lo, each, ownItem } = scopeWindow(text, sStart, start);
  // The units the rules from here on key on, read once over a window holding each one's.
  const marks = windowMarks(text, Math.min(lo, sStart), start);
  // A `；` item one project opens is that project's, unless a pointer at several starts a subject of its own
  // (`…;推进P项目落地,以上项目均达产后,可实现年产值X`).
  if (oneOfEachList(text, each, start) || (ownItem && !pluralPointerIn(text, lo, start) && !countOpensOwnClause(text, lo, start))) return 'item';
  // `某市引资逾X`, `协议引资X`: capital attracted, right before the amount, is what a place draws from many;
  // `入园项目奖励资金最高可达X`: a policy's cap on a grant, the most any of many may get.
  if (attractedCapitalRightBefore(text, start) || policyCapBefore(text, start, role)) return 'aggregate';
  const ownLo = Math.max(lo, sStart);
  // `中国公司在该国的投资已超过X`: firms named only by their country, the country's firms together.
  // `该批项目…总投资X`, `A集团等企业又向某地投资X`: a batch or a firm and others as the subject, their sum.
  if (firmsOfOriginOpen(text, ownLo, start, marks) || batchOrOthersSubject(text, ownLo, start, marks)) return 'aggregate';
  // `5家企业进驻,包括某某有限公司投资2.77亿元`: a company named right before the money it invests is
  // the subject, whatever was counted before it (unless two companies are joined as one subject);
  // `巴斯夫正斥资100亿欧元`: a verb only one investor's outlay takes, whoever the sentence names.
  // `前四个月,从事光电器件制造的某某光学到资X`: one firm described by its trade and named right before its money; `某某精机则将投资X`: one party's.
  if ((investorRightBefore(text, ownLo, start) && !companiesJoined(text, ownLo, start, marks)) || spendingVerbRightBefore(text, start) || describedFirmPaying(text, ownLo, start, marks) || announcedByOneInvestor(text, ownLo, start, afterEnd)) return 'item';
  // `C公司与某县签订合作协议,计划投资X`: one agreement signed, then its investment alone.
  if (oneAgreementSigned(text, sStart, start, marks)) return 'item';
  // `A项目总投资30亿元,…,其中一期计划投资10亿元`: a project named with its investment, then its parts; `；某某科技园计划投资X`: a park's own build.
  if (namedProjectInvesting(text, lo, start, marks) || (lo > sStart && namedProjectInvesting(text, sStart, start, marks)) || areaParkInvesting(text, start)) return 'item';
  // `投资150亿元启动建设某某产业园,一期总投资达42亿元`: a phase's money is a part of one project.
  if (phaseInvesting(text, sStart, start, marks)) return 'item';
  if (oneSingledOut(text, sStart, lo, ownLo, start, marks)) return 'item';
  // A count rules one owner's figures out and, failing the words below, makes a sum (not firms before money building one named site): read when first asked.
  const counted = countedOnce(() => !builtOverFirmsCounted(text, lo, start, afterEnd) && hasCountOrCases(text, lo, start, () => outcomeOfOneProject(text, sStart, start)));
  if (oneOwnersFigure(text, sStart, lo, ownLo, start, marks) && !counted() && !subjectlessAfterBatch(text, sStart, start)) return 'item';
  if (aggregateWordIn(text, lo, start, marks) || periodRangeIn(text, lo, start, marks)) return 'aggregate';
  if (counted() || countAfterInClause(text, afterEnd) || sharedAmongCountedAfter(text, afterEnd)) return 'aggregate';
  // A total broken down after a colon among counted parks (`营业收入X:5个国家高新区Y,…`), or by the next sentence (`…。其中A工程Y,B工程Z`).
  if (brokenDownByCountAfter(text, afterEnd) || partsNamedAfter(text, afterEnd)) return 'aggregate';
  if (categorySubject(text, ownLo, start) || companiesJoined(text, ownLo, start, marks) || firmsListed(text, lo, start, marks)) return 'aggregate';
  // `…集中在旅游、交通物流等领域。其中交通物流项目投资X`: a part named after a listed field is that category's total.
  if (fieldListedBefore(text, sStart, start)) return 'aggregate';
  if (sizeClassSubject(text, lo, start, marks)) return 'aggregate';
  if (subjectlessAfterBatch(text, sStart, start)) return 'aggregate';
  if (batchEventBefore(text, lo, start, marks)) return 'aggregate';
  // `一期计划今年年底竣工投产,全部达产后,年主营业务收入将达X`: sales or taxes expected once production starts,
  // with nothing counted or summed, are what the project or firm spoken of will yield, whatever year dates the start.
  if (projectedOutput(text, sStart, start, role)) return zoneProjectsOutput(text, sStart, start) || occasionBatchOutput(text, start) ? 'aggregate' : 'item';
  // `2022年某市引进项目投资额首次突破X`: projects named by how they came in are many, their money a sum.
  if (intakeProjectsFigure(text, ownLo, start) || regionStatistic(text, lo, ownLo, start, afterEnd)) return 'aggregate';
  // `此次开工项目包括A项目、B项目、C项目,总投资近X`: what projects listed before it add up to, unless one company's deal lists them.
  if (projectsListedBefore(text, lo, start) && !oneCompanysDeal(text, lo, start)) return 'aggregate';
  // `合作投资X建设的P项目、Q项目`, `拟X投建两大生产基地`: several projects or sites the money builds, their sum.
  // `投资约400亿建两高速公路`, `这两条高速公路…总投资X`: roads counted or listed, each a project of its own.
  if (projectsListedAfter(text, afterEnd) || sitesCountedAfter(text, afterEnd) || roadsCountedOrListed(text, lo, start, afterEnd, marks)) return 'aggregate';
  // `此次开工的新项目总投资X`: the one project of the occasion reported, with no projects counted before.
  if (occasionsProject(text, start)) return 'item';
  // `2019年街道完成财政总收入X`: a government's fiscal income, its region's whole.
  // `2018年GDP为X`: a region's product (or its average per head) is its whole economy's; `A、B等,总金额X`: what's listed, summed.
  if (fiscalIncomeBefore(text, ownLo, start) || regionalProductBefore(text, ownLo, start, marks) || totalOfSeveralBefore(text, sStart, start)) return 'aggregate';
  // `1-9月实际完成投资X`, `某市招商大会 签约X`: a figure whose sentence names nothing to own it is a sum
  // (not other money, a prize or a loan, which is one party's).
  // Other money too when reported with its growth (`进出口总额X,增速为48%`) or a figure of trade or deals
  // (`现场总成交金额为X`): a statistic, no prize or loan.
  return (role !== 'other' || reportedWithGrowth(text, afterEnd) || tradeFigureBefore(text, start)) && namesNothing(text, start, afterEnd) ? 'aggregate' : 'item';
}

/**
 * The money builds one named site right after it (builtSiteAfter.ts), with nothing counted in the amount's own clause
 * and no projects spoken of before it in the window: a count of firms in an earlier clause (`已入驻20家企业`) is no sum
 * the amount adds up, as projects counted there would be (`签约项目12个,总投资X建设…`).
 */
function builtOverFirmsCounted(text: string, lo: number, start: number, afterEnd: number): boolean {
  if (!buildsOneSiteAfter(text, afterEnd)) return false;
  const clause = runStart(text, start, isClauseEnd, lo);
  return !hasCountOrCases(text, clause, start) && !PROJECT_WORD.occursIn(text, lo, clause);
}

const PROJECT_WORD = WordMap.of(['项目']);

/** One project or company singled out of those counted or spoken of before the amount: the amount is that one's. */
function oneSingledOut(text: string, sStart: number, lo: number, ownLo: number, start: number, marks: number): boolean {
  // `这批42个项目中,投资最大的项目为P,计划投资68亿元`: one project singled out of the counted ones;
  // `P项目是当天集中开工的项目之一,总投资X`: one project said to be one of a batch.
  // `其中,某某度假区签约额最高,达到X`: one singled out by having the highest figure.
  if (highestFigureBefore(text, start) || singledOut(text, lo, start, marks) || oneCountedNamed(text, ownLo, start, marks) || namedOneOfKind(text, ownLo, start, marks)) return true;
  // `在签约的12个项目中,某某基地项目…投资总额X`: one taken out of a counted collection, no count after it.
  // `全县开工项目15个,今天开工现场为P项目,总投资X`: the one project the site or occasion is named as.
  return oneAmongCounted(text, sStart, start, marks) || projectNamedAsOne(text, sStart, start, marks);
}

/**
 * One owner's figure, though a period or a summing word dates it: a company's own figures (named before or after the
 * period), one fund's, the one project of the sentence before, a zone's own infrastructure spending. A count in the
 * window rules each out (the caller asks), and so does bare `项目` after projects counted, all of them though `累计`
 * reads like one's running total (`…等13个项目。项目累计总投资X`: the caller asks `subjectlessAfterBatch`).
 */
function oneOwnersFigure(text: string, sStart: number, lo: number, ownLo: number, start: number, marks: number): boolean {
  if (ownFigures(text, lo, sStart, start, marks) || firmAfterPeriod(text, lo, sStart, start, marks)) return true;
  // `该基金总规模30亿元`, `某基金累计完成募资X`: one fund's size or raising, whatever period or summing word dates it.
  // `P项目,总投资X,…。累计完成投资Y。`, `…开设新工厂。其…预计投资Y`: the one project of the sentence before.
  if (oneFundsMoney(text, ownLo, start) || sentenceAfterOne(text, sStart, start)) return true;
  // `开发区基础设施投资额累计超过X`: a zone's own infrastructure spending, one developer's, though summed so far
  // (not a period's, `全年完成基础设施投资X`, nor with another summing word before it).
  const infrastructure = zoneInfrastructureBefore(text, ownLo, start, marks);
  return infrastructure >= 0 && !aggregateWordIn(text, lo, infrastructure, marks) && !periodRangeIn(text, lo, infrastructure, marks);
}

/**
 * `read`, called at most once, however often its answer is asked, and only when it is. A count is the dearest
 * reading of the window, and most amounts are settled by a summing or period word before it is needed: the rules
 * that a count rules out test their own cue first (they are pure, so the order changes no answer).
 */
function countedOnce(read: () => boolean): () => boolean {
  let answer: boolean | undefined;
  return () => (answer ??= read());
}
