// The article hash stored in sidecars: SHA-256 of the UTF-8 bytes of the text as VS Code holds it.
// Pure (node:crypto is available to the extension host, the CLI and tests alike).
import { createHash } from 'node:crypto';

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
