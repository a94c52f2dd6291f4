/** The options of `npm run studio:web`, read strictly: an unknown option or a bad port is a usage error. */
import { parseArgs } from 'node:util';
import { UserError } from '../core/errors';
import type { StudioServerOptions } from './server';

const USAGE = 'Usage: npm run studio:web -- --data-dir DIR [--port PORT] [--demo]';

export function parseStudioArgs(args: string[]): StudioServerOptions {
  let values: { 'data-dir'?: string; port?: string; demo?: boolean };
  try {
    ({ values } = parseArgs({ args, strict: true, options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, demo: { type: 'boolean' } } }));
  } catch (error) {
    throw new UserError(`${(error as Error).message}\n${USAGE}`, 'usage');
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UserError(`--data-dir is required.\n${USAGE}`, 'usage');
  const port = Number(values.port ?? '0');
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) throw new UserError(`--port must be a number from 0 to 65535 (0 picks a free port).\n${USAGE}`, 'usage');
  return { dataDir, port, demo: values.demo ?? false };
}
