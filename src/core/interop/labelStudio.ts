// Label Studio: a tasks JSON for the NER template, and the labeling config that matches it
// (`from_name`/`to_name` must name the config's tags, so the export ships the config).
// Offsets are code points (Label Studio converts DOM ranges with fixCodePointsInRange).
// Accepted annotations are a task's `annotations`; unreviewed suggestions, when exported,
// are its `predictions` (pre-annotations a team can review in Label Studio).
// MONEY attributes are per-region results sharing the region's id: Choices for role, scope,
// qualifier, currency; Number for value and max. An amount's links are `relation` results
// (`from_id` the amount's region, `to_id` the linked region, `labels: ["project"]`) in the same
// result list as their regions: accepted links between accepted regions in the annotation, a
// suggested link between two suggested regions in the predictions; a suggested link touching
// an accepted region has no list to go in and is skipped with one note.
import { hashText } from '../textHash';
import { LABELS, LINK_KINDS, MONEY_ROLES, MONEY_SCOPES, QUALIFIERS } from '../types';
import type { AnnotatedArticle, ExportResult, InteropAnnotation } from './annotatedArticle';
import { currenciesOf, emptyCounts, exportableAnnotations, exportableLinks } from './annotatedArticle';
import type { OffsetConverter } from './offsets';
import { createOffsetConverter } from './offsets';

export const LS_LABELS_NAME = 'label';
export const LS_TEXT_NAME = 'text';
export const LS_MODEL_VERSION = 'invest-news-rules';
/** Per-region controls: result `from_name` → our MONEY attribute key and its result type. */
export const LS_CHOICE_ATTRIBUTES = ['role', 'scope', 'qualifier', 'currency'] as const;
export const LS_NUMBER_ATTRIBUTES = ['value', 'max'] as const;

/** A relation between two regions (Label Studio's `relation` result). */
export interface LabelStudioRelation {
  from_id: string;
  to_id: string;
  type: 'relation';
  direction: 'right';
  labels: string[];
}

export interface LabelStudioResult {
  id?: string;
  from_name: string;
  to_name: string;
  type: string;
  origin?: string;
  value: { start?: number; end?: number; text?: string; labels?: string[]; choices?: string[]; number?: number };
}

export function exportLabelStudio(articles: readonly AnnotatedArticle[]): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  let linkCount = 0;
  let unplaced = 0;
  const tasks = articles.map((article, index) => {
    const converter = createOffsetConverter(article.text);
    const accepted: (LabelStudioResult | LabelStudioRelation)[] = [];
    const suggested: (LabelStudioResult | LabelStudioRelation)[] = [];
    let region = 0;
    const kept = exportableAnnotations(article, skipped);
    const regionOf = new Map<number, string>();
    for (const [k, a] of kept.entries()) {
      let results: LabelStudioResult[];
      const id = `t${index + 1}r${++region}`;
      try {
        results = regionResults(a, id, converter, a.status === 'suggested' ? 'prediction' : 'manual');
      } catch (error) {
        skipped.push({ file: article.file, reason: `${a.label} “${a.text}”: ${(error as Error).message}` });
        continue;
      }
      counts[a.label]++;
      regionOf.set(k, id);
      (a.status === 'suggested' ? suggested : accepted).push(...results);
    }
    for (const link of exportableLinks(article, kept)) {
      const from = regionOf.get(link.from);
      const to = regionOf.get(link.to);
      if (!from || !to) continue;
      const endsSuggested = kept[link.from].status === 'suggested' || kept[link.to].status === 'suggested';
      const list = link.status === 'accepted' ? accepted : endsSuggested && kept[link.from].status === kept[link.to].status ? suggested : undefined;
      if (!list) {
        unplaced++;
        continue;
      }
      list.push({ from_id: from, to_id: to, type: 'relation', direction: 'right', labels: [link.kind] });
      linkCount++;
    }
    const task: Record<string, unknown> = {
      id: index + 1,
      data: { text: article.text, file: article.file, sha256: hashText(article.text), offset_unit: 'code-point' },
      annotations: accepted.length ? [{ result: accepted, was_cancelled: false, ground_truth: false }] : [],
    };
    if (suggested.length) task.predictions = [{ model_version: LS_MODEL_VERSION, result: suggested }];
    return task;
  });
  return {
    files: [
      { path: 'label-studio-tasks.json', content: `${JSON.stringify(tasks, null, 2)}\n` },
      { path: 'label-studio-config.xml', content: labelingConfig(currenciesOf(articles)) },
    ],
    counts,
    skipped,
    links: linkCount,
    notes: unplaced ? [`${unplaced} suggested link(s) touching an accepted region left out: Label Studio keeps relations in the list of their regions (annotation or prediction)`] : [],
  };
}

function regionResults(a: InteropAnnotation, id: string, converter: OffsetConverter, origin: string): LabelStudioResult[] {
  const start = converter.toCodePoint(a.start);
  const end = converter.toCodePoint(a.end);
  const base = { id, from_name: LS_LABELS_NAME, to_name: LS_TEXT_NAME, origin };
  const results: LabelStudioResult[] = [{ ...base, type: 'labels', value: { start, end, text: a.text, labels: [a.label] } }];
  for (const key of LS_CHOICE_ATTRIBUTES) {
    if (a[key] !== undefined) results.push({ ...base, from_name: key, type: 'choices', value: { start, end, text: a.text, choices: [String(a[key])] } });
  }
  for (const key of LS_NUMBER_ATTRIBUTES) {
    if (a[key] !== undefined) results.push({ ...base, from_name: key, type: 'number', value: { start, end, text: a.text, number: a[key] } });
  }
  return results;
}

const COLOURS: Record<string, string> = { MONEY: '#ffd166', PARK: '#8ecae6', PROJECT: '#b5e48c', COMPANY: '#cdb4db' };

export function labelingConfig(currencies: readonly string[]): string {
  const choices = (name: string, values: readonly string[]) => [
    `    <Header value="${name}"/>`,
    `    <Choices name="${name}" toName="${LS_TEXT_NAME}" perRegion="true" choice="single" showInline="true">`,
    ...values.map((v) => `      <Choice value="${v}"/>`),
    '    </Choices>',
  ];
  return [
    '<!-- Invest News Annotator export: NER template. Offsets in the tasks count code points. -->',
    '<View>',
    `  <Labels name="${LS_LABELS_NAME}" toName="${LS_TEXT_NAME}">`,
    ...LABELS.map((l) => `    <Label value="${l}" background="${COLOURS[l]}"/>`),
    '  </Labels>',
    `  <Text name="${LS_TEXT_NAME}" value="$text" granularity="symbol"/>`,
    '  <Relations>',
    ...LINK_KINDS.map((kind) => `    <Relation value="${kind}"/>`),
    '  </Relations>',
    '  <View visibleWhen="region-selected" whenLabelValue="MONEY">',
    ...choices('role', MONEY_ROLES),
    ...choices('scope', MONEY_SCOPES),
    ...choices('qualifier', QUALIFIERS),
    ...choices('currency', currencies),
    ...LS_NUMBER_ATTRIBUTES.flatMap((n) => [`    <Header value="${n}"/>`, `    <Number name="${n}" toName="${LS_TEXT_NAME}" perRegion="true"/>`]),
    '  </View>',
    '</View>',
    '',
  ].join('\n');
}
