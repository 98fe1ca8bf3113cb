// One investor announcing its own outlay (`某某精机则将投资近3亿元`, `全球第4大将投资逾52亿元`,
// `某家电子大咖于南部投资X`), for an amount's scope (moneyScope.ts): the clause opens with the party, then a
// modal or a contrast (`则 也 将 拟`) or the place it invests in, then `投资` right before the amount. The party is
// that clause's subject whatever it is called (a brand, a firm described by its rank or trade), and the money its
// own, an item, though the sentences around count firms or cases. A subject that counts or joins several
// (`其中2家半导体业者将投资X`, `A和B将投资X`), sums (`共`, `分别`) or is a place (`全市将投资X`) is no one party.
// Small windows of folded text around one amount (see moneyCues.ts).
import { charSet, code, isClauseEnd } from '../text';
import { projectsListedAfter, sitesCountedAfter } from './projectsListed';
import { roadsCountedOrListed } from './roadWorks';

/** The clause read from its start: the subject, a contrast, a modal or a place, then `投资` and a bound word. */
const ANNOUNCED_OUTLAY = /^\s*([^,，。；;:：、\s]{2,16}?)(?:则|也|亦|还)?(?:(?:将|拟)(?:大手笔)?|(?:将|拟)?(?:在|于)[^,，。；;:：、\s]{2,12}?)投资(?:约|近|逾|超过|达)?$/;

/**
 * A subject that is several parties or their sum (a count, a list, a plural, a summing word, a batch: `本次签约项目将投资X`),
 * or a time, not a party (`今年将投资X`, `未来五年拟投资X`: the sentence's subject is before it).
 */
const NOT_ONE_PARTY = /[\d一二两三四五六七八九十几多数百千][家个件案项批]|[等和与及同共各均年月]|分别|累计|合计|一批|一些|这些|众多|们|今后|未来|目前|届时|本次|此次|该批|这批|集中|签约/;

/** Nouns of a kind of party, alone the whole subject (`企业将投资X`, `项目拟投资X`): no one party named. */
const KIND_ALONE = new Set(['企业', '项目', '厂商', '厂家', '外资']);

/** Nouns of traders or investors as a class, ending the subject (`来自某地的客商在本县投资X`): many, no one party. */
const TRADERS = /(?:客商|外商|台商|港商|侨商|商家|投资者|投资人)$/;

/** Last characters of a place, a zone, an office or countries (`东盟国家`) as the subject: a region's outlay, not one party's. */
const PLACE_ENDS = charSet('省市县区镇乡村州国家园府局部委');

const ZI = code('资');
const LIST_COMMA = code('、');
/** How far before the amount the `资` of `投资` may end (`投资超过`). */
const VERB_REACH = 3;
/** Longest clause read: the subject, a place and the verb. */
const CLAUSE_REACH = 36;

/**
 * The amount at `start` is one party's announced outlay, its clause (from `ownLo` at the earliest) opened by that party;
 * not when it builds several projects, sites or roads named right after it (`该集团还将投资X新建A铁路、B铁路`), their sum.
 */
export function announcedByOneInvestor(text: string, ownLo: number, start: number, afterEnd: number): boolean {
  // Cheap test first: most amounts have no `投资` right before them.
  let zi = false;
  for (let k = start - 1; k >= start - VERB_REACH - 1 && k > ownLo && !zi; k--) zi = text.charCodeAt(k) === ZI;
  if (!zi) return false;
  let from = start;
  while (from > ownLo && start - from < CLAUSE_REACH && !isClauseEnd(text.charCodeAt(from - 1))) from--;
  // Cut by the reach, or one item of a `、` list (`A、B将投资X`: the list is the subject).
  if (from > ownLo && (!isClauseEnd(text.charCodeAt(from - 1)) || text.charCodeAt(from - 1) === LIST_COMMA)) return false;
  const m = ANNOUNCED_OUTLAY.exec(text.slice(from, start));
  if (!m) return false;
  const subject = m[1];
  if (NOT_ONE_PARTY.test(subject) || KIND_ALONE.has(subject) || TRADERS.test(subject) || PLACE_ENDS.has(subject.charCodeAt(subject.length - 1))) return false;
  return !projectsListedAfter(text, afterEnd) && !sitesCountedAfter(text, afterEnd) && !roadsCountedOrListed(text, start, start, afterEnd, 0);
}
