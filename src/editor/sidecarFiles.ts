// Reading and atomically writing sidecar files, and reading an article as VS Code would hold it.
// Kept apart from the store so its logic reads as decisions, not as file plumbing.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { annotatorSidecarPath } from '../core/sidecar/annotators';
import { decodeArticle } from '../core/decode';
import { CONFIG_SECTION } from './ids';

/** The sidecar of the annotator the setting `investNews.annotator` names (src/core/sidecar/annotators.ts); unchanged when it is empty. */
export function forAnnotator(sidecar: vscode.Uri, article: vscode.Uri): vscode.Uri {
  const annotator = vscode.workspace.getConfiguration(CONFIG_SECTION, article).get<string>('annotator', '');
  return annotator.trim() ? sidecar.with({ path: annotatorSidecarPath(sidecar.path, annotator) }) : sidecar;
}

/** The file's text, or undefined when it does not exist. Other failures (permissions, a folder) throw. */
/** Whether a file or folder is there (any error reading its status counts as absent). */
export async function pathExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function readTextIfExists(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

/** The article's text (BOM dropped), or undefined when it is missing or cannot be decoded. */
export async function readArticleText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}

export type AtomicWriteResult = 'written' | 'stale';

let temporaryCount = 0;

/**
 * Writes `content` so that readers see either the old file or the new one, never half of it:
 * a temporary file in the same folder (same file system, so rename is atomic), flushed, then
 * renamed over the target. `stillCurrent` runs just before the rename: when the file changed on
 * disk since it was read (another window, git), the temporary file is removed and 'stale' is
 * returned so the caller can re-read and re-apply its edit instead of clobbering the change.
 *
 * Atomic for local files (scheme `file`), which is where researchers keep their corpus. Other
 * schemes go through vscode.workspace.fs.writeFile, whose atomicity is the provider's.
 */
export async function writeAtomically(uri: vscode.Uri, content: string, stillCurrent: () => Promise<boolean>): Promise<AtomicWriteResult> {
  const bytes = new TextEncoder().encode(content);
  if (uri.scheme !== 'file') {
    if (!(await stillCurrent())) return 'stale';
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, bytes);
    return 'written';
  }
  const target = uri.fsPath;
  const folder = path.dirname(target);
  await fs.mkdir(folder, { recursive: true });
  // Short and fixed-length: a name derived from the target's would overflow the file system's
  // 255-byte limit for articles with long Chinese titles, and they could never get a sidecar.
  const temporary = path.join(folder, `.inews-${process.pid}-${Date.now().toString(36)}-${(temporaryCount++).toString(36)}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flush: true });
    if (!(await stillCurrent())) {
      await fs.rm(temporary, { force: true });
      return 'stale';
    }
    await fs.rename(temporary, target);
    return 'written';
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
