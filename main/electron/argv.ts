/** What the command line asks of the app: the data folder, and files to open (file associations, drag onto the icon). */

const DATA_DIR_FLAG = '--data-dir';

export function dataDirFlag(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith(`${DATA_DIR_FLAG}=`)) return arg.slice(DATA_DIR_FLAG.length + 1);
    if (arg === DATA_DIR_FLAG) return argv[index + 1];
  }
  return undefined;
}

/** The arguments that are not switches nor a switch's value (the executable and app path come first: skip them). */
export function positionalArgs(argv: readonly string[], skip: number): string[] {
  const args: string[] = [];
  for (let index = skip; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === DATA_DIR_FLAG) index++;
    else if (!arg.startsWith('-')) args.push(arg);
  }
  return args;
}
