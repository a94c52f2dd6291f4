import { describe, expect, it, vi } from 'vitest';
import { chooseBundleDestination, confirmRestore, importDialog, restoreDialog, showFatalError } from '../../../main/electron/dialogs';
import { electron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

describe('the native dialogs', () => {
  it('titles and filters the open dialogs in the interface’s language', () => {
    expect(importDialog('fr')).toMatchObject({
      title: 'Importer des communiqués',
      buttonLabel: 'Importer',
      filters: [
        { name: 'Communiqués et fichiers PressKit', extensions: ['md', 'txt', 'docx', 'json'] },
        { name: 'Communiqués (Markdown, texte, Word)', extensions: ['md', 'txt', 'docx'] },
        { name: 'Fichiers PressKit', extensions: ['json'] },
      ],
    });
    expect(importDialog('en')).toMatchObject({ title: 'Import communiqués', buttonLabel: 'Import' });
    expect(restoreDialog('fr')).toMatchObject({ title: 'Restaurer un fichier PressKit', buttonLabel: 'Restaurer', filters: [{ name: 'Fichiers PressKit', extensions: ['json'] }] });
    expect(restoreDialog('en')).toMatchObject({ title: 'Restore a PressKit bundle', buttonLabel: 'Restore', filters: [{ name: 'PressKit bundles', extensions: ['json'] }] });
  });

  it('offers the bundle export in French', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/press/a.presskit.json' });
    expect(await chooseBundleDestination(null, '/home/press/presskit.presskit.json', 'fr')).toBe('/home/press/a.presskit.json');
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith({
      title: 'Exporter les archives dans un fichier PressKit',
      buttonLabel: 'Exporter',
      defaultPath: '/home/press/presskit.presskit.json',
      filters: [{ name: 'Fichier PressKit (*.presskit.json)', extensions: ['json'] }],
    });
  });

  it('asks before a restore in French, with French spacing, and in English', async () => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await confirmRestore(null, 'archive.presskit.json', 'fr')).toBe(false);
    expect(electron.dialog.showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({
        message: 'Remplacer toutes les archives par «\u202farchive.presskit.json\u202f»\u202f?',
        buttons: ['Remplacer les archives', 'Annuler'],
        cancelId: 1,
      }),
    );
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await confirmRestore(null, 'archive.presskit.json', 'en')).toBe(true);
    expect(electron.dialog.showMessageBox).toHaveBeenLastCalledWith(
      expect.objectContaining({ message: 'Replace the whole archive with « archive.presskit.json »?', buttons: ['Replace the archive', 'Cancel'] }),
    );
  });

  it('titles the last-resort error in the interface’s language', () => {
    showFatalError('Le dossier est occupé.', 'fr');
    expect(electron.dialog.showErrorBox).toHaveBeenLastCalledWith('PressKit Studio ne peut pas démarrer', 'Le dossier est occupé.');
    showFatalError('The folder is busy.', 'en');
    expect(electron.dialog.showErrorBox).toHaveBeenLastCalledWith('PressKit Studio cannot start', 'The folder is busy.');
  });
});
