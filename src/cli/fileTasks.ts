// The per-article work of `extract`, `summary`, `export` and `check`: what a worker thread
// (cliWorker.ts) does for one file, and what `--jobs 1` does in the main thread, with the same
// function, so both give the same bytes. A result is plain data (it crosses to the main thread
// by structured clone, and extract's bytes by transfer: see `transferablesOf`); a failure is
// returned, not thrown, so that it can cross too and be raised in the main thread at that
// file's place in the output.
import type { CheckedArticle } from '../core/corpus/consistency';
import type { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import type { AnnotatedArticle } from '../core/interop/annotatedArticle';
import { annotatedArticle } from '../core/interop/collect';
import { LinkIndex } from '../core/links/linkReview';
import { suggestLinks } from '../core/links/links';
import { recognize } from '../core/recognition/recognize';
import type { ArticleTotals } from '../core/totals/totalsData';
import { linkedTotalsArticle } from '../core/totals/totals';
import { articleTotals } from '../core/totals/articleTotals';
import { CliError } from './cliError';
import { entityLines } from './entityLines';
import { readArticle } from './files';
import type { Findings } from './problemLog';
import { loadReviewedArticle, readStoredReview } from './reviewedArticle';

export type FileTask =
  /**
   * `separator`: what joins the file's entity lines (JSONL "\n", a JSON array ",\n");
   * `terminator`: what follows its last line (JSONL "\n"; a JSON array none, the next file starts with ",\n").
   */
  | { kind: 'extract'; file: string; separator: string; terminator: string }
  | { kind: 'summary'; file: string; annotator: string }
  /** `name`: the article's path in the export (relative to the articles' common folder). */
  | { kind: 'export'; file: string; name: string; annotator: string; includeSuggestions: boolean }
  | { kind: 'check'; file: string };

/** What each kind of task gives back. */
export interface TaskValues {
  /**
   * The file's entity lines joined and terminated, as UTF-8 (empty when it has none): the bytes stdout takes,
   * encoded in the worker and handed over whole, so the main thread only writes them.
   */
  extract: { bytes: Uint8Array };
  summary: Findings & { totals: ArticleTotals };
  export: Findings & { article: AnnotatedArticle };
  check: Findings & { article: CheckedArticle };
}

export type TaskValue = TaskValues[keyof TaskValues];

/** A task's outcome: its value, or the one-line failure (a `CliError`) or a bug's message. */
export type TaskOutcome = { ok: true; value: TaskValue } | { ok: false; message: string; exitCode?: number };

/**
 * Runs one task; never throws (the failure is the outcome). `lexicon`: the workspace lexicon's
 * matcher (see lexiconOption.ts), the same for every task of a command.
 */
export function runFileTask(task: FileTask, lexicon?: LexiconMatcher): TaskOutcome {
  try {
    return { ok: true, value: valueOf(task, lexicon) };
  } catch (error) {
    if (error instanceof CliError) return { ok: false, message: error.message, exitCode: error.exitCode };
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The outcome's value, or its failure thrown again: a `CliError` as such, a bug as an `Error`. */
export function valueOrThrow(outcome: TaskOutcome): TaskValue {
  if (outcome.ok) return outcome.value;
  throw outcome.exitCode === undefined ? new Error(outcome.message) : new CliError(outcome.message, outcome.exitCode);
}

function valueOf(task: FileTask, lexicon: LexiconMatcher | undefined): TaskValue {
  switch (task.kind) {
    case 'extract':
      return { bytes: extractedLines(task, lexicon) };
    case 'summary':
      return summaryContribution(task.file, task.annotator, lexicon);
    case 'export':
      return exportedArticle(task, lexicon);
    case 'check':
      return checkedArticle(task.file);
  }
}

/** A value's buffers that postMessage can hand over rather than copy (each value owns its own). */
export function transferablesOf(outcome: TaskOutcome): ArrayBuffer[] {
  return outcome.ok && 'bytes' in outcome.value ? [outcome.value.bytes.buffer as ArrayBuffer] : [];
}

const utf8 = new TextEncoder();

function extractedLines(task: Extract<FileTask, { kind: 'extract' }>, lexicon: LexiconMatcher | undefined): Uint8Array {
  const text = readArticle(task.file);
  const entities = recognize(text, lexicon);
  if (entities.length === 0) return new Uint8Array(0);
  const lines = entityLines(task.file, entities, suggestLinks(text, entities), task.separator) + task.terminator;
  // TextEncoder gives each result its own ArrayBuffer (Buffer.from may share a pooled one), so it can be transferred.
  return utf8.encode(lines);
}

function summaryContribution(file: string, annotator: string, lexicon: LexiconMatcher | undefined): TaskValues['summary'] {
  const a = loadReviewedArticle(file, annotator, lexicon);
  // Spellings of one park are totalled under the lexicon's canonical name.
  const canonicalName = (text: string) => lexicon?.canonicalName(text);
  const linked = { items: a.items, suggestions: a.suggestions, links: a.sidecar?.links ?? [], suggestedLinks: suggestLinks(a.text, a.suggestions), canonicalName };
  return { totals: articleTotals(linkedTotalsArticle(a.file, a.text, linked)), warnings: a.warnings, problems: a.problems };
}

function exportedArticle(task: Extract<FileTask, { kind: 'export' }>, lexicon: LexiconMatcher | undefined): TaskValues['export'] {
  const a = loadReviewedArticle(task.file, task.annotator, lexicon);
  // The engine's links are computed only when suggestions leave too (they cost a pass over the text).
  const suggestedLinks = task.includeSuggestions ? suggestLinks(a.text, a.suggestions) : [];
  const links = new LinkIndex(a.items, a.suggestions, a.sidecar?.links ?? [], suggestedLinks);
  return { article: annotatedArticle(task.name, a.text, a.items, task.includeSuggestions, links), warnings: a.warnings, problems: a.problems };
}

function checkedArticle(file: string): TaskValues['check'] {
  const text = readArticle(file);
  const stored = readStoredReview(file, text);
  return { article: { file, text, annotations: stored.annotations, links: stored.sidecar?.links }, warnings: stored.warnings, problems: stored.problems };
}
