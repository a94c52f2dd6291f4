/** The `presskit` command: the same handlers as the app, through the same validating dispatch. */
import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { openApp } from '../api/app';
import { MAX_IMPORT_FILES, type Channel, type Input, type Output } from '../api/contract';
import { dispatch, refusalOf } from '../api/dispatch';
import { bundleTooLarge, isBundleFileName, MAX_BUNDLE_BYTES, MAX_IMPORT_BYTES } from '../core/import';
import { Language } from '../core/language';
import { Paper, type OutputOptions } from '../core/schema';
import { isUserError, UserError, type UserErrorKind } from '../core/errors';
import { foldKey } from '../core/fold-key';
import { readInputFile, resolveDataDir, writeExportFile } from '../store';
import { expectCount, parse, splitGlobal, type Parsed } from './args';
import { contactsTable, json, kitsTable, releasesTable, releaseText } from './format';
import { USAGE } from './usage';
import { progressBar, type ProgressStream } from './progress';
import { defaultUserDataDir } from './user-data';
import { readNeighbourImages } from './neighbour-images';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where the progress bar of long exports is drawn (stderr); nothing is drawn unless it is a terminal. */
  progress: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The bundled typesetting worker; without it, typesetting runs in this thread. */
  pdfWorker?: URL;
}

const DEMO_KIT = 'MAKS 2019';

type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

interface Context {
  args: string[];
  call: Call;
  io: CliIO;
  path(file: string): string;
}

type ImportFile = Input<'releases.import'>['files'][number];

/**
 * A named file, checked before it is read: a regular file (not a pipe, which would block), within its
 * limit; a communiqué comes with the pictures it shows from its folder.
 */
async function readImportFile(path: string): Promise<ImportFile> {
  const name = basename(path);
  // Communiqués are text; a bundle carries images and may hold a whole archive.
  if (isBundleFileName(path)) return { name, bytes: await readInputFile(path, MAX_BUNDLE_BYTES, () => bundleTooLarge({ purpose: 'import', name })) };
  const bytes = await readInputFile(path, MAX_IMPORT_BYTES, () => new UserError('import.tooLarge', { file: name }));
  const images = await readNeighbourImages(path, { name, bytes });
  return images.length > 0 ? { name, bytes, images } : { name, bytes };
}
type ImportResult = Output<'releases.import'>;

/**
 * Sends the files in batches the contract takes (each batch all or nothing), telling `onBatch` each batch's
 * references and warnings as it is filed. After a refused batch, says how many files went in before it, and why it stopped.
 */
async function importInBatches(
  files: ImportFile[],
  send: (batch: ImportFile[]) => Promise<ImportResult>,
  onBatch: (batch: ImportResult) => void,
): Promise<{ result: ImportResult; done: number; error?: unknown }> {
  const result: ImportResult = { refs: [], contactsAdded: 0, contactsMerged: 0 };
  for (let done = 0; done < files.length; done += MAX_IMPORT_FILES) {
    let batch: ImportResult;
    try {
      batch = await send(files.slice(done, done + MAX_IMPORT_FILES));
    } catch (error) {
      // The first batch refused is the whole import refused: nothing to report but the reason.
      if (done === 0) throw error;
      return { result, done, error };
    }
    onBatch(batch);
    result.refs.push(...batch.refs);
    result.contactsAdded += batch.contactsAdded;
    result.contactsMerged += batch.contactsMerged;
    if (batch.warnings) result.warnings = [...(result.warnings ?? []), ...batch.warnings];
  }
  return { result, done: files.length };
}

function requireOut(out: unknown, example: string): string {
  if (typeof out !== 'string' || out === '') throw new UserError('cli.needsOut', { example }, 'usage');
  return out;
}

/** --paper, --bleed and --crop-marks, checked here so that a typo is a usage error rather than a refused document. */
function outputOptions(values: Parsed['values']): Partial<OutputOptions> {
  const options: Partial<OutputOptions> = {};
  if (values.paper !== undefined) {
    const paper = Paper.safeParse(values.paper);
    if (!paper.success) throw new UserError('cli.paper', { value: String(values.paper) }, 'usage');
    options.paper = paper.data;
  }
  if (values.bleed !== undefined) {
    const value = String(values.bleed);
    // Number() would read '' as 0 and '0x3' as 3: only plain decimals are millimetres.
    const bleed = /^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(value.trim()) ? Number(value) : Number.NaN;
    if (!(bleed <= 10)) {
      throw new UserError('cli.bleed', { value }, 'usage');
    }
    options.bleedMm = bleed;
  }
  if (values['crop-marks']) options.cropMarks = true;
  return options;
}

const commands: Record<string, (context: Context) => Promise<void>> = {
  async import({ args, call, io, path }) {
    const { values, positionals } = parse(args, { ref: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UserError('cli.noImportFile', undefined, 'usage');
    const language = values.lang === undefined ? undefined : Language.safeParse(values.lang);
    if (language && !language.success) throw new UserError('cli.lang', { value: String(values.lang) }, 'usage');
    const files = await Promise.all(positionals.map((file) => readImportFile(path(file))));
    const request = {
      ...(typeof values.ref === 'string' ? { ref: values.ref } : {}),
      ...(language?.success ? { language: language.data } : {}),
    };
    const imported = await importInBatches(files, (batch) => call('releases.import', { files: batch, ...request }), ({ refs, warnings }) => {
      // A figure left out is said on stderr, also with --json (which carries it too): the text came in without it.
      for (const warning of warnings ?? []) io.stderr(`presskit: ${warning.message}\n`);
      if (!values.json) io.stdout(refs.map((ref) => `${ref}\n`).join(''));
    });
    if (values.json) io.stdout(json(imported.result));
    if (imported.error) {
      io.stderr(`presskit: the first ${imported.done} of the ${files.length} files were imported (their references are printed); « ${files[imported.done]?.name ?? ''} » and the files after it were not.\n`);
      throw imported.error;
    }
  },

  async list({ args, call, io }) {
    const { values } = parse(args, { json: { type: 'boolean' } });
    const releases = await call('releases.list', {});
    io.stdout(values.json ? json(releases) : releasesTable(releases));
  },

  async show({ args, call, io }) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit show CP124-2019');
    const release = await call('releases.get', { ref: positionals[0] as string });
    io.stdout(values.json ? json(release) : releaseText(release));
  },

  async delete({ args, call, io }) {
    const { positionals } = parse(args, {});
    expectCount(positionals, 1, 'one reference, e.g. presskit delete CP124-2019');
    const release = await call('releases.delete', { ref: positionals[0] as string });
    io.stdout(`Deleted ${release.ref}.\n`);
  },

  async contacts({ args, call, io }) {
    const [sub, ...rest] = args;
    if (sub !== 'list') throw new UserError('cli.contactsUsage', undefined, 'usage');
    const { values } = parse(rest, { json: { type: 'boolean' } });
    const contacts = await call('contacts.list', {});
    io.stdout(values.json ? json(contacts) : contactsTable(contacts));
  },

  async kit({ args, call, io }) {
    const [sub, ...rest] = args;
    if (sub === 'list') {
      const { values } = parse(rest, { json: { type: 'boolean' } });
      const kits = await call('kits.list', {});
      io.stdout(values.json ? json(kits) : kitsTable(kits));
      return;
    }
    if (sub === 'create') {
      const { values, positionals } = parse(rest, { release: { type: 'string', multiple: true }, json: { type: 'boolean' } });
      expectCount(positionals, 1, 'one kit name, e.g. presskit kit create "MAKS 2019" --release CP124-2019');
      const refs = (values.release as string[] | undefined) ?? [];
      if (refs.length === 0) throw new UserError('cli.kitNeedsRelease', undefined, 'usage');
      const kit = await call('kits.create', { name: positionals[0] as string, refs });
      io.stdout(values.json ? json(kit) : `Created the kit « ${kit.name} » with ${kit.items.length} items.\n`);
      return;
    }
    throw new UserError('cli.kitUsage', undefined, 'usage');
  },

  async backup({ args, call, io, path }) {
    const { values, positionals } = parse(args, { out: { type: 'string' } });
    expectCount(positionals, 0, 'only --out FILE.presskit.json');
    if (typeof values.out !== 'string') throw new UserError('cli.backupNeedsOut', undefined, 'usage');
    const { bytes, counts } = await call('bundle.export', {});
    await writeExportFile(path(values.out), bytes);
    io.stdout(`Saved ${counts.releases} releases, ${counts.contacts} contacts, ${counts.kits} kits and ${counts.images} images to ${values.out}.\n`);
  },

  async restore({ args, call, io, path }) {
    const { positionals } = parse(args, {});
    expectCount(positionals, 1, 'one file, e.g. presskit restore archive.presskit.json');
    const bytes = await readInputFile(path(positionals[0] as string), MAX_BUNDLE_BYTES, () => bundleTooLarge({ purpose: 'restore' }));
    const counts = await call('bundle.restore', { bytes });
    io.stdout(`Restored ${counts.releases} releases, ${counts.contacts} contacts, ${counts.kits} kits and ${counts.images} images.\n`);
  },

  async export({ args, call, io, path }) {
    const [what, ...rest] = args;
    if (what === 'release') {
      const { values, positionals } = parse(rest, PDF_OPTIONS);
      expectCount(positionals, 1, 'one reference, e.g. presskit export release CP124-2019 --out cp124.pdf');
      const ref = positionals[0] as string;
      await exportPdf({ call, io, path }, values, 'cp124-2019.pdf', (jobId, options) => call('export.release', { ref, options, jobId }));
      return;
    }
    if (what === 'kit') {
      const { values, positionals } = parse(rest, PDF_OPTIONS);
      expectCount(positionals, 1, 'one kit name, e.g. presskit export kit "MAKS 2019" --out maks-2019.pdf');
      const id = await kitIdByName(call, positionals[0] as string);
      await exportPdf({ call, io, path }, values, 'maks-2019.pdf', (jobId, options) => call('export.kit', { id, options, jobId }));
      return;
    }
    if (what === 'cards') {
      const { values, positionals } = parse(rest, { ...PDF_OPTIONS, contact: { type: 'string', multiple: true } });
      expectCount(positionals, 0, 'only options, e.g. presskit export cards --out cards.pdf');
      const emails = values.contact as string[] | undefined;
      await exportPdf({ call, io, path }, values, 'cards.pdf', (jobId, options) => call('export.cards', { ...(emails ? { emails } : {}), options, jobId }));
      return;
    }
    if (what === 'vcard') {
      const { values, positionals } = parse(rest, { out: { type: 'string' }, contact: { type: 'string', multiple: true } });
      expectCount(positionals, 0, 'only --out FILE.vcf and --contact EMAIL');
      const out = requireOut(values.out, 'contacts.vcf');
      const emails = values.contact as string[] | undefined;
      const { text, count } = await call('export.vcard', emails ? { emails } : {});
      await writeExportFile(path(out), new TextEncoder().encode(text));
      io.stdout(`Saved ${count} contact cards to ${out}.\n`);
      return;
    }
    throw new UserError('cli.exportUsage', undefined, 'usage');
  },

  async demo({ args, call, io, path }) {
    const { values, positionals } = parse(args, { out: { type: 'string' } });
    expectCount(positionals, 0, 'no arguments besides --out FILE.pdf');
    const result = await call('demo.seed', {});
    io.stdout(
      result.seeded
        ? `The demo is ready: ${result.refs.join(', ')}, its contacts and the kit « ${DEMO_KIT} ».\n`
        : 'The archive already holds data; the demo was not added.\n',
    );
    if (typeof values.out === 'string') {
      const id = await kitIdByName(call, DEMO_KIT);
      await exportPdf({ call, io, path }, { out: values.out }, 'maks-2019.pdf', (jobId, options) => call('export.kit', { id, options, jobId }));
    }
  },
};

const PDF_OPTIONS = {
  out: { type: 'string' },
  paper: { type: 'string' },
  bleed: { type: 'string' },
  'crop-marks': { type: 'boolean' },
  report: { type: 'boolean' },
} as const;

async function kitIdByName(call: Call, name: string): Promise<string> {
  const kits = await call('kits.list', {});
  const kit = kits.find((k) => foldKey(k.name) === foldKey(name));
  if (!kit) throw new UserError('cli.noKit', { name }, 'not-found');
  return kit.id;
}

/**
 * Runs one PDF export under a job id, drawing its progress on a terminal (polled, since the typesetting
 * runs in a worker thread), then writes the file and says what was saved, or prints the layout report.
 */
async function exportPdf(
  { call, io, path }: Pick<Context, 'call' | 'io' | 'path'>,
  values: Parsed['values'],
  example: string,
  run: (jobId: string, options: Partial<OutputOptions>) => Promise<Output<'export.kit'>>,
): Promise<void> {
  const out = requireOut(values.out, example);
  const options = outputOptions(values);
  const jobId = randomUUID();
  const bar = progressBar(io.progress);
  const poll = setInterval(() => {
    call('export.progress', { jobId }).then((progress) => progress && bar.update(progress), () => undefined);
  }, 100);
  const started = performance.now();
  let exported: Output<'export.kit'>;
  try {
    exported = await run(jobId, options);
  } finally {
    clearInterval(poll);
    bar.finish();
  }
  const { bytes, report } = exported;
  await writeExportFile(path(out), bytes);
  const ms = Math.round(performance.now() - started);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  io.stdout(values.report ? json({ ...report, bytes: bytes.byteLength, ms, peakRssMb }) : `Saved ${report.pages} pages to ${out}.\n`);
}

const EXIT: Record<UserErrorKind | 'internal', number> = { 'bad-input': 1, 'not-found': 1, conflict: 1, internal: 1, usage: 2 };

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const global = splitGlobal(argv);
    const [name, ...args] = global.rest;
    if (global.help || name === undefined || name === 'help') {
      io.stdout(USAGE);
      return name === undefined && !global.help ? 2 : 0;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UserError('cli.unknownCommand', { name }, 'usage');
    const dataDir = resolveDataDir({ flag: global.dataDir, env: io.env, fallback: defaultUserDataDir(io.env) });
    const app = await openApp({
      dataDir: resolve(io.cwd, dataDir),
      onNotice: (message) => io.stderr(`presskit: ${message}\n`),
      ...(io.pdfWorker ? { pdfWorker: io.pdfWorker } : {}),
    });
    try {
      const call: Call = async (channel, input) => {
        const envelope = await dispatch(app.api, channel, input);
        if (!envelope.ok) throw refusalOf(envelope.error);
        return envelope.value as Output<typeof channel>;
      };
      await command({ args, call, io, path: (file) => resolve(io.cwd, file) });
    } finally {
      await app.close();
    }
    return 0;
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`presskit: ${error.message}\n`);
      return EXIT[error.kind];
    }
    io.stderr(`presskit: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
