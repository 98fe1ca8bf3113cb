// Packages the extension into a .vsix with @vscode/vsce (its `vscode:prepublish` script builds the
// minified bundles first) and lists what the package holds. Shared by `npm run test:vsix` and
// `npm run bench:startup`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './vscodeServer.mjs';

const vsceCli = path.join(projectRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/**
 * Runs `vsce package` as `npm run package` does (esbuild already bundled every dependency, hence
 * `--no-dependencies`). The project names no public repository, so vsce may not rewrite the README's
 * relative links against one: `--allow-missing-repository --no-rewrite-relative-links`.
 */
export function packageVsix(outFile) {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const result = spawnSync(process.execPath, [vsceCli, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', outFile],
    { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`vsce package failed:\n${result.stdout}${result.stderr}`);
  return { file: outFile, size: fs.statSync(outFile).size, entries: listZip(outFile) };
}

/**
 * The entries of a zip file (a .vsix is one): name and uncompressed size, read from the central
 * directory, so no unzip tool is needed.
 * @returns {{ name: string, size: number }[]}
 */
export function listZip(file) {
  const zip = fs.readFileSync(file);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * What must not ship, and what must: returns the problems (empty when the package is right).
 * Every file the manifest points at (main, icon, grammars, walkthrough media, l10n) must be inside.
 */
export function checkVsixContents(entries, manifest) {
  const names = new Set(entries.map((e) => e.name));
  const problems = [];
  for (const { name } of entries) {
    if (/\.map$/.test(name)) problems.push(`source map shipped: ${name}`);
    if (/^extension\/(src|test|bench|scripts|samples|node_modules|docs)\//.test(name)) problems.push(`not needed at run time: ${name}`);
    if (/\.ts$/.test(name)) problems.push(`TypeScript source shipped: ${name}`);
  }
  const referenced = [manifest.main, manifest.icon, manifest.l10n && `${manifest.l10n}/bundle.l10n.zh-cn.json`,
    ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
    ...(manifest.contributes?.languages ?? []).map((l) => l.configuration),
    ...(manifest.contributes?.walkthroughs ?? []).flatMap((w) => w.steps.flatMap((s) => Object.values(s.media ?? {}).filter((v) => typeof v === 'string'))),
  ].filter(Boolean);
  for (const file of referenced) {
    const inside = `extension/${path.posix.normalize(file.replace(/^\.\//, ''))}`;
    if (!names.has(inside)) problems.push(`the manifest refers to ${file}, which is not in the package`);
  }
  return problems;
}
