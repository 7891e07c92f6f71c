import { useEffect } from 'react';
import type { MenuCommand } from '@shared/contract';
import { onAppEvent } from '../../api';
import { isTextEntry } from '../../lib/keys';
import { useStore } from '../../store';
import { VIEWS, type ViewId } from '../../store/appSlice';

/** Runs one menu command. Undo/redo defer to a focused text field, which has its own undo. */
export function runMenuCommand(command: MenuCommand): void {
  const s = useStore.getState();
  if (command === 'undo' || command === 'redo') {
    if (isTextEntry(document.activeElement)) {
      document.execCommand(command);
      return;
    }
    if (document.querySelector('[role="dialog"]')) return; // a dialog's edits are not saved yet
    void (command === 'undo' ? s.undo() : s.redo());
  } else if (command === 'about') s.setAboutOpen(true);
  else if (command === 'new-talent' || command === 'new-campaign' || command === 'new-booking') s.request(command);
  else if (command.startsWith('view:')) {
    const view = command.slice(5) as ViewId;
    if (VIEWS.includes(view)) s.setView(view);
  }
}

/** Menu commands from the main process, and the app's keyboard shortcuts. */
export function useAppCommands(): void {
  useEffect(() => {
    // Data changes ('changed') go to the store's REACTIONS (store/events.ts); after a workspace
    // switch ('workspace-changed') the main process reloads the window.
    const off = onAppEvent((event) => {
      if (event.type === 'menu') runMenuCommand(event.command);
    });

    function onKeyDown(event: KeyboardEvent) {
      const mod = event.metaKey || event.ctrlKey;
      // Alt+Ctrl+N (the menu's File → New Booking…), by key position: Alt changes the character on a Mac.
      if (mod && event.altKey && !event.shiftKey && event.code === 'KeyN' && !event.defaultPrevented) {
        event.preventDefault();
        runMenuCommand('new-booking');
        return;
      }
      if (!mod || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        if (isTextEntry(document.activeElement)) return; // the field handles its own undo
        if (document.querySelector('[role="dialog"]')) return;
        event.preventDefault();
        const redo = key === 'y' || event.shiftKey;
        void (redo ? useStore.getState().redo() : useStore.getState().undo());
        return;
      }
      const n = Number(event.key);
      if (Number.isInteger(n) && n >= 1 && n <= VIEWS.length && !event.shiftKey) {
        event.preventDefault();
        useStore.getState().setView(VIEWS[n - 1]);
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      off();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
