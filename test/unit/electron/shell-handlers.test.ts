import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { PRINT_READY_TIMEOUT_MS } from '../../../main/electron/print-pdf';
import { guardWebContents } from '../../../main/electron/security';
import { electronShell } from '../../../main/electron/shell-handlers';
import { en } from '../../../main/core/wording/en';
import { electron, FakeBrowserWindow, FakeSession } from './fake-electron';
import { LOCKED_DOWN_WEB_PREFERENCES } from './locked-down';
import { PATIENCE } from '../../setup/patience';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const pdf = new TextEncoder().encode('%PDF-1.7 test');

describe('saving and printing in the desktop app', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'presskit-save-'));
    electron.app.getPath.mockImplementation((name: string) => join(folder, name));
  });

  it('saves where the user chose, offering the file’s kind, and nothing when the dialog is cancelled', async () => {
    const shell = electronShell(() => null, () => 'en');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await shell['files.save']({ name: 'cp124.pdf', bytes: pdf })).toEqual({ saved: false, location: '' });

    const target = join(folder, 'chosen.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await shell['files.save']({ name: 'cp124.pdf', bytes: pdf })).toEqual({ saved: true, location: target });
    expect(readFileSync(target)).toEqual(Buffer.from(pdf));
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ defaultPath: join(folder, 'documents', 'cp124.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
  });

  it('names the bundle filter in the language the interface has when the dialog opens', async () => {
    let language: 'fr' | 'en' = 'fr';
    const shell = electronShell(() => null, () => language);
    await shell['files.save']({ name: 'archive.presskit.json', bytes: pdf });
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ filters: [{ name: 'Fichier PressKit', extensions: ['json'] }] }));
    language = 'en';
    await shell['files.save']({ name: 'archive.presskit.json', bytes: pdf });
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ filters: [{ name: 'PressKit bundle', extensions: ['json'] }] }));
  });

  it('refuses a folder that does not exist with a sentence, leaving nothing behind', async () => {
    const shell = electronShell(() => null, () => 'en');
    const target = join(folder, 'missing', 'kit.pdf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(shell['files.save']({ name: 'kit.pdf', bytes: pdf })).rejects.toThrow(/does not exist/);
    expect(existsSync(target)).toBe(false);
  });

});

describe('printing through the system print dialog', () => {
  let folder: string;
  let temp: string;
  let quiet: MockInstance<typeof console.warn>;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'presskit-print-test-'));
    temp = join(folder, 'temp');
    mkdirSync(temp);
    electron.app.getPath.mockImplementation((name: string) => join(folder, name));
    electron.shell.openPath.mockClear();
    // Each fallback says why on the console; the tests read the outcome instead.
    quiet = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    quiet.mockRestore();
    FakeBrowserWindow.loadError = null;
  });

  /** Starts printing `name` and returns the hidden window it opens. */
  async function startPrinting(name = 'kit.pdf') {
    const next = FakeBrowserWindow.next();
    const result = electronShell(() => null, () => 'en')['files.print']({ name, bytes: pdf });
    const window = await next;
    return { window, result, contents: window.webContents };
  }
  /** The private copies of PDFs being printed still on disk (the fallback's own folder aside). */
  const privateCopies = (): string[] => readdirSync(temp).filter((entry) => entry !== 'PressKit Studio');
  const fallbackFile = (n = 1): string => join(temp, 'PressKit Studio', `presskit-print-${n}.pdf`);

  it('uses a hidden window, sandboxed and isolated, without preload, with the PDF plugin, in a locked-down session of its own', async () => {
    const { window, result, contents } = await startPrinting();
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ ...LOCKED_DOWN_WEB_PREFERENCES, plugins: true });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    const { session } = window.options.webPreferences as { session: FakeSession };
    expect(session).toBeInstanceOf(FakeSession);
    expect(session).not.toBe(electron.session.defaultSession);
    const answer = vi.fn();
    session.permissionRequestHandler?.(...([{}, 'media', answer, {}] as never[]));
    expect(answer).toHaveBeenCalledWith(false);
    expect(session.permissionCheckHandler?.(...([null, 'clipboard-read', 'file://', {}] as never[]))).toBe(false);
    expect(session.listenerCount('will-download')).toBe(1);

    contents.showPdfViewer();
    await vi.waitFor(() => expect(contents.printRequests).toHaveLength(1), PATIENCE);
    contents.printRequests[0]?.callback(true, '');
    await result;
  });

  it('lets the PDF viewer build its frames in that window, and nothing navigate its main frame', async () => {
    const { result, contents } = await startPrinting();
    guardWebContents(contents as unknown as WebContents);
    const viewer = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html';
    expect(contents.attemptWith({ url: viewer, isMainFrame: false }, 'will-frame-navigate')).toBe(false);
    expect(contents.attemptWith({ url: viewer, isMainFrame: true }, 'will-frame-navigate')).toBe(true);
    expect(contents.attemptWith({ url: 'https://evil.example/', isMainFrame: false }, 'will-frame-navigate')).toBe(true);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);

    contents.showPdfViewer();
    await vi.waitFor(() => expect(contents.printRequests).toHaveLength(1), PATIENCE);
    contents.printRequests[0]?.callback(false, 'Print job canceled');
    await result;
  });

  it('asks to print only once the viewer shows the PDF, from a private copy removed afterwards with the window', async () => {
    const { window, result, contents } = await startPrinting();
    const [url] = window.loaded;
    expect(url).toMatch(/^file:\/\//);
    const file = fileURLToPath(url ?? '');
    expect(readFileSync(file)).toEqual(Buffer.from(pdf));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(privateCopies()).toHaveLength(1);

    // Loaded, but the viewer has not started: printing now would print an empty page.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(contents.printRequests).toEqual([]);
    contents.showPdfViewer();
    await vi.waitFor(() => expect(contents.printRequests).toHaveLength(1), PATIENCE);
    expect(contents.printRequests[0]?.options).toEqual({ silent: false, printBackground: true });
    // The dialog may stay open as long as the user likes.
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(window.destroyed).toBe(false);

    contents.printRequests[0]?.callback(true, '');
    expect(await result).toEqual({ opened: true, printDialog: 'printed' });
    expect(window.destroyed).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(privateCopies()).toEqual([]);
    expect(electron.shell.openPath).not.toHaveBeenCalled();
  });

  it('says so when the user cancels the dialog, opens nothing else and leaves no timer behind', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { window, result, contents } = await startPrinting();
    contents.showPdfViewer();
    await vi.advanceTimersByTimeAsync(100);
    expect(contents.printRequests).toHaveLength(1);
    contents.printRequests[0]?.callback(false, 'Print job canceled');
    expect(await result).toEqual({ opened: true, printDialog: 'cancelled' });
    expect(window.destroyed).toBe(true);
    expect(privateCopies()).toEqual([]);
    expect(electron.shell.openPath).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each(['Print job failed', 'No printers available on the network', 'Invalid printer settings'])(
    'opens the PDF in the system viewer when printing reports %j',
    async (failureReason) => {
      const { window, result, contents } = await startPrinting();
      contents.showPdfViewer();
      await vi.waitFor(() => expect(contents.printRequests).toHaveLength(1), PATIENCE);
      contents.printRequests[0]?.callback(false, failureReason);
      expect(await result).toEqual({ opened: true });
      expect(electron.shell.openPath).toHaveBeenCalledWith(fallbackFile());
      expect(readFileSync(fallbackFile())).toEqual(Buffer.from(pdf));
      expect(window.destroyed).toBe(true);
      expect(privateCopies()).toEqual([]);
    },
  );

  it('opens the PDF in the system viewer when the PDF does not load', async () => {
    FakeBrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND (-6) loading file:///…/kit.pdf');
    const { window, result, contents } = await startPrinting();
    expect(await result).toEqual({ opened: true });
    expect(contents.printRequests).toEqual([]);
    expect(electron.shell.openPath).toHaveBeenCalledWith(fallbackFile());
    expect(window.destroyed).toBe(true);
    expect(privateCopies()).toEqual([]);
  });

  it('opens the PDF in the system viewer when the viewer stops while the dialog is open', async () => {
    const { window, result, contents } = await startPrinting();
    contents.showPdfViewer();
    await vi.waitFor(() => expect(contents.printRequests).toHaveLength(1), PATIENCE);
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(await result).toEqual({ opened: true });
    expect(electron.shell.openPath).toHaveBeenCalledWith(fallbackFile());
    expect(window.destroyed).toBe(true);
    expect(privateCopies()).toEqual([]);
  });

  it('opens the PDF in the system viewer when the viewer never shows it in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { window, result, contents } = await startPrinting();
    await vi.advanceTimersByTimeAsync(PRINT_READY_TIMEOUT_MS - 100);
    expect(window.destroyed).toBe(false);
    expect(electron.shell.openPath).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(100);
    expect(await result).toEqual({ opened: true });
    expect(contents.printRequests).toEqual([]);
    expect(electron.shell.openPath).toHaveBeenCalledWith(fallbackFile());
    expect(window.destroyed).toBe(true);
    expect(privateCopies()).toEqual([]);
    // Nothing keeps polling a window that is gone.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refuses bytes that are not a PDF, whatever their name, with our sentence, and hands nothing to the system', async () => {
    FakeBrowserWindow.loadError = new Error('ERR_FAILED');
    const windows = FakeBrowserWindow.created.length;
    const print = electronShell(() => null, () => 'en')['files.print'];
    for (const bytes of [new TextEncoder().encode('MZ\x90\x00 a Windows program'), new TextEncoder().encode(' %PDF-1.7'), new TextEncoder().encode('%PDF'), new Uint8Array()]) {
      await expect(print({ name: 'update.exe', bytes })).rejects.toMatchObject({ kind: 'bad-input', message: en.print.notPdf, detail: { code: 'print.notPdf' } });
    }
    expect(FakeBrowserWindow.created).toHaveLength(windows);
    expect(electron.shell.openPath).not.toHaveBeenCalled();
    expect(readdirSync(temp)).toEqual([]);
  });

  it('never takes the renderer’s name for a path: the print and the viewer’s copy have names of the shell’s own', async () => {
    for (const [n, name] of ['update.exe', '..', 'kit.pdf'].entries()) {
      FakeBrowserWindow.loadError = new Error('ERR_FAILED');
      const { window, result } = await startPrinting(name);
      expect(window.loaded[0]).toMatch(/\/presskit-print-[^/]+\/presskit-print\.pdf$/);
      expect(await result).toEqual({ opened: true });
      // Each fallback gets a file of its own: the viewer may still hold the last one open.
      expect(electron.shell.openPath).toHaveBeenLastCalledWith(fallbackFile(n + 1));
    }
    expect(readdirSync(join(temp, 'PressKit Studio')).sort()).toEqual(['presskit-print-1.pdf', 'presskit-print-2.pdf', 'presskit-print-3.pdf']);
    expect(statSync(fallbackFile()).mode & 0o777).toBe(0o600);
    expect(privateCopies()).toEqual([]);
  });
});
