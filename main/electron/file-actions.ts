/**
 * What the File menu (and files opened with the app) do: import communiqués (handed to the studio, which
 * imports them as it imports a drop) and bundles (a colleague's bundle is added to the archive), restore a
 * bundle after confirmation (it replaces the archive), export a bundle. Files are read here, in main; the
 * renderer never sees a path. Every call goes through `dispatch`, like the renderer's.
 */
import { basename } from 'node:path';
import { MAX_IMPORT_FILES, type Channel, type Envelope, type EventPayload, type Input, type Output } from '../api/contract';
import { isUserError } from '../core/errors';
import { sayInLanguage } from '../core/wording';
import { shellWords, type ShellWords, type UiLanguage } from './i18n';

export type Caller = <C extends Channel>(channel: C, input: Input<C>) => Promise<Envelope<Output<C>>>;

export const COMMUNIQUE_EXTENSIONS = ['.md', '.txt', '.docx'] as const;
export const BUNDLE_SUFFIX = '.presskit.json';

/** Larger files are refused before being read: no communiqué or bundle comes near this. */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

export type FileKind = 'communique' | 'bundle';

export function fileKind(path: string): FileKind | null {
  const name = basename(path).toLowerCase();
  if (name.endsWith(BUNDLE_SUFFIX)) return 'bundle';
  return COMMUNIQUE_EXTENSIONS.some((extension) => name.endsWith(extension)) ? 'communique' : null;
}

export interface FileSystem {
  size(path: string): Promise<number>;
  read(path: string): Promise<Uint8Array<ArrayBuffer>>;
  /** The pictures a markdown communiqué at `path` shows, read from its folder and never from outside it. */
  neighbours(path: string, communique: { name: string; bytes: Uint8Array }): Promise<{ path: string; bytes: Uint8Array }[]>;
}

/** Communiqués read for the studio to import, each with the pictures it shows. */
export type StudioImport = EventPayload<'import.files'>['files'];

export interface OpenFilesDeps {
  call: Caller;
  /** Hands communiqués (at most MAX_IMPORT_FILES) to the studio, which asks about each clash and says what came in. */
  importInStudio(files: StudioImport): Promise<void>;
  /** The interface's language, for the sentences of the outcome. */
  language: UiLanguage;
  files: FileSystem;
  /** Asked before a bundle replaces the archive. */
  confirmRestore(fileName: string): Promise<boolean>;
}

/** What happened, for one message box: sentences for the user, and whether the archive changed. */
export interface Outcome {
  changed: boolean;
  done: string[];
  failed: string[];
}

/** A file refused before it is read; `reason` words it in the interface's language. */
class TooLarge extends Error {}

async function readFile(path: string, files: FileSystem): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }> {
  const name = basename(path);
  if ((await files.size(path)) > MAX_OPEN_BYTES) throw new TooLarge(name);
  return { name, bytes: await files.read(path) };
}

function reason(error: unknown, path: string, words: ShellWords, language: UiLanguage): string {
  const name = basename(path);
  if (error instanceof TooLarge) return words.tooLarge(name);
  if (isUserError(error)) return sayInLanguage(error.message, error.detail, language);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return words.notFound(name);
  if (code === 'EACCES' || code === 'EPERM') return words.notPermitted(name);
  return error instanceof Error ? error.message : String(error);
}

async function importFiles(paths: string[], deps: OpenFilesDeps, words: ShellWords, outcome: Outcome): Promise<void> {
  const communiques: StudioImport = [];
  const bundles: Input<'releases.import'>['files'] = [];
  for (const path of paths) {
    try {
      const file = await readFile(path, deps.files);
      if (fileKind(path) === 'bundle') {
        bundles.push(file);
        continue;
      }
      // The path is known here, as on the command line: a markdown communiqué comes with its pictures.
      const images = await deps.files.neighbours(path, file);
      communiques.push(images.length > 0 ? { ...file, images } : file);
    } catch (error) {
      outcome.failed.push(reason(error, path, words, deps.language));
    }
  }
  for (let at = 0; at < communiques.length; at += MAX_IMPORT_FILES) await deps.importInStudio(communiques.slice(at, at + MAX_IMPORT_FILES));
  if (bundles.length === 0) return;
  const result = await deps.call('releases.import', { files: bundles });
  if (!result.ok) {
    outcome.failed.push(sayInLanguage(result.error.message, result.error, deps.language));
    return;
  }
  outcome.changed = true;
  outcome.done.push(words.imported(result.value.refs));
}

async function restoreBundle(path: string, deps: OpenFilesDeps, words: ShellWords, outcome: Outcome): Promise<void> {
  if (!(await deps.confirmRestore(basename(path)))) return;
  let file: { name: string; bytes: Uint8Array<ArrayBuffer> };
  try {
    file = await readFile(path, deps.files);
  } catch (error) {
    outcome.failed.push(reason(error, path, words, deps.language));
    return;
  }
  const result = await deps.call('bundle.restore', { bytes: file.bytes });
  if (!result.ok) {
    outcome.failed.push(sayInLanguage(result.error.message, result.error, deps.language));
    return;
  }
  outcome.changed = true;
  outcome.done.push(words.restored(file.name, result.value));
}

/**
 * Import (File › Import…, files opened with the app): communiqués to the studio, bundles in one
 * all-or-nothing call. Restore (File › Restore from Bundle…): each bundle the user confirms replaces the archive.
 */
export async function openFiles(paths: readonly string[], deps: OpenFilesDeps, mode: 'import' | 'restore' = 'import'): Promise<Outcome> {
  const words = shellWords(deps.language);
  const outcome: Outcome = { changed: false, done: [], failed: [] };
  const accepted: string[] = [];
  for (const path of paths) {
    const kind = fileKind(path);
    if (kind === 'bundle' || (kind === 'communique' && mode === 'import')) accepted.push(path);
    else if (mode === 'restore') outcome.failed.push(words.notBundle(basename(path), BUNDLE_SUFFIX));
    else outcome.failed.push(words.notOpenable(basename(path), COMMUNIQUE_EXTENSIONS, BUNDLE_SUFFIX));
  }
  if (mode === 'import') await importFiles(accepted, deps, words, outcome);
  else for (const bundle of accepted) await restoreBundle(bundle, deps, words, outcome);
  return outcome;
}

export interface ExportDeps {
  call: Caller;
  language: UiLanguage;
  chooseDestination(defaultName: string): Promise<string | null>;
  write(path: string, bytes: Uint8Array): Promise<void>;
}

/** A file name for today's bundle, e.g. presskit-2026-11-25.presskit.json. */
export function defaultBundleName(today: Date): string {
  return `presskit-${today.toISOString().slice(0, 10)}${BUNDLE_SUFFIX}`;
}

/** Exports the whole archive as a bundle where the user chooses; null when they cancel. */
export async function exportBundle(deps: ExportDeps, today: Date): Promise<Outcome | null> {
  const destination = await deps.chooseDestination(defaultBundleName(today));
  if (!destination) return null;
  const path = destination.toLowerCase().endsWith(BUNDLE_SUFFIX) ? destination : `${destination.replace(/\.json$/i, '')}${BUNDLE_SUFFIX}`;
  const words = shellWords(deps.language);
  const result = await deps.call('bundle.export', {});
  if (!result.ok) return { changed: false, done: [], failed: [sayInLanguage(result.error.message, result.error, deps.language)] };
  try {
    await deps.write(path, result.value.bytes);
  } catch (error) {
    return { changed: false, done: [], failed: [reason(error, path, words, deps.language)] };
  }
  return { changed: false, done: [words.saved(basename(path), result.value.counts)], failed: [] };
}
