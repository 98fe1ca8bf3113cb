// The summary panel in a real VS Code: the totals it posts equal the engine's, a row click (the
// webview's `reveal`) selects the span, the corpus scope sums every covered file, and a hostile
// article reaches the panel only as data under a CSP without inline script.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { decodeArticle } from '../../src/core/decode';
import { recognize } from '../../src/core/recognition/recognize';
import { mergeReview } from '../../src/core/review/review';
import { setLink } from '../../src/core/links/linkEdits';
import { suggestLinks } from '../../src/core/links/links';
import { createAnnotation } from '../../src/core/review/review';
import { computeTotals, linkedTotalsArticle } from '../../src/core/totals/totals';
import type { TotalsArticle } from '../../src/core/totals/totalsData';
import type { InvestNewsApi } from '../../src/extension';
import type { HostMessage, SummaryMessage } from '../../src/webview/protocol';
import { HostMessageSchema } from '../../src/webview/protocol';
import { extensionUnderTest, sampleArticles, workspaceRoot } from './extensionUnderTest';
import { takeScreenshot } from './screenshot';

const HOSTILE_IMG = '<img src=x onerror=alert(1)>';
const HOSTILE_SCRIPT = '</script>';

function isSummary(scope: 'article' | 'corpus', title?: string) {
  return (m: HostMessage): m is SummaryMessage => m.type === 'summary' && m.scope === scope && m.totals !== null && (title === undefined || m.title === title);
}

/** Waits for a posted message, failing with `what` instead of hanging the suite. */
async function posted<T extends HostMessage>(api: InvestNewsApi, predicate: (m: HostMessage) => m is T, what: string, timeoutMs = 30_000): Promise<T> {
  const last = api.summary.lastPosted('summary');
  if (last && predicate(last)) return last;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
  });
  try {
    return (await Promise.race([api.summary.whenPosted(predicate), timeout])) as T;
  } finally {
    clearTimeout(timer);
  }
}

/** What the engine says about an article: its recognised spans merged with its stored annotations. */
async function engineArticle(api: InvestNewsApi, uri: vscode.Uri): Promise<TotalsArticle> {
  const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
  assert.ok(decoded.ok, `${uri.fsPath} decodes`);
  const { annotations, links } = await api.store.load(uri);
  const suggestions = recognize(decoded.text);
  const linked = { items: mergeReview(suggestions, annotations), suggestions, links, suggestedLinks: suggestLinks(decoded.text, suggestions) };
  return linkedTotalsArticle(vscode.workspace.asRelativePath(uri), decoded.text, linked);
}

describe('summary panel', function () {
  this.timeout(90_000);
  let api: InvestNewsApi;

  before(async () => {
    api = (await extensionUnderTest().activate()) as InvestNewsApi;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('posts the engine\'s totals of the active article, and every message fits the protocol', async () => {
    const [article] = await sampleArticles();
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const title = vscode.workspace.asRelativePath(article);
    const waiting = posted(api, isSummary('article', title), 'the article summary');
    await vscode.commands.executeCommand('investNews.showSummary');
    const summary = await waiting;

    const expected = computeTotals([await engineArticle(api, article)]);
    assert.deepEqual(summary.totals, expected);
    assert.ok(expected.amounts.length > 0, 'the sample article has amounts to sum');
    assert.equal(summary.rows.length, expected.review.MONEY.accepted + expected.review.MONEY.suggested + expected.review.MONEY.rejected +
      (['PARK', 'PROJECT', 'COMPANY'] as const).reduce((n, l) => n + expected.review[l].accepted + expected.review[l].suggested + expected.review[l].rejected, 0));
    // The webview answered `ready` with `init`: the handshake ran in the real webview.
    const init = api.summary.lastPosted('init');
    assert.ok(init, 'init was posted after the webview said ready');
    for (const message of [init, summary]) assert.ok(HostMessageSchema.safeParse(message).success);
    const shot = await takeScreenshot('summary-panel');
    if (shot) console.log(`screenshot: ${shot}`);
  });

  it('reveals a row\'s span in the editor, and refuses files it never showed', async () => {
    const summary = api.summary.lastPosted('summary') as SummaryMessage;
    const row = summary.rows.filter((r) => r.label === 'MONEY').at(-1) ?? summary.rows[0];
    assert.ok(row, 'the table has rows');
    // Another article in front first, so the reveal has to switch editors.
    const [, other] = await sampleArticles();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other), vscode.ViewColumn.One);

    await api.summary.receive({ type: 'reveal', file: row.file, start: row.start, end: row.end });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), row.file);
    assert.equal(editor.document.offsetAt(editor.selection.start), row.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), row.end);
    assert.equal(editor.document.getText(editor.selection), row.text);

    const outside = vscode.Uri.joinPath(workspaceRoot(), '..', 'outside.txt').toString();
    await api.summary.receive({ type: 'reveal', file: outside, start: 0, end: 1 });
    await api.summary.receive({ type: 'reveal', file: row.file, start: 5, end: 1 });
    await api.summary.receive({ type: 'openFile', path: '/etc/passwd' });
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), row.file, 'invalid or foreign reveals change nothing');
    assert.equal(vscode.window.activeTextEditor?.document.offsetAt(vscode.window.activeTextEditor.selection.start), row.start);
  });

  it('sums the corpus in the worker exactly as the engine does, file by file', async () => {
    const waiting = posted(api, isSummary('corpus'), 'the corpus summary', 60_000);
    await api.summary.receive({ type: 'setScope', scope: 'corpus' });
    await waiting;
    // The corpus shown first may be a scan from before the articles that earlier tests added and
    // deleted (its rescan follows the disk a moment later): finish any scan under way, then
    // compare a scan of the files on disk now.
    await api.summary.receive({ type: 'requestScan' });
    const rescanned = posted(api, isSummary('corpus'), 'the corpus summary of a rescan', 60_000);
    await api.summary.receive({ type: 'requestScan' });
    const summary = await rescanned;

    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.txt'));
    const articles = await Promise.all(uris.map((uri) => engineArticle(api, uri)));
    articles.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    assert.ok(articles.length >= 4, 'the fixture workspace holds several articles');
    assert.deepEqual(summary.totals, computeTotals(articles));
    assert.ok(summary.rows.some((r) => r.path === 'hostile.txt' && r.status === 'accepted'), 'sidecar annotations are part of the corpus');
    assert.ok(summary.rows.some((r) => r.status === 'suggested'), 'unreviewed suggestions are part of the corpus');
    await api.summary.receive({ type: 'setScope', scope: 'article' });
  });

  it('follows articles added and deleted on disk once the corpus is shown', async () => {
    await api.summary.receive({ type: 'setScope', scope: 'corpus' });
    await posted(api, isSummary('corpus'), 'the corpus summary', 60_000);
    const added = vscode.Uri.joinPath(workspaceRoot(), 'added-on-disk.txt');
    const listed = (m: HostMessage) => m.type === 'summary' && m.scope === 'corpus' && (m.totals?.files.some((f) => f.file === 'added-on-disk.txt') ?? false);
    try {
      // As a copy, `git pull` or a script would: behind VS Code's back.
      const appearing = api.summary.whenPosted((m): m is SummaryMessage => listed(m));
      fs.writeFileSync(added.fsPath, '据悉，总投资12亿元的青檀新材料项目落户本区。\n');
      await appearing;
      const gone = api.summary.whenPosted((m): m is SummaryMessage => m.type === 'summary' && m.scope === 'corpus' && !listed(m));
      fs.unlinkSync(added.fsPath);
      await gone;
    } finally {
      if (fs.existsSync(added.fsPath)) fs.unlinkSync(added.fsPath);
      await api.summary.receive({ type: 'setScope', scope: 'article' });
    }
  });

  it('moves the per-park total at once when a link changes', async () => {
    const text = '翠屏高新区举行会议。\n据报道，蓝湾电子有限公司投资7亿元建设蓝湾显示项目。\n另悉，青松经开区举行会议。';
    const article = vscode.Uri.joinPath(workspaceRoot(), 'summary-link-test.txt');
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(text));
    try {
      const document = await vscode.workspace.openTextDocument(article);
      await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      await api.store.load(article);
      await api.summary.receive({ type: 'setScope', scope: 'article' });
      const title = vscode.workspace.asRelativePath(article);
      const parkTotal = (m: SummaryMessage, name: string) => m.totals?.parks.find((p) => p.name === name)?.amounts.find((a) => a.role === 'investment')?.all.itemised ?? 0;
      const before = await posted(api, isSummary('article', title), 'the new article’s summary');
      assert.equal(parkTotal(before, '青松经开区'), 0, 'nothing ties the amount to the park of the last paragraph');
      const recordOf = (m: SummaryMessage) => m.records.find((r) => r.text === '7亿元');
      assert.notEqual(recordOf(before)?.park?.text, '青松经开区', 'nor does its record');

      const ids: string[] = [];
      const tag = (label: 'MONEY' | 'PARK', fragment: string) => {
        const start = text.indexOf(fragment);
        const money = label === 'MONEY' ? { value: 7e8, currency: 'CNY', role: 'investment' as const, scope: 'item' as const } : {};
        const a = createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...money }, 'accepted', 'integration-test', new Date(), text, ids);
        ids.push(a.id);
        return a;
      };
      const [money, park] = [tag('MONEY', '7亿元'), tag('PARK', '青松经开区')];
      const moved = posted(api, (m): m is SummaryMessage => isSummary('article', title)(m) && parkTotal(m, '青松经开区') === 7e8, 'the per-park total to move');
      const written = await api.store.updateLinked(article, (current) => setLink({ annotations: [...current.annotations, money, park], links: current.links }, { kind: 'park', from: money.id, to: park.id }, 'accepted', { author: 'integration-test', now: new Date() }));
      assert.equal(written, true);
      const after = await moved;
      assert.equal(after.totals?.parks.find((p) => p.name === '青松经开区')?.suggestedCount, 0, 'an accepted link');
      assert.equal(parkTotal(after, '翠屏高新区') + parkTotal(after, ''), parkTotal(before, '翠屏高新区') + parkTotal(before, '') - 7e8, 'the amount left the row it was in');
      assert.deepEqual(recordOf(after)?.park, { text: '青松经开区', status: 'accepted' }, 'the records table moves with the totals');
      assert.equal(recordOf(after)?.sources[0].file, article.toString(), 'the record reveals its amount in this article');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(article);
      await vscode.workspace.fs.delete(api.store.sidecarUri(article)).then(undefined, () => undefined);
    }
  });

  it('posts a hostile article as plain data, under a CSP without inline script', async () => {
    const hostile = vscode.Uri.joinPath(workspaceRoot(), 'hostile.txt');
    const waiting = posted(api, isSummary('article', 'hostile.txt'), 'the hostile article summary');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(hostile), vscode.ViewColumn.One);
    const summary = await waiting;

    assert.ok(summary.rows.some((r) => r.text.includes(HOSTILE_IMG)), 'the <img> text is posted as it is');
    assert.ok(summary.rows.some((r) => r.text.includes(HOSTILE_SCRIPT)), 'the </script> text is posted as it is');
    // The hostile park is the fixture's own (accepted) span, which no link names: it reaches the
    // panel as a table row, and the amounts are summed in the unlinked row, not guessed into it.
    assert.ok(summary.rows.some((r) => r.label === 'PARK' && r.text.includes(HOSTILE_IMG)), 'the hostile park is posted as it is');
    assert.deepEqual(summary.totals?.parks.map((p) => p.name), ['']);

    const html = api.summary.html();
    assert.ok(html, 'the panel is open');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-[A-Za-z0-9+/=]{16,}'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.doesNotMatch(csp, /(script|style|img|font|connect)-src[^;]*\s(\*|https?:)(\s|;|$)/, 'no wildcard sources');
    assert.ok(!html.includes('onerror') && !html.includes('alert('), 'no article text is ever part of the HTML');
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'one script: the nonce\'d bundle');
    const shot = await takeScreenshot('summary-panel-hostile');
    if (shot) console.log(`screenshot: ${shot}`);
  });
});
