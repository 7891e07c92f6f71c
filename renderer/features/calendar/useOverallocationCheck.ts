// Asks the capacity core, before anything is saved, whether a booking would over-allocate its
// person: "Ada Lovelace: 10.5 h booked of 7.5 h on 3, 4 and 5 March".

import { useEffect, useState } from 'react';
import type { Input } from '@shared/contract';
import { call } from '../../api';

export type BookingCheckInput = Input<'bookings:check'>;

/** The warning for a booking, or null when it fits (or can't be checked yet). */
export async function overallocationWarning(input: BookingCheckInput): Promise<string | null> {
  try {
    return (await call('bookings:check', input)).message;
  } catch {
    return null; // an incomplete draft: the save itself will say what is wrong
  }
}

/** The live warning for a draft in a dialog, rechecked a moment after it stops changing. */
export function useOverallocationWarning(input: BookingCheckInput | null): string | null {
  const [warning, setWarning] = useState<string | null>(null);
  const key = input ? JSON.stringify(input) : '';
  useEffect(() => {
    if (!key) return setWarning(null);
    let current = true;
    const timer = setTimeout(() => {
      void overallocationWarning(JSON.parse(key) as BookingCheckInput).then((w) => current && setWarning(w));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return warning;
}
