// Where each annotator's sidecars live when several people annotate the same articles.
//
// Layout: a folder per annotator beside the sidecar it replaces,
//   news/article.txt.ann.json                       (single annotator: the default, unchanged)
//   news/annotators/alice/article.txt.ann.json      (setting investNews.annotator = "alice")
// Chosen over a file-name suffix (article.txt.alice.ann.json) because one annotator's work is
// one folder per article folder (easy to hand over, to ignore, to give to one person in git), the
// file inside is an ordinary sidecar with the ordinary name, and names may contain dots
// ("li.wei") without making the file name ambiguous. The path follows from the default sidecar
// path alone, so the editor (with or without investNews.sidecarFolder) and the command line agree.

export const ANNOTATORS_FOLDER = 'annotators';

const FORBIDDEN_PUNCTUATION = '\\/:*?"<>|';

/** Characters no file system accepts in a folder name everywhere: path separators, Windows' reserved punctuation, control characters. */
function isForbidden(character: string): boolean {
  const code = character.charCodeAt(0);
  return code < 0x20 || code === 0x7f || FORBIDDEN_PUNCTUATION.includes(character);
}

/** Why `name` cannot name an annotator's folder, or undefined when it can. */
export function annotatorNameProblem(name: string): string | undefined {
  if (name.trim() !== name || name.length === 0) return 'an annotator name must not be empty or start or end with a space';
  if ([...name].some(isForbidden)) return 'an annotator name must not contain / \\ : * ? " < > | or control characters';
  if (name.startsWith('.')) return 'an annotator name must not start with a dot';
  if (name.endsWith('.')) return 'an annotator name must not end with a dot';
  return undefined;
}

/**
 * The folder name for `name`: the name itself when valid; otherwise each forbidden character
 * becomes `_` and leading and trailing dots and spaces are dropped, so a mistyped setting can
 * never point outside the annotators folder.
 */
export function annotatorFolderName(name: string): string {
  if (annotatorNameProblem(name) === undefined) return name;
  const cleaned = [...name].map((c) => (isForbidden(c) ? '_' : c)).join('').replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned.length > 0 ? cleaned : '_';
}

/**
 * The inverse of `annotatorSidecarPath`, whoever the annotator: `DIR/annotators/NAME/FILE`
 * becomes `DIR/FILE`; any other path is returned as it is. (A folder named `annotators` holding
 * articles directly would be misread: the name is reserved for this layout.)
 */
export function sharedSidecarPath(sidecarPath: string): string {
  const parts = sidecarPath.split(/([\\/])/);
  // [..., 'annotators', sep, NAME, sep, FILE]
  if (parts.length >= 5 && parts[parts.length - 5] === ANNOTATORS_FOLDER && annotatorNameProblem(parts[parts.length - 3]) === undefined) {
    return [...parts.slice(0, -5), parts[parts.length - 1]].join('');
  }
  return sidecarPath;
}

/**
 * The annotator's sidecar for the default sidecar path `sidecarPath` (`/` or `\` separated):
 * `DIR/annotators/NAME/FILE`. An empty annotator keeps the default path.
 */
export function annotatorSidecarPath(sidecarPath: string, annotator: string): string {
  if (annotator.trim() === '') return sidecarPath;
  const cut = Math.max(sidecarPath.lastIndexOf('/'), sidecarPath.lastIndexOf('\\'));
  const separator = cut >= 0 ? sidecarPath[cut] : '/';
  const folder = sidecarPath.slice(0, cut + 1);
  return `${folder}${ANNOTATORS_FOLDER}${separator}${annotatorFolderName(annotator.trim())}${separator}${sidecarPath.slice(cut + 1)}`;
}
