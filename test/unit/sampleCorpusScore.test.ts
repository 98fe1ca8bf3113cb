// Scores recognize() on the sample corpus against the shared gold set with the shared scorer,
// and fails below the bars of issue 2. The gold and the scorer live outside the repo
// (../shared, next to the repo root); without them the test says so and is skipped, except in
// CI (environment variable CI set), where a missing scorer must not pass unnoticed.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recognize } from '../../src/core/recognition/recognize';

const root = process.cwd();
const shared = resolve(root, '../shared');
const scorer = join(shared, 'tools/score.mjs');
const gold = join(shared, 'gold/seeds');
const samples = join(root, 'samples');

interface ScoreRow { mode: 'exact' | 'overlap'; label: string; f1: number; tp: number; fp: number; fn: number }
interface ScoreResult {
  rows: ScoreRow[];
  money: { matched: number; value: number; currency: number; role: number; roleAsked: number };
  misses: { kind: string; label: string; article: string; start: number; text?: string }[];
}

describe('sample corpus score (../shared/tools/score.mjs)', function () {
  let result: ScoreResult;

  before(function () {
    if (!existsSync(scorer) || !existsSync(gold)) {
      if (process.env.CI) throw new Error(`${shared} (gold set and scorer) is absent; CI must score the samples`);
      console.log(`    skipped: ${shared} (gold set and scorer) is absent`);
      this.skip();
    }
    const dir = mkdtempSync(join(tmpdir(), 'invest-news-score-'));
    try {
      const lines: string[] = [];
      const files = readdirSync(samples).filter((f) => f.endsWith('.txt')).sort();
      assert.ok(files.length > 0, 'samples/*.txt exist');
      for (const file of files) {
        const text = readFileSync(join(samples, file), 'utf8').replace(/^\uFEFF/, '');
        for (const e of recognize(text)) lines.push(JSON.stringify({ file, ...e }));
      }
      const pred = join(dir, 'predictions.jsonl');
      writeFileSync(pred, `${lines.join('\n')}\n`);
      const out = execFileSync(process.execPath, [scorer, '--gold', gold, '--pred', pred, '--json'], { encoding: 'utf8' });
      result = JSON.parse(out) as ScoreResult;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const f1 = (mode: string, label: string): number => result.rows.find((r) => r.mode === mode && r.label === label)!.f1;
  const misses = (label: string): string =>
    result.misses.filter((m) => m.label === label).slice(0, 12).map((m) => `${m.kind} ${m.article}@${m.start} ${m.text ?? ''}`).join('\n');

  it('MONEY exact-span F1 ≥ 0.97', () => {
    assert.ok(f1('exact', 'MONEY') >= 0.97, `F1 ${f1('exact', 'MONEY').toFixed(3)}\n${misses('MONEY')}`);
  });

  it('MONEY value and currency right on ≥ 99% of exact matches, role on ≥ 90%', () => {
    const m = result.money;
    assert.ok(m.matched > 0);
    assert.ok(m.value / m.matched >= 0.99, `value ${m.value}/${m.matched}`);
    assert.ok(m.currency / m.matched >= 0.99, `currency ${m.currency}/${m.matched}`);
    assert.ok(m.roleAsked === m.matched && m.role / m.roleAsked >= 0.9, `role ${m.role}/${m.roleAsked}`);
  });

  it('PARK overlap F1 ≥ 0.90', () => {
    assert.ok(f1('overlap', 'PARK') >= 0.9, `F1 ${f1('overlap', 'PARK').toFixed(3)}\n${misses('PARK')}`);
  });

  it('PROJECT overlap F1 ≥ 0.85', () => {
    assert.ok(f1('overlap', 'PROJECT') >= 0.85, `F1 ${f1('overlap', 'PROJECT').toFixed(3)}\n${misses('PROJECT')}`);
  });

  it('COMPANY overlap F1 ≥ 0.85', () => {
    assert.ok(f1('overlap', 'COMPANY') >= 0.85, `F1 ${f1('overlap', 'COMPANY').toFixed(3)}\n${misses('COMPANY')}`);
  });
});
