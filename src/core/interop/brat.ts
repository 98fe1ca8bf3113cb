// brat standoff: for each article a BOM-free `.txt` copy of the exact text and a `.ann` beside
// it, plus `annotation.conf` and `visual.conf` at the root so brat opens the export cleanly.
// Offsets are code points (brat indexes the text as Python `str`). MONEY attributes become
// `A` lines (their values are enumerated in annotation.conf); value and max, which cannot be
// enumerated, go into an AnnotatorNotes `#` line. A span containing a line break is written as
// `;`-separated fragments, because the `.ann` format is line-oriented. An amount's links are
// relations `R<n>\tproject Arg1:T<money> Arg2:T<project>`, one relation type per link kind,
// declared in annotation.conf; a suggested link carries the AnnotatorNotes `suggested link`
// (brat relations take no attributes in the configuration we write).
import { LABELS, LINK_KINDS, LINK_TARGET_LABEL, MONEY_ROLES, MONEY_SCOPES, QUALIFIERS } from '../types';
import type { AnnotatedArticle, ExportResult, InteropAnnotation, OutputFile } from './annotatedArticle';
import { currenciesOf, emptyCounts, exportableAnnotations, exportableLinks } from './annotatedArticle';
import { createOffsetConverter } from './offsets';

/** brat attribute name ↔ our MONEY attribute key. */
export const BRAT_ATTRIBUTES = [
  ['Role', 'role'],
  ['Currency', 'currency'],
  ['Scope', 'scope'],
  ['Qualifier', 'qualifier'],
] as const;
/** Binary attribute marking an unreviewed suggestion (exported only on request). */
export const BRAT_SUGGESTED = 'Suggested';
/** The AnnotatorNotes text that marks a relation as an unreviewed suggested link. */
export const BRAT_SUGGESTED_LINK = 'suggested link';
/** brat joins discontinuous fragments with one space in the text field (DISCONT_SEP). */
const FRAGMENT_SEPARATOR = ' ';

export function exportBrat(articles: readonly AnnotatedArticle[]): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  const files: OutputFile[] = [];
  let linkCount = 0;
  for (const article of articles) {
    const base = bratBaseName(article.file);
    const lines: string[] = [];
    const converter = createOffsetConverter(article.text);
    let t = 0;
    let attribute = 0;
    let note = 0;
    const kept = exportableAnnotations(article, skipped);
    const idOf = new Map<number, string>();
    for (const [index, a] of kept.entries()) {
      const fragments = lineFragments(article.text, a.start, a.end);
      if (fragments.length === 0) {
        skipped.push({ file: article.file, reason: `${a.label} at ${a.start}–${a.end} covers only line breaks` });
        continue;
      }
      let ranges: string;
      try {
        ranges = fragments.map(([s, e]) => `${converter.toCodePoint(s)} ${converter.toCodePoint(e)}`).join(';');
      } catch (error) {
        skipped.push({ file: article.file, reason: `${a.label} “${a.text}”: ${(error as Error).message}` });
        continue;
      }
      counts[a.label]++;
      const id = `T${++t}`;
      idOf.set(index, id);
      const text = fragments.map(([s, e]) => article.text.slice(s, e)).join(FRAGMENT_SEPARATOR);
      lines.push(`${id}\t${a.label} ${ranges}\t${text}`);
      for (const [name, key] of BRAT_ATTRIBUTES) {
        if (a[key] !== undefined) lines.push(`A${++attribute}\t${name} ${id} ${a[key]}`);
      }
      if (a.status === 'suggested') lines.push(`A${++attribute}\t${BRAT_SUGGESTED} ${id}`);
      const notes = amountNote(a);
      if (notes) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${notes}`);
    }
    let relation = 0;
    for (const link of exportableLinks(article, kept)) {
      const from = idOf.get(link.from);
      const to = idOf.get(link.to);
      if (!from || !to) continue; // an end skipped above (only line breaks, or not convertible)
      const id = `R${++relation}`;
      lines.push(`${id}\t${link.kind} Arg1:${from} Arg2:${to}`);
      if (link.status === 'suggested') lines.push(`#${++note}\tAnnotatorNotes ${id}\t${BRAT_SUGGESTED_LINK}`);
      linkCount++;
    }
    files.push({ path: `${base}.txt`, content: article.text });
    files.push({ path: `${base}.ann`, content: lines.map((l) => `${l}\n`).join('') });
  }
  files.unshift({ path: 'annotation.conf', content: annotationConf(currenciesOf(articles)) }, { path: 'visual.conf', content: VISUAL_CONF });
  return { files, counts, skipped, links: linkCount };
}

/** `news/a.txt` → `news/a`; other extensions are kept (`a.md` → `a.md`) since brat needs `.txt`. */
export function bratBaseName(file: string): string {
  return file.endsWith('.txt') ? file.slice(0, -4) : file;
}

/** The parts of [start, end) between line breaks (empty parts dropped), in UTF-16 units. */
export function lineFragments(text: string, start: number, end: number): [number, number][] {
  const fragments: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) fragments.push([from, i]);
      from = i + 1;
    }
  }
  return fragments;
}

function amountNote(a: InteropAnnotation): string | undefined {
  const parts: string[] = [];
  if (a.value !== undefined) parts.push(`value=${plainNumber(a.value)}`);
  if (a.max !== undefined) parts.push(`max=${plainNumber(a.max)}`);
  return parts.length ? parts.join(' ') : undefined;
}

function plainNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value).toString() : String(value);
}

export function annotationConf(currencies: readonly string[]): string {
  return [
    '# Invest News Annotator export. Offsets in the .ann files count code points of the .txt files.',
    '[entities]',
    ...LABELS,
    '',
    '[relations]',
    '# Allow the rare overlapping spans a reviewer accepted (a company name containing an amount).',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '# An amount\'s links: whose money it is.',
    ...LINK_KINDS.map((kind) => `${kind}\tArg1:MONEY, Arg2:${LINK_TARGET_LABEL[kind]}`),
    '',
    '[events]',
    '',
    '[attributes]',
    `Role\tArg:MONEY, Value:${MONEY_ROLES.join('|')}`,
    `Currency\tArg:MONEY, Value:${currencies.join('|')}`,
    `Scope\tArg:MONEY, Value:${MONEY_SCOPES.join('|')}`,
    `Qualifier\tArg:MONEY, Value:${QUALIFIERS.join('|')}`,
    `${BRAT_SUGGESTED}\tArg:<ENTITY>`,
    '',
  ].join('\n');
}

const VISUAL_CONF = [
  '[labels]',
  'MONEY | 金额 | 额',
  'PARK | 园区 | 园',
  'PROJECT | 项目 | 项',
  'COMPANY | 企业 | 企',
  'Role | 角色',
  'Currency | 币种',
  'Scope | 范围',
  'Qualifier | 限定',
  `${BRAT_SUGGESTED} | 建议（未审核）`,
  'project | 项目',
  'company | 企业',
  'park | 园区',
  '',
  '[drawing]',
  'SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken',
  'ARC_DEFAULT\tcolor:black, arrowHead:triangle-5',
  'MONEY\tbgColor:#ffd166',
  'PARK\tbgColor:#8ecae6',
  'PROJECT\tbgColor:#b5e48c',
  'COMPANY\tbgColor:#cdb4db',
  `${BRAT_SUGGESTED}\tglyph:?`,
  '',
].join('\n');
