// Adjudication in a real VS Code: two annotators' sidecars with three disagreements, walked with
// the take commands (the keys' commands), give an adjudicated main sidecar with the chosen
// versions and the unanimous rest; neither annotator's file changes; adjudicating again after one
// annotator changed their file keeps the earlier decisions and asks only about the new place.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar, serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION, type Annotation, type Link } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity } from '../../src/core/types';
import type { AdjudicationState } from '../../src/editor/commands/adjudicate';
import { extensionUnderTest, workspaceRoot } from './extensionUnderTest';
import { takeScreenshot } from './screenshot';
import { readText } from './workspaceFiles';

const TEXT = '今年1-3月，新余高新区签约项目17个，合同资金达65.1亿元。其中，赣锋锂业投资50亿元建设锂电池项目。';

function tag(fragment: string, label: Entity['label'], id: string, extra: Partial<Entity> = {}): Annotation {
  const start = TEXT.indexOf(fragment);
  return { ...createAnnotation({ label, start, end: start + fragment.length, text: fragment, ...extra }, 'accepted', 'x', new Date('2026-12-01T00:00:00Z'), TEXT, []), id };
}

function sidecarText(annotations: Annotation[], links: Link[] = []): string {
  return serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'news.txt', sha256: hashText(TEXT), annotations, links });
}

const contract = { value: 6.51e9, currency: 'CNY', role: 'contract', scope: 'aggregate' } as const;
const invest = { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' } as const;
const projectLink: Link = { id: 'L1', kind: 'project', from: 'm2', to: 'p1', status: 'accepted', author: 'x', time: '2026-12-01T00:00:00Z' };

// Unanimous: the 65.1亿元 amount. Disagreements: the park's boundary; the company only alice
// marked; the role of the 50亿元.
const aliceText = sidecarText([tag('新余高新区', 'PARK', 'k1'), tag('65.1亿元', 'MONEY', 'm1', contract), tag('赣锋锂业', 'COMPANY', 'c1'), tag('50亿元', 'MONEY', 'm2', invest)]);
const bobAnnotations = [tag('新余高新', 'PARK', 'k1'), tag('65.1亿元', 'MONEY', 'm1', contract), tag('50亿元', 'MONEY', 'm2', { ...invest, role: 'contract' })];
const bobText = sidecarText(bobAnnotations);

async function write(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

async function adjudicated(main: vscode.Uri) {
  const parsed = parseSidecar(await readText(main));
  assert.ok(parsed.ok, 'the adjudicated file is a valid sidecar');
  const annotations = parsed.sidecar.annotations.map((a) => `${a.label} ${a.text}${a.role ? ` ${a.role}` : ''}`).sort();
  const record = (parsed.sidecar as unknown as { adjudication: { adjudicator: string; versions: { annotator: string; sha256: string }[]; decisions: { take: string[] }[]; open: number } }).adjudication;
  return { annotations, record, links: parsed.sidecar.links ?? [], byId: new Map(parsed.sidecar.annotations.map((a) => [a.id, a])) };
}

describe('adjudication (investNews.adjudicate)', () => {
  let folder: vscode.Uri;
  let article: vscode.Uri;
  let main: vscode.Uri;
  let alice: vscode.Uri;
  let bob: vscode.Uri;

  before(async () => {
    await extensionUnderTest().activate();
    folder = vscode.Uri.joinPath(workspaceRoot(), 'adjudication-tests');
    article = vscode.Uri.joinPath(folder, 'news.txt');
    main = vscode.Uri.joinPath(folder, 'news.txt.ann.json');
    alice = vscode.Uri.joinPath(folder, 'annotators', 'alice', 'news.txt.ann.json');
    bob = vscode.Uri.joinPath(folder, 'annotators', 'bob', 'news.txt.ann.json');
    await write(article, TEXT);
    await write(alice, aliceText);
    await write(bob, bobText);
  });
  after(async () => {
    await vscode.commands.executeCommand('investNews.stopAdjudication');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('walks three disagreements into the main sidecar with the chosen versions and the unanimous rest, leaving both annotators\' files as they were', async () => {
    const start = await vscode.commands.executeCommand<AdjudicationState>('investNews.adjudicate', article);
    assert.equal(start.disagreements, 3);
    assert.equal(start.open, 3);
    assert.equal(start.index, 0, 'the walk starts at the first disagreement');
    const merged = await adjudicated(main);
    assert.deepEqual(merged.annotations, ['MONEY 65.1亿元 contract'], 'the unanimous annotation is written at once');
    const shot = await takeScreenshot('adjudication-walk');
    if (shot) console.log(`screenshot: ${shot}`);
    assert.equal(merged.record.open, 3);

    const afterPark = await vscode.commands.executeCommand<AdjudicationState>('investNews.takeSecondVersion');
    assert.equal(afterPark.index, 1);
    const afterCompany = await vscode.commands.executeCommand<AdjudicationState>('investNews.takeNeitherVersion');
    assert.equal(afterCompany.index, 2);
    const done = await vscode.commands.executeCommand<AdjudicationState>('investNews.takeFirstVersion');
    assert.equal(done.index, -1, 'the walk ends when every disagreement is decided');
    assert.equal(done.open, 0);

    const result = await adjudicated(main);
    assert.deepEqual(result.annotations, ['MONEY 50亿元 investment', 'MONEY 65.1亿元 contract', 'PARK 新余高新']);
    assert.deepEqual(result.record.decisions.map((d) => d.take), [['bob'], [], ['alice']]);
    assert.deepEqual(result.record.versions, [{ annotator: 'alice', sha256: hashText(aliceText) }, { annotator: 'bob', sha256: hashText(bobText) }]);
    assert.equal(result.record.open, 0);
    assert.equal(await readText(alice), aliceText, 'alice\'s file untouched');
    assert.equal(await readText(bob), bobText, 'bob\'s file untouched');
  });

  it('merges again after an annotator changed their file, keeping the earlier decisions', async () => {
    const changedBob = sidecarText([...bobAnnotations, tag('锂电池项目', 'PROJECT', 'p1')], [projectLink]);
    await write(bob, changedBob);
    const again = await vscode.commands.executeCommand<AdjudicationState>('investNews.adjudicate', article);
    // bob's link from the 50亿元 changes his version of that place too: it is asked again with the project.
    assert.equal(again.disagreements, 4);
    assert.equal(again.open, 2);
    const kept = await adjudicated(main);
    assert.deepEqual(kept.record.decisions.map((d) => d.take), [['bob'], []], 'the park and company decisions are kept');
    assert.deepEqual(kept.annotations, ['MONEY 65.1亿元 contract', 'PARK 新余高新']);

    await vscode.commands.executeCommand<AdjudicationState>('investNews.takeSecondVersion');
    const done = await vscode.commands.executeCommand<AdjudicationState>('investNews.takeSecondVersion');
    assert.equal(done.index, -1);
    const result = await adjudicated(main);
    assert.deepEqual(result.annotations, ['MONEY 50亿元 contract', 'MONEY 65.1亿元 contract', 'PARK 新余高新', 'PROJECT 锂电池项目']);
    assert.equal(result.links.length, 1, 'bob\'s link is carried with his versions');
    assert.equal(result.byId.get(result.links[0].to)?.text, '锂电池项目');
    assert.equal(result.record.versions[1].sha256, hashText(changedBob), 'the record names bob\'s new version');
    assert.equal(await readText(alice), aliceText);
    assert.equal(await readText(bob), changedBob);
  });

  it('adjudicates the corpus: every article merged, the walk goes to the articles with open disagreements', async () => {
    const second = vscode.Uri.joinPath(folder, 'second.txt');
    const secondMain = vscode.Uri.joinPath(folder, 'second.txt.ann.json');
    await write(second, TEXT);
    await write(vscode.Uri.joinPath(folder, 'annotators', 'alice', 'second.txt.ann.json'), sidecarText([tag('新余高新区', 'PARK', 'k1')]).replace('"news.txt"', '"second.txt"'));
    await write(vscode.Uri.joinPath(folder, 'annotators', 'bob', 'second.txt.ann.json'), sidecarText([tag('65.1亿元', 'MONEY', 'm1', contract)]).replace('"news.txt"', '"second.txt"'));
    const newsBefore = await readText(main);
    const start = await vscode.commands.executeCommand<AdjudicationState>('investNews.adjudicateCorpus');
    assert.equal(start.article, second.toString(), 'news.txt has nothing open: the walk starts in second.txt');
    assert.equal(start.open, 2);
    await vscode.commands.executeCommand<AdjudicationState>('investNews.takeFirstVersion');
    const done = await vscode.commands.executeCommand<AdjudicationState>('investNews.takeBothVersions');
    assert.equal(done.index, -1);
    assert.deepEqual((await adjudicated(secondMain)).annotations, ['MONEY 65.1亿元 contract', 'PARK 新余高新区']);
    assert.equal(await readText(main), newsBefore, 'an article with nothing new is not rewritten');
  });

  it('never overwrites a main sidecar that was not adjudicated', async () => {
    const handMade = sidecarText([tag('新余高新区', 'PARK', 'h1')]);
    await write(main, handMade);
    const refused = await vscode.commands.executeCommand<AdjudicationState | undefined>('investNews.adjudicate', article);
    assert.equal(refused, undefined);
    assert.equal(await readText(main), handMade);
  });
});
