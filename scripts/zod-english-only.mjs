// Stands in for zod's table of locales in the bundles (scripts/cli-build-options.mjs): `z.locales` holds
// some fifty languages (~400 KB of the command's bundle, read at every start) that nothing of ours asks
// for; no zod message reaches a user, the refusals are worded in main/core/wording. English stays, zod's default.
export { default as en } from 'zod/v4/locales/en.js';
