#!/usr/bin/env node
// The summary panel's layout at the widths a panel beside an article has (400–700 px), in real
// Chromium: the real webview bundle (dist/webview/main.js) and stylesheet (media/summary.css),
// fed the messages the host would post for the samples (test/e2e/panelMessages.ts, the real
// core). For each width, scope and tab it asserts that every table fits: no cell narrower than
// MIN_CELL_CHARACTERS characters (a column squeezed to a character or two a line), nothing
// clipped or scrolled sideways (Difference and Status included), and no difference shown where
// no total is stated. Screenshots: test-artifacts/e2e-panel-<width>-<scope>-<tab>.png.
//
//   node esbuild.js && node test/e2e/panelLayout.mjs     (also run by npm run test:e2e)
/* global document, window, getComputedStyle -- functions passed to evaluate() run in the page */
/* global process, console -- Node */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { panelMessages } = require(path.join(root, 'dist', 'test', 'e2e', 'panelMessages.js'));

const WIDTHS = [500, 400, 700];
const TABS = ['overview', 'breakdown', 'records', 'table'];
/** A cell narrower than this many (CJK, 1 em) characters reads one short word a line. */
const MIN_CELL_CHARACTERS = 4;
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const artifacts = path.join(root, 'test-artifacts');

/** The theme variables a VS Code webview gets (Dark Modern's), enough for layout and a readable picture. */
const THEME = `
  :root { --vscode-font-family: system-ui, "Noto Sans CJK SC", sans-serif; --vscode-font-size: 13px; --vscode-foreground: #cccccc;
    --vscode-editor-background: #1f1f1f; --vscode-descriptionForeground: #9d9d9d; --vscode-widget-border: #313131;
    --vscode-errorForeground: #f85149; --vscode-focusBorder: #0078d4; --vscode-textLink-foreground: #4daafc;
    --vscode-list-hoverBackground: #2a2d2e; --vscode-charts-blue: #3794ff; --vscode-charts-green: #89d185;
    --vscode-charts-orange: #d18616; --vscode-charts-purple: #b180d7; }`;

const failures = [];
const checks = [];

async function main() {
  const messages = panelMessages(root, path.join(root, 'samples'));
  fs.mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('pageerror', (error) => failures.push(`${width} px: page error ${error.message}`));
      await openPanel(page, messages);
      for (const scope of ['article', 'corpus']) {
        await showScope(page, scope);
        for (const tab of TABS) await checkTab(page, width, scope, tab);
      }
      if (width === WIDTHS[0]) await checkRecordsByKeyboard(page, messages.corpus);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  for (const line of checks) console.log(line);
  if (failures.length) {
    console.log(`panel layout: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`panel layout: ${checks.length} views fit at ${WIDTHS.join(', ')} px`);
}

async function openPanel(page, messages) {
  // The page a webview gets: our stylesheet, an #app, and acquireVsCodeApi; then the host's answer to `ready`.
  await page.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><style>${THEME}</style><style>${fs.readFileSync(path.join(root, 'media', 'summary.css'), 'utf8')}</style></head>
    <body class="vscode-dark"><div id="app"></div></body></html>`);
  await page.evaluate(() => {
    let state;
    window.posted = [];
    window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), getState: () => state, setState: (s) => (state = s) });
  });
  await page.addScriptTag({ content: fs.readFileSync(path.join(root, 'dist', 'webview', 'main.js'), 'utf8') });
  await page.evaluate((host) => {
    for (const message of [host.init, host.article, host.corpus]) window.postMessage(message, '*');
  }, messages);
  await page.locator('#app table.totals tbody tr').first().waitFor({ timeout: 30_000 });
}

async function showScope(page, scope) {
  const index = scope === 'article' ? 0 : 1;
  await page.locator('#app .scopes vscode-button').nth(index).click();
  await page.waitForFunction((s) => document.querySelector('#app h1.title')?.textContent?.includes(s === 'article' ? '.txt' : 'samples'), scope);
}

async function checkTab(page, width, scope, tab) {
  await page.locator(`#tab-${tab}`).click();
  await page.locator(`#view-${tab} table`).first().waitFor({ timeout: 30_000 });
  const name = `${width}-${scope}-${tab}`;
  await page.screenshot({ path: path.join(artifacts, `e2e-panel-${name}.png`), fullPage: true });
  const report = await page.evaluate(measure, { tab, minCharacters: MIN_CELL_CHARACTERS });
  const where = `${width} px, ${scope}, ${tab}`;
  for (const p of report.problems) failures.push(`${where}: ${p}`);
  checks.push(`  ${report.problems.length ? 'FAIL' : 'PASS'} ${where}: ${report.cells} cells in ${report.tables} tables`);
}

/**
 * The records table by keyboard alone (corpus scope): Tab to a column's sort button, Enter sorts
 * (aria-sort says so), again reverses; Enter on a row asks the host to reveal its amount, in the
 * file and at the offsets of the record's first source.
 */
async function checkRecordsByKeyboard(page, corpus) {
  await page.locator('#tab-records').click();
  const amountHeader = page.locator('#view-records table.records thead th').filter({ hasText: /Amount/ }).first();
  await amountHeader.locator('button').focus();
  await page.keyboard.press('Enter');
  const sorted = await amountHeader.getAttribute('aria-sort');
  await amountHeader.locator('button').focus();
  await page.keyboard.press('Enter');
  const reversed = await page.locator('#view-records table.records thead th[aria-sort="descending"]').count();
  const problems = [];
  if (sorted !== 'ascending') problems.push(`Enter on the Amount header: aria-sort ${sorted}, expected ascending`);
  if (reversed !== 1) problems.push('Enter again did not sort descending');
  const largest = [...corpus.records].filter((r) => r.value !== undefined).sort((a, b) => b.value - a.value)[0];
  await page.evaluate(() => (window.posted.length = 0));
  await page.locator('#view-records table.records tbody tr').first().focus();
  await page.keyboard.press('Enter');
  const revealed = await page.evaluate(() => window.posted.filter((m) => m.type === 'reveal'));
  const expected = largest.sources[0];
  if (revealed.length !== 1 || revealed[0].file !== expected.file || revealed[0].start !== expected.start || revealed[0].end !== expected.end) {
    problems.push(`Enter on the first row (the largest amount, ${largest.text}) posted ${JSON.stringify(revealed)}, expected a reveal of ${JSON.stringify(expected)}`);
  }
  for (const p of problems) failures.push(`records by keyboard: ${p}`);
  checks.push(`  ${problems.length ? 'FAIL' : 'PASS'} records by keyboard: sort by Enter on a header button, reveal by Enter on a row`);
}

/** Runs in the page: the measured problems of the visible tables of one tab. */
function measure({ tab, minCharacters }) {
  const view = document.querySelector(`#view-${tab}`);
  const fontSize = parseFloat(getComputedStyle(document.body).fontSize);
  const viewport = document.documentElement.clientWidth;
  const problems = [];
  let cells = 0;
  const tables = [...view.querySelectorAll('table')].filter((t) => t.getClientRects().length > 0);
  for (const table of tables) {
    const name = table.className || 'table';
    const scroller = table.closest('.table-scroll');
    if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) problems.push(`${name}: scrolls sideways (${scroller.scrollWidth} px in ${scroller.clientWidth} px)`);
    for (const cell of table.querySelectorAll('tbody td, tbody th')) {
      const box = cell.getBoundingClientRect();
      // A cell with display: contents (the stacked totals) has no box: its label and value are measured instead.
      const parts = box.width === 0 && cell.textContent ? [...cell.childNodes].map((n) => (n.nodeType === 1 ? n : null)).filter(Boolean) : [cell];
      for (const part of parts) {
        const rect = part.getBoundingClientRect();
        if (rect.width === 0) continue;
        cells++;
        const label = `${name} “${cell.getAttribute('data-label') ?? ''}” cell “${cell.textContent.trim().slice(0, 20)}”`;
        if (rect.right > viewport + 1) problems.push(`${label} is clipped (right edge ${Math.round(rect.right)} px > ${viewport} px)`);
        if (part === cell && cell.textContent.trim().length >= minCharacters && rect.width < minCharacters * fontSize) {
          problems.push(`${label} is ${Math.round(rect.width)} px wide (< ${minCharacters} characters)`);
        }
      }
    }
  }
  // No difference without a stated total: a difference cell shows "–" unless its row states one.
  for (const row of view.querySelectorAll('table.totals tbody tr')) {
    const stated = [...row.cells].find((c) => c.getAttribute('data-label') === row.closest('table').querySelectorAll('thead th')[4]?.textContent);
    const difference = row.cells[row.cells.length - 1];
    const isDifferenceColumn = row.closest('table').querySelectorAll('thead th').length === 6;
    if (isDifferenceColumn && stated && stated.textContent.trim() === '–' && difference.textContent.trim() !== '–') problems.push(`difference “${difference.textContent.trim()}” where no total is stated`);
  }
  return { problems, cells, tables: tables.length };
}

main().catch((error) => {
  console.error(error?.stack ?? error);
  process.exit(1);
});
