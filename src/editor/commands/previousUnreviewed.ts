// Jump back to the previous span still waiting for review, wrapping at the start of the article.
import * as vscode from 'vscode';
import { CommandId } from '../ids';
import { revealUnreviewed } from './nextUnreviewed';
import type { ReviewDeps } from './reviewDeps';

export function registerPreviousUnreviewed({ analysis }: ReviewDeps): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.previousUnreviewed, (): number => revealUnreviewed(analysis, 'previous'));
}
