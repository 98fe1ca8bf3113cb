// The first-use walkthrough in a real VS Code: it opens, and its first step's command opens an
// article, from the workspace or (where the workspace has none) a copy of the bundled sample.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { InvestNewsApi } from '../../src/extension';
import { CommandId } from '../../src/editor/ids';
import { ARTICLE_OPENED_CONTEXT_KEY, EXPORTED_CONTEXT_KEY, HAS_ACCEPTED_CONTEXT_KEY, SUMMARY_OPENED_CONTEXT_KEY } from '../../src/editor/walkthroughProgress';
import { EXTENSION_ID, extensionUnderTest, sampleArticles, waitFor, workspaceRoot } from './extensionUnderTest';
import { takeScreenshot } from './screenshot';

describe('walkthrough', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('investNews').update('include', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens the first article of the workspace with investNews.openSample', async () => {
    await extensionUnderTest().activate();
    const [first] = await sampleArticles();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('investNews.openSample');
    assert.equal(editor?.document.uri.toString(), first.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString());
  });

  it('opens a copy of the bundled sample as an article when the workspace has none', async () => {
    await extensionUnderTest().activate();
    await vscode.workspace.getConfiguration('investNews').update('include', '**/*.no-such-articles', vscode.ConfigurationTarget.Workspace);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('investNews.openSample');
    assert.ok(editor, 'an editor opened');
    const bundled = fs.readFileSync(path.join(extensionUnderTest().extensionUri.fsPath, 'media', 'walkthrough', 'sample.txt'), 'utf8');
    assert.equal(editor.document.getText(), bundled);
    assert.equal(editor.document.languageId, 'investment-news');
    assert.ok(!vscode.workspace.getWorkspaceFolder(editor.document.uri), 'the copy lives outside the workspace, not in the extension folder');
    assert.ok(!editor.document.uri.fsPath.startsWith(extensionUnderTest().extensionUri.fsPath), 'the shipped file itself is never opened for annotating');
  });

  // The steps complete on these keys (onContext:), so they must follow the workspace's state.
  it('ticks the accept step from an annotation file accepted before, without any command', async () => {
    const api = (await extensionUnderTest().activate()) as InvestNewsApi;
    // The fixture workspace ships hostile.txt.ann.json with accepted annotations; nothing was accepted in this run.
    await waitFor(() => api.walkthrough.keys[HAS_ACCEPTED_CONTEXT_KEY] === true, 'the accepted-annotation key from the annotation files on disk');
  });

  it('ticks the open, summary and export steps when an article was shown, the summary panel opened and an export written', async () => {
    const api = (await extensionUnderTest().activate()) as InvestNewsApi;
    const [article] = await sampleArticles();
    await vscode.window.showTextDocument(article);
    await waitFor(() => api.walkthrough.keys[ARTICLE_OPENED_CONTEXT_KEY] === true, 'the article-opened key');
    await vscode.commands.executeCommand(CommandId.showSummary);
    await waitFor(() => api.walkthrough.keys[SUMMARY_OPENED_CONTEXT_KEY] === true, 'the summary-opened key');
    const out = vscode.Uri.joinPath(workspaceRoot(), '..', 'walkthrough-export.csv');
    const result = await vscode.commands.executeCommand(CommandId.export, { articles: [article], format: 'csv', includeSuggestions: true, destination: out });
    assert.ok(result, 'the export was written');
    assert.equal(api.walkthrough.keys[EXPORTED_CONTEXT_KEY], true);
    await vscode.workspace.fs.delete(out);
  });

  it('shows the walkthrough (screenshot for a person to check)', async () => {
    // Accepted annotations and an export exist (the tests above): their steps show ticked.
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab !== undefined, 'the walkthrough to open');
    // The step's markdown media renders in a webview after the page: give it time to paint.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const file = await takeScreenshot('walkthrough');
    if (file) assert.match(file, /walkthrough\.png$/);
  });
});
