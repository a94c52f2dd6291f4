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
    throw new UserError('web.badOption', { problem: (error as Error).message, usage: USAGE }, 'usage');
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UserError('web.needsDataDir', { usage: USAGE }, 'usage');
  const port = Number(values.port ?? '0');
  if (!/^\d{1,5}$/.test(values.port ?? '0') || port > 65535) throw new UserError('web.badPort', { usage: USAGE }, 'usage');
  return { dataDir, port, demo: values.demo ?? false };
}
