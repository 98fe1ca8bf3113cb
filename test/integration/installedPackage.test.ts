// Run by `npm run test:vsix`: the extension under test must be the installed .vsix, not the
// development folder, or the whole run would prove nothing about the package.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { extensionUnderTest } from './extensionUnderTest';

describe('installed package', () => {
  const vsix = process.env.INVEST_NEWS_TEST_VSIX;

  it('is the .vsix installed into the extensions folder, with only what ships', function () {
    if (!vsix) this.skip(); // the development-folder run
    const extension = extensionUnderTest();
    const root = extension.extensionUri.fsPath;
    assert.match(path.basename(root), /^invest-news\.invest-news-annotator-\d+\.\d+\.\d+$/, `installed under its id and version, not at ${root}`);
    assert.ok(!fs.existsSync(path.join(root, 'src')), 'sources are not shipped');
    assert.ok(!fs.existsSync(path.join(root, 'dist', 'extension.js.map')), 'source maps are not shipped');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'corpusWorker.js')), 'the corpus worker ships beside the extension bundle');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'deferred.js')), 'the deferred bundle (engine, schemas, formats) ships beside the extension bundle');
    assert.ok(fs.existsSync(path.join(root, 'dist', 'webview', 'main.js')), 'the summary panel script ships');
  });

  it('runs the minified bundle', function () {
    if (!vsix) this.skip();
    const bundle = fs.readFileSync(path.join(extensionUnderTest().extensionUri.fsPath, 'dist', 'extension.js'), 'utf8');
    // A development build has one statement per line; a minified one packs them into few long lines.
    const lines = bundle.split('\n').length;
    assert.ok(lines < bundle.length / 500, `dist/extension.js looks unminified (${lines} lines, ${bundle.length} characters)`);
  });
});
