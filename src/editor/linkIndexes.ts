// The links of the open articles as the user reviews them (see src/core/links/linkReview.ts): one
// LinkIndex per analysis result and stored links, shared by the hover, the quick fixes, the link
// highlights and the link commands. Built on first request (linear in the article's spans).
// The engine's suggested links come on the MONEY suggestions (`Entity.links`), or, when the
// analysis computes them apart from the spans, from `suggestedLinksOf` (parallel to them).
import type * as vscode from 'vscode';
import { LinkIndex } from '../core/links/linkReview';
import type { ReviewItem } from '../core/review/review';
import type { Link } from '../core/sidecar/sidecarSchema';
import type { AmountLinks } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';

export class LinkIndexes {
  private readonly built = new WeakMap<readonly ReviewItem[], { links: readonly Link[]; index: LinkIndex }>();

  constructor(
    readonly analysis: AnalysisCache,
    readonly store: AnnotationStore,
    private readonly suggestedLinksOf?: (document: vscode.TextDocument) => readonly (AmountLinks | undefined)[],
  ) {}

  get(document: vscode.TextDocument): LinkIndex {
    const { items, suggestions } = this.analysis.get(document);
    const links = this.store.get(document.uri).links;
    const cached = this.built.get(items);
    if (cached && cached.links === links) return cached.index;
    const index = new LinkIndex(items, suggestions, links, this.suggestedLinksOf?.(document));
    this.built.set(items, { links, index });
    return index;
  }
}
