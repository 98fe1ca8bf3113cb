// One annotator's version of one article, as agreement sees it: the spans they claim (accepted
// annotations still placed in the text) and the links between them. A rejected annotation only
// silences a suggestion, it claims no span; an orphaned one has no place to compare.
//
// Links (sidecar version 2) come validated by the schema; a version-1 sidecar has none.
import type { Annotation, Link } from '../sidecar/sidecarSchema';
import { parseSidecar } from '../sidecar/sidecarSchema';
import type { LinkKind } from '../types';

/** An accepted link, by annotation id. */
export interface LinkClaim {
  kind: LinkKind;
  from: string;
  to: string;
}

export interface AnnotatorVersion {
  /** Accepted, placed annotations. */
  annotations: Annotation[];
  links: LinkClaim[];
}

export type SidecarReadResult =
  | { ok: true; sha256: string; annotations: Annotation[]; links: LinkClaim[] }
  | { ok: false; problem: string };

/** Reads a sidecar's text (version 1, or 2 with links): every annotation, the accepted links. */
export function readSidecarForAgreement(text: string): SidecarReadResult {
  const parsed = parseSidecar(text);
  if (!parsed.ok) return parsed;
  const { sha256, annotations, links } = parsed.sidecar;
  return { ok: true, sha256, annotations, links: acceptedLinks(links ?? []) };
}

/** The claims agreement compares: accepted placed annotations, and accepted links between them. */
export function annotatorVersion(annotations: readonly Annotation[], links: readonly LinkClaim[]): AnnotatorVersion {
  const claimed = annotations.filter((a) => a.status === 'accepted' && !a.orphaned);
  const ids = new Set(claimed.map((a) => a.id));
  return { annotations: claimed, links: links.filter((l) => ids.has(l.from) && ids.has(l.to)) };
}

function acceptedLinks(links: readonly Link[]): LinkClaim[] {
  return links.filter((l) => l.status === 'accepted').map(({ kind, from, to }) => ({ kind, from, to }));
}
