// Where the files of an export go, and which existing files an export must not replace. Pure:
// the command line (paths) and the editor (URIs) both ask the file system what is there, call
// these functions, and join the answers with their own path arithmetic, so both follow one
// "is this a folder" rule and one overwrite rule.
import { SIDECAR_SUFFIX } from '../sidecar/sidecarFormat';
import type { Format, OutputFile } from './annotatedArticle';
import { FORMAT_TABLE } from './annotatedArticle';

export type DestinationKind = 'folder' | 'file' | 'missing';

export interface Destination {
  kind: DestinationKind;
  /** Its last path segment (to tell `out/` from `out.csv` when it does not exist yet). */
  name: string;
}

/** One output file and where it goes: `segments` under the destination, or beside it (in its parent folder). */
export interface PlacedFile {
  file: OutputFile;
  base: 'destination' | 'parent';
  segments: string[];
}

export type Placement = { ok: true; intoFolder: boolean; files: PlacedFile[] } | { ok: false; problem: 'folderIsAFile' };

/**
 * The one rule: an existing folder is written into; a format that writes a folder (brat) always
 * writes into the destination (refused when it is an existing file); an existing file is the
 * main output; a destination that does not exist is a file when its name has an extension,
 * else a folder.
 */
export function exportsIntoFolder(format: Format, destination: Destination): boolean {
  if (destination.kind === 'folder' || FORMAT_TABLE[format].folder) return true;
  if (destination.kind === 'file') return false;
  return !/\.[^./\\]+$/.test(destination.name);
}

/** Places every file of an export: into the folder, or the main file at the destination and the rest beside it. */
export function placeExport(format: Format, files: readonly OutputFile[], destination: Destination): Placement {
  if (FORMAT_TABLE[format].folder && destination.kind === 'file') return { ok: false, problem: 'folderIsAFile' };
  const intoFolder = exportsIntoFolder(format, destination);
  return {
    ok: true,
    intoFolder,
    files: files.map((file, i) => {
      const segments = file.path.split('/');
      if (intoFolder) return { file, base: 'destination', segments };
      return i === 0 ? { file, base: 'destination', segments: [] } : { file, base: 'parent', segments };
    }),
  };
}

/** What the file system says about one target of an export. */
export interface TargetState {
  /** Its path or URI as the front end shows it. */
  path: string;
  exists: boolean;
  isFolder: boolean;
  /** An annotation file exists for it: it is an annotated article. */
  hasSidecar: boolean;
  /** It is one of the exported articles or their annotation files. */
  isExportedArticle: boolean;
}

export type OverwriteRefusal = 'annotationFile' | 'article' | 'folder' | 'exists';

/**
 * Why writing this target is refused, or undefined when it may be written. An article or an
 * annotation file is never replaced; any other existing file only with `force` (the user said so).
 */
export function overwriteRefusal(target: TargetState, force: boolean): OverwriteRefusal | undefined {
  if (target.path.endsWith(SIDECAR_SUFFIX)) return 'annotationFile';
  if (target.isExportedArticle || target.hasSidecar) return 'article';
  if (!target.exists) return undefined;
  if (target.isFolder) return 'folder';
  return force ? undefined : 'exists';
}

/**
 * Where an export goes unless the user picks another place: a folder beside the workspace folder
 * (`news/` → `news-exports/`), outside every folder the corpus is scanned in, so brat's `.txt`
 * copies are never read as articles and the articles' folder stays the researcher's own.
 */
export function defaultExportFolderName(workspaceFolderName: string): string {
  return `${workspaceFolderName || 'invest-news'}-exports`;
}

/** A file an export writes that the corpus would take for an article (brat's text copies). */
export function looksLikeArticle(path: string): boolean {
  return /\.txt$/i.test(path);
}
