// Drag to move and resize to change dates: saved through bookings:update with the booking's
// full fields; a refusal puts the event back and says why.

import { useCallback } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { call, errorMessage } from '../../api';
import type { BookingEventProps } from './bookingEvents';
import { movedBooking } from './bookingDraft';
import { inclusiveEnd, isoOfDate } from './dates';

type ChangeArg = EventDropArg | EventResizeDoneArg;

export function useBookingMoves(onSaved: (text: string) => void, onRefused: (text: string) => void) {
  return useCallback(
    async (info: ChangeArg) => {
      const props = info.event.extendedProps as BookingEventProps;
      const start = info.event.start;
      if (props.kind !== 'booking' || !start) return info.revert();
      const from = isoOfDate(start);
      const to = inclusiveEnd(start, info.event.end);
      try {
        await call('bookings:update', movedBooking(props.booking, from, to));
        onSaved('endDelta' in info ? 'Booking dates changed' : 'Booking moved');
      } catch (error) {
        info.revert();
        onRefused(errorMessage(error));
      }
    },
    [onSaved, onRefused],
  );
}
