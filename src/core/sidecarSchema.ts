// The sidecar file: the research data. One zod schema defines it; every reader and writer
// (editor store, importers, exporters, CLI, panel) goes through `parseSidecar`.
//
// Annotations of `article.txt` live in `article.txt.ann.json`. Suggestions are not stored:
// a suggestion is the engine's span that no stored annotation accepts or rejects.
import * as z from 'zod';
import { SIDECAR_FORMAT, SIDECAR_SUFFIX, SIDECAR_VERSION } from './sidecarFormat';
import { LABELS, MONEY_ROLES, MONEY_SCOPES, QUALIFIERS } from './types';

export { SIDECAR_FORMAT, SIDECAR_SUFFIX, SIDECAR_VERSION } from './sidecarFormat';

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

const SidecarObject = z.object({
  format: z.literal(SIDECAR_FORMAT),
  version: z.literal(SIDECAR_VERSION),
  /** The article's file name (not a path: the pair moves together). */
  article: z.string().min(1),
  /** SHA-256 (hex) of the article text the offsets refer to (UTF-8 of the BOM-less text). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  annotations: z.array(AnnotationSchema),
});

export const SidecarSchema = SidecarObject
  .loose()
  .refine((s) => new Set(s.annotations.map((a) => a.id)).size === s.annotations.length, {
    message: 'annotation ids must be unique',
    path: ['annotations'],
  });

/** Unknown fields are not in the type; they ride along on the objects parseSidecar returns. */
export type Sidecar = Omit<z.infer<typeof SidecarObject>, 'annotations'> & { annotations: Annotation[] };

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
    .sort((a, b) => a.start - b.start || a.end - b.end || a.label.localeCompare(b.label))
    .map((a) => inOrder(a, ANNOTATION_KEY_RANK));
  const body = inOrder({ ...sidecar, format: SIDECAR_FORMAT, version: SIDECAR_VERSION, annotations }, SIDECAR_KEY_RANK);
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The known keys in their order, then the unknown ones as they came (the sort is stable). */
function inOrder(object: object, known: ReadonlyMap<string, number>): Record<string, unknown> {
  const rank = (key: string) => known.get(key) ?? known.size;
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b)));
}

const rankOf = (keys: readonly string[]) => new Map(keys.map((key, i) => [key, i]));
const SIDECAR_KEY_ORDER = ['format', 'version', 'article', 'sha256', 'annotations'] as const satisfies readonly (keyof Sidecar)[];

const ANNOTATION_KEY_ORDER = [
  'id', 'label', 'start', 'end', 'text', 'status', 'value', 'max', 'currency', 'qualifier', 'role', 'scope',
  'author', 'time', 'before', 'after', 'orphaned',
] as const satisfies readonly (keyof Annotation)[];
const SIDECAR_KEY_RANK = rankOf(SIDECAR_KEY_ORDER);
const ANNOTATION_KEY_RANK = rankOf(ANNOTATION_KEY_ORDER);

export function sidecarPathFor(articlePath: string): string {
  return `${articlePath}${SIDECAR_SUFFIX}`;
}
