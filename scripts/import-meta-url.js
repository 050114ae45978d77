// Injected into the CommonJS bundles (scripts/build.mjs) for ESM-only dependencies that read import.meta.url.
export const importMetaUrl = require('url').pathToFileURL(__filename).href;
