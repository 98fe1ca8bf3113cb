// A firm's short name set against the firms said before it by a topic particle, then paying a figure
// (`某某达则规划投资逾10亿元`, `某某精机则将投资近3亿元`, `某某电机(1234-TW)亦投资 2亿元`, `大厂某某科则砸10亿元`):
// Taiwanese and Hong Kong news list each firm's outlay so, one clause per firm. `则`/`亦` right after the words
// makes them the clause's topic, and the verb of paying a figure with only intentions between says the topic is a
// payer, a firm, though its name carries no trade (`某某达`). The words run back to the clause's opening, or to
// the kind of firm said before the name (`导线架大厂某某科`: after its last `厂`); a stock code between the name
// and the particle is left out. Places, generic words and longer phrases are no such name (`isBrand`, brandNames.ts;
// `北京亦庄投资…`: what follows `亦` is no verb of paying).

import { charSet, isHan } from '../text';
import { unitKind, type AnchorUnits } from './anchorUnits';
import type { Span } from './projects';

/** The topic particles: `则` setting the firm against those before, `亦` adding it to them. */
const TOPIC_UNITS = unitKind('则亦');
/**
 * After the particle, sticky: only intentions and plans (`将 规划 预计 计划 拟 已 再`, a lavish `大手笔`), then a verb
 * of paying (`投资 斥资`, the press's `砸`/`砸下`), an approximation or not, and a figure.
 */
const PAYS_AFTER = /(?:将|规划|预计|计划|拟|已|再|还|大手笔){0,3}(?:投资|斥资|砸下?)\s?(?:逾|近|超过|超|约)?\s?[0-9]/y;
/** A stock code written after a listed firm's name (`(1234-TW)`, `(600000)`), read back from the particle. */
const STOCK_CODE_BEFORE = /\(\s*[0-9]{4,6}(?:-TW|\.S[ZH])?\s*\)\s*$/;
/** The kind of firm said right before the name (`某某大厂某某科`): the name starts after it. */
const KIND_END = charSet('厂');
/** A short name's length: two units at least, four at most (longer words are a phrase, not a name). */
const MIN_NAME = 2;
const MAX_NAME = 4;
/** How far back the stock code is read (its brackets, digits and suffix). */
const CODE_REACH = 14;

/** The short names of firms set as a clause's topic by `则`/`亦` and paying a figure, in text order. */
export function brandsContrasted(text: string, anchors: AnchorUnits, isBrand: (text: string, start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  for (const at of anchors.positions(TOPIC_UNITS)) {
    PAYS_AFTER.lastIndex = at + 1;
    if (!PAYS_AFTER.test(text)) continue;
    const end = nameEnd(text, at);
    const start = nameStart(text, end);
    if (start < 0 || end - start < MIN_NAME || end - start > MAX_NAME) continue;
    if (isBrand(text, start, end)) out.push({ start, end });
  }
  return out;
}

/** Where the name before the particle at `at` ends: before a stock code written after it, else at the particle. */
function nameEnd(text: string, at: number): number {
  const code = STOCK_CODE_BEFORE.exec(text.slice(Math.max(0, at - CODE_REACH), at));
  return code ? at - code[0].length : at;
}

/**
 * Where the name ending at `end` starts: after the kind of firm said before it, or at the clause's opening (any unit
 * not Han); -1 when the Han run goes on past a name's length before either.
 */
function nameStart(text: string, end: number): number {
  for (let k = end - 1; k >= 0 && end - k <= MAX_NAME + 1; k--) {
    const c = text.charCodeAt(k);
    if (!isHan(c) || KIND_END.has(c)) return k + 1;
  }
  return end <= MAX_NAME ? 0 : -1;
}
