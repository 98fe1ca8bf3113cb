// From an article's review state to what the exporters take: accepted annotations, plus the
// unreviewed suggestions when the user asks for them. Rejected spans never leave.
// Links go with them: the accepted ones between exported spans, and the suggested ones (or any
// link with a suggested end) only with the suggestions.
import type { LinkIndex } from '../links/linkReview';
import type { ReviewItem } from '../review/review';
import type { AnnotatedArticle, InteropAnnotation, InteropLink } from './annotatedArticle';

export function annotatedArticle(file: string, text: string, items: readonly ReviewItem[], includeSuggestions: boolean, links?: LinkIndex): AnnotatedArticle {
  const annotations: InteropAnnotation[] = [];
  const exported: InteropLink[] = [];
  const leaves = (item: ReviewItem) => item.status === 'accepted' || (item.status === 'suggested' && includeSuggestions);
  for (const item of items) {
    if (!leaves(item)) continue;
    const { annotation, ...entity } = item;
    delete entity.links; // the engine's raw links: the exported ones are resolved below
    annotations.push(annotation ? { ...entity, id: annotation.id } : entity);
    for (const link of links?.linksOf(item) ?? []) {
      const accepted = link.status === 'accepted' && item.status === 'accepted' && link.target.status === 'accepted';
      if (!leaves(link.target) || (!accepted && !includeSuggestions)) continue;
      exported.push({ kind: link.kind, status: accepted ? 'accepted' : 'suggested', from: { start: item.start, end: item.end }, to: { start: link.target.start, end: link.target.end } });
    }
  }
  return exported.length ? { file, text, annotations, links: exported } : { file, text, annotations };
}

/** Paths relative to the folder all of them share, `/`-separated (the export root). */
export function relativeToCommonFolder(paths: readonly string[]): string[] {
  const split = paths.map((p) => p.replace(/\\/g, '/').split('/'));
  if (split.length === 0) return [];
  let common = split[0].length - 1; // folders only: never the file name itself
  for (const parts of split) {
    let i = 0;
    while (i < common && i < parts.length - 1 && parts[i] === split[0][i]) i++;
    common = i;
  }
  return split.map((parts) => parts.slice(common).join('/'));
}
