// Writing to stdout with back-pressure (a 10,000-article extract must not buffer everything),
// and quietly stopping when the reader goes away (`invest-news extract … | head`).

export function writeOut(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Exit quietly on EPIPE: the reader has what it wanted. */
export function handleClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/**
 * Text for a terminal: control characters (C0 but the line feed, DEL, C1), which could move the
 * cursor, recolour or retitle the terminal when a file name or a span holds them, are shown as
 * `\xHH` escapes (tab `\t`, carriage return `\r`). `oneLine` escapes line feeds too.
 */
export function terminalSafe(text: string, oneLine = false): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return text.replace(oneLine ? /[\x00-\x1f\x7f-\x9f]/g : /[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, (ch) => {
    if (ch === '\t') return '\\t';
    if (ch === '\r') return '\\r';
    if (ch === '\n') return '\\n';
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** JSON text with DEL and C1 controls as `\u` escapes (JSON.stringify escapes only C0): the same data, nothing a terminal acts on. */
export function jsonSafe(json: string): string {
  return json.replace(/[\x7f-\x9f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
