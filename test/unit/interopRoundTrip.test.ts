// Export, then import into empty sidecars: the same annotations come back, for every format
// with an importer, on the sample corpus and on articles with 𠀀, emoji, CRLF and spans
// across line breaks before and around the spans.
import { strict as assert } from 'node:assert';
import type { AnnotatedArticle, ExportResult, ImportFormat } from '../../src/core/interop/annotatedArticle';
import { readsFile } from '../../src/core/interop/formats';
import { createAnnotation } from '../../src/core/review/review';
import { exportBrat } from '../../src/core/interop/brat';
import { importBrat } from '../../src/core/interop/bratImport';
import { exportDoccano } from '../../src/core/interop/doccano';
import { importDoccano } from '../../src/core/interop/doccanoImport';
import type { InputFile, ParsedImport } from '../../src/core/interop/importedDocument';
import { formatProblem } from '../../src/core/interop/importedDocument';
import { mergeImported, planImport, sidecarFor } from '../../src/core/interop/importPlan';
import { exportJsonl } from '../../src/core/interop/jsonl';
import { importJsonl } from '../../src/core/interop/jsonlImport';
import { exportLabelStudio } from '../../src/core/interop/labelStudio';
import { importLabelStudio } from '../../src/core/interop/labelStudioImport';
import { parseSidecar, serializeSidecar } from '../../src/core/sidecar/sidecarSchema';
import { astralArticle, pinArticle, sampleArticles, spanOf } from './interopFixtures';

const NOW = new Date('2024-06-01T08:00:00Z');
const OPTIONS = { author: 'tester', now: NOW };

type Pair = [string, (a: readonly AnnotatedArticle[]) => ExportResult, (f: readonly InputFile[]) => ParsedImport];
const FORMATS: Pair[] = [
  ['jsonl', exportJsonl, importJsonl],
  ['brat', exportBrat, importBrat],
  ['label-studio', exportLabelStudio, importLabelStudio],
  ['doccano', exportDoccano, importDoccano],
  ['doccano (grapheme mode)', (a) => exportDoccano(a, { unit: 'grapheme' }), importDoccano],
];

const IMPORT_OF: Record<string, ImportFormat> = { jsonl: 'jsonl', brat: 'brat', 'label-studio': 'label-studio', doccano: 'doccano', 'doccano (grapheme mode)': 'doccano' };

const essence = (a: object) => {
  const { label, start, end, text, value, max, currency, qualifier, role, scope } = a as Record<string, unknown>;
  return JSON.parse(JSON.stringify({ label, start, end, text, value, max, currency, qualifier, role, scope }));
};
const sortSpans = <T extends { start: number; end: number; label: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label));

function roundTrip(articles: AnnotatedArticle[], format: Pair) {
  const [, exporter, importer] = format;
  const exported = exporter(articles);
  assert.deepEqual(exported.skipped, []);
  const parsed = importer(exported.files.filter((f) => readsFile(IMPORT_OF[format[0]], f.path)).map((f) => ({ path: f.path, content: f.content })));
  assert.deepEqual(parsed.problems.map(formatProblem), []);
  const existing = articles.map((a) => ({ file: a.file, text: a.text, annotations: [] }));
  return planImport(parsed, existing, OPTIONS);
}

describe('interop round trips', () => {
  for (const format of FORMATS) {
    describe(format[0], () => {
      for (const [name, make] of [['the documented example', () => [pinArticle()]], ['astral characters, CRLF, spans across lines', () => [astralArticle(), pinArticle()]], ['the sample corpus', sampleArticles]] as const) {
        it(`gives back the same annotations: ${name}`, () => {
          const articles = make();
          assert.ok(articles.some((a) => a.annotations.length > 0), 'the fixture has annotations');
          const plan = roundTrip(articles, format);
          assert.deepEqual(plan.problems, []);
          for (const article of articles) {
            const planned = plan.articles.find((p) => p.file === article.file);
            assert.ok(planned || article.annotations.length === 0, `${article.file} planned`);
            if (!planned) continue;
            assert.deepEqual(sortSpans(planned.added).map(essence), sortSpans(article.annotations).map(essence), article.file);
            assert.equal(planned.conflicts.length, 0);
            const sidecar = sidecarFor(article.file, article.text, planned.annotations);
            const reread = parseSidecar(serializeSidecar(sidecar));
            assert.ok(reread.ok, reread.ok ? '' : reread.problem);
          }
        });
      }

      it('importing the same export twice changes nothing the second time', () => {
        const articles = [astralArticle()];
        const first = roundTrip(articles, format);
        const existing = articles.map((a) => ({ file: a.file, text: a.text, annotations: first.articles[0].annotations }));
        const parsed = format[2](format[1](articles).files.filter((f) => readsFile(IMPORT_OF[format[0]], f.path)));
        const second = planImport(parsed, existing, OPTIONS);
        assert.equal(second.articles[0].added.length, 0);
        assert.equal(second.articles[0].unchanged, articles[0].annotations.length);
      });
    });
  }
});

describe('interop import conflicts', () => {
  const article = pinArticle();
  const parsed = () => importJsonl(exportJsonl([article]).files);
  const existingWith = (annotations: ReturnType<typeof planImport>['articles'][number]['annotations']) => [{ file: article.file, text: article.text, annotations }];
  const accepted = () => roundTrip([article], FORMATS[0]).articles[0].annotations;

  it('reports a different label on the same span and keeps the sidecar’s', () => {
    const current = accepted().map((a) => (a.label === 'PARK' ? { ...a, label: 'COMPANY' as const } : a));
    const plan = planImport(parsed(), existingWith(current), OPTIONS);
    const [conflict] = plan.articles[0].conflicts;
    assert.equal(conflict.existing.label, 'COMPANY');
    assert.equal(conflict.imported.label, 'PARK');
    assert.match(conflict.reason, /COMPANY/);
    assert.ok(plan.articles[0].annotations.some((a) => a.label === 'COMPANY'));
    assert.ok(!plan.articles[0].annotations.some((a) => a.label === 'PARK'));
  });

  it('reports different MONEY attributes, and an overlap with an accepted annotation', () => {
    const current = accepted().map((a) => (a.label === 'MONEY' ? { ...a, role: 'contract' as const } : a.label === 'PROJECT' ? { ...a, end: a.end - 2, text: a.text.slice(0, -2) } : a));
    const merge = mergeImported(current, parsed().documents[0].spans, article.text, OPTIONS);
    const reasons = merge.conflicts.map((c) => `${c.imported.label}: ${c.reason}`);
    assert.equal(reasons.length, 2, reasons.join('\n'));
    assert.match(reasons.find((r) => r.startsWith('MONEY')) ?? '', /role=contract/);
    assert.match(reasons.find((r) => r.startsWith('PROJECT')) ?? '', /overlaps/);
    assert.equal(merge.added.length, 0);
  });

  it('replaces conflicting annotations only when asked', () => {
    const current = accepted().map((a) => (a.label === 'PARK' ? { ...a, label: 'COMPANY' as const } : a));
    const merge = mergeImported(current, parsed().documents[0].spans, article.text, { ...OPTIONS, replace: true });
    assert.equal(merge.replaced.length, 1);
    assert.equal(merge.replaced[0].label, 'COMPANY');
    assert.ok(merge.annotations.some((a) => a.label === 'PARK'));
  });

  it('keeps a rejected annotation rejected when the import does not decide that span', () => {
    const rejected = createAnnotation(spanOf(article.text, 'COMPANY', '博通科技'), 'rejected', 'tester', NOW, article.text, []);
    const merge = mergeImported([rejected], parsed().documents[0].spans, article.text, OPTIONS);
    assert.equal(merge.conflicts.length, 0);
    assert.equal(merge.added.length, 3);
  });
});
