// Folding: one matching-friendly copy of a text, with a map back to the original offsets.
//
// The recognisers match against folded text so that each rule is written once:
//  - full-width ASCII (`６５．１`, `（`) becomes ASCII, the ideographic space a space (1:1);
//  - Traditional characters common in this genre become Simplified (`億`→`亿`, `區`→`区`; 1:1);
//  - HTML entities left in scraped pages (`&rdquo;`, `&#8220;`) become the character they name;
//  - pinyin glosses that some sites put after characters (`關(guān)`, `萬(wàn)`) are dropped, and a
//    character lost in conversion (`?` with its gloss's tail, `年?duì)營業`) reads as U+FFFD, not as
//    a question mark ending the sentence.
// The last three change lengths, so spans found in folded text are mapped back with
// `toOriginal`: a span keeps debris inside it and leaves debris after it out, as the guidelines ask.
import { isDigit, isHan } from './text';
import { countBelow } from './sortedNumbers';
import { unitsToString } from './unitsToString';

/**
 * Traditional → Simplified pairs for the characters this genre uses (all BMP, one unit each); `産`, the
 * Japanese and Hong Kong type form of 產 (`高新技術産業園`), folds to 产 too.
 */
const TRADITIONAL = '復詢確億萬區園開發資項簽額經濟產業務實際術數與為這個們來時對會國內電機車華總東標準團體設計劃達過還進選運營銷購買賣貨幣價錢銀財稅收貸獎補創設廠場製裝備線導體橋鐵路礦農藥醫療學園區縣鎮鄉圖書館陽豐廣灣島臺龍門廈連錫蘇瀋陝貴遼馮鄭濟劉張陳楊趙黃吳孫馬葉鍾蕭羅謝韓鄧許蔣龔萬億兩萬餘幾約與協議額計劃進駐竣動態環境氣礎網絡聯繫結構織紡紗絲響應變壓電續級數據處質檢測試驗權認證條規則隊層積極補貼專項優勢視頻廣場塊車輛軌輪儲儲鋰電鈦鋼鋁銅鐵鋅礦燈顯爐熱節約碼頭貿運輸倉庫買賣滙匯閩粵贛湘鄂豫魯冀晉遼吉黑滬蘇浙皖閩瀾潁歐韓員門問間關閉陸雲雙餘邊遠達選還遺責類該從將並於戶舉後讓給濱蘭嶺漢爾寧慶蕪揚崑紹興溫麗鷹長濰煙臨荊鹹無烏齊綜軟飛鏈撫饒現維凱順傳統點樂寶鳳義輕紅綠氫錦萊歷鎳鈷鍛鑄藝遊漁藍潔訊談謀號歸廳護審擴強樓攜啟換綫幫貫徹戰亞莊勝黨領習職屬紀籌請調論識評記訪觀覽圓驅轉較輔載適遷險隨離難預題顧風養騰魚鳥鹽麥瀏淨夥師穩階範嶼灘閔鞏屆墊歲賀債決圍繞競爭紮誠鄰譽贊檔擬閱讀滿聞報訂歡參組獲鏡廢舊寫畫亂礙勞傷償儀噸賓撥帶當裡裏筆週盤傑幹鍵剛築純絕緣頂橫峽隴壩湧溝潛轄擁錄費勵鑒負蓋單纖診斷飼訓佈岡簡稱篩諸貢獻辦産別註冊佔賢畝潤獨籤堅終贏揮聽賦攬樞紐煉眾樹擔僅紛隸鑼蓮薌嵐瀘';
const SIMPLIFIED = '复询确亿万区园开发资项签额经济产业务实际术数与为这个们来时对会国内电机车华总东标准团体设计划达过还进选运营销购买卖货币价钱银财税收贷奖补创设厂场制装备线导体桥铁路矿农药医疗学园区县镇乡图书馆阳丰广湾岛台龙门厦连锡苏沈陕贵辽冯郑济刘张陈杨赵黄吴孙马叶钟萧罗谢韩邓许蒋龚万亿两万余几约与协议额计划进驻竣动态环境气础网络联系结构织纺纱丝响应变压电续级数据处质检测试验权认证条规则队层积极补贴专项优势视频广场块车辆轨轮储储锂电钛钢铝铜铁锌矿灯显炉热节约码头贸运输仓库买卖汇汇闽粤赣湘鄂豫鲁冀晋辽吉黑沪苏浙皖闽澜颍欧韩员门问间关闭陆云双余边远达选还遗责类该从将并于户举后让给滨兰岭汉尔宁庆芜扬昆绍兴温丽鹰长潍烟临荆咸无乌齐综软飞链抚饶现维凯顺传统点乐宝凤义轻红绿氢锦莱历镍钴锻铸艺游渔蓝洁讯谈谋号归厅护审扩强楼携启换线帮贯彻战亚庄胜党领习职属纪筹请调论识评记访观览圆驱转较辅载适迁险随离难预题顾风养腾鱼鸟盐麦浏净伙师稳阶范屿滩闵巩届垫岁贺债决围绕竞争扎诚邻誉赞档拟阅读满闻报订欢参组获镜废旧写画乱碍劳伤偿仪吨宾拨带当里里笔周盘杰干键刚筑纯绝缘顶横峡陇坝涌沟潜辖拥录费励鉴负盖单纤诊断饲训布冈简称筛诸贡献办产别注册占贤亩润独签坚终赢挥听赋揽枢纽炼众树担仅纷隶锣莲芗岚泸';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', middot: '·', hellip: '…', mdash: '—', ndash: '–',
  laquo: '«', raquo: '»', times: '×', yen: '¥', bull: '•',
};

/** `&name;`, `&#123;`, `&#x7B;`. */
const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/;
/**
 * A pinyin gloss: lower-case Latin letters with a tone, in brackets, ten units at most. The tone is
 * a marked vowel (`(guān)`) or a digit after a syllable with a vowel (`(guan1)`, `(lv4)`, the
 * typewriter spelling with `v` for `ü`); letters alone (`(ab)`) are no gloss. Read with a table
 * of what each character may be in a gloss: a gloss follows almost every character of some
 * converted articles, too many for a regex test each.
 */
const GLOSS_CONSONANTS = 'bcdfghjklmnpqrstwxyz';
const GLOSS_VOWELS = 'aeiouvü';
const GLOSS_TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ';
const GLOSS_TONE_DIGITS = '12345';
const GLOSS_MAX = 10;
/** What a unit may be in a gloss (the table `gloss`). */
const NOT_IN_GLOSS = 0;
const GLOSS_LETTER = 1;
const GLOSS_TONE = 2;
const GLOSS_CLOSE = 3;
const GLOSS_VOWEL = 4;
const GLOSS_DIGIT = 5;

/** Could a gloss go on with this unit's kind (a letter, a vowel or a tone-marked vowel)? */
function isGlossLetter(kind: number | undefined): boolean {
  return kind === GLOSS_LETTER || kind === GLOSS_VOWEL || kind === GLOSS_TONE;
}

/**
 * Does the unit at `at` (one of kind MAY_CHANGE_LENGTH) open what may fold to another length: `&` (an
 * entity), or a bracket with a gloss letter after it, read before `limit`?
 */
function opensEntityOrGloss(original: string, at: number, limit: number, gloss: Uint8Array): boolean {
  return original.charCodeAt(at) === 0x26 /* & */ || (at + 1 < limit && isGlossLetter(gloss[original.charCodeAt(at + 1)]));
}

/** End of the pinyin gloss that starts at `at` (a bracket), or -1. */
function pinyinGlossEnd(text: string, at: number, gloss: Uint8Array): number {
  let toned = false;
  let voweled = false;
  // The closing bracket must leave the gloss at most GLOSS_MAX units long.
  const limit = Math.min(text.length, at + GLOSS_MAX);
  for (let k = at + 1; k < limit; k++) {
    const kind = gloss[text.charCodeAt(k)];
    if (kind === GLOSS_CLOSE) return toned ? k + 1 : tonelessGlossEnd(text, at, k, voweled);
    if (kind === GLOSS_DIGIT) return (voweled || toned) && gloss[text.charCodeAt(k + 1)] === GLOSS_CLOSE ? k + 2 : -1;
    if (kind === NOT_IN_GLOSS) return -1;
    if (kind === GLOSS_TONE) toned = true;
    else if (kind === GLOSS_VOWEL) voweled = true;
  }
  return -1;
}

/**
 * A pinyin syllable without its tone (`yi`, `zhuan`, `guan`): an initial, maybe, then a final. Read only on a
 * bracket closed after toneless letters and followed by a space, which few texts hold.
 */
const TONELESS_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|ü|üe)$/;

/**
 * `15億(yi) 元`, `專(zhuan) 戶`: some sites gloss characters in toneless pinyin and put a space after each gloss.
 * Without a tone the letters alone say little (`(ab)`, an English word), so such a gloss counts only as one
 * syllable with the space after it, and the space goes with it (the end returned is past the space).
 */
function tonelessGlossEnd(text: string, at: number, close: number, voweled: boolean): number {
  if (!voweled || text.charCodeAt(close + 1) !== 0x20) return -1;
  return TONELESS_SYLLABLE.test(text.slice(at + 1, close)) ? close + 2 : -1;
}

/** End of the glosses that follow one another from `at` (`發(fā)(fā)`: a site glossing a character twice). */
function glossesEnd(text: string, at: number, gloss: Uint8Array): number {
  let end = at;
  while (end < text.length && isOpeningBracket(text.charCodeAt(end))) {
    const next = pinyinGlossEnd(text, end, gloss);
    if (next < 0) break;
    end = next;
  }
  return end;
}

/** End of a character lost in conversion at `at` (`?` after a Han character, with a gloss's tail), or -1. */
function lostCharacterEnd(text: string, at: number, gloss: Uint8Array): number {
  return at > 0 && isHan(text.charCodeAt(at - 1)) ? pinyinGlossEnd(text, at, gloss) : -1;
}

function isOpeningBracket(code: number): boolean {
  return code === 0x28 || code === 0xff08;
}

/** End of a pinyin gloss after a character, or of a character lost with its gloss, at `at`; or -1. */
function debrisEnd(text: string, at: number, gloss: Uint8Array): number {
  const code = text.charCodeAt(at);
  if (code === 0x3f) return lostCharacterEnd(text, at, gloss);
  if (!isOpeningBracket(code) || at === 0 || !isHan(text.charCodeAt(at - 1))) return -1;
  const end = pinyinGlossEnd(text, at, gloss);
  return end > 0 ? glossesEnd(text, end, gloss) : -1;
}

/** Is the `?` at `at` a character lost in conversion (`年?duì)營業`), not a question mark? */
export function isLostCharacter(text: string, at: number): boolean {
  return text.charCodeAt(at) === 0x3f && lostCharacterEnd(text, at, foldTables().gloss) > 0;
}

export interface FoldedText {
  /** The folded text the recognisers match against. */
  readonly text: string;
  /** For each folded unit, its original offset; `null` when folding kept every offset. */
  readonly starts: Int32Array | null;
  /** For each folded unit, the original offset just after it; `null` when offsets are kept. */
  readonly ends: Int32Array | null;
  /**
   * No entity or gloss may start in the text (no unit where a fold may change lengths): every stretch of it
   * folds unit for unit, to its slice of this fold. Said by the fold itself, which met no such unit.
   */
  readonly unitForUnit: boolean;
}

/**
 * Units a reader wants found while a text is folded, since the fold reads every unit anyway (the
 * recogniser's anchor units, recognition/anchorUnits.ts): `table` marks them (non-zero) by their
 * folded unit, and the fold writes where they fall in the folded text to `positions[0 … count - 1]`,
 * ascending (`positions` grown as needed).
 */
export interface UnitMarks {
  readonly table: Uint8Array;
  positions: Int32Array;
  count: number;
}

/**
 * Folds `original`, or the stretch [start, end) of it as if it were sliced out (offsets relative to
 * `start`): a paragraph is folded in place in its article, whose flat string reads faster than a slice of it.
 * With `marks`, where its units fall is recorded too.
 */
export function foldText(original: string, start = 0, end = original.length, marks?: UnitMarks): FoldedText {
  if (marks === undefined) return fold(original, true, start, end);
  marks.count = 0;
  if (marks.positions.length < end - start) marks.positions = new Int32Array(2 * (end - start));
  return fold(original, true, start, end, marks);
}

/**
 * The folded text alone, for a reader of cue words that maps nothing back: when an entity or a
 * gloss changes lengths, no copy of the offsets is made (most of such a short fold's cost).
 */
export function foldedText(original: string): string {
  return fold(original, false, 0, original.length).text;
}

/**
 * `foldedText(folded)` for a text folded already (a cue window): the text itself when none of its units
 * may fold again (no Traditional form, entity, gloss or word read by its neighbours), with no copy made.
 */
export function refolded(folded: string): string {
  const { kind } = foldTables();
  for (let i = 0; i < folded.length; i++) if (kind[folded.charCodeAt(i)] !== 0) return foldedText(folded);
  return folded;
}

/**
 * `foldedText(original.slice(start, end))`, read in place: the links fold many short windows of
 * one article, and reading the article itself is faster than reading a slice of it (and copies
 * nothing when the window has nothing to fold).
 */
export function foldedStretch(original: string, start: number, end: number): string {
  if (!(start >= 0 && start <= end && end <= original.length)) return foldedText(original.slice(start, end));
  // `集團(tuán)的`: a stretch opening with the gloss of the character before it (a span ends before its
  // gloss) is folded from that character, so the gloss is read as one and dropped; the character is left out.
  if (start < end && opensGlossOfCharacterBefore(original, start)) {
    return fold(original, false, start - 1, end).text.slice(1);
  }
  return fold(original, false, start, end).text;
}

/** Does a stretch starting at `at` open with the gloss of the character before it (a bracket after a Han character)? */
function opensGlossOfCharacterBefore(original: string, at: number): boolean {
  return at > 0 && isOpeningBracket(original.charCodeAt(at)) && isHan(original.charCodeAt(at - 1));
}

/** How far either side of an ideographic stop `ideographicPointAt` reads. */
const POINT_REACH = 6;

/**
 * Does `foldedStretch(original, start, end)` read as `foldedText(original.slice(start, end))`? Read in place, a
 * stretch sees past its ends: the gloss of the character before it is dropped, and a word cut by an end
 * (`專|案`) or a point near one (`3。|5亿元`) reads with its neighbours. Sliced out, none of them.
 */
export function foldsAsSliced(original: string, start: number, end: number): boolean {
  if (start >= end) return true;
  if (opensGlossOfCharacterBefore(original, start)) return false;
  if (start > 0 && original.charCodeAt(start) === AN && original.charCodeAt(start - 1) === ZHUAN) return false;
  if (end < original.length && original.charCodeAt(end - 1) === ZHUAN && original.charCodeAt(end) === AN) return false;
  return !holdsStop(original, start, Math.min(end, start + POINT_REACH)) && !holdsStop(original, Math.max(start, end - POINT_REACH), end);
}

function holdsStop(original: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (original.charCodeAt(i) === IDEOGRAPHIC_STOP) return true;
  return false;
}

/**
 * Folds original[start, end); without `offsets`, the offsets are null even where lengths changed.
 */
function fold(original: string, offsets: boolean, start: number, end: number, marks?: UnitMarks): FoldedText {
  const tables = foldTables();
  const n = end - start;
  growScratch(n);
  const units = scratchUnits;
  const { fold } = tables;
  // With marks, the kinds say which units that keep themselves are marked (MARKED): still one read a unit.
  const kind = marks === undefined ? tables.kind : markedKinds(tables, marks.table);
  // The common case (full-width punctuation, Traditional characters, no entity or gloss): a
  // 1:1 mapping through a table into a reused buffer. Most units keep themselves (kind 0): the
  // larger fold table is read only for the others, which keeps the tables' hot part in cache.
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(start + i);
    const k = kind[code];
    if (k === 0) {
      units[i] = code;
      continue;
    }
    if (k === MARKED) {
      units[i] = code;
      marks!.positions[marks!.count++] = i;
      continue;
    }
    if (k === MAY_CHANGE_LENGTH && opensEntityOrGloss(original, start + i, end, tables.gloss)) {
      return foldWithOffsets(stretchOf(original, start, end), i, tables, kind, surrogates, offsets, marks);
    }
    const unit = k === IN_WORD ? wordUnit(original, start + i, fold) : fold[code];
    if (k === SURROGATE) surrogates = true;
    else changed ||= unit !== code;
    units[i] = unit;
    markAt(marks, unit, i);
  }
  // A paragraph is decoded into one flat string, even with nothing folded: the recognisers read
  // it many times, and a flat string reads faster than a slice of the article or a rope of
  // appends. A short stretch (most of the links' cue windows) is read once or twice: there the
  // decoder's fixed cost per call would outweigh that, so it is built from slices.
  if (n >= FLAT_COPY_MIN) return { text: unitsToString(units, n, surrogates), starts: null, ends: null, unitForUnit: true };
  return { text: changed ? withFoldedUnits(original, start, end, units) : stretchOf(original, start, end), starts: null, ends: null, unitForUnit: true };
}

/**
 * Paragraphs of a text folded already, handed from one reader to the next (the recogniser folds every paragraph,
 * the links read windows of the same paragraphs): by a paragraph's start offset (a paragraph runs to its line
 * break), its fold with its offsets (`foldText(text, start, end)`), a window's fold being a slice of it
 * (`foldedSlice`).
 */
export type ParagraphFolds = ReadonlyMap<number, FoldedText>;

/** A stretch folded unit for unit (see `foldedUnitsInPlace`). */
export interface FoldedUnits {
  /** Every unit folded as `fold` folds it where nothing changes lengths: one unit for one. */
  readonly text: string;
  /** Where an entity or a gloss may start (offsets in the original, ascending): there `fold` may change lengths. */
  readonly mayChangeLength: readonly number[];
}

/**
 * original[start, end) folded one unit for one, and where an entity or a gloss may start in it. A window of
 * the stretch that holds none of those starts folds to this text's slice: `foldedStretch(original, a, b)` is
 * `text.slice(a - start, b - start)` for start <= a <= b <= end, for a reader of many windows of one text
 * (the links). Most paragraphs have no such start at all; a glossed one has most of its windows clear of its glosses.
 */
export function foldedUnitsInPlace(original: string, start: number, end: number): FoldedUnits {
  // `fold`'s one-for-one loop, kept apart on purpose: this one records where lengths may change and goes on,
  // `fold` leaves there for foldWithOffsets. One loop for both would have to hand back where it stopped,
  // whether a unit changed and whether a surrogate was met: an object per call (or state shared across
  // calls) for `fold`, which runs thousands of times per article on short windows. What must not drift
  // between the two, whether a unit may change lengths, is one function (opensEntityOrGloss).
  const { fold, kind, gloss } = foldTables();
  const n = end - start;
  growScratch(n);
  const units = scratchUnits;
  const mayChangeLength: number[] = [];
  let surrogates = false;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(start + i);
    const k = kind[code];
    if (k === 0) {
      units[i] = code;
      continue;
    }
    // What makes `fold` leave its one-for-one loop, read past the stretch's end too (a window may end anywhere).
    if (k === MAY_CHANGE_LENGTH && opensEntityOrGloss(original, start + i, original.length, gloss)) mayChangeLength.push(start + i);
    if (k === SURROGATE) surrogates = true;
    units[i] = k === IN_WORD ? wordUnit(original, start + i, fold) : fold[code];
  }
  return { text: unitsToString(units, n, surrogates), mayChangeLength };
}

/**
 * `foldedStretch(original, start, end)` as a slice of `paragraph`, the fold of original[from, to) holding the
 * stretch (`foldText(original, from, to)`), or undefined where the two may read otherwise: where an entity or
 * a gloss may start, the stretch is folded sliced out, so an end inside an entity or a gloss leaves it as
 * written, a `?` opening it is no lost character (nothing before it says so) and a word or a point cut by an end
 * reads alone (`cutsAlike`). Most windows of a glossed paragraph end clear of all of them.
 */
export function foldedSlice(original: string, from: number, to: number, paragraph: FoldedText, start: number, end: number): string | undefined {
  if (paragraph.unitForUnit) return paragraph.text.slice(start - from, end - from);
  if (!(from <= start && start <= end && end <= to) || !cutsAlike(original, start, end)) return undefined;
  // `集團(tuán)的`: a stretch opening with the gloss of the character before it reads from after the gloss.
  const first = unitStartingAt(paragraph, to - from, start - from, opensGlossOfCharacterBefore(original, start));
  const last = unitsUpTo(paragraph, to - from, end - from);
  if (first < 0 || last < 0 || paragraph.text.charCodeAt(first) === LOST_CHARACTER) return undefined;
  return paragraph.text.slice(first, last);
}

/**
 * Index of the folded unit starting at `at` (an offset in the paragraph, `length` units long as written; at
 * its end, the folded length), or -1 where `at` falls inside an entity or a gloss. `afterGloss`: the gloss
 * starting at `at` is dropped, so the unit after it is taken.
 */
function unitStartingAt(paragraph: FoldedText, length: number, at: number, afterGloss: boolean): number {
  const starts = paragraph.starts;
  if (starts === null) return at;
  const unit = countBelow(starts, at);
  if ((unit < starts.length ? starts[unit] : length) === at) return unit;
  return afterGloss && unit > 0 && starts[unit - 1] === at - 1 ? unit : -1;
}

/**
 * Number of the folded units a stretch ending at `at` holds (offsets as in `unitStartingAt`), or -1 where `at`
 * falls inside an entity or a gloss. A stretch may end before a gloss (a span ends before its gloss), not right
 * after a character lost in conversion (`?` alone is a question mark).
 */
function unitsUpTo(paragraph: FoldedText, length: number, at: number): number {
  const { starts, ends } = paragraph;
  if (starts === null || ends === null) return at;
  const unit = countBelow(starts, at);
  if ((unit < starts.length ? starts[unit] : length) === at) return unit;
  return unit > 0 && ends[unit - 1] === at && paragraph.text.charCodeAt(unit - 1) !== LOST_CHARACTER ? unit : -1;
}

/**
 * Do the ends of [start, end) leave every unit in it read as the paragraph reads it? A word cut by an end
 * (`專|案`) reads alone, and so may a point the digits between it and an end (`3。|5亿元`) leave read there.
 * A stop right at an end (`…交流。|`, a sentence's window) reads alike unless digits stand on both its sides.
 */
function cutsAlike(original: string, start: number, end: number): boolean {
  if (start > 0 && original.charCodeAt(start) === AN && original.charCodeAt(start - 1) === ZHUAN) return false;
  if (end < original.length && original.charCodeAt(end - 1) === ZHUAN && original.charCodeAt(end) === AN) return false;
  let a = start;
  while (a < end && isDigit(original.charCodeAt(a))) a++;
  if (a < end && original.charCodeAt(a) === IDEOGRAPHIC_STOP && (a > start || betweenDigits(original, a))) return false;
  let b = end;
  while (b > start && isDigit(original.charCodeAt(b - 1))) b--;
  return !(b > start && original.charCodeAt(b - 1) === IDEOGRAPHIC_STOP && (b < end || betweenDigits(original, b - 1)));
}

/** Digits on both sides of the unit at `at`: only there may an ideographic stop be a point (`ideographicPointAt`). */
function betweenDigits(original: string, at: number): boolean {
  return isDigit(original.charCodeAt(at - 1)) && isDigit(original.charCodeAt(at + 1));
}

/** original[start, end), the string itself when that is all of it. */
function stretchOf(original: string, start: number, end: number): string {
  return start === 0 && end === original.length ? original : original.slice(start, end);
}

/** Length from which a folded text is decoded into a flat copy (see `fold`). */
const FLAT_COPY_MIN = 32;

/** original[start, end) with the units the buffer folded to another unit: unchanged stretches as slices. */
function withFoldedUnits(original: string, start: number, end: number, units: Uint16Array): string {
  let s = '';
  let last = start;
  for (let i = start; i < end; i++) {
    if (units[i - start] === original.charCodeAt(i)) continue;
    s += original.slice(last, i) + String.fromCharCode(units[i - start]);
    last = i + 1;
  }
  return s + original.slice(last, end);
}

/**
 * Units the scratch arrays start with (160 KB in all): room for nearly every paragraph, so that
 * they seldom grow. Their growing is a branch V8 compiles `fold` without until it is taken, then
 * compiles `fold` again (from 1,024 units it was taken after `fold` was first optimised).
 */
const SCRATCH_START = 1 << 14;

/** Scratch arrays, reused by every call (folding never re-enters itself); grown as needed. */
let scratchStarts = new Int32Array(SCRATCH_START);
let scratchEnds = new Int32Array(SCRATCH_START);
let scratchUnits = new Uint16Array(SCRATCH_START);

function growScratch(n: number): void {
  if (scratchUnits.length >= n) return;
  scratchStarts = new Int32Array(2 * n);
  scratchEnds = new Int32Array(2 * n);
  scratchUnits = new Uint16Array(2 * n);
}

/** The scratch offsets of the first `n` units, folded one for one. */
function keptOffsets(n: number): void {
  for (let k = 0; k < n; k++) {
    scratchStarts[k] = k;
    scratchEnds[k] = k + 1;
  }
}

/** Records where a unit the marks name (non-zero in their table) falls in the folded text. */
function markAt(marks: UnitMarks | undefined, unit: number, at: number): void {
  if (marks !== undefined && marks.table[unit] !== 0) marks.positions[marks.count++] = at;
}

/**
 * The general case: entities and glosses change lengths, so every folded unit records its
 * original offsets. `fold` has already folded the units before `from`, one for one.
 */
function foldWithOffsets(original: string, from: number, tables: FoldTables, kind: Uint8Array, surrogatesBefore: boolean, offsets: boolean, marks: UnitMarks | undefined): FoldedText {
  const n = original.length;
  const { fold } = tables;
  const starts = scratchStarts;
  const ends = scratchEnds;
  const units = scratchUnits;
  keptOffsets(from);
  let out = from; // folded units so far
  let lengthChanged = false;
  let surrogates = surrogatesBefore;
  for (let i = from; i < n; ) {
    const code = original.charCodeAt(i);
    const unitKind = kind[code];
    if (code === 0x26 /* & */) {
      const m = ENTITY.exec(original.slice(i, i + 12));
      const decoded = m ? decodeEntity(m, fold) : undefined;
      if (m && decoded !== undefined) {
        units[out] = decoded;
        markAt(marks, decoded, out);
        starts[out] = i;
        ends[out] = i + m[0].length;
        out++;
        i += m[0].length;
        lengthChanged = true;
        continue;
      }
    } else if (unitKind === MAY_CHANGE_LENGTH) {
      const glossEnd = debrisEnd(original, i, tables.gloss);
      if (glossEnd > 0) {
        // Glossed text reads as if the gloss were not there. A span that goes on past the gloss
        // covers it; one that ends before it leaves it out (`ends` stops at the character).
        // `年?duì)營業`: a character lost in conversion, left as `?` with the tail of its gloss, is
        // a character of the sentence, not a question mark ending it: read as an unknown one.
        if (code === 0x3f) {
          units[out] = LOST_CHARACTER;
          markAt(marks, LOST_CHARACTER, out);
          starts[out] = i;
          ends[out] = i + 1;
          out++;
        }
        i = glossEnd;
        lengthChanged = true;
        continue;
      }
    }
    if (unitKind === SURROGATE) surrogates = true;
    const unit = unitKind === IN_WORD ? wordUnit(original, i, fold) : fold[code];
    units[out] = unit;
    // Kind 0: a unit folding to itself that no mark names (MARKED ones are of a kind of their own).
    if (unitKind !== 0) markAt(marks, unit, out);
    starts[out] = i;
    ends[out] = i + 1;
    out++;
    i++;
  }
  const text = unitsToString(units, out, surrogates);
  if (!lengthChanged || !offsets) return { text, starts: null, ends: null, unitForUnit: false };
  return withOffsetsCopied(text, out);
}

/**
 * Offsets of folded paragraphs are copied into views of one shared block, allocated a block at a
 * time: a typed array of its own per paragraph costs a new ArrayBuffer, which V8 allocates and
 * tracks outside its heap, at several times the cost of the copy. A block stays alive while a view
 * of it does (a paragraph's offsets are read while its entities are mapped back, then dropped).
 */
const OFFSET_BLOCK_UNITS = 1 << 15;
let offsetBlock = new Int32Array(0);
let offsetBlockUsed = 0;

/** The folded text with the scratch offsets of its `out` units, copied into the shared block. */
function withOffsetsCopied(text: string, out: number): FoldedText {
  const size = 2 * out;
  if (offsetBlockUsed + size > offsetBlock.length) {
    offsetBlock = new Int32Array(Math.max(OFFSET_BLOCK_UNITS, size));
    offsetBlockUsed = 0;
  }
  const at = offsetBlockUsed;
  offsetBlockUsed += size;
  offsetBlock.set(scratchStarts.subarray(0, out), at);
  offsetBlock.set(scratchEnds.subarray(0, out), at + out);
  return { text, starts: offsetBlock.subarray(at, at + out), ends: offsetBlock.subarray(at + out, at + size), unitForUnit: false };
}

/** What a character lost in conversion (`?` with a gloss's tail) folds to: the replacement character. */
const LOST_CHARACTER = 0xfffd;

/**
 * Maps a folded span [start, end) back to original offsets. Debris inside the span stays in it;
 * a gloss right after the span's last character stays out, as the guidelines ask.
 */
export function toOriginal(folded: FoldedText, start: number, end: number): [number, number] {
  if (!folded.starts || !folded.ends) return [start, end];
  const n = folded.starts.length;
  if (n === 0) return [0, 0];
  const s = start < n ? folded.starts[start] : folded.ends[n - 1];
  if (end <= start) return [s, s];
  return [s, folded.ends[Math.min(end, n) - 1]];
}

function decodeEntity(m: RegExpExecArray, table: Uint16Array): number | undefined {
  let cp: number | undefined;
  if (m[1] !== undefined) cp = Number(m[1]);
  else if (m[2] !== undefined) cp = parseInt(m[2], 16);
  else {
    const named = NAMED_ENTITIES[m[3].toLowerCase()];
    cp = named?.charCodeAt(0);
  }
  // Entities naming characters outside the BMP or control characters are left as written.
  if (cp === undefined || cp < 0x20 || cp > 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return table[cp];
}

interface FoldTables {
  /** The folded unit of every UTF-16 unit (128 KB). */
  fold: Uint16Array;
  /** What folding may do with every unit: 0 (keep it), CHANGE, MAY_CHANGE_LENGTH or SURROGATE. */
  kind: Uint8Array;
  /** What every unit may be in a pinyin gloss: NOT_IN_GLOSS, GLOSS_LETTER, GLOSS_VOWEL, GLOSS_TONE, GLOSS_DIGIT or GLOSS_CLOSE. */
  gloss: Uint8Array;
}

/** Unit kinds: folds to itself; folds to another unit; `&`, a bracket or `?` (an entity or a gloss may start); a surrogate. */
const CHANGE = 1;
const MAY_CHANGE_LENGTH = 2;
const SURROGATE = 3;
/** A unit folded by the word it is part of (`專案`, see `wordUnit`). */
const IN_WORD = 4;
/** A unit that folds to itself and is marked (`UnitMarks`): only in the kinds `markedKinds` makes. */
const MARKED = 5;

/** The kinds with the units a table of marks marks and that fold to themselves MARKED, made once per table. */
const kindsMarked = new WeakMap<Uint8Array, Uint8Array>();

function markedKinds(tables: FoldTables, marked: Uint8Array): Uint8Array {
  let kinds = kindsMarked.get(marked);
  if (!kinds) {
    kinds = tables.kind.slice();
    for (let c = 0; c < 0x10000; c++) if (kinds[c] === 0 && marked[c] !== 0) kinds[c] = MARKED;
    kindsMarked.set(marked, kinds);
  }
  return kinds;
}

/**
 * `專案` is Taiwan's word for a project (`52個專案集中簽約`; sites that localise mainland news to
 * Taiwan write it for every `项目`): folded to `项目` so that every rule reading projects reads it.
 * Only the Traditional form: the Simplified `专案` is a special (criminal) case.
 */
const ZHUAN = 0x5c08; // 專
const IDEOGRAPHIC_STOP = 0x3002;

/**
 * `完成投资46。8亿元`: some mirrored copies write the decimal point as the ideographic full stop,
 * which would end the sentence in the middle of the amount and cut what is said around it off
 * the amount after it (`年产值可达86。4亿元,年纳税3。25亿元`). Read as a point between one to
 * four digits (not a year) and one to four digits with `万 亿 元` right after them, the same test
 * the number reader makes (chineseNumbers.ts): a sentence never ends on a bare figure and starts
 * with an amount.
 */
function ideographicPointAt(original: string, at: number): boolean {
  let before = at;
  while (before > 0 && at - before < 5 && isDigit(original.charCodeAt(before - 1))) before--;
  const digitsBefore = at - before;
  if (digitsBefore === 0 || digitsBefore > 4 || (before > 0 && isDigit(original.charCodeAt(before - 1)))) return false;
  if (digitsBefore === 4 && (original.startsWith('19', before) || original.startsWith('20', before))) return false;
  let after = at + 1;
  while (after < original.length && after - at <= 4 && isDigit(original.charCodeAt(after))) after++;
  return after > at + 1 && after - at <= 5 && UNIT_AFTER_POINT.includes(original[after] ?? '');
}

const UNIT_AFTER_POINT = '万亿元萬億';

const AN = 0x6848; // 案

/** The folded unit of the unit at `at`, read with its neighbours when it may be part of a word. */
function wordUnit(original: string, at: number, fold: Uint16Array): number {
  const code = original.charCodeAt(at);
  if (code === IDEOGRAPHIC_STOP) return ideographicPointAt(original, at) ? 0x2e : code;
  if (code === ZHUAN && original.charCodeAt(at + 1) === AN) return 0x9879; // 项
  if (code === AN && original.charCodeAt(at - 1) === ZHUAN) return 0x76ee; // 目
  return fold[code];
}

let tablesBuilt: FoldTables | undefined;

/** Every UTF-16 unit folding to itself, in a function of its own: the loop is compiled alone, on the spot. */
function identityTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) table[c] = c;
  return table;
}

/** The tables, built on first use: loading the module (and the extension) costs nothing. */
function foldTables(): FoldTables {
  if (tablesBuilt) return tablesBuilt;
  const fold = identityTable();
  /** The units given a fold of their own (some may be given themselves). */
  const written: number[] = [];
  const foldTo = (from: number, to: number) => {
    fold[from] = to;
    written.push(from);
  };
  for (let c = 0xff01; c <= 0xff5e; c++) foldTo(c, c - 0xfee0);
  foldTo(0x3000, 0x20);
  // A character listed twice takes its last pair.
  for (let i = 0; i < TRADITIONAL.length && i < SIMPLIFIED.length; i++) foldTo(TRADITIONAL.charCodeAt(i), SIMPLIFIED.charCodeAt(i));
  // Only those may fold to another unit: no scan of all 65,536 (in every thread that runs the
  // engine, V8 also compiled such a loop on the spot, several times over).
  const kind = new Uint8Array(0x10000);
  for (const c of written) kind[c] = fold[c] !== c ? CHANGE : 0;
  for (const ch of '&(（?') kind[ch.charCodeAt(0)] = MAY_CHANGE_LENGTH;
  kind[ZHUAN] = IN_WORD;
  kind[IDEOGRAPHIC_STOP] = IN_WORD;
  kind[AN] = IN_WORD;
  kind.fill(SURROGATE, 0xd800, 0xe000);
  const gloss = new Uint8Array(0x10000);
  for (const ch of GLOSS_CONSONANTS) gloss[ch.charCodeAt(0)] = GLOSS_LETTER;
  for (const ch of GLOSS_VOWELS) gloss[ch.charCodeAt(0)] = GLOSS_VOWEL;
  for (const ch of GLOSS_TONE_VOWELS) gloss[ch.charCodeAt(0)] = GLOSS_TONE;
  for (const ch of GLOSS_TONE_DIGITS) gloss[ch.charCodeAt(0)] = GLOSS_DIGIT;
  for (const ch of ')）') gloss[ch.charCodeAt(0)] = GLOSS_CLOSE;
  tablesBuilt = { fold, kind, gloss };
  return tablesBuilt;
}
