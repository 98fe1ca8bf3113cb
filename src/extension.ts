// Invest News Annotator: activation reads like a table of contents, one feature per line.
import type * as vscode from 'vscode';
import { registerAnnotationStore } from './editor/annotationStore';
import type { AnnotationStore } from './editor/annotationStore';
import { registerAnalysisCache } from './editor/analysisCache';
import { registerLexiconFile } from './editor/lexiconFile';
import type { LexiconFile } from './editor/lexiconFile';
import { registerLexiconCommands } from './editor/commands/lexiconCommands';
import type { AnalysisCache } from './editor/analysisCache';
import { registerArticleContextKey } from './editor/articleContextKey';
import { registerCodeActions } from './editor/codeActions';
import { registerDecorations } from './editor/decorations';
import type { DecorationPainter } from './editor/decorations';
import { registerHover } from './editor/hover';
import { registerLinkCommands } from './editor/linkCommands';
import { registerLinkHighlights } from './editor/linkHighlights';
import type { LinkHighlighter } from './editor/linkHighlights';
import { registerReviewCommands } from './editor/reviewCommands';
import { registerStatusBar } from './editor/statusBar';
import { registerSummaryPanel } from './editor/summaryPanel';
import type { SummaryPanelApi } from './editor/summaryPanel';
import { registerOpenSidecar } from './editor/commands/openSidecar';
import { registerShowUnplaced } from './editor/commands/showUnplaced';
import { registerExportAnnotations } from './editor/commands/exportAnnotations';
import { registerImportAnnotations } from './editor/commands/importAnnotations';
import { registerOpenSample } from './editor/commands/openSample';
import { registerValueChecks } from './editor/valueChecks';
import { registerArticleLanguage } from './editor/articleLanguage';
import type { ArticleLanguageApi } from './editor/articleLanguage';
import { registerSidecarRenames } from './editor/sidecarRenames';
import { registerOutsideRenames } from './editor/outsideRenames';
import { registerShowOrphanedSidecars } from './editor/commands/showOrphanedSidecars';
import { registerWalkthroughProgress } from './editor/walkthroughProgress';
import type { WalkthroughProgress } from './editor/walkthroughProgress';
import { registerTagAllOccurrences } from './editor/commands/tagAllOccurrences';
import { registerConsistencyDiagnostics } from './editor/consistencyDiagnostics';
import { registerAdjudication } from './editor/commands/adjudicate';

/** What `activate` returns: the extension's exports, used by the integration tests. */
export interface InvestNewsApi {
  readonly store: AnnotationStore;
  readonly analysis: AnalysisCache;
  readonly decorations: DecorationPainter;
  readonly summary: SummaryPanelApi;
  readonly linkHighlights: LinkHighlighter;
  readonly articleLanguage: ArticleLanguageApi;
  readonly walkthrough: WalkthroughProgress;
  readonly lexicon: LexiconFile;
}

export function activate(context: vscode.ExtensionContext): InvestNewsApi {
  const store = registerAnnotationStore(context);
  registerOpenSidecar(context, store);
  registerShowUnplaced(context, store);
  registerShowOrphanedSidecars(context, store);
  registerSidecarRenames(context, store);
  registerOutsideRenames(context, store);
  const lexicon = registerLexiconFile(context, store);
  const analysis = registerAnalysisCache(context, store, lexicon);
  registerLexiconCommands(context, lexicon, analysis);
  const decorations = registerDecorations(context, analysis);
  registerValueChecks(context, store);
  const links = registerLinkCommands(context, store, analysis);
  const linkHighlights = registerLinkHighlights(context, links);
  registerHover(context, analysis, links);
  registerCodeActions(context, analysis, links);
  registerReviewCommands(context, store, analysis);
  registerTagAllOccurrences(context, store, analysis);
  registerConsistencyDiagnostics(context, store);
  registerStatusBar(context, analysis);
  registerArticleContextKey(context, analysis);
  const summary = registerSummaryPanel(context, store, analysis);
  registerExportAnnotations(context, store, analysis);
  registerImportAnnotations(context, store);
  registerAdjudication(context, store);
  registerOpenSample(context);
  const articleLanguage = registerArticleLanguage(context, analysis);
  const walkthrough = registerWalkthroughProgress(context, store, analysis);
  return { store, analysis, decorations, summary, linkHighlights, articleLanguage, walkthrough, lexicon };
}

export function deactivate(): void {}
