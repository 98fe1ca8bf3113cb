// npm links the `bin` of a package's dependencies into node_modules/.bin, never the package's own.
// `npm install` (its `prepare` script) runs this so `npx invest-news …` and
// `./node_modules/.bin/invest-news …` work in a fresh clone, as they would for an installed package.
// Idempotent, and it never fails the install: at worst it prints why the link is missing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const bins = typeof manifest.bin === 'string' ? { [manifest.name]: manifest.bin } : manifest.bin ?? {};
  const binDir = path.join(root, 'node_modules', '.bin');
  fs.mkdirSync(binDir, { recursive: true });
  for (const [name, target] of Object.entries(bins)) {
    const link = path.join(binDir, name);
    // Relative, like npm's own links, so the clone can move.
    const relative = path.relative(binDir, path.join(root, target));
    let current = null;
    try { current = fs.readlinkSync(link); } catch { /* missing, or not a link */ }
    if (current === relative) continue;
    fs.rmSync(link, { force: true });
    fs.symlinkSync(relative, link);
    try { fs.chmodSync(path.join(root, target), 0o755); } catch { /* the link still works through `node` */ }
    console.log(`linked node_modules/.bin/${name} → ${relative}`);
  }
} catch (error) {
  console.warn(`linkBin: could not link the command line into node_modules/.bin (${error instanceof Error ? error.message : String(error)}); run it as \`node bin/invest-news.js\`.`);
}
