// The modules that activation does not evaluate. Reading or writing a sidecar, talking to the
// summary panel and exporting or importing need zod and the format table; evaluating those at load
// (zod alone is some 30 ms) would add to every start-up, which the extension host counts as our
// activation time. esbuild keeps a module that is reached only through `require` in the bundle as
// a function run on the first call, so each getter below evaluates its module then, once.
// test/unit/startupGraph.test.ts fails when an eager import brings one of them back into start-up.
/* eslint-disable @typescript-eslint/no-require-imports -- deliberate: evaluation on first use, see above */
import type * as FormatTable from '../core/interop/formats';
import type * as SidecarSchemaModule from '../core/sidecarSchema';
import type * as WebviewProtocol from '../webview/protocol';

/** parseSidecar, serializeSidecar and the SidecarSchema. */
export const sidecarSchema = once(() => withHostZod(() => require('../core/sidecarSchema') as typeof SidecarSchemaModule));

/** parseWebviewMessage: the summary panel's messages to the host. */
export const webviewProtocol = once(() => withHostZod(() => require('../webview/protocol') as typeof WebviewProtocol));

/** The exporters and importers (the JSONL importer validates with zod). */
export const formatTable = once(() => withHostZod(() => require('../core/interop/formats') as typeof FormatTable));

/** Configures zod for the extension host before the first schema is evaluated. */
function withHostZod<T>(load: () => T): T {
  require('./zodHostConfig');
  return load();
}

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
