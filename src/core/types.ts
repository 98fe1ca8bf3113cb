// The vocabulary every layer shares: labels, MONEY attributes and the entity shape.
// Entities are flat (MONEY attributes next to the span) because that is the shape of the
// `invest-news extract` JSONL contract, of the sidecar annotations and of the scorer's input.

export const LABELS = ['MONEY', 'PARK', 'PROJECT', 'COMPANY'] as const;
export type Label = (typeof LABELS)[number];

export const QUALIFIERS = ['approx', 'at_least', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const MONEY_ROLES = [
  'investment',
  'contract',
  'completed',
  'revenue',
  'tax',
  'foreign',
  'funding',
  'threshold',
  'other',
] as const;
export type MoneyRole = (typeof MONEY_ROLES)[number];

export function isMoneyRole(value: unknown): value is MoneyRole {
  return typeof value === 'string' && (MONEY_ROLES as readonly string[]).includes(value);
}

/** Money that is summed: every role but `threshold` (a size class, listed and never summed). */
export type SummedRole = Exclude<MoneyRole, 'threshold'>;
export const SUMMED_ROLES: readonly SummedRole[] = MONEY_ROLES.filter((role): role is SummedRole => role !== 'threshold');

export const MONEY_SCOPES = ['aggregate', 'item'] as const;
export type MoneyScope = (typeof MONEY_SCOPES)[number];

/** MONEY attributes, as the annotation guidelines define them. */
export interface MoneyAttributes {
  /** Amount in units of the currency; for a range, its minimum. */
  value: number;
  /** Upper end of a range. */
  max?: number;
  /** ISO 4217 code (`元` alone is CNY). */
  currency: string;
  qualifier?: Qualifier;
  role: MoneyRole;
  scope: MoneyScope;
}

/**
 * One recognised span. Offsets are UTF-16 code units into the text as VS Code holds it
 * (BOM dropped, line endings untouched), `end` exclusive. MONEY spans carry the MONEY attributes.
 */
export interface Entity extends Partial<MoneyAttributes> {
  label: Label;
  start: number;
  end: number;
  text: string;
  /** MONEY only: whose money it is (see `LinkKind`). Absent when the text does not say. */
  links?: AmountLinks;
}

/**
 * The three links of an amount (annotation guidelines, "Links: whose money it is"): the PROJECT
 * it belongs to, the COMPANY whose money it is, the PARK it goes to or is counted for.
 */
export const LINK_KINDS = ['project', 'company', 'park'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The label of the span each kind of link points at. */
export const LINK_TARGET_LABEL = {
  project: 'PROJECT',
  company: 'COMPANY',
  park: 'PARK',
} as const satisfies Record<LinkKind, Label>;

/** A linked span: one mention of it in the same article, UTF-16 offsets, `end` exclusive. */
export interface SpanRef {
  start: number;
  end: number;
}

export type AmountLinks = Partial<Record<LinkKind, SpanRef>>;

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}
