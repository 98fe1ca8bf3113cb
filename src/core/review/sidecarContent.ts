// What the editor's store holds for one sidecar's content, and what it writes for an edit: the
// decisions of reading and writing a sidecar, apart from the files and the messages (the store,
// src/editor/annotationStore.ts, does those). The schema module is an argument: the editor loads
// zod after activation (src/editor/deferredModules.ts), so nothing here may import it.
import type * as SidecarSchemaModule from '../sidecar/sidecarSchema';
import type { Annotation, Link, Sidecar } from '../sidecar/sidecarSchema';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../sidecar/sidecarFormat';
import { keepFittingLinks } from '../links/linkEdits';
import type { LinkedAnnotations } from '../links/linkEdits';
import { reviewChange } from './reviewUndo';
import type { ReviewChange } from './reviewUndo';
import { placeStoredAnnotations } from './storedAnnotations';
import { sortedByStart } from '../sortedSpans';
import { hashText } from '../textHash';

/** The parts of the schema module reading and writing need. */
export type SidecarCodec = Pick<typeof SidecarSchemaModule, 'SidecarSchema' | 'parseSidecar' | 'serializeSidecar'>;

/** One article's annotations as the store holds them. */
export interface PlacedAnnotations {
  /** Placed annotations, at offsets into the article's current text, sorted by start. */
  readonly annotations: readonly Annotation[];
  /** Orphaned annotations: their text could not be found again. Kept, listed. */
  readonly unplaced: readonly Annotation[];
  /** The stored links, by annotation id. */
  readonly links: readonly Link[];
}

/** A sidecar's content read: not valid (the reason), or its annotations placed in the text (when there is one). */
export type ReadSidecar =
  | { readonly kind: 'problem'; readonly problem: string }
  | { readonly kind: 'read'; readonly sidecar: Sidecar; readonly state: PlacedAnnotations; readonly newlyOrphaned: number };

/**
 * Parses `content` and places its annotations in `text`, re-anchoring them when the text is not
 * the one they were written for (src/core/review/storedAnnotations.ts, the command line's rule too).
 * Without a text (the article cannot be read) they are taken as stored.
 */
export function readSidecar(content: string, text: string | undefined, codec: SidecarCodec): ReadSidecar {
  const parsed = codec.parseSidecar(content);
  if (!parsed.ok) return { kind: 'problem', problem: parsed.problem };
  const { sidecar } = parsed;
  // Links point at annotations by id, and placing the annotations again keeps ids: they hold either way.
  const links = sidecar.links ?? [];
  if (text === undefined) {
    return { kind: 'read', sidecar, state: { annotations: sortedByStart(sidecar.annotations.filter((a) => !a.orphaned)), unplaced: sidecar.annotations.filter((a) => a.orphaned), links }, newlyOrphaned: 0 };
  }
  const result = placeStoredAnnotations(sidecar.sha256, sidecar.annotations, text);
  return { kind: 'read', sidecar, state: { annotations: result.placed, unplaced: result.orphaned, links }, newlyOrphaned: result.newlyOrphaned };
}

/** An edit of annotations and links together; `text` is the article text the offsets refer to. */
export type LinkedEdit = (current: LinkedAnnotations, text: string) => LinkedAnnotations;

/** What a write puts on disk and in memory, and the review change it makes. */
export interface PreparedWrite {
  readonly content: string;
  readonly hash: string;
  readonly state: PlacedAnnotations;
  readonly change: ReviewChange;
}

/** Why an edit must not be written: it threw, its result fails the schema, or an annotation no longer covers its text. */
export type WriteRefusal =
  | { readonly refused: 'failed'; readonly message: string }
  | { readonly refused: 'invalid'; readonly path: string; readonly message: string }
  | { readonly refused: 'misplaced'; readonly text: string };

/** The sidecar a write starts from: the store's annotations and the file as last read (fields this version does not know are kept). */
export interface WriteBase {
  readonly state: PlacedAnnotations;
  readonly diskSidecar: Sidecar | undefined;
  /** The article's file name, recorded in the sidecar. */
  readonly article: string;
}

/** Applies `edit` to placed and orphaned annotations alike and validates the result against `text`. */
export function prepareSidecarWrite(base: WriteBase, edit: LinkedEdit, text: string, codec: SidecarCodec): PreparedWrite | WriteRefusal {
  let next: Annotation[];
  let links: Link[];
  const current = [...base.state.annotations, ...base.state.unplaced];
  try {
    const edited = edit({ annotations: current, links: base.state.links }, text);
    next = [...edited.annotations];
    links = [...keepFittingLinks(edited.links, next)];
  } catch (error) {
    return { refused: 'failed', message: (error as Error).message };
  }
  const hash = hashText(text);
  const { SidecarSchema, serializeSidecar } = codec;
  const checked = SidecarSchema.safeParse({ ...base.diskSidecar, format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: base.article, sha256: hash, annotations: next, links });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { refused: 'invalid', path: issue.path.join('.') || '(top level)', message: issue.message };
  }
  const misplaced = next.find((a) => !a.orphaned && text.slice(a.start, a.end) !== a.text);
  if (misplaced) return { refused: 'misplaced', text: misplaced.text };
  const placed = sortedByStart(next.filter((a) => !a.orphaned));
  return { content: serializeSidecar(checked.data), hash, state: { annotations: placed, unplaced: next.filter((a) => a.orphaned), links }, change: reviewChange(current, next) };
}

/** The write would put on disk what is there already (a version 1 file, for one, is only rewritten when its content changes). */
export function writesNothingNew(content: string, lastDisk: string | undefined, codec: SidecarCodec): boolean {
  return content === lastDisk || content === normalisedSidecar(lastDisk, codec);
}

/** The sidecar content as this version writes it (a version 1 file becomes version 2), or undefined. */
function normalisedSidecar(content: string | undefined, codec: SidecarCodec): string | undefined {
  if (content === undefined) return undefined;
  const parsed = codec.parseSidecar(content);
  return parsed.ok ? codec.serializeSidecar(parsed.sidecar) : undefined;
}
