// readArticle (src/cli/files.ts) reads every article into one buffer it reuses: each text must
// be its own file's, whatever was read before, and a refusal must name the file.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticle } from '../../src/cli/files';

describe('readArticle', () => {
  let scratch: string;
  before(() => {
    scratch = mkdtempSync(join(tmpdir(), 'invest-news-read-'));
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives each file its own text, larger and smaller than the ones read before', () => {
    const texts = ['短文：投资5亿元。\n', '园区签约项目，总投资120亿元。\n'.repeat(20000), '', 'ascii only\r\n', '中'.repeat(65536 / 3 + 1)];
    texts.forEach((text, i) => writeFileSync(join(scratch, `${i}.txt`), text));
    for (const order of [[0, 1, 2, 3, 4], [4, 1, 0, 3, 2, 1]]) {
      for (const i of order) assert.equal(readArticle(join(scratch, `${i}.txt`)), texts[i], `file ${i}`);
    }
  });

  it('names the file when it cannot be read or decoded', () => {
    assert.throws(() => readArticle(join(scratch, 'missing.txt')), /missing\.txt: no such file or folder/);
    mkdirSync(join(scratch, 'folder.txt'));
    assert.throws(() => readArticle(join(scratch, 'folder.txt')), /folder\.txt: is a folder/);
    writeFileSync(join(scratch, 'binary.txt'), new Uint8Array([0x41, 0, 0x42, 0, 0, 0x43]));
    assert.throws(() => readArticle(join(scratch, 'binary.txt')), /binary\.txt: binary file/);
  });
});
