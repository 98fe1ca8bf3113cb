// `invest-news agree` run as a user would (dist/cli.js in a child process) on folders written here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { annotatorSidecarPath } from '../../src/core/sidecar/annotators';
import { createAnnotation } from '../../src/core/review/review';
import { serializeSidecar, sidecarPathFor, type Annotation } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity, MoneyRole } from '../../src/core/types';

const ROOT = resolve(__dirname, '../../..');
const CLI = join(ROOT, 'dist/cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const now = new Date('2026-12-01T00:00:00Z');

/** An accepted annotation of the `occurrence`-th `fragment` in `text`. */
function tag(text: string, label: Entity['label'], fragment: string, extra: Partial<Entity> = {}, occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(fragment, start + 1);
  assert.ok(start >= 0, `${fragment} #${occurrence}`);
  const annotation = createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, 'accepted', 't', now, text, []);
  return { ...annotation, id: `${label}-${start}-${annotation.end}` };
}

function writeArticle(folder: string, name: string, text: string, annotations: Annotation[], sidecarPath = sidecarPathFor(join(folder, name))): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, name), text);
  mkdirSync(dirname(sidecarPath), { recursive: true });
  writeFileSync(sidecarPath, serializeSidecar({ format: 'invest-news-annotations', version: 1, article: name, sha256: hashText(text), annotations }));
}

interface AgreeJson {
  annotators: string[];
  pairs: {
    a: string;
    b: string;
    articles: number;
    labels: Record<string, { exactF1: number | null; overlapF1: number | null; aSpans: number; bSpans: number; exactMatches: number }>;
    money: Record<string, { n: number; observed: number | null; expected: number | null; kappa: number | null }>;
    links?: Record<string, { n: number; observed: number | null; expected: number | null; kappa: number | null }>;
    perArticle: { file: string; exactF1: number | null }[];
  }[];
}

describe('invest-news agree (built CLI)', function () {
  let scratch: string;
  before(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-agree-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('reproduces the worked kappa example of Wikipedia, "Cohen\'s kappa" (κ = 0.4) on the roles of 50 amounts', () => {
    // Wikipedia's table (Yes/Yes 20, Yes/No 5, No/Yes 10, No/No 15) with investment = Yes, contract = No.
    const cells: [MoneyRole, MoneyRole, number][] = [['investment', 'investment', 20], ['investment', 'contract', 5], ['contract', 'investment', 10], ['contract', 'contract', 15]];
    const roles = cells.flatMap(([x, y, n]) => Array.from({ length: n }, () => [x, y] as const));
    const text = roles.map((_, i) => `第${i + 1}个项目投资5亿元。`).join('\n');
    const money = (i: number, role: MoneyRole) => tag(text, 'MONEY', '5亿元', { value: 5e8, currency: 'CNY', scope: 'item', role }, i);
    const folder = join(scratch, 'wikipedia');
    writeArticle(join(folder, 'a'), 'x.txt', text, roles.map(([role], i) => money(i, role)));
    writeArticle(join(folder, 'b'), 'x.txt', text, roles.map(([, role], i) => money(i, role)));
    const result = run('agree', join(folder, 'a'), join(folder, 'b'), '--json');
    assert.equal(result.status, 0, result.stderr);
    const pair = (JSON.parse(result.stdout) as AgreeJson).pairs[0];
    assert.equal(pair.money.role.n, 50);
    assert.ok(Math.abs(pair.money.role.observed! - 0.7) < 1e-9);
    assert.ok(Math.abs(pair.money.role.expected! - 0.5) < 1e-9);
    assert.ok(Math.abs(pair.money.role.kappa! - 0.4) < 1e-9);
    assert.equal(pair.labels.MONEY.exactF1, 1);
    assert.equal(pair.money.scope.kappa, null, 'one category throughout: kappa undefined');
    assert.equal(pair.money.scope.observed, 1);
  });

  describe('a two-annotator case computed by hand (𠀀, emoji, CRLF)', () => {
    const text = '𠀀园区新闻😀：新余高新区签约项目17个，合同资金达65.1亿元。\r\n其中，博通科技产业园项目总投资50亿元，由华为公司建设。\r\n𠀀新余高新区还引进了比亚迪公司。\r\n';
    const money = { currency: 'CNY', scope: 'item' } as const;
    let folder: string;
    before(() => {
      folder = join(scratch, 'hand');
      writeArticle(join(folder, 'alice'), 'news.txt', text, [
        tag(text, 'PARK', '新余高新区'),
        tag(text, 'PARK', '新余高新区', {}, 1),
        tag(text, 'PARK', '博通科技产业园'),
        tag(text, 'MONEY', '65.1亿元', { ...money, value: 6.51e9, role: 'contract', scope: 'aggregate' }),
        tag(text, 'MONEY', '50亿元', { ...money, value: 5e9, role: 'investment' }),
        tag(text, 'COMPANY', '华为公司'),
      ]);
      writeArticle(join(folder, 'bob'), 'news.txt', text, [
        tag(text, 'PARK', '新余高新区'),
        tag(text, 'PARK', '博通科技产业园项目'),
        tag(text, 'MONEY', '65.1亿元', { ...money, value: 6.51e9, role: 'contract', scope: 'aggregate' }),
        tag(text, 'MONEY', '50亿元', { ...money, value: 5e9, role: 'contract' }),
        tag(text, 'COMPANY', '华为公司'),
        tag(text, 'COMPANY', '比亚迪公司'),
        { ...tag(text, 'PROJECT', '博通科技产业园项目'), status: 'rejected' },
      ]);
    });

    it('prints the F1 and kappa figures computed by hand', () => {
      const result = run('agree', join(folder, 'alice'), join(folder, 'bob'), '--json');
      assert.equal(result.status, 0, result.stderr);
      const { pairs } = JSON.parse(result.stdout) as AgreeJson;
      assert.equal(pairs.length, 1);
      const { labels, money: kappa } = pairs[0];
      // PARK: alice 3, bob 2; exact 1 (the first 新余高新区). Overlap: alice's first and 博通科技产业园
      // (2 of 3), bob's both (2 of 2): P = 1, R = 2/3, F1 = 0.8. Exact F1 = 2·1/5 = 0.4.
      assert.equal(labels.PARK.exactF1, 0.4);
      assert.ok(Math.abs(labels.PARK.overlapF1! - 0.8) < 1e-12);
      // MONEY: both amounts at the same offsets; COMPANY: 1 exact of 1 and 2: 2/3; PROJECT: bob's is rejected.
      assert.equal(labels.MONEY.exactF1, 1);
      assert.ok(Math.abs(labels.COMPANY.exactF1! - 2 / 3) < 1e-12);
      assert.equal(labels.PROJECT.exactF1, null);
      // Roles: (contract, contract), (investment, contract): p_o = 1/2, p_e = 1/2·1 = 1/2, κ = 0.
      assert.equal(kappa.role.observed, 0.5);
      assert.equal(kappa.role.kappa, 0);
      // Scopes (aggregate, aggregate), (item, item): p_o = 1, p_e = 1/2, κ = 1.
      assert.equal(kappa.scope.kappa, 1);
      assert.equal(pairs[0].links, undefined, 'no links in version-1 sidecars');
    });

    it('writes every disagreement with UTF-16 offsets and its context to the diagnosis CSV', () => {
      const csv = join(folder, 'diagnosis.csv');
      const result = run('agree', join(folder, 'alice'), join(folder, 'bob'), '--diagnosis', csv);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /PARK +3 +2 +1 +0\.400 +0\.800/);
      const rows = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
      assert.equal(rows[0], 'annotator_a,annotator_b,article,label,kind,attribute,version_a,version_b,start,end,context');
      const body = rows.slice(1).map((r) => r.split(',').slice(3, 10).join(','));
      const a = join(folder, 'alice');
      assert.ok(rows.slice(1).every((r) => r.startsWith(`${a},${join(folder, 'bob')},news.txt,`)));
      const boundaryStart = text.indexOf('博通科技产业园');
      const secondPark = text.indexOf('新余高新区', text.indexOf('新余高新区') + 1);
      const money50 = text.indexOf('50亿元');
      const company = text.indexOf('比亚迪公司');
      assert.deepEqual(body, [
        `PARK,boundary,,「博通科技产业园」 ${boundaryStart}–${boundaryStart + 7},「博通科技产业园项目」 ${boundaryStart}–${boundaryStart + 9},${boundaryStart},${boundaryStart + 9}`,
        `MONEY,attribute,role,investment,contract,${money50},${money50 + 4}`,
        `PARK,only-a,,「新余高新区」 ${secondPark}–${secondPark + 5},,${secondPark},${secondPark + 5}`,
        `COMPANY,only-b,,,「比亚迪公司」 ${company}–${company + 5},${company},${company + 5}`,
      ]);
      // 𠀀 (2) 园区新闻 (4) 😀 (2) ： (1) 新余高新区签约项目17个， (13) 合同资金达 (5) 65.1亿元 (6) 。 (1) CRLF (2) 其中， (3).
      assert.equal(boundaryStart, 39);
      // 20 units before: 总投资50亿元，由华为公司建设。 (16), CRLF (2), 𠀀 (2).
      assert.ok(rows[3].endsWith(',总投资50亿元，由华为公司建设。⏎𠀀【新余高新区】还引进了比亚迪公司。⏎'), rows[3]);
    });
  });

  it('compares annotators by name in the annotators/NAME layout, each pair of three', () => {
    const text = '新余高新区签约项目17个。';
    const corpus = join(scratch, 'named');
    const at = (name: string) => annotatorSidecarPath(sidecarPathFor(join(corpus, 'sub', 'a.txt')), name);
    writeArticle(join(corpus, 'sub'), 'a.txt', text, [tag(text, 'PARK', '新余高新区')], at('alice'));
    writeArticle(join(corpus, 'sub'), 'a.txt', text, [tag(text, 'PARK', '新余高新区')], at('li.wei'));
    writeArticle(join(corpus, 'sub'), 'a.txt', text, [tag(text, 'PARK', '新余高新')], at('张三'));
    assert.ok(at('li.wei').endsWith(join('sub', 'annotators', 'li.wei', 'a.txt.ann.json')));
    const result = run('agree', 'alice', 'li.wei', '张三', '--articles', corpus, '--json');
    assert.equal(result.status, 0, result.stderr);
    const { pairs } = JSON.parse(result.stdout) as AgreeJson;
    assert.deepEqual(pairs.map((p) => [p.a, p.b, p.labels.PARK.exactF1, p.labels.PARK.overlapF1]), [
      ['alice', 'li.wei', 1, 1],
      ['alice', '张三', 0, 1],
      ['li.wei', '张三', 0, 1],
    ]);
    assert.equal(pairs[0].perArticle[0].file, 'sub/a.txt');
  });

  it('summary, export and import take --annotator: alice\'s work exported, imported as bob\'s, then agreeing fully', () => {
    const text = '新余高新区签约项目17个，合同资金达65.1亿元。';
    const corpus = join(scratch, 'handover');
    const article = join(corpus, 'a.txt');
    const alice = annotatorSidecarPath(sidecarPathFor(article), 'alice');
    const bob = annotatorSidecarPath(sidecarPathFor(article), 'bob');
    const park = tag(text, 'PARK', '新余高新区');
    writeArticle(corpus, 'a.txt', text, [park, { ...tag(text, 'MONEY', '65.1亿元', { value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' }), status: 'rejected' }], alice);
    const reviewOf = (...extra: string[]) => {
      const result = run('summary', corpus, '--json', ...extra);
      assert.equal(result.status, 0, result.stderr);
      return (JSON.parse(result.stdout) as { review: Record<string, { accepted: number; rejected: number }> }).review;
    };
    assert.equal(reviewOf('--annotator', 'alice').MONEY.rejected, 1);
    assert.equal(reviewOf().MONEY.rejected, 0, 'without --annotator: the (missing) sidecar beside the article');
    const exported = join(scratch, 'handover.jsonl');
    assert.equal(run('export', corpus, '--to', 'jsonl', '--out', exported, '--annotator', 'alice').status, 0);
    const imported = run('import', exported, '--from', 'jsonl', '--articles', corpus, '--annotator', 'bob');
    assert.equal(imported.status, 0, imported.stderr);
    assert.ok(existsSync(bob), 'written to annotators/bob/');
    assert.ok(!existsSync(sidecarPathFor(article)), 'nothing beside the article');
    const agreed = run('agree', 'alice', 'bob', '--articles', corpus, '--json');
    assert.equal(agreed.status, 0, agreed.stderr);
    assert.equal((JSON.parse(agreed.stdout) as AgreeJson).pairs[0].labels.PARK.exactF1, 1);
    assert.equal(run('summary', corpus, '--annotator', '../x').status, 2);
  });

  it('reads links of hand-written version-2 sidecars and reports kappa per kind', () => {
    const text = '新余高新区博通项目总投资50亿元，其中一期10亿元。';
    const annotation = (id: string, label: string, fragment: string, extra: object = {}) => {
      const start = text.indexOf(fragment);
      return { id, label, start, end: start + fragment.length, text: fragment, status: 'accepted', author: 'x', time: '2026-12-03T20:00:00Z', ...extra };
    };
    const amounts = [
      annotation('m1', 'MONEY', '50亿元', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' }),
      annotation('m2', 'MONEY', '10亿元', { value: 1e9, currency: 'CNY', role: 'investment', scope: 'item' }),
      annotation('p', 'PROJECT', '博通项目'),
      annotation('k', 'PARK', '新余高新区'),
    ];
    const link = (id: string, kind: string, from: string, to: string, status = 'accepted') => ({ id, kind, from, to, status, author: 'x', time: '2026-12-03T20:00:00Z' });
    const sidecar = (links: object[]) => JSON.stringify({ format: 'invest-news-annotations', version: 2, article: 'a.txt', sha256: hashText(text), annotations: amounts, links }, null, 2);
    const folder = join(scratch, 'links');
    for (const who of ['a', 'b']) mkdirSync(join(folder, who), { recursive: true });
    writeFileSync(join(folder, 'a', 'a.txt'), text);
    writeFileSync(join(folder, 'b', 'a.txt'), text);
    // project: m1→p for both, m2 none for both. park: m1→k for a only (b's is rejected).
    writeFileSync(join(folder, 'a', 'a.txt.ann.json'), sidecar([link('L1', 'project', 'm1', 'p'), link('L2', 'park', 'm1', 'k')]));
    writeFileSync(join(folder, 'b', 'a.txt.ann.json'), sidecar([link('L1', 'project', 'm1', 'p'), link('L9', 'park', 'm1', 'k', 'rejected')]));
    const result = run('agree', join(folder, 'a'), join(folder, 'b'), '--json');
    assert.equal(result.status, 0, result.stderr);
    const { links } = (JSON.parse(result.stdout) as AgreeJson).pairs[0];
    assert.ok(links, 'links reported');
    // project: p_o 1, p_e = (1/2)² + (1/2)² = 1/2, κ 1. park: p_o 1/2, p_e = 1/2·1 = 1/2, κ 0.
    assert.deepEqual(links.project, { n: 2, observed: 1, expected: 0.5, kappa: 1 });
    assert.deepEqual(links.park, { n: 2, observed: 0.5, expected: 0.5, kappa: 0 });
    assert.equal(links.company.kappa, null);
  });

  it('refuses bad input with one line naming the file', () => {
    const folder = join(scratch, 'bad');
    const text = '新余高新区。';
    writeArticle(join(folder, 'a'), 'a.txt', text, [tag(text, 'PARK', '新余高新区')]);
    writeArticle(join(folder, 'b'), 'a.txt', text, []);
    writeFileSync(join(folder, 'b', 'a.txt.ann.json'), '{"format": "invest-news-annotations", <<<<<<< HEAD');
    const corrupt = run('agree', join(folder, 'a'), join(folder, 'b'), '--diagnosis', join(folder, 'd.csv'));
    assert.equal(corrupt.status, 1);
    assert.match(corrupt.stderr, /^invest-news: .*b\/a\.txt\.ann\.json: not valid JSON/);
    assert.equal(corrupt.stderr.trim().split('\n').length, 1);
    assert.ok(!existsSync(join(folder, 'd.csv')), 'nothing written');
    const notFolder = run('agree', join(folder, 'a'), 'nobody');
    assert.equal(notFolder.status, 2);
    assert.match(notFolder.stderr, /^invest-news: nobody: not a folder \(to compare annotators by name, add --articles DIR\)\n$/);
    assert.equal(run('agree', join(folder, 'a')).status, 2);
    const badName = run('agree', 'alice', '../bob', '--articles', folder);
    assert.equal(badName.status, 2);
    assert.match(badName.stderr, /"\.\.\/bob": an annotator name must not contain/);
  });
});
