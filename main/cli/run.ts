/** The `presskit` command: the same handlers as the app, through the same validating dispatch. */
import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { openApp } from '../api/app';
import { MAX_IMPORT_FILES, type Channel, type ClashChoice, type ExportWarning, type Input, type Output, type RevisionPoint } from '../api/contract';
import { dispatch, refusalOf } from '../api/dispatch';
import { bundleTooLarge, isBundleFileName, MAX_BUNDLE_BYTES, MAX_IMPORT_BYTES } from '../core/import';
import { Language } from '../core/language';
import { Paper, type Kit, type OutputOptions } from '../core/schema';
import { inEnglish, isUserError, UserError, type UserErrorKind } from '../core/errors';
import { figuresWithoutAlt } from '../core/figures';
import { foldKey } from '../core/fold-key';
import { readInputFile, readNeighbourImages, resolveDataDir, writeExportFile } from '../store';
import { expectCount, parse, splitGlobal, type Parsed } from './args';
import { EDIT_OPTIONS, editChanges } from './edit';
import { eventOption, KIT_EDIT_OPTIONS, KIT_OPTIONS, kitChanges, repeatOption, withPhotosPage } from './kit';
import { contactsJson, contactsTable, diffText, historyTable, json, kitsTable, releasesTable, releaseText, spellingReport } from './format';
import { USAGE } from './usage';
import { progressBar, type ProgressStream } from './progress';
import { defaultUserDataDir } from './user-data';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where the progress bar of long exports is drawn (stderr); nothing is drawn unless it is a terminal. */
  progress: ProgressStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The bundled spelling worker; without it, spell checking runs in this thread. */
  spellWorker?: URL;
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
    if (batch.skipped) result.skipped = [...(result.skipped ?? []), ...batch.skipped];
    if (batch.warnings) result.warnings = [...(result.warnings ?? []), ...batch.warnings];
  }
  return { result, done: files.length };
}

/**
 * `--on-clash next|skip|as REF` (also `--on-clash=…`), taken out of the arguments before they are parsed:
 * `as` takes the word after it, which parseArgs would count as one more file.
 */
function clashOption(args: readonly string[]): { rest: string[]; onClash?: ClashChoice } {
  const rest: string[] = [];
  let onClash: ClashChoice | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg !== '--on-clash' && !arg.startsWith('--on-clash=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--on-clash' ? args[(i += 1)] : arg.slice('--on-clash='.length);
    if (value === 'next' || value === 'skip') onClash = value;
    else if (value === 'as' && args[i + 1] !== undefined && !args[i + 1]?.startsWith('--')) onClash = { as: args[(i += 1)] as string };
    else throw new UserError('import.onClash', { value: value ?? '' }, 'usage');
  }
  return onClash === undefined ? { rest } : { rest, onClash };
}

/** --lang, when given: fr, en or ru. */
function languageOption(values: Parsed['values']): { language?: Language } {
  if (values.lang === undefined) return {};
  const language = Language.safeParse(values.lang);
  if (!language.success) throw new UserError('cli.lang', { value: String(values.lang) }, 'usage');
  return { language: language.data };
}

/** A revision as typed: its number, `approved` (the last approval) or `current`. */
function revisionPoint(value: string | boolean | (string | boolean)[] | undefined): RevisionPoint | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  if (/^[1-9]\d{0,8}$/u.test(text)) return Number(text);
  if (text === 'approved' || text === 'current') return text;
  throw new UserError('review.badRevision', { value: text }, 'usage');
}

function allowUntranslated(values: Parsed['values']): { allowUntranslated?: true } {
  return values['allow-untranslated'] ? { allowUntranslated: true } : {};
}

function requireOut(out: unknown, example: string): string {
  if (typeof out !== 'string' || out === '') throw new UserError('cli.needsOut', { example }, 'usage');
  return out;
}

/** --paper, --bleed and --crop-marks, checked here so that a typo is a usage error rather than a refused document. */
/** `--lang fr|en|ru`, when given. */
/** `--vcard 3|4`, when given. */
function vCardVersion(value: string | undefined): 3 | 4 | undefined {
  if (value === undefined) return undefined;
  if (value === '3' || value === '4') return Number(value) as 3 | 4;
  throw new UserError('cli.vcard', { value }, 'usage');
}

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
    const { rest, onClash } = clashOption(args);
    const { values, positionals } = parse(rest, { ref: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UserError('cli.noImportFile', undefined, 'usage');
    const language = languageOption(values);
    const files = await Promise.all(positionals.map((file) => readImportFile(path(file))));
    const request = { ...(typeof values.ref === 'string' ? { ref: values.ref } : {}), ...language, ...(onClash === undefined ? {} : { onClash }) };
    const imported = await importInBatches(files, (batch) => call('releases.import', { files: batch, ...request }), ({ refs, warnings }) => {
      // A figure left out is said on stderr, also with --json (which carries it too): the text came in without it.
      for (const warning of warnings ?? []) io.stderr(`presskit: ${warning.message}\n`);
      if (!values.json) io.stdout(refs.map((ref) => `${ref}\n`).join(''));
    });
    for (const { file, ref } of imported.result.skipped ?? []) io.stderr(`presskit: skipped « ${file} »: ${ref} is already filed.\n`);
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

  async spell({ args, call, io }) {
    const { values, positionals } = parse(args, { lang: { type: 'string' }, json: { type: 'boolean' }, 'no-suggestions': { type: 'boolean' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit spell CP124-2019');
    const checked = await call('spell.release', { ref: positionals[0] as string, ...languageOption(values), suggest: !values['no-suggestions'] });
    io.stdout(values.json ? json(checked) : spellingReport(checked));
  },

  async dictionary({ args, call, io }) {
    const [action, ...rest] = args;
    const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
    if (action === 'list') {
      expectCount(positionals, 0, 'no argument: presskit dictionary list');
    } else if (action === 'add' || action === 'remove') {
      expectCount(positionals, 1, `one word, e.g. presskit dictionary ${action} Roscosmos`);
      await call(`dictionary.${action}`, { word: positionals[0] as string });
    } else {
      throw new UserError('cli.dictionaryAction', { value: action ?? '' }, 'usage');
    }
    const words = await call('dictionary.list', {});
    io.stdout(values.json ? json(words) : words.map((word) => `${word}\n`).join(''));
  },

  async show({ args, call, io }) {
    const { values, positionals } = parse(args, { json: { type: 'boolean' }, lang: { type: 'string' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit show CP124-2019');
    const release = await call('releases.get', { ref: positionals[0] as string, ...languageOption(values) });
    io.stdout(values.json ? json(release) : releaseText(release));
  },

  async approve({ args, call, io }) {
    const { values, positionals } = parse(args, { lang: { type: 'string' }, by: { type: 'string' }, json: { type: 'boolean' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit approve CP124-2019 --by "Pascale Bresson"');
    const ref = positionals[0] as string;
    const approval = await call('releases.approve', { ref, ...languageOption(values), ...(typeof values.by === 'string' ? { by: values.by } : {}) });
    io.stdout(values.json ? json(approval) : `Approved ${ref} by ${approval.by ?? ''} (revision ${approval.n}); its PDF's SHA-256 is ${approval.pdfSha256 ?? ''}.\n`);
  },

  async history({ args, call, io }) {
    const { values, positionals } = parse(args, { lang: { type: 'string' }, json: { type: 'boolean' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit history CP124-2019');
    const ref = positionals[0] as string;
    const revisions = await call('releases.history', { ref, ...languageOption(values) });
    io.stdout(values.json ? json(revisions) : historyTable(ref, revisions));
  },

  async diff({ args, call, io }) {
    const { values, positionals } = parse(args, { lang: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit diff CP124-2019 --from 2 --to current');
    const [from, to] = [revisionPoint(values.from), revisionPoint(values.to)];
    const diff = await call('releases.diff', { ref: positionals[0] as string, ...languageOption(values), ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
    io.stdout(values.json ? json(diff) : diffText(diff));
  },

  async 'restore-revision'({ args, call, io }) {
    const { values, positionals } = parse(args, { lang: { type: 'string' }, json: { type: 'boolean' } });
    expectCount(positionals, 2, 'a reference and a revision, e.g. presskit restore-revision CP124-2019 2');
    const [ref, typed] = positionals as [string, string];
    const n = revisionPoint(typed);
    if (typeof n !== 'number') throw new UserError('review.badRevision', { value: typed }, 'usage');
    const language = languageOption(values);
    const release = await call('releases.restoreRevision', { ref, n, ...language });
    const latest = (await call('releases.history', { ref, ...language })).at(-1);
    io.stdout(values.json ? json(release) : `Restored revision ${n} of ${release.ref} as revision ${latest?.n ?? ''} (${release.status}).\n`);
  },

  async edit({ args, call, io }) {
    const { values, positionals } = parse(args, EDIT_OPTIONS);
    expectCount(positionals, 1, 'one reference, e.g. presskit edit CP124-2019 --title "…"');
    const release = await call('releases.get', { ref: positionals[0] as string, ...languageOption(values) });
    const officeZone = async () => (await call('settings.get', {})).timeZone;
    const edited = await call('releases.update', { id: release.id, changes: await editChanges(values, release, officeZone) });
    io.stdout(values.json ? json(edited) : `Saved ${edited.ref}${edited.ref === release.ref ? '' : ` (was ${release.ref})`}.\n`);
  },

  async new({ args, call, io }) {
    const { values, positionals } = parse(args, { title: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
    expectCount(positionals, 0, 'only options, e.g. presskit new --title "…" --lang fr');
    // An untitled release made here would stay provisional and empty: nothing leaves the command to discard it.
    if (typeof values.title !== 'string' || values.title.trim() === '') throw new UserError('cli.newNeedsTitle', undefined, 'usage');
    const created = await call('releases.create', { title: values.title, ...languageOption(values) });
    io.stdout(values.json ? json(created) : `Created ${created.ref} (${created.language}).\n`);
  },

  async delete({ args, call, io }) {
    const { values, positionals } = parse(args, { lang: { type: 'string' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit delete CP124-2019');
    const language = languageOption(values);
    const release = await call('releases.delete', { ref: positionals[0] as string, ...language });
    io.stdout(language.language ? `Deleted ${release.ref} (${release.language}).\n` : `Deleted ${release.ref}.\n`);
  },

  async translate({ args, call, io }) {
    const { values, positionals } = parse(args, { to: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
    expectCount(positionals, 1, 'one reference, e.g. presskit translate CP124-2019 --to en');
    const to = Language.safeParse(values.to);
    if (!to.success) throw new UserError('translation.cliTo', undefined, 'usage');
    const source = await call('releases.get', { ref: positionals[0] as string, ...languageOption(values) });
    const translation = await call('releases.translate', { id: source.id, language: to.data });
    io.stdout(values.json ? json(translation) : `Created the ${translation.language} version of ${translation.ref}, marked untranslated until each block is edited.\n`);
  },

  async contacts({ args, call, io }) {
    const [sub, ...rest] = args;
    if (sub !== 'list') throw new UserError('cli.contactsUsage', undefined, 'usage');
    const { values } = parse(rest, { json: { type: 'boolean' } });
    const contacts = await call('contacts.list', {});
    io.stdout(values.json ? contactsJson(contacts) : contactsTable(contacts));
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
      const { values, positionals } = parse(rest, {
        ...KIT_OPTIONS,
        release: { type: 'string', multiple: true },
        lang: { type: 'string' },
        'allow-untranslated': { type: 'boolean' },
      });
      expectCount(positionals, 1, 'one kit name, e.g. presskit kit create "MAKS 2019" --release CP124-2019 --from 2019-08-27 --to 2019-09-01');
      const refs = (values.release as string[] | undefined) ?? [];
      if (refs.length === 0) throw new UserError('cli.kitNeedsRelease', undefined, 'usage');
      const created = await call('kits.create', { name: positionals[0] as string, refs, ...languageOption(values), event: eventOption(values), repeat: repeatOption(values), ...allowUntranslated(values) });
      const kit = values.photos === true ? await call('kits.update', { id: created.id, changes: { items: withPhotosPage(created.items) } }) : created;
      io.stdout(values.json ? json(kit) : `Created the kit « ${kit.name} » with ${kit.items.length} items.\n`);
      return;
    }
    if (sub === 'edit') {
      const { values, positionals } = parse(rest, KIT_EDIT_OPTIONS);
      expectCount(positionals, 1, 'one kit name, e.g. presskit kit edit "MAKS 2019" --from 2019-08-27 --to 2019-09-01');
      const kit = await kitByName(call, positionals[0] as string);
      const edited = await call('kits.update', { id: kit.id, changes: kitChanges(values, kit) });
      io.stdout(values.json ? json(edited) : `Saved the kit « ${edited.name} ».\n`);
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
      const { values, positionals } = parse(rest, { ...DOCUMENT_OPTIONS, lang: { type: 'string' }, 'allow-untranslated': { type: 'boolean' } });
      expectCount(positionals, 1, 'one reference, e.g. presskit export release CP124-2019 --out cp124.pdf');
      const ref = positionals[0] as string;
      const address = { ref, ...languageOption(values), ...allowUntranslated(values) };
      const release = await call('releases.get', { ref, ...languageOption(values) });
      await exportPdf({ call, io, path }, values, 'cp124-2019.pdf', (jobId, options) => call('export.release', { ...address, options, ...watermark(values), jobId }), () => releaseWarnings(call, release));
      return;
    }
    if (what === 'kit') {
      const { values, positionals } = parse(rest, { ...DOCUMENT_OPTIONS, 'allow-untranslated': { type: 'boolean' } });
      expectCount(positionals, 1, 'one kit name, e.g. presskit export kit "MAKS 2019" --out maks-2019.pdf');
      const id = await kitIdByName(call, positionals[0] as string);
      await exportPdf({ call, io, path }, values, 'maks-2019.pdf', (jobId, options) => call('export.kit', { id, options, ...watermark(values), jobId, ...allowUntranslated(values) }), () => kitWarnings(call, id));
      return;
    }
    if (what === 'pack') {
      const { values, positionals } = parse(rest, { out: { type: 'string' }, kit: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } });
      const kit = typeof values.kit === 'string' ? values.kit : undefined;
      expectCount(positionals, kit === undefined ? 1 : 0, 'one reference, e.g. presskit export pack CP124-2019 --out cp124.zip, or --kit NAME');
      const out = requireOut(values.out, kit === undefined ? 'cp124-2019.zip' : 'maks-2019.zip');
      const id = kit === undefined ? undefined : await kitIdByName(call, kit);
      const pack = await withProgress({ call, io }, (jobId) => (id === undefined ? call('pack.release', { ref: positionals[0] as string, ...languageOption(values), jobId }) : call('pack.kit', { id, jobId })));
      await writeExportFile(path(out), pack.bytes);
      io.stdout(values.json ? json({ out, bytes: pack.bytes.byteLength, files: pack.files }) : `Saved the journalist pack (${pack.files.length} files) to ${out}.\n`);
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
      const { values, positionals } = parse(rest, { out: { type: 'string' }, contact: { type: 'string', multiple: true }, vcard: { type: 'string' }, lang: { type: 'string' } });
      expectCount(positionals, 0, 'only --out FILE.vcf, --contact EMAIL, --vcard 3|4 and --lang fr|en|ru');
      const out = requireOut(values.out, 'contacts.vcf');
      const emails = values.contact as string[] | undefined;
      const version = vCardVersion(values.vcard as string | undefined);
      const { text, count } = await call('export.vcard', { ...(emails ? { emails } : {}), ...(version ? { version } : {}), ...languageOption(values) });
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

/** How many of the unknown words a warning names; `presskit spell` lists them all. */
const NAMED_WORDS = 12;

/**
 * What an export of the release should tell before printing it: the photos without alt text, and the
 * words its dictionary does not know (a check, not a lock: the PDF is still written).
 */
async function releaseWarnings(call: Call, release: Output<'releases.get'>): Promise<ExportWarning[]> {
  const warnings: ExportWarning[] = [];
  const missing = figuresWithoutAlt(release.body);
  if (missing.length > 0) {
    const params = { ref: release.ref, figures: missing.map((figure) => figure.number).join(', ') };
    warnings.push({ code: 'media.missingAlt', params, message: inEnglish('media.missingAlt', params) });
  }
  // A check, not a lock: should the dictionary fail to load, the PDF still goes out, unchecked.
  const { unknown } = await call('spell.release', { ref: release.ref, language: release.language, suggest: false }).catch(() => ({ unknown: [] }));
  const words = namedWords(unknown);
  if (words.count > 0) {
    const params = { ref: release.ref, ...words };
    warnings.push({ code: 'spelling.unknownWords', params, message: inEnglish('spelling.unknownWords', params) });
  }
  return warnings;
}

/** What a kit's export should tell: the words each of its releases' dictionaries does not know, release by release (never a lock). */
async function kitWarnings(call: Call, id: string): Promise<ExportWarning[]> {
  const found = await call('spell.kit', { id }).catch(() => []);
  return found.map(({ ref, language, title, unknown }) => {
    const params = { ref, language, title, ...namedWords(unknown) };
    return { code: 'spelling.kitUnknownWords', params, message: inEnglish('spelling.kitUnknownWords', params) };
  });
}

/** The unknown words of a check, each once, the first ones named. */
function namedWords(unknown: readonly { word: string }[]): { count: number; words: string } {
  const words = [...new Set(unknown.map((spot) => spot.word))];
  return { count: words.length, words: words.slice(0, NAMED_WORDS).join(', ') + (words.length > NAMED_WORDS ? ', …' : '') };
}

const PDF_OPTIONS = {
  out: { type: 'string' },
  paper: { type: 'string' },
  bleed: { type: 'string' },
  'crop-marks': { type: 'boolean' },
  report: { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** A release or a kit prints the draft watermark unless approved; `--no-watermark` leaves it off. */
const DOCUMENT_OPTIONS = { ...PDF_OPTIONS, 'no-watermark': { type: 'boolean' } } as const;

function watermark(values: Parsed['values']): { watermark?: false } {
  return values['no-watermark'] ? { watermark: false } : {};
}

async function kitByName(call: Call, name: string): Promise<Kit> {
  const kits = await call('kits.list', {});
  const kit = kits.find((k) => foldKey(k.name) === foldKey(name));
  if (!kit) throw new UserError('cli.noKit', { name }, 'not-found');
  return kit;
}

async function kitIdByName(call: Call, name: string): Promise<string> {
  return (await kitByName(call, name)).id;
}

/** Runs a long export under a job id, drawing its progress on a terminal (polled: the work runs in a worker thread). */
async function withProgress<T>({ call, io }: Pick<Context, 'call' | 'io'>, run: (jobId: string) => Promise<T>): Promise<T> {
  const jobId = randomUUID();
  const bar = progressBar(io.progress);
  const poll = setInterval(() => {
    call('export.progress', { jobId }).then((progress) => progress && bar.update(progress), () => undefined);
  }, 100);
  try {
    return await run(jobId);
  } finally {
    clearInterval(poll);
    bar.finish();
  }
}

/**
 * Runs one PDF export under a job id, drawing its progress on a terminal (polled from the job, which the
 * typesetting lets through as it yields to the event loop), then writes the file and says what was saved,
 * or prints the layout report.
 */
async function exportPdf(
  { call, io, path }: Pick<Context, 'call' | 'io' | 'path'>,
  values: Parsed['values'],
  example: string,
  run: (jobId: string, options: Partial<OutputOptions>) => Promise<Output<'export.kit'>>,
  /** Checks of what is exported (photos without alt text, unknown words), made once the options are valid; joined to the export's own warnings. */
  before: () => Promise<ExportWarning[]> = async () => [],
): Promise<void> {
  const out = requireOut(values.out, example);
  const options = outputOptions(values);
  const started = performance.now();
  // The checks run beside the export, not before it: the spelling worker loads its dictionary on the other
  // core while this thread sets the pages (a cold `export release` waited ~300 ms for it). Both are
  // awaited even when the export is refused: closing the app under a check still running fails it aloud.
  const [checks, exported] = await Promise.allSettled([before(), withProgress({ call, io }, (jobId) => run(jobId, options))]);
  if (exported.status === 'rejected') throw exported.reason;
  if (checks.status === 'rejected') throw checks.reason;
  const { bytes, report } = exported.value;
  const warnings = [...checks.value, ...exported.value.warnings];
  await writeExportFile(path(out), bytes);
  const ms = Math.round(performance.now() - started);
  const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  // Warned on stderr even with --json, where the same warnings are a field too.
  for (const warning of warnings) io.stderr(`presskit: ${warning.message}\n`);
  if (values.report) io.stdout(json({ ...report, bytes: bytes.byteLength, ms, peakRssMb, warnings }));
  else if (values.json) io.stdout(json({ file: out, pages: report.pages, bytes: bytes.byteLength, warnings }));
  else io.stdout(`Saved ${report.pages} pages to ${out}.\n`);
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
      ...(io.spellWorker ? { spellWorker: io.spellWorker } : {}),
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
      // A clash the command can get past with its own option: the sentence, then how.
      if (error.detail.code === 'import.clash') io.stderr(`presskit: ${inEnglish('import.onClashHint')}\n`);
      return EXIT[error.kind];
    }
    io.stderr(`presskit: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
