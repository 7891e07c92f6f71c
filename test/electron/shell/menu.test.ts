import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '@shared/contract';
import { installMenu, menuTemplate, type MenuDeps } from '../../../electron/menu';
import { Menu, resetStub, type StubMenuItem } from '../stub/electron';

function build(overrides: Partial<MenuDeps> = {}) {
  const sent: MenuCommand[] = [];
  const showWorkspaceInFolder = vi.fn();
  const deps: MenuDeps = { platform: 'linux', isPackaged: true, appName: 'Capacity Planner', send: (c) => sent.push(c), showWorkspaceInFolder, ...overrides };
  installMenu(deps);
  const menu = Menu.getApplicationMenu() as unknown as Menu;
  const top = (label: string) => menu.items.find((i) => (i.label ?? i.role)?.replace('&', '') === label);
  const items = (label: string): StubMenuItem[] => top(label)?.submenu?.items ?? [];
  const item = (menuLabel: string, label: string) => items(menuLabel).find((i) => i.label === label);
  return { menu, sent, showWorkspaceInFolder, top, items, item };
}

describe('application menu', () => {
  beforeEach(resetStub);

  it('has File, Edit, View, Window and Help on Windows and Linux', () => {
    const { menu } = build();
    expect(menu.items.map((i) => i.label ?? i.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
  });

  it('adds the app menu with About, Hide and Quit on macOS', () => {
    const { menu, items } = build({ platform: 'darwin' });
    expect(menu.items[0].label).toBe('Capacity Planner');
    const roles = items('Capacity Planner').map((i) => i.role ?? i.label);
    expect(roles).toEqual(expect.arrayContaining(['About Capacity Planner', 'hide', 'hideOthers', 'quit']));
    expect(items('File').map((i) => i.role).filter(Boolean)).toEqual(['close']);
  });

  const shortcuts: [string, string, string, MenuCommand][] = [
    ['File', 'New Talent…', 'CmdOrCtrl+N', 'new-talent'],
    ['File', 'New Campaign…', 'Shift+CmdOrCtrl+N', 'new-campaign'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'undo'],
    ['Edit', 'Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
    ['View', 'People', 'CmdOrCtrl+1', 'view:people'],
    ['View', 'Campaigns', 'CmdOrCtrl+2', 'view:campaigns'],
    ['View', 'Calendar', 'CmdOrCtrl+3', 'view:calendar'],
    ['View', 'Schedule', 'CmdOrCtrl+4', 'view:schedule'],
    ['View', 'Capacity', 'CmdOrCtrl+5', 'view:capacity'],
    ['View', 'Staffing', 'CmdOrCtrl+6', 'view:staffing'],
    ['View', 'Snapshots', 'CmdOrCtrl+7', 'view:snapshots'],
    ['View', 'Settings', 'CmdOrCtrl+8', 'view:settings'],
  ];

  it.each(shortcuts)('%s › %s is %s and sends %s to the renderer', (menuLabel, label, accelerator, command) => {
    const { item, sent } = build();
    const found = item(menuLabel, label);
    expect(found?.accelerator).toBe(accelerator);
    found?.click?.();
    expect(sent).toEqual([command]);
  });

  it('has no duplicate accelerators', () => {
    const { menu } = build({ isPackaged: false });
    const all: string[] = [];
    const walk = (items: StubMenuItem[]) => items.forEach((i) => (i.accelerator && all.push(i.accelerator), i.submenu && walk(i.submenu.items)));
    walk(menu.items);
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the clipboard roles native, and Undo/Redo in the app', () => {
    const { items } = build();
    const edit = items('Edit');
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(edit.find((i) => i.label === 'Undo')?.role).toBeUndefined();
  });

  it('offers reload and developer tools only when not packaged', () => {
    expect(build({ isPackaged: true }).items('View').map((i) => i.role)).not.toContain('toggleDevTools');
    resetStub();
    const dev = build({ isPackaged: false }).items('View').map((i) => i.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('has zoom and full screen in View', () => {
    expect(build().items('View').map((i) => i.role)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('shows the workspace in its folder and sends About from Help', () => {
    const { item, showWorkspaceInFolder, sent, items } = build();
    item('File', 'Show Workspace in Folder')?.click?.();
    expect(showWorkspaceInFolder).toHaveBeenCalledOnce();
    items('help')[0].click?.();
    expect(sent).toEqual(['about']);
  });

  it('is a plain template that builds without Electron', () => {
    const template = menuTemplate({ platform: 'win32', isPackaged: true, appName: 'X', send: () => undefined, showWorkspaceInFolder: () => undefined });
    expect(template.find((m) => m.label === '&File')?.submenu).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'quit', accelerator: 'CmdOrCtrl+Q' })]));
  });
});
