import type { StaffingCandidate, SuggestedBooking } from '@shared/contract';
import { formatDateRange, formatHours, formatNumber } from '../../lib/format';

export const MATCH_LABEL: Record<StaffingCandidate['match'], string> = {
  'primary role': 'Role',
  'other role': 'Also does the role',
  skills: 'Has the skills',
};

/** "6 h a day, 1 Mar – 31 Mar 2027 (120 h)" */
export function bookingText(b: SuggestedBooking): string {
  return `${formatNumber(b.hoursPerDay, 2)} h a day, ${formatDateRange(b.start, b.end)} (${formatHours(b.totalHours)})`;
}
