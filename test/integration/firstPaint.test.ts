// The first paint of a 1 MB article in the real VS Code: the visible lines are highlighted
// before the whole article is analysed, the whole article follows without a second analysis,
// and the times are printed as a ratio (`npm run bench:firstPaint`), never asserted.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { recognize } from '../../src/core/recognition/recognize';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, sampleArticles, waitFor } from './extensionUnderTest';

/** 1 MB of UTF-8 (to the line), made of the real articles of the test workspace again and again. */
async function megabyteArticle(): Promise<string> {
  const articles = (await sampleArticles()).filter((uri) => /\/\d{3}_[^/]*\.txt$/.test(uri.path));
  const texts = await Promise.all(articles.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '')));
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; ; i++) {
    for (const line of texts[i % texts.length].split('\n')) {
      bytes += new TextEncoder().encode(line).length + 1;
      if (bytes > 1_000_000) return lines.join('\n');
      lines.push(line);
    }
  }
}

describe('first paint of a 1 MB article', () => {
  it('highlights the visible lines before the whole article is analysed, then the whole article', async function () {
    this.timeout(180_000);
    const investNews = (await extensionUnderTest().activate()) as InvestNewsApi;
    const [sample] = await sampleArticles();
    const uri = vscode.Uri.joinPath(sample, '..', 'first-paint-generated.txt');
    const text = await megabyteArticle();
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const opened = performance.now();
      const editor = await vscode.window.showTextDocument(document);
      await waitFor(() => investNews.decorations.viewportPainted(editor) !== undefined, 'the viewport paint', 60_000);
      const viewport = investNews.decorations.viewportPainted(editor)!;
      assert.equal(viewport.wholeDocumentAnalysed, false, 'the visible lines were painted before the whole article was analysed');
      const visible = editor.visibleRanges[0];
      const onScreen = viewport.items.filter((item) => visible.contains(document.positionAt(item.start)));
      assert.ok(onScreen.length > 0, 'spans on the visible lines are painted');
      // Only its lines: the end of the article is not in the viewport paint.
      assert.ok(viewport.items.every((item) => item.end < text.length / 2), 'the viewport paint covers the visible lines, not the whole article');

      // `isCurrent` first: `get` would finish the analysis itself.
      await waitFor(() => investNews.analysis.isCurrent(document) && investNews.decorations.painted(editor) === investNews.analysis.get(document).items, 'the full paint', 120_000);
      const full = investNews.decorations.fullyPaintedAt(editor)!;
      assert.ok(full > viewport.time, 'the whole article is painted after the visible lines');
      assert.deepEqual(investNews.analysis.get(document).suggestions, recognize(document.getText()), 'the full analysis is the engine\'s');
      // From the moment the editor asked the extension for its highlights (before that, VS Code
      // itself is opening the file: `opened` shows how long, for comparison). When this test runs
      // alone, the viewport's time includes loading the recognition engine (dist/deferred.js).
      const first = viewport.time - viewport.started;
      const whole = full - viewport.started;
      const megabytes = (new TextEncoder().encode(text).length / 1e6).toFixed(2);
      console.log(`first paint of a ${megabytes} MB article (${text.length} UTF-16 units): VS Code opened it in ${(viewport.started - opened).toFixed(0)} ms; then visible lines painted in ${first.toFixed(0)} ms, the whole article in ${whole.toFixed(0)} ms: ratio ${(first / whole).toFixed(3)}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
