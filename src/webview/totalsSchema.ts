// The zod shape of `Totals` (src/core/totals/totals.ts) as it crosses from the host to the webview.
// The two type checks at the bottom fail to compile when the core type and this schema drift
// apart, so the webview never reads a field the host does not send.
import * as z from 'zod';
import type { Totals } from '../core/totals/totalsData';
import { LABELS, SUMMED_ROLES } from '../core/types';
import type { SummedRole } from '../core/types';

const count = z.number().int().nonnegative();
const amount = z.number().finite();

const MoneySumsSchema = z.object({
  itemised: amount,
  itemisedCount: count,
  aggregate: amount,
  aggregateCount: count,
  difference: amount,
  rangeCount: count,
});

export const CurrencyRoleTotalsSchema = z.object({
  currency: z.string(),
  role: z.enum(SUMMED_ROLES as [SummedRole, ...SummedRole[]]),
  accepted: MoneySumsSchema,
  all: MoneySumsSchema,
});

const GroupTotalsSchema = z.object({
  name: z.string(),
  fileCount: count,
  amounts: z.array(CurrencyRoleTotalsSchema),
  suggestedCount: count,
});

const ReviewCountsSchema = z.object({ accepted: count, rejected: count, suggested: count });
const ReviewCountsByLabelSchema = z.object(
  Object.fromEntries(LABELS.map((label) => [label, ReviewCountsSchema])) as Record<(typeof LABELS)[number], typeof ReviewCountsSchema>,
);

const SkippedCountsSchema = z.object({ glosses: count, repeats: count, parts: count, incomplete: count, crossArticle: count });

const SourceSchema = z.object({ file: z.string(), start: count, end: count, text: z.string() });
const summedRole = z.enum(SUMMED_ROLES as [SummedRole, ...SummedRole[]]);

export const TotalsSchema = z.object({
  articleCount: count,
  amounts: z.array(CurrencyRoleTotalsSchema),
  thresholds: z.array(
    z.object({
      file: z.string(),
      start: count,
      end: count,
      text: z.string(),
      value: amount.optional(),
      max: amount.optional(),
      currency: z.string().optional(),
      status: z.enum(['accepted', 'suggested']),
      park: z.string().optional(),
    }),
  ),
  parks: z.array(GroupTotalsSchema),
  projects: z.array(GroupTotalsSchema.extend({ park: z.string().optional() })),
  companies: z.array(GroupTotalsSchema),
  files: z.array(
    z.object({ file: z.string(), amounts: z.array(CurrencyRoleTotalsSchema), thresholdCount: count, review: ReviewCountsByLabelSchema }),
  ),
  review: ReviewCountsByLabelSchema,
  skipped: z.object({ accepted: SkippedCountsSchema, all: SkippedCountsSchema }),
  repeatedRecords: z.array(
    z.object({ project: z.string(), currency: z.string(), role: summedRole, value: amount, max: amount.optional(), sources: z.array(SourceSchema).min(2) }),
  ),
  statedAggregates: z.array(
    SourceSchema.extend({ currency: z.string(), role: summedRole, value: amount, max: amount.optional(), park: z.string().optional(), status: z.enum(['accepted', 'suggested']) }),
  ),
});

// Compile-time guards: each direction must be assignable.
type Parsed = z.infer<typeof TotalsSchema>;
const schemaCoversCore = (t: Totals): Parsed => t;
const coreCoversSchema = (t: Parsed): Totals => t;
void schemaCoversCore;
void coreCoversSchema;
