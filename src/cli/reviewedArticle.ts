// One article as the command line sees it: its decoded text, the engine's suggestions, and the
// stored review from its sidecar (`article.txt.ann.json`) when there is one, merged the way the
// editor merges them. Shared by `summary` and any subcommand that needs reviewed articles.
import { recognize } from '../core/recognize';
import { reanchorAnnotations } from '../core/reanchor';
import type { ReviewItem } from '../core/review';
import { mergeReview } from '../core/review';
import type { Annotation } from '../core/sidecarSchema';
import { parseSidecar, sidecarPathFor } from '../core/sidecarSchema';
import { hashText } from '../core/textHash';
import { readArticle, readOptionalText } from './files';

export interface ReviewedArticle {
  file: string;
  text: string;
  items: ReviewItem[];
  /** The sidecar's stored annotations (re-anchored when the article changed), orphans included. */
  annotations: Annotation[];
  /** Things the user should know (a corrupt sidecar, annotations that could not be placed). */
  warnings: string[];
}

export function loadReviewedArticle(file: string): ReviewedArticle {
  const text = readArticle(file);
  const warnings: string[] = [];
  let annotations: Annotation[] = [];
  const sidecarPath = sidecarPathFor(file);
  const sidecarText = readOptionalText(sidecarPath);
  if (sidecarText !== undefined) {
    const parsed = parseSidecar(sidecarText);
    if (!parsed.ok) {
      warnings.push(`${sidecarPath}: ${parsed.problem}; its annotations are left out`);
    } else if (parsed.sidecar.sha256 === hashText(text)) {
      annotations = parsed.sidecar.annotations;
    } else {
      // The article changed since it was annotated: place the annotations again, as the editor does.
      const { placed, orphaned } = reanchorAnnotations(parsed.sidecar.annotations, text);
      annotations = [...placed, ...orphaned];
      if (orphaned.length > 0) warnings.push(`${sidecarPath}: ${orphaned.length} annotation(s) no longer found in the changed article; left out`);
    }
  }
  return { file, text, items: mergeReview(recognize(text), annotations), annotations, warnings };
}
