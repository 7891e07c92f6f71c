import { useEffect } from 'react';
import { useStore } from '../../store';
import { BookingEditor } from '../bookings/BookingEditor';
import { FreeSearchDialog } from './FreeSearchDialog';

/**
 * "Who's free?" from anywhere: Ctrl/Cmd+K opens it, and Book opens the one booking editor with
 * the person, the days and the hours filled in.
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
  // The results follow the booking through the announced change (REACTIONS).
  const done = (_saved: unknown, message: string) => {
    close();
    void useStore.getState().announceChange(message);
  };
  return <BookingEditor initial={booking.draft} onClose={close} onDone={done} />;
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
