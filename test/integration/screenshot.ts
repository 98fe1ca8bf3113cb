// Screenshots of the real workbench from inside an integration test. The test cannot reach the
// browser, so it asks the runner (scripts/runIntegrationTests.mjs): it logs a marker line, which
// travels through the workbench log to the runner; the runner captures the page into
// test-artifacts/NAME.png (written atomically) and the test waits for the file to appear.
import fs from 'node:fs';
import path from 'node:path';

const SCREENSHOT_MARKER = '[invest-news-screenshot]';

/**
 * Captures what a person sees right now into test-artifacts/NAME.png and resolves with the file's
 * path. Under a launcher without a browser (@vscode/test-electron) it resolves with '' instead.
 */
export async function takeScreenshot(name: string, timeoutMs = 20_000): Promise<string> {
  const dir = process.env.INVEST_NEWS_TEST_ARTIFACTS;
  if (process.env.INVEST_NEWS_TEST_SCREENSHOTS !== '1' || !dir) {
    console.log(`screenshot "${name}" skipped: this launcher cannot take screenshots`);
    return '';
  }
  const safe = name.replace(/[^\w.-]+/g, '_');
  const file = path.join(dir, `${safe}.png`);
  fs.rmSync(file, { force: true });
  // Let the workbench paint what the test just did before the page is captured.
  await new Promise((resolve) => setTimeout(resolve, 300));
  console.log(`${SCREENSHOT_MARKER} ${safe}`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`screenshot ${safe}.png did not appear within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return file;
}
