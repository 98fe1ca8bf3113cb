// One article as the command line sees it: its decoded text, the engine's suggestions, and the
// stored review from its sidecar (`article.txt.ann.json`) when there is one, merged the way the
// editor merges them. Shared by `summary`, `export` and (the sidecar part) `import`.
import { basename } from 'node:path';
import type { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import { recognize } from '../core/recognition/recognize';
import type { ReviewItem } from '../core/review/review';
import { mergeReview } from '../core/review/review';
import type { Annotation, Sidecar } from '../core/sidecar/sidecarSchema';
import { parseSidecar } from '../core/sidecar/sidecarSchema';
import { placeStoredAnnotations } from '../core/review/storedAnnotations';
import type { Entity } from '../core/types';
import { sidecarOf } from './annotatorOption';
import { readArticle, readSidecarText } from './files';
import type { Findings } from './problemLog';

export interface StoredReview extends Findings {
  /** The sidecar's annotations at offsets into the current text (re-anchored when it changed), orphans last. */
  annotations: Annotation[];
  /** The sidecar as read (its fields a rewrite keeps), when it could be used. */
  sidecar?: Sidecar;
  /** Set when the sidecar exists and cannot be used (unreadable, not UTF-8, invalid): its annotations are left out. */
  problem?: string;
}

export interface ReviewedArticle extends StoredReview {
  file: string;
  text: string;
  items: ReviewItem[];
  /** The engine's entities (`items` merges them with the sidecar's annotations). */
  suggestions: Entity[];
}

/** `annotator`: whose sidecar (see annotatorOption.ts); '' for the one beside the article. `lexicon`: see lexiconOption.ts. */
export function loadReviewedArticle(file: string, annotator = '', lexicon?: LexiconMatcher): ReviewedArticle {
  const text = readArticle(file);
  const stored = readStoredReview(file, text, annotator);
  const suggestions = recognize(text, lexicon);
  return { file, text, items: mergeReview(suggestions, stored.annotations), suggestions, ...stored };
}

/** The article's sidecar, placed in `text` by the editor's rule (src/core/review/storedAnnotations.ts). */
export function readStoredReview(file: string, text: string, annotator = ''): StoredReview {
  const sidecarPath = sidecarOf(file, annotator);
  const read = readSidecarText(sidecarPath);
  if (read.kind === 'missing') return { annotations: [], warnings: [], problems: [] };
  const parsed = read.kind === 'text' ? parseSidecar(read.text) : { ok: false as const, problem: read.problem };
  if (!parsed.ok) {
    const problem = `${sidecarPath}: ${parsed.problem}`;
    return { annotations: [], problem, warnings: [], problems: [`${problem}; its annotations are left out`] };
  }
  const { sidecar } = parsed;
  const warnings: string[] = [];
  if (sidecar.article !== basename(file)) {
    warnings.push(`${sidecarPath}: names the article "${sidecar.article}", not "${basename(file)}"; used for ${basename(file)} (it is beside it)`);
  }
  const { placed, orphaned, newlyOrphaned } = placeStoredAnnotations(sidecar.sha256, sidecar.annotations, text);
  if (newlyOrphaned > 0) warnings.push(`${sidecarPath}: ${newlyOrphaned} annotation(s) no longer found in the changed article; kept in the file, left out here`);
  return { annotations: [...placed, ...orphaned], sidecar, warnings, problems: [] };
}
