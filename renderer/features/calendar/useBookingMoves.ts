// Drag to move and resize to change dates (by the days the dragged end moved): one bookings:update with the booking's full fields. The
// main process refuses a change that would over-allocate, with the days and why; the planner may
// still save it ("Save anyway" sends it again allowed). A refusal or a "no" puts the event back.

import { useCallback } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import type { OverAllocationRefusal } from '@shared/errors';
import { call, errorMessage } from '../../api';
import { writeOrAsk } from '../bookings/saveAnyway';
import type { BookingEventProps } from './bookingEvents';
import { movedBooking } from './bookingDraft';
import { addDaysIso, daysBetween, inclusiveEnd, isoOfDate } from './dates';

type ChangeArg = EventDropArg | EventResizeDoneArg;

/** Shows the days and why, and resolves true when the planner saves anyway. */
export type ConfirmOver = (refusal: OverAllocationRefusal) => Promise<boolean>;

export function useBookingMoves(onSaved: (text: string) => void, onRefused: (text: string) => void, confirmOver: ConfirmOver) {
  return useCallback(
    async (info: ChangeArg) => {
      const props = info.event.extendedProps as BookingEventProps;
      const [now, was] = [info.event, info.oldEvent];
      if (props.kind !== 'booking' || !now.start || !was.start) return info.revert();
      // By how many days each end moved: the event may be one piece of a booking drawn in pieces.
      const startShift = daysBetween(isoOfDate(was.start), isoOfDate(now.start));
      const endShift = daysBetween(inclusiveEnd(was.start, was.end), inclusiveEnd(now.start, now.end));
      const { booking } = props;
      const moved = movedBooking(booking, addDaysIso(booking.start, startShift), addDaysIso(booking.end, endShift));
      try {
        const saved = await writeOrAsk((allowOverAllocation) => call('bookings:update', { ...moved, allowOverAllocation }), confirmOver);
        if (!saved) return info.revert();
        onSaved('endDelta' in info ? 'Booking dates changed' : 'Booking moved');
      } catch (error) {
        info.revert();
        onRefused(errorMessage(error));
      }
    },
    [onSaved, onRefused, confirmOver],
  );
}
