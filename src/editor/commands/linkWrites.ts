// The link decisions every link command writes, as one edit of the article's annotations and
// links through `store.updateLinked` (validated, atomic; refused with the reason shown).
import type * as vscode from 'vscode';
import { decideLinks, removeLinks } from '../../core/links/linkEdits';
import type { LinkProposal } from '../../core/links/linkEdits';
import type { AmountLink } from '../../core/links/linkReview';
import type { LinkStatus } from '../../core/sidecar/sidecarSchema';
import type { AnnotationStore } from '../annotationStore';
import { currentAuthor } from './reviewWrites';

/** The proposal behind a link the user sees (its amount, kind and target). */
export function proposalOf(link: AmountLink): LinkProposal {
  return { kind: link.kind, amount: link.amount, target: link.target };
}

/** Accepts or rejects links; ends that are suggestions are accepted as spans too. */
export function writeLinkDecisions(store: AnnotationStore, document: vscode.TextDocument, proposals: readonly LinkProposal[], status: LinkStatus): Promise<boolean> {
  const reviewer = { author: currentAuthor(), now: new Date(), text: document.getText() };
  return store.updateLinked(document.uri, (current) => decideLinks(current, proposals, status, reviewer));
}

/**
 * Removes stored links and, in the same write, rejects the suggestions that would otherwise show
 * in their place: after "remove", the amount has no link of that kind until the user makes one.
 */
export function writeLinkRemoval(store: AnnotationStore, document: vscode.TextDocument, storedIds: readonly string[], silence: readonly LinkProposal[]): Promise<boolean> {
  const reviewer = { author: currentAuthor(), now: new Date(), text: document.getText() };
  return store.updateLinked(document.uri, (current) => decideLinks(removeLinks(current, storedIds), silence, 'rejected', reviewer));
}
