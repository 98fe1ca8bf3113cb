// Bad input refuses the whole import with a message naming the file and the line (or task).
import { strict as assert } from 'node:assert';
import { exportBrat } from '../../src/core/interop/brat';
import { importBrat } from '../../src/core/interop/bratImport';
import { exportDoccano } from '../../src/core/interop/doccano';
import { importDoccano } from '../../src/core/interop/doccanoImport';
import { formatProblem } from '../../src/core/interop/importedDocument';
import { planImport } from '../../src/core/interop/importPlan';
import { exportJsonl } from '../../src/core/interop/jsonl';
import { importJsonl } from '../../src/core/interop/jsonlImport';
import { exportLabelStudio } from '../../src/core/interop/labelStudio';
import { importLabelStudio } from '../../src/core/interop/labelStudioImport';
import { astralArticle, pinArticle } from './interopFixtures';

const OPTIONS = { author: 'tester', now: new Date('2024-06-01T08:00:00Z') };
const existing = () => [pinArticle(), astralArticle()].map((a) => ({ file: a.file, text: a.text, annotations: [] }));
const messages = (problems: { file: string; line?: number; message: string }[]) => problems.map(formatProblem);

describe('interop bad input', () => {
  it('jsonl: a truncated line names the file and line; nothing is planned', () => {
    const content = exportJsonl([pinArticle(), astralArticle()]).files[0].content;
    const lines = content.split('\n');
    const truncated = `${lines[0]}\n${lines[1].slice(0, lines[1].length - 20)}\n`;
    const parsed = importJsonl([{ path: 'in/annotations.jsonl', content: truncated }]);
    assert.equal(parsed.problems.length, 1);
    assert.match(formatProblem(parsed.problems[0]), /^in\/annotations\.jsonl:2: .*truncated/);
    const plan = planImport(parsed, existing(), OPTIONS);
    assert.ok(plan.problems.length > 0, 'the plan carries the problem, so callers write nothing');
  });

  it('jsonl: an annotation whose text is not at its offsets is refused', () => {
    const content = exportJsonl([pinArticle()]).files[0].content.replace('"start":5,"end":9', '"start":4,"end":8');
    const parsed = importJsonl([{ path: 'a.jsonl', content }]);
    assert.match(messages(parsed.problems).join('\n'), /^a\.jsonl:1: annotation 1 \(MONEY “50亿元”\): offsets 4–8 cover “资50亿” but the annotation says “50亿元”/);
  });

  it('brat: offsets past the end of the .txt name the .ann and its line', () => {
    const files = exportBrat([pinArticle()]).files;
    const ann = files.find((f) => f.path === '000.ann');
    assert.ok(ann);
    ann.content += 'T9\tPARK 24 40\t区\n';
    const parsed = importBrat(files);
    const [problem] = parsed.problems;
    assert.equal(problem.file, '000.ann');
    assert.equal(problem.line, ann.content.trim().split('\n').length);
    assert.match(problem.message, /past the end of the text \(25 characters\)/);
    assert.equal(parsed.documents.length, 0);
  });

  it('brat: a stored text that does not match (UTF-16 offsets written by mistake) is refused', () => {
    const files = exportBrat([pinArticle()]).files;
    const ann = files.find((f) => f.path === '000.ann');
    assert.ok(ann);
    ann.content = ann.content.replace('MONEY 4 8', 'MONEY 5 9');
    assert.match(messages(importBrat(files).problems).join('\n'), /^000\.ann:1: T1 MONEY: the text at 5 9 is “0亿元的”, not the stored “50亿元”/);
  });

  it('brat: an .ann without its .txt is refused', () => {
    const ann = exportBrat([pinArticle()]).files.filter((f) => f.path.endsWith('.ann'));
    assert.match(messages(importBrat(ann).problems).join('\n'), /000\.ann: no 000\.txt beside it/);
  });

  it('brat: reads a CRLF file whose offsets count CRLF as one (brat 1.3), and says so', () => {
    const article = astralArticle();
    const files = exportBrat([article]).files;
    const ann = files.find((f) => f.path.endsWith('.ann'));
    assert.ok(ann);
    // Shift every offset after the CRLF by one, as Python 2's universal newlines would have counted.
    const crlfAt = [...article.text.slice(0, article.text.indexOf('\r\n'))].length;
    ann.content = ann.content.replace(/ (\d+) (\d+)/g, (_m, s, e) => ` ${Number(s) > crlfAt ? Number(s) - 1 : s} ${Number(e) > crlfAt ? Number(e) - 1 : e}`).replace(/;(\d+) (\d+)/g, (_m, s, e) => `;${Number(s) > crlfAt ? Number(s) - 1 : s} ${Number(e) > crlfAt ? Number(e) - 1 : e}`);
    const parsed = importBrat(files);
    assert.deepEqual(messages(parsed.problems), []);
    assert.match(messages(parsed.notes).join('\n'), /CRLF as one character/);
    assert.equal(parsed.documents[0].spans.length, article.annotations.length);
  });

  it('label-studio: a task for another text is refused, naming the file and task', () => {
    const content = exportLabelStudio([pinArticle()]).files[0].content.replace('落户', '迁往');
    const parsed = importLabelStudio([{ path: 'ls.json', content }]);
    const plan = planImport(parsed, existing(), OPTIONS);
    assert.equal(plan.problems.length, 1);
    assert.match(formatProblem(plan.problems[0]), /^ls\.json: task 1 \(id 1\): its text is not the text of 000\.txt \(they differ from character 19/);
    assert.equal(plan.articles.length, 0);
  });

  it('label-studio: a task without a file name whose text is unknown is refused', () => {
    const tasks = JSON.parse(exportLabelStudio([pinArticle()]).files[0].content);
    delete tasks[0].data.file;
    tasks[0].data.text = tasks[0].data.text.replace('新余', '南昌');
    for (const r of tasks[0].annotations[0].result) delete r.value.text;
    const plan = planImport(importLabelStudio([{ path: 'ls.json', content: JSON.stringify(tasks) }]), existing(), OPTIONS);
    assert.match(messages(plan.problems).join('\n'), /ls\.json: task 1 \(id 1\): no article has this text/);
  });

  it('label-studio: truncated JSON names the line', () => {
    const content = exportLabelStudio([pinArticle()]).files[0].content;
    const parsed = importLabelStudio([{ path: 'ls.json', content: content.slice(0, content.length / 2) }]);
    assert.equal(parsed.problems.length, 1);
    assert.ok((parsed.problems[0].line ?? 0) > 1, formatProblem(parsed.problems[0]));
  });

  it('doccano: a text-classification export and spans past the end are refused with their lines', () => {
    const good = exportDoccano([pinArticle()]).files[0].content.trim();
    const classification = JSON.stringify({ text: 'x', label: ['positive'] });
    const pastEnd = good.replace('[21,26,"PARK"]', '[21,99,"PARK"]');
    const parsed = importDoccano([{ path: 'd.jsonl', content: `${good}\n${classification}\n${pastEnd}\n` }]);
    const text = messages(parsed.problems).join('\n');
    assert.match(text, /^d\.jsonl:2: .*text-classification/m);
    assert.match(text, /^d\.jsonl:3: span 3 \[21, 99, PARK\]: offsets 21–99 are past the end/m);
  });

  it('a sidecar that cannot be used refuses the import of its article', () => {
    const parsed = importJsonl(exportJsonl([pinArticle()]).files);
    const plan = planImport(parsed, [{ ...existing()[0], problem: 'not valid JSON' }], OPTIONS);
    assert.match(messages(plan.problems).join('\n'), /the sidecar of 000\.txt cannot be used: not valid JSON/);
  });

  it('refuses to guess between two articles with the same text, and matches a name by its ending', () => {
    const parsed = importJsonl(exportJsonl([pinArticle()]).files);
    const twins = [{ ...existing()[0], file: 'a/000.txt' }, { ...existing()[0], file: 'b/copy.txt' }];
    const plan = planImport(parsed, twins, OPTIONS);
    assert.deepEqual(messages(plan.problems), [], 'the name 000.txt picks a/000.txt');
    assert.equal(plan.articles[0].file, 'a/000.txt');
    const unnamed = importDoccano([{ path: 'd.jsonl', content: JSON.stringify({ text: pinArticle().text, label: [[5, 9, 'MONEY']] }) }]);
    const ambiguous = planImport(unnamed, twins, OPTIONS);
    assert.match(messages(ambiguous.problems).join('\n'), /d\.jsonl:1: 2 articles have this text \(a\/000\.txt, b\/copy\.txt\)/);
  });
});
