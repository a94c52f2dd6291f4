// Stands in for @pdf-lib/standard-fonts in the bundles (scripts/cli-build-options.mjs): its Encoding module
// inflates every standard encoding table as it loads (~25 ms at each start of an export), for fonts the
// typesetter never uses, since it embeds its own. CommonJS on purpose: esbuild evaluates a bundled
// CommonJS module on its first require, so the tables are inflated only if pdf-lib ever asks for them.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module on purpose, see above */
const { Font, FontNames } = require('@pdf-lib/standard-fonts/lib/Font.js');

let encodings;
exports.Font = Font;
exports.FontNames = FontNames;
Object.defineProperty(exports, 'Encodings', {
  enumerable: true,
  get: () => (encodings ??= require('@pdf-lib/standard-fonts/lib/Encoding.js').Encodings),
});
