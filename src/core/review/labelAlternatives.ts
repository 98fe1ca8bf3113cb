// Which other labels can be right for a span's text, most likely first: what the quick fixes and
// the hover offer as "accept as …" / "change label to …". An amount (`65.1亿元`) is never a
// park, and a name (`博通科技产业园`) never an amount; among names the ending decides the order
// (`…产业园` a park, `…项目` a project, `…有限公司` a company), the other name labels follow.
// Pure: whether the text reads as an amount comes in as an argument (the engine decides it).
import { LABELS } from '../types';
import type { Label } from '../types';

type NameLabel = Exclude<Label, 'MONEY'>;

/** Endings that make a name of that kind likely. Longest first within a list is not needed: any match counts. */
const NAME_ENDINGS: Record<NameLabel, readonly string[]> = {
  PARK: ['园区', '园', '園', '开发区', '開發區', '高新区', '新区', '保税区', '示范区', '自贸区', '试验区', '集中区', '经开区', '基地', '港', '区'],
  PROJECT: ['项目', '項目', '工程', '基地', '中心', '生产线', '产线', '二期', '一期', '三期', '厂房', '综合体'],
  COMPANY: ['公司', '集团', '集團', '有限', '股份', '企业', '企業', '厂', '廠', '银行', '銀行', '研究院', '合伙）', '合伙)'],
};

/** Characters that make a text look like an amount: digits with a currency or a Chinese multiplier. */
const AMOUNT_SHAPE = /[0-9０-９零〇一二两三四五六七八九十百千][0-9０-９.,．]*\s*(?:[万亿萬億]|元|圆|美元|港元|欧元|日元|英镑|billion|million)|[¥￥$€£]\s*[0-9]/i;

/** Whether a text has the shape of an amount (a number with a currency or multiplier), for callers without the engine. */
export function looksLikeAmount(text: string): boolean {
  return AMOUNT_SHAPE.test(text);
}

/**
 * The labels other than `current` that can be right for `text`, most likely first.
 * `readsAsAmount`: the engine reads an amount in the text (a MONEY span of the engine, or its
 * reading of the words alone). Labels that cannot be right are left out.
 */
export function alternativeLabels(text: string, current: Label | undefined, readsAsAmount: boolean): Label[] {
  const scored = LABELS.filter((label) => label !== current)
    .map((label, order) => ({ label, order, score: plausibility(text.trim(), label, readsAsAmount) }))
    .filter((entry) => entry.score > 0);
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((entry) => entry.label);
}

/** 0: cannot be right; 1: possible; 2 and more: the text says so (a longer ending says it louder). */
function plausibility(text: string, label: Label, readsAsAmount: boolean): number {
  if (label === 'MONEY') return readsAsAmount ? 3 : 0;
  if (readsAsAmount || text.length < 2) return 0;
  const ending = NAME_ENDINGS[label].filter((suffix) => text.endsWith(suffix)).reduce((longest, suffix) => Math.max(longest, suffix.length), 0);
  return ending > 0 ? 1 + ending : 1;
}
