#!/usr/bin/env node
// `npm run accuracy [-- ROUND…]`: re-measures the engine on the fresh rounds kept in test/accuracy (the articles,
// their blind gold and where each came from), so that the figures docs/accuracy.md cites for them can be checked.
// Scoring is the shared scorer's (../shared/tools/score.mjs and totals-check.mjs, beside this repository), which
// this script runs on the pooled rounds: one gold folder of every round asked for, one file of predictions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = path.join(root, 'test', 'accuracy', 'corpus');
const goldRoot = path.join(root, 'test', 'accuracy', 'gold');
const tools = path.resolve(root, '..', 'shared', 'tools');

function fail(message) {
  console.error(`accuracy: ${message}`);
  process.exit(1);
}

const known = readdirSync(corpusRoot).sort();
const asked = process.argv.slice(2);
for (const round of asked) if (!known.includes(round)) fail(`no round ${round} in test/accuracy/corpus (rounds ${known[0]}-${known.at(-1)})`);
const rounds = asked.length > 0 ? asked : known;
for (const tool of ['score.mjs', 'totals-check.mjs']) if (!existsSync(path.join(tools, tool))) fail(`${path.join(tools, tool)} not found: the scorer is kept beside this repository, in ../shared/tools`);

const scratch = mkdtempSync(path.join(tmpdir(), 'invest-news-accuracy-'));
try {
  const gold = path.join(scratch, 'gold');
  mkdirSync(gold);
  writeFileSync(path.join(gold, 'LINKS'), '');
  for (const round of rounds) {
    for (const file of readdirSync(path.join(goldRoot, round))) if (file.endsWith('.jsonl')) symlinkSync(path.join(goldRoot, round, file), path.join(gold, file));
  }
  const cli = path.join(root, 'bin', 'invest-news.js');
  const predictions = rounds.map((round) => execFileSync(process.execPath, [cli, 'extract', path.join(corpusRoot, round), '--jobs', '1'], { encoding: 'utf8', maxBuffer: 1 << 28 })).join('');
  const pred = path.join(scratch, 'pred.jsonl');
  writeFileSync(pred, predictions);
  console.log(`rounds ${rounds.join(' ')} (${readdirSync(gold).length - 1} articles)`);
  process.stdout.write(execFileSync(process.execPath, [path.join(tools, 'score.mjs'), '--gold', gold, '--pred', pred], { encoding: 'utf8' }));
  process.stdout.write(execFileSync(process.execPath, [path.join(tools, 'totals-check.mjs'), gold, pred], { encoding: 'utf8' }).split('\n').slice(-2).join('\n'));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
