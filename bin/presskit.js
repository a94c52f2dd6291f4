#!/usr/bin/env node
// The bundle is built by `npm install` (prepare) and by `npm run build`.
import('../out/cli/presskit.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('out/cli/presskit.js')) {
    process.stderr.write('presskit: the command is not built yet. Run `npm run build:cli` in the PressKit Studio folder.\n');
    process.exit(2);
  }
  throw error;
});
