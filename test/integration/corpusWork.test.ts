// Corpus work in a real VS Code: tag every occurrence across the workspace's articles (every
// sidecar written, one undo takes the batch back), and a consistency finding in the Problems
// panel whose quick fix clears it.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';
import { CommandId } from '../../src/editor/ids';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';

let api: InvestNewsApi;
let folder: vscode.Uri;

async function writeArticle(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** The accepted annotations of the sidecar on disk (none when there is no sidecar). */
async function acceptedOnDisk(article: vscode.Uri): Promise<Annotation[]> {
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(api.store.sidecarUri(article)));
  } catch {
    return [];
  }
  const parsed = parseSidecar(text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return parsed.sidecar.annotations.filter((a) => a.status === 'accepted');
}

async function accept(article: vscode.Uri, text: string, fragment: string, label: Label): Promise<void> {
  const start = text.indexOf(fragment);
  const ok = await api.store.update(article, (current) => [
    ...current,
    createAnnotation({ label, start, end: start + fragment.length, text: fragment }, 'accepted', 'integration-test', new Date(), text, current.map((a) => a.id)),
  ]);
  assert.equal(ok, true);
}

/** Runs a command that shows quick picks, accepting each (every item ticked) as Enter would. */
async function runAccepting<T>(command: string, ...args: unknown[]): Promise<T> {
  let settled = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => (settled = true));
  await waitFor(async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return settled;
  }, 'the quick picks to be answered', 20_000);
  return result;
}

describe('corpus work', () => {
  before(async () => {
    api = (await extensionUnderTest().activate()) as InvestNewsApi;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'corpus-tests');
    await vscode.workspace.fs.createDirectory(folder);
  });

  // The suites after this one find the workspace as it was: no articles of ours, no findings in Problems.
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    assert.equal(await vscode.commands.executeCommand(CommandId.checkConsistency, folder), 0);
  });

  it('tags every occurrence in the corpus, writing every sidecar, and one undo reverts them all', async () => {
    const name = '琥珀湾智造园';
    const texts = [`${name}今年招商引资再创佳绩。`, `外资企业落户${name}。\n${name}二期开工。`, `标题\n来到${name}参观。`];
    const articles = await Promise.all(texts.map((t, i) => writeArticle(`occ-${i}.txt`, t)));
    await accept(articles[0], texts[0], name, 'PARK');
    const document = await vscode.workspace.openTextDocument(articles[0]);
    await vscode.window.showTextDocument(document);
    await waitFor(() => api.analysis.get(document).items.some((i) => i.text === name && i.status === 'accepted'), 'the accepted park to be an item');

    const target = { uri: articles[0].toString(), start: 0, end: name.length, label: 'PARK' };
    const count = await runAccepting<number>(CommandId.tagAllOccurrences, target, 'corpus');
    assert.equal(count, 3, 'two occurrences in the second article, one in the third');
    const second = await acceptedOnDisk(articles[1]);
    assert.deepEqual(second.filter((a) => a.text === name && a.label === 'PARK').map((a) => a.start), [6, texts[1].lastIndexOf(name)]);
    assert.deepEqual((await acceptedOnDisk(articles[2])).map((a) => [a.text, a.label, a.start]), [[name, 'PARK', texts[2].indexOf(name)]]);

    assert.equal(await vscode.commands.executeCommand(CommandId.undoOccurrenceBatch), 2, 'both articles written back');
    assert.equal((await acceptedOnDisk(articles[1])).length, 0);
    assert.equal((await acceptedOnDisk(articles[2])).length, 0);
    assert.equal((await acceptedOnDisk(articles[0])).length, 1, 'the span it started from stays');
  });

  it('shows a string labelled two ways in the Problems panel, and its quick fix clears it', async () => {
    const name = '玳瑁山集团';
    const texts = [`${name}签约落户。`, `${name}再次签约。`, `标题\n${name}项目开工。`];
    const articles = await Promise.all(texts.map((t, i) => writeArticle(`mixed-${i}.txt`, t)));
    await accept(articles[0], texts[0], name, 'COMPANY');
    await accept(articles[1], texts[1], name, 'COMPANY');
    await accept(articles[2], texts[2], name, 'PARK');

    // This suite's folder only: the workspace's other articles belong to other suites.
    await vscode.commands.executeCommand(CommandId.checkConsistency, folder);
    const ours = () => vscode.languages.getDiagnostics(articles[2]).filter((d) => d.source === 'invest-news' && d.message.includes(name));
    assert.equal(ours().length, 1, 'one finding on the minority label');
    assert.equal(ours()[0].range.start.line, 1);
    assert.match(ours()[0].message, /corpus-tests\/mixed-0\.txt, corpus-tests\/mixed-1\.txt/, 'the files with the other label, as the workspace names them');
    assert.equal(vscode.languages.getDiagnostics(articles[0]).filter((d) => d.message.includes(name)).length, 0);

    const document = await vscode.workspace.openTextDocument(articles[2]);
    await vscode.window.showTextDocument(document);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', articles[2], ours()[0].range);
    const fix = actions.find((a) => a.title.includes(name) && a.title.includes('COMPANY'));
    assert.ok(fix?.command, `a relabel quick fix among ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));

    assert.deepEqual((await acceptedOnDisk(articles[2])).map((a) => a.label), ['COMPANY']);
    await waitFor(() => ours().length === 0, 'the finding to clear');
  });
});
