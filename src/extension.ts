// Invest News Annotator: activation reads like a table of contents, one feature per line.
import type * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): void {
  void context;
}

export function deactivate(): void {}
