// Where an article's sidecar is, and whose article a sidecar is: beside the article, or under
// the `investNews.sidecarFolder` setting mirroring the article's path in its workspace folder;
// in `annotators/NAME/` there when `investNews.annotator` names the user.
import * as vscode from 'vscode';
import { sharedSidecarPath } from '../core/sidecar/annotators';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecarFormat';
import { CONFIG_SECTION } from './ids';
import { forAnnotator } from './sidecarFiles';

/** The sidecar the user reads and writes for `article` (see the top of this file). */
export function sidecarUriOf(article: vscode.Uri): vscode.Uri {
  return forAnnotator(sharedSidecarUri(article), article);
}

function sharedSidecarUri(article: vscode.Uri): vscode.Uri {
  const folderSetting = vscode.workspace.getConfiguration(CONFIG_SECTION, article).get<string>('sidecarFolder', '').trim();
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(article);
  if (!folderSetting || !workspaceFolder) return article.with({ path: `${article.path}${SIDECAR_SUFFIX}` });
  const relative = article.path.slice(workspaceFolder.uri.path.replace(/\/$/, '').length + 1);
  const base = folderSetting.startsWith('/') ? workspaceFolder.uri.with({ path: folderSetting }) : vscode.Uri.joinPath(workspaceFolder.uri, folderSetting);
  return vscode.Uri.joinPath(base, `${relative}${SIDECAR_SUFFIX}`);
}

/**
 * The article a sidecar belongs to (the inverse of `sidecarUriOf`, any annotator's sidecar
 * included); undefined for a file that is not a sidecar.
 */
export function articleOfSidecar(annotated: vscode.Uri): vscode.Uri | undefined {
  if (!annotated.path.endsWith(SIDECAR_SUFFIX)) return undefined;
  const sidecar = annotated.with({ path: sharedSidecarPath(annotated.path) });
  const workspaceFolder = vscode.workspace.getWorkspaceFolder(sidecar);
  const folderSetting = workspaceFolder && vscode.workspace.getConfiguration(CONFIG_SECTION, workspaceFolder.uri).get<string>('sidecarFolder', '').trim();
  const beside = sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
  if (!folderSetting || !workspaceFolder) return beside;
  const base = sharedSidecarUri(vscode.Uri.joinPath(workspaceFolder.uri, '_')).path.slice(0, -`/_${SIDECAR_SUFFIX}`.length);
  if (!sidecar.path.startsWith(`${base}/`)) return beside;
  return vscode.Uri.joinPath(workspaceFolder.uri, sidecar.path.slice(base.length + 1, -SIDECAR_SUFFIX.length));
}

/** A file on disk that may have a sidecar: not a sidecar itself, nor an untitled or virtual document. */
export function isArticleCandidate(uri: vscode.Uri): boolean {
  return (uri.scheme === 'file' || uri.scheme === 'vscode-remote') && !uri.path.endsWith(SIDECAR_SUFFIX);
}

/** The file name of `uri`. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
