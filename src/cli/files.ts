// Turning `PATH…` into article files, and reading one article: shared by every subcommand.
import { closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../core/decode';
import { CliError } from './cliError';
import { globMatcher } from './glob';
import { nativeStrictUtf8 } from './nativeUtf8';

export const DEFAULT_INCLUDE = '*.txt';

/**
 * Expands the command line's paths: a file is taken as given (whatever its name), a folder is
 * searched recursively for files matching `include` (hidden folders and node_modules skipped,
 * symbolic links to folders not followed, so a link loop cannot hang the scan). Folder results
 * are sorted by relative path (code-point order: the same on every machine); the arguments keep
 * their order; a file reached twice is listed once.
 * Throws `CliError` for a missing path and for a folder holding no matching file.
 */
export function expandPaths(paths: readonly string[], include: string = DEFAULT_INCLUDE): string[] {
  if (paths.length === 0) throw new CliError('no PATH given (see --help)', 2);
  const matches = globMatcher(include);
  const result: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      result.push(file);
    }
  };
  for (const path of paths) {
    const kind = kindOf(path);
    if (kind === 'file') {
      add(path);
      continue;
    }
    const found = walk(path, '', matches).sort(compareCodePoints);
    if (found.length === 0) throw new CliError(`${path}: no files matching ${include}`);
    for (const relative of found) add(join(path, relative));
  }
  return result;
}

function kindOf(path: string): 'file' | 'directory' {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
  if (stats.isDirectory()) return 'directory';
  if (stats.isFile()) return 'file';
  throw new CliError(`${path}: not a file or folder`);
}

function walk(root: string, relative: string, matches: (path: string) => boolean): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, relative), { withFileTypes: true });
  } catch (error) {
    throw new CliError(`${join(root, relative)}: ${describeFsError(error)}`);
  }
  const files: string[] = [];
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') files.push(...walk(root, path, matches));
    } else if ((entry.isFile() || (entry.isSymbolicLink() && isFile(join(root, path)))) && matches(path)) {
      files.push(path);
    }
  }
  return files;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads and decodes an article (see src/core/decode.ts); a refusal names the file. */
export function readArticle(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readIntoSharedBuffer(file);
  } catch (error) {
    throw new CliError(`${file}: ${describeFsError(error)}`);
  }
  const decoded = decodeArticle(bytes, nativeStrictUtf8);
  if (!decoded.ok) throw new CliError(`${file}: ${decoded.reason}`);
  return decoded.text;
}

/**
 * The buffer each thread reads its articles into, grown for a larger one. readFileSync asks each
 * file's size and allocates a buffer for it, measured as a fifth of a read's cost on a corpus of
 * small articles; decoding copies the text out, so the buffer is free again when readArticle returns.
 */
let sharedBuffer = Buffer.allocUnsafeSlow(64 * 1024);

/** A file's bytes, in `sharedBuffer`: valid until the next call. */
function readIntoSharedBuffer(file: string): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === sharedBuffer.length) {
        const larger = Buffer.allocUnsafeSlow(sharedBuffer.length * 2);
        sharedBuffer.copy(larger);
        sharedBuffer = larger;
      }
      const read = readSync(fd, sharedBuffer, length, sharedBuffer.length - length, null);
      if (read === 0) return sharedBuffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

export type SidecarText = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'unusable'; problem: string };

/**
 * Reads an annotation file: JSON, so UTF-8 (a BOM is allowed). One that cannot be read or is
 * not UTF-8 is reported as unusable (never decoded some other way, never thrown: the command
 * goes on with the other articles).
 */
export function readSidecarText(file: string): SidecarText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unusable', problem: describeFsError(error) };
  }
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { kind: 'unusable', problem: 'not valid UTF-8 (an annotation file is UTF-8 JSON)' };
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ENOTDIR': return 'not a folder';
    default: return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}
