// A scale written without a figure before a class of projects, firms or parks (guidelines: `百亿` /
// `百亿级` in a size class is a `threshold`; a bare multiplier in a category phrase counts): `百亿项目`,
// `亿元企业`, `千亿级生态产业园区`, `签约一个亿元蔬菜加工项目`. The class is named by its size, nothing
// is spent. Reads the amount and a few characters after it.
import { charSet, code, isHan } from '../text';

/** Characters of a scale with no figure (`百亿`, `千亿`, `亿元`, `十亿`). */
const SCALE_CHARS = charSet('十百千万亿元');
const YI = code('亿');

/** `级` after the scale (`千亿级`). */
const JI = code('级');
/** `的` ends the reading: `亿元的项目` names the money of projects, not their class. */
const DE = code('的');

/** Nouns of a class sized by money: projects by what they invest, firms and parks by what they earn. */
const CLASS_NOUNS = ['项目', '企业', '园区', '开发区'];

/** Longest kind read between the scale and the class noun (`重大招商`, `生态产业`). */
const MAX_KIND = 6;

/**
 * [start, end) is a scale in 亿 with no figure, followed (after `级`) by a kind of at most MAX_KIND Han
 * characters and a class noun.
 */
export function scaleOfClassAt(text: string, start: number, end: number): boolean {
  let hasYi = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!SCALE_CHARS.has(c)) return false;
    if (c === YI) hasYi = true;
  }
  if (!hasYi || end === start) return false;
  const from = text.charCodeAt(end) === JI ? end + 1 : end;
  for (let k = from; k <= from + MAX_KIND && k < text.length; k++) {
    if (CLASS_NOUNS.some((w) => text.startsWith(w, k))) return true;
    const c = text.charCodeAt(k);
    if (c === DE || !isHan(c)) return false;
  }
  return false;
}
