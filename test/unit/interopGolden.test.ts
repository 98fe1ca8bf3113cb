// Each exporter's output for the worked example of interop-formats.md, compared with golden
// files written by hand from that documentation (offsets from its table: MONEY 50亿元 at code
// points 4–8, UTF-16 units 5–9). The shape checks below restate what each tool requires.
// The `pin-links.*` files are the same example with the amount linked to its project and park,
// in every format that carries links, so that a change in how links are written shows in review.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportResult } from '../../src/core/interop/annotatedArticle';
import { exportBrat } from '../../src/core/interop/brat';
import { exportConll } from '../../src/core/interop/conll';
import { exportCsv } from '../../src/core/interop/csv';
import { exportDoccano } from '../../src/core/interop/doccano';
import { exportJsonl } from '../../src/core/interop/jsonl';
import { exportLabelStudio } from '../../src/core/interop/labelStudio';
import { exportRecordsCsv } from '../../src/core/interop/recordsCsv';
import { GOLDEN, PIN_LINE, pinArticle, pinLinkedArticle } from './interopFixtures';

const golden = (name: string) => readFileSync(join(GOLDEN, name), 'utf8');
const file = (result: ExportResult, path: string) => {
  const found = result.files.find((f) => f.path === path);
  assert.ok(found, `${path} among ${result.files.map((f) => f.path).join(', ')}`);
  return found;
};
const jsonLines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l));

describe('interop golden files (interop-formats.md worked example)', () => {
  it('brat: .txt is the exact BOM-free text, .ann has code-point offsets and attribute/note lines', () => {
    const result = exportBrat([pinArticle()]);
    assert.equal(file(result, '000.txt').content, golden('pin.txt'));
    assert.equal(file(result, '000.txt').bom, undefined);
    assert.equal(file(result, '000.ann').content, golden('pin.brat.ann'));
    const t1 = golden('pin.brat.ann').split('\n')[0].split('\t');
    assert.deepEqual(t1, ['T1', 'MONEY 4 8', '50亿元']);
    assert.equal([...PIN_LINE].slice(4, 8).join(''), '50亿元', 'brat offsets index code points');
    const conf = file(result, 'annotation.conf').content;
    for (const section of ['[entities]', '[relations]', '[events]', '[attributes]']) assert.ok(conf.includes(section), section);
    assert.match(conf, /^Role\tArg:MONEY, Value:investment\|contract\|/m);
    assert.match(conf, /^Currency\tArg:MONEY, Value:.*\bCNY\b/m);
    assert.ok(file(result, 'visual.conf').content.includes('[labels]'));
  });

  it('label-studio: tasks with code-point results for the NER template, and the matching config', () => {
    const result = exportLabelStudio([pinArticle()]);
    const tasks = JSON.parse(file(result, 'label-studio-tasks.json').content);
    assert.deepEqual(tasks, JSON.parse(golden('pin.label-studio.json')));
    const config = file(result, 'label-studio-config.xml').content;
    assert.match(config, /<Labels name="label" toName="text">/);
    assert.match(config, /<Text name="text" value="\$text"/);
    for (const r of tasks[0].annotations[0].result) assert.ok(config.includes(`name="${r.from_name}"`), `config declares ${r.from_name}`);
    assert.ok(!('predictions' in tasks[0]), 'no suggestions were asked for');
  });

  it('doccano: [start, end, LABEL] triples in UTF-16 units, meta keys alongside', () => {
    const result = exportDoccano([pinArticle()]);
    assert.deepEqual(jsonLines(file(result, 'doccano.jsonl').content), jsonLines(golden('pin.doccano.jsonl')));
    const [line] = jsonLines(golden('pin.doccano.jsonl'));
    assert.equal(PIN_LINE.slice(line.label[0][0], line.label[0][1]), '50亿元', 'doccano offsets are JavaScript string indices');
  });

  it('doccano grapheme mode counts the 📍 as one, and says so', () => {
    const [line] = jsonLines(file(exportDoccano([pinArticle()], { unit: 'grapheme' }), 'doccano.jsonl').content);
    assert.deepEqual(line.label[0], [4, 8, 'MONEY']);
    assert.equal(line.offset_unit, 'grapheme');
  });

  it('jsonl: one article a line, UTF-16 offsets, the unit named on the line', () => {
    const result = exportJsonl([pinArticle()]);
    assert.deepEqual(jsonLines(file(result, 'annotations.jsonl').content), jsonLines(golden('pin.jsonl')));
    assert.equal(jsonLines(golden('pin.jsonl'))[0].offset_unit, 'utf-16');
  });

  it('csv: header, one annotation a row, CRLF, BOM requested for Excel', () => {
    const result = exportCsv([pinArticle()]);
    assert.equal(file(result, 'annotations.csv').content, golden('pin.csv'));
    assert.equal(file(result, 'annotations.csv').bom, true);
  });

  it('conll: one character a line with its BIO tag, the emoji one token', () => {
    const result = exportConll([pinArticle()]);
    assert.equal(file(result, 'annotations.conll').content, golden('pin.conll'));
  });

  it('conll: every Unicode line break (U+0085, U+2028, U+2029, form feed) ends a sentence, never a token', () => {
    const breaks = ['\u0085', '\u2028', '\u2029', '\f', '\v', '\u001c'];
    const text = `总投资${breaks.join('签约')}50亿元`;
    const content = file(exportConll([{ file: 'a.txt', text, annotations: [{ label: 'MONEY', start: text.indexOf('50'), end: text.length, text: '50亿元' }] }]), 'annotations.conll').content;
    // Python's str.splitlines, which CoNLL readers use, would cut a line at each of them.
    for (const b of breaks) assert.ok(!content.includes(b), `${JSON.stringify(b)} is not written`);
    const lines = content.split('\n');
    assert.ok(lines.every((l) => l === '' || /^-DOCSTART-\tO$|^\S\t(O|[BI]-[A-Z]+)$/u.test(l)), content);
    assert.equal(content.split('\n\n').length - 2, breaks.length + 1, 'one sentence per piece of text between the breaks');
  });

  describe('with links (the amount → its project and its park)', () => {
    const exported = (exporter: (articles: [ReturnType<typeof pinLinkedArticle>]) => ExportResult) => exporter([pinLinkedArticle()]);
    it('brat: R lines between the T ids', () => {
      assert.equal(file(exported(exportBrat), '000.ann').content, golden('pin-links.brat.ann'));
    });
    it('label-studio: relation results between the region ids', () => {
      assert.deepEqual(JSON.parse(file(exported(exportLabelStudio), 'label-studio-tasks.json').content), JSON.parse(golden('pin-links.label-studio.json')));
    });
    it('doccano: entities with ids and relations from_id → to_id, as a relation project exports', () => {
      assert.deepEqual(jsonLines(file(exported(exportDoccano), 'doccano.jsonl').content), jsonLines(golden('pin-links.doccano.jsonl')));
    });
    it('jsonl: the linked spans\' offsets on the MONEY annotation', () => {
      assert.deepEqual(jsonLines(file(exported(exportJsonl), 'annotations.jsonl').content), jsonLines(golden('pin-links.jsonl')));
    });
    it('csv and records csv: the linked texts', () => {
      assert.equal(file(exported(exportCsv), 'annotations.csv').content, golden('pin-links.csv'));
      assert.equal(file(exported(exportRecordsCsv), 'records.csv').content, golden('pin-links.records.csv'));
    });
    it('every format that carries links wrote both', () => {
      for (const exporter of [exportBrat, exportLabelStudio, exportDoccano, exportJsonl, exportCsv, exportRecordsCsv]) assert.equal(exported(exporter).links, 2, exporter.name);
    });
  });

  it('counts what it wrote per label', () => {
    for (const exporter of [exportBrat, exportLabelStudio, exportDoccano, exportJsonl, exportCsv, exportConll]) {
      assert.deepEqual(exporter([pinArticle()]).counts, { MONEY: 1, PARK: 1, PROJECT: 1, COMPANY: 0 }, exporter.name);
    }
  });
});
