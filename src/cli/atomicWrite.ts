// Writing a file so that a crash or a full disk never leaves half a file behind: write a
// temporary file in the same folder, then rename it over the target (atomic on one file system).
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cliError';
import { describeFsError } from './files';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new CliError(`${path}: ${describeFsError(error)}`);
  }
}
