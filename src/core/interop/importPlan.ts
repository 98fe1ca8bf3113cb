// From parsed input to new sidecar contents, pure: which article each document belongs to
// (its text must be the article's text), what each article gains, and what conflicts with the
// annotations already there. Conflicts are reported and left alone unless the caller asks to
// replace them; a dry run is simply a plan that is shown and not written.
import { decideLinks, keepFittingLinks } from '../links/linkEdits';
import type { LinkProposal } from '../links/linkEdits';
import { AnnotationIds, createAnnotation } from '../review/review';
import type { Annotation, Link, Sidecar } from '../sidecar/sidecarSchema';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../sidecar/sidecarFormat';
import { hashText } from '../textHash';
import type { Entity } from '../types';
import { LINK_TARGET_LABEL } from '../types';
import { MONEY_KEYS } from './annotatedArticle';
import type { DocumentSource, ImportedDocument, ImportedLink, ImportedSpan, ImportProblem, ParsedImport } from './importedDocument';
import { MergedAnnotations } from './mergedAnnotations';

/** An article already in the corpus, with its sidecar annotations (current offsets). */
export interface ExistingArticle {
  /** Path relative to the articles folder, `/`-separated. */
  file: string;
  text: string;
  annotations: readonly Annotation[];
  /** The sidecar's links (version 2), by annotation id. */
  links?: readonly Link[];
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

/** The links of an article after an import merged the imported ones into the stored ones. */
export interface LinkMerge {
  links: Link[];
  addedLinks: Link[];
  /** Imported links the stored ones contradict (kept as stored unless `replace`), one line each. */
  linkConflicts: string[];
  /** Imported links whose ends did not end up as accepted annotations (a conflict kept the stored span). */
  unplacedLinks: number;
}

export interface ArticlePlan extends ArticleMerge, LinkMerge {
  file: string;
  text: string;
  /** The imported spans of this article (the editor merges them again inside the store's update). */
  spans: ImportedSpan[];
  /** The imported links of this article. */
  importedLinks: ImportedLink[];
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
  const byArticle = gatherByArticle(parsed.documents, new ArticleFinder(articles), problems);
  const notes = [...parsed.notes];
  const plans: ArticlePlan[] = [];
  for (const [article, { spans, links }] of byArticle) {
    const merge = mergeImported(article.annotations, spans, article.text, options);
    const linkMerge = mergeImportedLinks(article.links ?? [], merge.annotations, links, article.text, options);
    if (linkMerge.unplacedLinks) notes.push({ file: article.file, message: `${linkMerge.unplacedLinks} imported link(s) whose ends are not accepted annotations after the import (a conflict kept the stored span); skipped` });
    plans.push({ file: article.file, text: article.text, spans, importedLinks: links, ...merge, ...linkMerge });
  }
  plans.sort((a, b) => a.file.localeCompare(b.file));
  return { articles: plans, problems, notes };
}

interface ImportedContent {
  spans: ImportedSpan[];
  links: ImportedLink[];
}

/** Each document's spans and links under the article it belongs to; a document that fits no article adds a problem. */
function gatherByArticle(documents: readonly ImportedDocument[], finder: ArticleFinder, problems: ImportProblem[]): Map<ExistingArticle, ImportedContent> {
  const byArticle = new Map<ExistingArticle, ImportedContent>();
  for (const document of documents) {
    const found = finder.articleOf(document);
    if (found === undefined) continue;
    if ('problem' in found) {
      problems.push({ file: document.source.file, line: document.source.line, message: `${sourceName(document.source)}${found.problem}` });
      continue;
    }
    const content = byArticle.get(found.article);
    // Appended in place: copying the lists for each document made planning quadratic in documents per article.
    if (content) {
      for (const span of document.spans) content.spans.push(span);
      for (const link of document.links ?? []) content.links.push(link);
    } else byArticle.set(found.article, { spans: [...document.spans], links: [...(document.links ?? [])] });
  }
  return byArticle;
}

/** The article a document belongs to, a reason it belongs to none, or undefined for an empty document that need not. */
type ArticleMatch = { article: ExistingArticle } | { problem: string } | undefined;

/**
 * Finds the article of an imported document: the one it names (whose text it must have), else
 * the one with its text (preferring those whose path ends with a name it gives). Indexed once,
 * so each document costs a few map reads.
 */
class ArticleFinder {
  private readonly byFile: Map<string, ExistingArticle>;
  private readonly hashOf: Map<ExistingArticle, string>;
  private readonly byHash = new Map<string, ExistingArticle[]>();
  /** Articles by the last part of their path: a name can only be a suffix of a path ending the same. */
  private readonly byLastPart = new Map<string, ExistingArticle[]>();

  constructor(articles: readonly ExistingArticle[]) {
    this.byFile = new Map(articles.map((a) => [normalise(a.file), a]));
    this.hashOf = new Map(articles.map((a) => [a, hashText(a.text)]));
    for (const a of articles) {
      addTo(this.byHash, this.hashOf.get(a) as string, a);
      addTo(this.byLastPart, lastPart(normalise(a.file)), a);
    }
  }

  articleOf(document: ImportedDocument): ArticleMatch {
    const hash = hashText(document.text);
    const named = this.namedBy(document.files);
    const match = named ? this.checkNamed(named, hash, document.text) : this.sameText(document, hash);
    if (match && 'article' in match && match.article.problem) return { problem: `the sidecar of ${match.article.file} cannot be used: ${match.article.problem}` };
    return match;
  }

  /** An article the document names: exactly, else the one article whose path ends with the name. */
  private namedBy(files: readonly string[]): ExistingArticle | undefined {
    for (const f of files) {
      const exact = this.byFile.get(normalise(f));
      if (exact) return exact;
    }
    for (const f of files) {
      const suffix = `/${normalise(f)}`;
      const candidates = (this.byLastPart.get(lastPart(normalise(f))) ?? []).filter((a) => `/${normalise(a.file)}`.endsWith(suffix));
      if (candidates.length === 1) return candidates[0];
    }
    return undefined;
  }

  private checkNamed(named: ExistingArticle, hash: string, text: string): ArticleMatch {
    if (this.hashOf.get(named) === hash) return { article: named };
    return { problem: `its text is not the text of ${named.file} (${describeDifference(text, named.text)}); refused` };
  }

  /** The one article with the document's text; an empty document that fits none, or several, is skipped. */
  private sameText(document: ImportedDocument, hash: string): ArticleMatch {
    const same = this.byHash.get(hash) ?? [];
    const suffixes = document.files.map((f) => `/${normalise(f)}`);
    const preferred = same.filter((a) => suffixes.some((s) => `/${normalise(a.file)}`.endsWith(s)));
    const candidates = preferred.length ? preferred : same;
    if (candidates.length === 1) return { article: candidates[0] };
    if (document.spans.length === 0) return undefined;
    if (candidates.length > 1) return { problem: `${candidates.length} articles have this text (${candidates.map((a) => a.file).join(', ')}); name one in the input or import into a folder holding only one of them` };
    const name = document.files.length ? `${document.files[0]} is not among the articles, and ` : '';
    return { problem: `${name}no article has this text (“${preview(document.text)}”); refused` };
  }
}

/**
 * Adds imported links to an article's stored links, once its annotations are merged: each end
 * must be an accepted annotation of the right label on the link's span. A link already stored
 * is unchanged; one the sidecar contradicts (the amount has another accepted link of the kind,
 * or the sidecar rejects this link) is a conflict, kept as stored unless `replace`. Stored
 * links whose annotations the import replaced are dropped. Linear in annotations + links.
 */
export function mergeImportedLinks(current: readonly Link[], annotations: readonly Annotation[], imported: readonly ImportedLink[], text: string, options: ImportOptions): LinkMerge {
  const fitting = keepFittingLinks(current, annotations);
  const result: LinkMerge = { links: [...fitting], addedLinks: [], linkConflicts: [], unplacedLinks: 0 };
  if (imported.length === 0) return result;
  const bySpan = new Map<string, Annotation>();
  for (const a of annotations) if (a.status === 'accepted' && !a.orphaned) bySpan.set(`${a.label}:${a.start}:${a.end}`, a);
  const stored = new Map(fitting.map((l) => [`${l.kind}\0${l.from}\0${l.to}`, l]));
  const acceptedOf = new Map(fitting.filter((l) => l.status === 'accepted').map((l) => [`${l.kind}\0${l.from}`, l]));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const proposals: LinkProposal[] = [];
  const proposed = new Set<string>();
  for (const link of imported) {
    const from = bySpan.get(`MONEY:${link.from.start}:${link.from.end}`);
    const to = bySpan.get(`${LINK_TARGET_LABEL[link.kind]}:${link.to.start}:${link.to.end}`);
    if (!from || !to) {
      result.unplacedLinks++;
      continue;
    }
    const key = `${link.kind}\0${from.id}\0${to.id}`;
    const same = stored.get(key);
    if ((same && same.status === 'accepted') || proposed.has(`${link.kind}\0${from.id}`)) continue;
    const other = acceptedOf.get(`${link.kind}\0${from.id}`);
    const contradiction = same ? 'the sidecar rejects this link' : other ? `the sidecar links it to ${describe(byId.get(other.to))}` : undefined;
    if (contradiction && !options.replace) {
      result.linkConflicts.push(`${link.kind} link of MONEY “${from.text}” ${from.start}–${from.end} to ${describe(to)} (${link.source}): ${contradiction}; kept the sidecar's`);
      continue;
    }
    proposed.add(`${link.kind}\0${from.id}`);
    proposals.push({ kind: link.kind, amount: { ...from, annotation: from }, target: { ...to, annotation: to } });
  }
  if (proposals.length === 0) return result;
  const decided = decideLinks({ annotations, links: fitting }, proposals, 'accepted', { author: options.author, now: options.now, text });
  const before = new Set(fitting);
  result.links = [...decided.links];
  result.addedLinks = decided.links.filter((l) => !before.has(l));
  return result;
}

function describe(a: Annotation | undefined): string {
  return a ? `${a.label} “${a.text}” ${a.start}–${a.end}` : 'an annotation';
}

/**
 * Adds imported spans to an article's annotations. Same span, label, status and attributes →
 * unchanged. Same span with another label, status or attributes, or overlapping an accepted
 * annotation → a conflict, kept as it is (or replaced when `replace`). Used by the CLI on the
 * sidecar it read and by the editor inside AnnotationStore.update on the live annotations.
 */
export function mergeImported(current: readonly Annotation[], spans: readonly ImportedSpan[], text: string, options: ImportOptions): ArticleMerge {
  const ids = new AnnotationIds(current.map((a) => a.id));
  const result: ArticleMerge = { annotations: [], added: [], replaced: [], unchanged: 0, conflicts: [] };
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = new MergedAnnotations(current, sorted);
  for (const [index, span] of sorted.entries()) {
    if (span.status === 'suggested') continue;
    const sameSpan = merged.onSpan(span);
    if (sameSpan.some((slot) => sameAnnotation(merged.at(slot), span))) {
      result.unchanged++;
      continue;
    }
    const clashes = merged.clashing(span, sameSpan).map((slot) => ({ slot, existing: merged.at(slot) }));
    if (clashes.length) {
      if (!options.replace) {
        for (const { existing } of clashes) result.conflicts.push({ imported: span, existing, reason: clash(existing, span) as string });
        continue;
      }
      for (const { existing } of clashes) merged.removeAll(existing);
      result.replaced.push(...clashes.map((c) => c.existing));
    }
    const created = createAnnotation(entityOf(span), span.status === 'rejected' ? 'rejected' : 'accepted', options.author, options.now, text, ids);
    merged.add(created, index);
    result.added.push(created);
  }
  result.annotations = merged.list();
  // A later imported span may have replaced one added earlier in this import: report only what
  // the sidecar ends up with, and as replaced only what it had before.
  const kept = new Set(result.annotations);
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

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function lastPart(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
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
