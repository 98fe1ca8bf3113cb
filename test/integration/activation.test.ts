// Smoke test: the extension loads in a real VS Code and activates when an article opens.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { extensionUnderTest, sampleArticles, waitFor } from './extensionUnderTest';
import { takeScreenshot } from './screenshot';

describe('activation', () => {
  it('is installed in the extension host', () => {
    const extension = extensionUnderTest();
    assert.equal(extension.packageJSON.name, 'invest-news-annotator');
  });

  it('activates when a sample article opens', async () => {
    const [article] = await sampleArticles();
    assert.ok(article, 'the test workspace holds sample articles');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'investment-news', 'the workspace associates *.txt with the investment-news language');
    const extension = extensionUnderTest();
    await waitFor(() => extension.isActive, 'the extension to activate');
    assert.ok(extension.isActive);
  });

  it('can capture the workbench for a person to look at', async () => {
    const file = await takeScreenshot('activation-sample-article');
    if (file) assert.match(file, /activation-sample-article\.png$/);
  });
});
