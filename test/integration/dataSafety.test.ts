// Data safety in the editor: a sidecar rewrite keeps the fields this version does not know, an
// article with a long Chinese name gets its sidecar, and an export never replaces an annotated
// article in the folder it writes to (the placement rule the command line follows too).
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import * as vscode from 'vscode';
import { createAnnotation } from '../../src/core/review/review';
import { serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { AnnotationStore } from '../../src/editor/annotationStore';
import type { ImportCommandResult } from '../../src/editor/commands/importAnnotations';
import { CommandId } from '../../src/editor/ids';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, workspaceRoot } from './extensionUnderTest';

const TEXT = '新余高新区一季度签约项目17个，合同资金达65.1亿元。\n';
const NOW = new Date('2024-06-01T08:00:00Z');

const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
const annotation = (fragment: string, label: 'PARK' | 'MONEY', ids: string[] = []) => {
  const start = TEXT.indexOf(fragment);
  return createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'tester', NOW, TEXT, ids);
};

describe('data safety in the editor', () => {
  let store: AnnotationStore;
  let folder: vscode.Uri;

  before(async () => {
    store = ((await extensionUnderTest().activate()) as InvestNewsApi).store;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'data-safety-tests');
    await vscode.workspace.fs.createDirectory(folder);
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('keeps unknown top-level and per-annotation sidecar fields through an edit', async () => {
    const article = vscode.Uri.joinPath(folder, 'unknown-fields.txt');
    await write(article, TEXT);
    const park = { ...annotation('新余高新区', 'PARK'), reviewer_note: 'checked twice' };
    await write(store.sidecarUri(article), serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'unknown-fields.txt', sha256: hashText(TEXT), annotations: [park], project: { name: 'q1' } } as never));
    await store.load(article);
    assert.equal(await store.update(article, (current) => [...current, annotation('65.1亿元', 'MONEY', current.map((a) => a.id))]), true);
    const written = JSON.parse(await read(store.sidecarUri(article))) as { project?: unknown; annotations: { text: string; reviewer_note?: string }[] };
    assert.equal(written.annotations.length, 2);
    assert.deepEqual(written.project, { name: 'q1' });
    assert.equal(written.annotations.find((a) => a.text === '新余高新区')?.reviewer_note, 'checked twice');
  });

  it('writes the sidecar of an article with a 78-character Chinese name', async () => {
    const article = vscode.Uri.joinPath(folder, `${'招商引资项目签约'.repeat(10).slice(0, 78)}.txt`);
    await write(article, TEXT);
    assert.equal(await store.update(article, (current) => [...current, annotation('65.1亿元', 'MONEY')]), true);
    assert.match(await read(store.sidecarUri(article)), /65\.1亿元/);
  });

  it('refuses a brat export into a folder holding an annotated article of the same name', async () => {
    const article = vscode.Uri.joinPath(folder, 'corpus', 'x.txt');
    await write(article, TEXT);
    await write(store.sidecarUri(article), serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'x.txt', sha256: hashText(TEXT), annotations: [annotation('65.1亿元', 'MONEY')] }));
    const out = vscode.Uri.joinPath(folder, 'other');
    const other = vscode.Uri.joinPath(out, 'x.txt');
    await write(other, 'another article');
    await write(vscode.Uri.joinPath(out, 'x.txt.ann.json'), serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'x.txt', sha256: hashText('another article'), annotations: [] }));
    const result = await vscode.commands.executeCommand(CommandId.export, { articles: [article], format: 'brat', includeSuggestions: false, destination: out });
    assert.equal(result, undefined, 'the export is refused');
    assert.equal(await read(other), 'another article');
    assert.deepEqual((await vscode.workspace.fs.readDirectory(out)).map(([name]) => name).sort(), ['x.txt', 'x.txt.ann.json']);
  });

  it('leaves no half brat export when one file cannot be written', async () => {
    const articles = ['a/x.txt', 'sub/y.txt'].map((name) => vscode.Uri.joinPath(folder, 'halfway', name));
    for (const article of articles) {
      await write(article, TEXT);
      await write(store.sidecarUri(article), serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: article.path.split('/').pop() as string, sha256: hashText(TEXT), annotations: [annotation('65.1亿元', 'MONEY')] }));
    }
    // Outside the workspace: inside it, a brat export is refused before any write is tried.
    const out = vscode.Uri.joinPath(workspaceRoot(), '..', 'invest-news-exports', 'halfway-out');
    await write(vscode.Uri.joinPath(out, 'sub'), 'a file where the export needs a folder');
    const result = await vscode.commands.executeCommand(CommandId.export, { articles, format: 'brat', includeSuggestions: false, destination: out });
    assert.equal(result, undefined, 'the export failed');
    assert.deepEqual((await vscode.workspace.fs.readDirectory(out)).map(([name]) => name), ['sub'], 'annotation.conf and a/x.* were not left behind');
    await vscode.workspace.fs.delete(out, { recursive: true, useTrash: false });
  });
  it('writes an import all or nothing: when one sidecar is refused, the articles already written are restored', async () => {
    const [first, second] = ['import-all/p.txt', 'import-all/q.txt'].map((name) => vscode.Uri.joinPath(folder, name));
    for (const article of [first, second]) await write(article, TEXT);
    const start = TEXT.indexOf('65.1亿元');
    const input = vscode.Uri.joinPath(folder, 'import-all.jsonl');
    const line = (article: vscode.Uri) => JSON.stringify({ file: vscode.workspace.asRelativePath(article, false), text: TEXT, annotations: [{ label: 'MONEY', start, end: start + '65.1亿元'.length }] });
    await write(input, `${line(first)}\n${line(second)}\n`);
    // Once the first article's annotations are written, another program puts a folder where the
    // second one's sidecar goes: the store refuses to write that article.
    const blocker = store.onDidChange((uri) => {
      if (uri.toString() !== first.toString() || store.get(first).annotations.length === 0) return;
      blocker.dispose();
      mkdirSync(store.sidecarUri(second).fsPath);
    });
    try {
      const result = await vscode.commands.executeCommand<ImportCommandResult>(CommandId.import, { format: 'jsonl', source: input, apply: true });
      assert.equal(result?.written, 0, 'nothing counts as imported');
    } finally {
      blocker.dispose();
    }
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(store.sidecarUri(first))), 'the sidecar the import created for the first article is gone again');
    assert.equal(store.get(first).annotations.length, 0, 'the first article shows no imported annotation');
    assert.equal((await vscode.workspace.fs.stat(store.sidecarUri(second))).type, vscode.FileType.Directory, 'the other program\'s folder is untouched');
  });
});
