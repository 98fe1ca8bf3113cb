// Evaluated before the first schema (see deferredModules.ts). VS Code's extension host logs a
// PendingMigrationError ("navigator is now a global in nodejs") whenever code reads the global
// `navigator`, and zod reads it (a Cloudflare check) the first time an object schema decides
// whether to compile a parser with `new Function`. Jitless parsing never asks, so the extension
// host log stays clean; our messages and sidecars are small, the compiled fast path buys nothing.
import * as z from 'zod';

z.config({ jitless: true });
