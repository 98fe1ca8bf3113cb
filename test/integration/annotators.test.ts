// Several annotators in a real VS Code: the setting investNews.annotator keeps each person's
// sidecars in annotators/NAME/ (with or without investNews.sidecarFolder), switching it reads the
// other person's file, and nobody's file is written for someone else.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar } from '../../src/core/sidecar/sidecarSchema';
import type { AnnotationStore } from '../../src/editor/annotationStore';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';
import { exists, readText } from './workspaceFiles';

const TEXT = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。';

describe('several annotators (investNews.annotator)', () => {
  let store: AnnotationStore;
  let folder: vscode.Uri;
  const config = () => vscode.workspace.getConfiguration('investNews');

  before(async () => {
    store = ((await extensionUnderTest().activate()) as InvestNewsApi).store;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'annotator-tests');
    await vscode.workspace.fs.createDirectory(folder);
  });
  afterEach(async () => {
    await config().update('annotator', undefined, vscode.ConfigurationTarget.Global);
    await config().update('sidecarFolder', undefined, vscode.ConfigurationTarget.Workspace);
  });
  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'annotations'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  async function tagPark(article: vscode.Uri, fragment: string): Promise<void> {
    const start = TEXT.indexOf(fragment);
    const ok = await store.update(article, (current) => [...current, createAnnotation({ label: 'PARK', start, end: start + fragment.length, text: fragment }, 'accepted', 'test', new Date(), TEXT, current.map((a) => a.id))]);
    assert.equal(ok, true, 'store.update wrote the sidecar');
  }

  it('writes each annotator\'s sidecar to annotators/NAME/ and reads the other\'s when the setting changes', async () => {
    const article = vscode.Uri.joinPath(folder, 'two.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TEXT));
    const shared = article.with({ path: `${article.path}.ann.json` });
    const alice = vscode.Uri.joinPath(folder, 'annotators', 'alice', 'two.txt.ann.json');
    const bob = vscode.Uri.joinPath(folder, 'annotators', 'bob', 'two.txt.ann.json');

    await config().update('annotator', 'alice', vscode.ConfigurationTarget.Global);
    assert.equal(store.sidecarUri(article).toString(), alice.toString());
    await store.load(article);
    await tagPark(article, '新余高新区');
    assert.ok(await exists(alice));
    const parsed = parseSidecar(await readText(alice));
    assert.ok(parsed.ok && parsed.sidecar.article === 'two.txt' && parsed.sidecar.annotations.length === 1);
    assert.equal(await exists(shared), false, 'the single-annotator sidecar is not written');
    const aliceContent = await readText(alice);

    await config().update('annotator', 'bob', vscode.ConfigurationTarget.Global);
    assert.equal(store.sidecarUri(article).toString(), bob.toString());
    await waitFor(() => store.get(article).annotations.length === 0, 'bob\'s (empty) version read');
    await tagPark(article, '新余高新');
    assert.equal((await readText(alice)), aliceContent, 'alice\'s file untouched');
    const bobs = parseSidecar(await readText(bob));
    assert.ok(bobs.ok && bobs.sidecar.annotations.length === 1 && bobs.sidecar.annotations[0].text === '新余高新');

    assert.equal(store.articleOf(alice)?.toString(), article.toString(), 'an annotator\'s sidecar belongs to the article two folders up');

    await config().update('annotator', undefined, vscode.ConfigurationTarget.Global);
    assert.equal(store.sidecarUri(article).toString(), shared.toString(), 'empty: the usual sidecar beside the article');
    assert.equal(store.articleOf(bob)?.toString(), article.toString());
  });

  it('puts annotators/NAME/ under investNews.sidecarFolder, mirroring the article path', async () => {
    const article = vscode.Uri.joinPath(folder, 'mirrored.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(TEXT));
    await config().update('sidecarFolder', 'annotations', vscode.ConfigurationTarget.Workspace);
    await config().update('annotator', 'li.wei', vscode.ConfigurationTarget.Global);
    const expected = vscode.Uri.joinPath(workspaceRoot(), 'annotations', 'annotator-tests', 'annotators', 'li.wei', 'mirrored.txt.ann.json');
    assert.equal(store.sidecarUri(article).toString(), expected.toString());
    await store.load(article);
    await tagPark(article, '新余高新区');
    assert.ok(await exists(expected));
    assert.equal(store.articleOf(expected)?.toString(), article.toString());
  });
});
