// A campaign's slogan before 项目 (`招大引强项目`, `大好高项目`, `谋新项目、攻慢项目、啃难项目`): one-character verbs of
// going after projects and one-character qualities, run together, say which kind of projects is wanted, never
// which project. Names hold a word of their own (a place, a brand, a product), never only these characters.
import { charSet } from '../text';

/** One-character verbs of courting, tackling and keeping projects (`招 引 攻 啃 谋 盯 抓 …`). */
const SLOGAN_VERBS = charSet('招引攻啃谋盯抓推促争育扩留稳保上落');
/** One-character qualities a slogan asks of projects (`大 好 高 强 新 优 精 尖 特 …`), and what is hard about them. */
const SLOGAN_QUALITIES = charSet('大好高强新优精尖特专快慢难急小实稳真多早硬重');
/** Longest slogan read (`大好高精尖`, `招大引强`). */
const MAX_SLOGAN = 6;

/** True when [start, end) is a slogan: only such verbs and qualities, one quality at least. */
export function sloganOnly(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > MAX_SLOGAN) return false;
  let quality = false;
  for (let k = start; k < end; k++) {
    const unit = text.charCodeAt(k);
    if (SLOGAN_QUALITIES.has(unit)) quality = true;
    else if (!SLOGAN_VERBS.has(unit)) return false;
  }
  return quality;
}
