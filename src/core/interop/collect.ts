// From an article's review state to what the exporters take: accepted annotations, plus the
// unreviewed suggestions when the user asks for them. Rejected spans never leave.
import type { ReviewItem } from '../review';
import type { AnnotatedArticle, InteropAnnotation } from './annotatedArticle';

export function annotatedArticle(file: string, text: string, items: readonly ReviewItem[], includeSuggestions: boolean): AnnotatedArticle {
  const annotations: InteropAnnotation[] = [];
  for (const item of items) {
    if (item.status === 'rejected' || (item.status === 'suggested' && !includeSuggestions)) continue;
    const { annotation, ...entity } = item;
    annotations.push(annotation ? { ...entity, id: annotation.id } : entity);
  }
  return { file, text, annotations };
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
