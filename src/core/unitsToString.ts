// The string of a buffer of UTF-16 units (the folded text, fold.ts), made natively where the engine runs.
// src/core stays free of Node: Node's Buffer is looked up as a global, not imported; `typeof` of a name
// no script declares is 'undefined', never an error, so in a browser or webview bundle (which esbuild
// gives no Buffer) the standard decoder does the same work.

/** Decodes the buffer's units, native and in one piece; keeps a BOM (a unit like any other). */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Node's Buffer, where the engine runs (extension host, CLI, workers): its UTF-16 read of the units'
 * bytes takes half the time of the decoder's, a tenth of the fold's cost.
 */
const NODE_BUFFER: typeof Buffer | undefined = typeof Buffer === 'function' ? Buffer : undefined;

/**
 * The string of units[0, n). A decoder would replace a lone surrogate with U+FFFD, so text
 * holding surrogates is made unit by unit instead (rare: characters outside the BMP). `nodeBuffer`
 * is Node's Buffer where there is one; undefined reads through the decoder, as a browser does.
 */
export function unitsToString(units: Uint16Array, n: number, surrogates: boolean, nodeBuffer = NODE_BUFFER): string {
  if (surrogates) return fromUnits(units, 0, n);
  return nodeBuffer ? nodeBuffer.from(units.buffer, units.byteOffset, 2 * n).toString('utf16le') : UTF16.decode(units.subarray(0, n));
}

/** The string of units[from, to), made in chunks (an argument list has a size limit). */
function fromUnits(units: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let k = from; k < to; k += 4096) {
    s += String.fromCharCode.apply(null, units.subarray(k, Math.min(to, k + 4096)) as unknown as number[]);
  }
  return s;
}
