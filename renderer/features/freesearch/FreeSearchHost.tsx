import { useEffect } from 'react';
import { BookingDialog } from '../calendar/BookingDialog';
import { useStore } from '../../store';
import { FreeSearchDialog } from './FreeSearchDialog';
// The booking dialog's own styles (the Calendar loads them only when it opens).
import '../calendar/calendar.css';

/**
 * "Who's free?" from anywhere: Ctrl/Cmd+K opens it, and Book opens the booking editor filled in.
 * The editor is the Calendar's BookingDialog (initial draft + lookups); when one booking editor
 * replaces it, only `BookFromSearch` changes.
 */
export function FreeSearchHost() {
  const open = useStore((s) => s.freeOpen);
  const booking = useStore((s) => s.freeBooking);
  useFreeSearchShortcut();
  return (
    <>
      {open && <FreeSearchDialog />}
      {booking && <BookFromSearch />}
    </>
  );
}

function BookFromSearch() {
  const booking = useStore((s) => s.freeBooking)!;
  const close = useStore((s) => s.closeFreeBooking);
  const done = (what: string) => {
    const s = useStore.getState();
    close();
    void s.announceChange(what);
    void s.searchFree();
  };
  return <BookingDialog initial={booking.draft} lookups={booking.lookups} onClose={close} onDone={done} />;
}

/** Ctrl/Cmd+K opens "Who's free?", unless another dialog is in front. */
function useFreeSearchShortcut(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
      const s = useStore.getState();
      if (s.info?.firstRun) return;
      if (document.querySelector('[role="dialog"]') && !s.freeOpen) return;
      event.preventDefault();
      if (s.freeOpen) document.querySelector<HTMLElement>('.free-search select, .free-search input')?.focus();
      else s.openFreeSearch();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
