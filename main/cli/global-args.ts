/**
 * The global options (--data-dir, --help) apart from the command and its own arguments. Imports nothing, as
 * the command's loader reads the command's name with it before the command is loaded.
 */
export interface GlobalArgs {
  dataDir: string | undefined;
  /** `--data-dir` came last or before another option: a usage error, told by the command. */
  dataDirMissing: boolean;
  help: boolean;
  rest: string[];
}

export function globalArgs(argv: readonly string[]): GlobalArgs {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let dataDirMissing = false;
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--data-dir') {
      dataDir = argv[i + 1];
      if (dataDir === undefined || dataDir.startsWith('--')) dataDirMissing = true;
      i += 1;
    } else if (arg.startsWith('--data-dir=')) {
      dataDir = arg.slice('--data-dir='.length);
    } else if (arg === '--help' || arg === '-h') {
      help = true;
    } else {
      rest.push(arg);
    }
  }
  return { dataDir, dataDirMissing, help, rest };
}

const EXPORTS = new Set(['release', 'kit', 'cards', 'vcard', 'pack']);

/**
 * What a run's code cache is named after: the command word, and for `export` what it exports, since a
 * release or a kit loads the typesetting engine and a vCard does not (the cache holds what its first run compiled).
 */
export function cacheName(rest: readonly string[]): string | undefined {
  const [command, what] = rest;
  return command === 'export' && what !== undefined && EXPORTS.has(what) ? `export-${what}` : command;
}
