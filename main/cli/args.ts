import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../core/errors';
import { globalArgs } from './global-args';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** What is wrong with one option as typed, in one sentence of ours (node's own wording runs to three lines). */
function optionProblem(token: Token, options: Options): UserError | undefined {
  if (token.kind !== 'option') return undefined;
  const option = token.rawName;
  const type = Object.hasOwn(options, token.name) ? options[token.name]?.type : undefined;
  if (type === undefined) {
    return new UserError('cli.unknownOption', { option }, 'usage');
  }
  if (type === 'boolean') {
    return token.value === undefined ? undefined : new UserError('cli.noValue', { option }, 'usage');
  }
  if (token.value === undefined || token.value.trim() === '') return new UserError('cli.missingValue', { option }, 'usage');
  // `--bleed -1` is a number the option's own check refuses; `--out --json` forgot the value.
  if (!token.inlineValue && /^-[^\d.]/u.test(token.value)) {
    const { value } = token;
    return new UserError('cli.dashValue', { option, value }, 'usage');
  }
  return undefined;
}

/** Strict parsing, checked token by token: an unknown option or a missing value is a usage error (exit 2). */
export function parse(args: string[], options: Options): Parsed {
  const { values, positionals, tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    const problem = optionProblem(token, options);
    if (problem) throw problem;
  }
  return { values, positionals };
}

/** Splits the global options (--data-dir, --help) from the command and its own arguments. */
export function splitGlobal(argv: string[]): { dataDir: string | undefined; help: boolean; rest: string[] } {
  const { dataDir, dataDirMissing, help, rest } = globalArgs(argv);
  if (dataDirMissing) throw new UserError('cli.dataDirNeedsFolder', undefined, 'usage');
  return { dataDir, help, rest };
}

export function expectCount(positionals: string[], count: number, what: string): void {
  if (positionals.length !== count) throw new UserError('cli.expected', { what }, 'usage');
}
