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
import type { AmountLinks, Entity, SpanRef } from '../types';
import { LINK_KINDS } from '../types';
import { MAX_GAP, TextStructure } from './linkText';
import { foldedText } from '../fold';
import { bareName, brandOf, companyBrand, NameIndex, type LinkSpan, type Named } from './linkNames';
import { ArticleParks } from './linkParks';

/** How many spans before or after an amount, in its sentence, are looked at. */
const WINDOW = 8;
/** Longest list of projects read after a park (`位于K的A、B、C…项目`). */
const MAX_LIST = 32;

// Cue words, matched in folded text (simplified characters, ASCII punctuation).
/** Between an amount and the project it qualifies: `总投资X亿元(左右)(的|建设的)`. */
/** Nothing at all counts too: `总投资150亿元海创磷酸铁锂项目` (the name starts where the amount ends). */
const OF_GAP = /^\s*(?:左右|以上|多|余)?\s*(?:的|建设的|打造的|实施的|兴建的|用于|用于建设|建设|新建|兴建|打造|新上)?\s*$/;
/** `总投资1.5亿元，年产量5万吨的P项目`: the project's capacity between the amount and its name. */
const CAPACITY_GAP = /^\s*[,，、]\s*(?:预计)?(?:年产量?|年产能|产能)[^,，;；。:：]{1,14}的\s*$/;
/** The same, when the recogniser left the head of the project's name out of its span. */
const OF_GAP_NAME_HEAD = /^\s*(?:左右|以上|多|余)?\s*的[^\s,;:。、的了]{1,8}$/;
/** `C拟投资X,在Q建设P项目`: the project the money builds, named in the clause after the amount. */
const BUILDS_GAP = /^\s*,\s*(?:在|于)[^,;:。]{1,10}?(?:建设|新建|兴建|投建|打造|建)\s*$/;
/** `C投资X在Q扩建的P项目`: where the money builds the project, then 的 and its name. */
const BUILT_THERE_GAP = /^\s*(?:在|于)[^,;:。的]{1,12}?(?:建设|新建|兴建|投建|扩建|改建|打造)的\s*$/;
/** Between a company and the project after it: nothing, `投资的`, or a signing (`与C签订P项目合同书`). */
const COMPANY_PROJECT_GAP = /^\s*(?:投资(?:建设)?的|建设的|(?:签约|签订|签署)了?的?|的)?\s*$/;
/** A word that makes a company an instrument or a party, not the payer: `利用C投资契机`. */
const NOT_PAYER_BEFORE = /(?:利用|借助|依托|通过|为|向|对|帮助|吸引|引进|服务|联合)\s*$/;
const BY = /由\s*$/;
/** `P项目投资方为C`: the company named as the project's investor or builder. */
const INVESTOR_OF = /(?:投资方|投资主体|投资商|建设单位|业主单位|实施主体)\s*(?:为|是)\s*$/;
const WITH_SIGNER = /(?:与|和|同)\s*$/;
const SIGNING_AFTER = /^[^,;。]{0,12}(?:签约|签订|签署|签下)/;
/** A project (or company) is done with once the sentence speaks of another phase. */
const PHASE = /([一二三四五六七八九十首]期)/;
/** After a project's short name that opens a clause: its phase, or what a project does with money. */
const SHORT_NAME_DEED = /^(?:[一二三四五六七八九十首]期)?(?:已|将|计划|预计|总投资|累计|完成|投资|建成|达产|投产)/;
/** A sentence (or clause) that opens with 该公司: it goes on about the company named before. */
const COMPANY_GOES_ON = /(?:^|[。;,])\s*(?:该|此|这家)公司/;
/** Farthest an amount is read as going on about the paragraph's earlier company (UTF-16 units). */
const MAX_SAID_ON = 240;
/** Anaphors that continue the paragraph's topic project or company. */
const PROJECT_ANAPHOR = /(?:该|此|这个|这一|本)项目|(?:^|[,;:])\s*(?:全部|全面)?(?:达产|投产|建成)后(?:次年|当年)?|(?:协议|合同)(?:规划|约定|计划)?的?项目|^\s*其中[,]?\s*[一二三四五六七八九十首]期|(?:^|[,;:])\s*项目(?:建成|投产|达产|总投资|计划|预计|将|全部|一期|二期|投资|达产后|建成后|投产后|全面)/;
/** Projects spoken of as a group (`这些项目`, `上述项目`): a later `项目建成后` is the group's, not the last one named. */
const PROJECT_GROUP = /(?:这些|这批|上述|以上|所有|全部|各)(?:重点|签约|开工|集中开工)?项目/;
/** A place's administrative suffix, and what a place does as a clause's subject. */
const ADMIN_SUFFIX = '[市县区镇乡盟州省]';
const PLACE_DEED = '(?:共|累计|新|签约|完成|实现|引进|招引|全年|今年|上半年|重点|在建)';
/** A clause whose subject is a place that is not a park: it takes the amounts after it. */
const PLACE_SUBJECT = new RegExp(
  `(?:^|[,;:])\\s*(?:[0-9]+月(?:份)?|今年|去年|上半年|全年|一季度|前[三四]季度)?\\s*,?\\s*([\\u4e00-\\u9fff]{1,5}${ADMIN_SUFFIX})${PLACE_DEED}`,
);
/**
 * Cheap test first, the end of PLACE_SUBJECT alone: searched for once, where the whole pattern
 * is tried at every clause start (and an administrative suffix alone is in most leads).
 */
const PLACE_ACTING = new RegExp(ADMIN_SUFFIX + PLACE_DEED);
const PARK_WORDS_FOR_ITSELF = /^(?:全|该|本|我)?(?:园|高新|开发|经开|工业园|产业园)?区$/;
/** A park's words for itself in an article about it (not `全区`, which is as often a district). */
const PARK_SELF = /该区|该园区|园区|开发区|高新区|经开区/;
/** `新开工的P项目总占地…`: a batch word before the project still leaves it the subject. */
const BATCH_LEAD = /^\s*(?:新|此次|本次|今年|当天|当日)?(?:开工|签约|竣工|投产|落户|引进|开建)的\s*$/;
/** `在X投资` where X is a place we did not recognise as a park: the money is there, not in the article's park. */
const ELSEWHERE = /在\s*([\u4e00-\u9fff]{2,10}?)\s*(?:投资|建设|设立|成立|兴建|扩建|新建|开工)/;
/** `C等3家公司进驻X园区`: companies moved into a park-like place we did not recognise as a park. */
const MOVED_ELSEWHERE = /(?:进驻|入驻|迁入|迁至|落户)\s*([\u4e00-\u9fff]{2,12}?(?:园区|园|区))/;
const LOCATED_WORDS = '(?:位于|落户|落户于|落地|在|入驻|进驻|地处|签约落户|选址|迁入|迁至|搬迁至|搬入|引荐至|引进至|引入至|转移至|落户至)';
const LOCATED_BEFORE = new RegExp(`${LOCATED_WORDS}\\s*$`);
/** `在湖南省K`: the province, written before a park that starts with its city, is where the park is too. */
const LOCATED_IN_PROVINCE = new RegExp(`${LOCATED_WORDS}\\s*[\\u4e00-\\u9fff]{2,7}?(?:省|自治区)\\s*$`);
/** After a park: `与C签约`, the park signs for the project, which lands in it. */
const SIGNS_WITH = /^\s*(?:与|和|同)[^,;。]{2,20}?(?:签约|签订|签署)/;
/** After `在K`: the money is put there (not a ceremony held there). */
const MONEY_PLACE_AFTER = /^[^,;。]{0,6}(?:投资|建设|设立|成立|兴建|落户|扩建|新建|开工|开建|注册|建厂)/;
const PARK_THEN_PROJECTS = /^的[^,;:。的了]{0,8}$/;
const LIST_SEPARATOR = /^\s*(?:、|和|及|以及|与)\s*[^,;:。]{0,12}$/;
const PROJECT_LOCATED = /^\s*(?:顺利|正式|成功|将|已|拟)?\s*(?:签约)?\s*(?:落户|位于|落地|入驻|进驻|选址|建在|在)\s*$/;
const RESPECTIVELY = /分别/;
/** `该开发区`, `该孵化园`: a park said by its kind; the words after 该 end with a park word. */
const PARK_BY_KIND = /该([\u4e00-\u9fff]{0,6}?)(开发区|经开区|高新区|园区|新区|集聚区|孵化园|产业园|工业园|科技园|园)/;
/** `落户K的项目有:` (K's list of projects follows): before K and after it. */
const LIST_PARK_BEFORE = /(?:落户|落地|入驻|进驻|签约落户)\s*$/;
const LIST_PARK_AFTER = /^的[^,;:。]{0,8}?项目(?:有|为|是|包括|分别为|分别是|主要有)/;
/** The last characters of LIST_PARK_BEFORE as written (simplified or Traditional), for a cheap test first. */
const LIST_PARK_LAST = '户戶地驻駐';
/** `分别在A和B`: money spread over the parks named, none of them its own. */
const SPREAD_BEFORE = /分别(?:在|位于|落户|落户于|落地)\s*$/;
const PARK_AND_PARK = /^\s*(?:和|及|与|、|以及)\s*$/;
/** `K是一个集…于一体的`: what comes after is said of K. */
const DESCRIPTION_GAP = /^\s*(?:是|为|系)[^,;:。]{0,30}的\s*$/;
/** The first characters of DESCRIPTION_GAP as written (simplified or Traditional), for a cheap test first. */
const COPULA_CHARS = '是为為系係';
/** `在K举行的P项目开工仪式`: a project's own ceremony, held in the park it is built in. */
const CEREMONY_HELD = /^\s*(?:举行|举办|召开)的\s*$/;
const OWN_CEREMONY = /^[^,;:。]{0,8}?(?:开工|封顶|奠基|竣工|投产|落成|揭牌)(?:仪式|典礼)/;
/** `《P项目投资协议》`: a project named in the title of an agreement. */
const AGREEMENT_TITLE = /^(?:投资|合作|入驻|建设|框架|招商)?(?:协议|合同)书?["》」”]/;
/** A park that signs (`K管委会签订了`), right after its name. */
const PARK_SIGNS_AFTER = /^(?:管理委员会|管委会|管理局)?\s*(?:签订|签署|签约)/;
/** What closes an agreement's title, as written. */
const TITLE_CLOSERS = '》」”"';
/** A paragraph that goes on about the agreement of the paragraph before (`该协议…`, `根据协议,…`). */
const AGREEMENT_ANAPHOR = /^\s*(?:根据|按照|依据)?\s*(?:该|此|上述)?(?:协议|合同)/;
/**
 * A park's kind word alone, as the subject of a clause (`此次新区集中开工…`) or where money goes
 * (`在新区投资`): the park of that kind the text is about. Only kinds that name one sort of park.
 */
const BARE_KIND = /(?:^|[,;:])(?:此次|本次|今年以来|今年|目前|同时|近年来)?(新区|经开区|高新区|开发区)|在(新区|经开区|高新区|开发区)(?:投资|建设|设立|落户)/;
/** The endings a park of each bare kind word is written with (`经开区` is short for `经济技术开发区`). */
const KIND_ENDINGS: Record<string, readonly string[]> = {
  新区: ['新区'],
  经开区: ['经开区', '经济技术开发区', '经济开发区'],
  高新区: ['高新区', '高新技术产业开发区'],
  开发区: ['开发区'],
};
/** The last characters of the bare kind words, for a cheap test first. */
const KIND_LAST = '区';
/** Words after 该 that say something else than a park's name (`该项目位于园区`). */
const NOT_PARK_WORDS = /项目|公司|企业|[位于在是的将已]/;
/** How many spans back a park said by its kind is looked for (this paragraph and the one before). */
const MAX_KIND_BACK = 48;
/** `总投资X、于去年竣工的P项目`, `总投资X、占地80亩的P项目`: another feature of the project, then 的. */
const FEATURE_GAP = /^\s*、[^,;:。、的]{1,14}的\s*$/;
/** `年产值X的预计明年投产的P项目`: a short clause about the project between two 的. */
const DESCRIBED_GAP = /^\s*(?:左右|以上|多|余)?\s*的[^,;:。、的了]{1,16}的\s*$/;
/** `首期投资X、总投资Y`: the next amount of a list, with a label of its own. */
const LABELLED_AMOUNT_GAP = /^\s*、\s*[\u4e00-\u9fff]{1,6}\s*$/;
/** `…总投资X,由(外地引进的)C投资`: the investor named after the amount. */
const BY_AFTER = /^\s*,\s*由[^,;:。]{0,16}$/;
const INVESTS_AFTER = /^(?:投资|出资|投建|独资|全资)/;
/** `P项目由C投资建设`: between the project and its builder, and what the builder does after its name. */
const BY_GAP = /^\s*(?:将|拟|计划)?\s*由\s*$/;
const BUILT_AFTER = /^(?:投资|出资|投建|建设|承建|兴建|负责)/;
/** A name's opening quote left between an amount and the project (`投资6亿元建设的“P项目”`), as folded. */
const OPENING_QUOTES = '"“「『';
/** `P项目是K…的`: a project said to be a park's own. */
const COPULA_GAP = /^\s*(?:是|系)\s*$/;
const PARK_OWNS_AFTER = /^(?:[^,;:。的]{0,6})的/;
const AMOUNT_LIST_GAP = /^\s*(?:、|和|及|与|,|，)\s*$/;
const PROJECT_LIST_GAP = /^\s*(?:、|和|及|以及|与)\s*$/;

type Span = LinkSpan;
/** A sentence without a `分别` list (most of them): nothing paired, nothing allocated. */
const NO_PAIRS: ReadonlyMap<Span, Span> = new Map();

/** How long the `;` clauses naming nothing between a park's totals and more of its figures may be (UTF-16 units). */
const MAX_NAMELESS_CLAUSES = 80;
/** What ends a sentence for good, as written (`;` only ends a clause of it). */
const FULL_STOPS = ['。', '！', '？', '!', '?'];

/** A sentence that states a part of the sentence before it. */
const PART_OF_WHOLE = /^\s*其中/;
/** `K所在的X`, `K所处的X`: a place named by the park in it. */
const IN_WHICH = /^\s*(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\))?(?:所在|所处|所属)的/;
/** A paragraph that opens by going on about the project before it. */
const PARAGRAPH_PROJECT_ANAPHOR = /^\s*(?:该|此|本)?项目(?:建成|投产|达产|全部|全面|落地|竣工)/;
/** A registered company name: its legal form says so. */
const REGISTERED = /有限公司|有限责任公司|股份/;
/** Registered brands looked for per article. */
const MAX_BRANDS = 8;
const LEGAL_FORM = /[(（]|有限|股份/;

/** Facts a paragraph has set so far: the topic it continues. */
interface Topic {
  company?: Span;
  project?: Span;
  /** A park the paragraph placed its company or project in (`在K投资成立…`). */
  park?: Span;
  /** The company an earlier item amount of the paragraph was linked to, and that amount's position. */
  payer?: { company: Span; at: number };
  /** How far after the topic project the text was read for the projects as a group (see groupSince). */
  groupRead?: { project: Span; upTo: number };
}

/**
 * A topic with every field present, in one order: topics built field by field in varying orders
 * had several shapes, and each new one deoptimised the functions reading them (V8's 'wrong map').
 */
function newTopic(company?: Span): Topic {
  return { company, project: undefined, park: undefined, payer: undefined, groupRead: undefined };
}

/**
 * For each entity, its links when it is a MONEY amount that is not a threshold and the text
 * ties it to a project, company or park; undefined otherwise. Parallel to `entities`.
 */
export function suggestLinks(text: string, entities: readonly Entity[]): (AmountLinks | undefined)[] {
  const out: (AmountLinks | undefined)[] = new Array<AmountLinks | undefined>(entities.length).fill(undefined);
  if (entities.length === 0 || typeof text !== 'string') return out;
  try {
    new Linker(text, entities, out).run();
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
export function withLinks(text: string, entities: readonly Entity[]): Entity[] {
  const links = suggestLinks(text, entities);
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

class Linker {
  private readonly structure: TextStructure;
  private readonly spans: Span[];
  private readonly parks: ArticleParks;
  /** Where a project or a company was said to be: a park, or `null` for a place that is not one. */
  private readonly projectPark = new Map<string, Span | null>();
  private readonly companyPark = new Map<string, Span | null>();
  private readonly projectCompany = new Map<string, Span>();
  private readonly zoneOfArea = new Map<string, Span>();
  /** Parks the text gave projects to (`K的A、B项目`). */
  private readonly parksOfProjects = new Set<Span>();
  /** Projects claimed by the amount written right before them (`总投资X的P`). */
  private readonly claimed = new Set<Span>();
  /** Usable projects by brand (first characters), to find a company's project. */
  private readonly projectsByBrand = new NameIndex<Span>();
  /** Registered companies of the article by their brand (`格力电器` for `格力电器(重庆)有限公司`). */
  private readonly registeredBrands: { brand: string; span: Span }[] = [];
  /** The last amount's lead (see leadOf): several rules read it, it is folded once. */
  private lead: { amount: Span; text: string } | undefined;
  /** The last sentence whose total was linked to a park, and that park (see parkOfWhole). */
  private whole: { sentence: number; park: Span } | undefined;
  /** The last sentence opened by a park with its own totals, and that park (see statedJustBefore). */
  private stated: { sentence: number; paragraph: number; park: Span } | undefined;
  /** The last agreement named with its project (`与K签订了《P项目投资协议》`): its paragraph, project and signing park. */
  private agreement: { paragraph: number; project: Span; park?: Span } | undefined;
  /** The one park the article is about (null: none; undefined: not read yet). */
  private articlePark: Span | null | undefined;

  constructor(
    text: string,
    entities: readonly Entity[],
    private readonly out: (AmountLinks | undefined)[],
  ) {
    this.structure = new TextStructure(text);
    this.spans = this.readSpans(entities);
    this.parks = new ArticleParks(this.structure, this.spans);
    for (const span of this.spans) {
      if (span.entity.label !== 'PROJECT' || !span.named) continue;
      const brand = brandOf(span);
      this.projectsByBrand.add(brand, span);
    }
    this.readRegisteredBrands();
  }

  /** The entities that fit the text, by start, each with its name, sentence and paragraph. */
  private readSpans(entities: readonly Entity[]): Span[] {
    const length = this.structure.text.length;
    const spans: Span[] = [];
    entities.forEach((entity, index) => {
      if (entity.start >= 0 && entity.end <= length && entity.end > entity.start) spans.push({ index, pos: 0, entity, name: entity.text, sentence: 0, paragraph: 0, named: false, bare: undefined });
    });
    // The recogniser's entities come sorted: a sorted array needs no sort (a stable sort keeps it).
    if (!spans.every((span, k) => k === 0 || spans[k - 1].entity.start <= span.entity.start)) spans.sort((a, b) => a.entity.start - b.entity.start);
    let sentence = 0;
    let paragraph = 0;
    spans.forEach((span, pos) => {
      span.pos = pos;
      // Names are compared across mentions; an amount's is never read.
      if (span.entity.label !== 'MONEY') span.name = this.structure.gap(span.entity.start, span.entity.end) ?? span.entity.text;
      // Asked of a span once per rule and amount near it: answered once.
      span.named = span.entity.label === 'PROJECT' ? isNamedProject(span) : span.entity.label === 'COMPANY' && isNamedCompany(span);
      sentence = span.sentence = this.structure.sentenceFrom(span.entity.start, sentence);
      paragraph = span.paragraph = this.structure.paragraphFrom(span.entity.start, paragraph);
    });
    return spans;
  }

  /**
   * A registered company (`…有限公司`, `…股份…`) is often named afterwards by its brand alone, which
   * the recogniser does not tag. Brands shared by two registered names tell nothing; a few per
   * article at most, so a lookup stays bounded.
   */
  private readRegisteredBrands(): void {
    const seen = new Map<string, Span | null>();
    for (const span of this.spans) {
      if (span.entity.label !== 'COMPANY' || !REGISTERED.test(span.name)) continue;
      // The name before its bracketed place or legal form (`格力电器(重庆)有限公司` → `格力电器`).
      const bare = bareName(span);
      const brand = bare.slice(0, bare.search(LEGAL_FORM));
      if (brand.length < 3) continue;
      const other = seen.get(brand);
      seen.set(brand, other === undefined || other === span ? span : null);
    }
    for (const [brand, span] of seen) if (span && this.registeredBrands.length < MAX_BRANDS) this.registeredBrands.push({ brand, span });
  }

  /**
   * `格力电器投资50亿元`, `格力电器2010年实现营业收入608亿元`: a registered company's brand in the
   * amount's sentence before it, with no company or project span between, is the payer or earner.
   */
  private brandBefore(i: number, from: number): Span | undefined {
    if (this.registeredBrands.length === 0) return undefined;
    for (let j = from; j < i; j++) if (this.spans[j].entity.label === 'COMPANY' || this.spans[j].entity.label === 'PROJECT') return undefined;
    const lead = this.leadOf(this.spans[i]);
    const found = this.registeredBrands.filter(({ brand }) => lead.includes(brand));
    return found.length === 1 ? found[0].span : undefined;
  }

  /**
   * `格力电器此次开建的基地…。项目投资50亿元`: a paragraph that opens with a registered company's
   * brand (after a time at most) is that company's profile, as one that opens with its name.
   */
  private brandLeading(paragraph: number): Span | undefined {
    if (this.registeredBrands.length === 0) return undefined;
    const { start, end } = this.structure.paragraph(paragraph);
    const head = this.structure.gap(start, Math.min(end, start + 24)) ?? '';
    for (const { brand, span } of this.registeredBrands) {
      const at = head.indexOf(brand);
      if (at >= 0 && isSubjectLead(head.slice(0, at)) && !/^[、和及与(]/.test(head.slice(at + brand.length))) return span;
    }
    return undefined;
  }

  /** The folded text before an amount in its sentence, MAX_GAP units at most. */
  private leadOf(amount: Span): string {
    if (this.lead?.amount !== amount) {
      const start = Math.max(this.structure.sentenceStart(amount.sentence), amount.entity.start - MAX_GAP);
      this.lead = { amount, text: this.structure.gap(start, amount.entity.start) ?? '' };
    }
    return this.lead.text;
  }

  run(): void {
    this.sentences();
    this.copyToTitle();
  }

  /**
   * A title restates its lead: an amount of the title takes the links it lacks from the first
   * amount after the title with the same value, currency and role.
   */
  private copyToTitle(): void {
    const title = this.parks.titleParagraph;
    if (title < 0) return;
    const key = (e: Entity) => `${e.value}|${e.currency}|${e.role}|${e.scope}`;
    const titleAmounts = this.spans.filter((span) => span.paragraph === title && span.entity.label === 'MONEY' && span.entity.role !== 'threshold');
    // A title is a line, not a paragraph full of amounts.
    if (titleAmounts.length === 0 || titleAmounts.length > 4) return;
    const wanted = new Set(titleAmounts.map((span) => key(span.entity)));
    const firstAfter = new Map<string, Span>();
    for (const span of this.spans) {
      if (firstAfter.size === wanted.size) break;
      if (span.paragraph <= title || span.entity.label !== 'MONEY') continue;
      const k = key(span.entity);
      if (wanted.has(k) && !firstAfter.has(k)) firstAfter.set(k, span);
    }
    for (const span of titleAmounts) {
      const same = firstAfter.get(key(span.entity));
      const from = same && this.out[same.index];
      if (!from) continue;
      const own: AmountLinks = { ...this.out[span.index] };
      for (const kind of LINK_KINDS) if (!own[kind] && from[kind]) own[kind] = from[kind];
      this.out[span.index] = own;
    }
  }

  private sentences(): void {
    let topic = newTopic();
    let paragraph = -1;
    let from = 0;
    while (from < this.spans.length) {
      let to = from;
      while (to < this.spans.length && this.spans[to].sentence === this.spans[from].sentence) to++;
      if (this.spans[from].paragraph !== paragraph) {
        // A caption (`C董事长某某`) introduces the company of the paragraph after it.
        const caption = topic.company !== undefined && paragraph >= 0 && this.spans[from].paragraph === paragraph + 1 && this.structure.isHeading(paragraph, false);
        const lastProject = topic.project;
        paragraph = this.spans[from].paragraph;
        topic = newTopic(caption ? topic.company : undefined);
        // `项目投产后，…` opening a paragraph goes on about the project the paragraph before spoke of.
        if (lastProject && this.opensWithProjectAnaphor(paragraph)) topic.project = lastProject;
        // `该协议…`: the agreement the paragraph before signed, its project and the park that signed it.
        const agreement = this.agreement;
        if (agreement && agreement.paragraph === paragraph - 1 && this.opensWith(paragraph, AGREEMENT_ANAPHOR)) {
          topic.project = agreement.project;
          topic.park = agreement.park;
        }
        topic.company ??= this.brandLeading(paragraph);
      }
      this.sentence(from, to, topic);
      from = to;
    }
  }

  /** Does the paragraph's head (a few units) read so? */
  private opensWith(paragraph: number, re: RegExp): boolean {
    const { start, end } = this.structure.paragraph(paragraph);
    return re.test(this.structure.gap(start, Math.min(end, start + 12)) ?? '');
  }

  /** `K管委会签订了《P项目投资协议》`: the agreement named with the project at span `j`, for a paragraph that goes on about it. */
  private readAgreement(j: number, from: number): void {
    const project = this.spans[j];
    if (!this.closesTitleSoon(project.entity.end) || !AGREEMENT_TITLE.test(this.structure.after(project.entity.end, 8))) return;
    let park: Span | undefined;
    for (let k = j - 1; k >= from && k >= j - WINDOW && !park; k--) {
      const span = this.spans[k];
      if (span.entity.label === 'PARK' && PARK_SIGNS_AFTER.test(this.structure.after(span.entity.end, 10))) park = this.zoneOf(span);
    }
    this.agreement = { paragraph: project.paragraph, project, park };
  }

  /** A closing title mark within a few units (a bounded look, nothing copied). */
  private closesTitleSoon(offset: number): boolean {
    const text = this.structure.text;
    const end = Math.min(offset + 8, text.length);
    for (let i = offset; i < end; i++) if (TITLE_CLOSERS.includes(text.charAt(i))) return true;
    return false;
  }

  /** Does the paragraph open with `该项目` or `项目建成/投产…` (after a time at most)? Reads its head only. */
  private opensWithProjectAnaphor(paragraph: number): boolean {
    const { start, end } = this.structure.paragraph(paragraph);
    return PARAGRAPH_PROJECT_ANAPHOR.test(this.structure.gap(start, Math.min(end, start + 12)) ?? '');
  }

  /** One sentence: spans [from, to). Facts first, then each amount's links. */
  private sentence(from: number, to: number, topic: Topic): void {
    const listPark = this.readLocations(from, to);
    const projectSubject = this.projectSubjectOf(from, to);
    const companySubject = this.companySubjectOf(from, to);
    if (companySubject) {
      topic.company = companySubject;
      topic.project = undefined;
    }
    const signer = this.signerIn(from, to);
    if (signer) topic.company = signer;
    if (projectSubject) topic.project = projectSubject;
    const pairs = this.respectively(from, to) ?? this.respectivelyBeforeProjects(from, to);
    if (listPark) topic.park = this.zoneOf(listPark);
    const topicPark = topic.park;
    topic.park ??= this.parkOfWhole(from);
    /** A park opening the sentence with its own totals (`K开工项目65项,总投资X`): the next sentence goes on about it. */
    let parkStated: Span | undefined;
    /** The last item amount of the sentence linked to a project, and where it is. */
    let lastOfProject: { project: Span; at: number } | undefined;
    for (let i = from; i < to; i++) {
      const span = this.spans[i];
      const e = span.entity;
      if (e.label !== 'MONEY' || e.role === 'threshold') continue;
      const carried = lastOfProject && this.onlyAmountsBetween(lastOfProject.at, i) ? lastOfProject.project : undefined;
      const links = this.linksOf(i, from, to, topic, pairs.get(span), carried);
      if (links.project && this.spans[i].entity.scope === 'item') {
        topic.project = links.project.span;
        lastOfProject = { project: links.project.span, at: i };
      }
      const refs: AmountLinks = {};
      if (links.project) refs.project = ref(links.project.span);
      if (links.company) refs.company = ref(links.company.span);
      if (links.park) refs.park = ref(links.park.span);
      if (links.project && links.company) this.projectCompany.set(links.project.span.name, links.company.span);
      if (links.company && e.scope === 'item') topic.payer = { company: links.company.span, at: i };
      if (links.project || links.company || links.park) this.out[span.index] = refs;
      if (links.park && e.scope === 'aggregate') this.whole = { sentence: span.sentence, park: links.park.span };
      if (!parkStated && links.park && e.scope === 'aggregate' && links.park.span === this.spans[from] && this.beginsClause(this.spans[from])) parkStated = links.park.span;
    }
    // The park of a whole counts for its `其中` sentence only.
    topic.park = topicPark;
    if (parkStated) this.stated = { sentence: this.spans[from].sentence, paragraph: this.spans[from].paragraph, park: parkStated };
    this.readParkTopic(from, to, topic);
    const subject = this.parkSubjectByKind(from);
    if (subject) topic.park = this.zoneOf(subject);
    const sole = this.soleProjectWithoutMoney(from, to);
    if (sole) topic.project = sole;
  }

  /**
   * `子公司在当地投资建设P项目。项目计划总投资X`: a sentence without money that names one project only
   * leaves it the paragraph's project, for a `该项目`/`项目…` after it (`topicProject` asks for that anaphor).
   */
  private soleProjectWithoutMoney(from: number, to: number): Span | undefined {
    let sole: Span | undefined;
    for (let j = from; j < to; j++) {
      const span = this.spans[j];
      if (span.entity.label === 'MONEY') return undefined;
      const project = this.asProject(span);
      if (!project) continue;
      if (sole && sole.name !== project.name) return undefined;
      sole = project;
    }
    return sole;
  }

  /**
   * `落户K的项目有:A、B…`: the park a list of projects settles in holds for the amounts of the
   * list and for the rest of the paragraph (its totals).
   */
  private listsProjects(park: Span): boolean {
    if (!LIST_PARK_LAST.includes(this.structure.text.charAt(park.entity.start - 1)) || this.parks.projectNamed(park)) return false;
    return LIST_PARK_BEFORE.test(this.structure.before(park.entity.start, 6)) && LIST_PARK_AFTER.test(this.structure.after(park.entity.end, 16));
  }

  /** A sentence opened by `该开发区…`, `该孵化园…`: the park it speaks of, for the paragraph after it. */
  private parkSubjectByKind(from: number): Span | undefined {
    const first = this.spans[from];
    const start = this.structure.sentenceStart(first.sentence);
    const end = Math.min(start + 16, this.structure.text.length);
    if (!this.structure.holds('该', start, end) && !this.structure.holds('該', start, end)) return undefined;
    const head = this.structure.gap(start, end) ?? '';
    const at = head.indexOf('该');
    if (at < 0 || !isSubjectLead(head.slice(0, at))) return undefined;
    return this.parkByKind(first, head.slice(at));
  }

  /**
   * `K签约金额达到N。其中，C投资M…`: a sentence opened by 其中 right after a park's total
   * states a part of it, so its money goes to that park.
   */
  private parkOfWhole(from: number): Span | undefined {
    const sentence = this.spans[from].sentence;
    if (this.whole?.sentence !== sentence - 1) return undefined;
    const start = this.structure.sentenceStart(sentence);
    return PART_OF_WHOLE.test(this.structure.text.slice(start, start + 4)) ? this.whole.park : undefined;
  }

  /**
   * After a sentence that places something in a park (`在K投资成立C`) or where a park signs
   * (`K与C签约`), the paragraph is about that park; an area park it places in a zone (`在K举行开工仪式…开建A基地`) counts for the zone.
   */
  private readParkTopic(from: number, to: number, topic: Topic): void {
    let zone: Span | undefined;
    for (let j = from; j < to; j++) {
      const span = this.spans[j];
      if (span.entity.label !== 'PARK' || this.parks.projectNamed(span)) continue;
      if (zone && !span.name.endsWith('区') && !this.zoneOfArea.has(span.name)) this.zoneOfArea.set(span.name, zone);
      const after = this.structure.after(span.entity.end, 24);
      if (SIGNS_WITH.test(after) || (MONEY_PLACE_AFTER.test(after) && this.locatedThere(span))) {
        topic.park = this.zoneOf(span);
        if (span.name.endsWith('区')) zone ??= span;
      } else if (this.zoneOfArea.has(span.name) || this.comesFrom(span)) {
        topic.park = this.zoneOf(span);
      }
    }
  }

  /** An area park counts for the zone the text placed it in. */
  private zoneOf(park: Span): Span {
    return this.zoneOfArea.get(park.name) ?? park;
  }

  /** Nothing but amounts between spans `a` and `b` (no project, company or park moves on). */
  private onlyAmountsBetween(a: number, b: number, most = WINDOW): boolean {
    if (b - a > most) return false;
    for (let k = a + 1; k < b; k++) if (this.spans[k].entity.label !== 'MONEY') return false;
    return true;
  }

  /**
   * `carried`: the project of the item amount before this one in the sentence, with only amounts
   * between (`P项目…计划总投资30亿元,…预计实现年销售20亿元、税收1200万元`): the sentence still speaks of it.
   */
  private linksOf(i: number, from: number, to: number, topic: Topic, paired: Span | undefined, carried?: Span): { project?: { span: Span }; company?: { span: Span }; park?: { span: Span } } {
    const amount = this.spans[i];
    const item = amount.entity.scope === 'item';
    const result: { project?: { span: Span }; company?: { span: Span }; park?: { span: Span } } = {};
    const after = item ? (this.projectAfter(i, to) ?? this.listedBefore(i, to)) : undefined;
    // A pairing said with 分别 overrides the project written right after the last amount of the list.
    let project = item ? paired ?? after?.project ?? this.projectBefore(i, from) ?? this.topicProject(i, from, topic) ?? carried ?? this.projectSaidShort(i) : undefined;
    let company = item ? (after?.company ?? this.byCompany(i, from) ?? this.payerBefore(i, from)) : undefined;
    if (item && !company) {
      // The investor named after the amount goes on as the paragraph's company (`该项目已累计投资Y`).
      company = this.byCompanyAfter(i, to);
      if (company) topic.company = company;
    }
    if (item && !company && project) company = this.companyOfProject(project);
    if (item && !company && !project && !this.otherSubjectBefore(i, from, topic)) company = topic.company;
    if (item && !company) company = this.brandBefore(i, from);
    if (item && !company && !project) company = this.payerGoneOn(i, topic);
    if (item && !project && company) project = this.projectOfCompany(company);
    if (project) result.project = { span: project };
    if (company) result.company = { span: company };
    const park = this.parkOf(i, from, to, project, company, topic);
    if (park) result.park = { span: this.zoneOf(park) };
    return result;
  }

  // ---- projects -------------------------------------------------------------------------

  /** `总投资X亿元的(C公司投资的)P项目`: the project (and company) the amount qualifies. */
  private projectAfter(i: number, to: number): { project?: Span; company?: Span } | undefined {
    const amount = this.spans[i];
    const next = this.spans[i + 1];
    if (!next || i + 1 >= to) return undefined;
    const written = this.structure.gap(amount.entity.end, next.entity.start);
    if (written === undefined) return undefined;
    const gap = OPENING_QUOTES.includes(written.charAt(written.length - 1)) ? written.slice(0, -1) : written;
    const ofProject =
      next.entity.label === 'PROJECT' && (OF_GAP_NAME_HEAD.test(gap) || CAPACITY_GAP.test(gap) || BUILDS_GAP.test(gap) || BUILT_THERE_GAP.test(gap) || FEATURE_GAP.test(gap) || DESCRIBED_GAP.test(gap));
    if (!OF_GAP.test(gap) && !ofProject) return undefined;
    let company: Span | undefined;
    let candidate = next;
    if (next.entity.label === 'COMPANY') {
      // `总投资9300万美元的C公司`: the amount qualifies the company, whether a project follows or not.
      company = next.named ? next : undefined;
      const afterCompany = i + 2 < to ? this.spans[i + 2] : undefined;
      const between = afterCompany && this.structure.gap(next.entity.end, afterCompany.entity.start);
      if (afterCompany && between !== undefined && COMPANY_PROJECT_GAP.test(between)) candidate = afterCompany;
    }
    const project = this.asProject(candidate);
    if (!project) return company ? { company } : undefined;
    this.claimed.add(candidate);
    return { project, company: company ?? this.companyRightBefore(candidate) };
  }

  /**
   * `首期投资X、总投资Y、年产值Z的P项目`: amounts listed each with its own label, the last one
   * qualifying a project, are all that project's. Bare amounts (`5亿元、3亿元的A项目和B项目`) are not.
   */
  private listedBefore(i: number, to: number): { project?: Span; company?: Span } | undefined {
    // Cheap test first: most amounts are not followed by 、 (full-width or folded).
    if (!'、,'.includes(this.structure.text.charAt(this.spans[i].entity.end))) return undefined;
    let k = i;
    while (k + 1 < to && k - i < WINDOW && this.spans[k + 1].entity.label === 'MONEY' && this.joinedBy(k + 1, LABELLED_AMOUNT_GAP)) k++;
    return k > i ? this.projectAfter(k, to) : undefined;
  }

  /** The nearest project before the amount in its sentence, when nothing between moves on from it. */
  private projectBefore(i: number, from: number): Span | undefined {
    const amount = this.spans[i];
    for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
      const span = this.spans[j];
      const project = this.asProject(span);
      if (span.entity.label === 'MONEY') continue;
      if (span.entity.label === 'COMPANY') {
        if (BY.test(this.structure.before(span.entity.start, 3)) || this.investorOf(span)) continue;
        return undefined;
      }
      if (!project) continue;
      // A project another amount qualifies is this one's too, unless it ends a list of them.
      if (this.claimed.has(span) && this.projectBetween(Math.max(from, j - WINDOW), j)) return undefined;
      const gap = this.structure.gap(span.entity.end, amount.entity.start);
      if (gap === undefined || placeSubjectAny(afterCopula(gap)) || otherPhase(project.name, gap)) return undefined;
      return project;
    }
    return undefined;
  }

  /**
   * `据了解,P一期已投资X`: the amount's clause opens with a project's name said without its places
   * and `项目` (a phase or a deed after it). One name only: two projects sharing it tell nothing.
   */
  private projectSaidShort(i: number): Span | undefined {
    const lead = this.leadOf(this.spans[i]);
    const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1).trimStart();
    if (clause.length < 4) return undefined;
    const found = this.projectsByBrand.get(clause.slice(0, 2)).filter((project) => {
      const short = bareName(project).replace(/项目$/, '');
      return short.length >= 3 && clause.startsWith(short) && SHORT_NAME_DEED.test(clause.slice(short.length));
    });
    return new Set(found.map((project) => project.name)).size === 1 ? found[0] : undefined;
  }

  private projectBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.asProject(this.spans[k])) return true;
    return false;
  }

  /** `该项目…` / `项目建成后…`: the project the paragraph is about. */
  private topicProject(i: number, from: number, topic: Topic): Span | undefined {
    if (!topic.project) return undefined;
    const amount = this.spans[i];
    for (let j = Math.max(from, i - WINDOW); j < i; j++) if (this.asProject(this.spans[j])) return undefined;
    const lead = this.leadOf(amount);
    if (!PROJECT_ANAPHOR.test(lead) || otherPhase(topic.project.name, lead)) return undefined;
    if (this.groupSince(topic, amount.entity.start)) {
      topic.project = undefined;
      return undefined;
    }
    return topic.project;
  }

  /**
   * `…投资3亿元的P项目等也各有特色。这些项目…。项目建成后,年产值…`: once the paragraph speaks of its
   * projects as a group, `项目` after it is the group. Read on from where the last look stopped, so
   * the paragraph is read once however many amounts ask.
   */
  private groupSince(topic: Topic, until: number): boolean {
    const project = topic.project;
    if (!project) return false;
    const read = topic.groupRead?.project === project ? topic.groupRead.upTo : project.entity.end;
    topic.groupRead = { project, upTo: Math.max(read, until) };
    if (until <= read) return false;
    // Back a few units, so a phrase cut by the last look is still seen whole.
    const stretch = this.structure.text.slice(Math.max(project.entity.end, read - 6), until);
    if (!stretch.includes('项目') && !stretch.includes('項目')) return false;
    return PROJECT_GROUP.test(foldedText(stretch));
  }

  /** Lists written with 分别: `A、B、C项目分别投资X、Y、Z`, paired in order. */
  private respectively(from: number, to: number): ReadonlyMap<Span, Span> | undefined {
    const projects: Span[] = [];
    const amounts: Span[] = [];
    let seen = false;
    for (let i = from; i < to; i++) {
      const span = this.spans[i];
      if (!seen) {
        const project = this.asProject(span);
        if (project) projects.push(project);
        // 分别 follows a list: before two projects, no gap is worth reading.
        if (projects.length < 2) continue;
        const gapEnd = i + 1 < to ? this.spans[i + 1].entity.start : span.entity.end;
        const gap = this.structure.gap(span.entity.end, gapEnd);
        if (gap !== undefined && RESPECTIVELY.test(gap)) seen = true;
      } else if (span.entity.label === 'MONEY' && span.entity.scope === 'item') {
        amounts.push(span);
      }
    }
    if (!seen || amounts.length !== projects.length || amounts.length === 0) return undefined;
    return new Map(amounts.map((amount, k) => [amount, projects[k]]));
  }

  /**
   * `总投资分别为X、Y的A项目和B项目`: amounts listed after 分别, then `的` and as many projects,
   * paired in order. Read once per sentence, span by span.
   */
  private respectivelyBeforeProjects(from: number, to: number): ReadonlyMap<Span, Span> {
    for (let i = from; i < to; i++) {
      const first = this.spans[i];
      if (first.entity.label !== 'MONEY' || first.entity.scope !== 'item') continue;
      const leadStart = i > from ? this.spans[i - 1].entity.end : this.structure.sentenceStart(first.sentence);
      // Most leads hold no 分 at all: nothing folded or copied for them.
      if (!this.structure.holds('分', leadStart, first.entity.start)) continue;
      if (!RESPECTIVELY.test(this.structure.gap(leadStart, first.entity.start) ?? '')) continue;
      let k = i + 1;
      while (k < to && this.spans[k].entity.label === 'MONEY' && this.joinedBy(k, AMOUNT_LIST_GAP)) k++;
      const amounts = this.spans.slice(i, k);
      if (amounts.length < 2 || k >= to || !this.joinedBy(k, OF_GAP)) return NO_PAIRS;
      const projects: Span[] = [];
      for (let j = k; j < to && projects.length < amounts.length; j++) {
        const project = this.asProject(this.spans[j]);
        if (!project || (j > k && !this.joinedBy(j, PROJECT_LIST_GAP))) break;
        projects.push(project);
      }
      return projects.length === amounts.length ? new Map(amounts.map((amount, n) => [amount, projects[n]])) : NO_PAIRS;
    }
    return NO_PAIRS;
  }

  /** Is the gap between span `k - 1` and span `k` of the form `re`? */
  private joinedBy(k: number, re: RegExp): boolean {
    const gap = this.structure.gap(this.spans[k - 1].entity.end, this.spans[k].entity.start);
    return gap !== undefined && re.test(gap);
  }

  /** A company's project: the one project of the article whose name holds the company's brand. */
  private projectOfCompany(company: Span): Span | undefined {
    const candidates = this.projectsByBrand.get(brandOf(company));
    const brand = companyBrand(company);
    const matching = candidates.filter((p) => bareName(p).startsWith(brand));
    return new Set(matching.map((p) => p.name)).size === 1 ? matching[0] : undefined;
  }

  /** A project span, or the project a park span names (`京东数字经济产业园` for `京东数字产业园项目`). */
  private asProject(span: Span): Span | undefined {
    if (span.entity.label === 'PROJECT') return span.named ? span : undefined;
    if (span.entity.label === 'PARK') return this.parks.projectNamed(span);
    return undefined;
  }

  // ---- companies ------------------------------------------------------------------------

  /** `由C投资`, `投资方为C`: the company named before the amount as the one that invests. */
  private byCompany(i: number, from: number): Span | undefined {
    for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
      const span = this.spans[j];
      if (span.entity.label !== 'COMPANY') continue;
      if (span.named && (BY.test(this.structure.before(span.entity.start, 3)) || this.investorOf(span))) return span;
    }
    return undefined;
  }

  /**
   * `总投资X,由(外地引进的)C投资`: the company named as the investor right after the amount; a
   * description of it written as a company name just before (`由某地属地化公司C投资`) is passed over.
   */
  private byCompanyAfter(i: number, to: number): Span | undefined {
    const next = this.spans[i + 1];
    if (!next || i + 1 >= to || next.entity.label !== 'COMPANY') return undefined;
    const gap = this.structure.gap(this.spans[i].entity.end, next.entity.start);
    if (gap === undefined || !BY_AFTER.test(gap)) return undefined;
    for (let k = i + 1; k < to && k <= i + 2 && this.spans[k].entity.label === 'COMPANY'; k++) {
      const company = this.spans[k];
      if (k > i + 1 && company.entity.start !== this.spans[k - 1].entity.end) break;
      if (company.named && INVESTS_AFTER.test(this.structure.after(company.entity.end, 4))) return company;
    }
    return undefined;
  }

  /** Is the company introduced as the investor of what precedes it (`投资方为C`)? */
  private investorOf(company: Span): boolean {
    return INVESTOR_OF.test(this.structure.before(company.entity.start, 8));
  }

  /** `C(计划)投资X`, `C在K投资X`: the company before the amount that pays it. */
  private payerBefore(i: number, from: number): Span | undefined {
    const amount = this.spans[i];
    for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
      const span = this.spans[j];
      if (span.entity.label === 'PROJECT') return undefined;
      if (span.entity.label !== 'COMPANY') continue;
      if (!span.named) continue;
      const before = this.structure.before(span.entity.start, 4);
      if (NOT_PAYER_BEFORE.test(before)) continue;
      const signs = WITH_SIGNER.test(before) && SIGNING_AFTER.test(this.structure.after(span.entity.end, 16));
      // One of a list of companies pays nothing alone; a company that signs with a park is no list.
      const listed = /^[、和及与等]/.test(this.structure.after(span.entity.end, 1)) && !this.signsWithPark(j);
      // `…项目,以及C计划投资…`: after a comma, 以及 joins clauses, not the names of a list.
      if (!signs && (listed || (/[、和及]$/.test(before) && !/[,;]以及$/.test(before)))) return undefined;
      if (WITH_SIGNER.test(before) && !signs) continue;
      const gap = this.structure.gap(span.entity.end, amount.entity.start);
      if (gap === undefined || placeSubjectAny(gap)) return undefined;
      return span;
    }
    return undefined;
  }

  /** `C与K签订协议`: the company at span `j` signs with the park written right after 与. */
  private signsWithPark(j: number): boolean {
    const park = this.spans[j + 1];
    if (!park || park.entity.label !== 'PARK' || park.sentence !== this.spans[j].sentence) return false;
    const gap = this.structure.gap(this.spans[j].entity.end, park.entity.start);
    return gap !== undefined && /^\s*(?:与|和|同)\s*$/.test(gap) && this.parkSigns(park);
  }

  /** `与K签订协议`: a park that signs (with the company before it) is where the money goes. */
  private parkSigns(park: Span): boolean {
    return WITH_SIGNER.test(this.structure.before(park.entity.start, 2)) && SIGNING_AFTER.test(this.structure.after(park.entity.end, 16));
  }

  /** `X与C举行签约仪式`: the company that signs, in this sentence. */
  private signerIn(from: number, to: number): Span | undefined {
    for (let j = from; j < to; j++) {
      const span = this.spans[j];
      if (span.entity.label !== 'COMPANY' || !span.named) continue;
      if (WITH_SIGNER.test(this.structure.before(span.entity.start, 2)) && SIGNING_AFTER.test(this.structure.after(span.entity.end, 16))) return span;
    }
    return undefined;
  }

  /** A company written right before the project (`江西中控精密科技股份有限公司磁栅…项目`). */
  private companyRightBefore(project: Span): Span | undefined {
    const prev = project.pos > 0 ? this.spans[project.pos - 1] : undefined;
    if (!prev || prev.entity.label !== 'COMPANY' || !prev.named) return undefined;
    const gap = this.structure.gap(prev.entity.end, project.entity.start);
    return gap !== undefined && COMPANY_PROJECT_GAP.test(gap) ? prev : undefined;
  }

  /** The company of a project: said before (an amount linked both), or named inside its name. */
  private companyOfProject(project: Span): Span | undefined {
    return this.projectCompany.get(project.name) ?? this.parks.companyInside(project) ?? this.companyRightBefore(project);
  }

  /**
   * `C…投资总额X。该公司是一家…企业。预计年可实现产值Y`: after the paragraph's company earned or paid an
   * amount, a sentence opened by 该公司 goes on about it, up to the next company or project named.
   */
  private payerGoneOn(i: number, topic: Topic): Span | undefined {
    const payer = topic.payer;
    const amount = this.spans[i];
    if (!payer) return undefined;
    // Distance first (a subtraction), then the spans between: nothing but amounts.
    const end = this.spans[payer.at].entity.end;
    if (amount.entity.start - end > MAX_SAID_ON || !this.onlyAmountsBetween(payer.at, i, MAX_SAID_ON)) return undefined;
    // `…产值Y,税收Z`: the amounts after it in its sentence are still its own.
    if (this.spans[payer.at].sentence === amount.sentence) return payer.company;
    if (placeSubjectAny(this.leadOf(amount))) return undefined;
    return COMPANY_GOES_ON.test(foldedText(this.structure.text.slice(end, amount.entity.start))) ? payer.company : undefined;
  }

  /** Does the sentence name another payer (a company, or a place as subject) before the amount? */
  private otherSubjectBefore(i: number, from: number, topic: Topic): boolean {
    const amount = this.spans[i];
    for (let j = Math.max(from, i - WINDOW); j < i; j++) {
      const span = this.spans[j];
      if (span.entity.label === 'COMPANY' && span !== topic.company) return true;
    }
    if (placeSubjectAny(this.leadOf(amount))) return true;
    // Without a company in the sentence, the topic company holds for an item amount of its profile.
    return !topic.company;
  }

  // ---- parks ----------------------------------------------------------------------------

  private parkOf(i: number, from: number, to: number, project: Span | undefined, company: Span | undefined, topic: Topic): Span | undefined {
    const amount = this.spans[i];
    const inSentence = this.parkInSentence(i, from, to);
    if (inSentence !== undefined) return inSentence ?? undefined;
    const byKind = this.parkByKind(amount, this.leadOf(amount)) ?? this.parkByBareKind(amount);
    if (byKind) return byKind;
    if (project) {
      const where = this.projectPark.get(project.name) ?? this.parks.insideName(project);
      if (where !== undefined) return where ?? undefined;
    }
    if (company) {
      const where = this.companyPark.get(company.name);
      if (where !== undefined) return where ?? undefined;
    }
    const park = topic.park ?? this.statedJustBefore(amount, from) ?? this.parks.sectionParkAt(amount.paragraph) ?? this.describedSubject(amount) ?? this.parkByKindJustBefore(amount);
    if (park) return park;
    // A total of the one park's (`该区签约项目全部建成投产后…`) goes to it too, an item always.
    return amount.entity.scope === 'item' || this.parkSelfReference(amount) ? this.onlyPark() : undefined;
  }

  /**
   * `K开工建设项目65项,总投资X。C生产线已完成投资Y`: the sentence right after one opened by a park
   * with its own totals lists that park's projects. `;` clauses naming nothing may stand between
   * (`K签约项目41个,签约资金X;引进企业8家;上报到位资金Y`): they still go on about K.
   */
  private statedJustBefore(amount: Span, from: number): Span | undefined {
    const stated = this.stated;
    if (!stated || stated.paragraph !== amount.paragraph || stated.sentence >= amount.sentence) return undefined;
    if (stated.sentence === amount.sentence - 1) return stated.park;
    if (from === 0 || this.spans[from - 1].sentence !== stated.sentence) return undefined;
    const between = this.structure.sentenceStart(stated.sentence + 1);
    const start = this.structure.sentenceStart(amount.sentence);
    if (start - between > MAX_NAMELESS_CLAUSES) return undefined;
    for (const stop of FULL_STOPS) if (this.structure.holds(stop, between, start)) return undefined;
    return stated.park;
  }

  /**
   * `该开发区共签约…总投资X`, `该孵化园…总投资X`: a park said by its kind is the nearest park named
   * before with that ending (the words after 该 first, then the park word alone), in this
   * paragraph or the one before. Only leads holding 该 are read.
   */
  private parkByKind(at: Span, text: string): Span | undefined {
    if (!text.includes('该')) return undefined;
    const words = PARK_BY_KIND.exec(text);
    if (!words || NOT_PARK_WORDS.test(words[1])) return undefined;
    const byEnding = this.parkEndingWith(at, words[1] + words[2]) ?? (words[1] ? this.parkEndingWith(at, words[2]) : undefined);
    // `该园区` names no kind of park (every park is one): the park the text last spoke of as a subject.
    return byEnding ?? (!words[1] && words[2] === '园区' ? this.subjectParkBefore(at) : undefined);
  }

  /**
   * `此次新区集中开工…总投资X`, `计划在新区投资X`: a bare kind word is the one park of that kind named
   * in this paragraph or the one before; none when two parks of that kind are (absent, not a guess).
   */
  private parkByBareKind(amount: Span): Span | undefined {
    const lead = this.leadOf(amount);
    if (!lead.includes(KIND_LAST)) return undefined;
    const words = BARE_KIND.exec(this.wholeClauses(amount, lead));
    if (!words) return undefined;
    const endings = KIND_ENDINGS[words[1] ?? words[2]];
    let found: Span | undefined;
    for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - MAX_KIND_BACK; j--) {
      const span = this.spans[j];
      if (span.paragraph < amount.paragraph - 1) break;
      if (span.entity.label !== 'PARK' || this.parks.projectNamed(span) || !endings.some((end) => span.name.endsWith(end))) continue;
      if (found && found.name !== span.name) return undefined;
      found ??= span;
    }
    return found;
  }

  /** The nearest park before, in this paragraph or the one before, that is the subject of its clause (`据了解,K是…`). */
  private subjectParkBefore(at: Span): Span | undefined {
    for (let j = at.pos - 1; j >= 0 && j >= at.pos - MAX_KIND_BACK; j--) {
      const span = this.spans[j];
      if (span.paragraph < at.paragraph - 1) break;
      if (span.entity.label !== 'PARK' || this.parks.projectNamed(span) || !this.beginsClause(span)) continue;
      // `A与B联合举办…`: two parks share the subject, and 园区 does not say which.
      const next = this.spans[j + 1];
      if (next && next !== at && next.entity.label === 'PARK' && PARK_AND_PARK.test(this.structure.gap(span.entity.end, next.entity.start) ?? '')) return undefined;
      return span;
    }
    return undefined;
  }

  /**
   * `K是在A及B基础上成立的…园区,…累计投入X`: a sentence opened by a park that it then describes
   * is about that park; the parks of the description are not where the money goes.
   */
  private describedSubject(amount: Span): Span | undefined {
    const first = this.firstOfSentence(amount);
    if (!first || first.entity.label !== 'PARK' || this.parks.projectNamed(first) || !this.beginsClause(first)) return undefined;
    return COPULA_CHARS.includes(this.structure.text.charAt(first.entity.end)) ? first : undefined;
  }

  /** Is every span before the amount in its sentence an amount (no name to be its subject)? */
  private onlyAmountsBefore(amount: Span): boolean {
    for (let j = amount.pos - 1; j >= 0 && this.spans[j].sentence === amount.sentence; j--) {
      if (this.spans[j].entity.label !== 'MONEY') return false;
      if (j < amount.pos - WINDOW) return false;
    }
    return true;
  }

  /** The first span of the amount's sentence, or undefined when it lies further back than the window. */
  private firstOfSentence(amount: Span): Span | undefined {
    let j = amount.pos - 1;
    while (j >= 0 && j >= amount.pos - WINDOW && this.spans[j].sentence === amount.sentence) j--;
    if (j >= 0 && this.spans[j].sentence === amount.sentence) return undefined;
    return j + 1 < amount.pos ? this.spans[j + 1] : undefined;
  }

  /**
   * `目前,该园区已形成…。截至目前,共签约项目N个,总投资X`: a sentence without a subject of its own
   * goes on about the park the sentence before it opened with by kind (same paragraph).
   */
  private parkByKindJustBefore(amount: Span): Span | undefined {
    if (amount.sentence === 0) return undefined;
    const start = this.structure.sentenceStart(amount.sentence - 1);
    if (start < this.structure.paragraph(amount.paragraph).start) return undefined;
    const head = this.structure.gap(start, Math.min(start + 16, this.structure.sentenceStart(amount.sentence))) ?? '';
    const at = head.indexOf('该');
    if (at < 0 || !isSubjectLead(head.slice(0, at))) return undefined;
    if (!this.onlyAmountsBefore(amount) || placeSubjectAny(this.leadOf(amount))) return undefined;
    return this.parkByKind(amount, head.slice(at));
  }

  private parkEndingWith(at: Span, ending: string): Span | undefined {
    for (let j = at.pos - 1; j >= 0 && j >= at.pos - MAX_KIND_BACK; j--) {
      const span = this.spans[j];
      if (span.paragraph < at.paragraph - 1) break;
      if (span.entity.label === 'PARK' && !this.parks.projectNamed(span) && span.name.endsWith(ending)) return span;
    }
    return undefined;
  }

  /**
   * The park's words for itself (`该区`, `园区`, `开发区`) before the amount in its sentence, or at
   * the head of its paragraph (`据悉，该区一季度签约的项目…。医药项目总投资…`). Bounded reads.
   */
  private parkSelfReference(amount: Span): boolean {
    if (PARK_SELF.test(this.leadOf(amount))) return true;
    const { start, end } = this.structure.paragraph(amount.paragraph);
    return PARK_SELF.test(this.structure.gap(start, Math.min(end, start + 16, amount.entity.start)) ?? '');
  }

  /**
   * An article about one park (guidelines: its projects' money goes to that park even where a
   * sentence does not name it): the article names one park only, in any form, and its opening
   * has that park as the subject of its first clause (`今年以来，K签约项目…`). Read once.
   */
  private onlyPark(): Span | undefined {
    if (this.articlePark === undefined) this.articlePark = this.readOnlyPark() ?? null;
    return this.articlePark ?? undefined;
  }

  private readOnlyPark(): Span | undefined {
    let first: Span | undefined;
    for (const span of this.spans) {
      // Money stated before the park is named: the article does not open with the park.
      if (!first && span.entity.label === 'MONEY') return undefined;
      if (span.entity.label !== 'PARK' || this.parks.projectNamed(span)) continue;
      if (!first) first = span;
      // Another park (not a longer or shorter form of the first): the text must say which one.
      else if (!first.name.includes(span.name) && !span.name.includes(first.name)) return undefined;
    }
    if (!first || first.paragraph > this.openingParagraph()) return undefined;
    // The subject of its clause, or the park a company signs with (`C与K签订协议`).
    return this.beginsClause(first) || this.parkSigns(first) ? first : undefined;
  }

  /** The last paragraph of the article's opening: the lead after a title line, or the first paragraph of a text without one. */
  private openingParagraph(): number {
    const title = this.parks.titleParagraph;
    // A title line is short and has no sentence in it (read as a heading that is not the title).
    return title >= 0 && this.structure.isHeading(title, false) ? title + 1 : title;
  }

  /**
   * The park the sentence ties the amount to: undefined when it says nothing, null when it
   * puts the money somewhere that is not a park we know (then no park is linked).
   */
  private parkInSentence(i: number, from: number, to: number): Span | null | undefined {
    const amount = this.spans[i];
    let candidate: Span | undefined;
    /** Does the sentence name another park before the amount than the nearest one? */
    let otherPark = false;
    for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
      const span = this.spans[j];
      if (span.entity.label !== 'PARK' || this.parks.projectNamed(span) || this.describes(j)) continue;
      if (candidate) otherPark ||= span.name !== candidate.name;
      else candidate = span;
    }
    // `K所在的吉安市…`: the place K is in is the subject, and its money is not K's.
    if (candidate && IN_WHICH.test(this.structure.after(candidate.entity.end, 16))) return null;
    if (candidate && this.parkTied(candidate)) {
      const gap = this.structure.gap(candidate.entity.end, amount.entity.start);
      // `来自K的客商在X投资`: where it comes from is not where the money goes.
      if (gap !== undefined && !placeSubjectIn(gap) && !(this.comesFrom(candidate) && ELSEWHERE.test(gap))) {
        if (!otherPark || this.locatedThere(candidate) || this.parkSigns(candidate)) return candidate;
        return null;
      }
    }
    const lead = this.leadOf(amount);
    const clauses = this.wholeClauses(amount, lead);
    const place = PLACE_ACTING.test(clauses) ? PLACE_SUBJECT.exec(clauses) : null;
    if (place && !PARK_WORDS_FOR_ITSELF.test(place[1])) return null;
    for (let j = i + 1; j < to && j <= i + WINDOW; j++) {
      const span = this.spans[j];
      if (span.entity.label !== 'PARK' || this.parks.projectNamed(span)) continue;
      if (LOCATED_BEFORE.test(this.structure.before(span.entity.start, 4))) return this.spreadOver(j) ? null : span;
    }
    const elsewhere = ELSEWHERE.exec(lead) ?? MOVED_ELSEWHERE.exec(lead);
    if (elsewhere && !this.parks.isParkWord(elsewhere[1])) return null;
    return undefined;
  }

  /**
   * The lead from its first whole clause: a lead cut at MAX_GAP may start inside a name
   * (`…新区重点打造的…`), which must not read as a clause opened by a place.
   */
  private wholeClauses(amount: Span, lead: string): string {
    if (amount.entity.start - lead.length <= this.structure.sentenceStart(amount.sentence)) return lead;
    const cut = lead.search(/[,;:]/);
    return cut < 0 ? '' : lead.slice(cut);
  }

  /** `K是一个集…于一体的规模化产业园区`: a park word after 是 describes the park before it, no other park. */
  private describes(j: number): boolean {
    const prev = this.spans[j - 1];
    if (prev === undefined || prev.entity.label !== 'PARK' || prev.sentence !== this.spans[j].sentence) return false;
    return COPULA_CHARS.includes(this.structure.text.charAt(prev.entity.end)) && this.joinedBy(j, DESCRIPTION_GAP);
  }

  /** `分别在A和B`: the park at span `j` is one of several the money is spread over. */
  private spreadOver(j: number): boolean {
    const park = this.spans[j];
    if (SPREAD_BEFORE.test(this.structure.before(park.entity.start, 6))) return true;
    const next = this.spans[j + 1];
    return next !== undefined && next.entity.label === 'PARK' && next.sentence === park.sentence && this.joinedBy(j + 1, PARK_AND_PARK);
  }

  /** `在K`, `位于K`, `为K`: the park is where the money goes. */
  private locatedThere(park: Span): boolean {
    const before = this.structure.before(park.entity.start, 4);
    return LOCATED_BEFORE.test(before) || /为\s*$/.test(before) || LOCATED_IN_PROVINCE.test(this.structure.before(park.entity.start, 14));
  }

  /** `第一名是来自K的X`: the project or company written after is the park's. */
  private comesFrom(park: Span): boolean {
    return /来自\s*$/.test(this.structure.before(park.entity.start, 3)) && this.structure.after(park.entity.end, 1) === '的';
  }

  /** A park that acts in its clause: where the money goes, or the clause's subject (`K签约项目N个`). */
  private parkTied(park: Span): boolean {
    if (this.locatedThere(park) || this.parksOfProjects.has(park) || this.parkSigns(park) || this.comesFrom(park)) return true;
    return this.beginsClause(park);
  }

  /**
   * Locations said in the sentence: `位于K的A、B项目`, `P落户K`, `C在K投资`; the agreement it names
   * (`《P项目投资协议》`). Returns the park a list of its projects settles in (`落户K的项目有:`).
   */
  private readLocations(from: number, to: number): Span | undefined {
    let listPark: Span | undefined;
    for (let j = from; j < to; j++) {
      const span = this.spans[j];
      const next = this.spans[j + 1];
      if (span.entity.label === 'PARK' && !listPark && this.listsProjects(span)) listPark = span;
      if (span.entity.label === 'PROJECT' && span.named) this.readAgreement(j, from);
      if (span.entity.label === 'PARK' && !this.parks.projectNamed(span) && next && j + 1 < to) {
        // Without a project right after the park, there is no list to read.
        const first = this.asProject(next);
        if (!first) continue;
        const gap = this.structure.gap(span.entity.end, next.entity.start);
        if (gap !== undefined && this.ownCeremonyIn(span, gap, next)) this.projectPark.set(first.name, span);
        if (gap === undefined || !PARK_THEN_PROJECTS.test(gap)) continue;
        for (let k = j + 1; k < to && k <= j + MAX_LIST; k++) {
          const project = this.asProject(this.spans[k]);
          if (!project) break;
          this.projectPark.set(project.name, span);
          this.parksOfProjects.add(span);
          const following = this.spans[k + 1];
          const between = following && this.structure.gap(this.spans[k].entity.end, following.entity.start);
          if (!following || between === undefined || !LIST_SEPARATOR.test(between)) break;
        }
      } else if (next && j + 1 < to && next.entity.label === 'PARK' && !this.parks.projectNamed(next)) {
        const project = this.asProject(span);
        // Only a project or a company is placed in the park after it.
        if (!project && span.entity.label !== 'COMPANY') continue;
        const gap = this.structure.gap(span.entity.end, next.entity.start);
        if (gap === undefined || !(PROJECT_LOCATED.test(gap) || this.parksOwnProject(gap, next))) continue;
        if (project) this.projectPark.set(project.name, next);
        else if (span.entity.label === 'COMPANY') this.companyPark.set(span.name, next);
      }
      if (span.entity.label === 'COMPANY' && span.named) {
        this.readSignsFor(j, to);
        this.readBuiltBy(j, from);
      }
      if (span.entity.label === 'COMPANY') {
        const after = this.structure.after(span.entity.end, 16);
        const elsewhere = ELSEWHERE.exec(after);
        if (elsewhere && elsewhere.index <= 2 && !this.parks.isParkWord(elsewhere[1])) this.companyPark.set(span.name, null);
      }
    }
    return listPark;
  }

  /** `在K举行的P项目开工仪式`: the project's own ceremony, held in the park it is built in. */
  private ownCeremonyIn(park: Span, gap: string, project: Span): boolean {
    return CEREMONY_HELD.test(gap) && /在\s*$/.test(this.structure.before(park.entity.start, 2)) && OWN_CEREMONY.test(this.structure.after(project.entity.end, 16));
  }

  /** `与C就P项目签订入驻协议`: the company that signs for a project is its company. */
  private readSignsFor(j: number, to: number): void {
    const company = this.spans[j];
    const project = j + 1 < to ? this.asProject(this.spans[j + 1]) : undefined;
    if (!project || !WITH_SIGNER.test(this.structure.before(company.entity.start, 2))) return;
    const gap = this.structure.gap(company.entity.end, project.entity.start);
    if (gap !== undefined && /^\s*就\s*$/.test(gap) && SIGNING_AFTER.test(this.structure.after(project.entity.end, 16))) {
      this.projectCompany.set(project.name, company);
    }
  }

  /**
   * `P项目由C投资建设`: the company a project is said to be built by is its company, for the project's
   * amounts in later sentences too (`项目总投资X,达产后年产值Y`).
   */
  private readBuiltBy(j: number, from: number): void {
    if (j - 1 < from) return;
    const company = this.spans[j];
    const project = this.asProject(this.spans[j - 1]);
    if (!project) return;
    const gap = this.structure.gap(project.entity.end, company.entity.start);
    if (gap !== undefined && BY_GAP.test(gap) && BUILT_AFTER.test(this.structure.after(company.entity.end, 6))) {
      this.projectCompany.set(project.name, company);
    }
  }

  /** `P项目是K重点打造的…项目`: after 是, the park whose project it is (K's, said with 的). */
  private parksOwnProject(gap: string, park: Span): boolean {
    return COPULA_GAP.test(gap) && PARK_OWNS_AFTER.test(this.structure.after(park.entity.end, 10));
  }

  /** The first named company that begins a clause of the sentence and is not one of a list. */
  private companySubjectOf(from: number, to: number): Span | undefined {
    for (let j = from; j < to; j++) {
      const span = this.spans[j];
      if (span.entity.label !== 'COMPANY' || !span.named) continue;
      if (/^[、和及与]/.test(this.structure.after(span.entity.end, 1))) continue;
      if (this.beginsClause(span)) return span;
    }
    return undefined;
  }

  /** Does the span begin its clause (only a time or a connective before it)? */
  private beginsClause(span: Span): boolean {
    const lead = this.structure.before(span.entity.start, 24);
    const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':'), lead.lastIndexOf('。'));
    const clause = lead.slice(cut + 1);
    const fromSentence = span.entity.start - this.structure.sentenceStart(span.sentence);
    return (cut >= 0 || fromSentence <= 24) && isSubjectLead(clause);
  }

  /**
   * The project the sentence is about: its first span, when that is a project and only a time or
   * a connective comes before it (the lead is read only then).
   */
  private projectSubjectOf(from: number, to: number): Span | undefined {
    if (from >= to) return undefined;
    const first = this.spans[from];
    const project = this.asProject(first);
    if (!project) return undefined;
    const start = this.structure.sentenceStart(first.sentence);
    const lead = this.structure.gap(start, first.entity.start);
    if (lead === undefined) return undefined;
    return isSubjectLead(lead) || BATCH_LEAD.test(lead) ? project : undefined;
  }
}

/**
 * What may come before a clause's subject: a time, a connective, a news tag (one class: any of
 * these units, in any order). Sticky: read from the start.
 */
const SUBJECT_LEAD = /[\s,:0-9０-９.\-~～年月日号份上中下半季度前后至今去明本以来截止目前据了解同时此外其中另外而从看讯报]*/y;

function isSubjectLead(lead: string): boolean {
  SUBJECT_LEAD.lastIndex = 0;
  SUBJECT_LEAD.test(lead);
  // What the time or connective leaves: two units at most, measured before any copy is made.
  if (lead.length - SUBJECT_LEAD.lastIndex > 2) return false;
  return !/[的与和同在为对向有括、]/.test(lead.slice(SUBJECT_LEAD.lastIndex));
}

function ref(span: Span): SpanRef {
  return { start: span.entity.start, end: span.entity.end };
}

/** Does the gap move to another phase than the project's own (`一期项目…此次二期总投资`)? */
function otherPhase(projectName: string, gap: string): boolean {
  const own = PHASE.exec(projectName)?.[1];
  const said = PHASE.exec(gap);
  if (said === null || said[1] === own) return false;
  // `P项目一期占地98亩，总投资4亿元`, `P项目(一期):总投资…`: a phase right after the project's name is that project's.
  if (/^\s*\(?\s*$/.test(gap.slice(0, said.index))) return false;
  // `总投资50亿元，…其中一期投资25亿元`: a phase introduced by 其中 is a part of the project (guidelines).
  return !PART_OF.test(gap.slice(0, said.index));
}

/** `其中一期`, and `该项目一期` (a phase said of the project itself): a part of the project. */
const PART_OF = /(?:其中[,，]?|项目)\s*$/;

/**
 * `P项目是K重点打造的…项目,计划总投资X`: after 是 the project stays the subject, and a place in that
 * clause describes it; only the clauses after it may have a place of their own as subject.
 */
function afterCopula(gap: string): string {
  if (!COPULA_FIRST.test(gap)) return gap;
  const clauseEnd = gap.search(CLAUSE_END);
  return clauseEnd < 0 ? '' : gap.slice(clauseEnd);
}

const COPULA_FIRST = /^\s*(?:是|为|系)/;
const CLAUSE_END = /[,;:]/;

function placeSubjectAny(text: string): boolean {
  return PLACE_ACTING.test(text) && PLACE_SUBJECT.test(text);
}

function placeSubjectIn(gap: string): boolean {
  const place = PLACE_ACTING.test(gap) ? PLACE_SUBJECT.exec(gap) : null;
  return place !== null && !PARK_WORDS_FOR_ITSELF.test(place[1]);
}

/** A project with a name of its own, not a generic mention the recogniser let through. */
function isNamedProject(span: Named): boolean {
  return !/^(?:全部|所有|该|本|此|这|预计|[一二三四五六七八九十首]期|新老|重大|重点|协议|合同)/.test(span.name) && !/(?:大|新|好|重点|重大|等|十佳|十强|百强)项目$/.test(span.name);
}

/** A company with a name of its own. */
function isNamedCompany(span: Named): boolean {
  return !/^(?:首家|一家|该|本|跨国|上市|外资|民营|国有|有)/.test(span.name) && !/^(?:上市)?公司$/.test(span.name);
}

