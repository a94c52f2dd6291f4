import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_IMPORT_FILES, events, type Api } from '../../../main/api/contract';
import { openApp } from '../../../main/api/app';
import { dispatch } from '../../../main/api/dispatch';
import { UserError } from '../../../main/core/errors';
import {
  defaultBundleName,
  exportBundle,
  fileKind,
  MAX_OPEN_BYTES,
  openFiles,
  type Caller,
  type FileSystem,
  type StudioImport,
} from '../../../main/electron/file-actions';
import { diskFiles } from '../../../main/electron/disk-files';
import { communiqueWithFigures } from '../../helpers/cli';
import { jpegPhoto } from '../../helpers/photos';

const bytes = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** Real dispatch (validation included) over an API whose handlers the test provides. */
function callerFor(handlers: Partial<Api>): Caller {
  const missing = async () => {
    throw new Error('not part of this test');
  };
  const api = { ...Object.fromEntries(CHANNELS.map((channel) => [channel, missing])), ...handlers } as Api;
  return ((channel: (typeof CHANNELS)[number], input: unknown) => dispatch(api, channel, input)) as Caller;
}

function disk(files: Record<string, string>, sizes: Record<string, number> = {}): FileSystem & { reads: string[] } {
  const reads: string[] = [];
  const missing = (path: string) => Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
  return {
    reads,
    size: async (path) => {
      if (!(path in files)) throw missing(path);
      return sizes[path] ?? (files[path] ?? '').length;
    },
    read: async (path) => {
      reads.push(path);
      const text = files[path];
      if (text === undefined) throw missing(path);
      return bytes(text);
    },
    // These communiqués show no pictures; the real reading of a folder is tested on disk below.
    neighbours: async () => [],
  };
}

describe('fileKind', () => {
  it('tells communiqués from bundles by their full suffix', () => {
    expect(fileKind('/home/press/CP124.fr.md')).toBe('communique');
    expect(fileKind('C:\\Presse\\CP124.DOCX')).toBe('communique');
    expect(fileKind('notes.txt')).toBe('communique');
    expect(fileKind('archive-2019.presskit.json')).toBe('bundle');
    expect(fileKind('package.json')).toBeNull();
    expect(fileKind('photo.png')).toBeNull();
  });
});

/** What main handed the studio to import, each request as the studio's listener receives it. */
function studio(): { importInStudio: (files: StudioImport) => Promise<void>; sent: StudioImport[] } {
  const sent: StudioImport[] = [];
  return {
    sent,
    importInStudio: async (files) => {
      sent.push(events['import.files'].parse({ files }).files);
    },
  };
}

describe('openFiles', () => {
  it('hands the communiqués to the studio, and imports shared bundles in one call that says which references they got', async () => {
    const importReleases = vi.fn(async () => ({ refs: ['CP124-2019', 'CP125-2019'], contactsAdded: 1, contactsMerged: 0 }));
    const files = disk({ '/in/a.md': '# A', '/in/b.docx': 'PK', '/in/shared.presskit.json': '{}' });
    const confirmRestore = vi.fn(async () => true);
    const { importInStudio, sent } = studio();
    const outcome = await openFiles(['/in/a.md', '/in/shared.presskit.json', '/in/b.docx'], { call: callerFor({ 'releases.import': importReleases }), importInStudio, language: 'en', files, confirmRestore });
    expect(sent).toEqual([[{ name: 'a.md', bytes: bytes('# A') }, { name: 'b.docx', bytes: bytes('PK') }]]);
    expect(importReleases).toHaveBeenCalledTimes(1);
    expect(importReleases).toHaveBeenCalledWith({ files: [{ name: 'shared.presskit.json', bytes: bytes('{}') }] });
    expect(outcome).toEqual({ changed: true, done: ['Imported 2 releases: CP124-2019, CP125-2019.'], failed: [] });
    expect(confirmRestore).not.toHaveBeenCalled();
  });

  it('leaves the communiqués’ outcome to the studio, and hands them over in requests of at most MAX_IMPORT_FILES', async () => {
    const names = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, index) => `/in/cp${index}.md`);
    const { importInStudio, sent } = studio();
    const importReleases = vi.fn();
    const outcome = await openFiles(names, { call: callerFor({ 'releases.import': importReleases }), importInStudio, language: 'en', files: disk(Object.fromEntries(names.map((name) => [name, '# A']))), confirmRestore: async () => true });
    expect(sent.map((request) => request.length)).toEqual([MAX_IMPORT_FILES, 1]);
    expect(sent.flat().map((file) => file.name)).toEqual(names.map((name) => name.slice('/in/'.length)));
    expect(importReleases).not.toHaveBeenCalled();
    expect(outcome).toEqual({ changed: false, done: [], failed: [] });
  });

  it("reports the handler's sentence when a bundle's import fails, and changes nothing", async () => {
    const outcome = await openFiles(['/in/shared.presskit.json'], {
      call: callerFor({
        'releases.import': async () => {
          throw new UserError('release.refTaken', { ref: 'CP124-2019' }, 'conflict');
        },
      }),
      ...studio(),
      language: 'en',
      files: disk({ '/in/shared.presskit.json': '{}' }),
      confirmRestore: async () => true,
    });
    expect(outcome).toEqual({ changed: false, done: [], failed: ['A release with reference CP124-2019 is already in the archive: choose another reference.'] });
  });

  it('refuses unknown kinds, missing files and oversized files without reading them', async () => {
    const files = disk({ '/in/ok.txt': 'text', '/in/huge.md': 'x' }, { '/in/huge.md': MAX_OPEN_BYTES + 1 });
    const { importInStudio, sent } = studio();
    const outcome = await openFiles(['/in/photo.png', '/in/gone.md', '/in/huge.md', '/in/ok.txt'], {
      call: callerFor({}),
      importInStudio,
      language: 'en',
      files,
      confirmRestore: async () => true,
    });
    expect(files.reads).toEqual(['/in/ok.txt']);
    expect(sent).toEqual([[{ name: 'ok.txt', bytes: bytes('text') }]]);
    expect(outcome.failed).toEqual([
      '« photo.png » is neither a communiqué (.md, .txt, .docx) nor a PressKit bundle (.presskit.json).',
      '« gone.md » was not found.',
      '« huge.md » is too large to be a communiqué or a PressKit bundle.',
    ]);
    expect(outcome.changed).toBe(false);
  });

  it('restores a bundle only after the user confirms', async () => {
    const restore = vi.fn(async () => ({ releases: 3, contacts: 1, kits: 0, images: 1 }));
    const deps = (answer: boolean) => ({
      call: callerFor({ 'bundle.restore': restore }),
      ...studio(),
      language: 'en' as const,
      files: disk({ '/in/archive.presskit.json': '{}' }),
      confirmRestore: vi.fn(async () => answer),
    });
    const declined = deps(false);
    expect(await openFiles(['/in/archive.presskit.json'], declined, 'restore')).toEqual({ changed: false, done: [], failed: [] });
    expect(declined.confirmRestore).toHaveBeenCalledWith('archive.presskit.json');
    expect(declined.files.reads).toEqual([]);
    expect(restore).not.toHaveBeenCalled();

    const accepted = deps(true);
    expect(await openFiles(['/in/archive.presskit.json', '/in/a.md'], accepted, 'restore')).toEqual({
      changed: true,
      done: ['Restored « archive.presskit.json »: 3 releases, 1 contact, 0 kits.'],
      failed: ['« a.md » is not a PressKit bundle (.presskit.json).'],
    });
    expect(restore).toHaveBeenCalledWith({ bytes: bytes('{}') });
  });
});

describe('exportBundle', () => {
  const counts = { releases: 2, contacts: 1, kits: 1, images: 0 };
  const call = callerFor({ 'bundle.export': async () => ({ bytes: bytes('{"format":"presskit-bundle"}'), counts }) });

  it('names the default file after the day', () => {
    expect(defaultBundleName(new Date('2026-11-25T10:00:00Z'))).toBe('presskit-2026-11-25.presskit.json');
  });

  it('writes the bundle where the user chose, with the bundle suffix', async () => {
    const write = vi.fn(async () => undefined);
    const chooseDestination = vi.fn(async () => '/home/press/archive.json');
    const outcome = await exportBundle({ call, language: 'en', chooseDestination, write }, new Date('2026-11-25T10:00:00Z'));
    expect(chooseDestination).toHaveBeenCalledWith('presskit-2026-11-25.presskit.json');
    expect(write).toHaveBeenCalledWith('/home/press/archive.presskit.json', bytes('{"format":"presskit-bundle"}'));
    expect(outcome).toEqual({ changed: false, done: ['Saved « archive.presskit.json »: 2 releases, 1 contact, 1 kit.'], failed: [] });
  });

  it('does nothing when the user cancels', async () => {
    const write = vi.fn(async () => undefined);
    expect(await exportBundle({ call, language: 'en', chooseDestination: async () => null, write }, new Date())).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });
});

describe('the outcome in the interface’s language', () => {
  const importing = (refs: string[]) => callerFor({ 'releases.import': async () => ({ refs, contactsAdded: 0, contactsMerged: 0 }) });
  const deps = (call: Caller, language: 'fr' | 'en', files = disk({ '/in/a.md': '# A', '/in/archive.presskit.json': '{}' })) => ({
    call,
    ...studio(),
    language,
    files,
    confirmRestore: async () => true,
  });

  it('counts imported releases with French plurals: 0 and 1 are singular', async () => {
    const bundle = '/in/archive.presskit.json';
    expect((await openFiles([bundle], deps(importing(['CP1-2020']), 'fr'))).done).toEqual(['1 communiqué importé\u00a0: CP1-2020.']);
    expect((await openFiles([bundle], deps(importing(['CP1-2020', 'CP2-2020']), 'fr'))).done).toEqual([
      '2 communiqués importés\u00a0: CP1-2020, CP2-2020.',
    ]);
    expect((await openFiles([bundle], deps(importing(['CP1-2020']), 'en'))).done).toEqual(['Imported 1 release: CP1-2020.']);
  });

  it('says what a restore brought in, in French', async () => {
    const restore = callerFor({ 'bundle.restore': async () => ({ releases: 0, contacts: 1, kits: 2, images: 0 }) });
    expect(await openFiles(['/in/archive.presskit.json', '/in/a.md'], deps(restore, 'fr'), 'restore')).toEqual({
      changed: true,
      done: ['Fichier «\u202farchive.presskit.json\u202f» restauré\u00a0: 0 communiqué, 1 contact, 2 dossiers de presse.'],
      failed: ['«\u202fa.md\u202f» n’est pas un fichier PressKit (.presskit.json).'],
    });
    expect((await openFiles(['/in/archive.presskit.json'], deps(restore, 'en'), 'restore')).done).toEqual(['Restored « archive.presskit.json »: 0 releases, 1 contact, 2 kits.']);
  });

  it('words refused files in French', async () => {
    const files = disk({ '/in/ok.txt': 'text', '/in/huge.md': 'x' }, { '/in/huge.md': MAX_OPEN_BYTES + 1 });
    const outcome = await openFiles(['/in/photo.png', '/in/gone.md', '/in/huge.md', '/in/ok.txt'], deps(importing(['CP1-2020']), 'fr', files));
    expect(outcome.failed).toEqual([
      '«\u202fphoto.png\u202f» n’est ni un communiqué (.md, .txt, .docx) ni un fichier PressKit (.presskit.json).',
      '«\u202fgone.md\u202f» est introuvable.',
      '«\u202fhuge.md\u202f» est trop volumineux pour être un communiqué ou un fichier PressKit.',
    ]);
  });

  it('words main’s refusals in the shell’s language', async () => {
    const refusing = (error: UserError) =>
      callerFor({
        'releases.import': async () => {
          throw error;
        },
      });
    const taken = new UserError('release.refTaken', { ref: 'CP124-2019' }, 'conflict');
    expect((await openFiles(['/in/archive.presskit.json'], deps(refusing(taken), 'fr'))).failed).toEqual([
      'Un communiqué de référence CP124-2019 existe déjà dans les archives\u00a0: choisissez une autre référence.',
    ]);
    expect((await openFiles(['/in/archive.presskit.json'], deps(refusing(taken), 'en'))).failed).toEqual(['A release with reference CP124-2019 is already in the archive: choose another reference.']);
  });

  it('says what an export saved, in French, and why a write failed', async () => {
    const call = callerFor({ 'bundle.export': async () => ({ bytes: bytes('{}'), counts: { releases: 1, contacts: 0, kits: 1, images: 0 } }) });
    const chooseDestination = async () => '/home/press/archive.presskit.json';
    expect(await exportBundle({ call, language: 'fr', chooseDestination, write: async () => undefined }, new Date())).toEqual({
      changed: false,
      done: ['Fichier «\u202farchive.presskit.json\u202f» enregistré\u00a0: 1 communiqué, 0 contact, 1 dossier de presse.'],
      failed: [],
    });
    const denied = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect((await exportBundle({ call, language: 'fr', chooseDestination, write: denied }, new Date()))?.failed).toEqual([
      'L’accès à «\u202farchive.presskit.json\u202f» a été refusé.',
    ]);
  });
});

describe('the files read from disk', () => {
  it('refuses a pipe or a folder in a sentence of the interface, instead of waiting for a writer for ever', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presskit-open-'));
    try {
      const fifo = join(dir, 'archive.presskit.json');
      execFileSync('mkfifo', [fifo]);
      const restore = vi.fn();
      const outcome = await openFiles([fifo], { call: callerFor({ 'bundle.restore': restore }), ...studio(), language: 'fr', files: diskFiles, confirmRestore: async () => true }, 'restore');
      expect(outcome).toEqual({ changed: false, done: [], failed: [`${fifo} n’est pas un fichier ordinaire (c’est un périphérique, un tube ou une socket)\u202f; choisissez un fichier.`] });
      expect(restore).not.toHaveBeenCalled();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a markdown communiqué opened from disk', () => {
  it('is handed to the studio with the pictures it shows from its folder, and a picture outside that folder refuses it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'presskit-open-'));
    const app = await openApp({ dataDir: join(dir, 'data') });
    try {
      const photo = await jpegPhoto({ width: 40, height: 30 });
      mkdirSync(join(dir, 'in', 'photos'), { recursive: true });
      writeFileSync(join(dir, 'in', 'photos', 'sat.jpg'), photo);
      writeFileSync(join(dir, 'outside.jpg'), photo);
      writeFileSync(join(dir, 'in', 'cp.md'), communiqueWithFigures('![Le satellite](photos/sat.jpg "Le satellite à Kourou")'));
      writeFileSync(join(dir, 'in', 'out.md'), communiqueWithFigures('![Ailleurs](../outside.jpg)'));
      const { importInStudio, sent } = studio();
      const deps = { call: ((channel, input) => dispatch(app.api, channel, input)) as Caller, importInStudio, language: 'en' as const, files: diskFiles, confirmRestore: async () => true };

      // Nothing is read from outside the communiqué's folder: the studio's import then refuses the file, naming the picture.
      expect(await openFiles([join(dir, 'in', 'out.md')], deps)).toEqual({ changed: false, done: [], failed: [] });
      const [outside] = sent.splice(0) as [StudioImport];
      expect(outside.map(({ name, images }) => ({ name, images }))).toEqual([{ name: 'out.md', images: undefined }]);
      await expect(app.api['releases.import']({ files: outside })).rejects.toThrow('../outside.jpg');

      expect(await openFiles([join(dir, 'in', 'cp.md')], deps)).toEqual({ changed: false, done: [], failed: [] });
      const [request] = sent as [StudioImport];
      expect(request.map(({ name, images }) => ({ name, images: images?.map((image) => image.path) }))).toEqual([{ name: 'cp.md', images: ['photos/sat.jpg'] }]);
      // What the studio then asks main for files the release with its figure.
      expect((await app.api['releases.import']({ files: request })).refs).toEqual(['CP124-2019']);
      const release = await app.api['releases.get']({ ref: 'CP124-2019' });
      const figure = release.body.find((block) => block.type === 'figure');
      expect(figure).toMatchObject({ alt: 'Le satellite', caption: 'Le satellite à Kourou' });
      const stored = await app.api['images.get']({ name: (figure as { image: string }).image });
      expect(Buffer.from(stored.bytes)).toEqual(Buffer.from(photo));
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
