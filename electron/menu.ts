import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/contract';

export interface MenuDeps {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  appName: string;
  /** Forwards a command to the renderer as AppEvent {type:'menu', command}. */
  send: (command: MenuCommand) => void;
  showWorkspaceInFolder: () => void;
  /** Workspaces as documents: New…, Open…, Open Recent, Save a Copy As… (absent: not offered). */
  files?: FileMenuDeps;
}

export interface FileMenuDeps {
  newWorkspace: () => void;
  openWorkspace: () => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  saveCopyAs: () => void;
  /** Most recent first. */
  recent: string[];
  label: (path: string) => string;
}

function workspaceItems(files: FileMenuDeps): MenuItemConstructorOptions[] {
  const recent: MenuItemConstructorOptions[] = files.recent.length
    ? [...files.recent.map((path) => ({ label: files.label(path), click: () => files.openRecent(path) })), { type: 'separator' }, { label: 'Clear Recent', click: files.clearRecent }]
    : [{ label: 'No Recent Workspaces', enabled: false }];
  return [
    { label: 'New Workspace…', click: files.newWorkspace },
    { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: files.openWorkspace },
    { label: 'Open Recent', submenu: recent },
    { label: 'Save a Copy As…', accelerator: 'Shift+CmdOrCtrl+S', click: files.saveCopyAs },
    { type: 'separator' },
  ];
}

export const VIEW_ITEMS: { label: string; command: MenuCommand; key: string }[] = [
  { label: 'People', command: 'view:people', key: '1' },
  { label: 'Campaigns', command: 'view:campaigns', key: '2' },
  { label: 'Calendar', command: 'view:calendar', key: '3' },
  { label: 'Schedule', command: 'view:schedule', key: '4' },
  { label: 'Capacity', command: 'view:capacity', key: '5' },
  { label: 'Staffing', command: 'view:staffing', key: '6' },
  { label: 'Snapshots', command: 'view:snapshots', key: '7' },
  { label: 'Settings', command: 'view:settings', key: '8' },
];

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The application menu as a plain template, so it can be checked without Electron. */
export function menuTemplate({ platform, isPackaged, appName, send, showWorkspaceInFolder, files }: MenuDeps): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const about = command(`About ${appName}`, 'about');

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      ...(files ? workspaceItems(files) : []),
      command('New Talent…', 'new-talent', 'CmdOrCtrl+N'),
      command('New Campaign…', 'new-campaign', 'Shift+CmdOrCtrl+N'),
      command('New Booking…', 'new-booking', 'Alt+CmdOrCtrl+N'),
      separator,
      { label: mac ? 'Show Workspace in Finder' : 'Show Workspace in Folder', click: showWorkspaceInFolder },
      separator,
      mac ? { role: 'close' } : { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  // Undo and redo go to the renderer, which decides whether a text field or the workspace history undoes.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = isPackaged ? [] : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...VIEW_ITEMS.map((v) => command(v.label, v.command, `CmdOrCtrl+${v.key}`)),
      ...developer,
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  const help: MenuItemConstructorOptions = { role: 'help', submenu: [command(`About ${appName}`, 'about')] };

  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

export function installMenu(deps: MenuDeps): Menu {
  const menu = Menu.buildFromTemplate(menuTemplate(deps));
  Menu.setApplicationMenu(menu);
  return menu;
}
