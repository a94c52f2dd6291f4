/**
 * The native menus: File (import, restore, export), Edit, View, Window, Help, with the usual roles, in
 * the interface's language. Role items (undo, copy, …) keep Electron's own labels; the Window and Help
 * menus get ours, so that the menu bar reads in one language.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { shellWords, type UiLanguage } from './i18n';

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
  language: UiLanguage;
}

export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const words = shellWords(options.language);
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
    label: words.menuFile,
    submenu: [
      { label: words.importCommuniques, accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      { label: words.restoreBundle, click: () => actions.restoreBundle() },
      { label: words.exportBundle, accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportBundle() },
      { type: 'separator' },
      options.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: words.menuEdit,
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
    label: words.menuView,
    submenu: [
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu', label: words.menuWindow };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: words.menuHelp,
    submenu: [{ label: words.showDataFolder, click: () => actions.showDataFolder() }],
  };
  return [...appMenu, file, edit, view, window, help];
}

/** Called again whenever the interface's language changes: a built menu cannot be relabelled. */
export function installMenu(actions: MenuActions, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
}
