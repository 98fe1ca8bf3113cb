// The review decisions on links, as pure edits of an article's stored annotations and links
// (sidecar version 2). A link points at annotations by id; so that it can, accepting a link whose
// ends are still suggestions stores those spans as accepted annotations too. Every function
// returns a new state and leaves its input alone; the editor's store validates and writes it.
import { createAnnotation } from './review';
import type { Annotation, Link, LinkStatus } from './sidecarSchema';
import { LINK_TARGET_LABEL } from './types';
import type { Entity, LinkKind } from './types';

export interface LinkedAnnotations {
  readonly annotations: readonly Annotation[];
  readonly links: readonly Link[];
}

/** One end of a link as the editor sees it: a span, and its stored annotation when it has one. */
export type LinkEnd = Entity & { readonly annotation?: Annotation };

/** A link to decide on: the amount, the kind, the span it links to. */
export interface LinkProposal {
  readonly kind: LinkKind;
  readonly amount: LinkEnd;
  readonly target: LinkEnd;
}

/** Who decides and when; `text` is the article's text (new annotations take their words from it). */
export interface Reviewer {
  readonly author: string;
  readonly now: Date;
  readonly text: string;
}

/**
 * The links whose ends still exist with the right labels (a MONEY amount, a target of the kind's
 * label). Deleting or relabelling an annotation thus drops its links. The same array when every
 * link fits, so callers can tell nothing changed.
 */
export function keepFittingLinks(links: readonly Link[], annotations: readonly Annotation[]): readonly Link[] {
  if (links.length === 0) return links;
  const labelOf = new Map(annotations.map((a) => [a.id, a.label]));
  const fits = (link: Link) => labelOf.get(link.from) === 'MONEY' && labelOf.get(link.to) === LINK_TARGET_LABEL[link.kind];
  return links.every(fits) ? links : links.filter(fits);
}

/** The state after the annotation edit `next`: links of annotations it deleted or relabelled are dropped. */
export function withAnnotations(state: LinkedAnnotations, next: readonly Annotation[]): LinkedAnnotations {
  return { annotations: next, links: keepFittingLinks(state.links, next) };
}

/**
 * Records `status` for each proposed link, in one edit. Ends that are suggestions become accepted
 * annotations, and ends the user had rejected are accepted again: a link says both spans are
 * right. Accepting replaces the amount's other accepted link of that kind (at most one); either
 * status replaces an earlier decision on exactly that link.
 */
export function decideLinks(state: LinkedAnnotations, proposals: readonly LinkProposal[], status: LinkStatus, reviewer: Reviewer): LinkedAnnotations {
  let current = state;
  for (const proposal of proposals) {
    if (proposal.amount.label !== 'MONEY') throw new Error(`a link starts at an amount, not at ${proposal.amount.label} “${proposal.amount.text}”`);
    const wanted = LINK_TARGET_LABEL[proposal.kind];
    if (proposal.target.label !== wanted) throw new Error(`a ${proposal.kind} link points at a ${wanted}, not at ${proposal.target.label} “${proposal.target.text}”`);
    const amount = withAcceptedAnnotation(current, proposal.amount, reviewer);
    const target = withAcceptedAnnotation(amount.state, proposal.target, reviewer);
    current = setLink(target.state, { kind: proposal.kind, from: amount.id, to: target.id }, status, reviewer);
  }
  return current;
}

/** Sets one link between two stored annotations (ids), replacing earlier decisions it contradicts. */
export function setLink(state: LinkedAnnotations, link: { kind: LinkKind; from: string; to: string }, status: LinkStatus, reviewer: Pick<Reviewer, 'author' | 'now'>): LinkedAnnotations {
  const replaced = (l: Link) =>
    l.kind === link.kind && l.from === link.from && (l.to === link.to || (status === 'accepted' && l.status === 'accepted'));
  const kept = state.links.filter((l) => !replaced(l));
  const id = newLinkId(reviewer.now, [...state.annotations.map((a) => a.id), ...kept.map((l) => l.id)]);
  return { annotations: state.annotations, links: [...kept, { id, kind: link.kind, from: link.from, to: link.to, status, author: reviewer.author, time: reviewer.now.toISOString() }] };
}

/** Forgets the stored links with these ids (the engine's suggestion, if any, shows again). */
export function removeLinks(state: LinkedAnnotations, ids: readonly string[]): LinkedAnnotations {
  const gone = new Set(ids);
  return { annotations: state.annotations, links: state.links.filter((l) => !gone.has(l.id)) };
}

/** The amount's accepted link of one kind, if stored. */
export function acceptedLinkOf(links: readonly Link[], amountId: string, kind: LinkKind): Link | undefined {
  return links.find((l) => l.from === amountId && l.kind === kind && l.status === 'accepted');
}

/**
 * The id of the accepted annotation behind `end`, creating it (or accepting a rejected one) when
 * needed. An end is found by its annotation's id, else by span and label among placed annotations.
 */
function withAcceptedAnnotation(state: LinkedAnnotations, end: LinkEnd, reviewer: Reviewer): { state: LinkedAnnotations; id: string } {
  const index = state.annotations.findIndex((a) =>
    end.annotation ? a.id === end.annotation.id : !a.orphaned && a.start === end.start && a.end === end.end && a.label === end.label,
  );
  if (index >= 0) {
    const found = state.annotations[index];
    if (found.status === 'accepted') return { state, id: found.id };
    const annotations = [...state.annotations];
    annotations[index] = { ...found, status: 'accepted', author: reviewer.author, time: reviewer.now.toISOString() };
    return { state: { annotations, links: state.links }, id: found.id };
  }
  const taken = [...state.annotations.map((a) => a.id), ...state.links.map((l) => l.id)];
  const created = createAnnotation(end, 'accepted', reviewer.author, reviewer.now, reviewer.text, taken);
  return { state: { annotations: [...state.annotations, created], links: state.links }, id: created.id };
}

/** Like annotation ids: the time in base 36 (two researchers on two branches do not collide), a counter when needed. */
function newLinkId(now: Date, taken: readonly string[]): string {
  const ids = new Set(taken);
  const stem = `l${now.getTime().toString(36)}`;
  if (!ids.has(stem)) return stem;
  for (let n = 2; ; n++) if (!ids.has(`${stem}-${n}`)) return `${stem}-${n}`;
}
