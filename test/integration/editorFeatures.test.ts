// The researcher's daily loop in a real VS Code: highlights carry the engine's spans, hovers show
// normalised values, quick fixes and commands write the sidecar (read back from disk here), and
// annotations follow edits of the text.
import { strict as assert } from 'node:assert';
import os from 'node:os';
import * as vscode from 'vscode';
import { recognize } from '../../src/core/recognition/recognize';
import type { ReviewItem } from '../../src/core/review/review';
import { parseSidecar } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import type { Label } from '../../src/core/types';
import type { InvestNewsApi } from '../../src/extension';
import { extensionUnderTest, sampleArticles, waitFor } from './extensionUnderTest';
import { takeScreenshot } from './screenshot';

async function api(): Promise<InvestNewsApi> {
  return (await extensionUnderTest().activate()) as InvestNewsApi;
}

async function readSidecar(investNews: InvestNewsApi, article: vscode.Uri): Promise<Annotation[]> {
  const bytes = await vscode.workspace.fs.readFile(investNews.store.sidecarUri(article));
  const parsed = parseSidecar(new TextDecoder().decode(bytes));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return parsed.sidecar.annotations;
}

async function sidecarOnDisk(investNews: InvestNewsApi, article: vscode.Uri): Promise<Annotation[] | undefined> {
  try {
    return await readSidecar(investNews, article);
  } catch {
    return undefined;
  }
}

async function removeSidecar(investNews: InvestNewsApi, article: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(investNews.store.sidecarUri(article));
  } catch {
    // none written
  }
}

function rangeOf(document: vscode.TextDocument, item: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(item.start), document.positionAt(item.end));
}

const sameSpan = (a: { start: number; end: number; label: string }) => (b: { start: number; end: number; label: string }) =>
  a.start === b.start && a.end === b.end && a.label === b.label;

function suggestions(investNews: InvestNewsApi, document: vscode.TextDocument, label?: Label): ReviewItem[] {
  return investNews.analysis.get(document).items.filter((item) => item.status === 'suggested' && (!label || item.label === label));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

describe('editor features', function () {
  let investNews: InvestNewsApi;
  let article: vscode.Uri;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async function () {
    // The first test to open an article pays for activation; a shared machine can be slow.
    this.timeout(120_000);
    [article] = await sampleArticles();
    investNews = await api();
    await removeSidecar(investNews, article);
    document = await vscode.workspace.openTextDocument(article);
    editor = await vscode.window.showTextDocument(document);
    await investNews.store.load(article);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeSidecar(investNews, article);
  });

  it('covers the sample articles and paints exactly the engine\'s spans', async () => {
    assert.ok(investNews.analysis.isCovered(document));
    const analysis = investNews.analysis.get(document);
    const engine = recognize(document.getText());
    assert.ok(engine.length > 0, 'the engine finds spans in a sample article');
    assert.deepEqual(analysis.suggestions, engine);
    // No sidecar yet: every item is a suggestion, one per engine span.
    assert.deepEqual(analysis.items.map(({ label, start, end, status }) => ({ label, start, end, status })), engine.map(({ label, start, end }) => ({ label, start, end, status: 'suggested' })));
    await waitFor(() => investNews.decorations.painted(editor) === investNews.analysis.get(document).items, 'the editor to be painted with the current analysis');
  });

  it('does not cover a file outside investNews.include', async () => {
    const other = await vscode.workspace.openTextDocument({ content: '合同资金达65.1亿元', language: 'plaintext' });
    assert.equal(investNews.analysis.isCovered(other), false, 'untitled documents are not articles');
  });

  it('shows the normalised value of an amount in a hover, with command links', async () => {
    const money = suggestions(investNews, document, 'MONEY').find((item) => item.value !== undefined && item.currency);
    assert.ok(money, 'the sample article has an amount with a value');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article, document.positionAt(money.start + 1));
    const text = hoverText(hovers);
    assert.ok(text.includes(money.value!.toLocaleString('en-US')), `hover shows ${money.value!.toLocaleString('en-US')}: ${text}`);
    assert.ok(text.includes(money.currency!), 'hover names the currency');
    assert.match(text, /command:investNews\.acceptSuggestion\?/);
    assert.match(text, /command:investNews\.rejectSuggestion\?/);
    assert.doesNotMatch(text, /command:investNews\.relabelAnnotation\?/, 'an amount is offered no name label');
  });

  it('offers accept (preferred), role and reject on an amount suggestion (no name label), and accepting writes the sidecar', async () => {
    const [money] = suggestions(investNews, document, 'MONEY');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, rangeOf(document, { start: money.start + 1, end: money.start + 1 }));
    const commands = actions.map((a) => a.command?.command);
    assert.ok(commands.includes('investNews.rejectSuggestion'));
    assert.ok(!commands.includes('investNews.relabelAnnotation'), 'an amount is never offered as a park, project or company');
    assert.ok(commands.includes('investNews.setMoneyRole'));
    const accept = actions.find((a) => a.command?.command === 'investNews.acceptSuggestion');
    assert.ok(accept?.isPreferred, 'accept is the preferred quick fix');
    const written = await vscode.commands.executeCommand(accept.command!.command, ...accept.command!.arguments!);
    assert.equal(written, true);
    const onDisk = await readSidecar(investNews, article);
    const stored = onDisk.find(sameSpan(money));
    assert.ok(stored, 'the accepted span is in the sidecar on disk');
    assert.equal(stored.status, 'accepted');
    assert.equal(stored.value, money.value);
    assert.equal(stored.text, document.getText(rangeOf(document, money)));
    // investNews.author is an application setting (a workspace cannot sign for a person): the
    // user's value, else the operating-system user.
    const configured = vscode.workspace.getConfiguration('investNews').get<string>('author', '').trim();
    assert.equal(stored.author, configured || os.userInfo().username);
    await waitFor(() => investNews.analysis.get(document).items.some((i) => sameSpan(money)(i) && i.status === 'accepted'), 'the analysis to show the span accepted');
    await waitFor(() => investNews.decorations.painted(editor) === investNews.analysis.get(document).items, 'the highlights to follow');
  });

  it('rejects and relabels through quick fixes', async () => {
    const [first] = suggestions(investNews, document);
    const second = suggestions(investNews, document).find((item) => item !== first && item.label !== 'MONEY');
    assert.ok(first && second, 'two suggestions left, one of them a name');
    const run = async (item: ReviewItem, pick: (a: vscode.CodeAction) => boolean) => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, rangeOf(document, item));
      const action = actions.find(pick);
      assert.ok(action?.command, `quick fix found among ${actions.map((a) => a.title).join(' | ')}`);
      assert.equal(await vscode.commands.executeCommand(action.command.command, ...action.command.arguments!), true);
    };
    await run(first, (a) => a.command?.command === 'investNews.rejectSuggestion' && (a.command.arguments?.[0] as { start: number }).start === first.start);
    const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, rangeOf(document, second));
    const relabels = offered.filter((a) => a.command?.command === 'investNews.relabelAnnotation' && (a.command.arguments?.[0] as { start: number }).start === second.start);
    assert.ok(relabels.length > 0 && relabels.every((a) => a.command!.arguments![1] !== 'MONEY'), 'a name is offered other name labels, never MONEY');
    const newLabel = relabels[0].command!.arguments![1] as Label;
    await run(second, (a) => a.command?.command === 'investNews.relabelAnnotation' && a.command.arguments?.[1] === newLabel && (a.command.arguments?.[0] as { start: number }).start === second.start);
    const onDisk = await readSidecar(investNews, article);
    assert.equal(onDisk.find(sameSpan(first))?.status, 'rejected');
    const relabelled = onDisk.find((a) => a.start === second.start && a.end === second.end);
    assert.equal(relabelled?.label, newLabel);
    assert.equal(relabelled?.status, 'accepted');
    assert.equal(relabelled?.value, undefined, 'a non-MONEY annotation carries no MONEY attributes');
  });

  it('tags a selection with investNews.tagSelection, reading an amount\'s value with the engine', async () => {
    const text = document.getText();
    const items = investNews.analysis.get(document).items;
    // A stretch of four CJK characters no span touches.
    let start = -1;
    for (let i = 0; i + 4 <= text.length && start < 0; i++) {
      if (/^[\u4e00-\u9fff]{4}$/.test(text.slice(i, i + 4)) && !items.some((item) => item.end > i && item.start < i + 4)) start = i;
    }
    assert.ok(start >= 0);
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 4));
    assert.equal(await vscode.commands.executeCommand('investNews.tagSelection', 'PROJECT'), true);

    const money = suggestions(investNews, document, 'MONEY').find((item) => item.value !== undefined);
    assert.ok(money);
    editor.selection = new vscode.Selection(document.positionAt(money.start), document.positionAt(money.end));
    assert.equal(await vscode.commands.executeCommand('investNews.tagSelection', 'MONEY'), true);

    const onDisk = await readSidecar(investNews, article);
    const project = onDisk.find((a) => a.start === start && a.end === start + 4);
    assert.equal(project?.label, 'PROJECT');
    assert.equal(project?.text, text.slice(start, start + 4));
    const amount = onDisk.find(sameSpan(money));
    assert.equal(amount?.status, 'accepted');
    assert.equal(amount?.value, recognize(money.text).find((e) => e.label === 'MONEY')?.value ?? money.value);
  });

  it('offers remove, role and value on an accepted amount, and each writes the sidecar', async () => {
    const amount = investNews.analysis.get(document).items.find((item) => item.label === 'MONEY' && item.status === 'accepted');
    assert.ok(amount?.annotation, 'an accepted amount from the earlier steps');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', article, rangeOf(document, amount));
    const commands = new Set(actions.map((a) => a.command?.command));
    assert.ok(!commands.has('investNews.relabelAnnotation'), 'an amount is offered no name label');
    for (const id of ['investNews.removeAnnotation', 'investNews.setMoneyRole', 'investNews.editMoneyValue', 'investNews.rejectSuggestion']) {
      assert.ok(commands.has(id), `${id} offered on an annotation`);
    }
    const target = { uri: article.toString(), start: amount.start, end: amount.end, label: 'MONEY' };
    const role = amount.role === 'tax' ? 'revenue' : 'tax';
    assert.equal(await vscode.commands.executeCommand('investNews.setMoneyRole', target, role), true);
    assert.equal(await vscode.commands.executeCommand('investNews.editMoneyValue', target, '10-20亿元'), true);
    let stored = (await readSidecar(investNews, article)).find(sameSpan(target));
    assert.equal(stored?.role, role);
    assert.deepEqual([stored?.value, stored?.max], [recognize('10-20亿元')[0].value, recognize('10-20亿元')[0].max]);
    assert.equal(await vscode.commands.executeCommand('investNews.editMoneyValue', target, 12345), true);
    stored = (await readSidecar(investNews, article)).find(sameSpan(target));
    assert.deepEqual([stored?.value, stored?.max], [12345, undefined]);
    assert.equal(await vscode.commands.executeCommand('investNews.removeAnnotation', target), true);
    assert.equal((await readSidecar(investNews, article)).find(sameSpan(target)), undefined, 'removed from the sidecar');
    // The engine's suggestion shows again once the decision is gone.
    await waitFor(() => investNews.analysis.get(document).items.some((i) => sameSpan(target)(i) && i.status === 'suggested'), 'the suggestion to come back');
  });

  it('accepts every suggestion of a label with investNews.acceptAllSuggestions', async () => {
    const counts = new Map<Label, number>();
    for (const item of suggestions(investNews, document)) counts.set(item.label, (counts.get(item.label) ?? 0) + 1);
    const [label, count] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const open = suggestions(investNews, document, label);
    assert.equal(await vscode.commands.executeCommand('investNews.acceptAllSuggestions', label), count);
    const onDisk = await readSidecar(investNews, article);
    for (const item of open) assert.equal(onDisk.find(sameSpan(item))?.status, 'accepted', `${item.text} accepted`);
    await waitFor(() => suggestions(investNews, document, label).length === 0, `no ${label} suggestion left`);
  });

  it('jumps between unreviewed spans with investNews.nextUnreviewed / previousUnreviewed', async () => {
    const open = suggestions(investNews, document);
    assert.ok(open.length >= 2, 'two unreviewed spans left');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand('investNews.nextUnreviewed'), open[0].start);
    assert.deepEqual(editor.selection, new vscode.Selection(document.positionAt(open[0].start), document.positionAt(open[0].end)));
    assert.equal(await vscode.commands.executeCommand('investNews.nextUnreviewed'), open[1].start);
    assert.equal(await vscode.commands.executeCommand('investNews.previousUnreviewed'), open[0].start);
    // Wraps around at the start.
    assert.equal(await vscode.commands.executeCommand('investNews.previousUnreviewed'), open[open.length - 1].start);
  });

  it('moves annotations with the text when the article is edited', async () => {
    const before = investNews.store.get(article).annotations;
    assert.ok(before.length > 0);
    const inserted = '【编者按】';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), inserted)));
    await waitFor(() => investNews.store.get(article).annotations.every((a) => before.some((b) => b.id === a.id && b.start + inserted.length === a.start)), 'the annotations to shift');
    const text = document.getText();
    for (const annotation of investNews.store.get(article).annotations) assert.equal(text.slice(annotation.start, annotation.end), annotation.text);
    // After the typing debounce the analysis (and so the highlights) has the new offsets too.
    await waitFor(() => {
      const items = investNews.analysis.get(document).items;
      return before.every((b) => items.some((i) => i.start === b.start + inserted.length && i.label === b.label && i.status === b.status));
    }, 'the analysis to follow the edit');
    await waitFor(() => investNews.decorations.painted(editor) === investNews.analysis.get(document).items, 'the highlights to follow the edit');
    await document.save();
    await waitFor(async () => {
      const onDisk = await sidecarOnDisk(investNews, article);
      return !!onDisk && before.every((b) => onDisk.some((a) => a.id === b.id && a.start === b.start + inserted.length));
    }, 'the sidecar on disk to hold the moved offsets after saving');
  });

  it('keeps a huge article highlighted through an edit (viewport first, then the whole text)', async function () {
    this.timeout(120_000);
    const sample = document.getText();
    const big = vscode.Uri.joinPath(article, '..', 'huge-generated.txt');
    const copies = Math.ceil(600_000 / sample.length);
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(Array.from({ length: copies }, () => sample).join('\n')));
    try {
      const hugeDocument = await vscode.workspace.openTextDocument(big);
      const hugeEditor = await vscode.window.showTextDocument(hugeDocument);
      await waitFor(() => investNews.decorations.painted(hugeEditor) !== undefined, 'the first full paint', 60_000);
      const line = hugeEditor.visibleRanges[0].start.line + 2;
      assert.ok(await hugeEditor.edit((edit) => edit.insert(new vscode.Position(line, 0), '新')));
      await waitFor(() => investNews.analysis.isCurrent(hugeDocument) && investNews.decorations.painted(hugeEditor) === investNews.analysis.get(hugeDocument).items, 'the full paint after the edit', 60_000);
      const engine = recognize(hugeDocument.getText());
      assert.deepEqual(investNews.analysis.get(hugeDocument).suggestions, engine);
    } finally {
      // Discard the edit (never save a generated file) before closing and deleting it.
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(big);
      editor = await vscode.window.showTextDocument(document);
    }
  });

  it('shows highlights and a hover (screenshot for a person to check)', async () => {
    const [money] = investNews.analysis.get(document).items.filter((item) => item.label === 'MONEY');
    assert.ok(money);
    const position = document.positionAt(money.start + 1);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(rangeOf(document, money), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('editor.action.showHover');
    const file = await takeScreenshot('editor-highlights-hover');
    if (file) assert.match(file, /editor-highlights-hover\.png$/);
  });
});
