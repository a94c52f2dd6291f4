/**
 * Stands in for fontkit's WOFF2 decoder (`brotli/decompress.js`) in the bundles: the bundled fonts are
 * TrueType, and the decoder's 1.4 MB cost some 25 ms at every start of the CLI and the PDF worker.
 * scripts/cli-build-options.mjs aliases it: `alias: { 'brotli/decompress.js': './main/pdf/fonts/woff2-unsupported.ts' }`.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported: the typesetter reads TrueType fonts only.');
}
