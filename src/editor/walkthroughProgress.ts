// Context keys the walkthrough's steps complete on (`onContext:` in package.json), from what is
// true in the workspace rather than from a command run while the walkthrough is open: a
// researcher who accepted annotations or exported before opening it sees those steps ticked.
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../core/sidecar/sidecarFormat';
import type { AnalysisCache } from './analysisCache';
import type { AnnotationStore } from './annotationStore';
import { SUMMARY_VIEW_TYPE } from './summaryPanel';

/** An article was shown in an editor of this workspace. */
export const ARTICLE_OPENED_CONTEXT_KEY = 'investNews.articleOpened';
/** An annotation file in the workspace holds at least one accepted annotation. */
export const HAS_ACCEPTED_CONTEXT_KEY = 'investNews.hasAcceptedAnnotation';
/** The summary panel is open, or was opened in this workspace. */
export const SUMMARY_OPENED_CONTEXT_KEY = 'investNews.summaryOpened';
/** An export was written from this workspace. */
export const EXPORTED_CONTEXT_KEY = 'investNews.exported';

const ARTICLE_OPENED_MEMENTO = 'investNews.walkthrough.articleOpened';
const SUMMARY_OPENED_MEMENTO = 'investNews.walkthrough.summaryOpened';
const EXPORTED_MEMENTO = 'investNews.walkthrough.exported';
/** Enough annotation files to find an accepted annotation in any real corpus, without reading thousands. */
const SIDECARS_READ_AT_START = 200;

export interface WalkthroughProgress {
  /** The state behind each context key (the key itself is only pulsed, see `set`). */
  readonly keys: Readonly<Record<string, boolean>>;
}

const keys: Record<string, boolean> = {};

/**
 * VS Code ticks an `onContext:` step only when the key CHANGES to true while the walkthrough is
 * registered; a key already true when it registers (the Welcome page may load only when opened)
 * blocks the step for the whole session. So the context key is a pulse (true, then false) of the
 * state kept here, sent when the state becomes true and again whenever an editor tab opens,
 * which includes the Welcome page itself.
 */
function set(key: string, value: boolean): void {
  const was = keys[key];
  keys[key] = value;
  if (value && !was) void pulse(key);
}

async function pulse(key: string): Promise<void> {
  await vscode.commands.executeCommand('setContext', key, true);
  await vscode.commands.executeCommand('setContext', key, false);
}

function pulseAll(): void {
  for (const [key, value] of Object.entries(keys)) if (value) void pulse(key);
}

/** Called by the export command once its files are written. */
export async function markExported(context: vscode.ExtensionContext): Promise<void> {
  set(EXPORTED_CONTEXT_KEY, true);
  await context.workspaceState.update(EXPORTED_MEMENTO, true);
}

export function registerWalkthroughProgress(context: vscode.ExtensionContext, store: AnnotationStore, analysis: AnalysisCache): WalkthroughProgress {
  set(ARTICLE_OPENED_CONTEXT_KEY, context.workspaceState.get<boolean>(ARTICLE_OPENED_MEMENTO, false));
  set(EXPORTED_CONTEXT_KEY, context.workspaceState.get<boolean>(EXPORTED_MEMENTO, false));
  set(SUMMARY_OPENED_CONTEXT_KEY, context.workspaceState.get<boolean>(SUMMARY_OPENED_MEMENTO, false));
  set(HAS_ACCEPTED_CONTEXT_KEY, false);
  const noticeSummary = () => {
    if (keys[SUMMARY_OPENED_CONTEXT_KEY] || !summaryTabOpen()) return;
    set(SUMMARY_OPENED_CONTEXT_KEY, true);
    void context.workspaceState.update(SUMMARY_OPENED_MEMENTO, true);
  };
  const noticeArticle = (editor: vscode.TextEditor | undefined) => {
    if (keys[ARTICLE_OPENED_CONTEXT_KEY] || !editor || !analysis.isCovered(editor.document)) return;
    set(ARTICLE_OPENED_CONTEXT_KEY, true);
    void context.workspaceState.update(ARTICLE_OPENED_MEMENTO, true);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(noticeArticle),
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      noticeSummary();
  noticeArticle(vscode.window.activeTextEditor);
      if (event.opened.length > 0) pulseAll();
    }),
    store.onDidChange((article) => {
      if (!keys[HAS_ACCEPTED_CONTEXT_KEY] && store.get(article).annotations.some((a) => a.status === 'accepted')) set(HAS_ACCEPTED_CONTEXT_KEY, true);
    }),
  );
  noticeSummary();
  noticeArticle(vscode.window.activeTextEditor);
  void findAcceptedAnnotation().then((found) => found && set(HAS_ACCEPTED_CONTEXT_KEY, true));
  return { keys };
}

function summaryTabOpen(): boolean {
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(SUMMARY_VIEW_TYPE)));
}

/** Reads annotation files until one holds an accepted annotation; a file that cannot be read is skipped. */
async function findAcceptedAnnotation(): Promise<boolean> {
  const sidecars = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/{node_modules,.git}/**', SIDECARS_READ_AT_START);
  for (const sidecar of sidecars) {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)));
      const annotations = (parsed as { annotations?: unknown }).annotations;
      if (Array.isArray(annotations) && annotations.some((a) => (a as { status?: unknown } | null)?.status === 'accepted')) return true;
    } catch {
      // Not this one: the store reports broken annotation files when their article opens.
    }
  }
  return false;
}
