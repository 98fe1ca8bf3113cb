// Files the peer tools really write (test/unit/fixtures/interop/README.md says where each comes
// from) import without refusing what is fine, and land where the peer tool put them.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBrat } from '../../src/core/interop/bratImport';
import type { InputFile } from '../../src/core/interop/importedDocument';
import { formatProblem } from '../../src/core/interop/importedDocument';
import { planImport } from '../../src/core/interop/importPlan';
import { importLabelStudio } from '../../src/core/interop/labelStudioImport';
import { REPO } from './interopFixtures';

const PEER = join(REPO, 'test', 'unit', 'fixtures', 'interop');
const OPTIONS = { author: 'tester', now: new Date('2024-06-01T08:00:00Z') };
const read = (folder: string, name: string) => readFileSync(join(PEER, folder, name), 'utf8');
const messages = (list: { file: string; line?: number; message: string }[]) => list.map(formatProblem);

function bratExample(stem: string): InputFile[] {
  return [`${stem}.ann`, `${stem}.txt`].map((path) => ({ path, content: read('brat-examples', path) }));
}

describe('interop: files the peer tools write', () => {
  describe('brat’s own example data (attributes and notes on events and relations)', () => {
    const stems = readdirSync(join(PEER, 'brat-examples')).filter((f) => f.endsWith('.ann')).map((f) => f.slice(0, -4));

    for (const stem of stems) {
      it(`imports ${stem} without a problem, skipping events, relations and their attributes with a note per kind`, () => {
        const files = bratExample(stem);
        const parsed = importBrat(files);
        assert.deepEqual(messages(parsed.problems), []);
        assert.equal(parsed.documents.length, 1);
        const notes = messages(parsed.notes);
        const ann = files[0].content;
        if (/^E\d/m.test(ann)) assert.ok(notes.some((n) => /\d+ event\(s\) skipped/.test(n)), notes.join('\n'));
        if (/^R\d/m.test(ann)) assert.ok(notes.some((n) => /\d+ relation\(s\) skipped/.test(n)), notes.join('\n'));
        if (/^A\d+\t\S+ E\d/m.test(ann)) assert.ok(notes.some((n) => /\d+ attribute\(s\) of events .*skipped/.test(n)), notes.join('\n'));
        if (/^#\d+\tAnnotatorNotes [ER]\d/m.test(ann)) assert.ok(notes.some((n) => /note\(s\) on (events|relations) skipped/.test(n)), notes.join('\n'));
        assert.ok(notes.length <= 8, `one note per kind, not per line:\n${notes.join('\n')}`);
      });
    }

    it('imports the text-bound annotations of a type that is ours, next to attributes of events', () => {
      // The tutorial's entity type renamed to one of ours: the events and their attributes stay.
      const files = bratExample('bio-100-attribute_annotation').map((f) => ({ ...f, content: f.content.replace(/\tProtein /g, '\tCOMPANY ') }));
      const companies = (files[0].content.match(/\tCOMPANY /g) ?? []).length;
      const parsed = importBrat(files);
      assert.deepEqual(messages(parsed.problems), []);
      const spans = parsed.documents[0].spans;
      assert.equal(spans.length, companies);
      const text = files[1].content;
      for (const span of spans) assert.equal(text.slice(span.start, span.end), span.text);
      assert.match(messages(parsed.notes).join('\n'), /5 attribute\(s\) of events \(Confidence, Negation\) skipped/);
    });

    it('still refuses an attribute pointing at an id the file does not define', () => {
      const files = bratExample('bio-100-attribute_annotation');
      files[0].content += 'A9\tNegation E99\n';
      const line = files[0].content.trimEnd().split('\n').length;
      assert.deepEqual(messages(importBrat(files).problems), [`bio-100-attribute_annotation.ann:${line}: attribute Negation points to E99, which this file does not define`]);
    });

    it('refuses an id defined twice, naming the file and both lines, instead of dropping the first', () => {
      const files = bratExample('bio-110-note_annotation');
      files[0].content = files[0].content.replace('T2\tProtein 431 436\tIL-10\n', 'T2\tProtein 431 436\tIL-10\nT3\tProtein 431 436\tIL-10\n');
      const problems = messages(importBrat(files).problems);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], /^bio-110-note_annotation\.ann:5: T3 is defined twice \(first on line 4\)/);
    });
  });

  describe('Label Studio: region text with escaped line breaks', () => {
    const article = read('label-studio-escaped-newlines', '000_f01fb90405ce7266.txt');
    const tasks = read('label-studio-escaped-newlines', 'tasks.json');
    const existing = () => [{ file: '000_f01fb90405ce7266.txt', text: article, annotations: [] }];

    it('imports every region of the file the editor saved, the one across two line breaks included', () => {
      const parsed = importLabelStudio([{ path: 'tasks.json', content: tasks }]);
      assert.deepEqual(messages(parsed.problems), []);
      const spans = parsed.documents[0].spans;
      assert.equal(spans.length, 4);
      const across = spans.find((a) => a.label === 'PROJECT');
      assert.ok(across);
      assert.ok(across.text.includes('\n\n'), 'the span holds the real line breaks of the article');
      for (const a of spans) assert.equal(article.slice(a.start, a.end), a.text);
      const plan = planImport(parsed, existing(), OPTIONS);
      assert.deepEqual(messages(plan.problems), []);
      assert.equal(plan.articles[0].file, '000_f01fb90405ce7266.txt');
    });

    it('accepts a region text whose CRLF lost its CR when Label Studio saved again, and refuses a real difference', () => {
      const text = '总投资50亿元的博通科技产业园\r\n项目落户新余高新区';
      const task = (stored: string) => [{ id: 7, data: { text }, annotations: [{ id: 1, result: [{ id: 'r1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 8, end: 19, text: stored, labels: ['PROJECT'] } }] }] }];
      for (const stored of ['博通科技产业园\r\n项目', '博通科技产业园\n项目', '博通科技产业园\\n项目', '博通科技产业园\\r\\n项目']) {
        const parsed = importLabelStudio([{ path: 'crlf.json', content: JSON.stringify(task(stored)) }]);
        assert.deepEqual(messages(parsed.problems), [], JSON.stringify(stored));
        assert.equal(parsed.documents[0].spans[0].text, '博通科技产业园\r\n项目');
      }
      const different = messages(importLabelStudio([{ path: 'crlf.json', content: JSON.stringify(task('博通科技产业园 项目')) }]).problems);
      assert.match(different.join('\n'), /^crlf\.json: task 1 \(id 7\): result 1 \(region r1\): offsets 8–19 cover “博通科技产业园\r\n项目” but the annotation says “博通科技产业园 项目”/);
    });
  });
});
