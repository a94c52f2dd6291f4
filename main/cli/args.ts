import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** Strict parsing: an unknown option or a missing value is a usage error (exit 2) with node's own wording. */
export function parse(args: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, strict: true, allowPositionals: true });
    return { values, positionals };
  } catch (error) {
    throw new UserError('cli.badOption', { problem: (error as Error).message.replace(/\. To specify.*$/s, '') }, 'usage');
  }
}

/** Splits the global options (--data-dir, --help) from the command and its own arguments. */
export function splitGlobal(argv: string[]): { dataDir: string | undefined; help: boolean; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') {
      dataDir = argv[i + 1];
      if (dataDir === undefined || dataDir.startsWith('--')) throw new UserError('cli.dataDirNeedsFolder', undefined, 'usage');
      i += 1;
    } else if (arg.startsWith('--data-dir=')) {
      dataDir = arg.slice('--data-dir='.length);
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else {
      rest.push(arg);
    }
  }
  return { dataDir, help, rest };
}

export function expectCount(positionals: string[], count: number, what: string): void {
  if (positionals.length !== count) throw new UserError('cli.expected', { what }, 'usage');
}
