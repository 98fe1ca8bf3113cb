// The summary panel's agreement section in a real VS Code: with two annotators' files for the
// open article the panel is sent per-pair figures (and for the corpus); with one annotator's, a
// message without pairs, which hides the section.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { createAnnotation } from '../../src/core/review/review';
import { serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { InvestNewsApi } from '../../src/extension';
import type { AgreementMessage } from '../../src/webview/agreementProtocol';
import type { HostMessage } from '../../src/webview/protocol';
import { HostMessageSchema } from '../../src/webview/protocol';
import { extensionUnderTest, workspaceRoot } from './extensionUnderTest';
import { takeScreenshot } from './screenshot';

const TEXT = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。';

function park(fragment: string): Annotation {
  const start = TEXT.indexOf(fragment);
  return createAnnotation({ label: 'PARK', start, end: start + fragment.length, text: fragment }, 'accepted', 'x', new Date('2026-12-01T00:00:00Z'), TEXT, []);
}

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function sidecar(article: string, annotations: Annotation[]): string {
  return serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article, sha256: hashText(TEXT), annotations, links: [] });
}

async function agreementPosted(api: InvestNewsApi, predicate: (m: AgreementMessage) => boolean, what: string, start: () => Thenable<unknown>): Promise<AgreementMessage> {
  const isWanted = (m: HostMessage): m is AgreementMessage => m.type === 'agreement' && predicate(m);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 60_000);
  });
  const waiting = api.summary.whenPosted(isWanted);
  await start();
  try {
    return (await Promise.race([waiting, timeout])) as AgreementMessage;
  } finally {
    clearTimeout(timer);
  }
}

describe('summary panel agreement between annotators', function () {
  this.timeout(120_000);
  let api: InvestNewsApi;
  let folder: vscode.Uri;

  before(async () => {
    api = (await extensionUnderTest().activate()) as InvestNewsApi;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'panel-agreement-tests');
    await write(vscode.Uri.joinPath(folder, 'two.txt'), TEXT);
    await write(vscode.Uri.joinPath(folder, 'one.txt'), TEXT);
    await write(vscode.Uri.joinPath(folder, 'annotators', 'alice', 'two.txt.ann.json'), sidecar('two.txt', [park('新余高新区')]));
    await write(vscode.Uri.joinPath(folder, 'annotators', 'bob', 'two.txt.ann.json'), sidecar('two.txt', [park('新余高新')]));
    await write(vscode.Uri.joinPath(folder, 'annotators', 'alice', 'one.txt.ann.json'), sidecar('one.txt', [park('新余高新区')]));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    // The corpus scope started a scan of these articles: wait for it (a request during a scan
    // joins it), then scan again without them, so later tests of the corpus totals do not see them.
    await api.summary.receive({ type: 'requestScan' });
    await api.summary.receive({ type: 'requestScan' });
    await api.summary.receive({ type: 'setScope', scope: 'article' });
  });

  it('shows per-label agreement for an article two annotators annotated, and none for an article of one', async () => {
    const two = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'two.txt'));
    const withPairs = await agreementPosted(api, (m) => m.scope === 'article' && m.pairs.length > 0, 'the article\'s agreement', async () => {
      await vscode.window.showTextDocument(two, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('investNews.showSummary');
    });
    assert.ok(HostMessageSchema.safeParse(withPairs).success);
    assert.deepEqual(withPairs.annotators, ['alice', 'bob']);
    const parkRow = withPairs.pairs[0].labels.find((l) => l.label === 'PARK');
    assert.deepEqual(parkRow, { label: 'PARK', aSpans: 1, bSpans: 1, exactF1: 0, overlapF1: 1 });
    const shot = await takeScreenshot('summary-agreement');
    if (shot) console.log(`screenshot: ${shot}`);

    const one = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'one.txt'));
    const single = await agreementPosted(api, (m) => m.scope === 'article', 'the single annotator\'s article', () => vscode.window.showTextDocument(one, vscode.ViewColumn.One));
    assert.deepEqual(single.pairs, [], 'one annotator: no pairs, the section is hidden');
    assert.deepEqual(single.annotators, ['alice']);
  });

  it('shows the corpus agreement over the articles both annotated', async () => {
    const corpus = await agreementPosted(api, (m) => m.scope === 'corpus', 'the corpus agreement', () => api.summary.receive({ type: 'setScope', scope: 'corpus' }));
    assert.equal(corpus.pairs.length, 1);
    assert.equal(corpus.pairs[0].articles, 1, 'only two.txt has both annotators\' files');
  });

  it('reads again when an annotator\'s file changes on disk (a pull, a colleague\'s save)', async () => {
    const bobs = vscode.Uri.joinPath(folder, 'annotators', 'bob', 'two.txt.ann.json');
    const exactPark = (m: AgreementMessage) => m.pairs[0]?.labels.find((l) => l.label === 'PARK')?.exactF1 === 1;
    const agreed = await agreementPosted(api, (m) => m.scope === 'corpus' && exactPark(m), 'the corpus agreement after bob\'s change', () => write(bobs, sidecar('two.txt', [park('新余高新区')])));
    assert.equal(agreed.pairs[0].articles, 1);
  });
});
