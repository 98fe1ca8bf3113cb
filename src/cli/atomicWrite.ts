// Writing files so that a crash, a full disk or a bad path never leaves half a result behind.
// Each file goes to a temporary file in its own folder (same file system, so the rename is
// atomic), flushed to disk; only when every temporary file is written are they renamed over
// their targets. If anything fails, the files already replaced get their old content back and
// every temporary file is removed: the targets end up all new or all as they were.
//
// Temporary names are short and fixed-length (`.inews-PID-N.tmp`), never derived from the
// target's name: a name near the file system's 255-byte limit (long Chinese titles) would
// overflow once prefixed and suffixed. Cleanup never throws over the error that caused it.
import { closeSync, copyFileSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './cliError';
import { describeFsError } from './files';

export interface FileWrite {
  path: string;
  content: string | Uint8Array;
}

let counter = 0;

function temporaryBeside(path: string, kind: 'tmp' | 'old'): string {
  counter++;
  return join(dirname(path), `.inews-${process.pid}-${counter}.${kind}`);
}

/** Writes one file atomically (see writeFilesAtomically). */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomically([{ path, content }]);
}

interface Committed {
  target: string;
  /** A copy of the content the target had before, or undefined when it did not exist. */
  backup: string | undefined;
}

/**
 * Writes every file or none: on failure each target is left as it was (created folders removed
 * again) and a `CliError` names the file that failed. Throws nothing else.
 */
export function writeFilesAtomically(writes: readonly FileWrite[]): void {
  const seen = new Set<string>();
  for (const { path } of writes) {
    if (seen.has(resolve(path))) throw new CliError(`${path}: two files of this write have the same name; nothing was written`);
    seen.add(resolve(path));
  }
  const createdFolders: string[] = [];
  const temporaries: (string | undefined)[] = [];
  const committed: Committed[] = [];
  let current = '';
  try {
    for (const [i, write] of writes.entries()) {
      current = write.path;
      createdFolders.push(...makeFolders(dirname(write.path)));
      temporaries[i] = temporaryBeside(write.path, 'tmp');
      writeFileSync(temporaries[i] as string, write.content, { flush: true });
    }
    for (const [i, write] of writes.entries()) {
      current = write.path;
      committed.push({ target: write.path, backup: existsSync(write.path) ? keepCopy(write.path) : undefined });
      renameSync(temporaries[i] as string, write.path);
      temporaries[i] = undefined;
    }
  } catch (error) {
    const leftovers = rollBack(committed, temporaries.filter((t): t is string => t !== undefined), createdFolders);
    const note = leftovers.length ? `; could not restore or remove ${leftovers.join(', ')}` : '';
    const others = writes.length > 1 ? ' (nothing was written)' : '';
    throw new CliError(`${current}: ${describeFsError(error)}${leftovers.length ? note : others}`);
  }
  for (const folder of new Set(writes.map((w) => dirname(w.path)))) syncFolder(folder);
  for (const { backup } of committed) if (backup) removeQuietly(backup);
}

/** A copy of `path` beside it: a hard link when the file system allows, else a byte copy. */
function keepCopy(path: string): string {
  const backup = temporaryBeside(path, 'old');
  try {
    linkSync(path, backup);
  } catch {
    copyFileSync(path, backup);
  }
  return backup;
}

/** Creates `folder` and any missing parents; returns the ones created, deepest first. */
function makeFolders(folder: string): string[] {
  const missing: string[] = [];
  for (let f = folder; !existsSync(f) && dirname(f) !== f; f = dirname(f)) missing.push(f);
  mkdirSync(folder, { recursive: true });
  return missing;
}

/** Undoes what was done; returns the paths it could not put right (never throws). */
function rollBack(committed: readonly Committed[], temporaries: readonly string[], createdFolders: readonly string[]): string[] {
  const failed: string[] = [];
  for (const { target, backup } of [...committed].reverse()) {
    try {
      if (backup) renameSync(backup, target);
      else rmSync(target, { force: true });
    } catch {
      failed.push(target);
    }
  }
  for (const temporary of temporaries) if (!removeQuietly(temporary)) failed.push(temporary);
  // Deepest first, so a parent is empty by the time its turn comes.
  for (const folder of [...createdFolders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (something else was put there) or already gone: leave it.
    }
  }
  return failed;
}

function removeQuietly(path: string): boolean {
  try {
    rmSync(path, { force: true });
    return true;
  } catch {
    return false;
  }
}

/** Flushes a folder's entries (the renames) to disk where the platform allows it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the renames are still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
