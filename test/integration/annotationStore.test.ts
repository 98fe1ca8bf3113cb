// The annotation store in a real VS Code: sidecars written atomically and read back from disk,
// corrupt sidecars never overwritten, annotations moving with edits, re-anchoring after the
// article changed on disk, and sidecars changed by another writer reloaded, not clobbered.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { contextAfter, contextBefore, createAnnotation } from '../../src/core/review/review';
import { parseSidecar, serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation, Sidecar } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Label } from '../../src/core/types';
import type { AnnotationStore } from '../../src/editor/annotationStore';
import { CommandId } from '../../src/editor/ids';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';
import { exists, readText, writeText } from './workspaceFiles';

const ARTICLE_TEXT = [
  '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。',
  '其中，博通科技产业园项目总投资50亿元，由江苏博通投资实业有限公司投资建设。',
  '另有锂电产业园项目总投资8亿元。',
].join('\n');

let store: AnnotationStore;
let folder: vscode.Uri;
let counter = 0;

/** A fresh article file (not opened) in this suite's folder. */
async function newArticle(text = ARTICLE_TEXT): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, `article-${++counter}.txt`);
  await writeText(uri, text);
  return uri;
}

function annotationOf(text: string, fragment: string, label: Label, ids: Iterable<string> = [], occurrence = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(fragment, start + 1);
  assert.ok(start >= 0, `the article contains ${fragment}`);
  return createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'integration-test', new Date(), text, ids);
}

/** Adds accepted annotations of `fragments` through the store; asserts the write succeeded. */
async function tag(article: vscode.Uri, text: string, fragments: readonly [string, Label][]): Promise<void> {
  const ok = await store.update(article, (current) => {
    const next = [...current];
    for (const [fragment, label] of fragments) next.push(annotationOf(text, fragment, label, next.map((a) => a.id)));
    return next;
  });
  assert.equal(ok, true, 'store.update wrote the sidecar');
}

async function sidecarOnDisk(article: vscode.Uri): Promise<Sidecar> {
  const parsed = parseSidecar(await readText(store.sidecarUri(article)));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return parsed.sidecar;
}

describe('annotation store', () => {
  before(async () => {
    const api = (await extensionUnderTest().activate()) as InvestNewsApi;
    assert.ok(api?.store, 'activate() returns { store }');
    store = api.store;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'store-tests');
    await vscode.workspace.fs.createDirectory(folder);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('writes annotations through update and the sidecar on disk validates, beside the article', async () => {
    const article = await newArticle();
    assert.equal(store.sidecarUri(article).toString(), article.with({ path: `${article.path}.ann.json` }).toString());
    await tag(article, ARTICLE_TEXT, [['65.1亿元', 'MONEY'], ['新余高新区', 'PARK']]);

    const sidecar = await sidecarOnDisk(article);
    assert.equal(sidecar.format, SIDECAR_FORMAT);
    assert.equal(sidecar.article, article.path.split('/').pop());
    assert.equal(sidecar.sha256, hashText(ARTICLE_TEXT));
    assert.deepEqual(sidecar.annotations.map((a) => a.text).sort(), ['65.1亿元', '新余高新区'].sort());
    for (const a of sidecar.annotations) {
      assert.equal(ARTICLE_TEXT.slice(a.start, a.end), a.text);
      assert.equal(a.author, 'integration-test');
    }
    assert.deepEqual(store.get(article).annotations.map((a) => a.id).sort(), sidecar.annotations.map((a) => a.id).sort());
    const leftovers = (await vscode.workspace.fs.readDirectory(folder)).filter(([name]) => name.endsWith('.tmp'));
    assert.deepEqual(leftovers, [], 'the atomic write leaves no temporary file behind');
  });

  for (const [kind, content, expected] of [
    ['not valid JSON', '{ "format": "invest-news-annotations", ', /JSON/],
    ['valid JSON that fails the schema', JSON.stringify({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'x.txt', sha256: 'f'.repeat(64), annotations: [{ id: 'a', label: 'MONEY', start: 5, end: 3 }] }), /annotations\.0/],
  ] as const) {
    it(`never overwrites a sidecar that is ${kind}, reports the problem and keeps suggestions working`, async () => {
      const article = await newArticle();
      const sidecar = store.sidecarUri(article);
      await writeText(sidecar, content);
      const before = await vscode.workspace.fs.readFile(sidecar);

      const loaded = await store.load(article);
      assert.ok(loaded.problem, 'the store reports a problem');
      assert.match(loaded.problem.message, expected);
      assert.equal(loaded.problem.sidecar.toString(), sidecar.toString());
      assert.deepEqual(loaded.annotations, []);

      const written = await store.update(article, (current) => [...current, annotationOf(ARTICLE_TEXT, '50亿元', 'MONEY')]);
      assert.equal(written, false, 'update refuses');
      assert.deepEqual(await vscode.workspace.fs.readFile(sidecar), before, 'the bytes on disk are unchanged');

      // The article itself still opens and the extension keeps serving it.
      const document = await vscode.workspace.openTextDocument(article);
      await vscode.window.showTextDocument(document);
      assert.ok(store.get(article).problem);

      // Once fixed on disk, the sidecar is read again and writable.
      await vscode.workspace.fs.delete(sidecar);
      await waitFor(() => store.get(article).problem === undefined, 'the store to drop the problem once the file is gone');
      assert.equal(await store.update(article, (current) => [...current, annotationOf(ARTICLE_TEXT, '50亿元', 'MONEY')]), true);
    });
  }

  it('moves annotations with edits in the editor and writes them for the saved text', async () => {
    const article = await newArticle();
    await tag(article, ARTICLE_TEXT, [['50亿元', 'MONEY'], ['锂电产业园项目', 'PROJECT']]);
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    await store.load(article);

    const insertion = '【本报讯】';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(article, document.positionAt(ARTICLE_TEXT.indexOf('其中')), insertion);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = () => store.get(article).annotations;
    await waitFor(() => moved().every((a) => a.start === ARTICLE_TEXT.indexOf(a.text) + insertion.length), 'the annotations to move');
    for (const a of moved()) assert.equal(document.getText().slice(a.start, a.end), a.text);

    // Before saving, the sidecar still describes the text on disk.
    assert.equal((await sidecarOnDisk(article)).sha256, hashText(ARTICLE_TEXT));
    // On a busy machine a save can be abandoned when save participants time out: try again.
    await waitFor(async () => (await document.save()) || !document.isDirty, 'the article to be saved', 20_000);
    const savedText = document.getText();
    await waitFor(async () => (await sidecarOnDisk(article)).sha256 === hashText(savedText), 'the sidecar to follow the saved article');
    for (const a of (await sidecarOnDisk(article)).annotations) assert.equal(savedText.slice(a.start, a.end), a.text);
  });

  it('drops an annotation only when its whole span is deleted, and undo restores it', async () => {
    const article = await newArticle();
    await tag(article, ARTICLE_TEXT, [['江苏博通投资实业有限公司', 'COMPANY']]);
    const document = await vscode.workspace.openTextDocument(article);
    const editor = await vscode.window.showTextDocument(document);
    await store.load(article);
    const start = ARTICLE_TEXT.indexOf('江苏博通');

    const trim = new vscode.WorkspaceEdit();
    trim.delete(article, new vscode.Range(document.positionAt(start), document.positionAt(start + 2)));
    assert.ok(await vscode.workspace.applyEdit(trim));
    await waitFor(() => store.get(article).annotations[0]?.text === '博通投资实业有限公司', 'the span to shrink');

    const wipe = new vscode.WorkspaceEdit();
    wipe.delete(article, new vscode.Range(document.positionAt(start - 1), document.positionAt(start + 12)));
    assert.ok(await vscode.workspace.applyEdit(wipe));
    await waitFor(() => store.get(article).annotations.length === 0, 'the annotation to go with its text');

    assert.equal(vscode.window.activeTextEditor, editor, 'undo acts on this editor');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => store.get(article).annotations.length === 1, 'undo to bring the annotation back');
    assert.equal(store.get(article).annotations[0].text, '博通投资实业有限公司');
  });

  it('keeps text and context right in a CRLF article, where a read boundary falls inside a line break', async () => {
    // The live edit tracking reads the document only around each annotation (span ± 16 units of
    // context, + 1). Here the money's context starts exactly between the \r and the \n of a line
    // break, and its read ends there too: offsets that have no position of their own in VS Code.
    const lines = ['前文'.repeat(20), `${'甲'.repeat(15)}50亿元${'乙'.repeat(16)}`, '另有锂电产业园项目总投资8亿元。'];
    const text = lines.join('\r\n');
    const article = await newArticle(text);
    await tag(article, text, [['50亿元', 'MONEY'], ['锂电产业园项目', 'PROJECT']]);
    const money = (await sidecarOnDisk(article)).annotations.find((a) => a.label === 'MONEY');
    assert.equal(text[(money?.start ?? 0) - 16], '\n', 'the context before starts inside the line break');
    assert.equal(text[(money?.end ?? 0) + 17], '\n', 'the read after ends inside the line break');
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    await store.load(article);

    const edit = new vscode.WorkspaceEdit();
    edit.insert(article, new vscode.Position(2, 0), '此外，');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor(() => store.get(article).annotations.some((a) => a.label === 'PROJECT' && a.start === text.indexOf('锂电') + 3), 'the project to move');
    const current = document.getText();
    for (const a of store.get(article).annotations) {
      assert.equal(current.slice(a.start, a.end), a.text);
      assert.equal(a.before, contextBefore(current, a.start), `context before ${a.text}`);
      assert.equal(a.after, contextAfter(current, a.end), `context after ${a.text}`);
    }
  });

  it('re-anchors annotations when the article changed on disk while closed, and lists those it cannot place', async () => {
    const article = await newArticle();
    await tag(article, ARTICLE_TEXT, [['新余高新区', 'PARK'], ['65.1亿元', 'MONEY'], ['8亿元', 'MONEY']]);
    const sidecarBefore = await readText(store.sidecarUri(article));

    const changed = `𠀀📍导语：本文有改动。\n${ARTICLE_TEXT.replace('65.1亿元', '六十五亿元')}`;
    await writeText(article, changed);
    const loaded = await store.load(article);

    assert.deepEqual(loaded.annotations.map((a) => a.text).sort(), ['8亿元', '新余高新区'].sort());
    for (const a of loaded.annotations) assert.equal(changed.slice(a.start, a.end), a.text);
    assert.equal(loaded.unplaced.length, 1);
    assert.equal(loaded.unplaced[0].text, '65.1亿元');
    assert.equal(loaded.unplaced[0].orphaned, true);
    assert.equal(await readText(store.sidecarUri(article)), sidecarBefore, 'loading alone does not rewrite the sidecar');

    // The next write records the new placement and keeps the orphan in the file.
    await tag(article, changed, [['锂电产业园项目', 'PROJECT']]);
    const sidecar = await sidecarOnDisk(article);
    assert.equal(sidecar.sha256, hashText(changed));
    assert.deepEqual(sidecar.annotations.filter((a) => a.orphaned).map((a) => a.text), ['65.1亿元']);
    assert.equal(sidecar.annotations.length, 4);
  });

  it('reloads a sidecar changed on disk by another writer and applies later edits to it', async () => {
    const article = await newArticle();
    await tag(article, ARTICLE_TEXT, [['50亿元', 'MONEY']]);
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    await store.load(article);

    // Another window rejects the amount: the store hears of it through its file watcher.
    const external = await sidecarOnDisk(article);
    const changedEvent = new Promise<vscode.Uri>((resolve) => {
      const listener = store.onDidChange((uri) => {
        if (uri.toString() === article.toString() && store.get(article).annotations[0]?.status === 'rejected') {
          listener.dispose();
          resolve(uri);
        }
      });
    });
    await writeText(store.sidecarUri(article), serializeSidecar({ ...external, annotations: external.annotations.map((a) => ({ ...a, status: 'rejected' as const })) }));
    await changedEvent;

    // Another writer again, and an update right after, before any watcher event: the update
    // must re-read the file and apply its edit to that content, not to stale memory.
    const second = await sidecarOnDisk(article);
    const extra = annotationOf(ARTICLE_TEXT, '8亿元', 'MONEY', second.annotations.map((a) => a.id));
    await writeText(store.sidecarUri(article), serializeSidecar({ ...second, annotations: [...second.annotations, extra] }));
    await tag(article, ARTICLE_TEXT, [['锂电产业园项目', 'PROJECT']]);
    const final = await sidecarOnDisk(article);
    assert.deepEqual(final.annotations.map((a) => `${a.text}/${a.status}`).sort(), ['50亿元/rejected', '8亿元/accepted', '锂电产业园项目/accepted'].sort());
  });

  it('keeps sidecars under investNews.sidecarFolder, mirroring the article path', async () => {
    const config = vscode.workspace.getConfiguration('investNews');
    await config.update('sidecarFolder', 'annotations', vscode.ConfigurationTarget.Workspace);
    try {
      const article = await newArticle();
      const expected = vscode.Uri.joinPath(workspaceRoot(), 'annotations', 'store-tests', `article-${counter}.txt.ann.json`);
      assert.equal(store.sidecarUri(article).toString(), expected.toString());
      await tag(article, ARTICLE_TEXT, [['新余高新区', 'PARK']]);
      assert.ok(await exists(expected));
      assert.equal(await exists(article.with({ path: `${article.path}.ann.json` })), false);
    } finally {
      await config.update('sidecarFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'annotations'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('opens the annotation file with investNews.openSidecar', async () => {
    const article = await newArticle();
    await tag(article, ARTICLE_TEXT, [['新余高新区', 'PARK']]);
    await vscode.commands.executeCommand(CommandId.openSidecar, article);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.toString() === store.sidecarUri(article).toString(), 'the sidecar editor');
  });
});

describe('annotation store in an untrusted workspace @untrusted', () => {
  it('still reads annotations (highlights keep working) without writing anything', async () => {
    const api = (await extensionUnderTest().activate()) as InvestNewsApi;
    assert.equal(vscode.workspace.isTrusted, false);
    const root = vscode.Uri.joinPath(workspaceRoot(), 'untrusted-tests');
    const article = vscode.Uri.joinPath(root, 'article.txt');
    await writeText(article, ARTICLE_TEXT);
    const annotation = annotationOf(ARTICLE_TEXT, '新余高新区', 'PARK');
    const content = serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'article.txt', sha256: hashText(ARTICLE_TEXT), annotations: [annotation] });
    await writeText(api.store.sidecarUri(article), content);
    const loaded = await api.store.load(article);
    assert.deepEqual(loaded.annotations.map((a) => a.id), [annotation.id]);
    assert.equal(await readText(api.store.sidecarUri(article)), content);
    await vscode.workspace.fs.delete(root, { recursive: true, useTrash: false });
  });
});
