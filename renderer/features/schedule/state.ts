import type { OverAllocationRefusal } from '@shared/errors';
import { useStore } from '../../store';
import type { ScheduleState } from '../../store/scheduleSlice';

export type { BookingDraft, Confirmation, DragPreview, UndoNote } from './types';

/** The Schedule's part of the one store, for components: select the smallest piece you need. */
export function useSchedule<T>(select: (s: ScheduleState) => T): T {
  return useStore((s) => select(s.schedule));
}

export const getSchedule = (): ScheduleState => useStore.getState().schedule;
export const setSchedule: ScheduleSetter = (patch) => useStore.getState().setSchedule(patch);
type ScheduleSetter = ReturnType<typeof useStore.getState>['setSchedule'];

/** Asks the user to confirm (the over-allocation step); resolves true for "Save anyway". */
export function askConfirm(refusal: OverAllocationRefusal): Promise<boolean> {
  return new Promise((resolve) => setSchedule({ confirm: { refusal, resolve } }));
}
