// Stands in for tiny-inflate in the bundles (scripts/cli-build-options.mjs): fontkit, unicode-properties and
// linebreak inflate their Unicode tries with it as they load, in JavaScript not yet optimised at that point
// (~30 ms of each cold export); Node's zlib inflates the same raw DEFLATE streams natively.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, as tiny-inflate is */
const { inflateRawSync } = require('node:zlib');

/** tiny-inflate's contract: inflates `source` into `dest`, returned, or the part of it that was filled. */
module.exports = function inflate(source, dest) {
  const inflated = inflateRawSync(source);
  dest.set(inflated.subarray(0, dest.length));
  return inflated.length < dest.length ? dest.slice(0, inflated.length) : dest;
};
