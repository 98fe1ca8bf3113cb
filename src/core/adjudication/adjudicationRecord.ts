// The mark an adjudicated sidecar carries: who adjudicated, when, from which annotators' files
// (name and SHA-256 of each file as read), and every decision, keyed by its disagreement, so
// that adjudicating again after an annotator changed their file keeps the earlier decisions.
// It is the sidecar's top-level field `adjudication`; readers that do not know it keep it
// (the sidecar schema is loose), so editing the adjudicated file in the editor keeps it too.
import * as z from 'zod';
import type { Sidecar } from '../sidecar/sidecarSchema';

export const ADJUDICATION_FIELD = 'adjudication';

export const DecisionSchema = z.object({
  /** The disagreement's key (diffVersions): what every annotator had at the place. */
  key: z.string().min(1),
  /** The annotators whose version was taken: one, several ("both"), or none ("neither"). */
  take: z.array(z.string().min(1)),
  /** Where it was, for a person reading the file: offsets, and each annotator's version. */
  place: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

export const AdjudicationRecordSchema = z.object({
  adjudicator: z.string(),
  /** When a decision last changed (ISO 8601). */
  time: z.string().datetime({ offset: true }),
  versions: z.array(z.object({ annotator: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).min(2),
  decisions: z.array(DecisionSchema),
  /** Disagreements not decided yet: their annotations are in none of the versions taken. */
  open: z.number().int().nonnegative(),
  /** SHA-256 of the annotations and links as adjudicated: tells a later edit of the file by hand. */
  annotationsSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type AdjudicationRecord = z.infer<typeof AdjudicationRecordSchema>;

export type RecordReadResult = { ok: true; record: AdjudicationRecord | undefined } | { ok: false; problem: string };

/** The record of a parsed sidecar: undefined when it has none (it was not adjudicated). */
export function readAdjudicationRecord(sidecar: Sidecar): RecordReadResult {
  const field = (sidecar as Record<string, unknown>)[ADJUDICATION_FIELD];
  if (field === undefined) return { ok: true, record: undefined };
  const parsed = AdjudicationRecordSchema.safeParse(field);
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${[ADJUDICATION_FIELD, ...issue.path].join('.')}: ${issue.message}` };
}
