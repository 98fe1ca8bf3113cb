// The links of the open articles as the user reviews them (see src/core/linkReview.ts): one
// LinkIndex per analysis result and stored links, shared by the hover, the quick fixes, the link
// highlights and the link commands. Built on first request (linear in the article's spans).
import type * as vscode from 'vscode';
import { LinkIndex } from '../core/linkReview';
import type { ReviewItem } from '../core/review';
import type { Link } from '../core/sidecarSchema';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';

export class LinkIndexes {
  private readonly built = new WeakMap<readonly ReviewItem[], { links: readonly Link[]; index: LinkIndex }>();

  constructor(
    readonly analysis: AnalysisCache,
    readonly store: AnnotationStore,
  ) {}

  get(document: vscode.TextDocument): LinkIndex {
    const { items, suggestions } = this.analysis.get(document);
    const links = this.store.get(document.uri).links;
    const cached = this.built.get(items);
    if (cached && cached.links === links) return cached.index;
    const index = new LinkIndex(items, suggestions, links);
    this.built.set(items, { links, index });
    return index;
  }
}
