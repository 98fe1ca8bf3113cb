// A policy's cap on what it grants (`入园项目奖励资金最高可达X`, `人才引进给予最高X的奖励`): the most any one of many
// beneficiaries may get, a rule over them all, so a sum (guidelines, `scope`: an amount that describes several
// projects is `aggregate`), not one project's or firm's grant. Only funding money is read (a grant, an award, a
// subsidy); the few units before the amount, no scan.

import type { MoneyRole } from '../types';

/** `最高` right before the amount, at most a verb of granting or reaching between (`最高可达`, `给予最高`, `最高奖励`). */
const CAP_BEFORE = /最高(?:可达|可获|可享受|可获得|给予|奖励|补贴|补助|资助|达到|达|为|不超过)?$/;

/** How far before the amount the cap is read. */
const CAP_REACH = 8;

/** The amount at `start`, funding money, is a policy's cap on a grant. */
export function policyCapBefore(text: string, start: number, role: MoneyRole | undefined): boolean {
  if (role !== 'funding' || start < 2) return false;
  return CAP_BEFORE.test(text.slice(Math.max(0, start - CAP_REACH), start));
}
