// Glosses: an amount in brackets right after another that restates it in another currency
// (`5.215亿美元(约40.7亿港元)`) is not money of its own. Whose money an amount is comes from its
// links (src/core/totals/records.ts), never from here.
import type { Entity } from '../types';

/** Between an amount and its gloss: an opening bracket and an approximation word. */
const GLOSS_OPEN = /^\s*(?:左右)?\s*[（(]\s*(?:约合|大约|约|合|折合|相当于|折)?\s*(?:人民币)?\s*$/;
const GLOSS_CLOSE = /^\s*(?:左右)?\s*[）)]/;

/**
 * The amounts among `amounts` (MONEY items sorted by start) that gloss the amount before them:
 * directly inside brackets after it, with at most an approximation word between, in another
 * currency or of the same value. A gloss is never itself glossed. Linear.
 */
export function glossesOf<T extends Entity>(text: string, amounts: readonly T[]): Set<T> {
  const glosses = new Set<T>();
  for (let i = 1; i < amounts.length; i++) {
    const previous = amounts[i - 1];
    if (!glosses.has(previous) && isGloss(text, previous, amounts[i])) glosses.add(amounts[i]);
  }
  return glosses;
}

function isGloss(text: string, first: Entity, second: Entity): boolean {
  if (!GLOSS_OPEN.test(text.slice(first.end, second.start))) return false;
  if (!GLOSS_CLOSE.test(text.slice(second.end, second.end + 4))) return false;
  return first.currency !== second.currency || first.value === second.value;
}
