// A sentence opened by `其` ("its") pointing back at the one thing the sentence before spoke of (scope, see
// moneyScope.ts): `…将在某市开设新工厂。其建筑面积约为4万平方米,预计投资X` — the money is that plant's or
// project's, `item`, though the sentence names nothing of its own; `其中 其他 其余 其间` open no such sentence.
import { charSet, code, isSentenceEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
import { CLAUSE_LEAD, MAX_WINDOW } from './moneyCues';
import { hasCount } from './projectCounts';

const QI = code('其');
/** What `其` opens that is no pointing back (`其中`, `其他`, `其余`, `其间`, `其次`, `其实`). */
const NOT_ITS = charSet('中他余它间次实');
/** One thing the sentence before may speak of: a plant, a project, a firm, a site. */
const ONE_THING = WordMap.of(['工厂', '新厂', '项目', '公司', '集团', '基地', '生产线', '电站', '园区']);
/** Sentence ends that keep to one paragraph. */
const IN_PARAGRAPH_END = charSet('。；;');
/** How far back the sentence before is read. */
const BEFORE_REACH = 2 * MAX_WINDOW;

/**
 * The amount's sentence (from `sStart`) opens with `其` pointing back, and the sentence before, in the same
 * paragraph, speaks of a plant, a project or a firm (`ONE_THING`) and counts nothing: the money is that one's.
 */
export function itsOwnFigures(text: string, sStart: number, start: number): boolean {
  const end = sStart - 1;
  if (end <= 0 || !IN_PARAGRAPH_END.has(text.charCodeAt(end))) return false;
  let k = sStart;
  while (k < start && k - sStart < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== QI || NOT_ITS.has(text.charCodeAt(k + 1))) return false;
  const before = runStart(text, end, isSentenceEnd, Math.max(0, end - BEFORE_REACH));
  return ONE_THING.occursIn(text, before, end) && !hasCount(text, before, end);
}
