// Undo the last review action (accept, reject, accept all, relabel, remove, set role, edit value)
// of an article. Review actions write the sidecar, not the article, so VS Code's own Undo does
// not see them: this command (Ctrl+Alt+Z in an article) takes them back one at a time, latest
// first. Argument: the article's uri (string); without it the active article.
import * as vscode from 'vscode';
import type { AnnotationStore } from '../annotationStore';
import type { AnalysisCache } from '../analysisCache';
import { CommandId } from '../ids';
import { activeArticleEditor } from './reviewTarget';

export function registerUndoReview(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CommandId.undoReview, async (uriArg?: unknown): Promise<boolean> => {
      const article = typeof uriArg === 'string' ? vscode.Uri.parse(uriArg) : activeArticleEditor(analysis)?.document.uri;
      if (!article) return false;
      const undone = await store.undoReview(article);
      if (undone === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No review action of this article to undo.'));
        return false;
      }
      if (undone) {
        const left = store.undoableReviews(article);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Review action undone ({0} more can be undone).', left), 5000);
      }
      return undone;
    }),
  );
}
