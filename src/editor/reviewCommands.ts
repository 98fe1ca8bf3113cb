// The review commands: one file per command under ./commands, registered here together because
// they share their collaborators (the store they write through, the analysis they read).
import type * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { registerAcceptAllSuggestions } from './commands/acceptAllSuggestions';
import { registerAcceptSuggestion } from './commands/acceptSuggestion';
import { registerEditMoneyValue } from './commands/editMoneyValue';
import { registerNextUnreviewed } from './commands/nextUnreviewed';
import { registerPreviousUnreviewed } from './commands/previousUnreviewed';
import { registerRejectSuggestion } from './commands/rejectSuggestion';
import { registerRelabelAnnotation } from './commands/relabelAnnotation';
import { registerRemoveAnnotation } from './commands/removeAnnotation';
import type { ReviewDeps } from './commands/reviewDeps';
import { registerSetMoneyRole } from './commands/setMoneyRole';
import { registerTagSelection } from './commands/tagSelection';
import { registerUndoReview } from './commands/undoReview';

export function registerReviewCommands(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): void {
  const deps: ReviewDeps = { store, analysis };
  context.subscriptions.push(
    registerAcceptSuggestion(deps),
    registerRejectSuggestion(deps),
    registerRelabelAnnotation(deps),
    registerSetMoneyRole(deps),
    registerEditMoneyValue(deps),
    registerRemoveAnnotation(deps),
    registerTagSelection(deps),
    registerAcceptAllSuggestions(deps),
    registerNextUnreviewed(deps),
    registerPreviousUnreviewed(deps),
  );
  registerUndoReview(context, store, analysis);
}
