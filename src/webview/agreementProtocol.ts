// The summary panel's agreement message (host → webview): per pair of annotators, per label span
// F1 and kappa on the MONEY attributes, for one scope. It carries its own localised strings, so
// the panel's string table does not grow with it. Part of HostMessageSchema (protocol.ts).
import * as z from 'zod';
import { LABELS } from '../core/types';

const ratio = z.number().min(0).max(1).nullable();
const count = z.number().int().nonnegative();

export const AGREEMENT_STRING_KEYS = ['heading', 'pair', 'articles', 'label', 'exactF1', 'overlapF1', 'spans', 'kappaHeading', 'attribute', 'kappa', 'items', 'problems', 'role', 'scope', 'currency', 'value'] as const;

export const AgreementMessage = z.object({
  type: z.literal('agreement'),
  scope: z.enum(['article', 'corpus']),
  strings: z.object(Object.fromEntries(AGREEMENT_STRING_KEYS.map((key) => [key, z.string()])) as Record<(typeof AGREEMENT_STRING_KEYS)[number], z.ZodString>),
  annotators: z.array(z.string()),
  /** Empty: fewer than two annotators' files; the section is not shown. */
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      articles: count,
      labels: z.array(z.object({ label: z.enum(LABELS), aSpans: count, bSpans: count, exactF1: ratio, overlapF1: ratio })),
      // Kappa ranges from −1 to 1.
      money: z.array(z.object({ attribute: z.string(), n: count, kappa: z.number().min(-1).max(1).nullable() })),
    }),
  ),
  /** Annotators' files that could not be read (left out of the figures). */
  problems: z.array(z.string()),
});
export type AgreementMessage = z.infer<typeof AgreementMessage>;
