// The modules activation does not load. VS Code counts compiling and evaluating dist/extension.js
// as our activation time, so the recognition engine, zod with the schemas built on it and the
// export/import format table are bundled apart, in dist/deferred.js (entry: src/deferred.ts),
// which the getters below load on first use, once: the first analysis (on the tick after
// activation), sidecar read, panel message or export. test/unit/startupGraph.test.ts fails when
// an eager import brings one of them back into dist/extension.js. `import type` is always fine.
/* eslint-disable @typescript-eslint/no-require-imports -- deliberate: loaded on first use, see above */
import type * as Deferred from '../deferred';

/** esbuild leaves this path to run time (see esbuild.js): both bundles sit side by side in dist/. */
const DEFERRED_BUNDLE = './deferred.js';

const deferred = once(() => require(DEFERRED_BUNDLE) as typeof Deferred);

/** parseSidecar, serializeSidecar and the SidecarSchema. */
export const sidecarSchema = () => deferred().sidecarSchema;

/** parseWebviewMessage: the summary panel's messages to the host. */
export const webviewProtocol = () => deferred().webviewProtocol;

/** The exporters and importers. */
export const formatTable = () => deferred().formatTable;

/** recognize and the per-paragraph Recognizer. */
export const recognition = () => deferred().recognition;

/** IncrementalAnalysis: re-recognises only the paragraphs an edit touched. */
export const incrementalAnalysis = () => deferred().incrementalAnalysis;

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/** The workspace lexicon: its file (parse, serialise), its edits and its matcher. */
export const workspaceLexicon = () => deferred().workspaceLexicon;
export const lexiconEdits = () => deferred().lexiconEdits;
export const lexiconMatcher = () => deferred().lexiconMatcher;

/** Adjudication of several annotators' versions, and the record an adjudicated sidecar carries. */
export const adjudication = () => deferred().adjudication;
export const adjudicationRecord = () => deferred().adjudicationRecord;

/** The summary panel's agreement figures (the comparison of `invest-news agree`). */
export const agreement = () => deferred().agreement;
