// Bad input refuses the whole import with a message naming the file and the line (or task).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { exportBrat } from '../../src/core/interop/brat';
import { importBrat } from '../../src/core/interop/bratImport';
import { exportDoccano } from '../../src/core/interop/doccano';
import { importDoccano } from '../../src/core/interop/doccanoImport';
import type { InputFile, ParsedImport } from '../../src/core/interop/importedDocument';
import { formatProblem } from '../../src/core/interop/importedDocument';
import { planImport } from '../../src/core/interop/importPlan';
import { exportJsonl } from '../../src/core/interop/jsonl';
import { importJsonl } from '../../src/core/interop/jsonlImport';
import { exportLabelStudio } from '../../src/core/interop/labelStudio';
import { importLabelStudio } from '../../src/core/interop/labelStudioImport';
import { parseSidecar } from '../../src/core/sidecar/sidecarSchema';
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

  it('drops MONEY attributes an input puts on a span that is not MONEY, with a note', () => {
    const text = pinArticle().text;
    const park = text.indexOf('新余高新区');
    const doccano = importDoccano([{ path: 'd.jsonl', content: JSON.stringify({ text, label: [[park, park + 5, 'PARK']], money: [{ start: park, end: park + 5, role: 'investment', value: 5 }] }) }]);
    const jsonl = importJsonl([{ path: 'a.jsonl', content: JSON.stringify({ text, annotations: [{ label: 'PARK', start: park, end: park + 5, text: '新余高新区', scope: 'item' }] }) }]);
    const files = exportBrat([pinArticle()]).files;
    const ann = files.find((f) => f.path === '000.ann');
    assert.ok(ann);
    const parkId = /^(T\d+)\tPARK/m.exec(ann.content)?.[1];
    ann.content += `A99\tRole ${parkId} investment\n`;
    const brat = importBrat(files);
    for (const [name, parsed] of [['doccano', doccano], ['jsonl', jsonl], ['brat', brat]] as const) {
      assert.deepEqual(messages(parsed.problems), [], name);
      const stored = parsed.documents[0].spans.find((span) => span.label === 'PARK');
      assert.ok(stored, name);
      assert.deepEqual([stored.role, stored.value, stored.scope], [undefined, undefined, undefined], name);
      assert.match(messages(parsed.notes).join('\n'), /PARK “新余高新区”: MONEY attributes \(.+\) do not apply to a PARK; dropped/, name);
    }
    assert.equal(brat.documents[0].spans.find((span) => span.label === 'MONEY')?.role, 'investment', 'a MONEY keeps its attributes');
  });

  describe('hostile JSON: every importer reports file and line, never throws', () => {
    const text = pinArticle().text;
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const ls = (result: string, id = '1') => `[{"id":${id},"data":{"text":${JSON.stringify(text)}},"annotations":[{"id":1,"result":[${result}]}]}]`;
    const cases: [string, (files: readonly InputFile[]) => ParsedImport, string][] = [
      ['doccano "money":[null]', importDoccano, `{"text":${JSON.stringify(text)},"label":[[5,9,"MONEY"]],"money":[null]}`],
      ['doccano a {"toString":1} offset', importDoccano, `{"text":${JSON.stringify(text)},"label":[[{"toString":1},9,"MONEY"]]}`],
      ['doccano a {"toString":1} label', importDoccano, `{"text":${JSON.stringify(text)},"label":[[5,9,{"toString":1}]]}`],
      ['doccano a 20,000-deep label', importDoccano, `{"text":${JSON.stringify(text)},"label":[[5,9,${deep(20000)}]]}`],
      ['doccano 20,000-deep labels', importDoccano, `{"text":${JSON.stringify(text)},"label":${deep(20000)}}`],
      ['doccano 20,000-deep suggested', importDoccano, `{"text":${JSON.stringify(text)},"label":[[5,9,"MONEY"]],"suggested":[${deep(20000)}]}`],
      ['doccano entities [null]', importDoccano, `{"text":${JSON.stringify(text)},"entities":[null]}`],
      ['jsonl a {"toString":1} attribute', importJsonl, `{"text":${JSON.stringify(text)},"annotations":[{"label":"MONEY","start":5,"end":9,"role":{"toString":1}}]}`],
      ['jsonl a 20,000-deep attribute', importJsonl, `{"text":${JSON.stringify(text)},"annotations":[{"label":"MONEY","start":5,"end":9,"value":${deep(20000)}}]}`],
      ['label-studio a {"toString":1} task id', importLabelStudio, ls('', '{"toString":1}')],
      ['label-studio a {"toString":1} region id', importLabelStudio, ls('{"id":{"toString":1},"type":"labels","value":{"start":4,"end":8,"labels":["MONEY"]}}')],
      ['label-studio a {"toString":1} offset', importLabelStudio, ls('{"id":"a","type":"labels","value":{"start":{"toString":1},"end":8,"labels":["MONEY"]}}')],
      ['label-studio a {"toString":1} from_name', importLabelStudio, ls('{"id":"a","from_name":{"toString":1},"type":"choices","value":{"choices":["x"]}}')],
      ['label-studio 20,000-deep labels', importLabelStudio, ls(`{"id":"a","type":"labels","value":{"start":4,"end":8,"labels":${deep(20000)}}}`)],
      ['label-studio a {"toString":1} choice', importLabelStudio, ls('{"id":"a","type":"labels","value":{"start":4,"end":8,"labels":["MONEY"]}},{"id":"a","from_name":"role","type":"choices","value":{"choices":[{"toString":1}]}}')],
    ];
    for (const [name, importer, content] of cases) {
      it(name, () => {
        let parsed: ParsedImport | undefined;
        assert.doesNotThrow(() => {
          parsed = importer([{ path: 'in/hostile', content }]);
        });
        assert.ok(parsed);
        for (const problem of [...parsed.problems, ...parsed.notes]) assert.match(formatProblem(problem), /^in\/hostile(:1)?: \S/);
        if (/toString":1\} offset|deep attribute|toString":1\} (attribute|choice)/.test(name)) assert.ok(parsed.problems.length > 0, 'a value that cannot be used is refused');
      });
    }

    it('brat: ids and values made to break a parser', () => {
      const files = exportBrat([pinArticle()]).files;
      const ann = files.find((f) => f.path === '000.ann');
      assert.ok(ann);
      ann.content += 'A50\tRole __proto__ investment\n#9\tAnnotatorNotes constructor\tvalue=1\nT99\tMONEY 99999999999999999999 3\tx\nA51\tRole T1 toString\n';
      const parsed = importBrat(files);
      assert.ok(parsed.problems.length >= 3, messages(parsed.problems).join('\n'));
      for (const problem of parsed.problems) assert.match(formatProblem(problem), /^000\.ann:\d+: \S/);
    });

    it('any JSON value anywhere in an export line or task is refused or read, never thrown', () => {
      const jsonlLine = JSON.parse(exportJsonl([pinArticle()]).files[0].content);
      const doccanoLine = JSON.parse(exportDoccano([pinArticle()]).files[0].content);
      const task = JSON.parse(exportLabelStudio([pinArticle()]).files[0].content);
      const targets: [(files: readonly InputFile[]) => ParsedImport, unknown, boolean][] = [
        [importJsonl, jsonlLine, true],
        [importDoccano, doccanoLine, true],
        [importLabelStudio, task, false],
      ];
      const hostile = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ toString: 1 }), fc.constant({ valueOf: 1, toString: 1 }), fc.constant(null), fc.constant([null]));
      fc.assert(
        fc.property(fc.nat({ max: targets.length - 1 }), fc.nat(), hostile, (which, pick, value) => {
          const [importer, base, lineOriented] = targets[which];
          const copy = structuredClone(base);
          const slots = paths(copy);
          const [holder, key] = slots[pick % slots.length];
          (holder as Record<string, unknown>)[key] = value;
          const parsed = importer([{ path: 'p', content: JSON.stringify(copy) }]);
          for (const problem of [...parsed.problems, ...parsed.notes]) {
            assert.match(formatProblem(problem), lineOriented ? /^p:1: \S/ : /^p(:\d+)?: \S/);
          }
        }),
        { numRuns: 600 },
      );
    });

    it('the sidecar reader refuses hostile JSON with a message, never throws', () => {
      const hostile = [
        `{"annotations":${deep(20000)}}`,
        '{"format":{"toString":1}}',
        '{"format":"invest-news-annotations","version":1,"article":"a","sha256":"x","annotations":[null]}',
        `{"format":"invest-news-annotations","version":1,"article":"a","sha256":"${'0'.repeat(64)}","annotations":[{"id":{"toString":1},"label":${deep(20000)}}]}`,
      ];
      for (const text of hostile) {
        const result = parseSidecar(text);
        assert.equal(result.ok, false, text.slice(0, 80));
      }
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
          const result = parseSidecar(JSON.stringify({ format: 'invest-news-annotations', version: 1, article: 'a', sha256: '0'.repeat(64), annotations: [value] }));
          if (!result.ok) assert.ok(result.problem.length > 0);
        }),
        { numRuns: 300 },
      );
    });
  });
});

/** Every [object, key] slot of a parsed JSON value, so a property test can put anything anywhere. */
function paths(value: unknown): [object, string][] {
  const slots: [object, string][] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Object.keys(node)) {
      slots.push([node, key]);
      visit((node as Record<string, unknown>)[key]);
    }
  };
  visit(value);
  return slots;
}
