// Totals: what a set of reviewed articles adds up to, without the naive sum's mistakes.
//
// Used by `invest-news summary` and by the summary panel (the result crosses to the webview,
// so it is plain JSON data). The rules, from the annotation guidelines:
//  - rejected items never count; accepted items are counted on their own (basis `accepted`)
//    and together with unreviewed suggestions (basis `all`), so the panel can show both;
//  - per currency and role, itemised amounts (scope `item`) and stated aggregates
//    (scope `aggregate`) are summed APART and shown side by side with their difference:
//    adding an aggregate to the items it already contains would double count;
//  - thresholds (role `threshold`, "10亿元以上项目69个") are size classes, not money: they are
//    listed, never summed;
//  - a range ("10-20亿元") counts its minimum (`value`), as the guidelines define `value`;
//  - a gloss (a second currency in brackets right after an amount, "5.215亿美元(约40.7亿港元)")
//    restates the amount before it and is not counted;
//  - the same aggregate stated twice in one article (headline and body repeat
//    "合同资金达65.1亿元") counts once; so does the same item amount of the same project;
//  - a part of a stated project total (`总投资115亿元，其中一期投资50亿元`: an amount of the same
//    project after 其中 / a phase word in the same sentence) is inside it, not added to it;
//  - an amount belongs to the park, project and company its links name (src/core/totals/records.ts:
//    accepted links first, the engine's suggestions otherwise, counted as `suggested`); an
//    amount without a link of a kind is summed in that table's unlinked row, never guessed.
//    Projects and companies take item amounts only (an aggregate describes several projects).
//  - across articles (src/core/totals/corpusRecords.ts), an item amount of a project that an earlier
//    article already reported (same project, role, currency and value) is counted once, in the
//    overall and the park, project and company sums alike, and listed with its sources; stated
//    aggregates are listed (`statedAggregates`): their sums across articles add overlapping sets.
// One article's contribution is articleTotals.ts (each amount's fate in countedAmount.ts, the groups in
// totalsGroups.ts); combining contributions is totalsAccumulator.ts; the data shapes are totalsData.ts.
// Glosses are found by glosses.ts; the sums per currency × role are amountTable.ts; display formatting is in moneyFormat.ts.
import { articleTotals } from './articleTotals';
import { articleRecords } from './records';
import type { LinkedArticle } from './records';
import { combineTotals } from './totalsAccumulator';
import type { Totals, TotalsArticle } from './totalsData';

/** Totals over the given articles (see the rules at the top of this file). Pure; never throws. */
export function computeTotals(articles: readonly TotalsArticle[]): Totals {
  return combineTotals(articles.map(articleTotals));
}

/**
 * An article for the totals with its records (whose money each amount is, src/core/totals/records.ts):
 * what the summary panel, the corpus worker and `invest-news summary` all sum.
 */
export function linkedTotalsArticle(file: string, text: string, article: LinkedArticle): TotalsArticle {
  return { file, text, items: article.items, records: articleRecords(article) };
}
