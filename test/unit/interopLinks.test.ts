// Links through the formats: export → import gives the same links (brat, JSONL, Label Studio, doccano), into empty
// sidecars and into sidecars that already hold them (no duplicates); suggested links are marked
// and not imported; relations to unknown ids are refused with file and line; files without
// relations import as before; CSV and the records CSV name the linked texts.
import { strict as assert } from 'node:assert';
import type { AnnotatedArticle, ExportResult, ImportFormat, InteropLink } from '../../src/core/interop/annotatedArticle';
import { exportFormat, importFormat, readsFile } from '../../src/core/interop/formats';
import type { ParsedImport } from '../../src/core/interop/importedDocument';
import { formatProblem } from '../../src/core/interop/importedDocument';
import type { ImportPlan } from '../../src/core/interop/importPlan';
import { planImport } from '../../src/core/interop/importPlan';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/sidecarSchema';
import { sidecarFor } from '../../src/core/interop/importPlan';
import { linkedArticle, pinArticle } from './interopFixtures';

const OPTIONS = { author: 'tester', now: new Date('2024-06-01T08:00:00Z') };
const LINK_FORMATS: ImportFormat[] = ['brat', 'jsonl', 'label-studio', 'doccano'];

function exportAndRead(format: ImportFormat, articles: AnnotatedArticle[]): { exported: ExportResult; parsed: ParsedImport } {
  const exported = exportFormat(format, articles);
  const parsed = importFormat(format, exported.files.filter((f) => readsFile(format, f.path)).map((f) => ({ path: f.path, content: f.content })));
  assert.deepEqual(parsed.problems.map(formatProblem), []);
  return { exported, parsed };
}

/** The plan's links of an article as (kind, amount span, target span), sorted. */
function linksOf(plan: ImportPlan, file: string): string[] {
  const article = plan.articles.find((a) => a.file === file);
  assert.ok(article, `${file} is in the plan`);
  const byId = new Map(article.annotations.map((a) => [a.id, a]));
  return article.links.map((l) => `${l.kind} ${byId.get(l.from)?.start}-${byId.get(l.from)?.end} → ${byId.get(l.to)?.label} ${byId.get(l.to)?.start}-${byId.get(l.to)?.end} ${l.status}`).sort();
}

function expected(article: AnnotatedArticle, links: readonly InteropLink[] = article.links ?? []): string[] {
  const label = { project: 'PROJECT', company: 'COMPANY', park: 'PARK' } as const;
  return links.map((l) => `${l.kind} ${l.from.start}-${l.from.end} → ${label[l.kind]} ${l.to.start}-${l.to.end} accepted`).sort();
}

describe('interop: links', () => {
  for (const format of LINK_FORMATS) {
    describe(format, () => {
      it('export → import gives the same links (astral characters, CRLF)', () => {
        const article = linkedArticle();
        const { exported, parsed } = exportAndRead(format, [article, pinArticle()]);
        assert.equal(exported.links, 5);
        const plan = planImport(parsed, [article, pinArticle()].map((a) => ({ file: a.file, text: a.text, annotations: [] })), OPTIONS);
        assert.deepEqual(plan.problems, []);
        assert.deepEqual(linksOf(plan, article.file), expected(article));
        assert.deepEqual(linksOf(plan, '000.txt'), []);
        const written = plan.articles.find((a) => a.file === article.file)!;
        assert.ok(written.links.every((l) => l.author === 'tester' && l.time === '2024-06-01T08:00:00.000Z'));
        const check = parseSidecar(serializeSidecar({ ...sidecarFor(written.file, written.text, written.annotations), links: written.links }));
        assert.ok(check.ok, check.ok ? '' : check.problem);
      });

      it('importing again adds no link and no duplicate', () => {
        const article = linkedArticle();
        const { parsed } = exportAndRead(format, [article]);
        const first = planImport(parsed, [{ file: article.file, text: article.text, annotations: [] }], OPTIONS).articles[0];
        const again = planImport(parsed, [{ file: article.file, text: article.text, annotations: first.annotations, links: first.links }], OPTIONS).articles[0];
        assert.equal(again.added.length, 0);
        assert.equal(again.addedLinks.length, 0);
        assert.deepEqual(again.links, first.links);
      });

      it('a stored link the import contradicts is kept and reported, unless replacing', () => {
        const article = linkedArticle();
        const { parsed } = exportAndRead(format, [article]);
        const first = planImport(parsed, [{ file: article.file, text: article.text, annotations: [] }], OPTIONS).articles[0];
        // The stored park link of 50亿元 goes to the project's… no: to another PARK is impossible here; reject it instead.
        const park = first.links.find((l) => l.kind === 'park' && first.annotations.find((a) => a.id === l.from)?.text === '50亿元')!;
        const stored = first.links.map((l) => (l === park ? { ...l, status: 'rejected' as const } : l));
        const kept = planImport(parsed, [{ file: article.file, text: article.text, annotations: first.annotations, links: stored }], OPTIONS).articles[0];
        assert.equal(kept.linkConflicts.length, 1);
        assert.match(kept.linkConflicts[0], /^park link of MONEY “50亿元” .*the sidecar rejects this link; kept the sidecar's$/);
        assert.deepEqual(kept.links, stored);
        const replaced = planImport(parsed, [{ file: article.file, text: article.text, annotations: first.annotations, links: stored }], { ...OPTIONS, replace: true }).articles[0];
        assert.equal(replaced.linkConflicts.length, 0);
        assert.ok(replaced.links.some((l) => l.kind === 'park' && l.from === park.from && l.to === park.to && l.status === 'accepted'));
        assert.equal(replaced.links.length, stored.length);
      });

      it('suggested links are marked in the export and not imported (one note per kind)', () => {
        const article = linkedArticle();
        article.links = article.links!.map((l) => (l.kind === 'park' ? { ...l, status: 'suggested' } : l));
        const { exported, parsed } = exportAndRead(format, [article]);
        const plan = planImport(parsed, [{ file: article.file, text: article.text, annotations: [] }], OPTIONS);
        assert.deepEqual(linksOf(plan, article.file), expected(article, article.links.filter((l) => l.kind !== 'park')));
        if (format === 'label-studio') {
          // Relations live in the result list of their regions: a suggested link between accepted regions has none.
          assert.deepEqual(exported.notes, ['2 suggested link(s) touching an accepted region left out: Label Studio keeps relations in the list of their regions (annotation or prediction)']);
          return;
        }
        const notes = parsed.notes.map(formatProblem).filter((n) => /park link/.test(n));
        assert.equal(notes.length, 1, notes.join('\n'));
        assert.match(notes[0], /2 park link\(s\) .*unreviewed/);
      });

      it('a link whose end is not exported is left out of the export', () => {
        const article = linkedArticle();
        article.annotations = article.annotations.filter((a) => a.label !== 'COMPANY');
        const { exported } = exportAndRead(format, [article]);
        assert.equal(exported.links, 4);
      });

      it('a file without links imports as before (no link fields in the plan)', () => {
        const { parsed } = exportAndRead(format, [pinArticle()]);
        assert.ok(parsed.documents.every((d) => d.links === undefined));
      });
    });
  }

  describe('bad input', () => {
    it('brat: a relation to an id the file does not define refuses the file, naming file and line', () => {
      const { exported } = exportAndRead('brat', [linkedArticle()]);
      const files = exported.files.filter((f) => readsFile('brat', f.path)).map((f) => ({ path: f.path, content: f.path.endsWith('.ann') ? f.content.replace(/^(R1\tproject Arg1:T\d+ Arg2:)T\d+$/m, '$1T99') : f.content }));
      const line = files.find((f) => f.path.endsWith('.ann'))!.content.split('\n').findIndex((l) => l.startsWith('R1\t')) + 1;
      const problems = importFormat('brat', files).problems.map(formatProblem);
      assert.deepEqual(problems, [`linked/𠀀.ann:${line}: relation R1 (project) points to T99, which this file does not define`]);
    });

    it('brat: relations of other types and links from a span that is not MONEY are skipped with one note per kind', () => {
      const { exported } = exportAndRead('brat', [linkedArticle()]);
      const files = exported.files.filter((f) => readsFile('brat', f.path)).map((f) => ({ path: f.path, content: f.path.endsWith('.ann') ? `${f.content}R90\tPart-of Arg1:T1 Arg2:T2\nR91\tpark Arg1:T1 Arg2:T5\nR92\tpark Arg1:T1 Arg2:T5\n` : f.content }));
      const parsed = importFormat('brat', files);
      assert.deepEqual(parsed.problems, []);
      const notes = parsed.notes.map((n) => n.message);
      assert.ok(notes.some((n) => /^1 relation\(s\) skipped/.test(n)), notes.join('\n'));
      assert.ok(notes.some((n) => /^2 park link\(s\) not from a MONEY to a PARK skipped/.test(n)), notes.join('\n'));
      assert.equal(parsed.documents[0].links?.length, 5);
    });

    it('JSONL: a link field that is not [start, end] refuses the line; one to no imported span is a note', () => {
      const { exported } = exportAndRead('jsonl', [linkedArticle()]);
      const row = JSON.parse(exported.files[0].content);
      row.annotations[1].project = 'here';
      const bad = importFormat('jsonl', [{ path: 'in.jsonl', content: `${JSON.stringify(row)}\n` }]);
      assert.deepEqual(bad.problems.map(formatProblem), ['in.jsonl:1: annotation 2 (MONEY “50亿元”): project here is not [start, end] of a span in the text']);
      row.annotations[1].project = [0, 2];
      row.annotations[2].project = [0, 2];
      const unknown = importFormat('jsonl', [{ path: 'in.jsonl', content: `${JSON.stringify(row)}\n` }]);
      assert.deepEqual(unknown.problems, []);
      assert.deepEqual(unknown.notes.map(formatProblem), ['in.jsonl:1: 2 project link(s) to no imported PROJECT at their offsets; skipped']);
      assert.equal(unknown.documents[0].links?.length, 3);
    });
    it('doccano: a link relation to an entity id the line does not have refuses the line, naming file and line', () => {
      const { exported } = exportAndRead('doccano', [pinArticle(), linkedArticle()]);
      const lines = exported.files[0].content.trimEnd().split('\n');
      const row = JSON.parse(lines[1]);
      row.relations[0].to_id = 999;
      const parsed = importFormat('doccano', [{ path: 'in.jsonl', content: `${lines[0]}\n${JSON.stringify(row)}\n` }]);
      assert.deepEqual(parsed.problems.map(formatProblem), [`in.jsonl:2: relation 1 (${row.relations[0].type}) points to entity 999, which this line does not have`]);
    });

    it('doccano: relations of other types and links not from a MONEY are skipped with one note per kind', () => {
      const { exported } = exportAndRead('doccano', [linkedArticle()]);
      const row = JSON.parse(exported.files[0].content);
      const idOf = (label: string) => row.entities.find((e: { label: string }) => e.label === label).id;
      row.relations.push(
        { id: 90, from_id: idOf('PROJECT'), to_id: idOf('PARK'), type: 'located_in' },
        { id: 91, from_id: idOf('PROJECT'), to_id: idOf('PARK'), type: 'park' },
        { id: 92, from_id: idOf('COMPANY'), to_id: idOf('PARK'), type: 'park' },
      );
      const parsed = importFormat('doccano', [{ path: 'in.jsonl', content: `${JSON.stringify(row)}\n` }]);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.notes.map(formatProblem), [
        'in.jsonl:1: 1 relation(s) that are not one of project, company, park; skipped',
        'in.jsonl:1: 2 park link(s) not from a MONEY to a PARK; skipped',
      ]);
      assert.equal(parsed.documents[0].links?.length, 5);
    });

    it('doccano: a relation project\'s own export (no meta of ours) gives its links', () => {
      const article = linkedArticle();
      const { exported } = exportAndRead('doccano', [article]);
      const ours = JSON.parse(exported.files[0].content);
      // What doccano writes: its own ids, no file, hash or unit keys.
      const renumber = (id: number) => id + 1000;
      const line = {
        id: 7,
        text: ours.text,
        entities: ours.entities.map((e: { id: number }) => ({ ...e, id: renumber(e.id) })),
        relations: ours.relations.map((r: { id: number; from_id: number; to_id: number; type: string }) => ({ id: r.id + 50, from_id: renumber(r.from_id), to_id: renumber(r.to_id), type: r.type })),
        Comments: [],
      };
      const parsed = importFormat('doccano', [{ path: 'project.jsonl', content: `${JSON.stringify(line)}\n` }]);
      assert.deepEqual(parsed.problems, []);
      const plan = planImport(parsed, [{ file: article.file, text: article.text, annotations: [] }], OPTIONS);
      assert.deepEqual(linksOf(plan, article.file), expected(article));
    });
  });

  describe('spreadsheets', () => {
    it('CSV: a MONEY row names its linked project, company and park', () => {
      const rows = exportFormat('csv', [linkedArticle()]).files[0].content.split('\r\n');
      assert.equal(rows[0], 'file,label,text,start,end,value,max,currency,qualifier,role,scope,status,project,company,park,suggested_links');
      assert.ok(rows.includes('linked/𠀀.txt,MONEY,50亿元,18,22,5000000000,,CNY,,investment,item,accepted,博通科技产业园项目,江苏博通投资实业有限公司,新余高新区,'), rows.join('\n'));
      assert.ok(rows.includes('linked/𠀀.txt,PARK,新余高新区,47,52,,,,,,,accepted,,,,'), rows.join('\n'));
    });

    it('records CSV: one amount a row with its company, project and park; suggested links named', () => {
      const article = linkedArticle();
      article.links = article.links!.map((l) => (l.kind === 'park' ? { ...l, status: 'suggested' } : l));
      const result = exportFormat('records-csv', [article]);
      assert.equal(result.files[0].path, 'records.csv');
      assert.equal(result.files[0].bom, true);
      assert.equal(result.links, 5);
      assert.equal(
        result.files[0].content,
        [
          'file,company,project,park,amount,value,max,currency,role,scope,status,suggested_links',
          'linked/𠀀.txt,江苏博通投资实业有限公司,博通科技产业园项目,新余高新区,50亿元,5000000000,,CNY,investment,item,accepted,park',
          'linked/𠀀.txt,,博通科技产业园项目,,7亿美元,700000000,,USD,investment,item,accepted,',
          'linked/𠀀.txt,,,新余高新区,十至二十亿元,1000000000,2000000000,CNY,contract,aggregate,accepted,park',
          '',
        ].join('\r\n'),
      );
    });

    it('CoNLL: the summary says links have no place there', () => {
      const result = exportFormat('conll', [linkedArticle()]);
      assert.equal(result.notes?.length, 1);
      assert.match(result.notes![0], /^CoNLL has no place for links: the 5 link\(s\)/);
      assert.deepEqual(exportFormat('conll', [pinArticle()]).notes, []);
    });
  });
});
