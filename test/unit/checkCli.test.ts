// `invest-news check` run as a user would (dist/cli.js in a child process), on invented articles.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/core/corpus/consistency';
import { createAnnotation } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import { serializeSidecar, sidecarPathFor } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Label } from '../../src/core/types';
import { CLI, run } from './cliRunner';

/** Writes an article and a sidecar accepting each [text, label] at its first occurrence. */
function writeReviewed(folder: string, name: string, text: string, spans: readonly (readonly [string, Label])[]): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  const ids: string[] = [];
  const annotations: Annotation[] = spans.map(([span, label]) => {
    const start = text.indexOf(span);
    const a = createAnnotation({ label, start, end: start + span.length, text: span }, 'accepted', 'tester', new Date('2026-01-01T00:00:00Z'), text, ids);
    ids.push(a.id);
    return a;
  });
  writeFileSync(sidecarPathFor(file), serializeSidecar({ format: 'invest-news-annotations', version: 2, article: name, sha256: hashText(text), annotations, links: [] }));
  return file;
}

describe('invest-news check (built CLI)', function () {
  let scratch: string;
  before(function () {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.js` first');
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-check-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('names the string and the files of a string labelled two ways, file:line, and exits 1', () => {
    const folder = join(scratch, 'mixed');
    mkdirSync(folder);
    writeReviewed(folder, 'a.txt', '松涛集团签约。', [['松涛集团', 'COMPANY']]);
    writeReviewed(folder, 'b.txt', '松涛集团再签约。', [['松涛集团', 'COMPANY']]);
    const c = writeReviewed(folder, 'c.txt', '标题\n松涛集团开工。', [['松涛集团', 'PARK']]);
    const result = run('check', folder);
    assert.equal(result.status, 1, result.stderr);
    const line = result.stdout.split('\n').find((l) => l.startsWith(`${c}:2: `));
    assert.ok(line, result.stdout);
    assert.match(line, /"松涛集团".*PARK.*COMPANY.*a\.txt.*b\.txt/);
    assert.match(result.stdout, /1 finding\(s\) in 1 of 3 article\(s\)/);
  });

  it('--json prints the findings with their fix', () => {
    const folder = join(scratch, 'json');
    mkdirSync(folder);
    writeReviewed(folder, 'a.txt', '松涛园区今年招商。', [['松涛园区', 'PARK']]);
    writeReviewed(folder, 'b.txt', '外资落户松涛园区。', []);
    const result = run('check', '--json', folder);
    assert.equal(result.status, 1, result.stderr);
    const findings = JSON.parse(result.stdout) as Finding[];
    assert.deepEqual(findings.map((f) => [f.kind, f.file, f.start, f.text, f.fix.kind]), [['unlabelledName', join(folder, 'b.txt'), 4, '松涛园区', 'tag']]);
  });

  it('exits 0 on a consistent corpus', () => {
    const folder = join(scratch, 'clean');
    mkdirSync(folder);
    writeReviewed(folder, 'a.txt', '松涛园区今年招商。', [['松涛园区', 'PARK']]);
    writeReviewed(folder, 'b.txt', '外资落户松涛园区。', [['松涛园区', 'PARK']]);
    const result = run('check', folder);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /2 article\(s\), consistent/);
  });
});
