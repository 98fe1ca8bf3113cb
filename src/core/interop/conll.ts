// Character-level CoNLL (BIO): one character a line, `char<TAB>TAG`, a blank line between
// sentences, `-DOCSTART-<TAB>O` and a blank line before each article (the CoNLL-2003 convention).
// Chinese has no spaces between words, so characters are the tokens (as doccano's CoNLL export
// does). The format has no offsets and no attributes: it is for training taggers.
//
// Choices:
// - One line per code point, so an emoji or 𠀀 is one token, never half a surrogate pair.
// - Whitespace (spaces, tabs, U+3000, line breaks) is not written: a space token cannot be told
//   apart from the column separator. Inside a span it is skipped and the span continues (I-).
// - Sentences end after 。！？ (and any closing quotes or brackets right after them) and at
//   line breaks (U+0085, U+2028 and the other Unicode ones too), except inside a span: a
//   sentence never cuts an entity.
// - BIO cannot nest: of overlapping spans the earlier (then the longer) is kept, the other skipped.
import type { AnnotatedArticle, ExportResult, InteropAnnotation } from './annotatedArticle';
import { emptyCounts, exportableAnnotations } from './annotatedArticle';

const SENTENCE_END = new Set(['。', '！', '？']);
/**
 * Every character a reader may take as the end of a line: Python's `str.splitlines` (what most
 * CoNLL readers use) splits at all of them, so written as a token it would cut the line in two.
 */
const LINE_BREAKS = new Set(['\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '"', "'", '》', '】']);

export function exportConll(articles: readonly AnnotatedArticle[]): ExportResult {
  const counts = emptyCounts();
  const skipped: ExportResult['skipped'] = [];
  const out: string[] = [];
  for (const article of articles) {
    const spans = nonOverlapping(exportableAnnotations(article, skipped), article.file, skipped);
    for (const s of spans) counts[s.label]++;
    out.push('-DOCSTART-\tO', '');
    out.push(...articleLines(article.text, spans));
  }
  const linked = articles.reduce((n, a) => n + (a.links?.length ?? 0), 0);
  const notes = linked ? [`CoNLL has no place for links: the ${linked} link(s) of the amounts are not in this export (brat, Label Studio, doccano, JSONL, CSV and records CSV carry them)`] : [];
  return { files: [{ path: 'annotations.conll', content: out.map((l) => `${l}\n`).join('') }], counts, skipped, notes };
}

function nonOverlapping(sorted: InteropAnnotation[], file: string, skipped: ExportResult['skipped']): InteropAnnotation[] {
  const ordered = [...sorted].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InteropAnnotation[] = [];
  for (const a of ordered) {
    const last = kept[kept.length - 1];
    if (last && a.start < last.end) {
      skipped.push({ file, reason: `${a.label} “${a.text}” overlaps ${last.label} “${last.text}” (BIO cannot nest spans)` });
      continue;
    }
    kept.push(a);
  }
  return kept;
}

/** The lines of one article: a sentence's tokens, then a blank line. */
export function articleLines(text: string, spans: readonly InteropAnnotation[]): string[] {
  const lines: string[] = [];
  let sentenceOpen = false;
  let pendingBreak = false;
  let spanIndex = 0;
  let spanStarted = false;
  const endSentence = () => {
    if (sentenceOpen) lines.push('');
    sentenceOpen = false;
    pendingBreak = false;
  };
  let offset = 0;
  for (const char of text) {
    const at = offset;
    offset += char.length;
    while (spanIndex < spans.length && spans[spanIndex].end <= at) {
      spanIndex++;
      spanStarted = false;
    }
    const span = spans[spanIndex];
    const inSpan = span !== undefined && span.start <= at;
    if (pendingBreak && !inSpan && !CLOSERS.has(char)) endSentence();
    if (LINE_BREAKS.has(char)) {
      if (!inSpan) endSentence();
      continue;
    }
    if (/\s/.test(char)) continue;
    let tag = 'O';
    if (inSpan) {
      tag = `${spanStarted ? 'I' : 'B'}-${span.label}`;
      spanStarted = true;
    }
    lines.push(`${char}\t${tag}`);
    sentenceOpen = true;
    if (SENTENCE_END.has(char)) pendingBreak = true;
  }
  endSentence();
  return lines;
}
