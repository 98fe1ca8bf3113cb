// What an article says about its parks, for links (links.ts): the park each section is about
// (its heading), parks that are a project's own name, parks and companies named inside a
// project's name.
import { TopOfPage } from '../articleTitle';
import { bareName, brandOf, commonPrefix, companyBrand, namedByCompanyHead, oneNamed, sameName, NameIndex, shortProjectName, tailOf, withoutPlaces, type LinkSpan } from './linkNames';
import { imageLines } from './imageCaptions';
import { hostsProjects } from './parkHostingProjects';
import type { TextStructure } from './linkText';
import type { Entity } from '../types';
import { PROVINCE_NAMES } from '../lexicon/placeNames';
import { nameWithoutPlace } from '../recognition/parkWithoutPlace';

/** Zone words a project's name may start with, standing for the article's park of that kind. */
const ZONE_WORDS = ['高新技术产业开发区', '经济技术开发区', '高新区', '经开区', '开发区', '工业园区', '产业园区', '新区'];
/** Words that name the park the text is about, without its name. */
const GENERIC_PARK = /^(?:高新区|开发区|经开区|园区|全区|该区|本区|新区|工业园区)$/;
/** Before a heading's park: a short place or tag at most, and no verb or particle. */
const HEADING_LEAD = /^[\s\p{P}\p{S}]*[\p{Script=Han}]{0,4}[\s\p{P}\p{S}]*$/u;
const HEADING_LEAD_WORDS = /[的在与和到赴为对向]|图|摄|来源/;
/** A heading that starts with a place that is not a park (`徐州铜山:…`): a section about it. */
const PLACE_HEADING = /^[\s\p{P}]*([\p{Script=Han}]{2,8})\s*[:：]/u;

/** A zone's short word and the full words it stands for (`聊城开发区` for `聊城经济技术开发区`). */
const ZONE_FULL_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['开发区', ['经济技术开发区', '经济开发区', '技术开发区']],
  ['经开区', ['经济技术开发区', '经济开发区']],
  ['高新区', ['高新技术产业开发区', '高新技术开发区']],
  ['高开区', ['高新技术产业开发区', '高新技术开发区']],
  // Taiwan's export processing zones (`高雄加工出口区`), written short (`高雄加工区`).
  ['加工区', ['加工出口区']],
];

/** What every short word of ZONE_FULL_WORDS ends with. */
const ZONE_END = '区';

/**
 * Are the two names one zone, written with its short word and its full words (`郑州经开区`,
 * `郑州经济技术开发区`, also `国家郑州经济技术开发区`, `河南郑州经济开发区`): the same place before them, two characters
 * at least?
 */
export function sameZoneShortAndFull(a: string, b: string): boolean {
  // Every short word ends with 区: a pair with neither name ending so is none (asked of many pairs of parks per amount).
  if (!a.endsWith(ZONE_END) && !b.endsWith(ZONE_END)) return false;
  for (const [short, fulls] of ZONE_FULL_WORDS) {
    // `开发区` ends its full words too (`某某经济技术开发区`): of two names ending so, the shorter is the short one.
    const bEnds = b.endsWith(short);
    const aIsShort = a.endsWith(short) && (!bEnds || a.length < b.length);
    if (!aIsShort && !bEnds) continue;
    const shortName = aIsShort ? a : b;
    const other = aIsShort ? b : a;
    const place = shortName.slice(0, -short.length);
    if (place.length < 2) continue;
    for (const full of fulls) {
      // The other name (and so its bare form, a tail of it) ends with the full words, or is none of this zone.
      if (!other.endsWith(full)) continue;
      if (isPlaceThenFull(other, place, full) || isPlaceThenFull(withoutNationOrProvince(other), place, full)) return true;
    }
  }
  return false;
}

/** Is `name` the place and the full words (`place + full`, compared without making it: asked for most pairs of zones)? */
function isPlaceThenFull(name: string, place: string, full: string): boolean {
  return name.length === place.length + full.length && name.startsWith(place) && name.endsWith(full);
}

/** A nation's rank or a province written before a zone's full name (`国家某某经济技术开发区`, `山东某某经济开发区`). */
const NATION_OR_PROVINCE_HEAD = new RegExp(`^(?:国家级?|(?:${[...PROVINCE_NAMES].sort((a, b) => b.length - a.length).join('|')})省?)`);

/** The zone's name without the nation's rank or the province written before it: the same zone as its short name says. */
function withoutNationOrProvince(name: string): string {
  const head = NATION_OR_PROVINCE_HEAD.exec(name);
  return head ? name.slice(head[0].length) : name;
}

/** A cooperation zone's name: what trade it is for (`经贸 经济`) may be left out of it (`某某经贸合作区`, `某某合作区`). */
const COOPERATION_TRADE = /(?:经贸|经济)(?=合作区$)/;
const COOPERATION_ZONE = '合作区';

/**
 * Are the two names one cooperation zone, the shorter written without the trade word of the longer and without
 * the countries or places heading it (`中国某国甲—乙经济合作区`, `甲—乙合作区`; `某某经贸合作区`, `某某合作区`)?
 */
function sameCooperationZone(a: string, b: string): boolean {
  // Both end with the zone's word (COOPERATION_TRADE reads the longer's before it): most pairs are none, told without a copy.
  if (!a.endsWith(COOPERATION_ZONE) || !b.endsWith(COOPERATION_ZONE)) return false;
  const long = a.length > b.length ? a : b;
  const short = a.length > b.length ? b : a;
  if (short.length < 5 || !COOPERATION_TRADE.test(long)) return false;
  return long.replace(COOPERATION_TRADE, '').endsWith(short);
}

/** A place of two or three characters and its level word (`兰州市`, `沭阳县`), at a park name's head. */
const PLACE_LEVEL_HEAD = /^([\p{Script=Han}]{2,3})[市县縣]/u;

/** One park written longer, shorter (one name inside the other) or in another form `samePark` reads. */
export function oneParkWriting(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || samePark(a, b);
}

/**
 * Are the two names one park: the same, a zone's short and full words (`sameZoneShortAndFull`), or the
 * place at its head written with and without its level word (`兰州市高新区`, `兰州高新区`; `沭阳县经开区`), or without the place (`昆明空港经济区`, `空港经济区`)?
 */
export function samePark(a: string, b: string): boolean {
  if (a === b || sameZoneShortAndFull(a, b) || sameCooperationZone(a, b)) return true;
  if (a.length === b.length) return false;
  const long = a.length > b.length ? a : b;
  const short = a.length > b.length ? b : a;
  // `昆明空港经济区` and `空港经济区`: the zone written again without its place (recognition/parkWithoutPlace.ts)
  if (long.endsWith(short) && nameWithoutPlace(long) === short) return true;
  // The level word is one character: the lengths say no before the pattern is run.
  if (long.length !== short.length + 1) return false;
  const head = PLACE_LEVEL_HEAD.exec(long);
  return head !== null && short.startsWith(head[1]) && long.endsWith(short.slice(head[1].length));
}

/** Distinct park names kept for look-ups by name (an article names a handful; bounds the cost). */
const MAX_PARK_NAMES = 64;

export class ArticleParks {
  /** Per paragraph, the park its section is about (undefined: none). */
  private readonly sectionPark: (LinkSpan | undefined)[] = [];
  /** Per span (by its `pos`), the project a park span stands for: read for most parks near every amount. */
  private readonly parkProject: (LinkSpan | undefined)[];
  private readonly parksByName = new Map<string, LinkSpan>();
  /** Each park name's first mention outside a project's name. */
  private readonly standaloneByName = new Map<string, LinkSpan>();
  /** Parks written inside a project's name. */
  private readonly insideProjects = new Set<LinkSpan>();
  /** By a park's name: the zones it is written right after somewhere in the article (`K1K2`: K2 lies in K1). */
  private readonly zonesHolding = new Map<string, Set<string>>();
  /** By project name: the park written right at the head of one of its mentions (see `readHeads`). */
  private readonly headByProject = new Map<string, LinkSpan>();
  private readonly companiesByBrand = new NameIndex<LinkSpan>();
  /** The park each project's name starts with (null: none), by the project's name (see insideName). */
  private readonly parkInsideName = new Map<string, LinkSpan | null>();
  /** The article's title: its first paragraph with a few Han characters (-1: none). */
  titleParagraph = -1;
  /** A heading starts with a place that is not a park (`某县：…`): the article is about more than one park. */
  placeSection = false;
  /** Does the article speak of a city's parks together (read once, when a `市工业园区` is met)? */
  private parksTogether: boolean | undefined = undefined;
  /** The paragraphs that are a photo's file name or caption (read once, when first asked). */
  private photoLines: ReadonlySet<number> | undefined = undefined;

  constructor(
    private readonly structure: TextStructure,
    spans: readonly LinkSpan[],
  ) {
    // Indexed by `pos`: each span's index in `spans` (LinkContext reads them so).
    this.parkProject = new Array<LinkSpan | undefined>(spans.length).fill(undefined);
    const projectsByPrefix = new Map<string, LinkSpan>();
    const projectsByTail = new NameIndex<LinkSpan>();
    for (const span of spans) {
      const { label } = span.entity;
      if (label === 'PROJECT' && span.name.length >= 6) projectsByPrefix.set(span.name.slice(0, 4), span);
      if (label === 'PROJECT' && span.name.length >= 6) projectsByTail.add(tailOf(span), span);
      if (label === 'COMPANY') {
        this.companiesByBrand.add(brandOf(span), span);
      }
    }
    spans.forEach((span, k) => {
      if (span.entity.label !== 'PARK') return;
      if (insideProject(structure, spans, k)) this.insideProjects.add(span);
      else if (!this.standaloneByName.has(span.name)) this.standaloneByName.set(span.name, span);
    });
    this.readHeads(spans);
    this.readZonesHolding(spans);
    // Read only when a park would stand for a project: most parks stand for none, and reading every mention's
    // surroundings for the hosts was most of this constructor's cost.
    let hosts: Set<string> | undefined;
    for (const span of spans) {
      if (span.entity.label !== 'PARK') continue;
      const byPrefix = span.name.endsWith('区') ? undefined : projectsByPrefix.get(span.name.slice(0, 4));
      const project = byPrefix && commonPrefix(byPrefix.name, span.name) >= 4 && !facilityIn(byPrefix.name, span.name) ? byPrefix : projectAfterPlace(span, projectsByTail);
      // `12个项目签约落户K` … `K项目`: a park that hosts others' projects is a park, not the project building it.
      if (project && !(hosts ??= hostNames(structure, spans)).has(span.name)) this.parkProject[span.pos] = project;
      else if (!this.parksByName.has(span.name) && this.parksByName.size < MAX_PARK_NAMES) this.parksByName.set(span.name, span);
    }
    this.readSections(spans);
  }

  /**
   * The park as written outside a project's name (`徐圩新区` for the one heading `徐圩新区丙烷项目`): a park
   * inside a project's name is no span of its own (guidelines), so a link names it where it stands alone.
   */
  standalone(park: LinkSpan): LinkSpan {
    return this.insideProjects.has(park) ? this.standaloneByName.get(park.name) ?? park : park;
  }

  /** The project a park span stands for (`京东数字经济产业园` when the article has `京东数字产业园项目`). */
  projectNamed(park: LinkSpan): LinkSpan | undefined {
    return this.parkProject[park.pos];
  }

  /**
   * Does the article name another park before this one (by its first mention; at most MAX_PARK_NAMES read)?
   * An industry park after a zone the article named is as often a project within the zone.
   */
  otherParkBefore(park: LinkSpan): boolean {
    // `K1K2…总投资X的K2`: the zone K2 was written inside is where K2 lies, no rival to it.
    const holding = this.zonesHolding.get(park.name);
    for (const [name, other] of this.parksByName) if (other.entity.start < park.entity.start && !samePark(name, park.name) && !holding?.has(name)) return true;
    return false;
  }

  /** `大冶湖高新区某某光电产业园`: an area park written right after a zone, nothing between, lies inside it (guidelines: two PARKs). */
  private readZonesHolding(spans: readonly LinkSpan[]): void {
    for (let k = 1; k < spans.length; k++) {
      const [zone, inner] = [spans[k - 1], spans[k]];
      if (zone.entity.label !== 'PARK' || inner.entity.label !== 'PARK' || !zone.name.endsWith('区') || inner.name.endsWith('区')) continue;
      if (!this.structure.nothingBetween(zone.entity.end, inner.entity.start)) continue;
      const zones = this.zonesHolding.get(inner.name) ?? new Set<string>();
      zones.add(zone.name);
      this.zonesHolding.set(inner.name, zones);
    }
  }

  /**
   * `K1K2P项目`, `K(gloss)P项目`: the park written right at the head of a project's name the recogniser parted from
   * it is where the project lies; an industry park heading it is part of its name (guidelines), so the zone written
   * right before that park is, when there is one. A head with no mention of its own outside a project names nothing.
   */
  private readHeads(spans: readonly LinkSpan[]): void {
    for (let k = 1; k < spans.length; k++) {
      const project = spans[k];
      const head = spans[k - 1];
      if (project.entity.label !== 'PROJECT' || head.entity.label !== 'PARK' || this.headByProject.has(project.name)) continue;
      if (!this.structure.nothingBetween(head.entity.end, project.entity.start)) continue;
      const zone = spans[k - 2];
      const inZone = zone?.entity.label === 'PARK' && zone.name.endsWith('区') && !head.name.endsWith('区') && this.structure.nothingBetween(zone.entity.end, head.entity.start);
      const park = inZone ? zone : head;
      if (this.standalone(park) !== park || !this.insideProjects.has(park)) this.headByProject.set(project.name, this.standalone(park));
    }
  }

  /**
   * The park a project's name starts with (`高新区协鑫光伏电池项目` → the article's one 高新区), or the park written at its
   * head; read once per name.
   */
  insideName(project: LinkSpan): LinkSpan | undefined {
    const head = this.headByProject.get(project.name);
    if (head) return head;
    let park = this.parkInsideName.get(project.name);
    if (park === undefined) this.parkInsideName.set(project.name, (park = this.readInsideName(project) ?? null));
    return park ?? undefined;
  }

  private readInsideName(project: LinkSpan): LinkSpan | undefined {
    const name = bareName(project);
    for (const [parkName, park] of this.parksByName) if (project.name.startsWith(parkName) || name.startsWith(parkName)) return park;
    const zone = ZONE_WORDS.find((word) => name.startsWith(word));
    if (!zone) return undefined;
    const parks = [...this.parksByName.values()].filter((park) => park.name.endsWith(zone));
    return parks.length === 1 ? parks[0] : undefined;
  }

  /**
   * The company named at the head of a project's name (`台玻技改项目` → `台玻(福建)光伏玻璃有限公司`). `formOf`: the
   * registered form of a company's writing, so that a short writing and the registered name it stands for
   * (`某某生物公司`, `某某生物科学有限公司`) count as the one company they are.
   */
  companyInside(project: LinkSpan, formOf?: (company: LinkSpan) => LinkSpan): LinkSpan | undefined {
    const name = bareName(project);
    // A brand that opens with a place (`南山婆集团` → `南山婆…项目`) is found under the project's whole name.
    const byPlace = name === project.name ? [] : this.companiesByBrand.get(project.name.slice(0, 2));
    const candidates = [...this.companiesByBrand.get(name.slice(0, 2)), ...byPlace].filter((company) => {
      const brand = companyBrand(company);
      return (brand.length >= 2 && (name.startsWith(brand) || project.name.startsWith(brand))) || namedByCompanyHead(project, company);
    });
    return oneCompany(formOf && candidates.length > 1 ? candidates.map(formOf) : candidates);
  }

  /** Is this place (from `在X投资`) a park the article names, or a word for the park it is about? */
  isParkWord(place: string): boolean {
    if (GENERIC_PARK.test(place)) return true;
    for (const name of this.parksByName.keys()) if (name.includes(place) || place.includes(name)) return true;
    return false;
  }

  /**
   * A heading shortens a park's name (`聊城开发区`) the text then writes in full (`聊城经济技术开发区`):
   * the section is about the park under its full name. Only the standard short zone words.
   */
  private fullNameOf(park: LinkSpan): LinkSpan {
    const { name } = park;
    for (const [short, fulls] of ZONE_FULL_WORDS) {
      if (!name.endsWith(short) || name.length - short.length < 2) continue;
      const place = name.slice(0, -short.length);
      for (const full of fulls) {
        const found = this.parksByName.get(place + full);
        if (found) return found;
      }
    }
    return park;
  }

  /**
   * Is the park a city's parks taken together (`某某市产业园区`; `某某市工业园区` in an article that speaks
   * of the city's parks together, `全市工业园区完成…`)? No amount is linked to it: it is no one park.
   */
  isCityWide(park: LinkSpan): boolean {
    if (park.name.endsWith(CITY_PARKS)) return true;
    if (!park.name.endsWith(CITY_INDUSTRIAL_PARKS)) return false;
    this.parksTogether ??= PARKS_TOGETHER.test(this.structure.text);
    return this.parksTogether;
  }

  /** Is the paragraph a photo's file name line (`某某产业园.jpg`) or its caption right after: no text the article says? */
  isImageLine(paragraph: number): boolean {
    this.photoLines ??= imageLines(this.structure);
    return this.photoLines.has(paragraph);
  }

  sectionParkAt(paragraph: number): LinkSpan | undefined {
    return this.sectionPark[paragraph];
  }

  /**
   * Sections: the title, and each later heading, that starts with a park make the paragraphs
   * up to the next such heading about that park; a heading that starts with another place
   * (`某县：…`) ends it.
   */
  private readSections(spans: readonly LinkSpan[]): void {
    /** The first span of paragraph `p` or after it: spans are sorted, so one walk serves all paragraphs. */
    let k = 0;
    let current: LinkSpan | undefined;
    let titleSeen = false;
    const top = new TopOfPage();
    for (let p = 0; p < this.structure.paragraphCount; p++) {
      while (k < spans.length && spans[k].paragraph < p) k++;
      const { start, end } = this.structure.paragraph(p);
      // The title: the first paragraph (read in its first 200 units) that may be one, not a site's trail, banner,
      // record table, contact card or list of other pages' titles above it (articleTitle.ts, which the headline's
      // reading shares). Once it is found, no paragraph is copied to be asked.
      const isTitle = !titleSeen && top.read(this.headOf(p) ?? '', (ahead) => this.headOf(p + ahead)) === 'title';
      // A photo's caption (`某某产业园`, under `某某产业园.jpg`) is no heading: it opens no section of its park.
      if (this.structure.isHeading(p, isTitle) && !this.isImageLine(p)) {
        const park = this.onlyParkOfParagraph(spans, k, p);
        const lead = park ? this.structure.text.slice(start, park.entity.start) : '';
        const alone = park && !/^[、和与及]/.test(this.structure.text.slice(park.entity.end, park.entity.end + 1));
        if (park && alone && !this.isCityWide(park) && HEADING_LEAD.test(lead) && !HEADING_LEAD_WORDS.test(lead)) current = this.fullNameOf(park);
        // A heading other than the title is short (isHeading): it is read whole.
        else if (isTitle) current = undefined;
        else if (startsWithPlace(this.structure.text.slice(start, end))) {
          current = undefined;
          this.placeSection = true;
        }
      }
      if (isTitle) {
        titleSeen = true;
        this.titleParagraph = p;
      }
      this.sectionPark.push(current);
    }
  }
  /** The head of paragraph `p` (its first 200 units), as the title is read; undefined past the last paragraph. */
  private headOf(p: number): string | undefined {
    if (p >= this.structure.paragraphCount) return undefined;
    const { start, end } = this.structure.paragraph(p);
    return this.structure.text.slice(start, Math.min(end, start + 200));
  }

  /**
   * The first park of paragraph `p` (its spans from `spans[k]`), not a project's name; undefined when the
   * paragraph names another park too: a heading of several parks is about none of them alone.
   */
  private onlyParkOfParagraph(spans: readonly LinkSpan[], k: number, p: number): LinkSpan | undefined {
    let first: LinkSpan | undefined;
    for (let j = k; j < spans.length && spans[j].paragraph === p; j++) {
      const span = spans[j];
      if (span.entity.label !== 'PARK' || this.parkProject[span.pos] !== undefined) continue;
      if (!first) first = span;
      else if (first.name !== span.name) return undefined;
    }
    return first;
  }
}

/**
 * Is the park at `spans[k]` written inside a project's name, or right at its head (`徐圩新区` + `丙烷项目`:
 * the recogniser may part them; the guidelines make it one project)? Spans sorted by start.
 */
function insideProject(structure: TextStructure, spans: readonly LinkSpan[], k: number): boolean {
  const park = spans[k].entity;
  // Right at its head: nothing between, or only a scraped page's pinyin gloss (`新區(qū)文旅…項目`), which folding drops.
  const atHead = (project: Entity) => project.start === park.end || (project.start > park.end && structure.nothingBetween(park.end, project.start));
  const covers = (span: LinkSpan | undefined) =>
    span !== undefined && span.entity.label === 'PROJECT' && ((span.entity.start <= park.start && span.entity.end >= park.end) || atHead(span.entity));
  return covers(spans[k - 1]) || covers(spans[k + 1]) || covers(spans[k - 2]);
}

/** A city's industrial parks taken together (`某某市产业园区`), read as one park name: no section or article is about it alone. */
const CITY_PARKS = '市产业园区';
/** `某某市工业园区` is one park (a county-level city's) or the city's parks together, which the article then says. */
const CITY_INDUSTRIAL_PARKS = '市工业园区';
/** The article speaks of the parks of a whole city or province, or counts them (`全市工业园区`, `14个工业园区`). */
const PARKS_TOGETHER = /全[市省](?:工业|工業|产业|產業)?(?:园区|園區)|[0-9一二三四五六七八九十]+个(?:工业|工業)(?:园区|園區)/;

/**
 * `K定制厂房项目` beside the park K: the whole park name and then words of its own (not a phase)
 * make a project built in the park, not another name of it (`K项目`, `K一期项目`).
 */
/** Longest place written before a park's name in the project named after it (`宜昌` in `宜昌某某物流园项目`). */
const MAX_PLACE_BEFORE = 4;

/**
 * `某镇云生工业园项目` … `云生工业园`: a park written without the town or city its project's name opens with
 * stands for that project, as one written with it does. One project of that name only.
 */
function projectAfterPlace(park: LinkSpan, projectsByTail: NameIndex<LinkSpan>): LinkSpan | undefined {
  if (park.name.endsWith('区') || park.name.length < 4) return undefined;
  const found = projectsByTail.get(park.name.slice(-3)).filter((project) => {
    const short = shortProjectName(project);
    return short.endsWith(park.name) && short.length - park.name.length >= 2 && short.length - park.name.length <= MAX_PLACE_BEFORE;
  });
  return oneNamed(found);
}

/** The names of the parks some mention of which hosts other projects (`hostsProjects`), read once per article. */
function hostNames(structure: TextStructure, spans: readonly LinkSpan[]): Set<string> {
  const names = new Set<string>();
  for (const span of spans) if (span.entity.label === 'PARK' && !names.has(span.name) && hostsProjects(structure, span)) names.add(span.name);
  return names;
}

function facilityIn(projectName: string, parkName: string): boolean {
  if (!projectName.startsWith(parkName)) return false;
  const own = projectName.slice(parkName.length).replace(/项目$/, '').replace(/^[一二三四五六七八九十首]期/, '');
  return own.length >= 2;
}

/** `徐州铜山:…`: a heading whose subject, before a colon, is a place. */
function startsWithPlace(line: string): boolean {
  // Without a colon, no place leads the heading (a cheap test before the pattern).
  const head = /[:：]/.test(line) ? PLACE_HEADING.exec(line)?.[1] : undefined;
  return head !== undefined && (withoutPlaces(head) !== head || /[省市县区州盟旗镇乡]$/.test(head));
}

/**
 * The one company all `candidates` name, by its longest name (`星河股份` and `星河股份有限公司`: a listed
 * company's short name and its registered one); undefined when none or two companies.
 */
function oneCompany(candidates: readonly LinkSpan[]): LinkSpan | undefined {
  let longest: LinkSpan | undefined;
  for (const c of candidates) if (!longest || c.name.length > longest.name.length) longest = c;
  return longest && candidates.every((c) => sameName(c.name, longest.name)) ? longest : undefined;
}
