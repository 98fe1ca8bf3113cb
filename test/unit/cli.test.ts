// Runs the built command line (dist/cli.js) as a user would, in a child process.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnnotation } from '../../src/core/review/review';
import { serializeSidecar, sidecarPathFor } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Totals } from '../../src/core/totals/totalsData';
import type { Entity } from '../../src/core/types';
import { CLI, FIXTURES, SAMPLES, articleText, assertOneLineError, run } from './cliRunner';

type Record = Entity & { file: string };

function jsonl(output: string): Record[] {
  return output.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record);
}

describe('invest-news (built CLI)', function () {
  let scratch: string;
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-cli-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('extract emits valid JSONL whose offsets slice the file to the entity text', () => {
    const result = run('extract', SAMPLES);
    assert.equal(result.status, 0, result.stderr);
    const records = jsonl(result.stdout);
    assert.ok(records.length > 0, 'the samples hold entities');
    const files = new Set(records.map((r) => r.file));
    assert.equal(files.size, readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).length, 'every sample has entities');
    const texts = new Map<string, string>();
    for (const r of records) {
      if (!texts.has(r.file)) texts.set(r.file, articleText(r.file));
      const text = texts.get(r.file) ?? '';
      assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start && r.end <= text.length, `in bounds: ${JSON.stringify(r)}`);
      assert.equal(text.slice(r.start, r.end), r.text);
      assert.ok(['MONEY', 'PARK', 'PROJECT', 'COMPANY'].includes(r.label));
      if (r.label !== 'MONEY') assert.equal(r.value, undefined, 'MONEY attributes only on MONEY');
      else assert.equal(typeof r.value, 'number');
    }
  });

  it('extract writes each MONEY row\'s links as [start, end] of a span of the right label, absent without one', () => {
    const article = join(scratch, 'links.txt');
    // A BOM and an astral character before the spans: offsets stay UTF-16 units of the decoded text.
    const text = '𠀀赣州经开区招商引资再创佳绩\n今年以来，该区新签约项目15个，总投资120亿元，其中10亿元以上项目3个。\n其中，总投资5亿元的江西明德科技有限公司新能源电机项目已开工。';
    writeFileSync(article, `\uFEFF${text}`);
    const result = run('extract', article);
    assert.equal(result.status, 0, result.stderr);
    const records = jsonl(result.stdout) as (Record & { project?: number[]; company?: number[]; park?: number[] })[];
    const at = (span: number[] | undefined, label: string) => {
      const target = records.find((r) => span && r.start === span[0] && r.end === span[1]);
      assert.equal(target?.label, label, `${JSON.stringify(span)} is a ${label}`);
      return target.text;
    };
    const item = records.find((r) => r.text === '5亿元')!;
    assert.equal(at(item.project, 'PROJECT'), '新能源电机项目');
    assert.equal(at(item.company, 'COMPANY'), '江西明德科技有限公司');
    assert.equal(at(item.park, 'PARK'), '赣州经开区');
    assert.equal(text.slice(item.park![0], item.park![1]), '赣州经开区');
    const aggregate = records.find((r) => r.text === '120亿元')!;
    assert.equal(at(aggregate.park, 'PARK'), '赣州经开区');
    assert.ok(!('project' in aggregate) && !('company' in aggregate), 'item links only on item amounts');
    const threshold = records.find((r) => r.role === 'threshold')!;
    assert.ok(!('park' in threshold) && !('project' in threshold) && !('company' in threshold), 'a threshold has no links');
    for (const r of records.filter((x) => x.label !== 'MONEY')) assert.ok(!('park' in r || 'project' in r || 'company' in r));
  });

  it('extract --format json prints one array with the same entities, in file order', () => {
    const lines = jsonl(run('extract', SAMPLES).stdout);
    const result = run('extract', SAMPLES, '--format', 'json');
    assert.equal(result.status, 0, result.stderr);
    const array = JSON.parse(result.stdout) as Record[];
    assert.deepEqual(array, lines);
    const order = [...new Set(array.map((r) => r.file))];
    assert.deepEqual(order, [...order].sort());
  });

  it('reads GBK and BOM files with offsets into the decoded, BOM-less text', () => {
    const reference = jsonl(run('extract', join(FIXTURES, 'utf8.txt')).stdout).map(({ file: _file, ...rest }) => rest);
    assert.ok(reference.length > 0);
    for (const name of ['gbk.txt', 'utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt']) {
      const result = run('extract', join(FIXTURES, name));
      assert.equal(result.status, 0, `${name}: ${result.stderr}`);
      assert.deepEqual(jsonl(result.stdout).map(({ file: _file, ...rest }) => rest), reference, name);
    }
  });

  it('--include picks files from folders by glob', () => {
    const result = run('extract', FIXTURES, '--include', '**/utf8*.txt');
    assert.equal(result.status, 0, result.stderr);
    const files = [...new Set(jsonl(result.stdout).map((r) => r.file))].map((f) => f.slice(f.lastIndexOf('/') + 1));
    assert.deepEqual(files, ['utf8-bom.txt', 'utf8.txt']);
  });

  it('fails in one line for a missing path', () => {
    assertOneLineError(run('extract', join(scratch, 'missing.txt')), 'missing.txt');
  });

  it('fails in one line for a folder without matching files', () => {
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.md'), 'not an article');
    assertOneLineError(run('summary', empty), 'empty');
  });

  it('fails in one line for a binary file and for undecodable text, naming the file', () => {
    assertOneLineError(run('extract', join(FIXTURES, 'binary.png.txt')), 'binary.png.txt');
    assertOneLineError(run('extract', join(FIXTURES, 'latin1.txt')), 'latin1.txt');
  });

  it('fails in one line for unknown options and commands, and prints help', () => {
    assertOneLineError(run('extract', SAMPLES, '--nope'), '--nope');
    assertOneLineError(run('extract', SAMPLES, '--format', 'xml'), 'xml');
    assertOneLineError(run('frobnicate'), 'frobnicate');
    for (const command of ['extract', 'summary']) {
      const help = run(command, '--help');
      assert.equal(help.status, 0);
      assert.match(help.stdout, new RegExp(`usage: invest-news ${command}`));
    }
  });

  it('summary prints the totals tables for the samples', () => {
    const result = run('summary', SAMPLES);
    assert.equal(result.status, 0, result.stderr);
    for (const heading of ['Money by currency and role', 'Thresholds', 'Per park', 'Per project', 'Per file', 'Review progress']) {
      assert.ok(result.stdout.includes(heading), heading);
    }
    assert.match(result.stdout, /CNY/);
  });

  it('summary of a corpus counts a project amount two articles report once, lists its sources and the stated totals, and builds no difference on them', () => {
    const folder = join(scratch, 'two-reports');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), '青松高新区举行签约仪式。江南新能源有限公司投资30亿元建设光伏组件项目。\n');
    writeFileSync(join(folder, 'b.txt'), '青松高新区光伏组件项目今日开工，光伏组件项目由江南新能源有限公司投资30亿元建设。全区今年签约项目总投资80亿元。\n');
    const json = JSON.parse(run('summary', folder, '--json').stdout) as Totals;
    const investment = json.amounts.find((a) => a.role === 'investment');
    assert.equal(investment?.all.itemised, 3e9, 'the 30亿元 of the one project, once');
    assert.deepEqual(json.repeatedRecords.map((r) => [r.project, r.sources.map((s) => s.file.replace(/^.*[\\/]/, ''))]), [['光伏组件项目', ['a.txt', 'b.txt']]]);
    assert.deepEqual(json.statedAggregates.map((a) => [a.text, a.park]), [['80亿元', '青松高新区']]);
    const text = run('summary', folder).stdout;
    assert.match(text, /Records reported by several articles \(counted once\): 1/);
    assert.match(text, /Stated aggregates \(listed, never summed across articles\): 1/);
    assert.doesNotMatch(text, /Aggregates − itemised/, 'no difference from sums of stated aggregates');
  });

  it('summary --json counts a sidecar’s rejection and leaves the rejected amount out', () => {
    const folder = join(scratch, 'reviewed');
    mkdirSync(folder);
    const sample = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()[0];
    const text = articleText(join(SAMPLES, sample));
    const article = join(folder, sample);
    writeFileSync(article, text);
    const money = jsonl(run('extract', article).stdout).filter((r) => r.label === 'MONEY' && r.role !== 'threshold' && r.currency === 'CNY');
    assert.ok(money.length > 0);
    const before = JSON.parse(run('summary', article, '--json').stdout) as Totals;

    // An amount stated once (a repeated aggregate would still count through its twin).
    const target = money.find((m) => money.filter((o) => o.value === m.value).length === 1);
    assert.ok(target, 'an amount stated once');
    const rejected = createAnnotation(target, 'rejected', 'test', new Date('2024-01-01T00:00:00Z'), text, []);
    writeFileSync(sidecarPathFor(article), serializeSidecar({ format: 'invest-news-annotations', version: 1, article: sample, sha256: hashText(text), annotations: [rejected] }));
    const result = run('summary', article, '--json');
    assert.equal(result.status, 0, result.stderr);
    const after = JSON.parse(result.stdout) as Totals;
    assert.equal(after.review.MONEY.rejected, 1);
    assert.equal(after.review.MONEY.suggested, before.review.MONEY.suggested - 1);
    const sum = (t: Totals) => t.amounts.filter((a) => a.currency === 'CNY').reduce((n, a) => n + a.all.itemised + a.all.aggregate, 0);
    assert.ok(sum(after) < sum(before), 'the rejected amount no longer counts');
  });

  it('import keeps the links stored in a sidecar (version 2)', () => {
    const folder = join(scratch, 'linked');
    mkdirSync(folder);
    const text = '松林开发区新签项目。海岳重工有限公司投资6亿元建设海岳重工装备项目。';
    const article = join(folder, 'a.txt');
    writeFileSync(article, text);
    const at = (label: Entity['label'], fragment: string, ids: string[]) => {
      const start = text.indexOf(fragment);
      const a = createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...(label === 'MONEY' ? { value: 6e8, currency: 'CNY', role: 'investment' as const, scope: 'item' as const } : {}) }, 'accepted', 'test', new Date('2024-01-01T00:00:00Z'), text, ids);
      ids.push(a.id);
      return a;
    };
    const ids: string[] = [];
    const money = at('MONEY', '6亿元', ids);
    const company = at('COMPANY', '海岳重工有限公司', ids);
    const link = { id: 'L1', kind: 'company' as const, from: money.id, to: company.id, status: 'accepted' as const, author: 'test', time: '2024-01-01T00:00:00Z' };
    writeFileSync(sidecarPathFor(article), serializeSidecar({ format: 'invest-news-annotations', version: 2, article: 'a.txt', sha256: hashText(text), annotations: [money, company], links: [link] }));
    const park = { label: 'PARK', start: 0, end: 5, text: text.slice(0, 5) };
    const input = join(scratch, 'linked.jsonl');
    writeFileSync(input, `${JSON.stringify({ file: 'a.txt', text, annotations: [park] })}\n`);
    const result = run('import', input, '--from', 'jsonl', '--articles', folder);
    assert.equal(result.status, 0, result.stderr);
    const written = JSON.parse(readFileSync(sidecarPathFor(article), 'utf8')) as { version: number; annotations: { label: string }[]; links: unknown[] };
    assert.equal(written.version, 2);
    assert.deepEqual(written.annotations.map((a) => a.label).sort(), ['COMPANY', 'MONEY', 'PARK']);
    assert.deepEqual(written.links, [link]);
  });

  it('export writes the stored links (brat R lines, records CSV) and import reads them back into another corpus', () => {
    const folder = join(scratch, 'linkedExport');
    const copy = join(scratch, 'linkedCopy');
    mkdirSync(folder);
    mkdirSync(copy);
    const text = '𠀀海岳重工有限公司投资6亿元\r\n建设项目。';
    writeFileSync(join(folder, 'a.txt'), text);
    writeFileSync(join(copy, 'a.txt'), text);
    const ids: string[] = [];
    const at = (label: Entity['label'], fragment: string) => {
      const start = text.indexOf(fragment);
      const a = createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...(label === 'MONEY' ? { value: 6e8, currency: 'CNY', role: 'investment' as const, scope: 'item' as const } : {}) }, 'accepted', 'test', new Date('2024-01-01T00:00:00Z'), text, ids);
      ids.push(a.id);
      return a;
    };
    const money = at('MONEY', '6亿元');
    const company = at('COMPANY', '海岳重工有限公司');
    const link = { id: 'L1', kind: 'company' as const, from: money.id, to: company.id, status: 'accepted' as const, author: 'test', time: '2024-01-01T00:00:00Z' };
    writeFileSync(sidecarPathFor(join(folder, 'a.txt')), serializeSidecar({ format: 'invest-news-annotations', version: 2, article: 'a.txt', sha256: hashText(text), annotations: [money, company], links: [link] }));
    const brat = join(scratch, 'linkedBrat');
    const exported = run('export', join(folder, 'a.txt'), '--to', 'brat', '--out', brat);
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(exported.stdout, /^ {2}links: 1$/m);
    assert.match(readFileSync(join(brat, 'a.ann'), 'utf8'), /^R1\tcompany Arg1:T2 Arg2:T1$/m);
    assert.match(readFileSync(join(brat, 'annotation.conf'), 'utf8'), /^company\tArg1:MONEY, Arg2:COMPANY$/m);
    const records = run('export', join(folder, 'a.txt'), '--to', 'records-csv', '--out', join(scratch, 'records.csv'));
    assert.equal(records.status, 0, records.stderr);
    assert.equal(readFileSync(join(scratch, 'records.csv'), 'utf8').split('\r\n')[1], 'a.txt,海岳重工有限公司,,,6亿元,600000000,,CNY,investment,item,accepted,');
    const imported = run('import', brat, '--from', 'brat', '--articles', copy, '--author', 'importer');
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stdout, /1 link\(s\) added/);
    const written = JSON.parse(readFileSync(sidecarPathFor(join(copy, 'a.txt')), 'utf8')) as { annotations: { id: string; text: string }[]; links: { kind: string; from: string; to: string; status: string; author: string }[] };
    const textOf = (id: string) => written.annotations.find((a) => a.id === id)?.text;
    assert.deepEqual(written.links.map((l) => [l.kind, textOf(l.from), textOf(l.to), l.status, l.author]), [['company', '6亿元', '海岳重工有限公司', 'accepted', 'importer']]);
    const again = run('import', brat, '--from', 'brat', '--articles', copy);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /wrote 0 sidecar\(s\)/);
  });

  it('summary sums by the sidecar’s links: an accepted park link moves the amount out of the unlinked row', () => {
    const folder = join(scratch, 'summaryLinks');
    mkdirSync(folder);
    const text = '据报道，某地今年签约多个项目。蓝湾电子有限公司投资7亿元建设蓝湾显示项目。\n另悉，翠屏高新区举行会议。';
    const article = join(folder, 'a.txt');
    writeFileSync(article, text);
    const parkOf = (t: Totals, name: string) => t.parks.find((p) => p.name === name)?.amounts.find((a) => a.currency === 'CNY' && a.role === 'investment')?.all.itemised ?? 0;
    const before = JSON.parse(run('summary', article, '--json').stdout) as Totals;
    assert.equal(parkOf(before, '翠屏高新区'), 0, 'a park named after the amount, in another paragraph, is not guessed');
    assert.equal(parkOf(before, ''), 7e8);
    const ids: string[] = [];
    const make = (label: Entity['label'], fragment: string) => {
      const start = text.indexOf(fragment);
      const a = createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...(label === 'MONEY' ? { value: 7e8, currency: 'CNY', role: 'investment' as const, scope: 'item' as const } : {}) }, 'accepted', 'test', new Date('2024-01-01T00:00:00Z'), text, ids);
      ids.push(a.id);
      return a;
    };
    const money = make('MONEY', '7亿元');
    const park = make('PARK', '翠屏高新区');
    const link = { id: 'L1', kind: 'park' as const, from: money.id, to: park.id, status: 'accepted' as const, author: 'test', time: '2024-01-01T00:00:00Z' };
    writeFileSync(sidecarPathFor(article), serializeSidecar({ format: 'invest-news-annotations', version: 2, article: 'a.txt', sha256: hashText(text), annotations: [money, park], links: [link] }));
    const result = run('summary', article, '--json');
    assert.equal(result.status, 0, result.stderr);
    const after = JSON.parse(result.stdout) as Totals;
    assert.equal(parkOf(after, '翠屏高新区'), 7e8);
    assert.equal(parkOf(after, ''), 0);
    assert.equal(after.parks.find((p) => p.name === '翠屏高新区')?.suggestedCount, 0, 'an accepted link is not counted as suggested');
    assert.match(run('summary', article).stdout, /Per company/);
  });

  it('summary reports a corrupt sidecar in one line, still prints totals, and exits non-zero', () => {
    const folder = join(scratch, 'corrupt');
    mkdirSync(folder);
    const article = join(folder, 'a.txt');
    writeFileSync(article, readFileSync(join(FIXTURES, 'utf8.txt')));
    writeFileSync(sidecarPathFor(article), '{ not json');
    const result = run('summary', article);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^invest-news: .*a\.txt\.ann\.json: not valid JSON.*left out\n$/);
    assert.match(result.stdout, /Money by currency and role/);
  });
});
