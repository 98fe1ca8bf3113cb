// What the link rules read of one article (see links.ts): its spans in text order, each with its
// name, sentence and paragraph; its structure; what it says about its parks; its brands. And what
// the sentence walk has been told so far (SaidSoFar), which later sentences' rules read.
//
// Two small objects rather than one: the article as read is fixed once built, what was said grows
// as the walk goes on. A rule file takes the one it needs (most take only the first).
import type { ParagraphFolds } from '../fold';
import type { Entity } from '../types';
import { lastClauseMark, MAX_GAP, TextStructure } from './linkText';
import { bareName, brandOf, NameIndex, tailOf, type LinkSpan, type Named } from './linkNames';
import { ArticleParks } from './linkParks';
import { isSubjectLead, isTimeOrConnective } from './linkClauses';
import { describesSubject } from './projectDescribed';
import { abbreviates } from './companyAbbreviation';
import { spanFact, type ArticleReading, type SpanFact } from './articleReadings';

/** How many spans before or after an amount, in its sentence, are looked at. */
export const WINDOW = 8;

/** A registered company name: its legal form says so. */
const REGISTERED = /有限公司|有限责任公司|股份/;
/**
 * After a listed company's name: its stock code (written twice on pages that link it: `(600000)(600000.SH)`), when, and
 * its announcing (`(600000)晚间公告`, `(600000.SH)公布`, `晚间发布公告`).
 */
export const ANNOUNCES_AFTER = /^\s*(?:\(\d{6}(?:\.S[ZH])?\)\s*){0,2}(?:午间|晚间|早间|盘后|日前|今日|今天|晚)?(?:发布)?(?:公告|披露|公布)/;
/**
 * After a company's name, what makes it the one the text speaks as: it declares itself the text's `公司`
 * (`(以下简称“某某”或“公司”)`, `(「本公司」,…)`), or its board meets (`于某日召开第五届董事会`, `第八届董事会第三次会议`):
 * an announcement of its resolutions.
 */
const SPEAKS_AS_ITSELF = /^\s*(?:\([^)]{0,16}[“「"]本?公司[”」"]|(?:于[^,;。]{0,16})?召开[^,;。]{0,10}董事会|第[一二三四五六七八九十\d]{1,3}届董事会)/;
/** After a listed company's short name opening a notice's title: `:关于对外投资的公告`. */
const TITLES_NOTICE = /^:关于[^,;。!?\n]{1,40}?公告/;
/** How far after a company's name ANNOUNCES_AFTER is looked for: two codes and the verb. */
const ANNOUNCES_REACH = 24;
/** How far after a company's name TITLES_NOTICE is looked for. */
const TITLE_REACH = 48;
/** How far after a company's name SPEAKS_AS_ITSELF is looked for. */
const SPEAKS_REACH = 32;
/** A short name a company declares right after its name: `(「某某城」)`, `(以下简称“某某”`, `(“某某”)`. */
const DECLARED_SHORT = /^\s*\(\s*(?:以下)?(?:简称)?\s*[“「"]([^”」"]{2,10})[”」"]/;
/** The announcer's own word for itself, read by `announcer`, not a short name. */
const SELF_WORD = /^本?(?:公司|集团)$/;
/** What a company's name holds when it has a legal form: no short name. */
const LEGAL_FORM_WORD = /公司|集团|会社/;
/** Shortest short name looked for again (two characters are too often part of other words). */
const MIN_SHORT_NAME = 3;
/** Registered brands looked for per article. */
const MAX_BRANDS = 8;
/** The kind a short form of a registered name ends with. */
const SHORT_KIND = /(?:公司|集团)$/;
const LEGAL_FORM = /[(（]|有限|股份/;

export class LinkContext {
  readonly structure: TextStructure;
  readonly spans: LinkSpan[];
  readonly parks: ArticleParks;
  /** Usable projects by brand (first characters), to find a company's project. */
  readonly projectsByBrand = new NameIndex<LinkSpan>();
  /** Usable projects by the last characters of their name before `项目`, to find one said without its head. */
  readonly projectsByTail = new NameIndex<LinkSpan>();
  /** Registered companies of the article by their brand (`格力电器` for `格力电器(重庆)有限公司`). */
  readonly registeredBrands: { brand: string; span: LinkSpan }[] = [];
  /**
   * The forms a company is written in again, untagged: the registered brands, the short names tagged once
   * (`某某钧恒`, said a subsidiary once, then `某某钧恒已完成…`) and the short names a company declares
   * (`某某有限公司(「某某城」)`, `(以下简称“某某”)`).
   */
  readonly writtenAgain: { brand: string; span: LinkSpan }[] = [];
  /** The one company announcing in the article (null: none; undefined: not read yet; see announcer). */
  private announcing: LinkSpan | null | undefined = undefined;
  /** The last amount's lead (see leadOf): several rules read it, it is folded once. */
  private lead: { amount: LinkSpan; text: string } | undefined;
  /** The article readings made so far (articleReadings.ts), by their id. */
  private readonly readings: unknown[] = [];
  /** Per span (by its `pos`), the span facts read so far and their answers (articleReadings.ts, `SpanFact`). */
  private readonly facts: Uint32Array;

  constructor(text: string, entities: readonly Entity[], folds?: ParagraphFolds) {
    this.structure = new TextStructure(text, folds);
    this.spans = this.readSpans(entities);
    this.facts = new Uint32Array(this.spans.length);
    this.parks = new ArticleParks(this.structure, this.spans);
    for (const span of this.spans) {
      if (span.entity.label !== 'PROJECT' || !span.named) continue;
      const brand = brandOf(span);
      this.projectsByBrand.add(brand, span);
      this.projectsByTail.add(tailOf(span), span);
    }
    this.readRegisteredBrands();
    this.readWrittenAgain();
  }

  /**
   * The listed company the article is an announcement of (`宏远机电(600000)晚间公告`, `宏远机电披露…`, a company
   * whose board meets or that calls itself `公司`): the one company written right before `公告`/`披露` or so;
   * none when two different ones announce. Read once.
   */
  announcer(): LinkSpan | undefined {
    if (this.announcing === undefined) {
      this.announcing = null;
      for (const span of this.spans) {
        if (span.entity.label !== 'COMPANY' || !this.announces(span)) continue;
        if (this.announcing && this.announcing.name !== span.name) {
          this.announcing = null;
          break;
        }
        this.announcing ??= span;
      }
    }
    return this.announcing ?? undefined;
  }

  /** Does the company announce (`(600000)晚间公告`), or speak as the text's `公司` (SPEAKS_AS_ITSELF)? */
  private announces(span: LinkSpan): boolean {
    const after = this.structure.after(span.entity.end, TITLE_REACH);
    return ANNOUNCES_AFTER.test(after.slice(0, ANNOUNCES_REACH)) || TITLES_NOTICE.test(after) || SPEAKS_AS_ITSELF.test(after.slice(0, SPEAKS_REACH));
  }

  /**
   * The registered name of a company written short (`维斗科技公司` for `东莞市维斗科技股份有限公司`, the one
   * registered company of that brand), or the company as it is: a link names the company by its full name,
   * which the short form, with its 公司, is no part of.
   */
  registeredFormOf(company: LinkSpan): LinkSpan {
    if (REGISTERED.test(company.name)) return company;
    // The brand and a bare 公司 only: a bare brand is part of the registered name already, and a longer
    // name (`维斗科技光电公司`) may be another company.
    for (const { brand, span } of this.registeredBrands) if (isBrandAndGongsi(company.name, brand)) return span;
    return this.registeredByHead(company) ?? company;
  }

  /**
   * `佳宏公司` for `广东佳宏和利科技实业有限公司`, `卓阳集团` for `卓阳能源集团有限公司`: the head before 公司 or
   * 集团 starts one registered brand only (a 集团 of a registered 集团); a head longer than the brand
   * (`维斗科技光电公司`) is no short form of it.
   */
  private registeredByHead(company: LinkSpan): LinkSpan | undefined {
    const kind = SHORT_KIND.exec(company.name);
    if (!kind || kind.index < 2) return undefined;
    const head = company.name.slice(0, kind.index);
    const found = this.registeredBrands.filter(({ brand, span }) => (brand.startsWith(head) || abbreviates(head, span.name)) && brand !== head && (kind[0] === '公司' || span.name.includes(kind[0])));
    return found.length === 1 ? found[0].span : undefined;
  }

  /** The entities that fit the text, by start, each with its name, sentence and paragraph. */
  private readSpans(entities: readonly Entity[]): LinkSpan[] {
    const length = this.structure.text.length;
    const spans: LinkSpan[] = [];
    let sorted = true;
    for (let index = 0; index < entities.length; index++) {
      const entity = entities[index];
      if (!(entity.start >= 0 && entity.end <= length && entity.end > entity.start)) continue;
      sorted &&= spans.length === 0 || spans[spans.length - 1].entity.start <= entity.start;
      spans.push({ index, pos: 0, entity: inOneShape(entity), name: entity.text, sentence: 0, paragraph: 0, named: false, bare: undefined, short: undefined });
    }
    // The recogniser's entities come sorted: a sorted array needs no sort (a stable sort keeps it).
    if (!sorted) spans.sort((a, b) => a.entity.start - b.entity.start);
    let sentence = 0;
    let paragraph = 0;
    for (let pos = 0; pos < spans.length; pos++) {
      const span = spans[pos];
      span.pos = pos;
      // Names are compared across mentions; an amount's is never read.
      if (span.entity.label !== 'MONEY') span.name = this.structure.gap(span.entity.start, span.entity.end) ?? span.entity.text;
      // Asked of a span once per rule and amount near it: answered once.
      span.named = span.entity.label === 'PROJECT' ? isNamedProject(span) && !describesSubject(this.structure, spans, pos) : span.entity.label === 'COMPANY' && isNamedCompany(span);
      sentence = span.sentence = this.structure.sentenceFrom(span.entity.start, sentence);
      paragraph = span.paragraph = this.structure.paragraphFrom(span.entity.start, paragraph);
    }
    return spans;
  }

  /**
   * A registered company (`…有限公司`, `…股份…`) is often named afterwards by its brand alone, which
   * the recogniser does not tag. Brands shared by two registered names tell nothing; a few per
   * article at most, so a lookup stays bounded.
   */
  private readRegisteredBrands(): void {
    const seen = new Map<string, LinkSpan>();
    // Kept apart rather than as a null in `seen`: a null met late in a comparison with spans made
    // V8 compile this function again in every thread.
    const shared = new Set<string>();
    for (const span of this.spans) {
      if (span.entity.label !== 'COMPANY' || !REGISTERED.test(span.name)) continue;
      // The name before its bracketed place or legal form (`格力电器(重庆)有限公司` → `格力电器`).
      const bare = bareName(span);
      const brand = bare.slice(0, bare.search(LEGAL_FORM));
      if (brand.length < 3) continue;
      const other = seen.get(brand);
      if (other === undefined) seen.set(brand, span);
      else if (other.name !== span.name) shared.add(brand);
    }
    for (const [brand, span] of seen) if (!shared.has(brand) && this.registeredBrands.length < MAX_BRANDS) this.registeredBrands.push({ brand, span });
  }

  /** The registered brands, then each short name and declared short name once (MAX_BRANDS in all), read once. */
  private readWrittenAgain(): void {
    const forms = this.writtenAgain;
    forms.push(...this.registeredBrands);
    const add = (brand: string, span: LinkSpan): void => {
      if (brand.length >= MIN_SHORT_NAME && forms.length < MAX_BRANDS && !forms.some((f) => f.brand === brand)) forms.push({ brand, span });
    };
    for (const span of this.spans) {
      if (span.entity.label !== 'COMPANY' || !span.named) continue;
      if (!LEGAL_FORM_WORD.test(span.name)) add(span.name, span);
      const declared = DECLARED_SHORT.exec(this.structure.after(span.entity.end, 20));
      if (declared && !SELF_WORD.test(declared[1])) add(declared[1], span);
    }
  }

  /**
   * The folded text before an amount in its sentence, MAX_GAP folded units at most. Pages that gloss
   * every character with its pinyin (`項(xiàng)目建成`) take several units per character: the lead is read
   * over up to twice as many original units, so it reaches as far back as on a plain page.
   */
  leadOf(amount: LinkSpan): string {
    if (this.lead?.amount !== amount) {
      const folded = this.structure.folded(this.leadStart(amount), amount.entity.start);
      this.lead = { amount, text: folded.length > MAX_GAP ? folded.slice(folded.length - MAX_GAP) : folded };
    }
    return this.lead.text;
  }

  /** Where the stretch the amount's lead is cut from starts (its sentence's start, 2 × MAX_GAP back at most). */
  leadStart(amount: LinkSpan): number {
    return Math.max(this.structure.sentenceStart(amount.sentence), amount.entity.start - 2 * MAX_GAP);
  }

  /** The reading of this article, made when first asked. */
  once<T extends object | null>(reading: ArticleReading<T>): T {
    let value = this.readings[reading.id] as T | undefined;
    if (value === undefined) this.readings[reading.id] = value = reading.read(this);
    return value;
  }

  /**
   * The fact of the span, read when first asked. A span made by a rule (a copy of one with other ends) is read each
   * time: only the article's own spans are kept.
   */
  fact(fact: SpanFact, span: LinkSpan): boolean {
    if (this.spans[span.pos] !== span) return fact.read(this, span);
    const bits = this.facts[span.pos];
    if ((bits & fact.known) !== 0) return (bits & fact.yes) !== 0;
    const value = fact.read(this, span);
    this.facts[span.pos] = bits | (value ? fact.known | fact.yes : fact.known);
    return value;
  }

  /** A project span, or the project a park span names (`京东数字经济产业园` for `京东数字产业园项目`). */
  asProject(span: LinkSpan): LinkSpan | undefined {
    if (span.entity.label === 'PROJECT') return span.named ? span : undefined;
    if (span.entity.label === 'PARK') return this.parks.projectNamed(span);
    return undefined;
  }

  /** Is the gap between span `k - 1` and span `k` of the form `re`? */
  joinedBy(k: number, re: RegExp): boolean {
    const gap = this.structure.gap(this.spans[k - 1].entity.end, this.spans[k].entity.start);
    return gap !== undefined && re.test(gap);
  }

  /** Nothing but amounts between spans `a` and `b` (no project, company or park moves on). */
  onlyAmountsBetween(a: number, b: number, most = WINDOW): boolean {
    if (b - a > most) return false;
    for (let k = a + 1; k < b; k++) if (this.spans[k].entity.label !== 'MONEY') return false;
    return true;
  }

  /**
   * Does the span begin its clause (only a time or a connective before it, and two more units at most,
   * or with `bare` none: `开展K建设` is no clause K begins)?
   */
  beginsClause(span: LinkSpan, bare = false): boolean {
    return this.fact(bare ? BEGINS_CLAUSE_BARE : BEGINS_CLAUSE, span);
  }
}

/** `beginsClause`: asked of most parks and companies by several rules, for every amount near them. */
const BEGINS_CLAUSE = spanFact((ctx, span) => beginsItsClause(ctx, span, false));
const BEGINS_CLAUSE_BARE = spanFact((ctx, span) => beginsItsClause(ctx, span, true));

function beginsItsClause(ctx: LinkContext, span: LinkSpan, bare: boolean): boolean {
  const lead = ctx.structure.before(span.entity.start, 24);
  const cut = lastClauseMark(lead, true);
  const clause = lead.slice(cut + 1);
  const fromSentence = span.entity.start - ctx.structure.sentenceStart(span.sentence);
  return (cut >= 0 || fromSentence <= 24) && (bare ? isTimeOrConnective(clause) : isSubjectLead(clause));
}

/**
 * What the walk has read so far that later rules ask about: where projects and companies were
 * said to be, whose projects they are, and the last whole, stated park and agreement. Every field
 * is declared here, so the object keeps one shape.
 */
export class SaidSoFar {
  /** Where a project or a company was said to be: a park, or `null` for a place that is not one. */
  readonly projectPark = new Map<string, LinkSpan | null>();
  readonly companyPark = new Map<string, LinkSpan | null>();
  readonly projectCompany = new Map<string, LinkSpan>();
  /** Area parks (not zones) the text placed in a zone, by name. */
  readonly zoneOfArea = new Map<string, LinkSpan>();
  /** Parks the text gave projects to (`K的A、B项目`). */
  readonly parksOfProjects = new Set<LinkSpan>();
  /** Projects claimed by the amount written right before them (`总投资X的P`). */
  readonly claimed = new Set<LinkSpan>();
  /** The last sentence whose total was linked to a park, and that park (see parkOfWhole). */
  whole: { sentence: number; park: LinkSpan } | undefined = undefined;
  /** The last sentence with an item amount linked to a project, and that project (see projectOfWhole). */
  projectWhole: { sentence: number; paragraph: number; project: LinkSpan } | undefined = undefined;
  /** The last sentence listing parts of a counted whole (`在这57个项目中,…`), and its park (see parkOfWhole). */
  parts: { sentence: number; park: LinkSpan } | undefined = undefined;
  /** The last sentence opened by a park with its own totals, and that park (see statedJustBefore). */
  stated: { sentence: number; paragraph: number; park: LinkSpan } | undefined = undefined;
  /** The last agreement named with its project (`与K签订了《P项目投资协议》`): its paragraph, project and signing park. */
  agreement: { paragraph: number; project: LinkSpan; park?: LinkSpan } | undefined = undefined;
  /** The last investment amount linked so far: its paragraph and its park, none when undefined (see parkOfResults.ts). */
  lastInvestment: { paragraph: number; park: LinkSpan | undefined } | undefined = undefined;
  /** The park each project's investment was linked to first, by the project's name (see parkOfResults.ts). */
  readonly projectInvestmentPark = new Map<string, LinkSpan>();
  /** The last sum linked so far, when it is a counted batch's total linked to a park (see parkOfBatch.ts). */
  lastBatch: { pos: number; paragraph: number; park: LinkSpan } | undefined = undefined;
  /** The last amount linked to a park so far: where it is and its park (see parkOfParagraphSoFar.ts). */
  lastParked: { pos: number; paragraph: number; park: LinkSpan; item: boolean; project?: string } | undefined = undefined;

  /** An area park counts for the zone the text placed it in. */
  zoneOf(park: LinkSpan): LinkSpan {
    return this.zoneOfArea.get(park.name) ?? park;
  }
}

/**
 * The entity's fields as the rules read them, in one shape. The recogniser's entities come in several (a name has
 * no money attributes, an amount a qualifier or not): every rule reads `span.entity.…` of the spans near each
 * amount, and a read site that meets several shapes is slower than one that meets one (about 5% of the links' time).
 */
function inOneShape(e: Entity): Entity {
  return { label: e.label, start: e.start, end: e.end, text: e.text, value: e.value, max: e.max, currency: e.currency, qualifier: e.qualifier, role: e.role, scope: e.scope };
}

/** Is the name the brand and 公司 (`brand + '公司'`, compared without making it: asked for every company an amount links to)? */
function isBrandAndGongsi(name: string, brand: string): boolean {
  return name.length === brand.length + 2 && name.startsWith(brand) && name.endsWith('公司');
}

/** How a generic mention of projects starts (`该项目`, `一期项目`) or ends (`重大项目`, `新项目`, but not `城市更新项目`). */
const GENERIC_PROJECT_HEAD = /^(?:全部|所有|该|本|此|这|预计|新老|重大|重点|协议|合同)/;
const GENERIC_PROJECT_TAIL = /(?:大|(?<!更)新|好|重点|重大|等|十佳|十强|百强)项目$/;
/**
 * A phase and a kind of works (`一期项目`, `二期扩建项目`) name no project; a phase before what it
 * builds, with its capacity (`二期100万吨煤焦化项目`) or at length, is a name.
 */
const GENERIC_PHASE = /^[一二三四五六七八九十首]期[^\d０-９]{0,4}项目$/;
/** How a generic mention of a company starts (`该公司`, `一家企业`), or is (`公司`). */
const GENERIC_COMPANY_HEAD = /^(?:首家|一家|该|本|跨国|上市|外资|民营|国有|有)/;
const GENERIC_COMPANY = /^(?:上市)?公司$/;

/** A project with a name of its own, not a generic mention the recogniser let through. */
function isNamedProject(span: Named): boolean {
  return !GENERIC_PROJECT_HEAD.test(span.name) && !GENERIC_PHASE.test(span.name) && !GENERIC_PROJECT_TAIL.test(span.name);
}

/** A company with a name of its own. */
function isNamedCompany(span: Named): boolean {
  return !GENERIC_COMPANY_HEAD.test(span.name) && !GENERIC_COMPANY.test(span.name);
}
