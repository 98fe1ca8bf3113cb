#!/usr/bin/env node
// Generates the Commands, Keybindings and Settings tables of README.md and README.zh-CN.md from
// package.json and its nls files, between marker comments (<!-- commands:start --> … <!-- commands:end -->),
// so the documentation cannot drift from the manifest. A unit test runs `--check`.
//
//   node scripts/docsTables.mjs           rewrite the tables in place
//   node scripts/docsTables.mjs --check   exit 1 (and say which) when a README is out of date
//   … [--readme FILE --lang en|zh-cn]     one file only (the test uses this on a copy)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = readJson('package.json');
const nlsByLang = { en: readJson('package.nls.json'), 'zh-cn': readJson('package.nls.zh-cn.json') };

const headings = {
  en: { command: 'Command', id: 'Id', key: 'Key', when: 'When', setting: 'Setting', default: 'Default', description: 'Description', mac: 'macOS', hidden: 'palette: only in an article' },
  'zh-cn': { command: '命令', id: 'ID', key: '按键', when: '条件', setting: '设置', default: '默认值', description: '说明', mac: 'macOS', hidden: '命令面板：仅在文章中' },
};

function readJson(file) {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

/** `%key%` → the text in that language (falls back to English, then to the raw string). */
function localise(value, lang) {
  const match = /^%(.+)%$/.exec(value ?? '');
  return match ? (nlsByLang[lang][match[1]] ?? nlsByLang.en[match[1]] ?? value) : (value ?? '');
}

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => `\`${text}\``;

export function renderTables(lang) {
  const h = headings[lang];
  const { commands = [], keybindings = [], configuration } = manifest.contributes;
  const category = localise('%category%', lang);
  const keysOf = (command) => keybindings.filter((k) => k.command === command).map((k) => code(k.key)).join(', ');
  const commandRows = commands.map((c) =>
    `| ${cell(`${localise(c.category, lang) || category}: ${localise(c.title, lang)}`)} | ${code(c.command)} | ${keysOf(c.command) || '—'} |`);
  const keyRows = keybindings.map((k) => {
    const command = commands.find((c) => c.command === k.command);
    return `| ${code(k.key)}${k.mac && k.mac !== k.key ? ` (${h.mac} ${code(k.mac)})` : ''} | ${cell(localise(command?.title, lang))} | ${code(cell(k.when ?? ''))} |`;
  });
  const settings = Object.entries(configuration?.properties ?? {});
  const settingRows = settings.map(([id, s]) => {
    const description = localise(s.markdownDescription ?? s.description, lang);
    const choice = (v, i) => `${code(v)}: ${localise(s.enumDescriptions?.[i], lang).replace(/[.。]$/, '')}`;
    const choices = s.enum ? ` ${s.enum.map(choice).join(lang === 'en' ? '; ' : '；')}${lang === 'en' ? '.' : '。'}` : '';
    return `| ${code(id)} | ${code(JSON.stringify(s.default))} | ${cell(description + choices)} |`;
  });
  return {
    commands: [`| ${h.command} | ${h.id} | ${h.key} |`, '| --- | --- | --- |', ...commandRows].join('\n'),
    keybindings: [`| ${h.key} | ${h.command} | ${h.when} |`, '| --- | --- | --- |', ...keyRows].join('\n'),
    settings: [`| ${h.setting} | ${h.default} | ${h.description} |`, '| --- | --- | --- |', ...settingRows].join('\n'),
    counts: { commands: commands.length, keybindings: keybindings.length, settings: settings.length },
  };
}

/**
 * Replaces each `<!-- NAME:start -->…<!-- NAME:end -->` block with the generated table, and the
 * count in the heading just above a block (`## Commands (15)`, `## 命令（15）`) with the current count.
 */
export function updateReadme(text, lang) {
  const tables = renderTables(lang);
  let out = text;
  for (const name of ['commands', 'keybindings', 'settings']) {
    const block = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!block.test(out)) throw new Error(`no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
    out = out.replace(block, `$1\n${tables[name]}\n$2`);
    // The heading right before the block carries the count: "## Commands (15)".
    out = out.replace(new RegExp(`(\\n#+ [^\\n]*[(（])\\d+([)）][^\\n]*\\n(?:(?!#)[^\\n]*\\n)*?<!-- ${name}:start -->)`), `$1${tables.counts[name]}$2`);
  }
  return out;
}

const readmes = [{ file: 'README.md', lang: 'en' }, { file: 'README.zh-CN.md', lang: 'zh-cn' }];

function main(argv) {
  const check = argv.includes('--check');
  const at = argv.indexOf('--readme');
  const targets = at >= 0
    ? [{ file: path.resolve(argv[at + 1]), lang: argv[argv.indexOf('--lang') + 1] || 'en' }]
    : readmes.map((r) => ({ ...r, file: path.join(root, r.file) })).filter((r) => fs.existsSync(r.file));
  let stale = 0;
  for (const { file, lang } of targets) {
    const text = fs.readFileSync(file, 'utf8');
    const updated = updateReadme(text, lang);
    if (updated === text) continue;
    if (check) {
      console.error(`${path.relative(root, file)}: the Commands / Keybindings / Settings tables differ from package.json; run node scripts/docsTables.mjs`);
      stale++;
    } else {
      fs.writeFileSync(file, updated);
      console.log(`updated ${path.relative(root, file)}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`docsTables: ${error.message}`);
    process.exitCode = 2;
  }
}
