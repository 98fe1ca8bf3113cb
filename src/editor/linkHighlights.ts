// Link highlights: with the cursor on an amount, its project, company and park are marked; on a
// park, project or company, the amounts linked to it. Accepted links are marked solid, suggested
// ones dashed, in the theme's word-highlight colours (the same "this belongs with that" cue as
// VS Code's own symbol highlights). Only the active article is marked; the marks follow the cursor,
// edits (once typing pauses) and review decisions.
import * as vscode from 'vscode';
import type { AmountLink } from '../core/links/linkReview';
import { itemsAt } from './commands/reviewTarget';
import type { LinkIndexes } from './linkIndexes';

export class LinkHighlighter implements vscode.Disposable {
  private readonly accepted = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightStrongBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('editor.wordHighlightStrongBorder'),
    borderRadius: '2px',
  });
  private readonly suggested = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightBackground'),
    border: '1px dashed',
    borderColor: new vscode.ThemeColor('editor.wordHighlightBorder'),
    borderRadius: '2px',
  });
  private readonly disposables: vscode.Disposable[] = [this.accepted, this.suggested];
  private readonly lastMarked = new WeakMap<vscode.TextEditor, readonly LinkMark[]>();

  constructor(private readonly links: LinkIndexes) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((event) => this.mark(event.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.mark(editor)),
      links.analysis.onDidChange((uri) => {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.uri.toString() === uri.toString()) this.mark(editor);
      }),
      links.store.onDidChange((uri) => {
        const editor = vscode.window.activeTextEditor;
        if (editor?.document.uri.toString() === uri.toString() && links.analysis.isCurrent(editor.document)) this.mark(editor);
      }),
    );
  }

  /** The spans marked in an editor now (integration tests read it). */
  marked(editor: vscode.TextEditor): readonly LinkMark[] {
    return this.lastMarked.get(editor) ?? [];
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private mark(editor: vscode.TextEditor): void {
    const document = editor.document;
    // Only an analysis at hand: marking must never start the recognition of a document.
    const marks = this.links.analysis.isCovered(document) && this.links.analysis.isCurrent(document) ? this.marksAtCursor(editor) : [];
    if (marks.length === 0 && (this.lastMarked.get(editor)?.length ?? 0) === 0) return;
    this.lastMarked.set(editor, marks);
    const range = (span: LinkMark) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
    editor.setDecorations(this.accepted, marks.filter((m) => m.status === 'accepted').map(range));
    editor.setDecorations(this.suggested, marks.filter((m) => m.status === 'suggested').map(range));
  }

  /** On an amount, its targets; on a park, project or company, its amounts: the other end of each link. */
  private marksAtCursor(editor: vscode.TextEditor): LinkMark[] {
    const document = editor.document;
    const index = this.links.get(document);
    const under = itemsAt(this.links.analysis.get(document).items, document.offsetAt(editor.selection.active));
    for (const item of under) {
      const onAmount = item.label === 'MONEY';
      const links = onAmount ? index.linksOf(item) : index.amountsOf(item);
      if (links.length > 0) return links.map((l) => markOf(onAmount ? l.target : l.amount, l.status));
    }
    return [];
  }
}

export interface LinkMark {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly status: AmountLink['status'];
}

function markOf(span: { start: number; end: number; text: string }, status: AmountLink['status']): LinkMark {
  return { start: span.start, end: span.end, text: span.text, status };
}

export function registerLinkHighlights(context: vscode.ExtensionContext, links: LinkIndexes): LinkHighlighter {
  const highlighter = new LinkHighlighter(links);
  context.subscriptions.push(highlighter);
  return highlighter;
}
