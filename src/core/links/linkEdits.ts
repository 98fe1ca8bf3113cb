// The review decisions on links, as pure edits of an article's stored annotations and links
// (sidecar version 2). A link points at annotations by id; so that it can, accepting a link whose
// ends are still suggestions stores those spans as accepted annotations too. Every function
// returns a new state and leaves its input alone; the editor's store validates and writes it.
import { createAnnotation } from '../review/review';
import type { Annotation, Link, LinkStatus } from '../sidecar/sidecarSchema';
import { LINK_TARGET_LABEL } from '../types';
import type { Entity, LinkKind } from '../types';

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
 * status replaces an earlier decision on exactly that link. Linear in annotations + links +
 * proposals: accepting every suggested link of a 5 MB article is one call.
 */
export function decideLinks(state: LinkedAnnotations, proposals: readonly LinkProposal[], status: LinkStatus, reviewer: Reviewer): LinkedAnnotations {
  const edit = new LinkEditor(state);
  for (const proposal of proposals) {
    if (proposal.amount.label !== 'MONEY') throw new Error(`a link starts at an amount, not at ${proposal.amount.label} “${proposal.amount.text}”`);
    const wanted = LINK_TARGET_LABEL[proposal.kind];
    if (proposal.target.label !== wanted) throw new Error(`a ${proposal.kind} link points at a ${wanted}, not at ${proposal.target.label} “${proposal.target.text}”`);
    const from = edit.acceptedAnnotation(proposal.amount, reviewer);
    const to = edit.acceptedAnnotation(proposal.target, reviewer);
    edit.setLink({ kind: proposal.kind, from, to }, status, reviewer);
  }
  return edit.result();
}

/** Sets one link between two stored annotations (ids), replacing earlier decisions it contradicts. */
export function setLink(state: LinkedAnnotations, link: { kind: LinkKind; from: string; to: string }, status: LinkStatus, reviewer: Pick<Reviewer, 'author' | 'now'>): LinkedAnnotations {
  const edit = new LinkEditor(state);
  edit.setLink(link, status, reviewer);
  return edit.result();
}

/**
 * Moves the links of replaced annotations onto their replacement (a span whose boundaries the user
 * corrected is the same mention: its links hold). `replacedBy` maps old ids to new ones. Where two
 * replaced amounts bring two links of one kind, or the same link twice, the first is kept.
 */
export function repointLinks(links: readonly Link[], replacedBy: ReadonlyMap<string, string>): readonly Link[] {
  if (replacedBy.size === 0) return links;
  const seen = new Set<string>();
  const result: Link[] = [];
  for (const link of links) {
    const moved = { ...link, from: replacedBy.get(link.from) ?? link.from, to: replacedBy.get(link.to) ?? link.to };
    const keys = moved.status === 'accepted' ? [linkKey(moved), acceptedKey(moved)] : [linkKey(moved)];
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    result.push(replacedBy.has(link.from) || replacedBy.has(link.to) ? moved : link);
  }
  return result;
}

/** Forgets the stored links with these ids (the engine's suggestion, if any, shows again). */
export function removeLinks(state: LinkedAnnotations, ids: readonly string[]): LinkedAnnotations {
  const gone = new Set(ids);
  return { annotations: state.annotations, links: state.links.filter((l) => !gone.has(l.id)) };
}

/**
 * A batch of link decisions on one state, with indexes so that each decision costs O(1): the
 * annotations by id and by span, the links by (kind, from, to) and accepted ones by (kind, from).
 */
class LinkEditor {
  private readonly annotations: Annotation[];
  private readonly byId = new Map<string, number>();
  private readonly bySpan = new Map<string, number>();
  /** Links in order; a replaced one becomes undefined (dropped by `result`). */
  private readonly links: (Link | undefined)[];
  private readonly byLink = new Map<string, number>();
  private readonly acceptedOf = new Map<string, number>();
  private readonly ids: IdMinter;
  private changedAnnotations = false;

  constructor(private readonly state: LinkedAnnotations) {
    this.annotations = [...state.annotations];
    this.annotations.forEach((a, i) => {
      this.byId.set(a.id, i);
      if (!a.orphaned) this.bySpan.set(spanKey(a), i);
    });
    this.links = [...state.links];
    this.links.forEach((l, i) => this.index(l as Link, i));
    this.ids = new IdMinter([...this.byId.keys(), ...state.links.map((l) => l.id)]);
  }

  /**
   * The id of the accepted annotation behind `end`, creating it (or accepting a rejected one) when
   * needed. An end is found by its annotation's id, else (no annotation, or one gone meanwhile) by
   * span and label among placed annotations.
   */
  acceptedAnnotation(end: LinkEnd, reviewer: Reviewer): string {
    const index = (end.annotation && this.byId.get(end.annotation.id)) ?? this.bySpan.get(spanKey(end));
    if (index !== undefined) {
      const found = this.annotations[index];
      if (found.status !== 'accepted') {
        this.annotations[index] = { ...found, status: 'accepted', author: reviewer.author, time: reviewer.now.toISOString() };
        this.changedAnnotations = true;
      }
      return found.id;
    }
    // createAnnotation's own id would be checked against no ids: the minter gives the unique one.
    const created = { ...createAnnotation(end, 'accepted', reviewer.author, reviewer.now, reviewer.text, []), id: this.ids.mint('a', reviewer.now) };
    this.byId.set(created.id, this.annotations.length);
    this.bySpan.set(spanKey(created), this.annotations.length);
    this.annotations.push(created);
    this.changedAnnotations = true;
    return created.id;
  }

  setLink(link: { kind: LinkKind; from: string; to: string }, status: LinkStatus, reviewer: Pick<Reviewer, 'author' | 'now'>): void {
    this.drop(this.byLink.get(linkKey(link)));
    if (status === 'accepted') this.drop(this.acceptedOf.get(acceptedKey(link)));
    const stored: Link = { id: this.ids.mint('l', reviewer.now), kind: link.kind, from: link.from, to: link.to, status, author: reviewer.author, time: reviewer.now.toISOString() };
    this.index(stored, this.links.length);
    this.links.push(stored);
  }

  result(): LinkedAnnotations {
    return {
      annotations: this.changedAnnotations ? this.annotations : this.state.annotations,
      links: this.links.filter((l): l is Link => l !== undefined),
    };
  }

  private index(link: Link, at: number): void {
    this.byLink.set(linkKey(link), at);
    if (link.status === 'accepted') this.acceptedOf.set(acceptedKey(link), at);
  }

  private drop(at: number | undefined): void {
    const link = at === undefined ? undefined : this.links[at];
    if (at === undefined || !link) return;
    this.links[at] = undefined;
    this.byLink.delete(linkKey(link));
    if (this.acceptedOf.get(acceptedKey(link)) === at) this.acceptedOf.delete(acceptedKey(link));
  }
}

/**
 * Ids like annotation ids: a prefix and the time in base 36 (two researchers on two branches do
 * not collide), then `-2`, `-3` … when taken. One counter per stem keeps a batch linear.
 */
class IdMinter {
  private readonly taken: Set<string>;
  private readonly next = new Map<string, number>();

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
  }

  mint(prefix: string, now: Date): string {
    const stem = `${prefix}${now.getTime().toString(36)}`;
    let id = stem;
    if (this.taken.has(id)) {
      let n = this.next.get(stem) ?? 2;
      while (this.taken.has(`${stem}-${n}`)) n++;
      id = `${stem}-${n}`;
      this.next.set(stem, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}

function spanKey(span: { label: string; start: number; end: number }): string {
  return `${span.label}:${span.start}:${span.end}`;
}

function linkKey(link: { kind: string; from: string; to: string }): string {
  return `${link.kind}\0${link.from}\0${link.to}`;
}

function acceptedKey(link: { kind: string; from: string }): string {
  return `${link.kind}\0${link.from}`;
}
