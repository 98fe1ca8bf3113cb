// Loading one article of the corpus scan, in the worker or in one of its helpers: read, decode,
// recognise (with the scan's lexicon), read its sidecar, and the key (mtime + size of both
// files) that tells a rescan whether anything changed on disk. Never throws: a file that cannot
// be used becomes an entry with a problem, shown in the panel.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { decodeArticle } from '../core/decode';
import type { FoldedText } from '../core/fold';
import { withLinks } from '../core/links/links';
import { recognize } from '../core/recognition/recognize';
import { reanchorAnnotations } from '../core/review/reanchor';
import { parseSidecar } from '../core/sidecar/sidecarSchema';
import type { Annotation, Link } from '../core/sidecar/sidecarSchema';
import { hashText } from '../core/textHash';
import type { Entity } from '../core/types';
import type { LexiconMatcher } from '../core/workspaceLexicon/lexiconMatcher';
import type { CorpusFile } from './corpusWorkerProtocol';

export interface Entry {
  /** `${mtimeMs}:${size}|${sidecar mtimeMs}:${size}`: unchanged key → nothing to read. */
  key: string;
  problem?: string;
  /**
   * This file's contribution to the totals (kept: a rescan or an update only combines), as a
   * record of `encodeContribution` over `strings`.
   */
  contribution?: string;
  /**
   * The article as read, held only until its contribution is computed (`keep`): 100,000 texts
   * with their entities would not fit in memory. The few later uses (the rows sent, an
   * annotations override) read the file again (`articleOf`).
   */
  article?: LoadedArticle;
}

export interface LoadedArticle {
  text: string;
  /** The engine's entities, MONEY ones with their suggested `links`. */
  suggestions: readonly Entity[];
  annotations: readonly Annotation[];
  /** The sidecar's stored links. */
  links: readonly Link[];
}

export function statKey(path: string): string {
  // No exception for a missing file: most articles have no sidecar, and throwing (a stack
  // trace each) cost more than the stat itself.
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${s.mtimeMs}:${s.size}` : 'none';
}

/**
 * Names in each folder, listed once per scan: most articles have no sidecar, and one listing
 * of a folder is cheaper than a failed stat per article.
 */
export class FolderListing {
  private readonly folders = new Map<string, Set<string> | undefined>();

  /** False only when the file's folder was listed and the file is not in it. */
  mayExist(path: string): boolean {
    const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    if (slash < 0) return true;
    const folder = path.slice(0, slash);
    let names = this.folders.get(folder);
    if (!this.folders.has(folder)) {
      try {
        names = new Set(readdirSync(folder));
      } catch {
        names = undefined;
      }
      this.folders.set(folder, names);
    }
    return names ? names.has(path.slice(slash + 1)) : true;
  }
}

export function sidecarKey(path: string, listing: FolderListing | undefined): string {
  return listing && !listing.mayExist(path) ? 'none' : statKey(path);
}

/** Reads, decodes and recognises one article, and reads its sidecar. Never throws. */
export function load(file: CorpusFile, key: string, matcher: LexiconMatcher | undefined): Entry {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    return { key, problem: `cannot be read: ${(error as Error).message}` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { key, problem: decoded.reason };
  const text = decoded.text;
  // The paragraphs the recogniser folded, read by the links as they are (fold.ts, ParagraphFolds).
  const folds = new Map<number, FoldedText>();
  const suggestions = withLinks(text, recognize(text, matcher, folds), folds);
  const { problem, ...sidecar } = key.endsWith('|none') ? { annotations: [], links: [] } : readSidecar(file.sidecarPath, text);
  return { key, problem, article: { text, suggestions, ...sidecar } };
}

const NO_ARTICLE: LoadedArticle = { text: '', suggestions: [], annotations: [], links: [] };

/**
 * The article of an entry: as loaded, or read again once its contribution is kept (should the
 * file have changed since, the next scan sees it by its key and counts the new content).
 */
export function articleOf(file: CorpusFile, entry: Entry, matcher: LexiconMatcher | undefined): LoadedArticle {
  return entry.article ?? load(file, entry.key, matcher).article ?? NO_ARTICLE;
}

/**
 * The sidecar's annotations placed on `text`: as stored when the article's hash matches,
 * else re-anchored (as the editor's store does). A corrupt sidecar gives no annotations and a
 * problem; the suggestions of its article still count.
 */
function readSidecar(path: string, text: string): { annotations: readonly Annotation[]; links: readonly Link[]; problem?: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    return { annotations: [], links: [] };
  }
  const parsed = parseSidecar(raw);
  if (!parsed.ok) return { annotations: [], links: [], problem: `annotation file is not valid (${parsed.problem})` };
  const { sidecar } = parsed;
  // Links point at annotations by id, which re-anchoring keeps.
  const links = sidecar.links ?? [];
  if (sidecar.sha256 === hashText(text)) return { annotations: sidecar.annotations, links };
  return { annotations: reanchorAnnotations(sidecar.annotations, text).placed, links };
}
