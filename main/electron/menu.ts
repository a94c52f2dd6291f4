/** The native menus: File (import, restore, export), Edit, View, Window, Help, with the usual roles. */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importFiles(): void;
  restoreBundle(): void;
  exportBundle(): void;
  showDataFolder(): void;
}

export interface MenuOptions {
  isMac: boolean;
  /** Reload and developer tools are offered only outside the packaged app. */
  isPackaged: boolean;
}

export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Import Communiqués…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      { label: 'Restore from Bundle…', click: () => actions.restoreBundle() },
      { label: 'Export Bundle…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportBundle() },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };
  const development: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Show Data Folder', click: () => actions.showDataFolder() }],
  };
  return [...appMenu, file, edit, view, window, help];
}

export function installMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
}
