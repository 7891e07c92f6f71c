import type { TimeOffType } from '@shared/domain';

export const TIME_OFF_LABEL: Record<TimeOffType, string> = { vacation: 'Holiday', sick: 'Sick', other: 'Time off' };
export const BUCKET_LABEL = { day: 'Days', week: 'Weeks', month: 'Months' } as const;
