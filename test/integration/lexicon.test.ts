// The workspace lexicon in a real VS Code: a name accepted in one article is suggested in
// another, a rejected string is no longer suggested, and a corrupt lexicon is reported and never
// overwritten. Learning is off in the test workspace (other suites must not teach each other);
// these tests turn it on and leave the workspace as they found it.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { CommandId } from '../../src/editor/ids';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';

let api: InvestNewsApi;
let folder: vscode.Uri;

async function writeFile(uri: vscode.Uri, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/** The analysis's items of `text` in the document, as `label:status`. */
function itemsOf(document: vscode.TextDocument, text: string): string[] {
  return api.analysis.get(document).items.filter((i) => i.text === text).map((i) => `${i.label}:${i.status}`);
}

const learning = () => vscode.workspace.getConfiguration('investNews');

describe('workspace lexicon', () => {
  let lexiconUri: vscode.Uri;

  before(async () => {
    api = (await extensionUnderTest().activate()) as InvestNewsApi;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'lexicon-tests');
    await vscode.workspace.fs.createDirectory(folder);
    lexiconUri = api.lexicon.uri!;
    await learning().update('learnLexicon', true, vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await learning().update('learnLexicon', false, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    // The folder as a whole, as a user would: its deletion alone must reach the lexicon.
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(lexiconUri, '..'), { recursive: true, useTrash: false });
    await waitFor(() => api.lexicon.matcher === undefined && api.lexicon.problem === undefined, 'the lexicon to be gone');
  });

  it('a name accepted in one article is suggested in another; a rejected string is no longer suggested', async () => {
    const first = await writeFile(vscode.Uri.joinPath(folder, 'first.txt'), '近日，星河湾与丙丁公司签约。\n');
    const second = await writeFile(vscode.Uri.joinPath(folder, 'second.txt'), '星河湾位于城南，丙丁公司完成投资。\n');
    const other = await open(second);
    await waitFor(() => itemsOf(other, '丙丁公司').includes('COMPANY:suggested'), 'the company to be suggested in the second article');
    assert.deepEqual(itemsOf(other, '星河湾'), [], 'the engine alone does not know the name');

    const document = await open(first);
    const start = document.getText().indexOf('星河湾');
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 3));
    assert.equal(await vscode.commands.executeCommand(CommandId.tagSelection, 'PARK'), true);
    await waitFor(async () => (await readFile(lexiconUri))?.includes('{ "name": "星河湾", "label": "PARK" }') ?? false, 'the name in the lexicon file');
    await waitFor(() => itemsOf(other, '星河湾').includes('PARK:suggested'), 'the learned name to be suggested in the second article');

    await waitFor(() => itemsOf(document, '丙丁公司').includes('COMPANY:suggested'), 'the company to be suggested in the first article');
    const company = document.getText().indexOf('丙丁公司');
    assert.equal(await vscode.commands.executeCommand(CommandId.rejectSuggestion, { uri: first.toString(), start: company, end: company + 4, label: 'COMPANY' }), true);
    await waitFor(() => itemsOf(other, '丙丁公司').length === 0, 'the rejected string to be no longer suggested in the second article');
    assert.match((await readFile(lexiconUri)) ?? '', /"rejected": \[\n {4}"丙丁公司"\n {2}\]/);
  });

  it('a corrupt lexicon is reported with its line, not used, and never overwritten', async () => {
    const corrupt = '{\n  "format": "invest-news-lexicon",\n  "version": 1,\n  "names": [\n    { "name": "星河湾", "label": "TOWN" }\n  ],\n  "rejected": []\n}\n';
    await writeFile(lexiconUri, corrupt);
    // Waits for the file as written: a read during the write (another program's, a checkout) may
    // first see it cut short, and the change event after the write reads it again.
    await waitFor(() => /names\.0\.label/.test(api.lexicon.problem ?? ''), 'the lexicon to be reported');
    assert.match(api.lexicon.problem!, /lexicon\.json:5: names\.0\.label/);
    assert.equal(api.lexicon.matcher, undefined);

    const document = await open(await writeFile(vscode.Uri.joinPath(folder, 'third.txt'), '近日，月亮湾与丙丁公司签约。\n'));
    const start = document.getText().indexOf('月亮湾');
    vscode.window.activeTextEditor!.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 3));
    assert.equal(await vscode.commands.executeCommand(CommandId.tagSelection, 'PARK'), true, 'the annotation itself is still saved');
    assert.equal(await vscode.commands.executeCommand(CommandId.addLexiconEntry, { text: '月亮湾', label: 'PARK' }), false, 'the command refuses');
    assert.equal(await readFile(lexiconUri), corrupt, 'neither learning nor the command wrote the file');
  });
});
