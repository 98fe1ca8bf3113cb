// Test model: the first, quadratic version of src/core/interop/importPlan.ts, kept verbatim (but
// for the --replace report fix marked in mergeImported, a change of behaviour, not of speed) so
// test/unit/nearLinearMerges.test.ts can check that the near-linear version gives the same results.
// Not used by the extension or the CLI; do not change it to follow the product.
// From parsed input to new sidecar contents, pure: which article each document belongs to
// (its text must be the article's text), what each article gains, and what conflicts with the
// annotations already there. Conflicts are reported and left alone unless the caller asks to
// replace them; a dry run is simply a plan that is shown and not written.
import { createAnnotation } from './reviewQuadratic';
import type { Annotation, Sidecar } from '../../../src/core/sidecar/sidecarSchema';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../../src/core/sidecar/sidecarFormat';
import { hashText } from '../../../src/core/textHash';
import type { Entity } from '../../../src/core/types';
import { MONEY_KEYS } from '../../../src/core/interop/annotatedArticle';
import type { DocumentSource, ImportedSpan, ImportProblem, ParsedImport } from '../../../src/core/interop/importedDocument';

/** An article already in the corpus, with its sidecar annotations (current offsets). */
export interface ExistingArticle {
  /** Path relative to the articles folder, `/`-separated. */
  file: string;
  text: string;
  annotations: readonly Annotation[];
  /** The sidecar cannot be used (corrupt, or written for another version of the text). */
  problem?: string;
}

export interface ImportConflict {
  imported: ImportedSpan;
  existing: Annotation;
  reason: string;
}

export interface ArticleMerge {
  /** The article's annotations after the import. */
  annotations: Annotation[];
  added: Annotation[];
  /** Existing annotations removed because `replace` was asked for. */
  replaced: Annotation[];
  unchanged: number;
  conflicts: ImportConflict[];
}

export interface ArticlePlan extends ArticleMerge {
  file: string;
  text: string;
  /** The imported spans of this article (the editor merges them again inside the store's update). */
  spans: ImportedSpan[];
}

export interface ImportPlan {
  articles: ArticlePlan[];
  /** Anything here refuses the whole import: no sidecar may be written. */
  problems: ImportProblem[];
  notes: ImportProblem[];
}

export interface ImportOptions {
  author: string;
  now: Date;
  /** Replace conflicting existing annotations instead of keeping them (never the default). */
  replace?: boolean;
}

export function planImport(parsed: ParsedImport, articles: readonly ExistingArticle[], options: ImportOptions): ImportPlan {
  const problems = [...parsed.problems];
  const byFile = new Map(articles.map((a) => [normalise(a.file), a]));
  const byHash = new Map<string, ExistingArticle[]>();
  for (const a of articles) byHash.set(hashText(a.text), [...(byHash.get(hashText(a.text)) ?? []), a]);
  const spansFor = new Map<ExistingArticle, ImportedSpan[]>();
  /** An article the document names: exactly, else the one article whose path ends with the name. */
  const namedBy = (files: readonly string[]): ExistingArticle | undefined => {
    for (const f of files) {
      const exact = byFile.get(normalise(f));
      if (exact) return exact;
    }
    for (const f of files) {
      const suffix = `/${normalise(f)}`;
      const candidates = articles.filter((a) => `/${normalise(a.file)}`.endsWith(suffix));
      if (candidates.length === 1) return candidates[0];
    }
    return undefined;
  };

  for (const document of parsed.documents) {
    const where = { file: document.source.file, line: document.source.line };
    const named = namedBy(document.files);
    const hash = hashText(document.text);
    let article: ExistingArticle | undefined;
    if (named) {
      if (hashText(named.text) !== hash) {
        problems.push({ ...where, message: `${sourceName(document.source)}its text is not the text of ${named.file} (${describeDifference(document.text, named.text)}); refused` });
        continue;
      }
      article = named;
    } else {
      const same = byHash.get(hash) ?? [];
      const suffixes = document.files.map((f) => `/${normalise(f)}`);
      const preferred = same.filter((a) => suffixes.some((s) => `/${normalise(a.file)}`.endsWith(s)));
      const candidates = preferred.length ? preferred : same;
      if (candidates.length > 1) {
        if (document.spans.length === 0) continue;
        problems.push({ ...where, message: `${sourceName(document.source)}${candidates.length} articles have this text (${candidates.map((a) => a.file).join(', ')}); name one in the input or import into a folder holding only one of them` });
        continue;
      }
      article = candidates[0];
      if (!article) {
        if (document.spans.length === 0) continue;
        const name = document.files.length ? `${document.files[0]} is not among the articles, and ` : '';
        problems.push({ ...where, message: `${sourceName(document.source)}${name}no article has this text (“${preview(document.text)}”); refused` });
        continue;
      }
    }
    if (article.problem) {
      problems.push({ ...where, message: `${sourceName(document.source)}the sidecar of ${article.file} cannot be used: ${article.problem}` });
      continue;
    }
    spansFor.set(article, [...(spansFor.get(article) ?? []), ...document.spans]);
  }

  const plans: ArticlePlan[] = [];
  for (const [article, spans] of spansFor) {
    plans.push({ file: article.file, text: article.text, spans, ...mergeImported(article.annotations, spans, article.text, options) });
  }
  plans.sort((a, b) => a.file.localeCompare(b.file));
  return { articles: plans, problems, notes: parsed.notes };
}

/**
 * Adds imported spans to an article's annotations. Same span, label, status and attributes →
 * unchanged. Same span with another label, status or attributes, or overlapping an accepted
 * annotation → a conflict, kept as it is (or replaced when `replace`). Used by the CLI on the
 * sidecar it read and by the editor inside AnnotationStore.update on the live annotations.
 */
export function mergeImported(current: readonly Annotation[], spans: readonly ImportedSpan[], text: string, options: ImportOptions): ArticleMerge {
  let annotations = [...current];
  const ids = new Set(annotations.map((a) => a.id));
  const result: ArticleMerge = { annotations, added: [], replaced: [], unchanged: 0, conflicts: [] };
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const span of sorted) {
    if (span.status === 'suggested') continue;
    const placed = annotations.filter((a) => !a.orphaned);
    if (placed.some((a) => sameAnnotation(a, span))) {
      result.unchanged++;
      continue;
    }
    const clashes = placed.filter((a) => clash(a, span) !== undefined);
    if (clashes.length) {
      if (!options.replace) {
        for (const existing of clashes) result.conflicts.push({ imported: span, existing, reason: clash(existing, span) as string });
        continue;
      }
      annotations = annotations.filter((a) => !clashes.includes(a));
      result.replaced.push(...clashes);
    }
    const created = createAnnotation(entityOf(span), span.status === 'rejected' ? 'rejected' : 'accepted', options.author, options.now, text, ids);
    ids.add(created.id);
    annotations.push(created);
    result.added.push(created);
  }
  result.annotations = annotations;
  // The one change since the first version (a fix of the report, issue 10): an annotation added
  // by this import and replaced by a later span of it is neither added nor replaced.
  const kept = new Set(annotations);
  const before = new Set(current);
  result.added = result.added.filter((a) => kept.has(a));
  result.replaced = result.replaced.filter((a) => before.has(a));
  return result;
}

/** The sidecar an article gets after the import (serialise with serializeSidecar). */
export function sidecarFor(file: string, text: string, annotations: readonly Annotation[]): Sidecar {
  return { format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: file.split('/').pop() as string, sha256: hashText(text), annotations: [...annotations] };
}

function sameAnnotation(a: Annotation, span: ImportedSpan): boolean {
  return a.start === span.start && a.end === span.end && a.label === span.label && a.status === span.status && sameAttributes(a, span);
}

function clash(a: Annotation, span: ImportedSpan): string | undefined {
  if (a.start === span.start && a.end === span.end) {
    if (a.label !== span.label) return `the sidecar has ${a.label} (${a.status}) on this span, the import ${span.label}`;
    if (a.status !== span.status) return `the sidecar has this ${a.label} ${a.status}, the import ${span.status}`;
    return `the ${a.label} attributes differ (sidecar ${attributeText(a)}; import ${attributeText(span)})`;
  }
  if (a.status === 'accepted' && span.status === 'accepted' && a.start < span.end && span.start < a.end) {
    return `overlaps the accepted ${a.label} “${a.text}” at ${a.start}–${a.end}`;
  }
  return undefined;
}

function sameAttributes(a: Partial<Entity>, b: Partial<Entity>): boolean {
  return MONEY_KEYS.every((k) => a[k] === b[k]);
}

function attributeText(e: Partial<Entity>): string {
  const parts = MONEY_KEYS.filter((k) => e[k] !== undefined).map((k) => `${k}=${e[k]}`);
  return parts.length ? parts.join(' ') : 'none';
}

function entityOf(span: ImportedSpan): Entity {
  const entity: Entity = { label: span.label, start: span.start, end: span.end, text: span.text };
  for (const key of MONEY_KEYS) if (span[key] !== undefined) (entity as unknown as Record<string, unknown>)[key] = span[key];
  return entity;
}

function normalise(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.\//, '');
}

function sourceName(source: DocumentSource): string {
  return source.name ? `${source.name}: ` : '';
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 24 ? `${flat.slice(0, 24)}…` : flat;
}

/** Where two texts first differ, so the user can see why a file was refused. */
function describeDifference(imported: string, article: string): string {
  let i = 0;
  while (i < imported.length && i < article.length && imported[i] === article[i]) i++;
  if (i === imported.length && i === article.length) return 'identical';
  return `they differ from character ${i}: import “${imported.slice(i, i + 12)}”, article “${article.slice(i, i + 12)}”; lengths ${imported.length} and ${article.length}`;
}
