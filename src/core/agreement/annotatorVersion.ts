// One annotator's version of one article, as agreement sees it: the spans they claim (accepted
// annotations still placed in the text) and the links between them. A rejected annotation only
// silences a suggestion, it claims no span; an orphaned one has no place to compare.
//
// Links are read from the parsed JSON itself, defensively: sidecars written before links existed
// have none, and a link whose ends are not claimed spans of the file is ignored.
import { SIDECAR_VERSION } from '../sidecarFormat';
import type { Annotation } from '../sidecarSchema';
import { parseSidecar } from '../sidecarSchema';
import { LINK_KINDS, type LinkKind } from '../types';

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

/** Reads a sidecar's text (version 1, or 2 with links); every annotation kept, links accepted only. */
export function readSidecarForAgreement(text: string): SidecarReadResult {
  let parsed = parseSidecar(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    raw = undefined;
  }
  if (!parsed.ok && isRecord(raw) && raw.version === 2 && (SIDECAR_VERSION as number) < 2) {
    // A version-2 file (links) read by a build whose schema knows version 1 only: the annotations
    // are unchanged between the versions, so they are validated as version 1.
    parsed = parseSidecar(JSON.stringify({ ...raw, version: SIDECAR_VERSION, links: undefined }));
  }
  if (!parsed.ok) return parsed;
  return { ok: true, sha256: parsed.sidecar.sha256, annotations: parsed.sidecar.annotations, links: acceptedLinks(isRecord(raw) ? raw.links : undefined) };
}

/** The claims agreement compares: accepted placed annotations, and accepted links between them. */
export function annotatorVersion(annotations: readonly Annotation[], links: readonly LinkClaim[]): AnnotatorVersion {
  const claimed = annotations.filter((a) => a.status === 'accepted' && !a.orphaned);
  const ids = new Set(claimed.map((a) => a.id));
  return { annotations: claimed, links: links.filter((l) => ids.has(l.from) && ids.has(l.to)) };
}

function acceptedLinks(value: unknown): LinkClaim[] {
  if (!Array.isArray(value)) return [];
  const links: LinkClaim[] = [];
  for (const item of value) {
    if (!isRecord(item) || item.status !== 'accepted') continue;
    const { kind, from, to } = item;
    if (typeof from !== 'string' || typeof to !== 'string' || !(LINK_KINDS as readonly unknown[]).includes(kind)) continue;
    links.push({ kind: kind as LinkKind, from, to });
  }
  return links;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
