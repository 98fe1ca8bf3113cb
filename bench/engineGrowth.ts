// How the engine's cost grows with the text, the `linear:` line of `npm run bench`, also run alone by
// `npm run bench:linear` (half a minute): after adding a rule, run it before the whole bench, since a rule that
// reads back or forward over the whole paragraph for each candidate is linear on news articles and quadratic here.
import type { FoldedText } from '../src/core/fold';
import { withLinks } from '../src/core/links/links';
import { findNamedEntities } from '../src/core/recognition/namedEntities';
import { recognize as recognizeSpans } from '../src/core/recognition/recognize';
import type { LexiconMatcher } from '../src/core/workspaceLexicon/lexiconMatcher';

/** The engine as the CLI runs it: the spans, then each amount's links (reading the paragraphs the spans folded). */
export function recognize(text: string, lexicon?: LexiconMatcher): ReturnType<typeof withLinks> {
  const folds = new Map<number, FoldedText>();
  return withLinks(text, recognizeSpans(text, lexicon, folds), folds);
}

const NAMES_AND_AMOUNTS = '完成投资3亿元，总投资50亿元的博通科技产业园项目落户衡阳高新区,与江苏博通投资实业有限公司签约。';
/**
 * Amounts in clauses opened by the bare word 项目 and no company anywhere: each amount asks whether a company
 * was named earlier in its paragraph (projectOfArticle.ts), which must not read the paragraph back each time.
 */
const BARE_PROJECT_AMOUNTS = '项目位于青川村,预计总投资3亿元。';

/** Seconds of the fastest of `runs` calls of `pass`. */
function fastest(runs: number, pass: () => void): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    pass();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return best;
}

/**
 * Cost on 8× the text, relative: a linear scan takes about 8× the time, a quadratic one 64×.
 * Adversarial input: one paragraph of names and amounts with no line break, so every context
 * window and every name scan works inside the same long string. The short text is scanned eight
 * times per timing, so both timings make the same amount of garbage to collect (one short run
 * can finish between two collections and would flatter the ratio).
 */
function linearity(scan: (text: string) => unknown, sentence: string): number {
  const smallText = sentence.repeat(5000);
  const largeText = sentence.repeat(40000);
  scan(smallText); // warm up
  scan(largeText);
  const small = fastest(3, () => {
    for (let i = 0; i < 8; i++) scan(smallText);
  });
  return (8 * fastest(3, () => scan(largeText))) / small;
}

/** The engine's growth on 8× the text, whole and by part, as one printed line. */
export function growthLine(): string {
  const engine = linearity(recognize, NAMES_AND_AMOUNTS);
  const bareProject = linearity(recognize, BARE_PROJECT_AMOUNTS);
  const names = linearity(findNamedEntities, NAMES_AND_AMOUNTS);
  const spans = linearity(recognizeSpans, NAMES_AND_AMOUNTS);
  const x = (ratio: number) => `${ratio.toFixed(1)}×`;
  return `linear:  one long paragraph, 8× the text took ${x(engine)} the time (spans without links ${x(spans)}, names alone ${x(names)}, amounts after a bare 项目 ${x(bareProject)}; linear ≈ 8×, quadratic ≈ 64×)`;
}
