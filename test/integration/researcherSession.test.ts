// A researcher's first real session (issue 14) in a real VS Code: amounts follow edits of their
// words, renaming an article carries its sidecar along, review actions can be undone, articles
// open readably, quick fixes offer what can be right for the text.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecarSchema';
import type { Annotation } from '../../src/core/sidecarSchema';
import type { Label } from '../../src/core/types';
import { CommandId } from '../../src/editor/ids';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';

const ARTICLE_TEXT = [
  '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。',
  '其中，博通科技产业园项目总投资115亿元，由江苏博通投资实业有限公司投资建设。',
  '另有锂电产业园项目总投资8亿元，税收67元。',
].join('\n');

let investNews: InvestNewsApi;
let folder: vscode.Uri;
let counter = 0;

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function newArticle(text = ARTICLE_TEXT, name = `article-${++counter}.txt`, parent = folder): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(parent, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function sidecarAnnotations(article: vscode.Uri): Promise<Annotation[]> {
  const parsed = parseSidecar(await readText(investNews.store.sidecarUri(article)));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return parsed.sidecar.annotations;
}

async function openArticle(article: vscode.Uri): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(article);
  await vscode.window.showTextDocument(document);
  await investNews.store.load(article);
  await waitFor(() => investNews.analysis.isCovered(document) && investNews.analysis.get(document).items.length > 0, 'the article to be analysed');
  return document;
}

function target(document: vscode.TextDocument, fragment: string, label: Label) {
  const start = document.getText().indexOf(fragment);
  assert.ok(start >= 0, `the article contains ${fragment}`);
  return { uri: document.uri.toString(), start, end: start + fragment.length, label };
}

function stored(article: vscode.Uri, predicate: (a: Annotation) => boolean): Annotation | undefined {
  return investNews.store.get(article).annotations.find(predicate);
}

async function replaceIn(document: vscode.TextDocument, offset: number, length: number, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(offset + length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

async function save(document: vscode.TextDocument): Promise<void> {
  await waitFor(async () => (await document.save()) || !document.isDirty, 'the article to be saved', 20_000);
}

describe('researcher session (issue 14)', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(120_000);
    investNews = (await extensionUnderTest().activate()) as InvestNewsApi;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'session-tests');
    await vscode.workspace.fs.createDirectory(folder);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  describe('amounts follow their text', () => {
    it('re-reads the value of an accepted amount edited inside its span, and stores it on save', async () => {
      const article = await newArticle();
      const document = await openArticle(article);
      assert.equal(await vscode.commands.executeCommand(CommandId.acceptSuggestion, target(document, '115亿元', 'MONEY')), true);
      assert.equal(await vscode.commands.executeCommand(CommandId.acceptSuggestion, target(document, '67元', 'MONEY')), true);
      const big = stored(article, (a) => a.text === '115亿元');
      assert.equal(big?.value, 11_500_000_000);

      await replaceIn(document, big.start + 2, 1, '8'); // 115亿元 → 118亿元
      await waitFor(() => stored(article, (a) => a.id === big.id)?.value === 11_800_000_000, 'the value to follow 118亿元');
      const small = stored(article, (a) => a.text === '67元')!;
      await replaceIn(document, small.start + 2, 0, '亿'); // the typo 67元 → 67亿元
      await waitFor(() => stored(article, (a) => a.id === small.id)?.value === 6_700_000_000, 'the value to follow 67亿元');
      assert.equal(stored(article, (a) => a.id === small.id)?.text, '67亿元');

      await save(document);
      await waitFor(async () => (await sidecarAnnotations(article)).some((a) => a.id === big.id && a.value === 11_800_000_000), 'the sidecar to store the new value');
      const onDisk = await sidecarAnnotations(article);
      assert.equal(onDisk.find((a) => a.id === small.id)?.value, 6_700_000_000);
      assert.equal(onDisk.some((a) => a.checkValue), false, 'values read by the engine need no check');
    });

    it('keeps a value set by hand when the text changes, and flags it in the hover and the Problems view', async () => {
      const article = await newArticle();
      const document = await openArticle(article);
      assert.equal(await vscode.commands.executeCommand(CommandId.editMoneyValue, target(document, '115亿元', 'MONEY'), '11000000000'), true);
      const byHand = stored(article, (a) => a.text === '115亿元');
      assert.equal(byHand?.valueSetByHand, true);
      assert.equal((await sidecarAnnotations(article)).find((a) => a.id === byHand.id)?.valueSetByHand, true, 'the sidecar records it');

      await replaceIn(document, byHand.start + 2, 1, '8');
      await waitFor(() => stored(article, (a) => a.id === byHand.id)?.checkValue === true, 'the annotation to be flagged');
      assert.equal(stored(article, (a) => a.id === byHand.id)?.value, 11_000_000_000, 'the value typed by hand is kept');
      await waitFor(() => vscode.languages.getDiagnostics(article).some((d) => d.message.includes('118亿元')), 'a warning in the Problems view');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article, document.positionAt(byHand.start + 1));
      const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.match(hover, /check it/);

      // Accepting it again is the researcher's answer: the flag goes, the value stays.
      assert.equal(await vscode.commands.executeCommand(CommandId.acceptSuggestion, target(document, '118亿元', 'MONEY')), true);
      await waitFor(() => stored(article, (a) => a.id === byHand.id)?.checkValue === undefined, 'the flag to be answered');
      await waitFor(() => vscode.languages.getDiagnostics(article).length === 0, 'the warning to go');
      assert.equal(stored(article, (a) => a.id === byHand.id)?.value, 11_000_000_000);
    });
  });
});
