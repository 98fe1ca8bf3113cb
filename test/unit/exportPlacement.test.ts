// One placement rule for the CLI and the editor: where each exported file goes, and what an
// export may replace.
import { strict as assert } from 'node:assert';
import type { OutputFile } from '../../src/core/interop/annotatedArticle';
import type { TargetState } from '../../src/core/interop/exportPlacement';
import { defaultExportFolderName, exportsIntoFolder, looksLikeArticle, overwriteRefusal, placeExport } from '../../src/core/interop/exportPlacement';

const files = (...paths: string[]): OutputFile[] => paths.map((path) => ({ path, content: '' }));

describe('export placement', () => {
  it('decides "is this a folder" one way: existing folder, folder format, existing file, else by extension', () => {
    assert.equal(exportsIntoFolder('csv', { kind: 'folder', name: 'out.csv' }), true);
    assert.equal(exportsIntoFolder('brat', { kind: 'missing', name: 'out.txt' }), true);
    assert.equal(exportsIntoFolder('csv', { kind: 'file', name: 'table' }), false, 'an existing file without extension is a file');
    assert.equal(exportsIntoFolder('csv', { kind: 'missing', name: 'table.csv' }), false);
    assert.equal(exportsIntoFolder('csv', { kind: 'missing', name: 'exports' }), true);
  });

  it('puts the main file at a file destination and the others beside it', () => {
    const placement = placeExport('label-studio', files('label-studio-tasks.json', 'label-studio-config.xml'), { kind: 'missing', name: 'tasks.json' });
    assert.ok(placement.ok);
    assert.deepEqual(placement.files.map((f) => [f.base, f.segments.join('/')]), [['destination', ''], ['parent', 'label-studio-config.xml']]);
  });

  it('puts every file under a folder destination, keeping subfolders', () => {
    const placement = placeExport('brat', files('annotation.conf', 'news/a.txt'), { kind: 'folder', name: 'out' });
    assert.ok(placement.ok);
    assert.deepEqual(placement.files.map((f) => [f.base, f.segments.join('/')]), [['destination', 'annotation.conf'], ['destination', 'news/a.txt']]);
  });

  it('refuses a folder format into an existing file', () => {
    assert.deepEqual(placeExport('brat', files('a.txt'), { kind: 'file', name: 'out.txt' }), { ok: false, problem: 'folderIsAFile' });
  });

  it('never replaces an article or an annotation file; other files only with force', () => {
    const target = (over: Partial<TargetState>): TargetState => ({ path: '/out/a.txt', exists: true, isFolder: false, hasSidecar: false, isExportedArticle: false, ...over });
    assert.equal(overwriteRefusal(target({ hasSidecar: true }), true), 'article');
    assert.equal(overwriteRefusal(target({ isExportedArticle: true }), true), 'article');
    assert.equal(overwriteRefusal(target({ path: '/out/a.txt.ann.json', exists: false }), true), 'annotationFile');
    assert.equal(overwriteRefusal(target({ isFolder: true }), true), 'folder');
    assert.equal(overwriteRefusal(target({}), false), 'exists');
    assert.equal(overwriteRefusal(target({}), true), undefined);
    assert.equal(overwriteRefusal(target({ exists: false }), false), undefined);
  });

  it('suggests a folder beside the workspace folder, named after it', () => {
    assert.equal(defaultExportFolderName('news'), 'news-exports');
    assert.equal(defaultExportFolderName(''), 'invest-news-exports');
  });

  it('knows which exported files the corpus would read as articles', () => {
    assert.equal(looksLikeArticle('brat/sub/x.txt'), true);
    assert.equal(looksLikeArticle('brat/X.TXT'), true);
    assert.equal(looksLikeArticle('brat/x.ann'), false);
    assert.equal(looksLikeArticle('annotations.csv'), false);
  });
});
