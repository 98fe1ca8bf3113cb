// The sidecar file's name and header constants. Kept apart from the zod schema (sidecarSchema.ts)
// so that code which only names sidecars (the editor at start-up, the import planner) does not
// evaluate zod: see src/editor/deferredModules.ts.
export const SIDECAR_FORMAT = 'invest-news-annotations';
/** The version writers write. Version 1 (no `links`) is still read; see READABLE_SIDECAR_VERSIONS. */
export const SIDECAR_VERSION = 2;
/** Every version readers accept: 1 (annotations only) and 2 (annotations and links). */
export const READABLE_SIDECAR_VERSIONS = [1, 2] as const;
export const SIDECAR_SUFFIX = '.ann.json';
