// investNews.export and investNews.import in a real VS Code, driven with options so no prompt
// opens: the chosen format is written with its offset convention, and an export imported into
// an article without annotations gives the same annotations back through the store.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { createAnnotation } from '../../src/core/review/review';
import { parseSidecar, serializeSidecar, SIDECAR_FORMAT, SIDECAR_VERSION } from '../../src/core/sidecar/sidecarSchema';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import { hashText } from '../../src/core/textHash';
import type { Entity, Label } from '../../src/core/types';
import { CommandId } from '../../src/editor/ids';
import { defaultExportFolder } from '../../src/editor/commands/exportAnnotations';
import type { ExportCommandResult } from '../../src/editor/commands/exportAnnotations';
import type { ImportCommandResult } from '../../src/editor/commands/importAnnotations';
import { extensionUnderTest, waitFor, workspaceRoot } from './extensionUnderTest';

// Astral characters (𠀀, an emoji) before the spans make UTF-16 and code-point offsets differ.
const TEXT = '𠀀📍总投资50亿元的博通科技产业园项目落户新余高新区。\n';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const read = async (uri: vscode.Uri) => decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));

function span(label: Label, covered: string, extra: Partial<Entity> = {}): Entity {
  const start = TEXT.indexOf(covered);
  return { label, start, end: start + covered.length, text: covered, ...extra };
}

describe('export and import commands', () => {
  let folder: vscode.Uri;
  let article: vscode.Uri;
  let sidecar: vscode.Uri;
  let annotations: Annotation[];

  before(async () => {
    await extensionUnderTest().activate();
    folder = vscode.Uri.joinPath(workspaceRoot(), 'interop-test');
    article = vscode.Uri.joinPath(folder, 'pin.txt');
    sidecar = vscode.Uri.joinPath(folder, 'pin.txt.ann.json');
    await write(article, TEXT);
    const now = new Date('2024-06-01T08:00:00Z');
    const ids: string[] = [];
    annotations = [
      span('MONEY', '50亿元', { value: 5e9, currency: 'CNY', role: 'investment', scope: 'item' }),
      span('PROJECT', '博通科技产业园项目'),
      span('PARK', '新余高新区'),
    ].map((e) => {
      const a = createAnnotation(e, 'accepted', 'tester', now, TEXT, ids);
      ids.push(a.id);
      return a;
    });
    await write(sidecar, serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'pin.txt', sha256: hashText(TEXT), annotations }));
  });

  after(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('writes brat pairs with code-point offsets, a BOM-free text copy and annotation.conf', async () => {
    const out = vscode.Uri.joinPath(workspaceRoot(), '..', 'invest-news-exports', 'out-brat');
    const result = await vscode.commands.executeCommand<ExportCommandResult>(CommandId.export, { articles: [article], format: 'brat', includeSuggestions: false, destination: out });
    assert.ok(result, 'the command returns its result');
    assert.deepEqual(result.counts, { MONEY: 1, PARK: 1, PROJECT: 1, COMPANY: 0 });
    const ann = await read(vscode.Uri.joinPath(out, 'pin.ann'));
    const codePoints = [...TEXT];
    const money = ann.split('\n').find((l) => l.includes('\tMONEY '));
    assert.ok(money, ann);
    const [, range, text] = money.split('\t');
    const [start, end] = range.split(' ').slice(1).map(Number);
    assert.equal(codePoints.slice(start, end).join(''), '50亿元');
    assert.equal(text, '50亿元');
    assert.notEqual(start, TEXT.indexOf('50亿元'), 'code points, not UTF-16 units');
    assert.equal(await read(vscode.Uri.joinPath(out, 'pin.txt')), TEXT);
    assert.match(await read(vscode.Uri.joinPath(out, 'annotation.conf')), /\[attributes\]/);
    await vscode.workspace.fs.delete(out, { recursive: true, useTrash: false });
  });

  it('writes a CSV with a BOM and one row per annotation to the chosen file', async () => {
    const out = vscode.Uri.joinPath(folder, 'export.csv');
    await vscode.commands.executeCommand(CommandId.export, { articles: [article], format: 'csv', includeSuggestions: false, destination: out });
    const bytes = await vscode.workspace.fs.readFile(out);
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const rows = decode(bytes.slice(3)).trim().split('\r\n');
    assert.equal(rows.length, 1 + annotations.length);
    assert.ok(rows.some((r) => r.startsWith('pin.txt,MONEY,50亿元,')));
  });

  it('refuses a brat export inside the workspace, where its .txt copies would be read as articles', async () => {
    const out = vscode.Uri.joinPath(folder, 'brat-inside');
    const result = await vscode.commands.executeCommand(CommandId.export, { articles: [article], format: 'brat', includeSuggestions: false, destination: out });
    assert.equal(result, undefined, 'refused');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(out)), 'nothing written');
  });

  it('offers a folder beside the workspace folder as the default destination', async () => {
    const suggested = await defaultExportFolder(article);
    const root = workspaceRoot();
    assert.equal(suggested.toString(), vscode.Uri.joinPath(root, '..', `${root.path.split('/').pop()}-exports`).toString());
    assert.equal(vscode.workspace.getWorkspaceFolder(suggested), undefined, 'outside every workspace folder');
    assert.ok((await vscode.workspace.fs.stat(suggested)).type & vscode.FileType.Directory, 'created, so the dialog opens there');
  });

  it('refuses a destination that would overwrite the article', async () => {
    const result = await vscode.commands.executeCommand(CommandId.export, { articles: [article], format: 'brat', includeSuggestions: false, destination: folder });
    assert.equal(result, undefined);
    assert.equal(await read(article), TEXT);
  });

  it('imports its own Label Studio export back into an article without annotations', async () => {
    const out = vscode.Uri.joinPath(folder, 'ls', 'tasks.json');
    await vscode.commands.executeCommand(CommandId.export, { articles: [article], format: 'label-studio', includeSuggestions: false, destination: out });
    assert.match(await read(vscode.Uri.joinPath(folder, 'ls', 'label-studio-config.xml')), /<Labels name="label"/);
    await vscode.workspace.fs.delete(sidecar);
    const store = (extensionUnderTest().exports as { store: { load(u: vscode.Uri): Promise<{ annotations: readonly Annotation[] }> } }).store;
    await waitFor(async () => (await store.load(article)).annotations.length === 0, 'the store to see the sidecar gone');

    const dry = await vscode.commands.executeCommand<ImportCommandResult>(CommandId.import, { format: 'label-studio', source: out, dryRun: true });
    assert.ok(dry);
    assert.equal(dry.written, 0);
    assert.equal(dry.plan.articles[0].added.length, annotations.length);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(sidecar)), 'a dry run writes nothing');

    const applied = await vscode.commands.executeCommand<ImportCommandResult>(CommandId.import, { format: 'label-studio', source: out, apply: true });
    assert.equal(applied?.written, 1);
    const parsed = parseSidecar(await read(sidecar));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
    const essence = (a: Annotation) => [a.label, a.start, a.end, a.text, a.value ?? null, a.role ?? null].join('|');
    assert.deepEqual(parsed.sidecar.annotations.map(essence).sort(), annotations.map(essence).sort());
  });

  it('refuses an import whose text is not the article’s, writing nothing', async () => {
    const before = await read(sidecar);
    const bad = vscode.Uri.joinPath(folder, 'bad.jsonl');
    await write(bad, `${JSON.stringify({ file: 'interop-test/pin.txt', text: TEXT.replace('新余', '南昌'), annotations: [{ label: 'PARK', start: 0, end: 2, text: '𠀀' }] })}\n`);
    const result = await vscode.commands.executeCommand<ImportCommandResult>(CommandId.import, { format: 'jsonl', source: bad, apply: true });
    assert.ok(result);
    assert.equal(result.written, 0);
    assert.match(result.plan.problems.map((p) => p.message).join('\n'), /not the text of interop-test\/pin\.txt/);
    assert.equal(await read(sidecar), before);
  });

  it('reads a doccano grapheme-mode file with the doccanoGraphemes option, as the export writes it', async () => {
    const input = vscode.Uri.joinPath(folder, 'doccano-graphemes.jsonl');
    // doccano writes no unit: 𠀀 and 📍 count one each, so 50亿元 starts at cluster 5.
    const clusters = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(TEXT)].map((s) => s.index);
    const start = clusters.indexOf(TEXT.indexOf('50亿元'));
    await write(input, `${JSON.stringify({ text: TEXT, label: [[start, start + 4, 'MONEY']] })}\n`);
    const run = (doccanoGraphemes: boolean) => vscode.commands.executeCommand<ImportCommandResult>(CommandId.import, { format: 'doccano', source: input, dryRun: true, replace: true, doccanoGraphemes });
    const graphemes = await run(true);
    assert.deepEqual(graphemes?.plan.problems, []);
    assert.deepEqual(graphemes?.plan.articles[0].spans.map((a) => a.text), ['50亿元']);
    const utf16 = await run(false);
    assert.notDeepEqual(utf16?.plan.articles[0]?.spans.map((a) => a.text), ['50亿元'], 'read as UTF-16 units the same offsets are elsewhere');
  });
});
