import { strict as assert } from 'node:assert';
import { ARTICLE_CURRENCY_MARKERS, holdsArticleCurrencyMarker, MARKER_FIRST_UNITS, MARKER_SECOND_UNITS } from '../../src/core/recognition/localCurrency';

/** Every string a regex source of literals, `[classes]`, `(?:groups)`, alternatives and lookarounds matches. */
function spellings(source: string): string[] {
  const out: string[] = [];
  for (const alternative of topLevel(source, '|')) out.push(...sequenceSpellings(alternative));
  return out;
}

/** `source` cut at `separator` where no bracket or group is open. */
function topLevel(source: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      parts.push(source.slice(last, i));
      last = i + 1;
    }
  }
  parts.push(source.slice(last));
  return parts;
}

function sequenceSpellings(sequence: string): string[] {
  let out = [''];
  for (let i = 0; i < sequence.length; ) {
    let options: string[];
    if (sequence[i] === '[') {
      const close = sequence.indexOf(']', i);
      options = [...sequence.slice(i + 1, close)];
      i = close + 1;
    } else if (sequence[i] === '(') {
      const close = groupEnd(sequence, i);
      const inner = sequence.slice(i + 1, close);
      i = close + 1;
      // A lookaround reads no unit of the match.
      if (/^\?<?[=!]/.test(inner)) continue;
      options = spellings(inner.replace(/^\?:/, ''));
    } else {
      options = [sequence[i]];
      i++;
    }
    out = out.flatMap((head) => options.map((o) => head + o));
  }
  return out;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`unclosed group in ${source}`);
}

describe('the scan for words that mark an article’s currency', () => {
  it('knows the first two units of every marker', () => {
    const words = spellings(ARTICLE_CURRENCY_MARKERS.source);
    assert.ok(words.length > 40, `${words.length} spellings read`);
    for (const word of words) {
      assert.ok(MARKER_FIRST_UNITS.includes(word[0]), `${word}: first unit`);
      assert.ok(MARKER_SECOND_UNITS.includes(word[1]), `${word}: second unit`);
    }
  });

  it('finds what the regex finds: at either end, after a word that rules one out, and nowhere', () => {
    const paragraphs = [
      '臺幣計價的合約今日簽訂',
      '合約以新臺幣計價',
      '全國經濟部門的數據顯示增長',
      '據經濟部統計,本季訂單增加',
      '该平台中标三个工程',
      '市府路改造工程今天开工',
      '县府会同基隆港务部门研究',
      '年度预算以MOP计',
      '澳门元',
      '某某科技公司在东湖新区投资12亿元建设电池工厂',
      '',
      '台',
      '幣',
      '币值稳定',
      '立法院',
      'x立法院',
    ];
    for (const p of paragraphs) assert.equal(holdsArticleCurrencyMarker(p), ARTICLE_CURRENCY_MARKERS.test(p), p);
    assert.deepEqual(
      paragraphs.map((p) => holdsArticleCurrencyMarker(p)),
      [true, true, false, true, false, false, true, true, true, false, false, false, false, false, true, true],
    );
  });
});
