// Running the built command line (dist/cli.js) as a user would, in a child process: shared by
// the CLI test files.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');
export const CLI = join(ROOT, 'dist/cli.js');
export const SAMPLES = join(ROOT, 'samples');
export const FIXTURES = join(ROOT, 'test/unit/fixtures/decode');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(...args: string[]): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failure: non-zero exit, exactly one line on stderr in the `invest-news: …` shape, no stack. */
export function assertOneLineError(result: Run, mentions: string): void {
  assert.notEqual(result.status, 0);
  const lines = result.stderr.split('\n').filter((l) => l.length > 0);
  assert.equal(lines.length, 1, `one line, got: ${result.stderr}`);
  assert.match(lines[0], /^invest-news: /);
  assert.ok(lines[0].includes(mentions), `"${lines[0]}" names ${mentions}`);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

/** The text offsets refer to: UTF-8 without the BOM. */
export function articleText(file: string): string {
  const text = readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
