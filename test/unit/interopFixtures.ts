// Shared fixtures of the interop tests (not a test file itself).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedArticle, InteropAnnotation } from '../../src/core/interop/annotatedArticle';
import { recognize } from '../../src/core/recognition/recognize';
import type { Label } from '../../src/core/types';

export const REPO = join(__dirname, '..', '..', '..');
export const GOLDEN = join(REPO, 'test', 'unit', 'golden');

/** The worked example line of interop-formats.md. */
export const PIN_LINE = '📍总投资50亿元的博通科技产业园项目落户新余高新区';

/** A span found by its text (the offsets are never typed in by hand). */
export function spanOf(text: string, label: Label, covered: string, extra: Partial<InteropAnnotation> = {}, occurrence = 0): InteropAnnotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(covered, start + 1);
  if (start < 0) throw new Error(`“${covered}” not in the fixture text`);
  return { label, start, end: start + covered.length, text: covered, ...extra };
}

export function pinArticle(): AnnotatedArticle {
  return {
    file: '000.txt',
    text: PIN_LINE,
    annotations: [
      spanOf(PIN_LINE, 'MONEY', '50亿元', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item', status: 'accepted' }),
      spanOf(PIN_LINE, 'PROJECT', '博通科技产业园项目', { status: 'accepted' }),
      spanOf(PIN_LINE, 'PARK', '新余高新区', { status: 'accepted' }),
    ],
  };
}

/** The worked example with its amount linked to its project and its park (the golden files with links). */
export function pinLinkedArticle(): AnnotatedArticle {
  const article = pinArticle();
  const [amount, project, park] = article.annotations;
  const ref = (a: InteropAnnotation) => ({ start: a.start, end: a.end });
  return {
    ...article,
    links: [
      { kind: 'project', status: 'accepted', from: ref(amount), to: ref(project) },
      { kind: 'park', status: 'accepted', from: ref(amount), to: ref(park) },
    ],
  };
}

/** Astral characters before, between and inside the neighbourhood of spans; a span across a line break. */
export function astralArticle(): AnnotatedArticle {
  const text = '𠀀📍总投资50亿元（约7亿美元）的👍🏽博通科技产业园项目\r\n落户新余高新区。\n合同资金达十至二十亿元，𠀀江苏博通投资实业有限公司\n签约。';
  return {
    file: 'astral/𠀀.txt',
    text,
    annotations: [
      spanOf(text, 'MONEY', '50亿元', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' }),
      spanOf(text, 'MONEY', '7亿美元', { value: 7e8, currency: 'USD', role: 'investment', scope: 'item', qualifier: 'approx' }),
      spanOf(text, 'PROJECT', '博通科技产业园项目\r\n落户新余', {}),
      spanOf(text, 'MONEY', '十至二十亿元', { value: 1e9, max: 2e9, currency: 'CNY', role: 'contract', scope: 'aggregate' }),
      spanOf(text, 'COMPANY', '江苏博通投资实业有限公司\n签约', {}),
    ],
  };
}

/** The sample corpus with the recogniser's spans as accepted annotations. */
export function sampleArticles(): AnnotatedArticle[] {
  const dir = join(REPO, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      return { file, text, annotations: recognize(text).map((e) => ({ ...e, status: 'accepted' as const })) };
    });
}

/** An article whose amounts are linked: astral characters and CRLF before and between the ends. */
export function linkedArticle(): AnnotatedArticle {
  const text = '𠀀📍江苏博通投资实业有限公司投资50亿元（约7亿美元）的👍🏽博通科技产业园项目\r\n落户新余高新区。\r\n合同资金达十至二十亿元。';
  const company = spanOf(text, 'COMPANY', '江苏博通投资实业有限公司', { status: 'accepted' });
  const amount = spanOf(text, 'MONEY', '50亿元', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item', status: 'accepted' });
  const dollars = spanOf(text, 'MONEY', '7亿美元', { value: 7e8, currency: 'USD', role: 'investment', scope: 'item', qualifier: 'approx', status: 'accepted' });
  const project = spanOf(text, 'PROJECT', '博通科技产业园项目', { status: 'accepted' });
  const park = spanOf(text, 'PARK', '新余高新区', { status: 'accepted' });
  const contract = spanOf(text, 'MONEY', '十至二十亿元', { value: 1e9, max: 2e9, currency: 'CNY', role: 'contract', scope: 'aggregate', status: 'accepted' });
  const ref = (a: InteropAnnotation) => ({ start: a.start, end: a.end });
  return {
    file: 'linked/𠀀.txt',
    text,
    annotations: [company, amount, dollars, project, park, contract],
    links: [
      { kind: 'project', status: 'accepted', from: ref(amount), to: ref(project) },
      { kind: 'company', status: 'accepted', from: ref(amount), to: ref(company) },
      { kind: 'park', status: 'accepted', from: ref(amount), to: ref(park) },
      { kind: 'project', status: 'accepted', from: ref(dollars), to: ref(project) },
      { kind: 'park', status: 'accepted', from: ref(contract), to: ref(park) },
    ],
  };
}
