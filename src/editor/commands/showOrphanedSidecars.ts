// `investNews.showOrphanedSidecars`: annotation files whose article is gone (deleted, or renamed
// outside VS Code, as `git mv` in a terminal does). They are never deleted by the extension; this
// lists them, with the article of the workspace that has exactly the text the sidecar was
// written for (a likely new name), and opens the one picked. Resolves with the list (for tests).
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/sidecar/sidecarFormat';
import { hashText } from '../../core/textHash';
import type { AnnotationStore } from '../annotationStore';
import { sidecarSchema } from '../deferredModules';
import { CommandId, CONFIG_SECTION } from '../ids';
import { pathExists, readArticleText, readTextIfExists } from '../sidecarFiles';

export interface OrphanedSidecar {
  readonly sidecar: vscode.Uri;
  /** Where its article should be. */
  readonly article: vscode.Uri;
  /** An article without a sidecar whose text is the one the sidecar was written for. */
  readonly sameText?: vscode.Uri;
}

export function registerShowOrphanedSidecars(context: vscode.ExtensionContext, store: AnnotationStore): void {
  context.subscriptions.push(vscode.commands.registerCommand(CommandId.showOrphanedSidecars, () => showOrphanedSidecars(store)));
}

async function showOrphanedSidecars(store: AnnotationStore): Promise<OrphanedSidecar[]> {
  const orphans = await findOrphanedSidecars(store);
  if (orphans.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Every annotation file of the workspace has its article.'));
    return orphans;
  }
  const relative = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri, false);
  const items = orphans.map((orphan) => ({
    orphan,
    label: `$(warning) ${relative(orphan.sidecar)}`,
    description: vscode.l10n.t('article missing: {0}', relative(orphan.article)),
    detail: orphan.sameText ? vscode.l10n.t('{0} has the text it was written for (renamed outside VS Code?)', relative(orphan.sameText)) : undefined,
  }));
  void vscode.window
    .showQuickPick(items, { title: vscode.l10n.t('{0} annotation file(s) without an article', orphans.length), placeHolder: vscode.l10n.t('Pick one to open it'), matchOnDescription: true })
    .then((picked) => picked && vscode.window.showTextDocument(picked.orphan.sidecar));
  return orphans;
}

/** Every sidecar of the workspace whose article does not exist. */
export async function findOrphanedSidecars(store: AnnotationStore): Promise<OrphanedSidecar[]> {
  const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
  const orphans: { sidecar: vscode.Uri; article: vscode.Uri; sha256?: string }[] = [];
  for (const sidecar of sidecars.sort((a, b) => a.path.localeCompare(b.path))) {
    const article = store.articleOf(sidecar);
    if (!article || (await pathExists(article))) continue;
    const content = await readTextIfExists(sidecar).catch(() => undefined);
    const parsed = content === undefined ? undefined : sidecarSchema().parseSidecar(content);
    orphans.push({ sidecar, article, sha256: parsed?.ok ? parsed.sidecar.sha256 : undefined });
  }
  if (orphans.every((o) => o.sha256 === undefined)) return orphans.map(({ sidecar, article }) => ({ sidecar, article }));
  const byHash = await articlesWithoutSidecarByHash(store, new Set(orphans.map((o) => o.sha256).filter((h) => h !== undefined)));
  return orphans.map(({ sidecar, article, sha256 }) => {
    const sameText = sha256 === undefined ? undefined : byHash.get(sha256);
    return sameText ? { sidecar, article, sameText } : { sidecar, article };
  });
}

/** Articles (`*.txt` of the include glob) without a sidecar, by the hash of their text, for the hashes asked for. */
async function articlesWithoutSidecarByHash(store: AnnotationStore, hashes: ReadonlySet<string>): Promise<Map<string, vscode.Uri>> {
  const include = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('include', '**/*.txt');
  const found = new Map<string, vscode.Uri>();
  // In path order, so that of several articles with the text the same one is named every time.
  const articles = (await vscode.workspace.findFiles(include, '**/node_modules/**')).sort((a, b) => a.path.localeCompare(b.path));
  for (const article of articles) {
    if (await pathExists(store.sidecarUri(article))) continue;
    const text = await readArticleText(article);
    const hash = text === undefined ? undefined : hashText(text);
    if (hash !== undefined && hashes.has(hash) && !found.has(hash)) found.set(hash, article);
  }
  return found;
}
