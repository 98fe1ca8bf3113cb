// A researcher's first real session (issue 14) in a real VS Code: amounts follow edits of their
// words, renaming an article carries its sidecar along, review actions can be undone, articles
// open readably, quick fixes offer what can be right for the text.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';
import { CommandId } from '../../src/editor/ids';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';
import { exists, readText } from './workspaceFiles';

const ARTICLE_TEXT = [
  '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。',
  '其中，博通科技产业园项目总投资115亿元，由江苏博通投资实业有限公司投资建设。',
  '另有锂电产业园项目总投资8亿元，税收67元。',
].join('\n');

let investNews: InvestNewsApi;
let folder: vscode.Uri;
let counter = 0;

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

  describe('renaming and deleting articles', () => {
    afterEach(async () => {
      await vscode.workspace.getConfiguration('investNews').update('sidecarFolder', undefined, vscode.ConfigurationTarget.Workspace);
    });

    async function taggedArticle(parent = folder, name = `article-${++counter}.txt`, text = ARTICLE_TEXT): Promise<vscode.Uri> {
      const article = await newArticle(text, name, parent);
      const ok = await investNews.store.update(article, (current, text) => {
        const start = text.indexOf('新余高新区');
        return [...current, { id: `park-${counter}`, label: 'PARK', start, end: start + 5, text: '新余高新区', status: 'accepted', author: 'integration-test', time: new Date().toISOString() }];
      });
      assert.equal(ok, true);
      return article;
    }

    /**
     * Runs `action` and resolves once the file watcher has reported `kind` for `uri` (the
     * extension's own watcher hears the same batch). A file created and moved away within one batch
     * is reported as nothing at all, so an outside move waits for its article to be reported first.
     */
    async function reported(kind: 'create' | 'delete', uri: vscode.Uri, action: () => unknown): Promise<void> {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*.txt'), kind !== 'create', true, kind !== 'delete');
      try {
        let heard = false;
        (kind === 'create' ? watcher.onDidCreate : watcher.onDidDelete)((u) => (heard ||= u.toString() === uri.toString()));
        await action();
        await waitFor(() => heard, `the file watcher to report ${kind} of ${uri.path}`);
      } finally {
        watcher.dispose();
      }
    }

    /** A tagged article the file watcher has reported, ready to be moved outside VS Code. */
    async function reportedTaggedArticle(): Promise<vscode.Uri> {
      const name = `article-${++counter}.txt`;
      const article = vscode.Uri.joinPath(folder, name);
      await reported('create', article, () => taggedArticle(folder, name));
      return article;
    }

    async function rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(from, to);
      assert.ok(await vscode.workspace.applyEdit(edit), 'the rename went through');
    }

    it('carries the sidecar along when an article is renamed or moved, and records the new name', async () => {
      const article = await taggedArticle();
      const oldSidecar = investNews.store.sidecarUri(article);
      const sub = vscode.Uri.joinPath(folder, 'moved');
      await vscode.workspace.fs.createDirectory(sub);
      const renamed = vscode.Uri.joinPath(sub, 'renamed.txt');
      await rename(article, renamed);
      assert.equal(await exists(oldSidecar), false, 'no sidecar left under the old name');
      assert.ok(await exists(investNews.store.sidecarUri(renamed)), 'the sidecar moved with the article');
      assert.deepEqual((await investNews.store.load(renamed)).annotations.map((a) => a.text), ['新余高新区']);
      await waitFor(async () => parseSidecar(await readText(investNews.store.sidecarUri(renamed))).ok && (parseSidecar(await readText(investNews.store.sidecarUri(renamed))) as { sidecar: { article: string } }).sidecar.article === 'renamed.txt', 'the sidecar to name the renamed article');
    });

    it('moves the mirrored folder under investNews.sidecarFolder when a folder of articles is renamed', async () => {
      await vscode.workspace.getConfiguration('investNews').update('sidecarFolder', 'session-tests/annotations', vscode.ConfigurationTarget.Workspace);
      const news = vscode.Uri.joinPath(folder, 'news');
      await vscode.workspace.fs.createDirectory(news);
      const article = await taggedArticle(news);
      const sidecar = investNews.store.sidecarUri(article);
      assert.match(sidecar.path, /\/annotations\/session-tests\/news\//);
      assert.ok(await exists(sidecar));
      const renamedFolder = vscode.Uri.joinPath(folder, 'news-2024');
      await rename(news, renamedFolder);
      const movedArticle = vscode.Uri.joinPath(renamedFolder, article.path.split('/').pop()!);
      assert.ok(await exists(investNews.store.sidecarUri(movedArticle)), 'the sidecar followed the folder');
      assert.equal(await exists(sidecar), false);
      assert.equal((await investNews.store.load(movedArticle)).annotations.length, 1);
    });

    it('keeps the sidecar of a deleted article and lists it, with the article that has its text', async () => {
      // A text no other article of the workspace has: other tests leave untagged copies of ARTICLE_TEXT behind.
      const text = `${ARTICLE_TEXT}\n此稿只在一处。`;
      const article = await taggedArticle(folder, `article-${++counter}.txt`, text);
      const sidecar = investNews.store.sidecarUri(article);
      const edit = new vscode.WorkspaceEdit();
      edit.deleteFile(article);
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(await exists(article), false);
      assert.ok(await exists(sidecar), 'the sidecar is not deleted with the article');
      // The same text under another name, as `git mv` in a terminal leaves it.
      const elsewhere = await newArticle(text, 'git-moved.txt');
      const listed = await vscode.commands.executeCommand<{ sidecar: vscode.Uri; sameText?: vscode.Uri }[]>(CommandId.showOrphanedSidecars);
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      const entry = listed.find((o) => o.sidecar.toString() === sidecar.toString());
      assert.ok(entry, 'the kept sidecar is listed');
      assert.equal(entry.sameText?.toString(), elsewhere.toString());
    });

    it('moves the sidecar along when the article is renamed outside VS Code (git mv in a terminal)', async () => {
      const article = await reportedTaggedArticle();
      const sidecar = investNews.store.sidecarUri(article);
      const moved = vscode.Uri.joinPath(folder, 'renamed-in-a-terminal.txt');
      fs.renameSync(article.fsPath, moved.fsPath);
      await waitFor(() => exists(investNews.store.sidecarUri(moved)), 'the sidecar to follow the article', 15_000);
      assert.equal(await exists(sidecar), false);
      assert.deepEqual((await investNews.store.load(moved)).annotations.map((a) => a.text), ['新余高新区']);
    });

    it('moves the sidecar to the moved article, not to a copy of its text made just before, when the deletion is reported first', async () => {
      const copy = vscode.Uri.joinPath(folder, `copy-${counter}.txt`);
      await reported('create', copy, () => newArticle(ARTICLE_TEXT, `copy-${counter}.txt`));
      const article = await reportedTaggedArticle();
      const sidecar = investNews.store.sidecarUri(article);
      // A script moving through a name the watcher does not follow: the deletion is reported before the creation.
      const between = `${article.fsPath}.moving`;
      await reported('delete', article, () => fs.renameSync(article.fsPath, between));
      const moved = vscode.Uri.joinPath(folder, 'moved-by-a-script.txt');
      fs.renameSync(between, moved.fsPath);
      await waitFor(() => exists(investNews.store.sidecarUri(moved)), 'the sidecar to follow the article', 15_000);
      assert.equal(await exists(sidecar), false);
      assert.equal(await exists(investNews.store.sidecarUri(copy)), false, 'the copy has no annotations of its own');
    });
  });

  describe('undo of review actions', () => {
    it('takes back accept, relabel and remove, latest first, with its command', async () => {
      const article = await newArticle();
      const document = await openArticle(article);
      const park = target(document, '新余高新区', 'PARK');
      assert.equal(await vscode.commands.executeCommand(CommandId.acceptSuggestion, park), true);
      assert.equal(await vscode.commands.executeCommand(CommandId.relabelAnnotation, park, 'PROJECT'), true);
      assert.equal(stored(article, (a) => a.start === park.start)?.label, 'PROJECT');
      assert.equal(await vscode.commands.executeCommand(CommandId.removeAnnotation, { ...park, label: 'PROJECT' }), true);
      assert.equal(stored(article, (a) => a.start === park.start), undefined);
      assert.equal(investNews.store.undoableReviews(article), 3);

      assert.equal(await vscode.commands.executeCommand(CommandId.undoReview), true, 'undo the removal');
      assert.equal(stored(article, (a) => a.start === park.start)?.label, 'PROJECT');
      assert.equal(await vscode.commands.executeCommand(CommandId.undoReview), true, 'undo the relabel');
      assert.equal(stored(article, (a) => a.start === park.start)?.label, 'PARK');
      assert.equal(await vscode.commands.executeCommand(CommandId.undoReview), true, 'undo the accept');
      assert.equal(stored(article, (a) => a.start === park.start), undefined);
      assert.deepEqual(await sidecarAnnotations(article), [], 'the sidecar on disk follows');
      assert.equal(await vscode.commands.executeCommand(CommandId.undoReview), false, 'nothing left to undo');
    });

    it('asks before accepting many suggestions at once (the count in the question), and undoes accept all in one step', async () => {
      const lines = Array.from({ length: 60 }, (_, i) => `第${i + 1}个项目总投资${i + 1}亿元。`);
      const article = await newArticle(lines.join('\n'));
      const document = await openArticle(article);
      const count = investNews.analysis.get(document).items.filter((i) => i.label === 'MONEY' && i.status === 'suggested').length;
      assert.ok(count > 50, `${count} amounts: more than the threshold`);

      // Escape on the question: nothing is written.
      let settled = false;
      const cancelled = Promise.resolve(vscode.commands.executeCommand<number>(CommandId.acceptAllSuggestions, 'MONEY')).finally(() => (settled = true));
      await waitFor(async () => {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        return settled;
      }, 'the question to be cancelled');
      assert.equal(await cancelled, 0);
      assert.equal(investNews.store.get(article).annotations.length, 0);

      // Enter on the question accepts them all.
      settled = false;
      const accepted = Promise.resolve(vscode.commands.executeCommand<number>(CommandId.acceptAllSuggestions, 'MONEY')).finally(() => (settled = true));
      await waitFor(async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return settled;
      }, 'the question to be answered');
      assert.equal(await accepted, count);
      assert.equal(investNews.store.get(article).annotations.length, count);

      assert.equal(await vscode.commands.executeCommand(CommandId.undoReview, article.toString()), true);
      assert.equal(investNews.store.get(article).annotations.length, 0, 'one undo takes back the whole accept all');
      assert.deepEqual(await sidecarAnnotations(article), []);
    });
  });

  describe('articles read well on first open', () => {
    let associations: Record<string, string> | undefined;

    before(() => {
      associations = vscode.workspace.getConfiguration('files').inspect<Record<string, string>>('associations')?.workspaceValue;
    });

    after(async () => {
      await vscode.workspace.getConfiguration('files').update('associations', associations, vscode.ConfigurationTarget.Workspace);
    });

    it('wraps articles, offers the article language once for .txt articles that open as Plain Text, and applies it', async () => {
      assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'investment-news' }).get('wordWrap'), 'on', 'word wrap on for articles');
      await vscode.workspace.getConfiguration('files').update('associations', {}, vscode.ConfigurationTarget.Workspace);
      const first = await vscode.workspace.openTextDocument(await newArticle());
      assert.equal(first.languageId, 'plaintext', 'without an association a .txt article opens as Plain Text');
      await vscode.window.showTextDocument(first);
      await waitFor(() => investNews.articleLanguage.offersShown() === 1, 'the offer to open articles as Investment News');
      const second = await vscode.workspace.openTextDocument(await newArticle());
      await vscode.window.showTextDocument(second);
      await vscode.window.showTextDocument(first);
      assert.equal(investNews.articleLanguage.offersShown(), 1, 'offered once');

      const pattern = await vscode.commands.executeCommand<string>(CommandId.useArticleLanguage);
      assert.equal(pattern, '**/*.txt');
      assert.equal(vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations')?.['**/*.txt'], 'investment-news');
      await waitFor(() => vscode.workspace.textDocuments.filter((d) => d.uri.toString() === first.uri.toString()).every((d) => d.languageId === 'investment-news'), 'the open article to switch language');
      const reopened = await vscode.workspace.openTextDocument(await newArticle());
      assert.equal(reopened.languageId, 'investment-news', 'new articles open as Investment News');
    });
  });

  describe('quick fixes offer what can be right', () => {
    async function quickFixes(document: vscode.TextDocument, start: number, end: number): Promise<vscode.CodeAction[]> {
      return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(document.positionAt(start), document.positionAt(end)));
    }
    const labelsOffered = (actions: vscode.CodeAction[], command: string) =>
      actions.filter((a) => a.command?.command === command).map((a) => a.command!.arguments![command === CommandId.tagSelection ? 0 : 1] as Label);

    it('never offers an amount as a park nor a name as an amount, and puts the likely label first', async () => {
      const article = await newArticle();
      const document = await openArticle(article);
      const amount = target(document, '65.1亿元', 'MONEY');
      assert.deepEqual(labelsOffered(await quickFixes(document, amount.start, amount.end), CommandId.relabelAnnotation), [], 'no name label for 65.1亿元');

      const project = target(document, '博通科技产业园项目', 'PROJECT');
      const onProject = labelsOffered(await quickFixes(document, project.start, project.start + 1), CommandId.relabelAnnotation);
      assert.ok(onProject.length > 0 && !onProject.includes('MONEY'), `names are offered name labels only: ${onProject.join(', ')}`);

      // A selection inside the project's name: the park it names comes first, never MONEY.
      const park = target(document, '博通科技产业园', 'PARK');
      const tags = labelsOffered(await quickFixes(document, park.start, park.end), CommandId.tagSelection);
      assert.equal(tags[0], 'PARK');
      assert.ok(!tags.includes('MONEY'));
      const money = target(document, '8亿元', 'MONEY');
      const moneyTags = labelsOffered(await quickFixes(document, money.start - 1, money.end), CommandId.tagSelection);
      assert.deepEqual(moneyTags, ['MONEY'], 'a selection holding an amount is offered MONEY only');
    });
  });

  describe('one visual language', () => {
    it('the grammar the extension contributes colours nothing the decorations could contradict, and outlines are solid', async () => {
      const article = await newArticle('据悉，新余高新区合同资金达65.1亿元，园区面积12平方公里。', 'grammar.txt');
      const document = await openArticle(article);
      assert.equal(document.languageId, 'investment-news');
      // The grammar as installed (under npm run test:vsix, the packaged one): only meta scopes, which themes leave uncoloured.
      const extension = extensionUnderTest();
      const contributed = (extension.packageJSON as { contributes: { grammars: { language: string; path: string }[] } }).contributes.grammars;
      const grammar = contributed.find((g) => g.language === 'investment-news');
      assert.ok(grammar);
      const source = await readText(vscode.Uri.joinPath(extension.extensionUri, grammar.path));
      const scopes = [...source.matchAll(/"name":\s*"([^"]+)"/g)].map((m) => m[1]).filter((name) => name !== 'Investment News');
      assert.ok(scopes.includes('meta.amount.investment-news'), 'amounts are still marked for tools that select by scope');
      for (const scope of scopes) assert.match(scope, /^meta\./, `${scope} would be coloured by themes`);
      const { OUTLINE } = await import('../../src/editor/decorations');
      for (const outline of Object.values(OUTLINE)) assert.match(outline, /solid/);
      await waitFor(() => investNews.decorations.painted(vscode.window.activeTextEditor!) === investNews.analysis.get(document).items, 'the highlights');
    });
  });
});
