import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { recognize } from '../../src/core/recognition/recognize';
import { createAnnotation, mergeReview } from '../../src/core/review/review';
import type { Annotation } from '../../src/core/sidecar/sidecarSchema';
import { sidecarPathFor } from '../../src/core/sidecar/sidecarSchema';
import { suggestLinks } from '../../src/core/links/links';
import { computeTotals, linkedTotalsArticle } from '../../src/core/totals/totals';
import { CorpusWorkerClient } from '../../src/corpusWorker/corpusWorkerClient';
import { LexiconMatcher } from '../../src/core/workspaceLexicon/lexiconMatcher';
import type { Lexicon } from '../../src/core/workspaceLexicon/workspaceLexicon';
import type { CorpusFile } from '../../src/corpusWorker/corpusWorkerProtocol';

const samplesDir = join(__dirname, '..', '..', '..', 'samples');
const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(samplesDir, f), 'utf8'));

describe('corpus worker (through its client, as the extension and the benchmark use it)', function () {
  // Helper threads compile the engine anew (seconds of CPU): a busy machine slows them far more than the
  // single-threaded tests. A hang still fails, later.
  this.timeout(120_000);
  let folder: string;
  let files: CorpusFile[];
  let client: CorpusWorkerClient;

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'invest-news-worker-'));
    files = samples.map((text, i) => {
      const path = join(folder, `a${i}.txt`);
      writeFileSync(path, text);
      return { path, uri: `file://${path}`, display: `a${i}.txt`, sidecarPath: sidecarPathFor(path) };
    });
    client = new CorpusWorkerClient(join(__dirname, '..', '..', 'corpusWorker.js'), { rows: 50, files: 2, thresholds: 1 });
  });

  after(() => {
    client.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  const engine = (texts: string[], lexicon?: LexiconMatcher, annotations: Annotation[][] = []) =>
    computeTotals(
      texts.map((text, i) => {
        const suggestions = recognize(text, lexicon);
        const canonicalName = (name: string) => lexicon?.canonicalName(name);
        return linkedTotalsArticle(`a${i}.txt`, text, { items: mergeReview(suggestions, annotations[i] ?? []), suggestions, links: [], suggestedLinks: suggestLinks(text, suggestions), canonicalName });
      }),
    );

  it('sums what the engine sums, with the long lists cut to the limits and paged back whole', async () => {
    const payload = await client.scan(files, []);
    const expected = engine(samples);
    assert.deepEqual(payload.totals.amounts, expected.amounts);
    assert.deepEqual(payload.totals.parks, expected.parks);
    assert.ok(expected.parks.some((p) => p.name !== '' && p.suggestedCount > 0), 'the samples hold amounts the engine links to a park');
    assert.deepEqual(payload.totals.companies, expected.companies);
    assert.deepEqual(payload.totals.files, expected.files.slice(0, 2));
    assert.equal(payload.omittedFiles, expected.files.length - 2);
    assert.deepEqual(payload.totals.thresholds, expected.thresholds.slice(0, 1));
    assert.equal(payload.omittedThresholds, Math.max(0, expected.thresholds.length - 1));
    assert.equal(payload.rows.length, 50);
    const itemCount = Object.values(expected.review).reduce((n, c) => n + c.accepted + c.rejected + c.suggested, 0);
    assert.equal(payload.rows.length + payload.omittedRows, itemCount);
  });

  it('keeps contributions, not articles: the rows of a rescan and an annotations update read the articles again and agree with the engine', async () => {
    const own = new CorpusWorkerClient(join(__dirname, '..', '..', 'corpusWorker.js'), { rows: 400, files: 1000, thresholds: 1000 });
    try {
      const first = await own.scan(files, []);
      assert.ok(first.rows.length > 0 && first.records.length > 0, 'the samples give rows and records');
      const again = await own.scan(files, []);
      assert.equal(again.scanned, 0, 'nothing read as new');
      assert.deepEqual(again.rows, first.rows);
      assert.deepEqual(again.records, first.records);
      const [amount] = recognize(samples[0]).filter((e) => e.label === 'MONEY');
      const accepted = createAnnotation(amount, 'accepted', 'test', new Date(0), samples[0], new Set());
      const updated = await own.update([{ uri: files[0].uri, kind: 'annotations', annotations: [accepted] }]);
      const expected = engine(samples, undefined, [[accepted]]);
      assert.deepEqual(updated.totals.files, expected.files);
      assert.deepEqual(updated.totals.amounts, expected.amounts);
      const row = updated.rows.find((r) => r.file === files[0].uri && r.start === amount.start && r.label === 'MONEY');
      assert.equal(row?.status, 'accepted', 'the row of the accepted amount, from the article read again');
    } finally {
      own.dispose();
    }
  });

  it('reads a file again when told the disk holds it now (a document closed unsaved), the other files from its cache', async () => {
    const texts = samples.slice(0, 3);
    const own = new CorpusWorkerClient(join(__dirname, '..', '..', 'corpusWorker.js'), { rows: 50, files: 1000, thresholds: 1000 });
    const onDisk: CorpusFile[] = texts.map((text, i) => {
      const path = join(folder, `disk${i}.txt`);
      writeFileSync(path, text);
      return { path, uri: `file://${path}`, display: `a${i}.txt`, sidecarPath: sidecarPathFor(path) };
    });
    try {
      await own.scan(onDisk, []);
      const saved = `${texts[1]}\n总投资12亿元的新项目落户。\n`;
      writeFileSync(onDisk[1].path, saved);
      const updated = await own.update([{ uri: onDisk[1].uri, kind: 'disk' }, { uri: 'file:///not/in/the/corpus.txt', kind: 'disk' }]);
      const expected = engine([texts[0], saved, texts[2]]);
      assert.notDeepEqual(expected.amounts, engine(texts).amounts, 'the saved text changes the totals');
      assert.deepEqual(updated.totals.amounts, expected.amounts);
      assert.deepEqual(updated.totals.files, expected.files);
      assert.equal(updated.scanned, 0);
    } finally {
      own.dispose();
    }
  });

  it('takes a large unsaved document as transferred UTF-8 chunks and recognises it itself', async () => {
    const edited = `${samples[0]}\n总投资12亿元的新项目落户。\n`;
    const half = edited.indexOf('\n', edited.length >> 1) + 1;
    const chunks = [edited.slice(0, half), edited.slice(half)].map((part) => new TextEncoder().encode(part));
    const payload = await client.update([{ uri: files[0].uri, kind: 'text', chunks, annotations: [] }]);
    const expected = engine([edited, ...samples.slice(1)]);
    assert.deepEqual(payload.totals.amounts, expected.amounts);
    assert.equal(chunks[0].byteLength, 0, 'the buffers were moved to the worker, not copied');
  });

  it('scans with the workspace lexicon: its names suggested, spellings totalled under the canonical name; without it again, as before', async () => {
    const plain = await client.scan(files, []);
    const [first, second] = plain.totals.parks.filter((p) => p.name !== '').map((p) => p.name);
    assert.ok(first && second, 'the samples name two parks');
    const lexicon: Lexicon = { names: [{ name: first, label: 'PARK', variants: [second] }], rejected: [] };
    const taught = await client.scan(files, [], undefined, undefined, lexicon);
    const expected = engine(samples, new LexiconMatcher(lexicon));
    assert.deepEqual(taught.totals.parks, expected.parks);
    assert.ok(!taught.totals.parks.some((p) => p.name === second), 'the variant is totalled under the canonical name');
    assert.deepEqual((await client.scan(files, [])).totals.parks, plain.totals.parks);
  });

  it('loads a large corpus with helper threads too (one per core beyond its own) and sums the same, file order kept', async () => {
    // 120 articles, each a sample with its own first line, so every file differs.
    const texts = Array.from({ length: 120 }, (_, i) => `第${i + 1}篇 ${samples[i % samples.length]}`);
    const many: CorpusFile[] = texts.map((text, i) => {
      const path = join(folder, `many${String(i).padStart(3, '0')}.txt`);
      writeFileSync(path, text);
      return { path, uri: `file://${path}`, display: `a${i}.txt`, sidecarPath: sidecarPathFor(path) };
    });
    const own = new CorpusWorkerClient(join(__dirname, '..', '..', 'corpusWorker.js'), { rows: 50, files: 1000, thresholds: 1000 });
    try {
      const payload = await own.scan(many, []);
      const expected = engine(texts);
      assert.equal(payload.scanned, 120);
      if (availableParallelism() > 1) assert.ok(payload.loadedByHelpers > 0 && payload.loadedByHelpers < 120, `both threads loaded files (helpers: ${payload.loadedByHelpers})`);
      else assert.equal(payload.loadedByHelpers, 0, 'one core: no helper');
      assert.deepEqual(payload.totals.amounts, expected.amounts);
      assert.deepEqual(payload.totals.parks, expected.parks);
      assert.deepEqual(payload.totals.files, expected.files, 'per-file totals in the order of the files');
      assert.deepEqual(payload.totals.thresholds, expected.thresholds);
      const again = await own.scan(many, []);
      assert.equal(again.scanned, 0, 'a rescan reuses what the helpers loaded');
      assert.deepEqual(again.totals.amounts, expected.amounts);
    } finally {
      own.dispose();
    }
  });

  it('helper threads recognise with the scan\'s lexicon: the one they start with and the one they are sent when it changes', async () => {
    // 96 articles (enough for helpers), each naming a park the engine alone does not know.
    const park = '青石湾智造谷';
    const texts = Array.from({ length: 96 }, (_, i) => `第${i + 1}篇 项目落户${park}。\n${samples[i % samples.length]}`);
    const many: CorpusFile[] = texts.map((text, i) => {
      const path = join(folder, `taught${String(i).padStart(3, '0')}.txt`);
      writeFileSync(path, text);
      return { path, uri: `file://${path}`, display: `a${i}.txt`, sidecarPath: sidecarPathFor(path) };
    });
    const lexicon: Lexicon = { names: [{ name: park, label: 'PARK', variants: [] }], rejected: [] };
    const taught = engine(texts, new LexiconMatcher(lexicon));
    const plain = engine(texts);
    const parksSuggested = (t: typeof plain) => t.files.reduce((n, f) => n + f.review.PARK.suggested, 0);
    assert.equal(parksSuggested(taught), parksSuggested(plain) + texts.length, 'the lexicon adds one park suggestion to each article');
    const limits = { rows: 50, files: 1000, thresholds: 1000 };
    const helpersExpected = availableParallelism() > 1;
    // Helpers started without a lexicon, then sent one; then started with it.
    const own = new CorpusWorkerClient(join(__dirname, '..', '..', 'corpusWorker.js'), limits);
    const fresh = new CorpusWorkerClient(join(__dirname, '..', '..', 'corpusWorker.js'), limits);
    try {
      const before = await own.scan(many, []);
      assert.deepEqual(before.totals.files, plain.files);
      for (const [payload, what] of [[await own.scan(many, [], undefined, undefined, lexicon), 'sent to running helpers'], [await fresh.scan(many, [], undefined, undefined, lexicon), 'given to new helpers']] as const) {
        assert.equal(payload.scanned, texts.length, what);
        if (helpersExpected) assert.ok(payload.loadedByHelpers > 0, `helpers loaded files (${what})`);
        assert.deepEqual(payload.totals.files, taught.files, `every file recognised with the lexicon (${what})`);
        assert.deepEqual(payload.totals.parks, taught.parks, what);
      }
      const without = await own.scan(many, []);
      assert.deepEqual(without.totals.files, plain.files, 'without the lexicon again, helpers too');
    } finally {
      own.dispose();
      fresh.dispose();
    }
  });
});
