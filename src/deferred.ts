// The second extension bundle, dist/deferred.js: what the editor needs only after activation.
// The recognition engine, zod with the schemas built on it, and the export/import format table
// are most of the extension's code; VS Code counts compiling and evaluating the main bundle as
// activation time, so they live here and src/editor/deferredModules.ts loads this file on first
// use (the first analysis, sidecar read, panel message or export), once.
import './editor/zodHostConfig'; // first: zod is configured before any schema parses
export * as sidecarSchema from './core/sidecar/sidecarSchema';
export * as webviewProtocol from './webview/protocol';
export * as formatTable from './core/interop/formats';
export * as recognition from './core/recognition/recognize';
export * as incrementalAnalysis from './core/recognition/incrementalAnalysis';
export * as workspaceLexicon from './core/workspaceLexicon/workspaceLexicon';
export * as lexiconEdits from './core/workspaceLexicon/lexiconEdits';
export * as lexiconMatcher from './core/workspaceLexicon/lexiconMatcher';
export * as adjudication from './core/adjudication/adjudicate';
export * as adjudicationRecord from './core/adjudication/adjudicationRecord';
export * as agreement from './core/agreement/panelAgreement';
