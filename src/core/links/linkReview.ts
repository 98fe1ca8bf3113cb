// Links as the user reviews them: for each amount, its project, company and park, each either
// accepted (a stored link) or suggested (the engine's `links` on the MONEY entity), and for each
// park, project or company, the amounts linked to it. Pure; the editor's hover, highlights and
// quick fixes read one LinkIndex per analysis.
//
// Rules (sidecar version 2): a stored accepted link overrides the engine's suggestion of its
// kind; a stored rejected link silences exactly the suggestion it names (same amount, kind and
// target span); a rejected amount has no links; a suggestion pointing at a span the user rejected
// is not shown; a link whose end is not placed in the text (orphaned, deleted) is not shown.
import type { ReviewItem } from '../review/review';
import type { Link } from '../sidecar/sidecarSchema';
import { firstStartingAt } from '../sortedSpans';
import { LINK_KINDS, LINK_TARGET_LABEL } from '../types';
import type { AmountLinks, Entity, Label, LinkKind, SpanRef } from '../types';

export interface AmountLink {
  readonly kind: LinkKind;
  readonly status: 'accepted' | 'suggested';
  readonly amount: ReviewItem;
  readonly target: ReviewItem;
  /** The stored link, for an accepted one. */
  readonly link?: Link;
}

export class LinkIndex {
  private readonly byAmount = new Map<string, AmountLink[]>();
  private readonly byTarget = new Map<string, AmountLink[]>();

  /**
   * @param items the merged review items of an article, sorted by start (mergeReview's result)
   * @param suggestions the engine's entities of the same text (MONEY ones may carry `links`)
   * @param links the stored links of the article
   * @param suggestedLinks the engine's links parallel to `suggestions`, when they are computed
   *   apart from the spans (they then take the place of the entities' own `links`)
   */
  constructor(items: readonly ReviewItem[], suggestions: readonly Entity[], links: readonly Link[], suggestedLinks?: readonly (AmountLinks | undefined)[]) {
    const itemsByKey = new Map<string, ReviewItem>();
    const itemsById = new Map<string, ReviewItem>();
    const accepted = new Map<Label, ReviewItem[]>();
    for (const item of items) {
      itemsByKey.set(spanKey(item.label, item), item);
      if (item.annotation) itemsById.set(item.annotation.id, item);
      if (item.status === 'accepted') pushTo(accepted, item.label, item);
    }
    const suggestedByAmount = new Map<string, AmountLinks>();
    suggestions.forEach((entity, i) => {
      const own = suggestedLinks ? suggestedLinks[i] : entity.links;
      if (entity.label === 'MONEY' && own) suggestedByAmount.set(spanKey('MONEY', entity), own);
    });
    const stored = new Map<string, Link[]>();
    for (const link of links) pushTo(stored, link.from, link);

    const resolve = (label: Label, span: SpanRef) => resolveTarget(itemsByKey, accepted.get(label) ?? [], label, span);
    for (const amount of items) {
      if (amount.label !== 'MONEY' || amount.status === 'rejected') continue;
      const own = amount.annotation ? (stored.get(amount.annotation.id) ?? []) : [];
      const suggested = suggestedByAmount.get(spanKey('MONEY', amount));
      const found: AmountLink[] = [];
      for (const kind of LINK_KINDS) {
        const link = own.find((l) => l.kind === kind && l.status === 'accepted' && itemsById.has(l.to));
        if (link) {
          found.push({ kind, status: 'accepted', amount, target: itemsById.get(link.to) as ReviewItem, link });
          continue;
        }
        const span = suggested?.[kind];
        const target = span && resolve(LINK_TARGET_LABEL[kind], span);
        if (!target) continue;
        const silenced = own.some((l) => l.kind === kind && l.status === 'rejected' && itemsById.get(l.to) === target);
        if (!silenced) found.push({ kind, status: 'suggested', amount, target });
      }
      if (found.length === 0) continue;
      this.byAmount.set(spanKey('MONEY', amount), found);
      for (const link of found) {
        pushTo(this.byTarget, spanKey(link.target.label, link.target), link);
      }
    }
  }

  /** The amount's links, in the order project, company, park; absent kinds left out. */
  linksOf(amount: ReviewItem): readonly AmountLink[] {
    return amount.label === 'MONEY' ? (this.byAmount.get(spanKey('MONEY', amount)) ?? []) : [];
  }

  /** The links pointing at a park, project or company span, in text order of their amounts. */
  amountsOf(target: ReviewItem): readonly AmountLink[] {
    return this.byTarget.get(spanKey(target.label, target)) ?? [];
  }

  /** Every suggested link of the article, in text order of the amounts. */
  suggested(): AmountLink[] {
    return [...this.byAmount.values()].flat().filter((link) => link.status === 'suggested');
  }
}

/**
 * The item a suggested link points at: the span itself (unless the user rejected it), else an
 * accepted span of that label overlapping it (the user corrected its boundaries).
 */
function resolveTarget(itemsByKey: ReadonlyMap<string, ReviewItem>, accepted: readonly ReviewItem[], label: Label, span: SpanRef): ReviewItem | undefined {
  const exact = itemsByKey.get(spanKey(label, span));
  if (exact) return exact.status === 'rejected' ? undefined : exact;
  // Accepted spans of one label do not overlap one another: the last starting before span.end is the only candidate.
  const candidate = accepted[firstStartingAt(accepted, span.end) - 1];
  return candidate && candidate.end > span.start ? candidate : undefined;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function spanKey(label: Label, span: SpanRef): string {
  return `${label}:${span.start}:${span.end}`;
}
