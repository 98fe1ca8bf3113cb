// The per-article work of `extract`, `summary`, `export` and `check`: what a worker thread
// (cliWorker.ts) does for one file, and what `--jobs 1` does in the main thread, with the same
// function, so both give the same bytes. A result is plain data (it crosses to the main thread
// by structured clone); a failure is returned, not thrown, so that it can cross too and be
// raised in the main thread at that file's place in the output.
import type { CheckedArticle } from '../core/corpus/consistency';
import type { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import type { AnnotatedArticle } from '../core/interop/annotatedArticle';
import { annotatedArticle } from '../core/interop/collect';
import { LinkIndex } from '../core/links/linkReview';
import { suggestLinks, withLinks } from '../core/links/links';
import { recognize } from '../core/recognition/recognize';
import type { ArticleTotals } from '../core/totals/totals';
import { articleTotals, linkedTotalsArticle } from '../core/totals/totals';
import type { Entity } from '../core/types';
import { LINK_KINDS } from '../core/types';
import { CliError } from './cliError';
import { readArticle } from './files';
import { jsonSafe } from './output';
import type { Findings } from './problemLog';
import { loadReviewedArticle, readStoredReview } from './reviewedArticle';

export type FileTask =
  /** `separator`: what joins the file's entity lines (JSONL "\n", a JSON array ",\n"). */
  | { kind: 'extract'; file: string; separator: string }
  | { kind: 'summary'; file: string; annotator: string }
  /** `name`: the article's path in the export (relative to the articles' common folder). */
  | { kind: 'export'; file: string; name: string; annotator: string; includeSuggestions: boolean }
  | { kind: 'check'; file: string };

/** What each kind of task gives back. */
export interface TaskValues {
  /** The file's entity lines joined, '' when it has none. */
  extract: { lines: string };
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
      return { lines: extractedLines(task.file, task.separator, lexicon) };
    case 'summary':
      return summaryContribution(task.file, task.annotator, lexicon);
    case 'export':
      return exportedArticle(task, lexicon);
    case 'check':
      return checkedArticle(task.file);
  }
}

/** Keys in the order of the extract contract; MONEY attributes only where the entity has them. */
const KEYS = ['label', 'start', 'end', 'text', 'value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const;

export function entityRecord(file: string, entity: Entity): Record<string, unknown> {
  const record: Record<string, unknown> = { file };
  for (const key of KEYS) if (entity[key] !== undefined) record[key] = entity[key];
  // Each link as [start, end] of the linked span (the scorer's fields), absent without a link.
  for (const kind of LINK_KINDS) {
    const link = entity.links?.[kind];
    if (link) record[kind] = [link.start, link.end];
  }
  return record;
}

function extractedLines(file: string, separator: string, lexicon: LexiconMatcher | undefined): string {
  const text = readArticle(file);
  return withLinks(text, recognize(text, lexicon)).map((entity) => jsonSafe(JSON.stringify(entityRecord(file, entity)))).join(separator);
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
