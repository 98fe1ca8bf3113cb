// The sidecar file's name and header constants. Kept apart from the zod schema (sidecarSchema.ts)
// so that code which only names sidecars (the editor at start-up, the import planner) does not
// evaluate zod: see src/editor/deferredModules.ts.
export const SIDECAR_FORMAT = 'invest-news-annotations';
export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.ann.json';
