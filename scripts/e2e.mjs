#!/usr/bin/env node
// `npm run test:e2e`: end-to-end checks of the summary panel, driven through the browser like a
// person (Quick Open, the command palette, a page reload, the colour theme picker) in the real, offline
// VS Code (scripts/lib/vscodeServer.mjs) with this folder loaded in development mode. They cover
// what the in-host suite cannot reach: the workbench restoring the panel after a window reload
// (our WebviewPanelSerializer), and what the webview actually renders in each theme.
//
//   npm run test:e2e [-- --no-build] [-- --keep]
//
// Each check prints PASS or FAIL; a failed check saves test-artifacts/e2e-fail-<check>.png and
// the script exits 1. Every theme also leaves test-artifacts/e2e-summary-<theme>.png.
/* global document, getComputedStyle, customElements, ShadowRoot -- functions passed to evaluate() run in the page */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, makeTempDir, offlineSettings, projectRoot, startServer, workbenchUrl } from './lib/vscodeServer.mjs';

const args = new Set(process.argv.slice(2));
for (const arg of args) if (!['--no-build', '--keep'].includes(arg)) fail(`unknown option ${arg}\nusage: npm run test:e2e -- [--no-build] [--keep]`);

/** The machine is small and shared: every wait is for a UI state, bounded generously. */
const LOAD_TIMEOUT = 120_000;
const UI_TIMEOUT = 60_000;
/** WCAG AA for normal text. */
const MIN_CONTRAST = 4.5;
/** How long a theme switch may take to reach every colour of the webview. */
const THEME_SETTLE_MS = 5_000;

const artifactsDir = path.join(projectRoot, 'test-artifacts');
const nls = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.nls.json'), 'utf8'));
const showSummaryTitle = `${nls.category}: ${nls['command.showSummary']}`;
const panelTabTitle = 'Investment Summary'; // vscode.l10n.t('Investment Summary') in src/editor/summaryPanel.ts

// Themes VS Code ships: the label Preferences: Color Theme lists, the theme's id (the webview's
// data-vscode-theme-id) and the kind its body must then announce. The theme is chosen in the
// picker, like a person: a window loaded with an extension in development mode here does not
// apply a workbench.colorTheme written to the settings file before it starts (it stays on the
// built-in fallback), so the picker is the reliable way, and the open panel must follow it live.
const themes = [
  { label: 'Dark Modern', id: 'Dark Modern', kind: 'vscode-dark' },
  { label: 'Light Modern', id: 'Light Modern', kind: 'vscode-light' },
  { label: 'Dark High Contrast', id: 'Default High Contrast', kind: 'vscode-high-contrast' },
  { label: 'Light High Contrast', id: 'Default High Contrast Light', kind: 'vscode-high-contrast-light' },
];

// Nothing here can reach the internet; the workspace is the test's own.
const quietSettings = { ...offlineSettings, 'security.workspace.trust.enabled': false };

const results = [];
const cleanups = [];
const started = Date.now();
let page;

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}

main().then(
  async () => {
    await cleanup();
    const failed = results.filter((r) => !r.ok).length;
    console.log(`e2e: ${results.length - failed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    process.exit(failed > 0 || results.length === 0 ? 1 : 0);
  },
  async (error) => {
    console.error(`[e2e] ${error?.stack ?? error}`);
    await screenshot('e2e-fail-crash');
    await cleanup();
    process.exit(1);
  },
);

async function main() {
  if (!args.has('--no-build')) {
    const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: projectRoot, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  fs.mkdirSync(artifactsDir, { recursive: true });
  // The panel's layout at 400–700 px: the real webview bundle in Chromium, fed the host's messages for the samples.
  await check('the summary panel reads at 400, 500 and 700 px: columns fit, nothing clipped, no difference without a stated total', async () => {
    const layout = spawnSync(process.execPath, [path.join(projectRoot, 'test', 'e2e', 'panelLayout.mjs')], { cwd: projectRoot, encoding: 'utf8' });
    if (layout.status !== 0) throw new Error(`${layout.stdout}${layout.stderr}`.trim().split('\n').slice(-20).join('\n'));
  });
  const dataDir = makeTempDir('invest-news-e2e-');
  cleanups.push(() => (args.has('--keep') ? console.log(`[e2e] kept ${dataDir}`) : fs.rmSync(dataDir, { recursive: true, force: true })));
  const workspace = path.join(dataDir, 'workspace');
  fs.cpSync(path.join(projectRoot, 'samples'), workspace, { recursive: true });
  const articles = fs.readdirSync(workspace).filter((f) => f.endsWith('.txt')).sort();

  const server = await startServer({ dataDir, settings: quietSettings });
  cleanups.push(server.stop);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  cleanups.push(() => browser.close());
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  await page.goto(workbenchUrl(server.host, { folder: workspace, extensionPath: projectRoot }), { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT });
  await workbenchReady();

  let before;
  const opened = await check('the summary panel opens on an article and shows its totals', async () => {
    await quickOpen(articles[0].replace(/\.txt$/, ''), articles[0]);
    await page.locator(`.tab[aria-label*="${articles[0]}"]`).first().waitFor({ timeout: UI_TIMEOUT });
    await quickOpen(`>${showSummaryTitle}`, showSummaryTitle);
    before = await panelWithTotals(articles[0]);
  });
  if (!opened) return;

  const restored = await check('a window reload restores the panel, with the same totals', async () => {
    await reloadWindow();
    // No command runs after the reload: the panel can only come back through the serializer.
    await page.locator('.tab', { hasText: panelTabTitle }).first().waitFor({ timeout: UI_TIMEOUT });
    const after = await panelWithTotals(articles[0]);
    if (after.totals !== before.totals) throw new Error(`totals differ after the reload:\nbefore: ${before.totals}\nafter:  ${after.totals}`);
  });
  // The checks below are about the panel, not the reload: give them one to look at.
  if (!restored) await quickOpen(`>${showSummaryTitle}`, showSummaryTitle).catch(() => {});

  for (const theme of themes) {
    await check(`legible in ${theme.label}: text contrast ≥ ${MIN_CONTRAST}, toolkit components rendered`, async () => {
      await pickColorTheme(theme.label);
      const frame = await waitForFrame(`the panel in ${theme.label}`, (f) => f.evaluate(({ kind, id }) =>
        document.body.classList.contains(kind) && document.body.dataset.vscodeThemeId === id &&
        document.querySelector('#app table.totals tbody tr') !== null, theme));
      const report = await settledLegibility(frame);
      await screenshot(`e2e-summary-${slug(theme.label)}`);
      // The label chips live on the Annotations tab: show it for the picture, then go back.
      await frame.locator('#tab-table').click({ timeout: UI_TIMEOUT });
      await frame.locator('#view-table .label').first().waitFor({ timeout: UI_TIMEOUT });
      await screenshot(`e2e-summary-${slug(theme.label)}-annotations`);
      await frame.locator('#tab-overview').click({ timeout: UI_TIMEOUT });
      await frame.locator('#view-overview table.totals').waitFor({ timeout: UI_TIMEOUT });
      const problems = [];
      if (report.undefinedElements.length) problems.push(`toolkit elements not defined: ${report.undefinedElements.join(', ')}`);
      if (report.unrendered.length) problems.push(`toolkit elements without a rendered shadow root or size: ${report.unrendered.join(', ')}`);
      for (const sample of report.samples) {
        if (sample.missing) problems.push(`${sample.name}: no element matches ${sample.selector}`);
        else if (sample.absent) continue;
        else if (sample.ratio < MIN_CONTRAST) problems.push(`${sample.name}: contrast ${sample.ratio.toFixed(2)}, ${sample.fg} on ${sample.bg} (computed: ${sample.css})`);
      }
      if (problems.length) throw new Error(problems.join('\n'));
      console.log(`       lowest contrast ${report.lowest.ratio.toFixed(2)} (${report.lowest.name}); ${report.definedCount} toolkit elements rendered`);
    });
  }

  await check('the restored panel stays live: it follows another opened article', async () => {
    // Focus the article's group first, so Quick Open opens the next article there, beside the panel.
    await page.locator('.editor-group-container', { has: page.locator(`.tab[aria-label*="${articles[0]}"]`) })
      .locator('.monaco-editor .view-lines').first().click({ timeout: UI_TIMEOUT });
    await quickOpen(articles[1].replace(/\.txt$/, ''), articles[1]);
    await panelWithTotals(articles[1]);
  });
}

// ---------- checks and waiting ----------

async function check(name, body) {
  const t0 = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL ${name}\n       ${String(error?.message ?? error).split('\n').join('\n       ')}`);
    await screenshot(`e2e-fail-${slug(name)}`);
    return false;
  }
}

/**
 * Developer: Reload Window, as a person reloads VS Code. Not page.reload(): the browser's own reload
 * does not wait for the workbench to save its state (the editor layout goes to IndexedDB on a
 * timer, on focus loss, and awaited only by VS Code's own reload), so a panel opened moments
 * before was sometimes simply not part of the saved layout (1 run in 3 here).
 */
async function reloadWindow() {
  const reloaded = page.waitForEvent('domcontentloaded', { timeout: LOAD_TIMEOUT });
  await quickOpen('>Developer: Reload Window', 'Developer: Reload Window', { closes: false });
  await reloaded;
  await workbenchReady();
}

async function workbenchReady() {
  await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: LOAD_TIMEOUT });
}

/**
 * Types into Quick Open (F1 starts it with ">"; a leading ">" keeps the command mode) and clicks
 * the row labelled `expected`; by default waits for Quick Open to close.
 */
async function quickOpen(text, expected, { closes = true } = {}) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: UI_TIMEOUT });
  await input.fill(text);
  await pickRow(expected);
  if (closes) await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

/** Clicks the Quick Open row whose label is exactly `label`. */
async function pickRow(label) {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
  await row.click({ timeout: UI_TIMEOUT });
}

/** Preferences: Color Theme, then the theme, as a person picks one. */
async function pickColorTheme(label) {
  await quickOpen('>Preferences: Color Theme', 'Preferences: Color Theme', { closes: false });
  const input = page.locator('.quick-input-widget input');
  // The theme list replaces the command list in the same widget.
  await page.locator('.quick-input-widget input[placeholder*="Color Theme"]').waitFor({ timeout: UI_TIMEOUT });
  await input.fill(label);
  await pickRow(label);
  await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT });
}

/**
 * Polls the page's frames (a webview is an iframe in an iframe) until one satisfies `test`; a
 * frame that goes away mid-test (the workbench replaces webview frames) just counts as not yet.
 */
/**
 * The legibility report once the theme has settled: VS Code sets the body's theme class and the
 * theme's colour variables in separate steps, so a report taken between them mixes two themes.
 * A real problem persists: the last report after THEME_SETTLE_MS is the one judged.
 */
async function settledLegibility(frame) {
  const until = Date.now() + THEME_SETTLE_MS;
  for (;;) {
    const report = await frame.evaluate(inspectLegibility, { minContrast: MIN_CONTRAST });
    const legible = report.samples.every((s) => s.missing || s.absent || s.ratio >= MIN_CONTRAST);
    if (legible || Date.now() > until) return report;
    await page.waitForTimeout(250);
  }
}

async function waitForFrame(what, test, timeout = UI_TIMEOUT) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      if (await test(frame).catch(() => false)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${what}`);
}

/** Waits until the panel's webview shows totals for `article`; returns what it shows. */
async function panelWithTotals(article) {
  const frame = await waitForFrame(`the summary panel to show totals of ${article}`, (f) => f.evaluate((name) =>
    (document.querySelector('#app h1.title')?.textContent ?? '').includes(name) &&
    document.querySelector('#app table.totals tbody tr') !== null, article));
  return frame.evaluate(() => ({
    title: document.querySelector('#app h1.title').textContent,
    totals: document.querySelector('#app table.totals').innerText.replace(/\s+/g, ' ').trim(),
  }));
}

// ---------- in the webview ----------

/**
 * Runs in the panel's frame. Reads the computed colours of the panel's text (shadow parts of the
 * toolkit components included) and of the background behind it, and the toolkit's registration.
 * Colours are resolved by painting them on a canvas, so any CSS colour syntax works.
 */
function inspectLegibility({ minContrast }) {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = 'rgba(0, 0, 0, 0)';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0], d[1], d[2], d[3] / 255];
  };
  const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1);
  const parentOf = (node) => node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
  /** The colour behind `element`: its own and its ancestors' backgrounds down to an opaque one. */
  const background = (element) => {
    const layers = [];
    const css = [];
    for (let node = element; node; node = parentOf(node)) {
      const value = getComputedStyle(node).backgroundColor;
      const c = rgba(value);
      if (c[3] > 0) {
        layers.push(c);
        css.push(`${node.localName}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''} ${value}`);
      }
      if (c[3] >= 1) break;
    }
    return { color: layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]), css: css.join(' over ') };
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const hex = (c) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
  const find = (selector, part) => {
    const host = document.querySelector(selector);
    return host && part ? host.shadowRoot?.querySelector(part) : host;
  };
  // Text the panel always shows for an article with amounts, in every colour role it uses.
  const samples = [
    ['title', '#app h1.title'],
    ['status line', '#app .status .counts'],
    ['column header', '#app table.totals thead th'],
    ['row header', '#app table.totals tbody th'],
    ['muted cell', '#app table.totals td.muted'],
    ['amount', '#app table.totals .amount'],
    // Shown only where a total is stated and the items exceed it: measured when present.
    ['negative difference', '#app table.totals td.negative', null, 'color', true],
    ['section heading', '#app .overview h2'],
    ['chart label', '#app .park-chart text', null, 'fill'],
    ['primary button', 'vscode-button[appearance="primary"]', '.control'],
    ['secondary button', 'vscode-button[appearance="secondary"]', '.control'],
    ['badge', 'vscode-badge', '.control'],
    ['selected tab', 'vscode-panel-tab[aria-selected="true"]'],
    ['other tab', 'vscode-panel-tab[aria-selected="false"]'],
    ['dropdown', 'vscode-dropdown', '.control'],
    ['money label', '#app .label-MONEY'],
    ['park label', '#app .label-PARK'],
    ['project label', '#app .label-PROJECT'],
    ['company label', '#app .label-COMPANY'],
  ].map(([name, selector, part, property = 'color', optional = false]) => {
    const element = find(selector, part);
    if (!element) return { name, selector: part ? `${selector} ${part}` : selector, missing: !optional, absent: optional };
    const behind = background(element);
    const fgCss = getComputedStyle(element)[property];
    const fg = over(rgba(fgCss), behind.color);
    const [hi, lo] = [luminance(fg), luminance(behind.color)].sort((a, b) => b - a);
    return { name, ratio: (hi + 0.05) / (lo + 0.05), fg: hex(fg), bg: hex(behind.color), css: `${fgCss} on ${behind.css}` };
  });
  const tags = ['vscode-button', 'vscode-badge', 'vscode-panels', 'vscode-panel-tab', 'vscode-panel-view', 'vscode-dropdown', 'vscode-option', 'vscode-text-field', 'vscode-checkbox'];
  const undefinedElements = tags.filter((tag) => !customElements.get(tag));
  // Upgraded and laid out: the visible ones (the header, the tabs) have a shadow root and a size.
  const shown = [...document.querySelectorAll('#app header vscode-button, #app header vscode-badge, #app vscode-panels, #app vscode-panel-tab')];
  const unrendered = shown.filter((e) => !e.matches(':defined') || !e.shadowRoot || e.getBoundingClientRect().width === 0).map((e) => e.localName);
  const measured = samples.filter((s) => !s.missing && !s.absent);
  const lowest = measured.reduce((low, s) => (s.ratio < low.ratio ? s : low), { ratio: Infinity, name: 'none' });
  return { samples, undefinedElements, unrendered: [...new Set(unrendered)], definedCount: shown.length - unrendered.length, lowest, minContrast };
}

// ---------- helpers ----------

async function screenshot(name) {
  if (!page) return;
  const file = path.join(artifactsDir, `${name}.png`);
  try {
    await page.screenshot({ path: file, timeout: 30_000 });
    console.log(`       screenshot ${path.relative(projectRoot, file)}`);
  } catch (error) {
    console.error(`[e2e] screenshot ${name} failed: ${error.message.split('\n')[0]}`);
  }
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

async function cleanup() {
  while (cleanups.length > 0) {
    try { await cleanups.pop()(); } catch { /* best effort */ }
  }
}

function fail(message) {
  console.error(message);
  process.exit(2);
}
