// Drag to move and resize to change dates: checked for over-allocation first (the planner may
// still save), then saved through bookings:update with the booking's full fields; a refusal or a
// "no" puts the event back, and a refusal says why.

import { useCallback } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { call, errorMessage } from '../../api';
import type { BookingEventProps } from './bookingEvents';
import { movedBooking } from './bookingDraft';
import { inclusiveEnd, isoOfDate } from './dates';
import { overallocationWarning } from './useOverallocationCheck';

type ChangeArg = EventDropArg | EventResizeDoneArg;

/** Shows the warning and resolves true when the planner saves anyway. */
export type ConfirmOver = (warning: string) => Promise<boolean>;

export function useBookingMoves(onSaved: (text: string) => void, onRefused: (text: string) => void, confirmOver: ConfirmOver) {
  return useCallback(
    async (info: ChangeArg) => {
      const props = info.event.extendedProps as BookingEventProps;
      const start = info.event.start;
      if (props.kind !== 'booking' || !start) return info.revert();
      const from = isoOfDate(start);
      const to = inclusiveEnd(start, info.event.end);
      const moved = movedBooking(props.booking, from, to);
      const { expectedUpdatedAt: _stamp, ...check } = moved;
      const warning = await overallocationWarning(check);
      if (warning && !(await confirmOver(warning))) return info.revert();
      try {
        await call('bookings:update', moved);
        onSaved('endDelta' in info ? 'Booking dates changed' : 'Booking moved');
      } catch (error) {
        info.revert();
        onRefused(errorMessage(error));
      }
    },
    [onSaved, onRefused, confirmOver],
  );
}
