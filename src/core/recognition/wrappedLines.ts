// Text pulled from a PDF keeps the page's line breaks: a sentence goes on across lines cut at one
// width (`…智能仓储、冷链物流等 8 个⏎产业项目落户园区,总投资 46 亿元。`), so a count, a period or
// a kind of money before the break would be lost to the amount after it if every line were a
// paragraph. A line continues into the next when it reads as a page line cut short: no sentence
// end at its end, the width of a page (25 to 48 Han characters), and a line of about the same width
// right before or after it (a lone headline or a caption is never cut to a page's width twice in a
// row); the next line is no wider and opens no heading of its own (`(二)`, `3.`, `●`). Tables
// (`|`) and links are no page text. Read from the lines around one break only, so an edit can
// change only the breaks of the lines around it (incrementalAnalysis.ts).
import { charSet, charTable, code, isDigit, isHan, unitAt } from '../text';

/** Display widths of a page line: a Han or full-width character counts two, anything else one. */
const PAGE_MIN = 50;
const PAGE_MAX = 96;
/** How much two lines of one page may differ in width (a line ends early before a long word or a figure). */
const SAME_WIDTH = 10;

/** What ends a sentence at the end of a line (a colon too: a heading or a list is announced). */
const SENTENCE_FINAL = charTable('。！？!?；;：:');
/** A closing quote or bracket after a sentence end still ends the sentence (`…。”`). */
const CLOSERS = charSet('”’"）)」』');
const PIPE = code('|');
const SPACE = code(' ');
const TAB = code('\t');
const RETURN = code('\r');
const NEWLINE = code('\n');
const H = code('h');
const LIST_COMMA = code('、');

/** Width of text[start, end) as displayed: Han and full-width characters count two. */
function displayWidth(text: string, start: number, end: number): number {
  let width = 0;
  for (let k = start; k < end; k++) width += text.charCodeAt(k) >= 0x2e80 ? 2 : 1;
  return width;
}

/** End of the line's text without trailing spaces and a CR. */
function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === TAB || text.charCodeAt(e - 1) === RETURN)) e--;
  return e;
}

/** The width of text[start, end) when it reads as a page line cut short (see the file's head), else -1. */
function openLineWidth(text: string, start: number, end: number): number {
  const e = trimmedEnd(text, start, end);
  // Cheap test first: a page line has 25 to 96 units.
  if (e - start < PAGE_MIN / 2 || e - start > PAGE_MAX) return -1;
  const last = text.charCodeAt(e - 1);
  if (SENTENCE_FINAL[last] === 1 || (CLOSERS.has(last) && SENTENCE_FINAL[text.charCodeAt(e - 2)] === 1)) return -1;
  let han = false;
  for (let k = start; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c === PIPE || (c === H && text.startsWith('http', k))) return -1;
    han ||= isHan(c);
  }
  const width = displayWidth(text, start, e);
  return han && width >= PAGE_MIN && width <= PAGE_MAX ? width : -1;
}


/** Bullets that open a heading or a list item. */
const BULLETS = charSet('●■◆▲•·-—*#>|◇□○');
const CHINESE_ORDINALS = charSet('一二三四五六七八九十');
const OPEN_BRACKETS = charSet('(（');
const CLOSE_BRACKETS = charSet(')）');
const ORDINAL_MARKS = charSet('.、．');

/** The line at `start` opens a heading or a list item (`(二)`, `二、`, `3.`, `●`). */
function opensHeading(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === 0x3000)) k++;
  const c = text.charCodeAt(k);
  if (BULLETS.has(c)) return true;
  if (OPEN_BRACKETS.has(c)) {
    let j = k + 1;
    while (j < end && (CHINESE_ORDINALS.has(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
    return j > k + 1 && CLOSE_BRACKETS.has(text.charCodeAt(j));
  }
  let j = k;
  if (CHINESE_ORDINALS.has(c)) {
    while (j < end && CHINESE_ORDINALS.has(text.charCodeAt(j))) j++;
    return text.charCodeAt(j) === LIST_COMMA;
  }
  while (j < end && isDigit(text.charCodeAt(j))) j++;
  // `3.` opens an item, `12.56公顷` goes on with a figure.
  return j > k && ORDINAL_MARKS.has(text.charCodeAt(j)) && !isDigit(text.charCodeAt(j + 1));
}


/**
 * Does the line text[start, end) go on into the next line text[nextStart, nextEnd)? `prevStart` is
 * the start of the line before it (-1 when it is the first), which ends at `start - 1`.
 */
function continuesInto(text: string, prevStart: number, start: number, end: number, nextStart: number, nextEnd: number): boolean {
  if (numberCutFromUnit(text, start, end, nextStart)) return true;
  const width = openLineWidth(text, start, end);
  if (width < 0) return false;
  const nextTrimmed = trimmedEnd(text, nextStart, nextEnd);
  if (nextTrimmed === nextStart || opensHeading(text, nextStart, nextTrimmed)) return false;
  if (displayWidth(text, nextStart, nextTrimmed) > width + SAME_WIDTH) return false;
  const before = prevStart >= 0 ? openLineWidth(text, prevStart, start - 1) : -1;
  if (before >= 0 && Math.abs(before - width) <= SAME_WIDTH) return true;
  const after = openLineWidth(text, nextStart, nextEnd);
  return after >= 0 && Math.abs(after - width) <= SAME_WIDTH;
}

/** Money units a figure is written with (`亿元`, `万美元`, `元`). */
const MONEY_UNITS = charSet('万亿億萬元');

/**
 * `…工业产值 143.3⏎亿元,同比增长…`: a line ending in digits whose next line opens with a money unit was
 * cut inside an amount, whatever the lines' widths (no line of its own ends on a bare figure).
 */
function numberCutFromUnit(text: string, start: number, end: number, nextStart: number): boolean {
  const e = trimmedEnd(text, start, end);
  return e > start && isDigit(text.charCodeAt(e - 1)) && MONEY_UNITS.has(unitAt(text, nextStart));
}

/** End of the line that starts at `start` (its '\n' or the text's end). */
function lineEnd(text: string, start: number): number {
  const nl = text.indexOf('\n', start);
  return nl < 0 ? text.length : nl;
}

/**
 * End of the run of lines that reads as one paragraph from the line text[start, end): the end of the
 * last line the ones before it continue into (`end` itself when the line is a paragraph of its own).
 * `prevStart` is the start of the line before (-1 for the first line).
 */
export function wrappedRunEnd(text: string, prevStart: number, start: number, end: number): number {
  let p = prevStart;
  let s = start;
  let e = end;
  while (e < text.length && text.charCodeAt(e) === NEWLINE) {
    const next = lineEnd(text, e + 1);
    if (!continuesInto(text, p, s, e, e + 1, next)) break;
    p = s;
    s = e + 1;
    e = next;
  }
  return e;
}

/**
 * Does any line of `lines` that has a line after it continue into it? The first line is read only as
 * the neighbour of the second, unless `fromTextStart` (it is the text's first line, with none before).
 */
export function anyLineContinues(lines: string, fromTextStart: boolean): boolean {
  let prev = -1;
  let start = 0;
  let end = lineEnd(lines, 0);
  while (end < lines.length) {
    const next = lineEnd(lines, end + 1);
    if ((prev >= 0 || fromTextStart) && continuesInto(lines, prev, start, end, end + 1, next)) return true;
    prev = start;
    start = end + 1;
    end = next;
  }
  return false;
}
