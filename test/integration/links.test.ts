// Links of amounts in a real VS Code: a link made through the quick fix's pick lands in the
// sidecar (its ends accepted with it), shows in the hover and the cursor highlights; an outside
// edit that re-anchors the spans keeps the links; removing the linked span drops the link; a
// version 1 sidecar is read as it is and rewritten (as version 2) only when something changes.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { setLink } from '../../src/core/links/linkEdits';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation, Sidecar } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';
import { readText, writeText } from './workspaceFiles';

const ARTICLE_TEXT = [
  '松林经济开发区今年新签项目。',
  '海岳重工有限公司与园区签约，投资6亿元建设海岳重工装备项目，同时扩建岚山仓储物流项目。',
].join('\n');

let investNews: InvestNewsApi;
let folder: vscode.Uri;
let counter = 0;

async function sidecarOnDisk(article: vscode.Uri): Promise<Sidecar> {
  const parsed = parseSidecar(await readText(investNews.store.sidecarUri(article)));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return parsed.sidecar;
}

function byId(sidecar: Sidecar, id: string): Annotation | undefined {
  return sidecar.annotations.find((a) => a.id === id);
}

async function newArticle(text = ARTICLE_TEXT): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, `linked-${++counter}.txt`);
  await writeText(uri, text);
  return uri;
}

async function openArticle(article: vscode.Uri): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(article);
  const editor = await vscode.window.showTextDocument(document);
  await investNews.store.load(article);
  return { document, editor };
}

function spanOf(text: string, fragment: string): { start: number; end: number } {
  const start = text.indexOf(fragment);
  assert.ok(start >= 0, `the article holds ${fragment}`);
  return { start, end: start + fragment.length };
}

/**
 * Runs a command that shows a quick pick and takes its first (highlighted) entry, as a user
 * pressing Enter would: the pick is accepted as soon as it is open.
 */
async function runPickingFirst<T>(command: vscode.Command): Promise<T> {
  let settled = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T>(command.command, ...(command.arguments ?? []))).finally(() => {
    settled = true;
  });
  await waitFor(async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return settled;
  }, 'the quick pick to be answered');
  return result;
}

/** Makes the project link of the article's amount through the quick fix; returns the written sidecar. */
async function linkProjectByQuickFix(article: vscode.Uri, document: vscode.TextDocument): Promise<Sidecar> {
  const money = spanOf(ARTICLE_TEXT, '6亿元');
  await waitFor(() => investNews.analysis.get(document).items.some((i) => i.label === 'MONEY' && i.start === money.start), 'the amount to be recognised');
  const at = new vscode.Range(document.positionAt(money.start + 1), document.positionAt(money.start + 1));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, at);
  const linkToProject = actions.find((a) => a.command?.command === 'investNews.linkAmount' && a.command.arguments?.[1] === 'project');
  assert.ok(linkToProject?.command, `“Link to project…” offered among ${actions.map((a) => a.title).join(' | ')}`);
  for (const kind of ['company', 'park']) {
    assert.ok(actions.some((a) => a.command?.command === 'investNews.linkAmount' && a.command.arguments?.[1] === kind), `link to ${kind} offered`);
  }
  assert.equal(await runPickingFirst<boolean>(linkToProject.command), true);
  return sidecarOnDisk(article);
}

/** After one more change (a park tagged), the sidecar holds the new text's places and the same links. */
async function assertLinksWrittenAfterChange(article: vscode.Uri, text: string, before: Sidecar): Promise<void> {
  const park = spanOf(text, '松林经济开发区');
  const ok = await investNews.store.update(article, (current) => [...current, createAnnotation({ label: 'PARK', ...park, text: '松林经济开发区' }, 'accepted', 'integration-test', new Date(), text, current.map((a) => a.id))]);
  assert.equal(ok, true);
  const after = await sidecarOnDisk(article);
  assert.equal(after.sha256, hashText(text));
  assert.deepEqual(after.links, before.links);
  for (const link of after.links ?? []) {
    const from = byId(after, link.from);
    const to = byId(after, link.to);
    assert.ok(from && to);
    assert.equal(text.slice(from.start, from.end), from.text);
    assert.equal(text.slice(to.start, to.end), '海岳重工装备项目');
  }
}

describe('links of amounts', () => {
  before(async function () {
    this.timeout(120_000);
    investNews = (await extensionUnderTest().activate()) as InvestNewsApi;
    folder = vscode.Uri.joinPath(workspaceRoot(), 'link-tests');
    await vscode.workspace.fs.createDirectory(folder);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('a link made by quick fix lands in the sidecar, with its spans accepted, and shows in the hover and highlights', async () => {
    const article = await newArticle();
    const { document, editor } = await openArticle(article);
    const sidecar = await linkProjectByQuickFix(article, document);

    assert.equal(sidecar.version, 2);
    assert.equal(sidecar.links?.length, 1);
    const [link] = sidecar.links ?? [];
    assert.equal(link.kind, 'project');
    assert.equal(link.status, 'accepted');
    assert.equal(byId(sidecar, link.from)?.text, '6亿元');
    assert.equal(byId(sidecar, link.from)?.status, 'accepted', 'the suggested amount is accepted with the link');
    assert.equal(byId(sidecar, link.to)?.text, '海岳重工装备项目', 'the nearest project comes first in the pick');
    assert.equal(byId(sidecar, link.to)?.label, 'PROJECT');

    const money = spanOf(ARTICLE_TEXT, '6亿元');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article, document.positionAt(money.start + 1));
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hover, /海岳重工装备项目/);
    assert.match(hover, /command:investNews\.removeLink\?/);
    assert.match(hover, /command:investNews\.linkAmount\?/);

    editor.selection = new vscode.Selection(document.positionAt(money.start + 1), document.positionAt(money.start + 1));
    await waitFor(() => investNews.linkHighlights.marked(editor).some((m) => m.text === '海岳重工装备项目' && m.status === 'accepted'), 'the linked project to be marked');
    const project = spanOf(ARTICLE_TEXT, '海岳重工装备项目');
    editor.selection = new vscode.Selection(document.positionAt(project.start + 1), document.positionAt(project.start + 1));
    await waitFor(() => investNews.linkHighlights.marked(editor).some((m) => m.text === '6亿元'), 'the project\'s amount to be marked');
  });

  it('an outside edit that re-anchors the spans keeps their links (article open)', async () => {
    const article = await newArticle();
    const { document } = await openArticle(article);
    const before = await linkProjectByQuickFix(article, document);
    const [link] = before.links ?? [];

    // Another tool rewrites the open article on disk: VS Code reloads it, the spans move with it.
    const changed = `【快讯】𠀀\n${ARTICLE_TEXT.replace('同时', '并且同时')}`;
    await writeText(article, changed);
    await waitFor(() => document.getText() === changed, 'VS Code to reload the article');
    const placed = (id: string) => investNews.store.get(article).annotations.find((a) => a.id === id)?.start;
    await waitFor(() => placed(link.from) === spanOf(changed, '6亿元').start && placed(link.to) === spanOf(changed, '海岳重工装备项目').start, 'both ends to move');
    assert.deepEqual(investNews.store.get(article).links, before.links, 'the links are kept as they were');
    await waitFor(() => investNews.analysis.get(document).items.some((i) => i.annotation?.id === link.from), 'the analysis to follow');

    // The next change writes the new places and the same links.
    await assertLinksWrittenAfterChange(article, changed, before);
  });

  it('an outside edit that re-anchors the spans keeps their links (article closed)', async () => {
    const article = await newArticle();
    const ids: string[] = [];
    const tagged = (['6亿元', '海岳重工装备项目'] as const).map((fragment, i) => {
      const a = createAnnotation({ label: i === 0 ? 'MONEY' : 'PROJECT', ...spanOf(ARTICLE_TEXT, fragment), text: fragment, ...(i === 0 ? { value: 6e8, currency: 'CNY', role: 'investment' as const, scope: 'item' as const } : {}) }, 'accepted', 'integration-test', new Date(), ARTICLE_TEXT, ids);
      ids.push(a.id);
      return a;
    });
    const written = await investNews.store.updateLinked(article, (current) => setLink({ annotations: [...current.annotations, ...tagged], links: current.links }, { kind: 'project', from: tagged[0].id, to: tagged[1].id }, 'accepted', { author: 'integration-test', now: new Date() }));
    assert.equal(written, true);
    const before = await sidecarOnDisk(article);

    const changed = `【快讯】𠀀\n${ARTICLE_TEXT.replace('同时', '并且同时')}`;
    await writeText(article, changed);
    const loaded = await investNews.store.load(article);
    assert.deepEqual(loaded.links, before.links, 'the links are kept as they were');
    assert.deepEqual(loaded.annotations.map((a) => [a.id, a.start]), [[tagged[0].id, spanOf(changed, '6亿元').start], [tagged[1].id, spanOf(changed, '海岳重工装备项目').start]], 'both ends re-anchored');
    await assertLinksWrittenAfterChange(article, changed, before);
  });

  it('removing the linked span drops the link', async () => {
    const article = await newArticle();
    const { document } = await openArticle(article);
    const before = await linkProjectByQuickFix(article, document);
    const project = byId(before, before.links?.[0].to ?? '');
    assert.ok(project);
    const target = { uri: article.toString(), start: project.start, end: project.end, label: 'PROJECT' };
    assert.equal(await vscode.commands.executeCommand('investNews.removeAnnotation', target), true);
    const after = await sidecarOnDisk(article);
    assert.deepEqual(after.links, []);
    assert.equal(byId(after, project.id), undefined);
    assert.ok(byId(after, before.links?.[0].from ?? ''), 'the amount stays');
  });

  it('correcting the boundaries of a linked span (tag selection) keeps its link', async () => {
    const article = await newArticle();
    const { document, editor } = await openArticle(article);
    const before = await linkProjectByQuickFix(article, document);
    const [link] = before.links ?? [];
    // The researcher re-tags the project without its trailing 项目.
    const project = spanOf(ARTICLE_TEXT, '海岳重工装备项目');
    editor.selection = new vscode.Selection(document.positionAt(project.start), document.positionAt(project.end - 2));
    assert.equal(await vscode.commands.executeCommand('investNews.tagSelection', 'PROJECT'), true);
    const after = await sidecarOnDisk(article);
    assert.equal(after.links?.length, 1);
    assert.equal(after.links?.[0].from, link.from);
    assert.equal(byId(after, after.links?.[0].to ?? '')?.text, '海岳重工装备', 'the link follows the corrected span');
    assert.equal(byId(after, link.to), undefined, 'the old boundaries are gone');
  });

  it('reads a version 1 sidecar as it is and rewrites it as version 2 only when something changes', async () => {
    const article = await newArticle();
    const ids: string[] = [];
    const annotations = (['松林经济开发区', '海岳重工有限公司'] as const).map((fragment, i) => {
      const a = createAnnotation({ label: i === 0 ? 'PARK' : 'COMPANY', ...spanOf(ARTICLE_TEXT, fragment), text: fragment }, 'accepted', 'someone', new Date('2025-01-01T00:00:00Z'), ARTICLE_TEXT, ids);
      ids.push(a.id);
      return a;
    });
    const v1 = `${JSON.stringify({ format: 'invest-news-annotations', version: 1, article: article.path.split('/').pop(), sha256: hashText(ARTICLE_TEXT), annotations }, null, 2)}\n`;
    const sidecarUri = investNews.store.sidecarUri(article);
    await writeText(sidecarUri, v1);
    const { document } = await openArticle(article);
    assert.deepEqual(investNews.store.get(article).annotations.map((a) => a.id).sort(), [...ids].sort());
    await waitFor(() => investNews.analysis.get(document).items.some((i) => i.status === 'accepted'), 'the stored annotations to show');
    // A write with nothing changed (saving an unmodified article goes the same way) leaves the file alone.
    assert.equal(await investNews.store.update(article, (current) => [...current]), true);
    assert.equal(await readText(sidecarUri), v1, 'the version 1 file is untouched');

    const money = spanOf(ARTICLE_TEXT, '6亿元');
    assert.equal(await vscode.commands.executeCommand('investNews.acceptSuggestion', { uri: article.toString(), ...money, label: 'MONEY' }), true);
    const after = await sidecarOnDisk(article);
    assert.equal(after.version, 2);
    for (const old of annotations) assert.deepEqual(byId(after, old.id), old, `${old.text} kept exactly`);
    assert.equal(after.annotations.length, 3);
  });
});
