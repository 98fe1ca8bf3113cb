// Reading a slice of an open document without building its whole text: on a 5 MB article the
// whole text costs tens of milliseconds per keystroke, and live edits need only the
// annotations' neighbourhoods (src/core/review/annotationEdits.ts).
import * as vscode from 'vscode';
import type { TextReader } from '../core/review/annotationEdits';

/**
 * Reads the document's current text between two offsets, as `getText().slice(start, end)` would.
 * An offset between the \r and \n of a CRLF line break has no position of its own (positionAt
 * clamps it before the \r), so the read is widened to whole positions and cut back to the
 * offsets asked for.
 */
export function documentReader(document: vscode.TextDocument): TextReader {
  return (start, end) => {
    const from = document.positionAt(start);
    let to = document.positionAt(end);
    if (document.offsetAt(to) < end) to = document.positionAt(end + 1);
    const fromOffset = document.offsetAt(from);
    return document.getText(new vscode.Range(from, to)).slice(start - fromOffset, end - fromOffset);
  };
}
