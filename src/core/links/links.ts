// Whose money it is: for each amount (MONEY that is not a `threshold`), the PROJECT it belongs
// to, the COMPANY whose money it is and the PARK it goes to or is counted for (annotation
// guidelines, "Links: whose money it is"; the rules are listed in docs/recognition.md, "Links").
//
// Links are read from what the text says, never guessed from distance alone: a span is linked
// only when a construction ties it to the amount (`总投资X的P项目`, `C投资X`, `由C投资`, `与C签约`,
// `位于K的P`, `K签约项目N个,总投资X`, a list with `分别`), or when the sentence continues a
// topic the paragraph set (`该项目`, `公司`, a company's profile), or when the article or its
// section is about one park (its heading). Absent is better than wrong.
//
// One pass over the sentences in order; every look is bounded (a few spans, MAX_GAP characters),
// so the cost grows linearly with the article.
//
// This file is the walk and the order the rules are asked in (linksOf); the rules live in files
// named after what they decide: projectOfAmount.ts, companyOfAmount.ts, parkOfAmount.ts (with
// parkByKind.ts), respectively.ts (`分别` lists), sentenceFacts.ts (where things were said to be),
// linkTopic.ts (the topic a paragraph continues). What they share is in linkContext.ts.
import type { ParagraphFolds } from '../fold';
import type { AmountLinks, Entity, SpanRef } from '../types';
import { LINK_KINDS } from '../types';
import type { LinkSpan } from './linkNames';
import { LinkContext, SaidSoFar } from './linkContext';
import { leadCompanyGoesOn } from './companyOfLead';
import { leadInvestor } from './leadInvestor';
import { currentInvestor } from './currentInvestor';
import { leadPartner } from './leadPartner';
import { brandSubjectOf, companySubjectOf, newTopic, paragraphTopic, parkOfWhole, parkSubjectByKind, projectSubjectOf, signerIn, soleProjectWithoutMoney, type Topic } from './linkTopic';
import { projectOfWhole } from './projectOfWhole';
import { listedBefore, phaseOpensClause, projectAfter, projectAllotted, projectBefore, projectOfCompany, projectBuiltAfter, projectSaidShort, topicProject } from './projectOfAmount';
import { projectDescribedBefore, soleProjectOfArticle } from './projectOfArticle';
import { oneProjectOfCompany } from './projectOfBuilder';
import { announcerByDefault, announcerSpeaking, brandBefore, byCompany, capitalGlossed, listedItemInvestor, byCompanyAfter, companyDescribedAfter, companyOfSentenceBefore, describesItsOwnProject, investorRightBefore, companyTakenUp, ownProjectCompany, otherSubjectBefore, payerBefore, payerGoneOn, readOwnProject, subjectOfLaterMoney } from './companyOfAmount';
import { companyOfProject, companyWentWithItsProject, readProjectBuilders } from './companyOfProject';
import { linkPreciseRestatements } from './preciseFigureRestated';
import { quotedSpeakerCompany } from './companyOfQuote';
import { partyOfAgreement } from './companyOfAgreement';
import { ownerOfParagraph } from './companyOfParagraphOwner';
import { parkHeadingAfter, parkOfAmount } from './parkOfAmount';
import { linkPlacedProjects } from './parkOfPlacedProject';
import { linkProjectsPlacedAhead } from './parkBeforeProject';
import { linkPlacedCompanies } from './parkOfPlacedCompany';
import { linkListedProjects } from './parkOfListedProjects';
import { linkParksAsWritten } from './parkAsWritten';
import { linkParksInFull } from './parkFullWriting';
import { parkOfKindSubject } from './parkKindSubject';
import { pairsOf } from './respectively';
import { soleProjectOfParagraph } from './projectOfParagraph';
import { projectTakenUp } from './projectTakenUp';
import { projectGoneOn } from './projectGoneOn';
import { linkHeadlineProjects } from './projectOfHeadline';
import { projectShortAfter, projectShortBefore } from './projectWrittenShort';
import { linkFullestWritings } from './projectFullWriting';
import { companyKeepsProject } from './projectSpeaker';
import { copyToRepeatedTitle } from './repeatedTitle';
import { parkOpening, parkSubjectWithoutMoney, readLocations, readParkTopic } from './sentenceFacts';

type Span = LinkSpan;
/** `出资X在K建造Y`: a verb of building right after the amount (where, at most) and the thing it builds. */
const BUILDS_OTHER = /^\s*(?:在[^,，。;；]{1,16}?)?(?:兴建|新建|建设|建造|投建)[^,，。;；]{3,}/;
/** How far after the amount that clause is read (UTF-16 units). */
const BUILDS_REACH = 40;
/** `对(全资子公司)C增资X`: money put into a company's capital, not into the company's project. */
const CAPITAL_INTO = /对[^,，。;；]{1,24}增资\s*(?:约|共|总计)?\s*$/;

/** What linksOf finds for one amount. */
interface FoundLinks {
  project?: Span;
  company?: Span;
  park?: Span;
}

/**
 * For each entity, its links when it is a MONEY amount that is not a threshold and the text
 * ties it to a project, company or park; undefined otherwise. Parallel to `entities`. `folds`: the paragraphs
 * the recogniser folded (`recognize`'s sink), read instead of folding them again.
 */
export function suggestLinks(text: string, entities: readonly Entity[], folds?: ParagraphFolds): (AmountLinks | undefined)[] {
  const out: (AmountLinks | undefined)[] = new Array<AmountLinks | undefined>(entities.length).fill(undefined);
  if (entities.length === 0 || typeof text !== 'string') return out;
  try {
    new Linker(text, entities, out, folds).run();
  } catch {
    // A failure loses the links, never the entities.
    out.fill(undefined);
  }
  return out;
}

/**
 * The entities with `links` on each linked MONEY (those copied; the others, and the input,
 * untouched). Links read the whole article (its title, sections, topics across sentences), so
 * they are a second step after the per-paragraph recogniser, not part of it.
 */
export function withLinks(text: string, entities: readonly Entity[], folds?: ParagraphFolds): Entity[] {
  const links = suggestLinks(text, entities, folds);
  return entities.map((entity, i) => {
    const found = links[i];
    // Object.assign, not a spread: the entities' shapes vary, and spreading them measured 4× slower.
    if (found) return Object.assign({}, entity, { links: found });
    if (!entity.links) return entity;
    const copy = { ...entity };
    delete copy.links;
    return copy;
  });
}


/** The walk over one article's sentences, in order; the rules it asks are in the files named above. */
class Linker {
  private readonly ctx: LinkContext;
  private readonly said = new SaidSoFar();

  constructor(
    text: string,
    entities: readonly Entity[],
    private readonly out: (AmountLinks | undefined)[],
    folds?: ParagraphFolds,
  ) {
    this.ctx = new LinkContext(text, entities, folds);
  }

  run(): void {
    this.sentences();
    // `该项目位于K`: the park a sentence placed a project in goes to all of its amounts, the earlier ones too.
    linkPlacedProjects(this.ctx, this.out, (park) => this.ctx.parks.standalone(this.said.zoneOf(park)));
    // `近日,在K,P项目竣工投产`, `K开工的是P项目`: likewise the park written before the project.
    linkProjectsPlacedAhead(this.ctx, this.out, (park) => this.ctx.parks.standalone(this.said.zoneOf(park)));
    // `A项目、B项目等将落户K`, `K管委会与…分别签订A项目、B项目…`: a sentence settling or signing a list of projects in its park.
    linkListedProjects(this.ctx, this.out, (park) => this.ctx.parks.standalone(this.said.zoneOf(park)));
    // `C坐落于K`: likewise the park a sentence placed a company in, for the company's amounts still without one.
    linkPlacedCompanies(this.ctx, this.out, (park) => this.ctx.parks.standalone(this.said.zoneOf(park)));
    this.copyToTitle();
    copyToRepeatedTitle(this.ctx, this.out);
    // `投资X!这个项目明年竣工!` … `P项目…`: a headline's amount, in an article about one project, is that project's.
    linkHeadlineProjects(this.ctx, this.out);
    // `总投资25.6亿元` … `总投资25.6亿P项目`: a precise figure said again is the same money, of the company one writing names.
    linkPreciseRestatements(this.ctx, this.out);
    // `P及Q项目` … `P项目总投资X`: the amount names its project by the fullest writing the article gives it.
    linkFullestWritings(this.ctx, this.out);
    // `某某市高新区…`⏎`某某高新区…总投资X`: the amount names its park as the text last wrote it.
    linkParksAsWritten(this.ctx, this.out);
    // `某某经济技术开发区…`⏎`某某经开区…总投资X`: a body amount names its park by the full writing the article gives it.
    linkParksInFull(this.ctx, this.out);
  }

  /**
   * A title restates its lead: an amount of the title takes the links it lacks from the first
   * amount after the title with the same value, currency and role; a contract's amount in the title
   * may restate the project's investment (`签订5亿元项目投资合同` … `项目计划总投资5亿元`).
   */
  private copyToTitle(): void {
    const spans = this.ctx.spans;
    const title = this.ctx.parks.titleParagraph;
    if (title < 0) return;
    // Spans are in paragraph order: the title's come before any later paragraph's.
    let after = 0;
    const titleAmounts: Span[] = [];
    for (; after < spans.length && spans[after].paragraph <= title; after++) {
      const span = spans[after];
      if (span.paragraph === title && span.entity.label === 'MONEY' && span.entity.role !== 'threshold') titleAmounts.push(span);
    }
    // A title is a line, not a paragraph full of amounts.
    if (titleAmounts.length === 0 || titleAmounts.length > 4) return;
    const restated = firstRestatements(spans, after, titleAmounts);
    titleAmounts.forEach((span, t) => {
      const same = restated.same[t] ?? restated.invested[t];
      const from = same ? this.out[same.index] : parkOfSameFigure(spans, after, span.entity, this.out);
      if (!from) return;
      const own: AmountLinks = { ...this.out[span.index] };
      for (const kind of LINK_KINDS) if (!own[kind] && from[kind]) own[kind] = from[kind];
      this.out[span.index] = own;
    });
  }

  /** Sentence by sentence; a new paragraph starts a new topic (paragraphTopic says what it carries over). */
  private sentences(): void {
    const spans = this.ctx.spans;
    let topic = newTopic();
    let paragraph = -1;
    let from = 0;
    while (from < spans.length) {
      let to = from;
      while (to < spans.length && spans[to].sentence === spans[from].sentence) to++;
      if (spans[from].paragraph !== paragraph) {
        const last = topic;
        topic = paragraphTopic(this.ctx, this.said, topic, paragraph, spans[from].paragraph);
        topic.company ??= leadCompanyGoesOn(this.ctx, last, paragraph, from);
        paragraph = spans[from].paragraph;
      }
      this.sentence(from, to, topic);
      from = to;
    }
  }

  /** One sentence: spans [from, to). Facts first, then each amount's links. */
  private sentence(from: number, to: number, topic: Topic): void {
    const { ctx, said } = this;
    const listPark = readLocations(ctx, said, from, to);
    const projectSubject = projectSubjectOf(ctx, from, to);
    const companySubject = companySubjectOf(ctx, from, to) ?? brandSubjectOf(ctx, from);
    if (companySubject) {
      topic.company = companySubject;
      // `C的P项目开工。C是一家…企业。该项目总投资X`: the project's own company, or a person's workplace, keeps it.
      if (!topic.project || !companyKeepsProject(ctx, said, companySubject, topic.project)) topic.project = undefined;
    }
    const signer = signerIn(ctx, from, to);
    if (signer) topic.company = signer;
    readOwnProject(ctx, from, to, topic, projectSubject ?? companySubject);
    // `C1的P1项目…;P2项目今年计划投资X`: a new project subject after a company named as another item's owner is not that company's.
    if (projectSubject && topic.company && companyWentWithItsProject(ctx, said, topic.company, projectSubject)) topic.company = undefined;
    if (projectSubject) topic.project = projectSubject;
    readProjectBuilders(ctx, said, from, to);
    const pairs = pairsOf(ctx, from, to);
    if (listPark) topic.park = said.zoneOf(listPark);
    const topicPark = topic.park;
    topic.park ??= parkOfWhole(ctx, said, from);
    /** A park opening the sentence with its own totals (`K开工项目65项,总投资X`): the next sentence goes on about it. */
    let parkStated: Span | undefined;
    /** The last item amount of the sentence linked to a project, and where it is. */
    let lastOfProject: { project: Span; at: number } | undefined;
    /** The last sum of the sentence linked to a park, and where it is. */
    let lastOfPark: { park: Span; at: number } | undefined;
    for (let i = from; i < to; i++) {
      const span = ctx.spans[i];
      const e = span.entity;
      if (e.label !== 'MONEY' || e.role === 'threshold') continue;
      const carried = lastOfProject && (ctx.onlyAmountsBetween(lastOfProject.at, i) || phaseOpensClause(ctx, i, lastOfProject)) ? lastOfProject.project : undefined;
      const carriedPark = lastOfPark && ctx.onlyAmountsBetween(lastOfPark.at, i) ? lastOfPark.park : undefined;
      const links = this.linksOf(i, from, to, topic, pairs.get(span), carried, carriedPark);
      if (links.park && e.scope === 'aggregate') lastOfPark = { park: links.park, at: i };
      if (links.project && e.scope === 'item') lastOfProject = noteProjectItem(said, topic, span, links.project);
      const refs: AmountLinks = {};
      if (links.project) refs.project = ref(links.project);
      if (links.company) refs.company = ref(links.company);
      if (links.park) refs.park = ref(links.park);
      if (links.project && links.company) said.projectCompany.set(links.project.name, links.company);
      if (links.company && e.scope === 'item') topic.payer = { company: links.company, at: i };
      if (links.project || links.company || links.park) this.out[span.index] = refs;
      if (links.park && e.scope === 'aggregate') said.whole = { sentence: span.sentence, park: links.park };
      if (!parkStated && links.park && e.scope === 'aggregate' && links.park === ctx.spans[from] && ctx.beginsClause(ctx.spans[from])) parkStated = links.park;
      // `园区主要经济指标超额完成,其中:工业总产值X;销售产值Y`: a sentence opened by the park's kind word states its figures too.
      if (!parkStated && links.park && e.scope === 'aggregate' && i === from && parkOfKindSubject(ctx, span) === links.park) parkStated = links.park;
    }
    // The park of a whole counts for its `其中` sentence only.
    topic.park = topicPark;
    parkStated ??= parkSubjectWithoutMoney(ctx, from, to);
    if (parkStated) said.stated = { sentence: ctx.spans[from].sentence, paragraph: ctx.spans[from].paragraph, park: parkStated };
    readParkTopic(ctx, said, from, to, topic);
    const opened = parkOpening(ctx, said, from);
    if (opened) topic.parkOpened = opened;
    const subject = parkSubjectByKind(ctx, from);
    if (subject) topic.park = said.zoneOf(subject);
    const sole = soleProjectWithoutMoney(ctx, from, to);
    if (sole) topic.project = sole;
  }

  /**
   * The order the rules are asked in, for the amount at span `i` (sentence spans [from, to)).
   * `paired`: its project in a `分别` list. `carried`: the project of the item amount before this
   * one in the sentence, with only amounts between (`P项目…计划总投资30亿元,…预计实现年销售20亿元、
   * 税收1200万元`): the sentence still speaks of it. `carriedPark`: the park of the sum before this one in
   * the sentence, with only amounts between.
   */
  private linksOf(i: number, from: number, to: number, topic: Topic, paired: Span | undefined, carried?: Span, carriedPark?: Span): FoundLinks {
    const { ctx, said } = this;
    const item = ctx.spans[i].entity.scope === 'item';
    const after = item ? (projectAfter(ctx, said, i, to) ?? listedBefore(ctx, said, i, to)) : undefined;
    // `总投资X的K“…”道路工程`: the money builds works the park heads, no project said before it.
    const ownWorks = item && !paired && !after?.project && parkHeadingAfter(ctx, i, to) !== undefined;
    // A pairing said with 分别 overrides the project written right after the last amount of the list.
    // `投资X建设的A项目、B项目`: the money of a list of projects is none's alone (unless 分别 pairs it with one).
    const shared = !paired && after?.shared === true;
    // `…P项目…;总投资X、占地N的C`: the money qualifies a company of its own, not the project said before it.
    const companyOnly = !paired && after?.ofCompanyOnly === true;
    // `总投资X的P、…` with `P项目` written elsewhere: the fuller writing of the project right after, which says its company.
    const fullerAfter = after?.project ? projectShortAfter(ctx, i) : undefined;
    let project = item && !ownWorks && !shared && !companyOnly ? paired ?? fullerAfter ?? after?.project ?? projectBefore(ctx, said, i, from) ?? projectOfWhole(ctx, said, i) ?? topicProject(ctx, i, from, topic) ?? projectTakenUp(ctx, i, from, topic) ?? projectAllotted(ctx, i) ?? projectShortAfter(ctx, i) ?? carried ?? projectSaidShort(ctx, i) ?? projectShortBefore(ctx, i) ?? projectBuiltAfter(ctx, i) ?? soleProjectOfArticle(ctx, i) ?? soleProjectOfParagraph(ctx, i, topic) ?? projectGoneOn(ctx, i, from, topic) : undefined;
    let company = item ? (capitalGlossed(ctx, i, from) ?? listedItemInvestor(ctx, i, from) ?? (after?.company && investorRightBefore(ctx, i, from)) ?? after?.company ?? byCompany(ctx, i, from) ?? payerBefore(ctx, i, from) ?? companyDescribedAfter(ctx, i, to) ?? quotedSpeakerCompany(ctx, i) ?? partyOfAgreement(ctx, i, from)) : undefined;
    if (item && !company) {
      // The investor named after the amount goes on as the paragraph's company (`该项目已累计投资Y`).
      company = byCompanyAfter(ctx, i, to);
      if (company) topic.company = company;
    }
    if (item && !company && project) company = companyOfProject(ctx, said, project);
    // `项目总投资X,…。项目业主为C。`: the owner the paragraph names for the project it describes.
    if (item && !company) company = ownerOfParagraph(ctx, i);
    // A project with no company of its own said yet, in the paragraph about a company (`C目前已建设…。P项目将于年底开建,
    // 首期投资X`), is that company's too.
    // `…;总投资X的某县人民政府与某协会签订P项目`: the amount's own clause names its parties, none a company: not the topic's.
    const companyFree = (!project || !said.projectCompany.has(project.name)) && after?.parties !== true;
    // `C1的P1项目总投资X;P2项目总投资Y`: the paragraph's company went with the item before, whose project was another.
    if (item && !company && companyFree && !anotherItemsCompany(ctx, ctx.spans[i], project, topic) && !otherSubjectBefore(ctx, i, from, topic) && !subjectOfLaterMoney(ctx, topic.company, i, to)) company = topic.company;
    // `C项目工地上…。这个项目总投资X`: no project named since, the company's own project is the one spoken of.
    if (item && !company && !project) company = ownProjectCompany(ctx, i, topic);
    if (item && !company) company = brandBefore(ctx, i, from);
    if (item && !company) company = announcerSpeaking(ctx, i, from);
    if (item && !company && !project) company = payerGoneOn(ctx, i, topic) ?? companyOfSentenceBefore(ctx, i, from);
    // `…设立C。…设立之初,公司注册资本X`: a clause opened by 公司 or 企业 takes up the company named last.
    if (item && !company && !project) company = companyTakenUp(ctx, i, from);
    if (item && !company) company = announcerByDefault(ctx, from, to);
    // The lead's one investor, for an amount nothing else ties to a company, of no project or of one of the lead's.
    if (item && !company) company = leadInvestor(ctx, i, project);
    // The company the article last showed investing, no other named since (`C在K建设的P项目…。该项目总投资X`).
    const carriedInvestor = item && !company ? currentInvestor(ctx, i, project) : undefined;
    if (carriedInvestor) company = carriedInvestor;
    // `C计划出资X在K建造Y`: the money builds what its clause names, not the company's project named elsewhere.
    // `对C增资X`: the money goes into C's capital, none of its projects; nor does money of a project the sentence described.
    const intoCapital = () => CAPITAL_INTO.test(ctx.leadOf(ctx.spans[i]));
    if (item && !project && !shared && company && !BUILDS_OTHER.test(ctx.structure.after(ctx.spans[i].entity.end, BUILDS_REACH)) && !intoCapital() && !projectDescribedBefore(ctx, i)) project = projectOfCompany(ctx, company) ?? oneProjectOfCompany(ctx, ctx.spans[i], company);
    // An average among a project's figures (`年销售20亿元、亩均税收100万元`) is no item of it, but is
    // reported where the project is: the carried project still says which park.
    // A carried investor says whose the money is, not where it goes: where the company was placed (`C在某省建设…`) is no
    // answer for the park of the project it goes on about.
    const park = parkOfAmount(ctx, said, i, from, to, project ?? carried, company === carriedInvestor ? undefined : company, topic, carriedPark);
    // `由A和B共同投资`: the money is the lead partner's, whichever partner a rule reached.
    if (company) company = leadPartner(ctx, company);
    // Every field present, in one order: one shape for every amount's result. A city's parks together are no park.
    return { project, company: company && ctx.registeredFormOf(company), park: park && !ctx.parks.isCityWide(park) ? ctx.parks.standalone(said.zoneOf(park)) : undefined };
  }
}

/**
 * The paragraph's company was last carried by an item of another named project (`…,C的P1项目总投资X;P2项目总投资Y`,
 * `由C投资建设的P1,…。投资Y的P2项目,由…`): an amount of a project of its own, with no company said for it, is not that
 * company's (the company went with its own project), when the company is in another sentence or the project opens the
 * amount's clause; nor is an amount describing its own project in a sentence after the company's (`describesItsOwnProject`).
 */
function anotherItemsCompany(ctx: LinkContext, amount: Span, project: Span | undefined, topic: Topic): boolean {
  if (project === undefined || topic.company === undefined || topic.project?.name === project.name) return false;
  // `此项目包括总投资Y的P2项目`: the amount's clause goes on about the project before, of which P2 is a part.
  if (PART_OF_PROJECT_BEFORE.test(ctx.structure.before(amount.entity.start, PART_REACH))) return false;
  // `C计划投资X在园区建设11个项目。…投资Y的P项目将开工`: the amount opens an item of its own project, not the company's.
  if (describesItsOwnProject(ctx, amount.pos, project, topic.company)) return true;
  if (topic.project === undefined) return false;
  // `C将投资X建设P1及投资Y建设P2`: the company, subject of the amount's sentence, pays each project it goes on to.
  return topic.company.sentence !== amount.sentence || project.entity.end <= amount.entity.start;
}

/** A clause opened by the project spoken of, or by what it holds (`此项目包括…`, `该项目其中…`), before the amount. */
const PART_OF_PROJECT_BEFORE = /(?:该|此|这个|本)项目[^,;。]*$|(?:包括|其中)[^,;。]*$/;
/** How far before the amount its clause's opening is read (folded units). */
const PART_REACH = 16;

/** An item amount linked to a project: the paragraph's project from now on, the sentence's last, the total `其中` may break down. */
function noteProjectItem(said: SaidSoFar, topic: Topic, amount: Span, project: Span): { project: Span; at: number } {
  said.projectWhole = { sentence: amount.sentence, paragraph: amount.paragraph, project };
  topic.project = project;
  topic.ownProjectOf = undefined;
  return { project, at: amount.pos };
}

/**
 * `总投资X签约8个项目 K加速…`⏎`…K与C1、C2…签约,项目总投资X`: a title's sum the body restates with
 * the same figure and role but read as another scope is still the same money counted for the same park: only the
 * park link is taken (a project or company of an item is no sum's). The first such amount after the title.
 */
function parkOfSameFigure(spans: readonly Span[], from: number, title: Entity, out: readonly (AmountLinks | undefined)[]): AmountLinks | undefined {
  for (let k = from; k < spans.length; k++) {
    const later = spans[k].entity;
    if (later.label !== 'MONEY' || later.value !== title.value || later.currency !== title.currency || later.role !== title.role || later.qualifier !== title.qualifier) continue;
    const park = out[spans[k].index]?.park;
    return park ? { park } : undefined;
  }
  return undefined;
}

/** The same figure: value, currency and scope, and the role given (the amount's own, or another it may restate). */
function sameFigure(a: Entity, b: Entity, role = a.role): boolean {
  return a.value === b.value && a.currency === b.currency && b.role === role && a.scope === b.scope;
}

/**
 * For each title amount, the first amount from span `from` on with the same figure (`same`) and, for a contract's
 * amount, the first with the same figure as an investment (`invested`). Each later amount is compared with the
 * title's few, and the reading stops once every one is found: no key is made per amount.
 */
function firstRestatements(spans: readonly Span[], from: number, titleAmounts: readonly Span[]): { same: (Span | undefined)[]; invested: (Span | undefined)[] } {
  const same = titleAmounts.map((): Span | undefined => undefined);
  const invested = titleAmounts.map((): Span | undefined => undefined);
  let missing = titleAmounts.reduce((n, span) => n + (span.entity.role === 'contract' ? 2 : 1), 0);
  for (let k = from; k < spans.length && missing > 0; k++) {
    const later = spans[k].entity;
    if (later.label !== 'MONEY') continue;
    titleAmounts.forEach(({ entity }, t) => {
      if (same[t] === undefined && sameFigure(entity, later)) {
        same[t] = spans[k];
        missing--;
      }
      if (entity.role === 'contract' && invested[t] === undefined && sameFigure(entity, later, 'investment')) {
        invested[t] = spans[k];
        missing--;
      }
    });
  }
  return { same, invested };
}

function ref(span: Span): SpanRef {
  return { start: span.entity.start, end: span.entity.end };
}
