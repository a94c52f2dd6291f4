import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronShell } from '../../../main/electron/shell-handlers';
import { electron } from './fake-electron';

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

  it('prints by opening the PDF in the system viewer', async () => {
    const shell = electronShell(() => null, () => 'en');
    expect(await shell['files.print']({ name: 'kit.pdf', bytes: pdf })).toEqual({ opened: true });
    const printed = join(folder, 'temp', 'PressKit Studio', 'kit.pdf');
    expect(electron.shell.openPath).toHaveBeenCalledWith(printed);
    expect(readFileSync(printed)).toEqual(Buffer.from(pdf));
  });
});
