// The sidecar file: the research data. One zod schema defines it; every reader and writer
// (editor store, importers, exporters, CLI, panel) goes through `parseSidecar`.
//
// Annotations of `article.txt` live in `article.txt.ann.json`. Suggestions are not stored:
// a suggestion is the engine's span that no stored annotation accepts or rejects. Version 2 adds
// `links` (an amount's project, company and park, by annotation id); version 1 files still parse
// (no links) and writers always write version 2.
import * as z from 'zod';
import { READABLE_SIDECAR_VERSIONS, SIDECAR_FORMAT, SIDECAR_SUFFIX, SIDECAR_VERSION } from './sidecarFormat';
import { LABELS, LINK_KINDS, LINK_TARGET_LABEL, MONEY_ROLES, MONEY_SCOPES, QUALIFIERS } from '../types';

export { READABLE_SIDECAR_VERSIONS, SIDECAR_FORMAT, SIDECAR_SUFFIX, SIDECAR_VERSION } from './sidecarFormat';

export const ANNOTATION_STATUSES = ['accepted', 'rejected'] as const;
export type AnnotationStatus = (typeof ANNOTATION_STATUSES)[number];

const offset = z.number().int().nonnegative();

const AnnotationObject = z.object({
    /** Stable id, unique within the file. */
    id: z.string().min(1),
    label: z.enum(LABELS),
    /** UTF-16 code units into the article text (BOM dropped), `end` exclusive. */
    start: offset,
    end: offset,
    /** The covered text: detects drift and re-anchors the span when the article changed. */
    text: z.string().min(1),
    status: z.enum(ANNOTATION_STATUSES),
    value: z.number().finite().nonnegative().optional(),
    max: z.number().finite().nonnegative().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY').optional(),
    qualifier: z.enum(QUALIFIERS).optional(),
    role: z.enum(MONEY_ROLES).optional(),
    scope: z.enum(MONEY_SCOPES).optional(),
    /** MONEY: the value was typed by the researcher, so a change of the text never overwrites it. */
    valueSetByHand: z.boolean().optional(),
    /** MONEY: the text changed and the value could not follow it (set by hand, or unreadable): check it. */
    checkValue: z.boolean().optional(),
    /** Who tagged it (setting `investNews.author`, default the OS user) and when (ISO 8601). */
    author: z.string(),
    time: z.string().datetime({ offset: true }),
    /** Up to 16 units of text before and after the span, for re-anchoring. */
    before: z.string().optional(),
    after: z.string().optional(),
    /**
     * Set when the article changed outside the editor and the span could not be placed again:
     * the annotation is kept (never silently discarded) and listed for the user.
     */
    orphaned: z.boolean().optional(),
  });

// Fields this version does not know (written by a newer version or another tool) are kept on
// reading (`loose`) and written back by serializeSidecar, so a rewrite never drops them.
export const AnnotationSchema = AnnotationObject
  .loose()
  .refine((a) => a.end > a.start, { message: 'end must be greater than start', path: ['end'] })
  .refine((a) => a.end - a.start === a.text.length, { message: 'text length must equal end - start', path: ['text'] })
  .refine((a) => a.max === undefined || a.value === undefined || a.max >= a.value, { message: 'max must not be below value', path: ['max'] });

export type Annotation = z.infer<typeof AnnotationObject>;

export const LINK_STATUSES = ['accepted', 'rejected'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/**
 * A link from an amount to whose money it is (version 2). It points at annotations by id, so
 * edits and re-anchoring, which keep ids, keep it. `accepted`: the link holds; `rejected`:
 * silences the engine's suggestion of exactly this link.
 */
export const LinkSchema = z.object({
  /** Unique among the ids of the file's annotations and links. */
  id: z.string().min(1),
  kind: z.enum(LINK_KINDS),
  /** Id of a MONEY annotation. */
  from: z.string().min(1),
  /** Id of an annotation labelled LINK_TARGET_LABEL[kind]. */
  to: z.string().min(1),
  status: z.enum(LINK_STATUSES),
  author: z.string(),
  time: z.string().datetime({ offset: true }),
});

export type Link = z.infer<typeof LinkSchema>;

const SidecarObject = z.object({
  format: z.literal(SIDECAR_FORMAT),
  version: z.literal(READABLE_SIDECAR_VERSIONS, {
    error: `unsupported version: this extension reads versions ${READABLE_SIDECAR_VERSIONS.join(' and ')}`,
  }),
  /** The article's file name (not a path: the pair moves together). */
  article: z.string().min(1),
  /** SHA-256 (hex) of the article text the offsets refer to (UTF-8 of the BOM-less text). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  annotations: z.array(AnnotationSchema),
  /** Version 2; absent in version 1 files (no links). */
  links: z.array(LinkSchema).optional(),
});

export const SidecarSchema = SidecarObject
  .loose()
  .refine((s) => new Set(s.annotations.map((a) => a.id)).size === s.annotations.length, {
    message: 'annotation ids must be unique',
    path: ['annotations'],
  })
  .superRefine((s, ctx) => {
    for (const problem of linkProblems(s)) ctx.addIssue({ code: 'custom', ...problem });
  });

/** Unknown fields are not in the type; they ride along on the objects parseSidecar returns. */
export type Sidecar = Omit<z.infer<typeof SidecarObject>, 'annotations'> & { annotations: Annotation[] };

/**
 * What is wrong with the links of a sidecar whose fields are each valid: links in a version 1
 * file, ids taken twice, ends that name no annotation or one of the wrong label, the same link
 * twice, two accepted links of one kind from one amount. Linear in annotations + links.
 */
function linkProblems(sidecar: { version: number; annotations: readonly Annotation[]; links?: readonly Link[] }): { path: (string | number)[]; message: string }[] {
  const links = sidecar.links ?? [];
  if (links.length === 0) return [];
  if (sidecar.version < 2) return [{ path: ['links'], message: 'links need version 2 (version 1 files have no links)' }];
  const byId = new Map(sidecar.annotations.map((a) => [a.id, a]));
  const linkIds = new Set<string>();
  const seen = new Map<string, string>();
  const problems: { path: (string | number)[]; message: string }[] = [];
  links.forEach((link, index) => {
    const at = (field?: string) => (field ? ['links', index, field] : ['links', index]);
    if (byId.has(link.id) || linkIds.has(link.id)) problems.push({ path: at('id'), message: `id ${link.id} is already taken by another annotation or link` });
    linkIds.add(link.id);
    const from = byId.get(link.from);
    if (!from) problems.push({ path: at('from'), message: `no annotation has the id ${link.from}` });
    else if (from.label !== 'MONEY') problems.push({ path: at('from'), message: `annotation ${link.from} is ${from.label}; a link starts at a MONEY annotation` });
    const to = byId.get(link.to);
    const wanted = LINK_TARGET_LABEL[link.kind];
    if (!to) problems.push({ path: at('to'), message: `no annotation has the id ${link.to}` });
    else if (to.label !== wanted) problems.push({ path: at('to'), message: `annotation ${link.to} is ${to.label}; a ${link.kind} link points at a ${wanted} annotation` });
    const sameLink = `${link.kind}\0${link.from}\0${link.to}`;
    const accepted = `${link.kind}\0${link.from}`;
    if (seen.has(sameLink)) problems.push({ path: at(), message: `repeats link ${seen.get(sameLink)} (same kind, from and to)` });
    else seen.set(sameLink, link.id);
    if (link.status === 'accepted') {
      if (seen.has(accepted)) problems.push({ path: at(), message: `amount ${link.from} already has an accepted ${link.kind} link (${seen.get(accepted)}); at most one of each kind` });
      else seen.set(accepted, link.id);
    }
  });
  return problems;
}

export type SidecarParseResult = { ok: true; sidecar: Sidecar } | { ok: false; problem: string };

/** Parses sidecar text. Never throws; on failure names the first problem (with its JSON path). */
export function parseSidecar(text: string): SidecarParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON: ${(error as Error).message}` };
  }
  const result = SidecarSchema.safeParse(json);
  if (result.success) return { ok: true, sidecar: result.data };
  const issue = result.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : '(top level)';
  return { ok: false, problem: `${where}: ${issue.message}` };
}

/** Serialises with a stable key order and a trailing newline, so diffs in git stay small. */
export function serializeSidecar(sidecar: Sidecar): string {
  const annotations = [...sidecar.annotations]
    // The id last: two annotations of one span and label (one accepted on each of two branches)
    // must not come out in the order they happened to be in.
    .sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((a) => inOrder(a, ANNOTATION_KEY_RANK));
  const links = sortedLinks(sidecar.links ?? [], sidecar.annotations).map((link) => inOrder(link, LINK_KEY_RANK));
  const body = inOrder({ ...sidecar, format: SIDECAR_FORMAT, version: SIDECAR_VERSION, annotations, links }, SIDECAR_KEY_RANK);
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The known keys in their order, then the unknown ones as they came (the sort is stable). */
function inOrder(object: object, known: ReadonlyMap<string, number>): Record<string, unknown> {
  const rank = (key: string) => known.get(key) ?? known.size;
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
}

const rankOf = (keys: readonly string[]) => new Map(keys.map((key, i) => [key, i]));
const SIDECAR_KEY_ORDER = ['format', 'version', 'article', 'sha256', 'annotations', 'links'] as const satisfies readonly (keyof Sidecar)[];

/** Links in the order of their amounts in the text, then kind (project, company, park), accepted first, then target. */
function sortedLinks(links: readonly Link[], annotations: readonly Annotation[]): Link[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const place = (id: string) => byId.get(id) ?? { start: Infinity, end: Infinity };
  const kindRank = (link: Link) => LINK_KINDS.indexOf(link.kind);
  const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...links].sort((a, b) =>
    place(a.from).start - place(b.from).start ||
    place(a.from).end - place(b.from).end ||
    plain(a.from, b.from) ||
    kindRank(a) - kindRank(b) ||
    LINK_STATUSES.indexOf(a.status) - LINK_STATUSES.indexOf(b.status) ||
    place(a.to).start - place(b.to).start ||
    plain(a.id, b.id),
  );
}

const LINK_KEY_ORDER = ['id', 'kind', 'from', 'to', 'status', 'author', 'time'] as const satisfies readonly (keyof Link)[];

const ANNOTATION_KEY_ORDER = [
  'id', 'label', 'start', 'end', 'text', 'status', 'value', 'max', 'currency', 'qualifier', 'role', 'scope',
  'valueSetByHand', 'checkValue', 'author', 'time', 'before', 'after', 'orphaned',
] as const satisfies readonly (keyof Annotation)[];
const SIDECAR_KEY_RANK = rankOf(SIDECAR_KEY_ORDER);
const LINK_KEY_RANK = rankOf(LINK_KEY_ORDER);
const ANNOTATION_KEY_RANK = rankOf(ANNOTATION_KEY_ORDER);

export function sidecarPathFor(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}
