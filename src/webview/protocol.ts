// The one protocol between the summary panel's host (src/editor/summaryPanel.ts) and its webview
// (src/webview/main.ts). One zod schema per message, one union per direction; each side runs
// `safeParse` on every message it receives, so a malformed or forged message is dropped with a
// log line instead of reaching the DOM or the file system. Handshake: the webview posts `ready`
// once its script runs; the host answers `init` (strings, scope) and then the current summary.
import * as z from 'zod';
import { LABELS, MONEY_ROLES, MONEY_SCOPES, QUALIFIERS } from '../core/types';
import { AgreementMessage } from './agreementProtocol';
import { TotalsSchema } from './totalsSchema';

export const SCOPES = ['article', 'corpus'] as const;
export const ScopeSchema = z.enum(SCOPES);
export type Scope = z.infer<typeof ScopeSchema>;

export const REVIEW_STATUSES = ['suggested', 'accepted', 'rejected'] as const;

const offset = z.number().int().nonnegative();

/** One line of the annotation table: a review item of one article, flattened. */
export const RowSchema = z.object({
  /** The article's URI (string form); the host checks it against the files it posted. */
  file: z.string().min(1),
  /** Workspace-relative path, for display. */
  path: z.string(),
  label: z.enum(LABELS),
  start: offset,
  end: offset,
  text: z.string(),
  status: z.enum(REVIEW_STATUSES),
  value: z.number().finite().optional(),
  max: z.number().finite().optional(),
  currency: z.string().optional(),
  qualifier: z.enum(QUALIFIERS).optional(),
  role: z.enum(MONEY_ROLES).optional(),
  scope: z.enum(MONEY_SCOPES).optional(),
});
export type Row = z.infer<typeof RowSchema>;

/** A linked end of a record: the span's text and whether the link is accepted or suggested. */
/** A linked end as written; `canonical`: the workspace lexicon's name for it when it differs (records merge under it). */
const RecordEndSchema = z.object({ text: z.string(), status: z.enum(['accepted', 'suggested']), canonical: z.string().optional() });

/** Where a record was reported: the article (URI and display path) and the amount's offsets. */
export const RecordSourceSchema = z.object({ file: z.string().min(1), path: z.string(), start: offset, end: offset });
export type RecordSource = z.infer<typeof RecordSourceSchema>;

/**
 * One line of the records table: an amount and whose money it is. In the corpus scope a record
 * reported by several articles (same project, role and value) is one line with every source.
 */
export const RecordRowSchema = z.object({
  sources: z.array(RecordSourceSchema).min(1),
  text: z.string(),
  /** The amount's own review status (accepted when any source accepted it). */
  status: z.enum(['accepted', 'suggested']),
  value: z.number().finite().optional(),
  max: z.number().finite().optional(),
  currency: z.string().optional(),
  role: z.enum(MONEY_ROLES).optional(),
  scope: z.enum(MONEY_SCOPES).optional(),
  project: RecordEndSchema.optional(),
  company: RecordEndSchema.optional(),
  park: RecordEndSchema.optional(),
});
export type RecordRow = z.infer<typeof RecordRowSchema>;

/** Every string the webview shows, localised by the host (vscode.l10n) and sent in `init`. */
export const STRING_KEYS = [
  'title', 'scopeArticle', 'scopeCorpus', 'scan', 'rescan', 'cancel', 'noArticle', 'noCorpus', 'scanning',
  'scanCancelled', 'scanFailed', 'totalsHeading', 'currency', 'role', 'itemised', 'aggregate', 'difference',
  'accepted', 'suggested', 'rejected', 'unreviewed', 'thresholds', 'thresholdsNote', 'park', 'perProject', 'perCompany', 'noPark', 'noProject', 'noCompany', 'suggestedLinks', 'suggestedLinksNote',
  'perFile', 'review', 'label', 'status', 'annotations', 'search', 'all', 'text', 'amount', 'file', 'position',
  'chartTitle', 'noData', 'truncated', 'name', 'fileCount', 'total', 'revealHint', 'tabOverview', 'tabTable',
  'tabBreakdown', 'rows',
  'tabRecords', 'searchRecords', 'suggestedLinksOnly', 'recordsNote', 'corpusTotalsNote', 'statedHeading', 'statedNote', 'repeatedHeading', 'repeatedNote', 'itemisedOnce', 'statedListed', 'project', 'company', 'sources', 'figureItemised', 'figureStated', 'figureStatedCount', 'suggestedLink', 'suggestedLinkHint',
  ...LABELS.map((label) => `label.${label}` as const),
  ...MONEY_ROLES.map((role) => `role.${role}` as const),
] as const;
export type StringKey = (typeof STRING_KEYS)[number];
export const StringsSchema = z.object(
  Object.fromEntries(STRING_KEYS.map((key) => [key, z.string()])) as Record<StringKey, z.ZodString>,
);
export type Strings = z.infer<typeof StringsSchema>;

// ---- host → webview ----

export const InitMessage = z.object({
  type: z.literal('init'),
  strings: StringsSchema,
  /** BCP 47 tag of VS Code's display language, for number formatting. */
  locale: z.string(),
  scope: ScopeSchema,
});

/**
 * The data of one scope. `generation` grows with every post, so the UI can ignore a stale
 * message that crossed a newer one.
 */
export const SummaryMessage = z.object({
  type: z.literal('summary'),
  scope: ScopeSchema,
  generation: z.number().int().nonnegative(),
  /** What the data covers: the article's relative path, or the workspace name. */
  title: z.string(),
  /** Null: nothing to show yet (no covered article open, corpus not scanned). */
  totals: TotalsSchema.nullable(),
  rows: z.array(RowSchema),
  /** Rows left out to keep the page light (corpus scope on a very large corpus). */
  omittedRows: z.number().int().nonnegative(),
  records: z.array(RecordRowSchema),
  /** Amounts of the articles whose records were left out (as `omittedRows`). */
  omittedRecords: z.number().int().nonnegative(),
  /** Files whose sidecar could not be read; their suggestions still count. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});

export const ProgressMessage = z.object({
  type: z.literal('progress'),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

export const HostMessageSchema = z.discriminatedUnion('type', [InitMessage, SummaryMessage, ProgressMessage, AgreementMessage]);
export type HostMessage = z.infer<typeof HostMessageSchema>;
export type InitMessage = z.infer<typeof InitMessage>;
export type SummaryMessage = z.infer<typeof SummaryMessage>;
export type ProgressMessage = z.infer<typeof ProgressMessage>;

// ---- webview → host ----

export const ReadyMessage = z.object({ type: z.literal('ready') });
export const RevealMessage = z
  .object({ type: z.literal('reveal'), file: z.string().min(1), start: offset, end: offset })
  .refine((m) => m.end >= m.start, { message: 'end must not be before start', path: ['end'] });
export const SetScopeMessage = z.object({ type: z.literal('setScope'), scope: ScopeSchema });
export const RequestScanMessage = z.object({ type: z.literal('requestScan') });
export const CancelScanMessage = z.object({ type: z.literal('cancelScan') });

export const WebviewMessageSchema = z.discriminatedUnion('type', [
  ReadyMessage,
  RevealMessage,
  SetScopeMessage,
  RequestScanMessage,
  CancelScanMessage,
]);
export type WebviewMessage = z.infer<typeof WebviewMessageSchema>;

export type ParseResult<T> = { ok: true; message: T } | { ok: false; problem: string };

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`;
}

/** Validates a message from the webview. Never throws. */
export function parseWebviewMessage(data: unknown): ParseResult<WebviewMessage> {
  const result = WebviewMessageSchema.safeParse(data);
  return result.success ? { ok: true, message: result.data } : { ok: false, problem: describe(result.error) };
}

/** Validates a message from the host. Never throws. */
export function parseHostMessage(data: unknown): ParseResult<HostMessage> {
  const result = HostMessageSchema.safeParse(data);
  return result.success ? { ok: true, message: result.data } : { ok: false, problem: describe(result.error) };
}
