import { useEffect, useState } from 'react';
import { useStore } from '../../store';
import { BookingEditor } from './BookingEditor';
import { newBookingDraft, type BookingDraft } from './draft';

/** File → New Booking… (Alt+Ctrl+N): the booking editor, empty, over whatever view is open. */
export function NewBookingHost() {
  const pending = useStore((s) => s.pending);
  const [draft, setDraft] = useState<BookingDraft | null>(null);
  useEffect(() => {
    if (pending !== 'new-booking') return;
    useStore.getState().consumePending();
    setDraft((open) => open ?? newBookingDraft());
  }, [pending]);
  if (!draft) return null;
  return (
    <BookingEditor
      initial={draft}
      onClose={() => setDraft(null)}
      onDone={(_saved, message) => {
        setDraft(null);
        void useStore.getState().announceChange(message);
      }}
    />
  );
}
