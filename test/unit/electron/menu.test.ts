import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuActions } from '../../../main/electron/menu';

vi.mock('electron', async () => (await import('./fake-electron')).electron);

const actions = (): MenuActions => ({ importFiles: vi.fn(), restoreBundle: vi.fn(), exportBundle: vi.fn(), showDataFolder: vi.fn() });

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function click(template: MenuItemConstructorOptions[], label: string): void {
  const item = items(template).find((candidate) => candidate.label === label);
  if (!item?.click) throw new Error(`no menu item ${label}`);
  item.click(...([{}, undefined, {}] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
}

describe('the menus', () => {
  it('wires File › Import, Restore and Export, and Help › Show Data Folder', () => {
    const wired = actions();
    const template = menuTemplate(wired, { isMac: false, isPackaged: true, language: 'en' });
    expect(template.map((item) => item.label)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
    expect(template.map((item) => item.role)).toEqual([undefined, undefined, undefined, 'windowMenu', 'help']);
    click(template, 'Import Communiqués…');
    click(template, 'Restore from Bundle…');
    click(template, 'Export Bundle…');
    click(template, 'Show Data Folder');
    expect(wired.importFiles).toHaveBeenCalledTimes(1);
    expect(wired.restoreBundle).toHaveBeenCalledTimes(1);
    expect(wired.exportBundle).toHaveBeenCalledTimes(1);
    expect(wired.showDataFolder).toHaveBeenCalledTimes(1);
    expect(items(template).find((item) => item.label === 'Import Communiqués…')?.accelerator).toBe('CmdOrCtrl+O');
  });

  it('speaks French when the interface does, wiring the same actions', () => {
    const wired = actions();
    const template = menuTemplate(wired, { isMac: false, isPackaged: true, language: 'fr' });
    expect(template.map((item) => item.label)).toEqual(['&Fichier', '&Édition', '&Affichage', 'Fe&nêtre', 'Aid&e']);
    expect(items(template).flatMap((item) => (item.click ? [item.label] : []))).toEqual([
      'Importer des communiqués…',
      'Restaurer un fichier PressKit…',
      'Exporter dans un fichier PressKit…',
      'Afficher le dossier de données',
    ]);
    click(template, 'Importer des communiqués…');
    click(template, 'Restaurer un fichier PressKit…');
    click(template, 'Exporter dans un fichier PressKit…');
    click(template, 'Afficher le dossier de données');
    for (const action of Object.values(wired)) expect(action).toHaveBeenCalledTimes(1);
  });

  it('leaves the labels of role items to Electron in both languages', () => {
    for (const language of ['fr', 'en'] as const) {
      const labelled = items(menuTemplate(actions(), { isMac: true, isPackaged: false, language })).filter((item) => item.role && item.label);
      expect(labelled.map((item) => item.role)).toEqual(['windowMenu', 'help']);
    }
  });

  it('has the usual editing roles', () => {
    const roles = items(menuTemplate(actions(), { isMac: false, isPackaged: true, language: 'en' })).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'togglefullscreen']));
  });

  it('offers reload and developer tools only outside the packaged app', () => {
    const packaged = items(menuTemplate(actions(), { isMac: false, isPackaged: true, language: 'en' })).map((item) => item.role);
    const development = items(menuTemplate(actions(), { isMac: false, isPackaged: false, language: 'en' })).map((item) => item.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(development).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('gets the application menu on macOS', () => {
    const template = menuTemplate(actions(), { isMac: true, isPackaged: true, language: 'en' });
    expect(template[0]?.role).toBe('appMenu');
    expect(items(template).filter((item) => item.role === 'quit')).toHaveLength(1);
  });
});
