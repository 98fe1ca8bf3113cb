// Articles read well on first open. The `investment-news` language turns word wrap on
// (`configurationDefaults` in package.json); a folder of `.txt` articles opens as Plain Text,
// where Chinese paragraphs run off screen. So the first time an article opens as Plain Text in a
// workspace, the extension offers to associate the workspace's articles (the `investNews.include`
// glob) with `investment-news`, once: the answer is remembered per workspace. The command
// **Open Articles as Investment News** does the same at any time.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { CommandId, CONFIG_SECTION } from './ids';

const ARTICLE_LANGUAGE = 'investment-news';
/** workspaceState key: the answer to the offer ('accepted' or 'declined'), so it is made once. */
const OFFER_STATE_KEY = 'investNews.articleLanguageOffer';

export interface ArticleLanguageApi {
  /** How many times the offer was shown in this window (integration tests read it). */
  offersShown(): number;
}

export function registerArticleLanguage(context: vscode.ExtensionContext, analysis: AnalysisCache): ArticleLanguageApi {
  let shown = 0;
  let askedThisSession = false;
  const consider = (document: vscode.TextDocument | undefined) => {
    if (!document || document.languageId !== 'plaintext' || askedThisSession || !analysis.isCovered(document)) return;
    if (context.workspaceState.get(OFFER_STATE_KEY) !== undefined) return;
    askedThisSession = true;
    shown++;
    void offer(context);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.useArticleLanguage, () => useArticleLanguage()),
    vscode.window.onDidChangeActiveTextEditor((editor) => consider(editor?.document)),
  );
  // Not during activation: the active editor is looked at on the next tick.
  const first = setTimeout(() => consider(vscode.window.activeTextEditor?.document), 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return { offersShown: () => shown };
}

async function offer(context: vscode.ExtensionContext): Promise<void> {
  const use = vscode.l10n.t('Open as Investment News');
  const keep = vscode.l10n.t('Keep Plain Text');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Articles open as Plain Text here, without word wrap. Open the articles of this workspace as Investment News (word wrap on)?'),
    use,
    keep,
  );
  // Closing the notification is an answer too: the offer is made once per workspace.
  await context.workspaceState.update(OFFER_STATE_KEY, choice === use ? 'accepted' : 'declined');
  if (choice === use) await useArticleLanguage();
}

/**
 * Associates the `investNews.include` glob with `investment-news` in the workspace settings
 * (`files.associations`) and switches the open articles to it. Resolves with the glob used.
 */
async function useArticleLanguage(): Promise<string> {
  const include = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('include', '**/*.txt').trim() || '**/*.txt';
  const pattern = associationPattern(include);
  const files = vscode.workspace.getConfiguration('files');
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const current = files.inspect<Record<string, string>>('associations');
  const existing = (target === vscode.ConfigurationTarget.Workspace ? current?.workspaceValue : current?.globalValue) ?? {};
  await files.update('associations', { ...existing, [pattern]: ARTICLE_LANGUAGE }, target);
  for (const document of vscode.workspace.textDocuments) {
    if (document.languageId === 'plaintext' && vscode.languages.match({ pattern }, document) > 0) await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  }
  return pattern;
}

/** `files.associations` matches a glob with a slash against the whole path: a relative glob gets a leading `**` + `/`. */
export function associationPattern(include: string): string {
  return include.startsWith('**/') || include.startsWith('/') || !include.includes('/') ? include : `**/${include}`;
}
