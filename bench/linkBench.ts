// Links benchmark (`npm run bench:links`): the link work of one article grows linearly with its
// amounts. A synthetic article of N amounts, each with a suggested project, company and park, is
// run through every per-article link step at N and 4N: the review index (what the hover, quick
// fixes and highlights read), accepting every suggested link in one edit (the command
// investNews.acceptAllLinks), dropping the links of a deleted span, and writing then reading the
// sidecar (schema checks included). Each step prints its time per amount at both sizes and their
// ratio: near 1 is linear, near 4 would be quadratic. CPU time, not wall time, so a shared
// machine's waiting does not count; the ratio is the result, not the milliseconds. Below a few
// thousand amounts the data fit the CPU caches and the small size looks faster than it scales:
// AMOUNTS (default 4000, about the amounts of a 5 MB article) sets N.
import { decideLinks, withAnnotations } from '../src/core/links/linkEdits';
import { LinkIndex } from '../src/core/links/linkReview';
import { mergeReview } from '../src/core/review/review';
import { parseSidecar, serializeSidecar } from '../src/core/sidecar/sidecarSchema';
import { hashText } from '../src/core/textHash';
import type { Entity } from '../src/core/types';

const BASE = Number(process.env.AMOUNTS ?? 4000);
const RUNS = 7;
/** Above this ratio of per-amount times (4N vs N) a step is reported as not linear. */
const MAX_RATIO = 3;

interface Article {
  text: string;
  entities: Entity[];
}

/** N sentences `园区i的企业i有限公司投资i亿元建设项目i项目。`, each amount linked to its sentence's spans. */
function article(amounts: number): Article {
  let text = '';
  const entities: Entity[] = [];
  const add = (label: Entity['label'], words: string, extra: Partial<Entity> = {}) => {
    const entity: Entity = { label, start: text.length, end: text.length + words.length, text: words, ...extra };
    text += words;
    return entity;
  };
  for (let i = 0; i < amounts; i++) {
    const park = add('PARK', `园区${i}`);
    text += '的';
    const company = add('COMPANY', `企业${i}有限公司`);
    text += '投资';
    const money = add('MONEY', `${i + 1}亿元`, { value: (i + 1) * 1e8, currency: 'CNY', role: 'investment', scope: 'item' });
    text += '建设';
    const project = add('PROJECT', `项目${i}项目`);
    text += '。';
    money.links = { project: { start: project.start, end: project.end }, company: { start: company.start, end: company.end }, park: { start: park.start, end: park.end } };
    entities.push(park, company, money, project);
  }
  return { text, entities };
}

/** Fastest CPU milliseconds of `step` over RUNS runs (the least disturbed by other work on the machine). */
function time(step: () => void): number {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = process.cpuUsage();
    step();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  return Math.min(...samples);
}

function steps(amounts: number): Record<string, number> {
  const { text, entities } = article(amounts);
  const reviewer = { author: 'bench', now: new Date('2026-01-01T00:00:00Z'), text };
  const items = mergeReview(entities, []);
  const index = new LinkIndex(items, entities, []);
  const proposals = index.suggested().map((l) => ({ kind: l.kind, amount: l.amount, target: l.target }));
  const accepted = decideLinks({ annotations: [], links: [] }, proposals, 'accepted', reviewer);
  const sidecar = { format: 'invest-news-annotations' as const, version: 2 as const, article: 'a.txt', sha256: hashText(text), annotations: [...accepted.annotations], links: [...accepted.links] };
  const written = serializeSidecar(sidecar);
  if (!parseSidecar(written).ok) throw new Error('the benchmark wrote an invalid sidecar');
  if (accepted.links.length !== amounts * 3) throw new Error(`expected ${amounts * 3} links, got ${accepted.links.length}`);
  const perAmount = (ms: number) => ms / amounts;
  return {
    'review index (hover, quick fixes, highlights)': perAmount(time(() => new LinkIndex(items, entities, []))),
    'accept every suggested link, one edit': perAmount(time(() => decideLinks({ annotations: [], links: [] }, proposals, 'accepted', reviewer))),
    'drop the links of a deleted span': perAmount(time(() => withAnnotations(accepted, accepted.annotations.slice(1)))),
    'write the sidecar (serialise)': perAmount(time(() => serializeSidecar(sidecar))),
    'read the sidecar (parse, schema, link checks)': perAmount(time(() => parseSidecar(written))),
  };
}

function main(): void {
  // A first pass warms the JIT so that the smaller size is not measured cold.
  steps(BASE);
  const small = steps(BASE);
  const large = steps(BASE * 4);
  console.log(`links: ${BASE} and ${BASE * 4} amounts (3 links each), fastest CPU µs per amount of ${RUNS} runs`);
  let worst = 0;
  for (const name of Object.keys(small)) {
    const ratio = large[name] / small[name];
    worst = Math.max(worst, ratio);
    console.log(`  ${name.padEnd(48)} ${(small[name] * 1000).toFixed(2).padStart(8)}  ${(large[name] * 1000).toFixed(2).padStart(8)}  ratio ${ratio.toFixed(2)}`);
  }
  console.log(`worst ratio ${worst.toFixed(2)} (linear ≈ 1, quadratic ≈ 4): ${worst <= MAX_RATIO ? 'linear' : 'NOT LINEAR'}`);
  if (worst > MAX_RATIO) process.exitCode = 1;
}

main();
