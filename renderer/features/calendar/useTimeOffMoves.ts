// Time off on the Calendar: drag to move, stretch an end to change that day. One timeOff:update,
// one undoable step; a refusal puts the bar back and says why.

import { useCallback } from 'react';
import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { errorMessage } from '../../api';
import { moveTimeOff } from '../timeoff/timeOffWrites';
import type { TimeOffEventProps } from './contextEvents';
import { addDaysIso, daysBetween, inclusiveEnd, isoOfDate } from './dates';

export function useTimeOffMoves(onRefused: (text: string) => void) {
  return useCallback(
    async (info: EventDropArg | EventResizeDoneArg) => {
      const props = info.event.extendedProps as TimeOffEventProps;
      const [now, was] = [info.event, info.oldEvent];
      if (props.kind !== 'timeOff' || !now.start || !was.start) return info.revert();
      const startShift = daysBetween(isoOfDate(was.start), isoOfDate(now.start));
      const endShift = daysBetween(inclusiveEnd(was.start, was.end), inclusiveEnd(now.start, now.end));
      const t = props.timeOff;
      try {
        await moveTimeOff(t, addDaysIso(t.start, startShift), addDaysIso(t.end, endShift));
      } catch (error) {
        info.revert();
        onRefused(errorMessage(error));
      }
    },
    [onRefused],
  );
}
