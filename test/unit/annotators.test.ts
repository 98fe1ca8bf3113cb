// The several-annotators layout: annotators/NAME/ beside where the sidecar would be.
import { strict as assert } from 'node:assert';
import { annotatorFolderName, annotatorNameProblem, annotatorSidecarPath, sharedSidecarPath } from '../../src/core/sidecar/annotators';

describe('annotatorSidecarPath', () => {
  it('keeps the single-annotator path when no annotator is named', () => {
    assert.equal(annotatorSidecarPath('news/a.txt.ann.json', ''), 'news/a.txt.ann.json');
    assert.equal(annotatorSidecarPath('news/a.txt.ann.json', '  '), 'news/a.txt.ann.json');
  });

  it('puts the sidecar in annotators/NAME/ beside it, whatever the separator', () => {
    assert.equal(annotatorSidecarPath('/corpus/news/a.txt.ann.json', 'alice'), '/corpus/news/annotators/alice/a.txt.ann.json');
    assert.equal(annotatorSidecarPath('annotations/2023/a.txt.ann.json', 'li.wei'), 'annotations/2023/annotators/li.wei/a.txt.ann.json');
    assert.equal(annotatorSidecarPath('C:\\corpus\\a.txt.ann.json', '张三'), 'C:\\corpus\\annotators\\张三\\a.txt.ann.json');
    assert.equal(annotatorSidecarPath('a.txt.ann.json', 'bob'), 'annotators/bob/a.txt.ann.json');
  });

  it('never lets a name leave the annotators folder', () => {
    for (const name of ['../x', '..', '.hidden', 'a/b', 'a\\b', 'x\u0000y', 'c:']) {
      assert.ok(annotatorNameProblem(name), `${JSON.stringify(name)} is refused`);
      const folder = annotatorFolderName(name);
      assert.ok(!/[\\/]/.test(folder) && !folder.startsWith('.') && folder.length > 0, `${JSON.stringify(name)} → ${folder}`);
      const path = annotatorSidecarPath('/c/news/a.txt.ann.json', name);
      assert.ok(path.startsWith('/c/news/annotators/') && path.split('/').length === 6, path);
    }
    for (const name of ['alice', 'li.wei', '张三', 'Ana María']) assert.equal(annotatorNameProblem(name), undefined, name);
  });
});

describe('sharedSidecarPath', () => {
  it('undoes annotatorSidecarPath for any annotator, and leaves other paths alone', () => {
    for (const path of ['/c/news/a.txt.ann.json', 'annotations/2023/a.txt.ann.json', 'C:\\corpus\\a.txt.ann.json', 'a.txt.ann.json']) {
      for (const name of ['alice', 'li.wei', '张三']) assert.equal(sharedSidecarPath(annotatorSidecarPath(path, name)), path, `${path} ${name}`);
      assert.equal(sharedSidecarPath(path), path);
    }
    assert.equal(sharedSidecarPath('/c/annotators/a.txt.ann.json'), '/c/annotators/a.txt.ann.json', 'a folder named annotators alone is not the layout');
  });
});
