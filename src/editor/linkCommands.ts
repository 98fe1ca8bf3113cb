// Links of amounts (sidecar version 2): the shared link view and the link commands, registered
// together because they share it. The hover, quick fixes and highlights read the same view.
import type * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { registerAcceptAllLinks } from './commands/acceptAllLinks';
import { registerAcceptLinks } from './commands/acceptLinks';
import { registerLinkAmount } from './commands/linkAmount';
import { registerRemoveLink } from './commands/removeLink';
import { LinkIndexes } from './linkIndexes';

export function registerLinkCommands(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): LinkIndexes {
  const links = new LinkIndexes(analysis, store, (document) => analysis.links(document));
  context.subscriptions.push(registerLinkAmount(links), registerAcceptLinks(links), registerRemoveLink(links), registerAcceptAllLinks(links));
  return links;
}
